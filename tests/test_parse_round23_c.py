"""Round 23, part C (holdout18/19's misses in fr and pt): an opener that needs an after part for one
verb may mean another alone ("passe T-18" skips, "passe T-18 en premier" makes urgent); a filler between
a control verb and its ids ("passe aussi T-18", "cancela também a T-08"); a list of plural weekdays
("todas as segundas e quartas"); a plain day number after "todo dia" is a monthly day ("todo dia 5 às 10h")."""

import pytest

from parsing import parse_at_now


def _commands(text):
    return [(c["verb"], c["ids"]) for c in parse_at_now(text)["commands"]]


def _crons(text):
    return [(t["schedule"] or {}).get("cron") for t in parse_at_now(text)["tasks"]]


# ---- an opener alone: "passe T-18" skips it (control_alone), with an after part it is the other verb
@pytest.mark.parametrize("text, commands", [
    ("passe T-18", [("skip", ["T-18"])]),
    ("T-17 c'est fait. passez T-18, merci", [("done", ["T-17"]), ("skip", ["T-18"])]),
    ("tu peux passer T-28", [("skip", ["T-28"])]),
])
def test_an_opener_alone_means_its_own_verb(text, commands):
    assert _commands(text) == commands


@pytest.mark.parametrize("text, commands", [
    ("passe T-40 en urgent", [("urgent", ["T-40"])]),        # the after part still decides
    ("tu peux passer T-28 en premier", [("urgent", ["T-28"])]),
])
def test_an_opener_with_its_after_part_keeps_that_verb(text, commands):
    assert _commands(text) == commands


def test_an_opener_that_needs_its_after_part_still_needs_it():
    assert _commands("fais T-04") == []                         # "fais" has no verb of its own


# ---- a filler between the verb and the ids: "passe aussi T-18", "cancela também a T-08"
@pytest.mark.parametrize("text, commands", [
    ("T-17 c'est fait, j'ai appelé le Consuel moi-même. passe aussi T-18", [("done", ["T-17"]), ("skip", ["T-18"])]),
    ("annule aussi T-18", [("cancel", ["T-18"])]),
    ("cancela também a T-08", [("cancel", ["T-08"])]),
])
def test_a_filler_between_the_verb_and_its_ids(text, commands):
    assert _commands(text) == commands


def test_a_filler_after_the_ids_is_still_read():
    assert _commands("pula a T-04 também") == [("skip", ["T-04"])]


# ---- plural weekdays in a list after the every-word
@pytest.mark.parametrize("text, cron", [
    ("todas as segundas e quartas às 7h envia uma mensagem ao Thiago", "0 7 * * 1,3"),
    ("todas as terças, quintas e sextas às 8h manda o relatório pro Rui", "0 8 * * 2,4,5"),
])
def test_a_list_of_plural_weekdays(text, cron):
    assert _crons(text) == [cron]


def test_a_single_plural_weekday_is_unchanged():
    assert _crons("todas as segundas às 7h envia uma mensagem ao Thiago") == ["0 7 * * 1"]


# ---- "todo dia 5 às 10h": a plain number after the every-word and its day word is a monthly day
@pytest.mark.parametrize("text, cron", [
    ("todo dia 5 às 10h confere se a mesada caiu na conta", "0 10 5 * *"),
    ("todo dia 12 confere o saldo da conta", "0 9 12 * *"),
    ("cada día 5 a las 10 revisa el saldo de la cuenta", "0 10 5 * *"),
])
def test_a_plain_day_number_after_every_day(text, cron):
    assert _crons(text) == [cron]


@pytest.mark.parametrize("text, cron", [
    ("todo dia às 10h confere o saldo", "0 10 * * *"),          # no number: every day
    ("todo dia 5 minutos de alongamento às 9h", None),           # a count of minutes, no day
])
def test_a_number_that_is_no_day_of_the_month(text, cron):
    assert all(c != "0 9 5 * *" and c != "0 10 5 * *" for c in _crons(text))
    assert cron is None or _crons(text) == [cron]


# ---- vocabulary: "T-02 e T-03 já tão prontas" (tão = estão), "T-41 : à annuler" (à + infinitive after the ids)
@pytest.mark.parametrize("text, commands", [
    ("T-02 e T-03 já tão prontas", [("done", ["T-02", "T-03"])]),
    ("T-07 e T-08 estão feitos", [("done", ["T-07", "T-08"])]),
    ("T-41, T-42, T-43 : à annuler. T-44 : à réessayer", [("cancel", ["T-41", "T-42", "T-43"]), ("retry", ["T-44"])]),
    ("T-05 à sauter", [("skip", ["T-05"])]),
])
def test_state_and_infinitive_after_the_ids(text, commands):
    assert _commands(text) == commands


# ---- a left-over sentence that is only the commanded verb, with no object, says the command again
@pytest.mark.parametrize("text", [
    "T-15 feito. Podes marcar como concluída.",
    "T-15 feito. marca como concluída",
])
def test_a_bare_restating_sentence_is_no_task(text):
    doc = parse_at_now(text)
    assert _commands(text) == [("done", ["T-15"])] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "T-15 feito. Podes marcar como concluída a reunião de amanhã.",   # an object: something else to mark
    "marque como concluída",                                          # no command to restate
])
def test_a_control_sentence_with_an_object_or_alone_stays(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- vocabulary: "rdv", the usual French abbreviation of rendez-vous, names an appointment to schedule
@pytest.mark.parametrize("text, kind", [
    ("prends rdv pour la visite médicale de Nadia mardi matin", "reminder-scheduling"),
    ("cherche le numéro du cabinet pour prendre rdv", "info-lookup"),    # a lookup verb still decides
])
def test_rdv_is_an_appointment(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == [kind]


# ---- vocabulary: pt "algo / alguma (coisa)" opens a question about the tasks, as en "anything"
@pytest.mark.parametrize("text, status", [
    ("alguma coisa travada aí? 🤔", True),
    ("algo bloqueado?", True),
    ("alguma coisa pra comprar no mercado?", False),    # no task state: not about the queue
])
def test_anything_in_a_state_asks_about_the_tasks(text, status):
    assert parse_at_now(text)["status"] is status


# ---- fr "plus" after an article or "pas" is a comparison, no English "plus" (also) inside an item
@pytest.mark.parametrize("text", [
    "trouve la pharmacie de garde la plus proche de Montélimar ce week-end",
    "trouve un vol Paris-Héraklion pour février, pas plus de 250€ par personne",
])
def test_a_comparative_plus_is_no_sequence_word(text):
    assert parse_at_now(text)["unsure"] == []


def test_a_plus_after_a_noun_still_doubts():
    assert parse_at_now("trouve la pharmacie de garde la plus proche plus un taxi pour y aller")["unsure"]


# ---- a vague noun after a noun and its "of" is what that thing holds: "une liste de choses à emporter"
@pytest.mark.parametrize("text", [
    "fais une liste de choses à emporter dans valise_crete.md",
    "faz uma lista de coisas pra levar na viagem",
])
def test_a_vague_noun_as_the_content_of_a_named_thing(text):
    assert parse_at_now(text)["unsure"] == []


@pytest.mark.parametrize("text", [
    "occupe-toi du truc de la banque",           # after the verb: the object itself
    "fais le truc",
    "resolve o problema das coisas do Paulo",    # the head names nothing either
])
def test_a_vague_object_still_doubts(text):
    assert any(reason.startswith("vague") for reason in parse_at_now(text)["unsure"])


# ---- a group's name of several words joined by "of": "retoma o grupo folha de pagamento"
@pytest.mark.parametrize("text, verb, group", [
    ("retoma o grupo folha de pagamento", "resume", "folha de pagamento"),
    ("pausa o grupo folha de pagamento até amanhã", "pause", "folha de pagamento"),
    ("reprends le groupe paie de décembre", "resume", "paie de décembre"),
])
def test_a_group_name_of_several_words(text, verb, group):
    assert parse_at_now(text)["commands"] == [{"verb": verb, "ids": [], "selector": "all", "note": group}]


@pytest.mark.parametrize("text, group", [
    ("pause group deploy now", "deploy"),          # a filler ends the name
    ("Gruppe weinberg fortsetzen", "weinberg"),     # the verb after it is no part of it
])
def test_a_group_name_stops_at_a_filler_or_the_verb(text, group):
    assert [c["note"] for c in parse_at_now(text)["commands"]] == [group]


def test_a_chat_group_is_no_queue_group():
    assert parse_at_now("pausa o grupo da família no whatsapp")["commands"] == []


# ---- a relative clause with a state verb before a time describes the thing: "um ginásio que abra às 6h30"
@pytest.mark.parametrize("text", [
    "procura um ginásio em Viseu com piscina que abra às 6h30",
    "cherche une boulangerie qui ouvre à 6h30",
    "busca un gimnasio que abra a las 6:30",
])
def test_a_relative_state_clause_sets_no_start(text):
    assert parse_at_now(text)["tasks"][0]["schedule"]["not_before"] is None


def test_a_time_of_the_task_itself_still_delays_it():
    assert parse_at_now("procura um ginásio em Viseu com piscina às 18h")["tasks"][0]["schedule"]["not_before"]


# ---- vocabulary: pt noun_determiners: "o diário de classe" is a noun (a diary), not "daily"
@pytest.mark.parametrize("text, cron", [
    ("cria o diário de classe digital em diario_7B.xlsx", None),
    ("cria um lembrete diário pra tomar o remédio", "0 9 * * *"),      # a daily reminder still schedules
    ("manda diariamente o relatório pro chefe", "0 9 * * *"),
])
def test_a_period_word_after_an_article_is_a_noun(text, cron):
    assert _crons(text) == [cron]


# ---- vocabulary: fr "ça donne quoi ?" asks how things stand, like "on en est où ?"
def test_ca_donne_quoi_asks_the_status_and_the_task_after_it_stays():
    doc = parse_at_now("ma liste de tâches ça donne quoi ? et rajoute : cherche les horaires de la déchetterie le samedi")
    assert doc["status"] is True and len(doc["tasks"]) == 1


def test_a_request_that_says_donne_is_no_status():
    assert parse_at_now("donne-moi le numéro du plombier")["status"] is False


# ---- vocabulary: pt event nouns (vistoria, visita, exame, entrevista, sessão) after a schedule verb ("marcar")
@pytest.mark.parametrize("text", [
    "marcar a vistoria com a E-Redes para a próxima semana",
    "marca o exame de sangue da Ana",
])
def test_marcar_an_event_is_scheduling(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["reminder-scheduling"]


def test_an_event_noun_without_a_schedule_verb_is_no_booking():
    assert [t["type"] for t in parse_at_now("procura o resultado do exame de sangue da Ana")["tasks"]] == ["info-lookup"]


# ---- an "also" right after the "then" adds a request, no step that waits: "et puis aussi écris à …"
def _depends(text):
    return [t["depends_on"] for t in parse_at_now(text)["tasks"]]


@pytest.mark.parametrize("text", [
    "réserve le gîte pour Noël et puis aussi écris à tonton Gérard pour savoir s'il vient",
    "reserva o hotel e depois também escreve ao Paulo",
])
def test_then_also_is_no_dependency(text):
    assert _depends(text) == [[], []]


def test_then_alone_still_orders_the_steps():
    assert _depends("cherche un hôtel à Lyon et puis écris à Paul le nom") == [[], [0]]


# ---- vocabulary: Brazilian "parada", "treco", "bagulho" name nothing, like "coisa"
@pytest.mark.parametrize("text", [
    "resolve aquela parada com o seu Almir, você sabe qual",
    "resolve o treco do banco",
])
def test_a_slang_thing_is_vague(text):
    assert any(reason.startswith("vague") for reason in parse_at_now(text)["unsure"])


def test_a_thing_after_a_lookup_verb_is_named():
    assert parse_at_now("procura a parada de ônibus mais perto do trabalho")["unsure"] == []


# ---- a day word with its number is a date we placed, no reminder "without a time": "para dia 24"
@pytest.mark.parametrize("text", [
    "cria um evento no calendário para dia 24",
    "marcar a prova do fato no calendário para dia 21",
])
def test_a_numbered_day_is_placed(text):
    assert parse_at_now(text)["unsure"] == []


def test_a_day_of_something_still_cannot_be_placed():
    assert parse_at_now("lembra-me no dia do aniversário da Ana")["unsure"]
