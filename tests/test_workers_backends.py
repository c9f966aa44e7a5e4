"""Each CLI backend against its fake: real subprocesses speaking the real output formats."""

import json
import os

import pytest

from fake_agents import run_launch
from task_runner.workers import backend
from task_runner.workers.base import Run

TOOLS = ("claude", "codex", "opencode", "openclaw")


def make_run(tmp_path, resume=None, **settings):
    return Run(attempt=1, workdir=str(tmp_path), run_dir=str(tmp_path / "run"), timeout_s=60,
               resume_session=resume, setting=lambda key, default=None: settings.get(key, default))


def attempt(tool, tmp_path, mode, resume=None, **env):
    task = {"id": "T-07", "type": "unknown", "description": "do it"}
    module = backend(tool)
    launch = module.build(task, f"Task T-07. FAKE:{mode}", make_run(tmp_path, resume))
    done = run_launch(launch, tmp_path, **env)
    return launch, done, module.outcome(done.stdout, done.stderr, done.returncode, False)


@pytest.mark.parametrize("tool", TOOLS)
def test_success_is_read_from_the_terminal_event(tool, tmp_path):
    launch, done, outcome = attempt(tool, tmp_path, "success")
    assert outcome.ok, outcome
    assert outcome.deliverable == "finished T-07 (fake result)"
    assert outcome.summary == "finished T-07 (fake result)"
    assert outcome.session  # pre-assigned or captured
    if launch.session:
        assert outcome.session == launch.session


@pytest.mark.parametrize("tool", TOOLS)
def test_error_result_fails_and_is_not_transient(tool, tmp_path):
    _, done, outcome = attempt(tool, tmp_path, "error")
    assert not outcome.ok and not outcome.transient
    assert outcome.error


@pytest.mark.parametrize("tool", TOOLS)
def test_rate_limit_is_transient(tool, tmp_path):
    _, _, outcome = attempt(tool, tmp_path, "ratelimit")
    assert not outcome.ok and outcome.transient, outcome


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("mode", ["crash", "garbage", "noterminal"])
def test_no_terminal_event_is_a_failure_even_with_exit_0(tool, mode, tmp_path):
    _, done, outcome = attempt(tool, tmp_path, mode)
    if mode != "crash":
        assert done.returncode == 0
    assert not outcome.ok
    assert "without a final result" in outcome.error or "before a final result" in outcome.error


@pytest.mark.parametrize("tool", TOOLS)
def test_written_deliverable_path_is_reported(tool, tmp_path):
    target = tmp_path / "out" / "report.md"
    _, _, outcome = attempt(tool, tmp_path, "write", FAKE_WRITE=target)
    assert outcome.ok
    assert outcome.deliverable_path == str(target)
    assert target.read_text().startswith("content for T-07")


@pytest.mark.parametrize("tool", TOOLS)
def test_blocked_report_is_a_failure_with_actions(tool, tmp_path):
    _, _, outcome = attempt(tool, tmp_path, "blocked")
    assert not outcome.ok and not outcome.transient
    assert outcome.blocked == "the staging credentials are missing"
    assert outcome.actions == ["add STAGING_TOKEN to ~/.openclaw/.env", "retry T-07"]


@pytest.mark.parametrize("tool", TOOLS)
def test_prompt_is_one_argv_element_and_stdin_is_closed(tool, tmp_path):
    log = tmp_path / "calls.jsonl"
    nasty = "Task T-07. FAKE:success; rm -rf / $(touch pwned) `id` \"quoted\" 'single'\nsecond line"
    module = backend(tool)
    launch = module.build({"id": "T-07", "type": "unknown"}, nasty, make_run(tmp_path))
    run_launch(launch, tmp_path, FAKE_LOG=log)
    call = json.loads(log.read_text())
    assert nasty in call["argv"]
    assert call["stdin"] == ""
    assert not (tmp_path / "pwned").exists()


def test_flags_match_the_documented_headless_modes(tmp_path):
    argv = lambda tool, **kw: backend(tool).build({"id": "T-07"}, "P", make_run(tmp_path, **kw)).argv
    claude = argv("claude")
    assert claude[:6] == ["claude", "-p", "P", "--output-format", "stream-json", "--verbose"]
    assert "--session-id" in claude and "--permission-mode" in claude
    assert argv("claude", resume="abc")[-2:] == ["--resume", "abc"]
    assert argv("codex")[:3] == ["codex", "exec", "--json"] and argv("codex")[-1] == "P"
    assert argv("codex", resume="th1")[-3:] == ["resume", "th1", "P"]
    assert argv("opencode")[:4] == ["opencode", "run", "--format", "json"]
    assert argv("opencode", resume="ses_1")[-3:] == ["--session", "ses_1", "P"]
    openclaw = argv("openclaw")
    assert openclaw[:4] == ["openclaw", "agent", "--message", "P"] and "--json" in openclaw
    assert "--session-id" in openclaw


def test_resume_reuses_the_session(tmp_path):
    for tool in TOOLS:
        launch, _, first = attempt(tool, tmp_path, "ratelimit")
        session = first.session or launch.session  # what the supervisor records
        assert session, tool
        _, _, second = attempt(tool, tmp_path, "success", resume=session)
        assert second.ok and second.session == session, tool


def test_full_permissions_change_the_flags(tmp_path):
    run = make_run(tmp_path, TASK_RUNNER_WORKER_PERMISSIONS="full")
    assert "bypassPermissions" in backend("claude").build({"id": "T-1"}, "P", run).argv
    assert "danger-full-access" in backend("codex").build({"id": "T-1"}, "P", run).argv
    assert "--dangerously-skip-permissions" in backend("opencode").build({"id": "T-1"}, "P", run).argv
