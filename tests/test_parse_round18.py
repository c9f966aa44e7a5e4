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


# ---- a count announced at the end of a longer head: a topic first, then "I need two things:"
@pytest.mark.parametrize("text", [
    "for the pottery class at the old mill in Leeds I need two things: order more clay and email Priya the new times",
    "per il corso di ceramica della scuola di Faenza mi servono due cose: ordinare l'argilla e scrivere a Giorgio",
    "pour le club de lecture de Brest j'ai besoin de deux choses : réserver la salle et écrire à Yannick",
    "para el taller de cerámica del barrio de Gràcia necesito dos cosas: pedir arcilla y escribir a Montse",
    "para a oficina de cerâmica da escola de Aveiro preciso de duas coisas: encomendar argila e escrever à Inês",
])
def test_a_count_after_a_topic(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2, doc


def test_a_long_head_with_a_count_inside_is_no_header():
    doc = parse_at_now("we had two things planned for the weekend at the lake house with the whole family: nothing worked")
    assert doc["mode"] == "none" or len(doc["tasks"]) != 2


# ---- a vague verb after an opinion or obligation frame, before a noun that names nothing
@pytest.mark.parametrize("text", [
    "acho que tem que resolver aquele negócio do seguro do carro até sexta",
    "ci pensi tu a quella faccenda del commercialista?",
    "je pense qu'il faut régler ce truc avec le garage",
    "creo que hay que resolver el tema del seguro",
    "I think we should sort out that thing with the landlord",
])
def test_a_vague_ask_after_a_frame_is_never_chat(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and (doc["unsure"] or doc["tasks"])


@pytest.mark.parametrize("text", ["penso che la cosa migliore sia aspettare", "ok, and thanks for the thing yesterday"])
def test_a_vague_noun_without_a_vague_verb_stays_chat(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- an elided time word before the verb ("fra un'ora scrivi …") is read past like "fra due ore"
@pytest.mark.parametrize("text", ["tra un'ora chiama il dentista", "fra un'ora manda il preventivo a Carla"])
def test_an_elided_delay_before_the_verb(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1
