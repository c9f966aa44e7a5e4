"""Round 19 (b): holdout13's misses in French, Portuguese, Japanese and Italian: a control phrase
after its own comma comments on the whole list; an id-first command ends at a joining word that
opens the next command or task."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a control phrase after its own comma comments on the whole list the verb before opened
@pytest.mark.parametrize("text, verb, ids", [
    ("annule T-12, T-14 et T-15, on laisse tomber", "cancel", ["T-12", "T-14", "T-15"]),
    ("annulla T-12, T-14 e T-15, saltale", "cancel", ["T-12", "T-14", "T-15"]),
    ("cancela T-12, T-14 e T-15, pode pular", "cancel", ["T-12", "T-14", "T-15"]),
    ("cancela T-12, T-14 y T-15, sáltalas", "cancel", ["T-12", "T-14", "T-15"]),
])
def test_a_phrase_after_its_own_comma_keeps_the_list_whole(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)], doc


@pytest.mark.parametrize("text, expected", [
    ("retry T-02, T-04 is done", [("retry", ["T-02"], None), ("done", ["T-04"], None)]),
    ("réessaie T-02, T-04 est fait", [("retry", ["T-02"], None), ("done", ["T-04"], None)]),
])
def test_a_phrase_right_after_the_later_ids_is_theirs(text, expected):
    assert commands_of(parse_at_now(text)) == expected


# ---- an id-first command ends at a joining word that opens the next command or task
@pytest.mark.parametrize("text, expected", [
    ("T-45 passe-le en priorité et T-46 tu peux le sauter", [("urgent", ["T-45"], None), ("skip", ["T-46"], None)]),
    ("T-12 skip and T-13 cancel", [("skip", ["T-12"], None), ("cancel", ["T-13"], None)]),
    ("T-12 salta e T-13 annulla", [("skip", ["T-12"], None), ("cancel", ["T-13"], None)]),
    ("T-12 pular e T-13 cancelar", [("skip", ["T-12"], None), ("cancel", ["T-13"], None)]),
    ("T-12 überspring und T-13 abbrechen", [("skip", ["T-12"], None), ("cancel", ["T-13"], None)]),
])
def test_an_id_first_command_ends_at_a_join(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and not doc["unsure"], doc


@pytest.mark.parametrize("text", ["T-12 skip and email Bob the report", "T-12 salta e scrivi a Bruno"])
def test_an_id_first_command_then_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("skip", ["T-12"], None)] and len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("text", ["T-12 skip and the weather is nice", "T-12 salta e il tempo è bello"])
def test_a_join_before_no_new_ask_keeps_the_clause(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [] and doc["unsure"], doc  # the clause goes on: what it asks stays unsure
