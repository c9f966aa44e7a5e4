"""The queue's own clock (issue 12 §2): passes on time with no heartbeat and no command."""

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fake_agents import wait_until
from task_runner import background, probe
from task_runner.rundir import RunDir
from task_runner.timeutil import to_iso

pytestmark = pytest.mark.usefixtures("shell_allowed")  # these tasks run their own commands

ON = {"TASK_RUNNER_CLOCK": "1"}  # conftest turns the clock off for every other test


def clock_pids(queue_dir) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    argv = handle.read().split(b"\0")
            except OSError:
                continue
            if b"task_runner.clock" in argv and str(queue_dir).encode() in argv:
                found.append(int(entry))
    return found


@pytest.fixture
def clean_clocks(queue_dir):
    yield
    for pid in clock_pids(queue_dir):  # only the clocks of this test's own folder
        os.kill(pid, signal.SIGKILL)


def iso_in(seconds: float) -> str:
    return to_iso(datetime.now(timezone.utc) + timedelta(seconds=seconds))


def test_a_task_with_a_start_time_3s_ahead_starts_by_itself(cli, clean_clocks):
    not_before = iso_in(3)
    cli("add", "later", "--worker", "shell", "--command", "echo later", "--not-before", not_before, env=ON)
    assert cli.queue()["tasks"][0]["status"] == "pending"
    assert wait_until(lambda: clock_pids(cli.dir), 3), "no clock was started"
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 10)
    task = cli.queue()["tasks"][0]
    started = datetime.fromisoformat(task["started_at"].replace("Z", "+00:00"))
    planned = datetime.fromisoformat(not_before.replace("Z", "+00:00"))
    assert timedelta(0) <= started - planned <= timedelta(seconds=5)
    assert task["attempts"] == 1
    assert wait_until(lambda: not clock_pids(cli.dir), 8), "the clock did not exit once nothing waited"


def test_a_retry_backoff_is_kept_by_the_clock(cli, clean_clocks, tmp_path):
    flag = tmp_path / "second-time"
    script = f"test -e {flag} && echo recovered || {{ touch {flag}; echo 'HTTP 503 service unavailable' >&2; exit 1; }}"
    cli("add", "flaky", "--worker", "shell", "--command", script, "--max-retries", "2",
        env=dict(ON, TASK_RUNNER_RETRY_BACKOFF="2"))
    assert wait_until(lambda: cli.queue()["tasks"][0].get("retry_after"), 5), cli.queue()["tasks"][0]
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 10), cli.queue()["tasks"][0]
    assert cli.queue()["tasks"][0]["attempts"] == 2


def test_two_clocks_started_at_once_one_survives_and_the_task_runs_once(cli, clean_clocks):
    cli("add", "once", "--worker", "shell", "--command", "echo once", "--not-before", iso_in(3))
    argv = [sys.executable, "-m", "task_runner.clock", str(cli.dir), str(cli.workspace)]
    clocks = [subprocess.Popen(argv, env=dict(cli.env, **ON)) for _ in range(3)]
    try:
        assert wait_until(lambda: sum(p.poll() is not None for p in clocks) == 2, 5)
        assert sorted(p.poll() for p in clocks if p.poll() is not None) == [1, 1]
        assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 10)
        survivor = next(p for p in clocks if p.poll() is None or p.returncode == 0)
        assert survivor.wait(8) == 0  # nothing waits any more: it exits
    finally:
        for process in clocks:
            if process.poll() is None:
                process.kill()
    assert cli.queue()["tasks"][0]["attempts"] == 1
    assert sorted(os.listdir(cli.dir / "runs" / "T-01")) == ["1"]


def test_the_clock_exits_at_once_when_nothing_waits(cli):
    cli("add", "now", "--worker", "shell", "--command", "true")
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 5)
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "task_runner.clock", str(cli.dir)], env=dict(cli.env, **ON),
                          timeout=10)
    assert done.returncode == 0 and time.monotonic() - began < 3


def test_a_clock_killed_with_sigkill_loses_nothing_and_starts_nothing_twice(cli, clean_clocks):
    cli("add", "a", "--worker", "shell", "--command", "echo a", "--not-before", iso_in(2), env=ON)
    cli("add", "b", "--worker", "shell", "--command", "echo b", "--not-before", iso_in(6), env=ON)
    assert wait_until(lambda: clock_pids(cli.dir), 3)
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] == "done", 8)
    for pid in clock_pids(cli.dir):
        os.kill(pid, signal.SIGKILL)
    cli("status", env=ON)  # a command that runs no pass leaves the clock dead: the next pass restarts it
    cli("dispatch", env=ON)
    assert wait_until(lambda: clock_pids(cli.dir), 3), "the next pass did not start a new clock"
    assert wait_until(lambda: cli.queue()["tasks"][1]["status"] == "done", 10)
    assert [task["attempts"] for task in cli.queue()["tasks"]] == [1, 1]


def test_a_killed_supervisor_is_noticed_by_the_clock_without_a_command(cli, clean_clocks):
    cli("add", "sleeper", "--worker", "shell", "--command", "sleep 30", "--max-retries", "0", env=ON)
    task = cli.queue()["tasks"][0]
    folder = RunDir(cli.dir, task["run"]["dir"])
    assert wait_until(lambda: folder.worker(), 5)
    os.kill(folder.supervisor()["pid"], signal.SIGKILL)
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] != "running", 12), "the clock never looked"
    task = cli.queue()["tasks"][0]
    assert task["status"] == "blocked" and task["attempts"] == 1
    worker = folder.worker()
    assert wait_until(lambda: not os.path.exists(f"/proc/{worker['worker_pid']}"), 3)  # its group was killed


@pytest.mark.slow
def test_a_stalled_worker_is_stopped_at_its_deadline_without_a_heartbeat(cli, clean_clocks):
    cli("add", "silent", "--worker", "shell", "--command", "sleep 600", "--max-retries", "0",
        env=dict(ON, TASK_RUNNER_STALL_MINUTES="1"))
    began = time.monotonic()
    assert wait_until(lambda: cli.queue()["tasks"][0]["status"] != "running", 75)
    assert 58 <= time.monotonic() - began <= 70
    task = cli.queue()["tasks"][0]
    assert task["status"] == "blocked" and "stalled" in (task.get("blocked_reason") or "")


# ---------------------------------------------------------------- deadlines, computed


def settings(tmp_path, moment):
    return probe.Settings(tmp_path, moment, stall_s=1200, attach_s=600, timeout_s=1800)


MOMENT = datetime(2026, 12, 1, 9, 0, 30, tzinfo=timezone.utc)


def test_deadlines_of_pending_tasks(tmp_path):
    s = settings(tmp_path, MOMENT)
    at = MOMENT.timestamp()
    cron_unplaced = {"status": "pending", "schedule": {"cron": "*/5 * * * *", "not_before": None}}
    assert probe.next_deadline([cron_unplaced], s) is None  # "now" is not later than now…
    assert probe.next_deadline([cron_unplaced], s, after=at - 1) == at  # …but a clock that has not passed runs it
    later = {"status": "pending", "schedule": {"not_before": "2026-12-01T09:05:00Z"}}
    backoff = {"status": "pending", "schedule": {"not_before": "2026-12-01T09:01:00Z"},
               "retry_after": "2026-12-01T09:02:00Z"}
    assert probe.next_deadline([later, backoff], s) == at + 90  # both times must pass: the later one
    past = {"status": "pending", "schedule": {"not_before": "2026-12-01T08:00:00Z"}}
    done = {"status": "done", "schedule": {"not_before": "2026-12-01T09:03:00Z"}}
    assert probe.next_deadline([past, done], s) is None
    assert probe.next_deadline([past], s, after=0) == at - 3630


def test_the_cron_deadline_is_the_next_minute_once_placed(cli):
    from task_runner.schedule import next_cron_time

    cli("add", "every minute", "--worker", "shell", "--command", "true", "--cron", "* * * * *")
    task = cli.queue()["tasks"][0]
    moment = datetime.now(timezone.utc)
    assert task["schedule"]["not_before"] is not None  # the add's pass placed it
    due = probe.next_deadline([task], settings(cli.dir, moment))
    assert due == next_cron_time("* * * * *", moment).timestamp() or due > moment.timestamp()
    assert due - moment.timestamp() <= 60


def test_deadlines_of_running_attempts(tmp_path):
    s = settings(tmp_path, MOMENT)
    at = MOMENT.timestamp()
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    folder.path.mkdir(parents=True)
    (folder.path / "stdout.log").write_text("working\n")
    os.utime(folder.path / "stdout.log", (at - 100, at - 100))
    process = {"status": "running", "run": {"kind": "shell", "dir": folder.relative, "started_at": "2026-12-01T08:00:00Z"}}
    assert probe.next_deadline([process], s) == at - 100 + 1200
    folder.mark("stalled", "x")
    assert probe.next_deadline([process], s) is None  # already stopped for its silence
    agent = {"status": "running", "run": {"kind": "agent", "started_at": "2026-12-01T09:00:00Z", "attached_at": None}}
    assert probe.next_deadline([agent], s) == at - 30 + 600
    agent["run"].update(attached_at="2026-12-01T09:00:00Z", timeout_s=60)
    assert probe.next_deadline([agent], s) == at - 30 + 60 + 600


def test_clock_off_when_time_is_pinned(pinned_env, monkeypatch):
    from task_runner.config import load_config

    monkeypatch.setenv("TASK_RUNNER_CLOCK", "1")
    assert background.clock_enabled(load_config())
    monkeypatch.setenv("TASK_RUNNER_NOW", "2026-12-01T09:00:00Z")
    assert not background.clock_enabled(load_config())


def test_inside_openclaw_the_clock_wakes_the_agent_for_a_sub_agent_task_at_its_time(cli, clean_clocks, tmp_path):
    """Only the agent can spawn a sub-agent: at the task's time the clock wakes the main session
    (TASK_RUNNER_DISPATCH, as SKILL.md tells the agent to answer with dispatch), once."""
    import json

    fake = Path(__file__).resolve().parent / "openclaw" / "fake_cli.py"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "openclaw").write_text(f"#!/bin/sh\nexec {sys.executable} {fake} \"$@\"\n")
    (bin_dir / "openclaw").chmod(0o755)
    state = tmp_path / "openclaw-state.json"
    cli.env.update(ON, PATH=f"{bin_dir}{os.pathsep}{cli.env['PATH']}", TASK_RUNNER_OPENCLAW_WAKE="1",
                   FAKE_OPENCLAW_STATE=str(state), FAKE_OPENCLAW_LOG=str(tmp_path / "openclaw.log"))

    def wakes():
        return [e["text"] for e in (json.loads(state.read_text()).get("events") or [])] if state.exists() else []

    not_before = iso_in(2)
    cli("add", "look up the ferry times", "--worker", "agent", "--not-before", not_before)
    assert wakes() == []
    began = time.monotonic()
    assert wait_until(lambda: any("due to start (T-01)" in text for text in wakes()), 8), wakes()
    assert time.monotonic() - began <= 7
    assert wakes() == ["TASK_RUNNER_DISPATCH: 1 task(s) due to start (T-01)"]
    assert "sessions_spawn" in cli("dispatch").stdout  # what the woken agent runs: the spawn plan
    time.sleep(1.5)
    assert len(wakes()) == 1  # once per task
