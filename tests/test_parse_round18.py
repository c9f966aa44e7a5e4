"""Round 18 (holdout13's mode misses): a group resumed by a re-activate verb or with "of the
group"; a status question that ends on a now-phrase of several words; German imperatives
without their final "e"."""

import pytest

from parsing import commands_of, parse_at_now


# ---- resuming one group: "reactivate the group X", "lift the pause of the group X"
@pytest.mark.parametrize("text, name", [
    ("reactivate the group invoices", "invoices"),
    ("please re-enable group backups", "backups"),
    ("riattiva il gruppo vendemmia", "vendemmia"),
    ("togli la pausa del gruppo cantina", "cantina"),
    ("reativa o grupo obras", "obras"),
    ("tira a pausa do grupo mudança", "mudança"),
    ("réactive le groupe potager", "potager"),
    ("enlève la pause du groupe compta", "compta"),
    ("reactiva el grupo huerto", "huerto"),
    ("quita la pausa del grupo facturas", "facturas"),
    ("reaktivier die Gruppe umzug", "umzug"),
])
def test_a_group_resumed(text, name):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == []
    assert commands_of(doc) == [("resume", [], "all")]
    assert doc["commands"][0]["note"] == name


@pytest.mark.parametrize("text", ["reactivate my library card at the town hall", "riattiva la carta della biblioteca"])
def test_a_reactivate_verb_with_other_words_is_no_resume(text):
    assert all(verb != "resume" for verb, _, _ in commands_of(parse_at_now(text)))


# ---- a status question ending on a now-phrase of several words
@pytest.mark.parametrize("text, state", [
    ("y a quoi en cours en ce moment ?", "running"),
    ("il y a des tâches bloquées en ce moment ?", "blocked"),
    ("ci sono attività in corso in questo momento?", "running"),
    ("is there anything blocked at the moment?", "blocked"),
])
def test_a_status_question_with_a_now_phrase(text, state):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == []
    assert doc["status_query"]["status"] == state


# ---- German imperatives without their final "e": "verlänger", "erneuer"
@pytest.mark.parametrize("text", [
    "verlänger den Mietvertrag für die Garage",
    "erneuer das Abo von der Tageszeitung und leg eine kosten.txt an",
])
def test_a_german_imperative_without_e(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"]
