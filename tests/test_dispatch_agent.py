"""The agent worker (spawn plan, attach, report), events delivered exactly once, schedules, logs."""

import json
import os
import time

import pytest

from fake_agents import FAKE_DIR, kill_runs, wait_until


@pytest.fixture
def agent_cli(cli):
    cli.env["TASK_RUNNER_WORKER"] = "agent"
    return cli


def later(minutes: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + minutes * 60))


def test_dispatch_json_returns_the_spawn_plan(agent_cli):
    agent_cli("add", "research flights to Lisbon", "--type", "info-lookup", "--no-dispatch")
    document = agent_cli.json("dispatch")
    assert [entry["id"] for entry in document["plan"]] == ["T-01"]
    entry = document["plan"][0]
    assert set(entry) == {"id", "label", "prompt", "timeout_s"}
    assert entry["label"] == "T-01" and entry["timeout_s"] == 1800
    assert "research flights to Lisbon" in entry["prompt"] and "DELIVERABLE" in entry["prompt"]
    queue = agent_cli.queue()
    assert queue["tasks"][0]["status"] == "running" and queue["tasks"][0]["run"]["kind"] == "agent"
    # the human form says exactly which tool call to make
    agent_cli("add", "second task", "--no-dispatch")
    text = agent_cli("dispatch").stdout
    assert 'Call sessions_spawn with label "T-02"' in text and "task-runner attach T-02" in text


def test_attach_then_report_ok_finishes_and_announces(agent_cli):
    agent_cli("add", "find the cheapest flight to Lisbon", "--type", "info-lookup", "--no-dispatch")
    agent_cli("dispatch")
    agent_cli("attach", "T-01", "--session", "agent:main:subagent:abc", "--run", "run-1")
    assert agent_cli.queue()["tasks"][0]["subagent_session"] == "agent:main:subagent:abc"
    out = agent_cli("report", "T-01", "--ok", "--result", "DELIVERABLE: cheapest Lisbon flight is TAP at 89 EUR").stdout
    assert "✅ T-01 done — cheapest Lisbon flight is TAP at 89 EUR" in out
    record = agent_cli.queue()["tasks"][0]
    assert record["status"] == "done" and record["strategies_tried"][0]["tool"] == "agent"
    assert agent_cli("dispatch").stdout.strip() == "HEARTBEAT_OK"


def test_report_failed_with_actions_until_blocked(agent_cli):
    agent_cli("add", "post the release notes", "--max-retries", "1", "--no-dispatch")
    agent_cli("dispatch")
    out = agent_cli("report", "T-01", "--failed", "--result", "no access", "--reason", "no Slack token",
                    "--action", "add a Slack token to TOOLS.md", "connect the #releases channel").stdout
    assert "🚫 T-01 blocked after 1 attempt — no Slack token" in out
    record = agent_cli.queue()["tasks"][0]
    assert record["user_action_required"] == ["1. add a Slack token to TOOLS.md", "2. connect the #releases channel"]


def test_report_on_a_task_that_is_not_running_is_refused(agent_cli):
    agent_cli("add", "something", "--no-dispatch")
    result = agent_cli("report", "T-01", "--ok", "--result", "x", check=1)
    assert "T-01 is pending" in result.stderr


def test_unattached_agent_task_is_lost_after_the_bound(agent_cli):
    agent_cli("add", "something to delegate", "--no-dispatch")
    agent_cli("dispatch")
    assert agent_cli.queue()["tasks"][0]["status"] == "running"
    assert "lost" not in agent_cli("dispatch", env={"TASK_RUNNER_NOW": later(5)}).stdout
    out = agent_cli("dispatch", env={"TASK_RUNNER_NOW": later(11)}).stdout
    assert "⚠️ T-01 lost its worker (no sub-agent was attached within 10 min)" in out
    record = agent_cli.queue()["tasks"][0]
    assert record["strategies_tried"][0]["result"].startswith("lost:")
    assert record["status"] == "running" and record["attempts"] == 2  # planned again in the same pass


def test_quiet_pass_never_plans_agent_tasks_nor_delivers(agent_cli):
    agent_cli("add", "a task", "--no-dispatch")
    assert agent_cli("dispatch", "--quiet").stdout == ""
    assert agent_cli.queue()["tasks"][0]["status"] == "pending"


def test_events_are_delivered_exactly_once_and_survive_a_crashed_pass(cli, queue_dir):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "say hi", "--command", "echo hi", "--no-dispatch")
    first = cli("dispatch").stdout
    assert "🔄 Started T-01" in first
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 20)
    # the completion happened in the supervisor's quiet pass: announced at the next reading pass, once
    assert cli("dispatch").stdout.strip() == "✅ T-01 done — hi"
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    # a pass that appended an event but crashed before writing the queue: the next pass drops it
    events = queue_dir / "events.jsonl"
    committed = events.stat().st_size
    with open(events, "a") as handle:
        handle.write(json.dumps({"ts": "x", "type": "done", "id": "T-09", "text": "✅ T-09 phantom"}) + "\n")
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    assert events.stat().st_size == committed
    cursors = json.loads((queue_dir / "events.cursor.json").read_text())
    assert cursors["agent"] == cli.queue()["eventsCommitted"] == committed  # dispatch is read by the agent


def test_nothing_to_do_writes_nothing(cli, queue_dir):
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    assert not queue_dir.exists()
    cli("add", "later", "--not-before", "2099-01-01T09:00", "--no-dispatch")
    before = (queue_dir / "task-queue.json").stat().st_mtime_ns
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"  # a scheduled task is not pending now
    assert (queue_dir / "task-queue.json").stat().st_mtime_ns == before
    assert not (queue_dir / "events.jsonl").exists()


def test_cron_task_waits_for_its_time_and_comes_back(cli, queue_dir):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "weekly report", "--cron", "0 9 * * 1", "--command", "echo report sent", "--no-dispatch")
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    first_run = cli.queue()["tasks"][0]["schedule"]["not_before"]
    assert first_run
    from task_runner.timeutil import parse_iso, to_iso

    after = to_iso(parse_iso(first_run))
    cli.env["TASK_RUNNER_NOW"] = after  # the supervisor's pass runs at the same pinned time
    assert "🔄 Started T-01" in cli("dispatch").stdout
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "pending"
                      and cli.queue()["tasks"][0]["schedule"]["not_before"] != first_run, 20)
    record = cli.queue()["tasks"][0]
    assert record["deliverable"] == "report sent" and record["retries"] == 0 and record["completed_at"] is None
    assert (parse_iso(record["schedule"]["not_before"]) - parse_iso(first_run)).days == 7
    assert "⏰ next run" in cli("dispatch").stdout


def test_logs_show_an_attempt_and_follow_until_it_ends(cli, queue_dir):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "noisy", "--command", "echo out-1; echo err-1 >&2; sleep 0.5; echo out-2", "--no-dispatch")
    cli("dispatch")
    followed = cli("logs", "T-01", "--follow", timeout=20).stdout
    assert "out-1" in followed and "[stderr] err-1" in followed and "out-2" in followed
    shown = cli.json("logs", "T-01", "--attempt", "1")
    assert shown["stdout"] == "out-1\nout-2\n" and shown["result"]["outcome"]["ok"]
    assert "has no attempt 7" in cli("logs", "T-01", "--attempt", "7", check=1).stderr
    kill_runs(queue_dir)


def test_the_pass_archives_old_finished_tasks(cli, queue_dir):
    cli("add", "old news", "--no-dispatch")
    cli("done", "T-01")
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    assert [t["id"] for t in cli.queue()["tasks"]] == ["T-01"]  # not old enough yet
    document = cli.json("dispatch", env={"TASK_RUNNER_NOW": later(8 * 24 * 60)})
    assert document["archived"] == ["T-01"] and document["heartbeat_ok"]
    assert cli.queue()["tasks"] == [] and cli.queue()["archivedCount"] == 1
    assert list((queue_dir / "archive").glob("*.json"))


def test_auto_worker_is_the_agent_inside_openclaw_and_a_cli_outside(cli, queue_dir):
    cli("add", "inside", "--no-dispatch")
    document = cli.json("dispatch", env={"OPENCLAW_SHELL": "exec"})
    assert [entry["id"] for entry in document["plan"]] == ["T-01"]
    cli("add", "outside FAKE:hang", "--no-dispatch")
    path = f"{FAKE_DIR}{os.pathsep}{cli.env['PATH']}"
    document = cli.json("dispatch", env={"PATH": path})
    assert document["plan"] == [] and document["started"] == ["T-02"]
    assert cli.queue()["tasks"][1]["run"]["kind"] == "claude"
    kill_runs(queue_dir)


def test_attached_agent_task_without_report_is_lost_after_its_timeout(agent_cli):
    agent_cli("add", "long research", "--timeout", "600", "--no-dispatch")
    agent_cli("dispatch")
    agent_cli("attach", "T-01", "--session", "agent:main:subagent:1")
    assert "lost" not in agent_cli("dispatch", env={"TASK_RUNNER_NOW": later(15)}).stdout
    out = agent_cli("dispatch", env={"TASK_RUNNER_NOW": later(21)}).stdout  # 10 min timeout + 10 min bound
    assert "⚠️ T-01 lost its worker (no report came back within its timeout)" in out


def test_running_task_left_by_the_prompt_only_skill_is_recovered(agent_cli, queue_dir):
    import shutil

    from conftest import EXAMPLES

    queue_dir.mkdir(parents=True)
    shutil.copy(EXAMPLES / "task-queue.prompt-skill.json", queue_dir / "task-queue.json")
    out = agent_cli("dispatch").stdout
    assert "⚠️ T-02 lost its worker (no report came back within its timeout)" in out
    queue = agent_cli.queue()
    record = next(task for task in queue["tasks"] if task["id"] == "T-02")
    assert record["strategies_tried"][-1]["result"].startswith("lost:") and len(record["strategies_tried"]) == 2
    assert record["status"] == "running" and record["run"]["kind"] == "agent"  # planned again
    # T-01, done in March, went to its archive file untouched
    archived = json.loads((queue_dir / "archive" / "2026-03.json").read_text())["tasks"]
    assert archived == json.loads((EXAMPLES / "task-queue.prompt-skill.json").read_text())["tasks"][:1]


def test_a_repeated_report_is_already_recorded_and_changes_nothing(agent_cli):
    """OpenClaw delivers a completion two or three times: the second report is a no-op (exit 0)."""
    agent_cli("add", "look up the opening hours", "--type", "info-lookup", "--no-dispatch")
    agent_cli("dispatch")
    agent_cli("attach", "T-01", "--session", "agent:main:subagent:one", "--run", "run-1")
    agent_cli("report", "T-01", "--ok", "--result", "DELIVERABLE: 9 to 18")
    before = agent_cli.queue()["tasks"][0]
    again = agent_cli("report", "T-01", "--ok", "--result", "DELIVERABLE: 9 to 18")
    assert "already recorded" in again.stdout
    assert agent_cli.queue()["tasks"][0] == before


def test_a_late_report_of_an_earlier_attempt_is_never_credited_to_the_current_one(agent_cli):
    agent_cli("add", "draft the newsletter", "--no-dispatch")
    agent_cli("dispatch")
    agent_cli("attach", "T-01", "--session", "agent:main:subagent:two", "--run", "run-2")
    late = agent_cli.json("report", "T-01", "--ok", "--result", "DELIVERABLE: old draft",
                          "--session", "agent:main:subagent:one", "--run", "run-1")
    assert late["recorded"] is False and "earlier attempt" in late["reason"]
    record = agent_cli.queue()["tasks"][0]
    assert record["status"] == "running" and record["strategies_tried"] == []
    current = agent_cli.json("report", "T-01", "--ok", "--result", "DELIVERABLE: new draft",
                             "--session", "agent:main:subagent:two", "--run", "run-2")
    assert current["recorded"] is True and agent_cli.queue()["tasks"][0]["deliverable"] == "new draft"


def test_delivered_notices_older_than_a_day_are_compacted_and_later_ones_still_arrive(cli, queue_dir):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "say hi", "--command", "echo hi", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 20)
    assert "✅ T-01 done — hi" in cli("status").stdout  # the reader (and so the agent) has it
    events = queue_dir / "events.jsonl"
    assert events.stat().st_size > 0
    cli("dispatch", env={"TASK_RUNNER_NOW": later(60 * 25)})  # a heartbeat a day later: housekeeping
    assert events.stat().st_size == 0 and cli.queue()["eventsCommitted"] == 0
    cli("add", "say bye", "--command", "echo bye", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: cli.queue()["tasks"][-1]["status"] == "done", 20)
    assert cli("dispatch").stdout.strip() == "✅ T-02 done — bye"  # nothing lost, nothing repeated


def test_a_push_route_no_longer_configured_does_not_keep_notices_forever(cli, queue_dir, tmp_path):
    """A TASK_RUNNER_NOTIFY hook the user has since removed left its cursor behind."""
    cli.env["TASK_RUNNER_SHELL"] = "1"
    hook_log = tmp_path / "hook.log"
    cli.env["TASK_RUNNER_NOTIFY"] = f"sh -c 'echo {{id}} >> {hook_log}'"
    cli("add", "say hi", "--command", "echo hi")
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 20)
    assert wait_until(lambda: hook_log.exists(), 10)
    del cli.env["TASK_RUNNER_NOTIFY"]
    cursors = json.loads((queue_dir / "events.cursor.json").read_text())
    cursors["notify"] = 0  # as if the hook had missed everything before it was removed
    (queue_dir / "events.cursor.json").write_text(json.dumps(cursors))
    assert "✅ T-01 done — hi" in cli("status").stdout
    events = queue_dir / "events.jsonl"
    cli("dispatch", env={"TASK_RUNNER_NOW": later(60 * 25)})
    assert events.stat().st_size == 0  # compacted: the reader had them all, nobody else is owed them
