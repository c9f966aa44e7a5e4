"""The shell and command backends, the agent report, and the choice of worker kind."""

import sys

import pytest

from fake_agents import FAKE_DIR, run_launch
from task_runner.workers import agent, backend, preflight, resolve
from task_runner.workers.base import Run
from task_runner.workers.signals import classify, parse_report


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
    assert not outcome.ok and "without a DELIVERABLE, BLOCKED or QUESTION line" in outcome.error


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
                      "actions": ["one", "two"], "question": None}


def test_a_question_counts_only_as_the_last_report_line():
    assert parse_report("QUESTION: which one?\nDELIVERABLE: chose eu-1")["question"] is None
    assert parse_report("Looked.\nQUESTION: eu-1 or us-2?")["question"] == "eu-1 or us-2?"


@pytest.mark.parametrize("text,expected", [
    ("connect ECONNREFUSED 127.0.0.1:443", "transient"), ("API Error: 529 overloaded", "transient"),
    ("HTTP 503 Service Unavailable", "transient"), ("Request timed out", "transient"),
    ("rate_limit_error", "transient"), ("We’re currently experiencing high demand, which may cause temporary errors.",
                                        "transient"),
    ("exceeded retry limit, last status: 429 Too Many Requests", "transient"),
    ("unexpected status 502 Bad Gateway: upstream, url: http://127.0.0.1:4000/v1/responses", "transient"),
    ("Error: database is locked", "transient"), ("Failed query: \n  CREATE TABLE `workspace` (", "transient"),
    ("unexpected status 401 Unauthorized: invalid x-api-key, url: http://127.0.0.1:4011/v1", "permanent"),
    ("Invalid API key · Fix external API key", "permanent"), ("HTTP 403 Forbidden", "permanent"),
    ("--dangerously-skip-permissions cannot be used with root/sudo privileges", "permanent"),
    ("file not found", None), ("exit status 1", None), ("port 5000 busy", None), ("", None),
])
def test_failure_texts_are_classified(text, expected):
    assert classify(text) == expected


def test_command_template_without_prompt_gets_it_on_stdin(tmp_path):
    template = f"{sys.executable} -c \"import sys; print('DELIVERABLE: read', len(sys.stdin.read()))\""
    launch = backend("command").build({"id": "T-09"}, "p" * 300_000, make_run(tmp_path, TASK_RUNNER_WORKER_COMMAND=template))
    assert launch.stdin == "p" * 300_000
    done = run_launch(launch, tmp_path)
    assert backend("command").outcome(done.stdout, done.stderr, done.returncode, False).deliverable == "read 300000"


def test_preflight_names_what_is_missing_and_how_to_fix_it(tmp_path):
    none = settings()
    reason, steps = preflight("codex", {"id": "T-01"}, none, which=which_from())
    assert "`codex` command, which is not on PATH" in reason and "npm install -g @openai/codex" in steps[0]
    assert preflight("claude", {"id": "T-01"}, none, which=which_from("claude")) is None
    reason, steps = preflight("shell", {"id": "T-03", "command": "true"}, none)
    assert "only when TASK_RUNNER_SHELL=1" in reason  # choosing the shell worker alone runs nothing
    reason, steps = preflight("shell", {"id": "T-03"}, settings(TASK_RUNNER_SHELL="1"))
    assert "has no command" in reason
    reason, _ = preflight("command", {"id": "T-01"}, none)
    assert "TASK_RUNNER_WORKER_COMMAND" in reason
    missing = settings(**{"TASK_RUNNER_WORKER_COMMAND": "no-such-tool-xyz {prompt}"})
    assert "not found on PATH" in preflight("command", {"id": "T-01"}, missing)[0]
    assert preflight("agent", {"id": "T-01"}, none) is None


def test_preflight_refuses_claude_bypass_as_root(monkeypatch):
    full = settings(**{"TASK_RUNNER_WORKER_PERMISSIONS": "full"})
    monkeypatch.setattr("os.geteuid", lambda: 0)
    monkeypatch.delenv("IS_SANDBOX", raising=False)
    reason, steps = preflight("claude", {"id": "T-01"}, full, which=which_from("claude"))
    assert "as root" in reason and "IS_SANDBOX=1" in steps[0] and "TASK_RUNNER_WORKER_PERMISSIONS=edits" in steps[1]
    monkeypatch.setenv("IS_SANDBOX", "1")
    assert preflight("claude", {"id": "T-01"}, full, which=which_from("claude")) is None
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    monkeypatch.delenv("IS_SANDBOX")
    assert preflight("claude", {"id": "T-01"}, full, which=which_from("claude")) is None


def test_openclaw_worker_refuses_to_nest_under_openclaw_exec(monkeypatch):
    monkeypatch.setenv("OPENCLAW_SHELL", "exec")
    reason, steps = preflight("openclaw", {"id": "T-01"}, lambda key, default=None: default,
                              which=which_from("openclaw"))
    assert "exec" in reason and "TASK_RUNNER_WORKER=agent" in steps[0]


def settings(**values):
    """A setting lookup answering ``values`` (what Config.get does for the backends)."""
    return lambda key, default=None: values.get(key, default)


def which_from(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_auto_resolution_order():
    none = settings()
    task = {"id": "T-01"}
    assert resolve(task, none, environ={}, which=which_from("codex", "opencode")) == "codex"
    assert resolve(task, none, environ={}, which=which_from("claude", "codex")) == "claude"
    assert resolve(task, none, environ={}, which=which_from()) == "agent"
    assert resolve(task, none, environ={"OPENCLAW_SHELL": "exec"}, which=which_from("claude")) == "agent"
    assert resolve(task, none, environ={"OPENCLAW_SHELL": "tui-local"}, which=which_from("claude")) == "claude"
    configured = settings(**{"TASK_RUNNER_WORKER": "opencode"})
    assert resolve(task, configured, environ={"OPENCLAW_SHELL": "exec"}, which=which_from()) == "opencode"
    assert resolve({"id": "T-01", "worker": "codex"}, configured, environ={}, which=which_from()) == "codex"


def test_shell_only_when_opted_in():
    command_task = {"id": "T-01", "command": "make test"}
    none = settings()
    opted = settings(**{"TASK_RUNNER_SHELL": "1"})
    assert resolve(command_task, none, environ={}, which=which_from("claude")) == "claude"
    assert resolve(command_task, opted, environ={}, which=which_from("claude")) == "shell"
    assert resolve({"id": "T-02"}, opted, environ={}, which=which_from("claude")) == "claude"
    with pytest.raises(ValueError, match="unknown worker kind"):
        resolve({"id": "T-01", "worker": "bash"}, none, environ={})
