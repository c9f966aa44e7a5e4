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


# ---- reminding others on a recurring schedule is a standing reminder; once, or in a channel, a message
@pytest.mark.parametrize("text, kind", [
    ("every friday at 4pm remind the lettings team to update the void list", "reminder-scheduling"),
    ("recuérdales cada lunes a los del equipo que rellenen el parte", "reminder-scheduling"),
    ("remind Bob to bring the keys", "messaging"),
    ("recuérdale a Ana que traiga las llaves", "messaging"),
    ("every friday at 4pm remind the team in #general to fill in their timesheets", "messaging"),
])
def test_remind_others_every_week_is_a_reminder(text, kind):
    assert parse_at_now(text)["tasks"][0]["type"] == kind


# ---- es voseo with its pronoun ("pedile", "escribile", "decile") and several pronouns before the verb
@pytest.mark.parametrize("text, kind", [
    ("pedile a Claude Code que revise el módulo de facturación y proponga tests", "agent-delegation"),
    ("pedile a Martín que te pase las llaves", "messaging"),
    ("escribile a Sofía que llego tarde", "messaging"),
    ("decile a Juan que mañana no hay clase", "messaging"),
    ("se lo reenvías a Marta", "messaging"),
    ("pídele a Codex que revise el módulo de facturación", "agent-delegation"),
])
def test_voseo_and_leading_pronouns(text, kind):
    assert parse_at_now(text)["tasks"][0]["type"] == kind


def test_a_send_in_the_second_person_after_a_file_waits_for_it():
    doc = parse_at_now("escribe el acta y después se la mandas a Lourdes")
    assert [t["type"] for t in doc["tasks"]] == ["file-creation", "messaging"] and doc["tasks"][1]["depends_on"] == [0]


# ---- a sequencer put last makes the item wait: "… and restart the plex server after"
@pytest.mark.parametrize("text", [
    "run `brew upgrade` on the mac mini and restart the plex server after",
    "install the agent on ingest-02 and restart the history server after that",
    "actualiza el router y reinicia el servidor después",
])
def test_a_sequencer_at_the_end_makes_the_item_wait(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == [0]


def test_a_time_after_the_last_sequencer_is_no_wait():
    doc = parse_at_now("email Bob, call Ana after 5pm")
    assert doc["tasks"][1]["depends_on"] == [] and doc["tasks"][1]["schedule"]["not_before"] is not None


# ---- a send that names its own object, or tells about what no lookup found, waits for nothing
@pytest.mark.parametrize("text", [
    "crea el informe en informes/x.pdf porfa. Y mándale a Rocío un correo avisando de que la campaña se alarga",
    "- write the rota for next term\n- email the catering contractor about the gluten free options",
])
def test_a_send_with_its_own_object_waits_for_nothing(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == []


@pytest.mark.parametrize("text", [
    "crea el informe y manda a Rocío por correo",                              # what is sent came before
    "- look up flights to Porto in March\n- text Maria the options",          # what the lookup found
])
def test_a_send_of_what_came_before_still_waits(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == [0]
