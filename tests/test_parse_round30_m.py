"""Round 30, part m (holdout27: deadline vs start, and times of the object): a start cue before a date
("da lunedì", "a partir del lunes") delays the task, a deadline cue beside it adds the due date; a date
after an opening-hours word ("un gommista aperto sabato", "une pharmacie ouverte dimanche") is the
thing's, not ours."""

import pytest

from parsing import parse_at_now


def _schedule(text: str, index: int = 0) -> dict:
    return parse_at_now(text)["tasks"][index]["schedule"]


# ---- a start cue before a date (every language's own forms, contracted with the article too)
@pytest.mark.parametrize("text", [
    "da lunedì chiama il commercialista per il 730",
    "da domani ricordami di bere più acqua",
    "dal 3 dicembre manda il report settimanale a Chiara",
    "a partire dal 7 gennaio aggiorna il foglio delle presenze",
    "à partir du 3 décembre appelle la banque pour le prêt",
    "a partir del lunes llama al banco por la hipoteca",
    "a partir do dia 5 liga para o banco sobre o empréstimo",
])
def test_a_start_cue_before_the_date_delays_the_task(text):
    schedule = _schedule(text)
    assert schedule["not_before"] and not schedule["due"]


# ---- a start and a deadline in one task: both set
@pytest.mark.parametrize("text", [
    "da lunedì prossimo, e comunque entro il 18, sistema le fatture del condominio",
    "dal 2 dicembre, e non oltre il 20, raccogli le quote per il regalo della maestra",
    "à partir de lundi, et au plus tard le 15, compare les devis pour la toiture",
    "a partir del lunes, y como muy tarde el 18, compara los presupuestos del seguro",
    "a partir de segunda, e até o dia 18 no máximo, compara os orçamentos do seguro",
])
def test_a_start_and_a_deadline_set_both(text):
    schedule = _schedule(text)
    assert schedule["not_before"] and schedule["due"]


# ---- a date after an opening-hours word describes the thing
@pytest.mark.parametrize("text", [
    "trovami un gommista aperto sabato pomeriggio a Cantù",
    "cerca una farmacia aperta domenica mattina vicino a casa",
    "trouve un garage ouvert samedi après-midi près de Lyon",
    "cherche une boulangerie ouverte dimanche matin dans le quartier",
    "busca una farmacia abierta el sábado por la tarde cerca de casa",
    "acha uma farmácia aberta sábado à tarde perto de casa",
    "such mir eine Apotheke, geöffnet am Sonntag, in der Nähe",
])
def test_a_date_after_an_opening_word_is_the_things(text):
    schedule = _schedule(text)
    assert schedule["not_before"] is None and schedule["due"] is None


# ---- negatives: a date with no opening word, or a plain start, keeps its start
@pytest.mark.parametrize("text", [
    "sabato pomeriggio trovami un gommista a Cantù",
    "samedi après-midi trouve un garage près de Lyon",
    "el sábado por la tarde búscame una farmacia cerca de casa",
    "lunedì prossimo chiama la banca",
    "demain à 9h appelle le garage",
])
def test_a_plain_start_still_delays(text):
    assert _schedule(text)["not_before"]


# ---- a clock time right after a determiner names the thing: it delays nothing
@pytest.mark.parametrize("text", [
    "my 10:30 flight got cancelled, find me the next one",
    "the 3:30 call with Halden - can you prep the slides",
    "meu voo das 6h40 sai de Confins, vê quanto fica um Uber até lá",
    "el vuelo de las 10:30 se ha retrasado, avisa a Pedro",
    "il mio treno delle 8:15 è stato soppresso, cercami un'alternativa",
    "le rendez-vous de 14h chez le dentiste est annulé, préviens Julie",
])
def test_a_time_after_a_determiner_is_the_things(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"]
    assert all(task["schedule"]["not_before"] is None for task in doc["tasks"])


@pytest.mark.parametrize("text", [
    "tomorrow at 10:30 call Pedro",
    "mañana a las 10:30 llama a Pedro",
    "demain à 10h30 appelle Pedro",
    "dopo le 15:30 chiama Pedro",
    "call Pedro at 15:30",
    "15:30 call Pedro",
])
def test_a_clock_word_keeps_the_start(text):
    assert _schedule(text)["not_before"]


# ---- an emoji between the news and the request ends the news like a comma
@pytest.mark.parametrize("text", [
    "mon vol de 10h30 pour Nice vient d'être annulé 😤 trouve moi le prochain vol",
    "il mio treno delle 8 è stato soppresso 😡 cercami un'alternativa",
])
def test_an_emoji_ends_the_news_before_the_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["not_before"] is None


# ---- a date inside a relative clause about the thing ("the train that arrives before 10") sets nothing
@pytest.mark.parametrize("text", [
    "réserve-moi 2 places dans le train qui arrive avant 10h",
    "réserve-moi 2 places dans celui qui arrive avant 10h",
    "cerca un treno che parte sabato mattina",
    "prenota quello che parte prima delle 9",
    "find me a train that gets in before 10am",
    "reserva dois lugares para o trem que chega antes das 10h",
    "cherche un vol qui part samedi matin",
])
def test_a_date_in_a_relative_clause_is_the_things(text):
    schedule = _schedule(text)
    assert schedule["due"] is None and schedule["not_before"] is None


@pytest.mark.parametrize("text", [
    "finish the report that Sam needs by Friday",
    "vérifie qu'il arrive avant 10h",
    "renueva el seguro antes de que venza el día 3",
    "rinnova il dominio prima che scada venerdì",
    "Kannst du die Belege für die Steuererklärung bis Freitag sortieren?",
    "prepárame el informe en informes/gastos.xlsx, tiene que estar antes del viernes",
])
def test_a_deadline_outside_a_relative_clause_stays(text):
    assert _schedule(text)["due"]


# ---- a deadline said after its date ("lundi au plus tard", "friday at the latest") makes it due
@pytest.mark.parametrize("text", [
    "envoie le devis au plombier lundi au plus tard",
    "demain 18h dernier délai, renvoie le formulaire à la mairie",
    "manda il verbale a Giulia venerdì al più tardi",
    "mándale las fotos a Nacho el jueves como muy tarde",
    "manda o contrato pra Bia na sexta no máximo",
    "schick Jonas die Rechnung Montag spätestens",
    "send Priya the invoice thursday at the latest",
])
def test_a_deadline_after_its_date(text):
    schedule = _schedule(text)
    assert schedule["due"] and not schedule["not_before"]


def test_a_deadline_after_the_header_date_covers_the_list():
    doc = parse_at_now("pour jeudi au plus tard :\n- réserve le gîte\n- cherche une balade de 10 km")
    assert [task["schedule"]["due"] is not None for task in doc["tasks"]] == [True, True]


@pytest.mark.parametrize("text", [
    "call me tomorrow, at the latest on friday",
    "domani alle 9 chiama Sam",
    "mañana por la mañana llama a Sam",
])
def test_no_deadline_after_the_date_keeps_the_start(text):
    assert _schedule(text)["not_before"]


# ---- a deadline hour with its article ("prima delle 18", "antes de las 10") is due at that hour
@pytest.mark.parametrize("text, hour", [
    ("prima delle 18 manda il preventivo a Luca", "18:00"),
    ("entro le 12 carica le foto sul drive del condominio", "12:00"),
    ("manda il file a Sara entro le 16:30", "16:30"),
    ("antes de las 11 mándale el presupuesto a Lorena", "11:00"),
    ("antes das 9 manda o relatório pro Caio", "09:00"),
    ("manda a planilha pra Bia até às 17h", "17:00"),
])
def test_a_deadline_hour_with_its_article(text, hour):
    schedule = _schedule(text)
    assert schedule["due"] and schedule["due"][11:16] == hour and not schedule["not_before"]


@pytest.mark.parametrize("text", [
    "entro il 12 manda il file a Sara",      # the 12th: a day, its article is no hour's
    "resérvame el tren que llega antes de las 10",  # the train's hour
    "hasta las 20 estoy en casa, llámame",  # until: the user's own state
])
def test_no_deadline_hour(text):
    doc = parse_at_now(text)
    due = doc["tasks"][0]["schedule"]["due"] if doc["tasks"] else None
    assert due is None or due[11:16] == "17:00"


# ---- zh: a start word right after the date ("下周一开始…") makes it the start, even with 的 later on
@pytest.mark.parametrize("text", [
    "下周一开始整理爸爸的医保报销材料，月底前要交到社区",
    "明天开始整理妈妈的体检报告",
    "周三开始写小宝的成长记录，周五之前发给老师",
])
def test_zh_a_start_word_after_the_date(text):
    assert _schedule(text)["not_before"]


def test_zh_the_things_date_with_de_stays_the_things():
    assert _schedule("帮我查一下明天上海的天气")["not_before"] is None
