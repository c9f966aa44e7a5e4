"""Round 36, part B (holdout35, holdout34): how many tasks a message holds. What is asked on a phone call
is part of the call ("call the vet and ask …", "beim Amt anrufen und fragen, ob …", "市役所に電話して…聞いて"):
one job, its time the call's. A purpose said first ("for the party on saturday, …", "zur Übergabe …") leaves the
request after it a request. A reminder of two things the user does ("remind me to cash up and take …", "recuérdame
regar … y sacar …") is one reminder. In Chinese a place before a bare 再 ("在淘宝再买…") is the next verb's.
An infinitive inside a whether-question ("si Emmaüs vient chercher …") is the question's verb. A noun list or
the file the result is kept in makes no long item doubtful."""

import pytest

from parsing import descriptions_at_now, intake_at_now, parse_at_now


# ---- a call and what is asked on it: one job
@pytest.mark.parametrize("text", [
    "call the vet and ask whether Biscuit needs a booster",
    "mañana llama al taller y pregúntales si el coche está listo",
    "morgen beim Bürgeramt anrufen und fragen, ob ich einen Termin brauche",
    "ruf die Werkstatt an und frag nach dem Kostenvoranschlag",
    "appelle la mairie et demande les horaires de la déchetterie",
    "liga pra escola e pergunta se tem reunião de pais",
    "chiama la palestra e chiedi se il corso di yoga è ancora aperto",
    "市役所に電話して、粗大ごみの出し方を聞いて",
])
def test_what_is_asked_on_a_call_is_one_job(text):
    assert len(descriptions_at_now(text)) == 1, descriptions_at_now(text)


def test_the_time_of_the_call_is_the_time_of_the_job():
    task, = intake_at_now("tomorrow morning ring the garage and ask if the tyres came in")["tasks"]
    assert task["schedule"]["not_before"] is not None, task


@pytest.mark.parametrize("text", [
    "call the dentist and book a cleaning",
    "llama al fontanero y reserva mesa en el asador",
    "ruf Oma an und buch die Zugtickets",
    "appelle le plombier et réserve une table chez Paul",
])
def test_a_call_and_another_errand_stay_two(text):
    assert len(descriptions_at_now(text)) == 2, descriptions_at_now(text)


# ---- the purpose said first ("for the party on saturday, …"): the request after it still asks
@pytest.mark.parametrize("text", [
    "para la cena del sábado prepárame una lista de la compra",
    "para a festa de sábado faz uma lista de convidados",
    "pour la réunion de jeudi, rédige un ordre du jour",
    "für die Feier am Samstag schreib mir eine Einkaufsliste",
    "zur Einweihungsparty schreib mir bitte eine Gästeliste",
    "per la cena di sabato preparami la lista della spesa",
    "for the school trip on friday can you draft a packing list",
])
def test_a_purpose_before_the_request_keeps_the_request(text):
    assert len(descriptions_at_now(text)) == 1, text


@pytest.mark.parametrize("text", [
    "for the party on saturday, what should I cook?",
    "para la cena del sábado, qué vino recomiendas?",
    "für die Feier am Samstag, was soll ich anziehen?",
    "for the record, the meeting went well",
])
def test_a_purpose_before_a_question_or_news_is_no_request(text):
    assert parse_at_now(text)["mode"] == "none", text


# ---- a reminder of two things the user does, joined by "and": one reminder
@pytest.mark.parametrize("text", [
    "every monday at 8 remind me to water the ferns and put the bins out",
    "todos los lunes a las 8 recuérdame regar las plantas y sacar la basura",
    "tous les lundis à 8h rappelle-moi d'arroser les plantes et de sortir les poubelles",
    "ogni lunedì alle 8 ricordami di annaffiare le piante e portare fuori la spazzatura",
    "toda segunda às 8 me lembra de regar as plantas e levar o lixo pra fora",
])
def test_a_reminder_of_two_things_is_one_reminder(text):
    task, = intake_at_now(text)["tasks"]
    assert task["type"] == "reminder-scheduling" and task["schedule"]["cron"] == "0 8 * * 1", task


@pytest.mark.parametrize("text", [
    "every monday at 8 remind me to water the ferns and email Sam the rota",  # work we do
    "every monday at 8 remind me to water the ferns, and order more compost",  # a comma: asked again
    "todos los lunes a las 8 recuérdame regar las plantas y busca un fontanero",  # an imperative
    "toda segunda às 8 me lembra de regar as plantas e procura um encanador",
])
def test_a_request_after_a_reminder_stays_a_task(text):
    assert len(descriptions_at_now(text)) == 2, descriptions_at_now(text)


# ---- zh: a place before a bare 再 ("在淘宝再买…") is the next verb's, no request of its own
@pytest.mark.parametrize("text", [
    "另外在淘宝再买一个充电器",
    "每天早上9点提醒我吃药，另外在京东再订两箱牛奶",
])
def test_a_place_before_zai_is_the_next_verbs(text):
    descriptions = descriptions_at_now(text)
    assert not any(d.startswith("在") and len(d) <= 5 for d in descriptions), descriptions
    assert any("在" in d and ("买" in d or "订" in d) for d in descriptions), descriptions


@pytest.mark.parametrize("text", ["查一下天气再订机票", "帮我查一下天气，再订机票"])
def test_a_verb_before_zai_is_a_step_of_its_own(text):
    assert len(descriptions_at_now(text)) == 2, descriptions_at_now(text)


# ---- an infinitive inside a whether-question ("si la déchetterie vient récupérer …") is the question's verb
@pytest.mark.parametrize("text", [
    "tu peux vérifier si la déchetterie vient récupérer les gravats",
    "puedes mirar si el ayuntamiento viene recoger los muebles",
    "você pode ver se a prefeitura vem buscar os móveis",
])
def test_an_infinitive_inside_a_whether_question_is_no_request(text):
    assert len(descriptions_at_now(text)) == 1, descriptions_at_now(text)


def test_a_closed_whether_question_lets_the_dictated_requests_go_on():
    text = "tu dois vérifier si le serveur est en ligne installer le certificat envoyer la facture à Paul"
    assert len(descriptions_at_now(text)) == 3, descriptions_at_now(text)


# ---- a long item whose joins only join parts of one ask (a noun list, where the result is kept) raises no doubt
@pytest.mark.parametrize("text", [
    "can you write up a checklist of the rooms and stuff I need to clean before we move out of the flat next month, save it as movingout.md",
    "prepárame un documento con las lecturas de luz, agua y gas del piso de la calle Mayor antes de la mudanza y guárdalo en lecturas.docx",
    "prepara-me um documento com as leituras de luz, água e gás do apartamento da rua Augusta antes da mudança e salva em leituras.docx",
])
def test_a_noun_list_and_the_file_kept_are_no_second_ask(text):
    doc = intake_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["unsure"] == [], doc


def test_a_long_item_joining_two_asks_keeps_its_doubt():
    doc = intake_at_now("para la cofradía necesito que busques el precio de las velas grandes para la procesión de esta semana "
               "y que le escribas a Iñaki sobre el local")
    assert any(reason.startswith("split:") for reason in doc["unsure"]), doc
