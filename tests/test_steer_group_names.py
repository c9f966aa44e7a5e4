"""A group named in chat is matched to the queue's groups whatever its case and punctuation, and a
name that is no group of the queue pauses or resumes nothing and says so: the user must not be told
their tasks wait while they run on. The CLI's --group may still set up a group before its tasks."""

import pytest

from task_runner.commands.flow import change_queue
from task_runner.commands.intake import _apply_parsed
from task_runner.config import load_config
from task_runner.steering import group_named


def chat(verb, note):
    document = {"mode": "intake", "status": False, "tasks": [],
                "commands": [{"verb": verb, "ids": [], "selector": "all", "note": note}]}
    return change_queue(load_config(), _apply_parsed(load_config(), document), dispatch=False).applied


@pytest.fixture
def grouped(cli, pinned_env):
    cli.env["TASK_RUNNER_WORKER"] = "agent"
    cli("add", "find a caterer", "--group", "Bodas-de-Oro", "--no-dispatch")
    cli("add", "book the hall", "--group", "web", "--no-dispatch")
    cli("add", "call the bank", "--no-dispatch")
    return cli


@pytest.mark.parametrize("said, meant", [("bodas de oro", "Bodas-de-Oro"), ("BODAS DE ORO", "Bodas-de-Oro"),
                                         ("Bodas_de_Oro", "Bodas-de-Oro"), ("Web", "web"), ("web", "web")])
def test_a_group_named_in_chat_is_the_queue_group_written_that_way(grouped, said, meant):
    applied = chat("pause", said)
    assert applied["lines"] == [f"⏸️ Group {meant} paused: nothing new starts; running tasks go on. "
                                f"Resume with: task-runner resume --group {meant}"]
    assert set(grouped.queue()["groups"]) == {meant}
    assert chat("resume", said)["lines"] == [f"▶️ Resumed group {meant}."]


@pytest.mark.parametrize("verb", ["pause", "resume"])
def test_a_chat_name_that_is_no_group_changes_nothing_and_says_so(grouped, verb):
    before = grouped.queue()
    applied = chat(verb, "fundraiser")
    line, = applied["lines"]
    assert line.startswith('⚠️ No group of the queue is named "fundraiser" (its groups: Bodas-de-Oro, web): '
                           f"nothing was {verb}d."), line
    assert grouped.queue() == before


def test_a_name_that_folds_to_two_groups_is_no_group(grouped):
    grouped("add", "print the menus", "--group", "bodas de oro", "--no-dispatch")
    queue = grouped.queue()
    assert group_named(queue, "bodas de oro") == "bodas de oro"  # the very name wins
    assert group_named(queue, "BODAS DE ORO") is None
    assert chat("pause", "BODAS DE ORO")["lines"][0].startswith("⚠️ No group")


def test_the_cli_sets_up_a_group_ahead_and_says_it_has_no_task_yet(grouped):
    said = grouped("pause", "--group", "later", "--no-dispatch").stdout
    assert "no task is in it yet (add one with --group later)" in said
    assert grouped.queue()["groups"]["later"]["paused"]
    said = grouped("pause", "--group", "WEB", "--no-dispatch").stdout
    assert "Group web paused" in said and "no task is in it yet" not in said


def test_pause_everything_from_chat_is_unchanged(grouped):
    assert chat("pause", None)["lines"][0].startswith("⏸️ Queue paused")
