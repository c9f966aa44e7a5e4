"""True verdicts end to end: real dispatch passes and supervisors, a fake claude printing claude's bytes.

A correct answer is done on its first attempt, whatever its words; a messaging worker that
reports success runs exactly once; a permanent failure blocks after one attempt with its
reason; a missing worker binary never starts.
"""

import json

import pytest

from fake_agents import calls, wait_until


def settled(cli, task_id: str):
    task = next(t for t in cli.queue()["tasks"] if t["id"] == task_id)
    return task if task["status"] in ("done", "blocked", "skipped") else None


@pytest.mark.parametrize("description,kind,answer,deliverable", [
    ("who is the president of France", "info-lookup", "DELIVERABLE: Emmanuel Macron", "Emmanuel Macron"),
    ("what's the weather in Paris", "info-lookup", "It is nice.\nDELIVERABLE: Sunny, high of 21°C",
     "Sunny, high of 21°C"),
    ("how much is a Tesla Model 3", "info-lookup", "DELIVERABLE: $38,990", "$38,990"),
    ("email Bob the report", "messaging", "DELIVERABLE: Emailed Bob the report", "Emailed Bob the report"),
])
def test_a_reported_success_is_done_on_attempt_1_and_runs_once(agents, tmp_path, description, kind, answer,
                                                               deliverable):
    agents.env["FAKE_TEXT"] = answer
    agents("add", description, "--type", kind, "--no-dispatch")
    agents("dispatch")
    task = wait_until(lambda: settled(agents, "T-01"), 30)
    assert task and task["status"] == "done", task
    assert task["deliverable"] == deliverable
    assert len(task["strategies_tried"]) == 1 and task["strategies_tried"][0]["verification_failure"] is None
    assert len(calls(tmp_path)) == 1  # the email went out once
    assert "do its action at most once" in calls(tmp_path)[0]["prompt"] or kind != "messaging"


def test_a_denied_permission_blocks_after_one_attempt_naming_it(agents, tmp_path):
    agents("add", "fetch the page FAKE:denied", "--type", "code-execution", "--no-dispatch")
    agents("dispatch")
    task = wait_until(lambda: settled(agents, "T-01"), 30)
    assert task and task["status"] == "blocked", task
    assert "Bash(curl -s http://127.0.0.1:9/x -o out.txt)" in task["blocked_reason"]
    assert len(calls(tmp_path)) == 1


def test_bad_credentials_block_at_once_and_a_rate_limit_retries(agents, tmp_path):
    agents("add", "check the logs FAKE:auth", "--no-dispatch")
    agents("add", "check the other logs FAKE:ratelimit,success", "--no-dispatch")
    agents("dispatch")
    first = wait_until(lambda: settled(agents, "T-01"), 30)
    assert first and first["status"] == "blocked" and "Invalid API key" in first["blocked_reason"]

    def second_done():
        agents("dispatch")
        return settled(agents, "T-02")

    second = wait_until(second_done, 40, every=0.5)
    assert second and second["status"] == "done", second
    assert len(second["strategies_tried"]) == 2
    assert "Request rejected (429)" in second["strategies_tried"][0]["result"]


def test_a_missing_worker_binary_blocks_before_any_start(cli, tmp_path):
    cli.env["TASK_RUNNER_WORKER"] = "codex"
    cli.env["PATH"] = "/usr/bin:/bin"  # no codex anywhere
    cli("add", "refactor the parser", "--no-dispatch")
    out = cli("dispatch").stdout
    task = settled(cli, "T-01")
    assert task and task["status"] == "blocked", cli.queue()
    assert "npm install -g @openai/codex" in json.dumps(task)
    assert "Started" not in out
    assert not task.get("strategies_tried")


@pytest.mark.parametrize("kind", ["claude", "codex", "opencode", "openclaw"])
def test_a_200_kb_task_reaches_each_worker_through_the_supervisor(agents, tmp_path, kind):
    agents.env["TASK_RUNNER_WORKER"] = kind
    description = "summarise these notes: " + "lorem ipsum " * 17_000 + "THE END"
    spec = json.dumps([{"description": description, "goal": "a summary of the notes"}])
    agents("add", "--stdin-json", "--no-dispatch", input=spec)
    agents("dispatch")
    task = wait_until(lambda: settled(agents, "T-01"), 30)
    assert task and task["status"] == "done", task
    [call] = calls(tmp_path)
    assert call["tool"] == kind and description in call["prompt"] and len(call["prompt"]) > 200_000
