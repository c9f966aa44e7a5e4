"""Control commands: the skill's exact semantics, per-id reporting, one transaction."""

import json

import pytest


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def seed(cli, statuses: list[str]) -> None:
    """A queue whose tasks T-01… have the given statuses (written as another tool would)."""
    cli("add", *[f"task {n}" for n in range(1, len(statuses) + 1)])
    queue = cli.queue()
    for task, status in zip(queue["tasks"], statuses):
        task["status"] = status
        if status in ("done", "blocked", "skipped"):
            task["completed_at"] = "2026-11-19T10:00:00Z"
        if status == "blocked":
            task.update(retries=3, blocked_reason="API key missing", user_action_required=["1. add the key"],
                        strategies_tried=[{"attempt": 1, "strategy": "exec", "tool": "exec",
                                           "attempted_at": "2026-11-19T09:00:00Z", "result": "401",
                                           "verification_failure": None}])
    cli.queue_path.write_text(json.dumps(queue))


def by_id(cli) -> dict:
    return {task["id"]: task for task in cli.queue()["tasks"]}


def test_skip_sets_skipped_with_completed_at(cli):
    seed(cli, ["pending"])
    assert "⏭️ T-01 skipped" in cli("skip", "T-01").stdout
    task = by_id(cli)["T-01"]
    assert task["status"] == "skipped" and task["completed_at"] and task["blocked_reason"] is None


def test_cancel_is_skipped_with_reason(cli):
    seed(cli, ["pending", "blocked"])
    cli("cancel", "t1", "T2")
    for task in by_id(cli).values():
        assert task["status"] == "skipped" and task["blocked_reason"] == "cancelled by user"
        assert task["completed_at"]


def test_retry_resets_the_attempt_record(cli):
    seed(cli, ["blocked"])
    cli("retry", "T-01", "--note", "use the staging credentials")
    task = by_id(cli)["T-01"]
    assert (task["status"], task["retries"], task["strategies_tried"]) == ("pending", 0, [])
    assert task["blocked_reason"] is None and task["user_action_required"] is None
    assert task["completed_at"] is None
    assert task["notes"] == ["use the staging credentials"]


def test_done_sets_done_and_completed_at(cli):
    seed(cli, ["pending"])
    cli("done", "T-01")
    task = by_id(cli)["T-01"]
    assert task["status"] == "done" and task["completed_at"] and task["deliverable"] == "marked done by user"


def test_unknown_and_impossible_are_reported_per_id_and_the_rest_applied(cli):
    seed(cli, ["done", "blocked", "pending"])
    result = cli("retry", "T-01", "T-02", "T-03", "T-09", "--json", check=1)
    document = json.loads(result.stdout)
    assert document["changed"] == ["T-02"]
    reasons = {r["id"]: r["reason"] for r in document["rejected"]}
    assert reasons["T-01"].startswith("is already done")
    assert reasons["T-03"].startswith("is already pending")
    assert reasons["T-09"] == "no such task"
    assert by_id(cli)["T-02"]["status"] == "pending"


def test_human_output_lists_every_id(cli):
    seed(cli, ["done", "pending"])
    result = cli("skip", "T-01", "T-02", check=1)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("⏭️ T-02 skipped")
    assert lines[1].startswith("⚠️ T-01 is done; skip applies to")


def test_archived_id_says_so(cli):
    seed(cli, ["done"])
    queue = cli.queue()
    queue["tasks"] = []
    cli.queue_path.write_text(json.dumps(queue))
    assert "no such task (it may have been archived)" in cli("done", "T-01", check=1).stdout


def test_ranges_and_status_selector(cli):
    seed(cli, ["blocked", "blocked", "pending", "blocked", "done"])
    document = json.loads(cli("skip", "T-01..T-03", "--json").stdout)
    assert document["changed"] == ["T-01", "T-02", "T-03"]
    document = json.loads(cli("retry", "--status", "skipped", "--json").stdout)
    assert document["changed"] == ["T-01", "T-02", "T-03"] and document["rejected"] == []
    assert cli("retry", "--status", "running").stdout.strip() == "No running tasks to retry."


def test_retry_releases_dependants_blocked_by_it(cli):
    seed(cli, ["blocked", "pending", "pending", "pending"])
    queue = cli.queue()
    for task_id, blocker in (("T-02", "T-01"), ("T-03", "T-02")):
        task = next(t for t in queue["tasks"] if t["id"] == task_id)
        task.update(status="blocked", blocked_reason=f"depends on {blocker} which is blocked",
                    blocked_by=blocker, completed_at="2026-11-19T10:00:00Z")
    cli.queue_path.write_text(json.dumps(queue))
    document = json.loads(cli("retry", "T-01", "--json").stdout)
    assert document["released"] == ["T-02", "T-03"]
    tasks = by_id(cli)
    assert all(tasks[i]["status"] == "pending" and "blocked_by" not in tasks[i] for i in ("T-01", "T-02", "T-03"))


@pytest.mark.parametrize("words, message", [([], "give the task ids"), (["banana"], "is not a task id")])
def test_bad_ids(cli, words, message):
    seed(cli, ["pending"])
    result = cli("skip", *words, check=2 if not words else 1)
    assert message in result.stderr
