"""The real claude, codex and opencode through our backends, judged by our outcome() (marker real_cli).

Each test runs the CLI installed by scripts/install-agent-clis.sh against tests/scripted_model.py
and asserts our verdict: what a user would be told, and whether we would retry. Skipped, with the
reason, when a CLI is not installed. The whole file takes about a minute (short timeouts, the
CLIs' own retries turned off or answered with Retry-After: 0).
"""

import os
import threading
import time
import uuid
from pathlib import Path

import pytest

from real_cli.harness import KINDS, attempt, explain, find, finish, start
from scripted_model import Reply, ScriptedModel, in_order
from task_runner.workers import preflight

pytestmark = pytest.mark.real_cli

DONE = "Hello there.\nDELIVERABLE: said hello to the user"
BLOCKED = ("I could not log in.\nBLOCKED: the staging credentials are missing\n"
           "ACTION: add STAGING_TOKEN to ~/.openclaw/.env\nACTION: reply retry T-01")
HANG_TIMEOUT = 6


@pytest.fixture(params=KINDS)
def kind(request):
    if not find(request.param):
        pytest.skip(f"{request.param} is not installed: run scripts/install-agent-clis.sh")
    return request.param


def test_success_with_deliverable(kind, tmp_path):
    result = attempt(kind, in_order(Reply(text=DONE)), tmp_path)
    outcome = result.outcome
    assert outcome.ok and not outcome.transient and not outcome.permanent, explain(result)
    assert outcome.deliverable == "said hello to the user"
    assert outcome.summary == "said hello to the user"
    assert outcome.session, explain(result)
    if result.launch.session:
        assert outcome.session == result.launch.session
    assert outcome.tokens and outcome.tokens["input"] > 0 and outcome.tokens["output"] > 0, outcome.tokens
    if kind == "claude":
        assert outcome.cost_usd is not None and outcome.cost_usd > 0


def test_blocked_with_actions_blocks_without_retry(kind, tmp_path):
    result = attempt(kind, in_order(Reply(text=BLOCKED)), tmp_path)
    outcome = result.outcome
    assert not outcome.ok and outcome.permanent and not outcome.transient, explain(result)
    assert outcome.blocked == "the staging credentials are missing"
    assert outcome.actions == ["add STAGING_TOKEN to ~/.openclaw/.env", "reply retry T-01"]


def test_a_question_waits_for_the_user(kind, tmp_path):
    result = attempt(kind, in_order(Reply(text="Two servers match.\nQUESTION: deploy to eu-1 or us-2?")), tmp_path)
    outcome = result.outcome
    assert not outcome.ok and outcome.permanent and outcome.question == "deploy to eu-1 or us-2?", explain(result)


@pytest.mark.parametrize("status", [500, 429])
def test_server_errors_and_rate_limits_are_transient(kind, status, tmp_path):
    result = attempt(kind, in_order(Reply(status=status)), tmp_path)
    outcome = result.outcome
    assert not outcome.ok and outcome.transient and not outcome.permanent, explain(result)
    assert outcome.error


def test_codex_unexpected_5xx_is_transient(tmp_path):
    if not find("codex"):
        pytest.skip("codex is not installed: run scripts/install-agent-clis.sh")
    result = attempt("codex", in_order(Reply(status=503)), tmp_path)
    assert result.outcome.transient and "unexpected status 503" in result.outcome.error, explain(result)


def test_bad_credentials_are_permanent(kind, tmp_path):
    result = attempt(kind, in_order(Reply(status=401)), tmp_path)
    outcome = result.outcome
    assert not outcome.ok and outcome.permanent and not outcome.transient, explain(result)


def test_a_model_that_never_answers_times_out_transiently(kind, tmp_path):
    result = attempt(kind, in_order(Reply(hang=True)), tmp_path, timeout=HANG_TIMEOUT)
    outcome = result.outcome
    assert result.timed_out, explain(result)
    assert not outcome.ok and outcome.transient and "timed out" in outcome.error, explain(result)


# What each CLI refuses at its default (edits) permission level, and how it says so.
DENIED = {
    "claude": ({"name": "Bash", "arguments": {"command": "curl -s http://127.0.0.1:9/x -o out.txt",
                                              "description": "fetch the page"}},
               "Bash(curl -s http://127.0.0.1:9/x -o out.txt)"),
    "opencode": ({"name": "read", "arguments": {"filePath": "/etc/hostname"}}, "external_directory (/etc/*)"),
}


def test_a_denied_permission_fails_permanently_and_names_it(kind, tmp_path):
    if kind == "codex":
        # codex's sandbox refuses inside the command (a read-only file system); nothing in --json
        # says so, only the model can: it reports BLOCKED, and the file was never written.
        probe = Path(f"/etc/task-runner-probe-{uuid.uuid4().hex[:8]}")
        call = {"name": "exec_command", "arguments": {"cmd": f"touch {probe}"}}
        text = "The sandbox refused.\nBLOCKED: writing under /etc is not allowed\nACTION: allow it"
        try:
            result = attempt(kind, in_order(Reply(tool_calls=[call]), Reply(text=text)), tmp_path)
            assert not probe.exists(), "codex's workspace-write sandbox let the command write /etc"
        finally:
            probe.unlink(missing_ok=True)
        assert not result.outcome.ok and result.outcome.permanent and result.outcome.blocked, explain(result)
        return
    call, named = DENIED[kind]
    after = Reply(text="It was refused.\nDELIVERABLE: nothing fetched")  # the worker even claims success
    result = attempt(kind, in_order(Reply(tool_calls=[call]), after), tmp_path)
    outcome = result.outcome
    assert not outcome.ok and outcome.permanent and not outcome.transient, explain(result)
    assert outcome.denials == [named], explain(result)
    assert named in outcome.error
    assert "\x1b" not in outcome.error + outcome.text + outcome.summary


def test_three_concurrent_first_runs_succeed_or_retry(kind, tmp_path):
    """Three attempts start at once with one fresh HOME (opencode's SQLite may be locked): none is lost."""
    home = tmp_path / "home"
    with ScriptedModel(in_order(Reply(text=DONE))) as model:
        runs = []
        for index in range(3):
            workdir = tmp_path / f"work{index}"
            workdir.mkdir()
            runs.append(start(kind, "Say hello.", home, workdir, model.url))
        began = time.monotonic()
        results = [None] * 3

        def wait(index: int) -> None:
            results[index] = finish(kind, *runs[index], 90, began, [])

        threads = [threading.Thread(target=wait, args=(index,)) for index in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    for result in results:
        outcome = result.outcome
        assert outcome.ok or (outcome.transient and not outcome.permanent), explain(result)
        assert "\x1b" not in (outcome.error or "")


def test_a_200_kb_prompt_reaches_the_model(kind, tmp_path):
    marker = uuid.uuid4().hex
    prompt = "Summarise the notes below.\n" + ("lorem ipsum dolor sit amet " * 7500) + f"\nEND {marker}"
    assert len(prompt.encode()) > 200_000
    result = attempt(kind, in_order(Reply(text=DONE)), tmp_path, prompt=prompt)
    assert result.outcome.ok, explain(result)
    assert result.launch.stdin == prompt and prompt not in result.launch.argv
    assert any(marker in str(body) for _, body in result.requests)


def test_resume_continues_the_stored_session(kind, tmp_path):
    first = attempt(kind, in_order(Reply(status=429)), tmp_path)
    session = first.outcome.session or first.launch.session
    if kind == "opencode" and not session:
        first = attempt(kind, in_order(Reply(text="Half way."), Reply(status=429)), tmp_path)
        session = first.outcome.session
    assert session, explain(first)
    second = attempt(kind, in_order(Reply(text=DONE)), tmp_path, resume=session)
    assert second.outcome.ok and second.outcome.session == session, explain(second)


LOST_SESSION = {"claude": "No conversation found with session ID", "codex": "no rollout found for thread id",
                "opencode": "Session not found"}


def test_resuming_a_lost_session_is_transient_and_starts_afresh(kind, tmp_path):
    lost = "ses_" + uuid.uuid4().hex[:24] if kind == "opencode" else str(uuid.uuid4())
    result = attempt(kind, in_order(Reply(text=DONE)), tmp_path, resume=lost)
    outcome = result.outcome
    assert not outcome.ok and outcome.transient and outcome.session is None, explain(result)
    assert LOST_SESSION[kind] in outcome.error
    assert "\x1b" not in outcome.error


def test_claude_as_root_with_bypass_permissions_is_refused_before_and_after(tmp_path, monkeypatch):
    if not find("claude"):
        pytest.skip("claude is not installed: run scripts/install-agent-clis.sh")
    if os.geteuid() != 0:
        pytest.skip("claude refuses bypassPermissions only as root; this run is not root")
    monkeypatch.delenv("IS_SANDBOX", raising=False)
    settings = {"TASK_RUNNER_WORKER_PERMISSIONS": "full"}
    refusal = preflight("claude", {"id": "T-01"}, lambda key, default=None: settings.get(key, default),
                        which=lambda name: find(name))
    assert refusal and "as root" in refusal[0] and any("IS_SANDBOX=1" in step for step in refusal[1])
    result = attempt("claude", in_order(Reply(text=DONE)), tmp_path, **settings)
    outcome = result.outcome
    assert not outcome.ok and outcome.permanent and not outcome.transient, explain(result)
    assert "cannot be used with root/sudo privileges" in outcome.error
    assert outcome.actions and "IS_SANDBOX=1" in outcome.actions[0]
