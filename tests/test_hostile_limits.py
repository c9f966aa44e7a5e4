"""Limits that speak (issue 10): a message over the parser's limits queues what fits and says
how many items were left out and why, in the text and in the --json document."""

import json

import pytest

from task_runner.parse import MAX_TASKS
from task_runner.parse.text import MAX_CHARS


@pytest.fixture
def quiet(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    return cli


def numbered(count: int) -> str:
    return "\n".join(f"{i}. buy item number {i}" for i in range(1, count + 1))


def test_a_160000_item_message_queues_100_and_says_how_many_were_left_out(quiet):
    message = numbered(160_000)
    result = quiet("intake", "-", input=message, timeout=120)
    assert len(quiet.queue()["tasks"]) == MAX_TASKS
    assert f"at most {MAX_TASKS} tasks" in result.stdout and "159,900 more items were left out" in result.stdout
    assert f"Only the first {MAX_CHARS:,} of its {len(message):,} characters were read" in result.stdout
    assert "task-runner add --stdin-json" in result.stdout


def test_150_items_under_the_character_limit_name_the_50_left_out(quiet):
    document = json.loads(quiet("intake", "-", "--json", input=numbered(150)).stdout)
    assert len(document["added"]) == MAX_TASKS
    assert document["left_out"] == {"tasks_limit": MAX_TASKS, "at_tasks_limit": True, "items_left_out": 50,
                                    "chars_limit": MAX_CHARS, "chars": len(numbered(150)), "chars_unread": 0}


def test_a_long_message_that_is_not_a_list_says_what_was_not_read(quiet):
    message = "please buy milk, eggs and bread " + "and then some more words " * 1000
    result = quiet("intake", "-", input=message)
    assert f"Only the first {MAX_CHARS:,}" in result.stdout and f"{len(message) - MAX_CHARS:,} were not" in result.stdout


def test_a_message_within_the_limits_says_nothing_about_them(quiet):
    result = quiet("intake", "-", "--json", input=numbered(5))
    document = json.loads(result.stdout)
    assert document["left_out"] is None and len(document["added"]) == 5
    assert "left out" not in quiet("intake", "buy stamps and call the bank").stdout
