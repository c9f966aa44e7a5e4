"""Round 26, part c (holdout22/23's misses in German and Italian)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a now-word before the verb ("jetzt such mir …", "intanto cercami …") still opens a task
@pytest.mark.parametrize("text", [
    "jetzt such mir eine Physiotherapeutin in Bochum",
    "inzwischen reservier einen Tisch beim Italiener für Freitag",
    "adesso cercami un idraulico a Monza",
    "intanto prenota il treno per Bologna",
    "meanwhile find me a plumber in Leeds",
])
def test_a_now_word_before_the_verb(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "cosa è in sospeso? e intanto cercami un idraulico a Monza",
    "was ist noch offen? und inzwischen such mir eine Physiotherapeutin in Bochum",
])
def test_a_status_question_then_a_now_task(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "jetzt gerade nicht, danke",
    "adesso basta così, grazie",
])
def test_a_now_word_alone_opens_nothing(text):
    assert parse_at_now(text)["tasks"] == []


# ---- a progress question about "the things of/for X" asks for the user's tasks about X
@pytest.mark.parametrize("text", [
    "wie weit bist du mit den Sachen für das Sommerfest?",
    "wie weit seid ihr mit dem Kram für die Steuer?",
    "a che punto siamo con le cose del trasloco?",
    "come va con la roba per la festa di Luca?",
    "how far are you with the stuff for the wedding?",
])
def test_progress_on_the_things_of_a_topic(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


def test_progress_question_keeps_the_task_after_it():
    doc = parse_at_now("wie weit bist du mit den Sachen für das Sommerfest? und noch was: frag beim Bäcker nach Brezeln")
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "how far are you from the station",
    "was fehlt noch für die Party?",
])
def test_not_a_progress_question(text):
    assert parse_at_now(text)["status"] is False


# ---- "ist X schon durch?": a German done-question
@pytest.mark.parametrize("text", [
    "ist die Steuererklärung schon durch?",
    "ist der Umzugsvergleich jetzt durch?",
])
def test_schon_durch_asks_if_done(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


def test_durch_as_a_preposition_is_no_question():
    doc = parse_at_now("geh schon durch die Liste der Angebote")
    assert doc["status"] is False and len(doc["tasks"]) == 1


# ---- "T-05 è urgente, mi serve per stasera": the time the command is needed by is its reason, no task
@pytest.mark.parametrize("text, verb, ids", [
    ("T-12 è urgente, mi serve per stasera", "urgent", ["T-12"]),
    ("il task 4 è urgente!! serve entro domani", "urgent", ["T-04"]),
    ("T-7 ist dringend, brauch ich bis morgen", "urgent", ["T-07"]),
    ("T-7 ist dringend, brauchen wir bis Freitag", "urgent", ["T-07"]),
    ("T-3 is urgent, I need it by tonight", "urgent", ["T-03"]),
])
def test_needed_by_goes_with_the_command(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == [(verb, ids, None)]


def test_needed_by_then_a_new_task():
    doc = parse_at_now("T-12 è urgente, mi serve entro oggi e poi chiama Marco")
    assert commands_of(doc) == [("urgent", ["T-12"], None)] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "T-12 è urgente, mi serve una stampa entro oggi",
    "T-7 ist dringend, ich brauche ein Taxi bis 17 Uhr",
    "T-3 is urgent, I need a taxi by 5pm",
])
def test_a_need_with_a_thing_is_a_task(text):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == ["urgent"] and len(doc["tasks"]) == 1


# ---- control words: "ferma tutto" pauses, "alles wieder anwerfen" resumes, "T-5 rifalla" retries
@pytest.mark.parametrize("text, verb", [
    ("ferma tutto un attimo, devo parlare col commercialista", "pause"),
    ("ferma tutto per ora", "pause"),
    ("alles wieder anwerfen", "resume"),
    ("so, wirf alles wieder an", "resume"),
])
def test_queue_words(text, verb):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == [(verb, [], "all")]


@pytest.mark.parametrize("text, ids", [
    ("T-31 rifalla, il server è tornato su", ["T-31"]),
    ("rifallo il T-8", ["T-08"]),
    ("T-9 rilanciala", ["T-09"]),
])
def test_enclitic_retry(text, ids):
    assert commands_of(parse_at_now(text)) == [("retry", ids, None)]


@pytest.mark.parametrize("text", [
    "ferma la lavatrice alle 10",
    "wirf den Grill um 18 Uhr an",
])
def test_queue_words_with_an_object_are_no_command(text):
    assert parse_at_now(text)["commands"] == []


# ---- a selector inside the verb's bracket: "versuch alle blockierten nochmal"
@pytest.mark.parametrize("text, verb, selector", [
    ("versuch alle blockierten nochmal, der Server läuft wieder", "retry", "blocked"),
    ("versuche alle fehlgeschlagenen noch mal", "retry", "blocked"),
    ("prova tutti i bloccati di nuovo", "retry", "blocked"),
    ("try all the failed ones again", "retry", "blocked"),
])
def test_selector_inside_the_bracket(text, verb, selector):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == [(verb, [], selector)]


@pytest.mark.parametrize("text", [
    "versuch alles",
    "versuch alle Bäckereien in Pankow anzurufen",
])
def test_bracket_verb_without_its_second_part(text):
    assert parse_at_now(text)["commands"] == []


# ---- "occupati tu di …" with nothing concrete is vague; with a verb it is a task
@pytest.mark.parametrize("text", [
    "occupati tu di quella faccenda del condominio",
    "occupati tu della roba della banca, sai già come",
])
def test_occupati_tu_of_a_vague_thing(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and any(reason.startswith("vague") for reason in doc["unsure"])


def test_occupati_tu_with_a_verb_is_clear():
    doc = parse_at_now("occupati tu di prenotare il ristorante per sabato")
    assert len(doc["tasks"]) == 1 and not any(reason.startswith("vague") for reason in doc["unsure"])
