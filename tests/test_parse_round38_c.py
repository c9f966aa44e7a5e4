"""Round 38, part C (when): the hour after a start word that follows a day or a part of the day
("tonight after 9", "stasera dopo le 21", "heute Abend ab 21 Uhr") is the start, not the part's hour."""

import pytest

from parsing import commands_of, dues_at_now, parse_at_now, starts_at_now, tasks_at_now

# --- "<day or part of the day> <start word> <hour>": the start is that hour -----------------------

@pytest.mark.parametrize("text, start", [
    ("tonight after 9 ring the plumber about the boiler", "2026-11-20T21:00:00Z"),
    ("tomorrow after 3pm ring the plumber about the boiler", "2026-11-21T15:00:00Z"),
    ("stasera dopo le 21 chiama l'idraulico per la caldaia", "2026-11-20T21:00:00Z"),
    ("domani dopo le 15 chiama l'idraulico per la caldaia", "2026-11-21T15:00:00Z"),
    ("heute Abend ab 21 Uhr den Klempner wegen der Heizung anrufen", "2026-11-20T21:00:00Z"),
    ("morgen nach 15 Uhr den Klempner wegen der Heizung anrufen", "2026-11-21T15:00:00Z"),
    ("ce soir après 21h appelle le plombier pour la chaudière", "2026-11-20T21:00:00Z"),
    ("demain après 15h appelle le plombier pour la chaudière", "2026-11-21T15:00:00Z"),
    ("esta noche después de las 9 llama al fontanero por la caldera", "2026-11-20T21:00:00Z"),
    ("hoje à noite depois das 21h liga pro encanador por causa do aquecedor", "2026-11-20T21:00:00Z"),
    ("今晚9点以后给水管工打电话说热水器的事", "2026-11-20T21:00:00Z"),
    ("今夜21時以降に水道屋さんに給湯器のことで電話して", "2026-11-20T21:00:00Z"),
])
def test_the_hour_after_a_start_word_is_the_start(text, start):
    assert starts_at_now(text) == [start]


@pytest.mark.parametrize("text", [
    "morgen nach 2 Stunden Pause den Klempner anrufen",   # a span of hours is no hour of the day
    "domani dopo 2 ore chiama l'idraulico",
])
def test_a_span_after_the_start_word_is_no_hour(text):
    assert starts_at_now(text) == ["2026-11-21T09:00:00Z"]


# --- a deadline cue before noon or midnight: due at that hour ----------------------------------

@pytest.mark.parametrize("text, due", [
    ("by noon send the seating plan to Priya", "2026-11-20T12:00:00Z"),
    ("antes del mediodía manda el plano de mesas a Priya", "2026-11-20T12:00:00Z"),
    ("bis Mittag den Sitzplan an Priya schicken", "2026-11-20T12:00:00Z"),
    ("avant midi envoie le plan de table à Priya", "2026-11-20T12:00:00Z"),
    ("jusqu'à minuit envoie le plan de table à Priya", "2026-11-21T00:00:00Z"),
    ("até o meio-dia manda o mapa das mesas pra Priya", "2026-11-20T12:00:00Z"),
    ("entro mezzogiorno manda la piantina dei tavoli a Priya", "2026-11-20T12:00:00Z"),
    ("entro la mezzanotte manda la piantina dei tavoli a Priya", "2026-11-21T00:00:00Z"),
    ("中午前把座位表发给小林", "2026-11-20T12:00:00Z"),
    ("昼までに座席表を林さんに送って", "2026-11-20T12:00:00Z"),
])
def test_a_deadline_cue_before_noon_is_due_at_noon(text, due):
    assert dues_at_now(text) == [due]


@pytest.mark.parametrize("text", [
    "manda a Priya il menu del mezzogiorno",     # no cue: the thing's noon
    "envoie à Priya le menu de midi",
])
def test_noon_with_no_cue_sets_nothing(text):
    assert dues_at_now(text) == [None] and starts_at_now(text) == [None]


# --- "<day> <deadline cue> <hour>": the hour on that day, not today's -----------------------------

@pytest.mark.parametrize("text", [
    "tomorrow by noon send the seating plan to Priya",
    "tomorrow by 12:00 send the seating plan to Priya",
    "mañana antes del mediodía manda el plano de mesas a Priya",
    "morgen bis 12 Uhr den Sitzplan an Priya schicken",
    "demain avant midi envoie le plan de table à Priya",
    "amanhã até o meio-dia manda o mapa das mesas pra Priya",
    "domani entro mezzogiorno manda la piantina dei tavoli a Priya",
])
def test_a_deadline_hour_after_a_day_is_on_that_day(text):
    assert dues_at_now(text) == ["2026-11-21T12:00:00Z"]


@pytest.mark.parametrize("text", [
    "明天中午前把座位表发给小林",
    "明日の昼までに座席表を林さんに送って",
])
def test_a_cjk_deadline_hour_after_a_day_is_on_that_day(text):
    assert dues_at_now(text) == ["2026-11-21T12:00:00Z"]


# --- beside a command, news opened by a subject and its having or lacking: no task ------------------

@pytest.mark.parametrize("text", [
    "pause everything, we have a power cut at the studio until noon",
    "pausa todo, hay un corte de luz en el estudio hasta el mediodía",
    "pausiere alles, wir haben einen Stromausfall im Studio bis Mittag",
    "mets tout en pause, on a une coupure de courant à l'atelier jusqu'à midi",
    "pausa tudo, estamos sem luz no estúdio até o meio-dia",
    "metti tutto in pausa, siamo senza corrente in studio fino a mezzogiorno",
])
def test_news_beside_a_command_is_no_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and doc["tasks"] == []


def test_a_request_after_the_news_is_still_a_task():
    doc = parse_at_now("pause everything, there's a power cut, ring the electrician by noon")
    assert [task["schedule"]["due"] for task in doc["tasks"]] == ["2026-11-20T12:00:00Z"]


# --- "<noun> <number> <deadline cue> <day>": the number counts the thing, it opens no range of days ------

@pytest.mark.parametrize("text", [
    "proofread chapter 7 by Wednesday",
    "revisa el capítulo 7 antes del miércoles",
    "Kapitel 7 bis Mittwoch Korrektur lesen",
    "relis le chapitre 7 avant mercredi",
    "revisa o capítulo 7 até quarta",
    "rivedi il capitolo 7 entro mercoledì",
])
def test_a_counted_noun_before_a_deadline_keeps_the_deadline(text):
    assert dues_at_now(text) == ["2026-11-25T17:00:00Z"]


@pytest.mark.parametrize("text", [
    "ein Hotel für den 12. bis 14. Januar suchen",
    "cerca un hotel dal 12 al 14 gennaio",
    "busca hotel del 12 hasta el 14 de enero",
])
def test_a_range_of_days_is_still_the_things(text):
    assert dues_at_now(text) == [None]


# --- dependencies: a check of a statement finds no times to send; a shared modifier names no earlier thing -------

def _depends(text):
    return [task["depends_on"] for task in tasks_at_now(text)]


@pytest.mark.parametrize("text", [
    "1. check my passport is still valid\n2. email Ann the opening times of the pool",
    "1. comprueba que mi pasaporte está vigente\n2. mándale a Ana los horarios de la piscina",
    "1. prüf, dass mein Pass noch gültig ist\n2. schick Anna die Öffnungszeiten vom Bad",
    "1. vérifie que mon passeport est encore valide\n2. envoie à Anne les horaires de la piscine",
    "1. confere que o passaporte ainda está válido\n2. manda pra Ana os horários da piscina",
    "1. controlla che il passaporto è ancora valido\n2. manda ad Anna gli orari della piscina",
])
def test_a_yes_or_no_check_finds_no_times_to_send(text):
    assert _depends(text) == [[], []]


def test_a_lookup_of_times_still_feeds_the_message():
    assert _depends("1. check the pool opening times\n2. email Ann the times") == [[], [0]]


@pytest.mark.parametrize("text", [
    "write the speaker bio into talk/bio.txt, and find out what time the speaker desk opens",
    "draft the wedding speech in speech.md, and find out what time the wedding venue opens",
])
def test_a_shared_modifier_names_no_earlier_thing(text):
    assert _depends(text) == [[], []]


@pytest.mark.parametrize("text", [
    "write a report on sales and send the report file to Bob",
    "escribe un informe final y manda el informe a Ana",
])
def test_the_earlier_things_head_still_links(text):
    assert _depends(text) == [[], [0]]
