"""Round 15, part B (holdout11 as the development set, fr/pt/ja/it misses): general rules for
classes of misses, each in every language it applies to, worded differently from the corpus.
Grouped by category: commands; verbs."""

import pytest

from parsing import commands_of, parse_at_now

# ======================================================================================= commands

# ---- a command said after the id with an impersonal or first-person-plural subject
# ---- (fr "T-8 on annule", pt "a gente cancela", it "lo annulliamo"): the team's decision is a cancel

@pytest.mark.parametrize("text, command", [
    ("T-8 on annule", ("cancel", ["T-08"], None)),
    ("T-8 on l'annule", ("cancel", ["T-08"], None)),
    ("T-8 et T-9 on les annule", ("cancel", ["T-08", "T-09"], None)),
    ("T-8 a gente cancela", ("cancel", ["T-08"], None)),
    ("T-8 vamos cancelar", ("cancel", ["T-08"], None)),
    ("T-8 lo annulliamo", ("cancel", ["T-08"], None)),
    ("T-8 cancelliamo", ("cancel", ["T-08"], None)),
])
def test_a_cancel_said_with_we_after_the_id(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command] and not doc["tasks"], doc


# ---- an acknowledgement ("c'est bon") between the id and the phrase that says it is done

@pytest.mark.parametrize("text, command", [
    ("T-4 c'est bon c'est fait", ("done", ["T-04"], None)),
    ("T-4 c'est bon, c'est fait", ("done", ["T-04"], None)),
])
def test_an_acknowledgement_before_the_done_phrase(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command] and not doc["tasks"], doc


# ======================================================================================= verbs

# ---- "generate" is a request verb (fr génère, it genera; pt gera already was)

@pytest.mark.parametrize("text", [
    "génère la liste des inscrits au tournoi",
    "chaque lundi à 9h, génère le planning des bénévoles",
    "genera l'elenco degli iscritti al torneo",
    "gera a lista dos inscritos no torneio",
])
def test_generate_is_a_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
