"""Round 39, part A (mode, status, commands): a selector said as a relative clause before its verb
("alles was blockiert ist …", "tutto quello che è rimasto bloccato …"), a verb with its object pronoun
attached ("réessaie-le", "relance-le"), and "have another go at" as a retry."""

import pytest

from parsing import commands_of, parse_at_now

# --- "everything that got stuck: try it again": the selector first, as a relative clause -----------------

@pytest.mark.parametrize("text", [
    "have another go at everything that is stuck",
    "take another shot at all the failed ones please",
    "todo lo que se quedó bloqueado vuelve a intentarlo",
    "alles was fehlgeschlagen ist nochmal versuchen",
    "alles was hängt bitte nochmal probieren",
    "tout ce qui a échoué, relance-le stp",
    "tout ce qui est resté bloqué, refais-le",
    "tudo o que ficou bloqueado tenta outra vez",
    "tutto quello che è rimasto bloccato rilancialo",
    "把所有卡住的都重试一下",
    "止まってるの全部リトライして",
])
def test_a_relative_selector_before_its_verb_retries_the_blocked(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


@pytest.mark.parametrize("text", [
    "alles was erledigt ist",
    "tout ce qui est bloqué me stresse",
])
def test_a_relative_selector_without_a_verb_commands_nothing(text):
    assert parse_at_now(text)["commands"] == []


# --- "resposta à T-70: …": the answer word with the preposition people say before the id -----------------

@pytest.mark.parametrize("text, note", [
    ("answer to T-52: the blue tiles, not the grey ones", "the blue tiles, not the grey ones"),
    ("respuesta pa la T-52: los azulejos azules", "los azulejos azules"),
    ("responde pa la T-52: que sí, los azules", "que sí, los azules"),
    ("Antwort zu T-52: die blauen Fliesen", "die blauen Fliesen"),
    ("réponse à la T-52 : les carreaux bleus", "les carreaux bleus"),
    ("resposta à T-52: os azulejos azuis", "os azulejos azuis"),
    ("resposta ao T-52: os azulejos azuis", "os azulejos azuis"),
    ("risposta alla T-52: le piastrelle blu", "le piastrelle blu"),
])
def test_an_answer_word_with_its_preposition_answers_the_id(text, note):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and not doc["unsure"], doc
    assert commands_of(doc) == [("answer", ["T-52"], None)] and doc["commands"][0]["note"] == note, doc


# --- "how many are left?": a count of what remains asks for the queue ------------------------------------

@pytest.mark.parametrize("text", [
    "how many are still left?",
    "¿cuántas me quedan?",
    "wie viele fehlen noch?",
    "il en reste combien ?",
    "quantas ainda faltam?",
    "quante ne mancano?",
    "还剩几个？",
    "残ってるの何件ある？",
])
def test_a_count_of_what_remains_is_a_status_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "check how many are left of the red ones",
    "averigua cuántas quedan en la tienda",
    "guarda quante ne restano in magazzino",
])
def test_a_count_of_something_else_stays_a_task(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and len(doc["tasks"]) == 1, doc


# --- "mach mit allem weiter": resume with "everything" inside the verb or after it ------------------------

@pytest.mark.parametrize("text", [
    "carry on with everything",
    "sigue con todo",
    "mach bitte mit allem weiter",
    "Termin ist vorbei, macht mit den Aufgaben weiter",
    "continue avec toutes les tâches stp",
    "continua com tudo",
    "vai avanti con tutto",
    "继续所有任务",
    "全部再開して",
])
def test_resume_with_everything_resumes_the_queue(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("resume", [], "all")], doc
