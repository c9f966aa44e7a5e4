"""Each CLI backend against its fake, and against the real CLIs' recorded bytes.

The fakes replay recorded/<tool>/<case>.json (written from real runs by
tests/real_cli/record_fakes.py); the first tests judge those recordings directly, so every
verdict below is a verdict on what the real CLI printed.
"""

import json
import os

import pytest

from fake_agents import FAKE_DIR, run_launch
from task_runner.workers import backend
from task_runner.workers.base import Run

TOOLS = ("claude", "codex", "opencode", "openclaw")
RECORDED_TOOLS = ("claude", "codex", "opencode")
RECORDED = FAKE_DIR / "recorded"


def make_run(tmp_path, resume=None, **settings):
    return Run(attempt=1, workdir=str(tmp_path), run_dir=str(tmp_path / "run"), timeout_s=60,
               resume_session=resume, setting=lambda key, default=None: settings.get(key, default))


def attempt(tool, tmp_path, mode, resume=None, prompt=None, **env):
    task = {"id": "T-07", "type": "unknown", "description": "do it"}
    module = backend(tool)
    run = make_run(tmp_path, resume)
    launch = module.build(task, prompt or f"Task T-07. FAKE:{mode}", run)
    done = run_launch(launch, tmp_path, run_dir=run.run_dir, **env)
    return launch, done, module.outcome(done.stdout, done.stderr, done.returncode, False)


def replayed(tool, case, text="", session="ses-1"):
    record = json.loads((RECORDED / tool / f"{case}.json").read_text(encoding="utf-8"))
    def fill(recorded: str) -> str:
        return (recorded.replace("@SESSION@", session).replace("@TEXT@", json.dumps(text)[1:-1])
                .replace("@PORT@", "9"))

    return backend(tool).outcome(fill(record["stdout"]), fill(record["stderr"]), record["exit"],
                                 record["exit"] is None)


# (tool, case): (ok, transient, permanent, a text the error must contain)
VERDICTS = {
    ("claude", "servererror"): (False, True, False, "API Error: 500"),
    ("claude", "ratelimit"): (False, True, False, "Request rejected (429)"),
    ("claude", "auth"): (False, False, True, "Invalid API key"),
    ("claude", "denied"): (False, False, True, "denied permission for Bash(curl -s http://127.0.0.1:9/x -o out.txt)"),
    ("claude", "lostsession"): (False, True, False, "No conversation found with session ID"),
    ("claude", "root"): (False, False, True, "cannot be used with root/sudo privileges"),
    ("claude", "hang"): (False, True, False, "timed out"),
    ("claude", "maxturns"): (False, False, True, "Reached maximum number of turns (1)"),
    ("claude", "budget"): (False, False, True, "Reached maximum budget ($0.0001)"),
    ("claude", "ratelimit-retried"): (False, True, False, "the API kept failing (HTTP 429 rate_limit, claude retry 7 of 10)"),
    ("codex", "servererror"): (False, True, False, "high demand"),
    ("codex", "ratelimit"): (False, True, False, "last status: 429"),
    ("codex", "auth"): (False, False, True, "401 Unauthorized"),
    ("codex", "hang"): (False, True, False, "timed out"),
    ("codex", "lostsession"): (False, True, False, "no rollout found for thread id"),
    ("opencode", "lostsession"): (False, True, False, "Session not found"),
    ("codex", "ratelimit-retried"): (False, True, False, "codex: exceeded retry limit, last status: 429"),
    ("opencode", "servererror"): (False, True, False, "Internal server error (HTTP 500)"),
    ("opencode", "ratelimit"): (False, True, False, "(HTTP 429)"),
    ("opencode", "auth"): (False, False, True, "invalid x-api-key (HTTP 401)"),
    ("opencode", "denied"): (False, False, True, "denied permission for external_directory (/etc/*)"),
    ("opencode", "dblocked"): (False, True, False, "Failed query"),
    ("opencode", "hang"): (False, True, False, "timed out"),
}


@pytest.mark.parametrize("tool,case", sorted(VERDICTS))
def test_recorded_real_failures_get_the_right_verdict(tool, case):
    ok, transient, permanent, said = VERDICTS[(tool, case)]
    outcome = replayed(tool, case, text="It was refused.\nDELIVERABLE: nothing fetched")
    assert (outcome.ok, outcome.transient, outcome.permanent) == (ok, transient, permanent), outcome
    assert said in outcome.error, outcome.error
    assert "\x1b" not in outcome.error + outcome.summary + outcome.text


def test_recorded_specifics():
    for tool in RECORDED_TOOLS:  # the retry must not resume the lost session
        assert replayed(tool, "lostsession").session is None, tool
    root = replayed("claude", "root")
    assert root.blocked and "IS_SANDBOX=1" in root.actions[0]
    assert "TASK_RUNNER_MAX_TURNS" in replayed("claude", "maxturns").actions[0]
    assert replayed("claude", "budget").blocked.startswith("it reached its cost limit (TASK_RUNNER_MAX_COST_USD)")
    assert replayed("claude", "denied").denials == ["Bash(curl -s http://127.0.0.1:9/x -o out.txt)"]
    assert replayed("opencode", "denied").denials == ["external_directory (/etc/*)"]


@pytest.mark.parametrize("tool", RECORDED_TOOLS)
def test_recorded_success_carries_session_tokens_and_cost(tool):
    outcome = replayed(tool, "success", text="Hi.\nDELIVERABLE: said hi", session="S-42")
    assert outcome.ok and outcome.deliverable == "said hi" and outcome.session == "S-42"
    assert outcome.tokens == {"claude": {"input": 12, "output": 7, "cache_read": 0, "cache_write": 0},
                              "codex": {"input": 12, "output": 7, "cache_read": 0, "reasoning": 0},
                              "opencode": {"input": 12, "output": 7, "reasoning": 0, "cache_read": 0,
                                           "cache_write": 0}}[tool]
    assert (outcome.cost_usd is not None) == (tool != "codex")


def json_keys(stdout: str) -> list:
    """The shape of a JSON Lines output: each line's keys, in order."""
    return [sorted(json.loads(line)) for line in stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("tool", RECORDED_TOOLS)
@pytest.mark.parametrize("mode,case", [("success", "success"), ("ratelimit", "ratelimit"), ("auth", "auth")])
def test_fakes_print_the_recorded_bytes(tool, mode, case, tmp_path):
    _launch, done, _outcome = attempt(tool, tmp_path, mode)
    record = json.loads((RECORDED / tool / f"{case}.json").read_text(encoding="utf-8"))
    assert json_keys(done.stdout) == json_keys(record["stdout"])
    assert done.returncode == record["exit"]


@pytest.mark.parametrize("tool", TOOLS)
def test_success_is_read_from_the_terminal_event(tool, tmp_path):
    launch, _done, outcome = attempt(tool, tmp_path, "success")
    assert outcome.ok, outcome
    assert outcome.deliverable == "finished T-07 (fake result)"
    assert outcome.summary == "finished T-07 (fake result)"
    assert outcome.session  # pre-assigned or captured
    if launch.session:
        assert outcome.session == launch.session


@pytest.mark.parametrize("tool", TOOLS)
def test_error_result_fails_and_is_not_transient(tool, tmp_path):
    _, _done, outcome = attempt(tool, tmp_path, "error")
    assert not outcome.ok and not outcome.transient and not outcome.permanent, outcome
    assert outcome.error


@pytest.mark.parametrize("tool", TOOLS)
def test_rate_limit_is_transient(tool, tmp_path):
    _, _, outcome = attempt(tool, tmp_path, "ratelimit")
    assert not outcome.ok and outcome.transient, outcome


@pytest.mark.parametrize("tool", RECORDED_TOOLS)
def test_question_needs_the_user(tool, tmp_path):
    _, _, outcome = attempt(tool, tmp_path, "question")
    assert not outcome.ok and outcome.permanent and outcome.question == "deploy to eu-1 or us-2?"


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("mode", ["crash", "garbage", "noterminal"])
def test_no_terminal_event_is_a_failure_even_with_exit_0(tool, mode, tmp_path):
    _, done, outcome = attempt(tool, tmp_path, mode)
    if mode != "crash":
        assert done.returncode == 0
    assert not outcome.ok
    assert "without a final result" in outcome.error or "before a final result" in outcome.error
    assert "\x1b" not in outcome.error


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
    assert not outcome.ok and not outcome.transient and outcome.permanent
    assert outcome.blocked == "the staging credentials are missing"
    assert outcome.actions == ["add STAGING_TOKEN to ~/.openclaw/.env", "retry T-07"]


@pytest.mark.parametrize("tool", TOOLS)
def test_prompt_goes_on_stdin_whatever_its_size(tool, tmp_path):
    log = tmp_path / "calls.jsonl"
    nasty = "Task T-07. FAKE:success; rm -rf / $(touch pwned) `id` \"quoted\" 'single'\n" + "x" * 200_000
    module = backend(tool)
    run = make_run(tmp_path)
    launch = module.build({"id": "T-07", "type": "unknown"}, nasty, run)
    assert launch.stdin == nasty and not any(nasty in arg for arg in launch.argv)
    done = run_launch(launch, tmp_path, run_dir=run.run_dir, FAKE_LOG=log)
    call = json.loads(log.read_text())
    assert call["prompt"] == nasty
    assert module.outcome(done.stdout, done.stderr, done.returncode, False).ok
    assert not (tmp_path / "pwned").exists()


def test_flags_match_the_real_headless_modes(tmp_path):
    def build(tool, **settings):
        return backend(tool).build({"id": "T-07"}, "P", make_run(tmp_path, **settings))

    claude = build("claude").argv
    assert claude[:5] == ["claude", "-p", "--output-format", "stream-json", "--verbose"] and "P" not in claude
    assert "--session-id" in claude and "--permission-mode" in claude
    assert build("claude", resume="abc").argv[-2:] == ["--resume", "abc"]
    assert build("codex").argv[:3] == ["codex", "exec", "--json"] and build("codex").argv[-1] == "-"
    assert build("codex", resume="th1").argv[-3:] == ["resume", "th1", "-"]
    assert build("opencode").argv[:4] == ["opencode", "run", "--format", "json"]
    assert build("opencode", resume="ses_1").argv[-2:] == ["--session", "ses_1"]
    openclaw = build("openclaw").argv
    assert openclaw[:4] == ["openclaw", "agent", "--message-file", str(tmp_path / "run" / "stdin.txt")]
    assert "--json" in openclaw and build("openclaw").stdin == "P"
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
    assert "--auto" in backend("opencode").build({"id": "T-1"}, "P", run).argv


def test_fakes_are_executable():
    for tool in TOOLS:
        assert os.access(FAKE_DIR / tool, os.X_OK), tool


def test_openclaw_that_cannot_start_is_permanent_with_its_fix():
    stdout = ('{\n  "ok": false,\n  "error": {\n    "type": "cli_error",\n    "message": "gateway agent requires '
              'credentials before opening a websocket\\nFix: configure gateway.auth token/password, pair this device, '
              'or pass --token/--password.\\nConfig: /h/.openclaw/openclaw.json"\n  }\n}\n')
    outcome = backend("openclaw").outcome(stdout, "gateway agent requires credentials…", 1, False)
    assert not outcome.ok and outcome.permanent and not outcome.transient
    assert outcome.error.startswith("openclaw: gateway agent requires credentials") and "Fix: configure" in outcome.error
