"""Chat steering through intake: the parser's commands answer/pause/resume/urgent and a task's priority
are applied like the CLI's (steering.apply_command). The parser does not emit these verbs yet (see
docs/steering.md), so these tests hand intake's apply step the parsed document the parser will give."""

import pytest

from task_runner.commands.flow import change_queue
from task_runner.commands.intake import _apply_parsed
from task_runner.config import load_config


@pytest.fixture
def queue_with_question(cli, pinned_env):
    cli.env["TASK_RUNNER_WORKER"] = "agent"
    cli("add", "Book the venue", "--no-dispatch")
    cli("dispatch")
    cli("report", "T-01", "--question", "The 4th or the 11th?")
    cli("add", "Order the cake", "--no-dispatch")
    return cli


def parsed(*commands, tasks=()):
    return {"mode": "tasks", "commands": [dict(verb=verb, ids=list(ids), note=note,
                                               selector="all" if verb in ("pause", "resume") else None)
                                          for verb, ids, note in commands],
            "tasks": list(tasks), "status": False}


def apply(document):
    return change_queue(load_config(), _apply_parsed(load_config(), document), dispatch=False).applied


def task(cli, task_id):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def test_answer_from_chat_resumes_the_waiting_task(queue_with_question):
    cli = queue_with_question
    assert task(cli, "T-01")["waiting_answer"]["question"] == "The 4th or the 11th?"
    applied = apply(parsed(("answer", ["T-01"], "the 11th, in the big room")))
    assert applied["lines"] == ["💬 T-01 answered; its next attempt gets your answer (this does not count as a retry)."]
    answered = task(cli, "T-01")
    assert answered["status"] == "pending" and answered["answers"][0]["answer"] == "the 11th, in the big room"
    again = apply(parsed(("answer", ["T-01"], "the 4th"), ("answer", ["T-09"], "x")))
    assert [item["id"] for item in again["commands"][0]["rejected"]] == ["T-01"]
    assert "asked nothing" in again["lines"][0] and again["lines"][1] == "⚠️ T-09 no such task"


def test_pause_resume_and_urgent_from_chat(queue_with_question):
    cli = queue_with_question
    applied = apply(parsed(("pause", [], None)))
    assert applied["lines"][0].startswith("⏸️ Queue paused: nothing new starts")
    assert cli.queue()["paused"]
    assert cli.json("dispatch")["plan"] == []
    applied = apply(parsed(("urgent", ["T-02"], None), ("resume", [], None)))
    assert applied["lines"] == ["⏫ T-02 moved to the front of the queue.", "▶️ Resumed the queue."]
    assert task(cli, "T-02")["priority"] == "high" and "paused" not in cli.queue()


def test_an_urgent_task_from_chat_is_high_priority(queue_with_question):
    cli = queue_with_question
    applied = apply(parsed(tasks=[{"description": "renew the passport", "priority": "high"}]))
    assert applied["added"][0]["priority"] == "high"
    order = [entry["id"] for entry in cli.json("dispatch", env={"TASK_RUNNER_MAX_CONCURRENT": "1"})["plan"]]
    assert order == ["T-03"]  # ahead of T-02, added earlier at normal priority
