"""Notices pushed the moment an attempt ends: TASK_RUNNER_NOTIFY hooks and OpenClaw wakes (issue 12 §1)."""

import json
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fake_agents import wait_until
from task_runner import background, notify
from task_runner.logsetup import LOG_FILE

pytestmark = pytest.mark.usefixtures("shell_allowed")  # these tasks run their own commands

FAKE_OPENCLAW = Path(__file__).resolve().parent / "openclaw" / "fake_cli.py"
HOOK = """import json, os, sys, time
with open(os.environ["HOOK_LOG"], "a") as log:
    log.write(json.dumps({"argv": sys.argv[1:], "env_text": os.environ.get("TASK_RUNNER_NOTICE_TEXT"),
                          "pid": os.getpid(), "at": time.time()}) + "\\n")
mode = os.environ.get("HOOK_MODE", "ok")
if mode == "hang":
    time.sleep(60)
sys.exit(3 if mode == "fail" else 0)
"""


def hook_env(tmp_path, mode="ok", timeout=None) -> dict:
    script = tmp_path / "hook.py"
    script.write_text(HOOK)
    env = {"TASK_RUNNER_NOTIFY": f"{sys.executable} {script} {{id}} {{status}} {{text}} {{deliverable}}",
           "HOOK_LOG": str(tmp_path / "hook.log"), "HOOK_MODE": mode}
    if timeout:
        env["TASK_RUNNER_NOTIFY_TIMEOUT"] = str(timeout)
    return env


def calls(tmp_path) -> list:
    path = tmp_path / "hook.log"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_a_done_notice_reaches_the_hook_within_5s_and_the_reader_once(cli, tmp_path):
    env = hook_env(tmp_path)
    cli.env.update(env)
    began = time.monotonic()
    cli("add", "say hello", "--worker", "shell", "--command", "echo hello world")
    assert wait_until(lambda: calls(tmp_path), 5), "the hook was not run within 5 s"
    took = time.monotonic() - began
    [call] = calls(tmp_path)
    assert call["argv"][:2] == ["T-01", "done"]
    assert "hello world" in call["argv"][2] and call["argv"][2] == call["env_text"]
    assert call["argv"][3] == "hello world"  # {deliverable}: what the task delivered
    assert took < 5
    # The reader still sees it once: the next status shows it, the one after does not.
    first = cli("status").stdout
    assert "While you were away" in first and "T-01 done" in first
    assert "While you were away" not in cli("status").stdout
    assert len(calls(tmp_path)) == 1  # reading did not push again


def test_a_hanging_hook_is_stopped_does_not_delay_the_queue_and_is_not_rerun(cli, tmp_path):
    cli.env.update(hook_env(tmp_path, mode="hang", timeout=5))
    cli("add", "first", "--no-dispatch", "--worker", "shell", "--command", "echo one")
    cli("add", "second", "--after", "T-01", "--worker", "shell", "--command", "echo two")
    began = time.monotonic()
    assert wait_until(lambda: [t["status"] for t in cli.queue()["tasks"]] == ["done", "done"], 15)
    # T-02 started and ended while T-01's hook hung (5 s): pushing never holds up the next start.
    assert time.monotonic() - began < 4
    assert wait_until(lambda: len(calls(tmp_path)) == 2, 20)  # one pusher at a time: 5 s, then 5 s
    for call in calls(tmp_path):  # each hook's whole group was killed at its timeout
        assert wait_until(lambda: not os.path.exists(f"/proc/{call['pid']}"), 8)
    cli("dispatch")
    time.sleep(1.5)
    assert [call["argv"][0] for call in calls(tmp_path)] == ["T-01", "T-02"]  # never run twice
    assert wait_until(lambda: (cli.dir / LOG_FILE).read_text().count("ran longer than 5s") == 2, 8)
    assert "not retried" in (cli.dir / LOG_FILE).read_text()


def test_a_failing_hook_is_logged_once_and_not_retried(cli, tmp_path):
    cli.env.update(hook_env(tmp_path, mode="fail"))
    cli("add", "fails to notify", "--worker", "shell", "--command", "echo x")
    assert wait_until(lambda: calls(tmp_path), 5)
    assert wait_until(lambda: "exited 3" in (cli.dir / LOG_FILE).read_text() if (cli.dir / LOG_FILE).exists()
                    else False, 3)
    cli("dispatch")
    cli("add", "next", "--worker", "shell", "--command", "echo y")
    assert wait_until(lambda: len(calls(tmp_path)) == 2, 5)
    time.sleep(0.5)
    assert [call["argv"][0] for call in calls(tmp_path)] == ["T-01", "T-02"]


def test_a_started_notice_is_not_pushed_and_a_broken_template_is_logged(cli, tmp_path):
    cli.env.update(hook_env(tmp_path))
    cli.env["TASK_RUNNER_NOTIFY"] = "notify-send 'unbalanced"
    cli("add", "x", "--worker", "shell", "--command", "echo x")
    assert wait_until(lambda: (cli.dir / LOG_FILE).exists() and "cannot be split" in (cli.dir / LOG_FILE).read_text(),
                    5)
    assert cli.queue()["tasks"][0]["status"] == "done"


def test_openclaw_wake_from_the_detached_supervisor(cli, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "openclaw").write_text(f"#!/bin/sh\nexec {sys.executable} {FAKE_OPENCLAW} \"$@\"\n")
    (bin_dir / "openclaw").chmod(0o755)
    state = tmp_path / "openclaw-state.json"
    cli.env.update(PATH=f"{bin_dir}{os.pathsep}{cli.env['PATH']}", TASK_RUNNER_OPENCLAW_WAKE="1",
                   FAKE_OPENCLAW_STATE=str(state), FAKE_OPENCLAW_LOG=str(tmp_path / "openclaw.log"))
    cli("add", "wake me", "--worker", "shell", "--command", "echo awake")
    assert wait_until(lambda: state.exists() and json.loads(state.read_text()).get("events"), 8)
    [event] = json.loads(state.read_text())["events"]
    assert event == {"text": "TASK_RUNNER_DISPATCH: 1 task notice(s) waiting", "mode": "now", "sessionKey": None}
    # The agent woken runs dispatch and reads the notice; no second wake for it.
    assert "T-01 done" in cli("dispatch").stdout
    cli("dispatch")
    time.sleep(0.5)
    assert len(json.loads(state.read_text())["events"]) == 1


@given(st.text(min_size=1).filter(lambda text: "\x00" not in text)
       | st.sampled_from(["{deliverable}", "$(rm -rf ~) `id` {status}", "a 'b' \"c\""]))
def test_placeholders_fill_one_argument_each_and_no_shell_reads_them(text):
    argv = notify.fill("notify-send 'Task {id}' {text} --app=task-runner:{status}",
                       {"{id}": "T-01", "{status}": "done", "{text}": text, "{deliverable}": ""})
    assert argv == ["notify-send", "Task T-01", text, "--app=task-runner:done"]


def test_no_route_configured_means_no_push(pinned_env):
    from task_runner.config import load_config

    assert background.routes(load_config(), environ={}) == []
