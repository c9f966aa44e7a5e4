"""Round 23, part A (holdout18/19's misses in en, es): a count with its article ("in a couple of hours",
"en un par de horas"), more "once it's done" words and es "después de eso", a pause's multi-word group
name and the length of time it lasts ("pause the fantasy football group for two weeks")."""

import pytest

from parsing import parse_at_now


# ---- a count word with its article starts a delay: "in a couple of hours", "en un par de horas"
@pytest.mark.parametrize("text", [
    "in a couple of hours check if the results are out",
    "in a few days email Bob about the invoice",
    "en un par de horas mira si ya han salido los resultados",
])
def test_a_count_with_its_article_is_a_delay(text):
    assert parse_at_now(text)["tasks"][0]["schedule"]["not_before"] is not None


def test_a_couple_without_a_unit_is_no_delay():
    assert parse_at_now("check the price of oat milk in a couple of shops")["tasks"][0]["schedule"]["not_before"] is None


# ---- the item waits for the one before: "once that's green", "después de eso"
@pytest.mark.parametrize("text", [
    "1. run the tests\n2. once that's green, deploy the app to staging",
    "1. open a PR for the fix\n2. once it's merged, tell Sam on slack",
    "- busca el precio del alquiler\n- después de eso, escríbele a Ana con el importe",
    "- busca el precio del alquiler\n- hecho eso, escríbele a Ana con el importe",
])
def test_a_done_word_or_sequencer_makes_the_item_wait(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "1. run the tests\n2. paint the fence green",
    "- busca el precio del alquiler\n- escríbele a Ana sobre eso de la fiesta",
])
def test_no_sequencer_no_wait(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == []


# ---- a pause names a group of several words, and says for how long
@pytest.mark.parametrize("text, group", [
    ("pause the fantasy football group till monday", "fantasy football"),
    ("pause the fantasy football group", "fantasy football"),
    ("pause the football group for two weeks", "football"),
    ("pause everything for a couple of weeks", None),
    ("pausa todo dos semanas", None),
    ("pausa el grupo gimnasio un par de semanas, me he hecho daño en la rodilla", "gimnasio"),
])
def test_a_pause_with_a_long_name_or_a_length_of_time(text, group):
    doc = parse_at_now(text)
    assert doc["commands"] == [{"verb": "pause", "ids": [], "selector": "all", "note": group}]
    assert doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "pause the video for 2 minutes",
    "pause the fantasy football game",
])
def test_other_pauses_are_no_queue_command(text):
    assert parse_at_now(text)["commands"] == []
