"""The shell and command backends, the agent report, and the choice of worker kind."""

import json
import sys

import pytest

from fake_agents import FAKE_DIR, run_launch
from task_runner.workers import agent, backend, resolve
from task_runner.workers.base import Launch, Run, is_transient, parse_report


def make_run(tmp_path, **settings):
    return Run(attempt=1, workdir=str(tmp_path), run_dir=str(tmp_path), timeout_s=60,
               setting=lambda key, default=None: settings.get(key, default))


def shell(tmp_path, command):
    launch = backend("shell").build({"id": "T-01", "command": command}, "ignored", make_run(tmp_path))
    done = run_launch(launch, tmp_path)
    return launch, backend("shell").outcome(done.stdout, done.stderr, done.returncode, False)


def test_shell_runs_the_command_with_sh_c(tmp_path):
    launch, outcome = shell(tmp_path, "echo one; echo two > f.txt; echo last line")
    assert launch.argv == ["/bin/sh", "-c", "echo one; echo two > f.txt; echo last line"]
    assert outcome.ok and outcome.summary == "last line"
    assert (tmp_path / "f.txt").read_text() == "two\n"


def test_shell_failure_carries_status_and_stderr(tmp_path):
    _, outcome = shell(tmp_path, "echo partial; echo 'No such host' >&2; exit 4")
    assert not outcome.ok and not outcome.transient
    assert outcome.error == "exit status 4: No such host"


def test_shell_timeout_is_transient():
    outcome = backend("shell").outcome("", "", -15, True)
    assert not outcome.ok and outcome.transient


def test_shell_needs_a_command(tmp_path):
    with pytest.raises(ValueError):
        backend("shell").build({"id": "T-01"}, "p", make_run(tmp_path))


def test_command_template_substitutes_each_placeholder_as_one_element(tmp_path):
    template = f"{sys.executable} {FAKE_DIR}/echo_report.py --id {{id}} --in={{workdir}} {{prompt}} s:{{session}}"
    run = make_run(tmp_path, TASK_RUNNER_WORKER_COMMAND=template)
    prompt = "a prompt; with $(danger) and {id} inside"
    launch = backend("command").build({"id": "T-09"}, prompt, run)
    assert launch.argv[2:4] == ["--id", "T-09"]
    assert launch.argv[4] == f"--in={tmp_path}"
    assert launch.argv[5] == prompt  # not re-substituted, not split
    assert launch.argv[6] == f"s:{launch.session}"
    done = run_launch(launch, tmp_path)
    outcome = backend("command").outcome(done.stdout, done.stderr, done.returncode, False)
    assert outcome.ok and outcome.deliverable == "echoed 5 arguments"


def test_command_exit_0_without_report_line_fails():
    outcome = backend("command").outcome("all good, trust me\n", "", 0, False)
    assert not outcome.ok and "without a DELIVERABLE or BLOCKED line" in outcome.error


def test_command_without_template_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="TASK_RUNNER_WORKER_COMMAND"):
        backend("command").build({"id": "T-01"}, "p", make_run(tmp_path))


def test_agent_report_outcomes():
    ok = agent.outcome_from_report(True, "Found 3 flights\nDELIVERABLE: 3 flights under $400",
                                   deliverable_path="/tmp/x.md", session="agent:main:subagent:1")
    assert ok.ok and ok.deliverable == "3 flights under $400" and ok.deliverable_path == "/tmp/x.md"
    failed = agent.outcome_from_report(False, "could not log in", reason="no VPN", actions=["connect the VPN"])
    assert not failed.ok and failed.blocked == "no VPN" and failed.actions == ["connect the VPN"]
    entry = agent.plan_entry({"id": "T-04"}, "PROMPT", 1800)
    assert entry == {"id": "T-04", "label": "T-04", "prompt": "PROMPT", "timeout_s": 1800}
    assert "sessions_spawn" in agent.instruction(entry) and "task-runner attach T-04" in agent.instruction(entry)


def test_report_lines_tolerate_markdown():
    report = parse_report("text\n**DELIVERABLE:** the summary\n- ACTION: one\n`ACTION: two`\nDELIVERABLE_PATH: /a b/c.txt")
    assert report == {"deliverable": "the summary", "deliverable_path": "/a b/c.txt", "blocked": None,
                      "actions": ["one", "two"]}


@pytest.mark.parametrize("text,expected", [
    ("connect ECONNREFUSED 127.0.0.1:443", True), ("API Error: 529 overloaded", True),
    ("HTTP 503 Service Unavailable", True), ("Request timed out", True), ("rate_limit_error", True),
    ("file not found", False), ("exit status 1", False), ("port 5000 busy", False),
])
def test_transient_failures(text, expected):
    assert is_transient(text) is expected


def which_from(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_auto_resolution_order():
    none = lambda key, default=None: default
    task = {"id": "T-01"}
    assert resolve(task, none, environ={}, which=which_from("codex", "opencode")) == "codex"
    assert resolve(task, none, environ={}, which=which_from("claude", "codex")) == "claude"
    assert resolve(task, none, environ={}, which=which_from()) == "agent"
    assert resolve(task, none, environ={"OPENCLAW_SHELL": "exec"}, which=which_from("claude")) == "agent"
    assert resolve(task, none, environ={"OPENCLAW_SHELL": "tui-local"}, which=which_from("claude")) == "claude"
    configured = lambda key, default=None: {"TASK_RUNNER_WORKER": "opencode"}.get(key, default)
    assert resolve(task, configured, environ={"OPENCLAW_SHELL": "exec"}, which=which_from()) == "opencode"
    assert resolve({"id": "T-01", "worker": "codex"}, configured, environ={}, which=which_from()) == "codex"


def test_shell_only_when_opted_in():
    command_task = {"id": "T-01", "command": "make test"}
    none = lambda key, default=None: default
    opted = lambda key, default=None: {"TASK_RUNNER_SHELL": "1"}.get(key, default)
    assert resolve(command_task, none, environ={}, which=which_from("claude")) == "claude"
    assert resolve(command_task, opted, environ={}, which=which_from("claude")) == "shell"
    assert resolve({"id": "T-02"}, opted, environ={}, which=which_from("claude")) == "claude"
    with pytest.raises(ValueError, match="unknown worker kind"):
        resolve({"id": "T-01", "worker": "bash"}, none, environ={})
