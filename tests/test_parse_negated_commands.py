"""A control order the user refuses is not carried out, in every language, and leaves no task.

"non annullare T-03" cancelled T-03, "T-03 不用取消" too, and "não cancela a T-03" queued a task
"cancela a T-03": the negation was looked for only just before the verb of a verb-first order, and
only in English, German, Portuguese and Chinese words.
"""
import pytest

from task_runner.parse import parse_message


@pytest.mark.parametrize("message", [
    "don't cancel T-03",
    "no canceles T-03",
    "no reintentes la T-07 todavía",
    "T-03 nicht abbrechen",
    "不要取消T-03",
    "T-03 不用取消",
    "ne pas annuler T-03",
    "não cancela a T-03",
    "não cancele a T-03",
    "T-03はキャンセルしないで",
    "T-03はリトライしなくていい",
    "non annullare T-03",
    "non cancellare la T-03 per favore",
    "T-03不要重试",      # "don't retry T-03": 不要 (also Japanese "unneeded", a cancel) negates the verb after it
    "T-03不要再试了",
])
def test_a_refused_order_is_no_command_and_no_task(message):
    doc = parse_message(message)
    assert doc["commands"] == [] and doc["tasks"] == []
    assert doc["unsure"], "the id is named and nothing read: the agent is told"


@pytest.mark.parametrize("message, verb, ids", [
    ("cancel T-03, not T-04", "cancel", ["T-03"]),
    ("retry T-05 no rush", "retry", ["T-05"]),
    ("T-03不需要了，取消吧", "cancel", ["T-03"]),                # a reason with 不 before the verb
    ("T-03はもういらないからキャンセル", "cancel", ["T-03"]),    # a reason with ない before the verb
    ("quiero que canceles T-03", "cancel", ["T-03"]),
    ("T-03 pas besoin, annule-la", "cancel", ["T-03"]),
])
def test_a_negation_that_is_not_of_the_verb_leaves_the_order(message, verb, ids):
    commands = parse_message(message)["commands"]
    assert [(c["verb"], c["ids"]) for c in commands] == [(verb, ids)]


def test_one_refused_and_one_given():
    commands = parse_message("don't cancel T-03 but retry T-04")["commands"]
    assert [(c["verb"], c["ids"]) for c in commands] == [("retry", ["T-04"])]


@pytest.mark.parametrize("message", ["T-03不要了", "T-03不要了取消吧", "T-03は不要です"])
def test_no_longer_wanted_is_a_cancel(message):
    doc = parse_message(message)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("cancel", ["T-03"])]
