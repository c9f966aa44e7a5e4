"""Round 22, part C (holdout16's misses in en, es, de, zh): a pause/resume verb misspelt by one
letter still pauses or resumes the group it names ("pasue the squash group", "reanda el grupo x")."""

import pytest

from parsing import parse_at_now


# ---- a misspelt queue verb with a group: "resme the meadery group", "Gruppe tischtennis fortsezen"
@pytest.mark.parametrize("text, verb, group", [
    ("resme the meadery group", "resume", "meadery"),
    ("pasue the squash group pls", "pause", "squash"),
    ("reanda el grupo sanfermin", "resume", "sanfermin"),
    ("Gruppe tischtennis fortsezen", "resume", "tischtennis"),
])
def test_a_misspelt_queue_verb_with_its_group(text, verb, group):
    assert parse_at_now(text)["commands"] == [{"verb": verb, "ids": [], "selector": "all", "note": group}]


@pytest.mark.parametrize("text", [
    "resme pls",                     # no group named: a lone unknown word may be anything
    "pasue the squash game",         # no group word: not a queue command
    "pasta for the squash group",    # two letters from "pause"
])
def test_a_misspelt_word_without_a_group_is_no_queue_command(text):
    assert parse_at_now(text)["commands"] == []


def test_a_misspelt_queue_verb_leaves_the_task_after_it():
    doc = parse_at_now("resme the meadery group and email Bob")
    assert [c["verb"] for c in doc["commands"]] == ["resume"] and len(doc["tasks"]) == 1
