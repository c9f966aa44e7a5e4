"""Round 24, part A (holdout20's misses in en, es): a delegation after a start time ("in an hour have
codex …"), es plural question words ("cuáles están bloqueadas?"), es control-verb typos
("reanusa la cola"), "once thats done" without its apostrophe and es "cuando termines eso"."""

import pytest

from parsing import parse_at_now


# ---- a start time before the delegating verb: the item is still handed to an agent
@pytest.mark.parametrize("text", [
    "in an hour have codex add rate limiting to the /bookings route in the hono repo. and look up the cpu billing",
    "tomorrow have claude code refactor the auth module",
])
def test_a_delegation_after_a_start_time_is_work(text):
    task = parse_at_now(text)["tasks"][0]
    assert task["type"] == "agent-delegation"
    assert task["schedule"]["not_before"] is not None


@pytest.mark.parametrize("text", [
    "in an hour have lunch with the team",
    "que Claude Code revise el DAG de Airflow, y después de las 6 de la tarde reinicia el scheduler",
])
def test_no_agent_or_a_leading_que_is_unchanged(text):
    tasks = parse_at_now(text)["tasks"]
    assert [t["type"] for t in tasks] in ([], ["agent-delegation", "code-execution"])


# ---- es plural question words open a status question
@pytest.mark.parametrize("text", ["cuáles están bloqueadas??", "cuáles fallaron?", "cuántas quedan pendientes?"])
def test_plural_question_words_ask_for_status(text):
    assert parse_at_now(text)["status"] is True


def test_a_plural_question_about_the_world_is_no_status():
    assert parse_at_now("cuáles son los mejores hoteles en Madrid?")["status"] is False


# ---- es control verbs are repaired when mistyped
@pytest.mark.parametrize("text", ["ya está, reanusa la cola porfa", "raenuda la cola"])
def test_a_mistyped_control_verb_is_read(text):
    assert parse_at_now(text)["commands"]


def test_a_control_verb_spelled_right_is_unchanged():
    assert parse_at_now("reanuda la cola porfa")["commands"][0]["verb"] == "resume"


# ---- "once thats done", "cuando termines eso": the next item waits for this one
@pytest.mark.parametrize("text", [
    "first pull the orders into a spreadsheet, once thats done email the three buyers who havent paid",
    "primero descarga las fotos del drive, cuando termines eso haz una hoja con los nombres en nombres.csv",
])
def test_a_done_phrase_makes_the_next_item_wait(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0]


def test_thats_alone_is_no_sequence():
    assert parse_at_now("thats all for now")["tasks"] == []
