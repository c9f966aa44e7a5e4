"""Round 26, part F (holdout22/23's English misses, second pass)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- an id-only correction: "mark T-9 as done. sorry, T-8": the later ids are meant, the first withdrawn
@pytest.mark.parametrize("text, verb, ids", [
    ("skip T-12. sorry, T-13", "skip", ["T-13"]),
    ("retry T-4. oops, I meant T-5", "retry", ["T-05"]),
    ("cancel T-30, no, T-31. T-30 still matters", "cancel", ["T-31"]),
    ("mark T-21 done. my bad, T-22 and T-23", "done", ["T-22", "T-23"]),
    ("reintenta la T-40, perdón, la T-41", "retry", ["T-41"]),
    ("salta la T-50, scusa, la T-51", "skip", ["T-51"]),
    ("annule la T-60, pardon, la T-61", "cancel", ["T-61"]),
    ("überspring T-70, sorry, T-71", "skip", ["T-71"]),
    ("cancela a T-80, desculpa, a T-81", "cancel", ["T-81"]),
])
def test_a_lone_id_after_an_apology_replaces_the_commands_ids(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["tasks"] == [] and doc["unsure"] == []


@pytest.mark.parametrize("text, ids", [
    ("skip T-4, sorry, T-5 too", ["T-04", "T-05"]),  # more than the ids: no correction
    ("cancel T-4 and T-5", ["T-04", "T-05"]),
    ("retry T-6. sorry, T-6", ["T-06"]),  # the same id again
])
def test_no_lone_id_after_an_apology_keeps_the_commands_ids(text, ids):
    assert [c["ids"] for c in parse_at_now(text)["commands"]] == [ids]


def test_an_apology_without_a_command_before_it_is_no_correction():
    doc = parse_at_now("sorry, T-8")
    assert doc["commands"] == [] and doc["unsure"]  # an id named with nothing read about it
