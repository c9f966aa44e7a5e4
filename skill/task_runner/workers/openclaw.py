"""OpenClaw's own agent CLI: ``openclaw agent --message-file RUN_DIR/stdin.txt --json``.

From docs.openclaw.ai/cli/agent and src/commands/agent-via-gateway.ts: one
agent turn through the Gateway (falling back to the embedded runtime when the
Gateway is unreachable); at least one session selector is required, so each
first attempt pre-assigns ``--session-id`` and a retry reuses it.
``--timeout SECONDS`` bounds the turn. The prompt goes in the file the
supervisor writes the launch's stdin text to (``--message-file``, OpenClaw
2026.9: a UTF-8 file of up to 4 MiB), so a prompt of any length fits where an
argv element stops at 128 KiB. With ``--json`` it prints one
pretty-printed JSON document: via the Gateway ``{"runId", "status",
"summary", "result": {"payloads": [{"text"}], "meta"}}``, embedded
``{"payloads", "meta"}``. ``status`` other than "ok", or ``meta.error`` /
``meta.aborted``, is a failure. A run that cannot start prints (2026.9.6, exit 1)
``{"ok": false, "error": {"type": "cli_error", "message": "gateway agent requires
credentials …\nFix: …"}}``: permanent, the next attempt would fail the same way.
"""

import os
import uuid

from task_runner.rundir import STDIN
from task_runner.workers.base import (
    Launch,
    judged,
    last_json_document,
    no_terminal,
    option,
)


def build(task: dict, prompt: str, run) -> Launch:
    session = run.resume_session or f"task-runner-{task['id']}-{uuid.uuid4().hex[:12]}"
    argv = ["openclaw", "agent", "--message-file", os.path.join(run.run_dir, STDIN), "--session-id", session,
            "--json", "--timeout", str(max(1, int(run.timeout_s)))]
    argv += option(run, "TASK_RUNNER_OPENCLAW_AGENT", "--agent")
    return Launch(argv, stdin=prompt, session=session)


def refusal(environ=None) -> str | None:
    """Why this worker cannot start here: under OpenClaw's exec tool (``OPENCLAW_SHELL=exec``) the
    gateway refuses a nested ``openclaw agent`` ("Gateway agent from agent exec would lose
    inter-session attribution"), so every attempt would fail the same way."""
    from task_runner.workers import inside_openclaw

    if inside_openclaw(environ):
        return ("the openclaw worker cannot run under OpenClaw's exec tool (OpenClaw refuses a nested "
                "`openclaw agent`); use the agent worker (TASK_RUNNER_WORKER=agent), where the agent "
                "spawns the sub-agent itself with sessions_spawn")
    return None


def preflight(task: dict, setting):
    """(reason, steps) when run under OpenClaw's exec tool, which refuses a nested ``openclaw agent``."""
    reason = refusal()
    if reason:
        return (reason, ["Use TASK_RUNNER_WORKER=agent: the agent spawns the sub-agent itself"])
    return None


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    document = last_json_document(stdout)
    if document is not None and document.get("ok") is False and isinstance(document.get("error"), dict):
        failure = document["error"]
        return judged(False, "", error=f"openclaw: {failure.get('message') or failure.get('type') or 'error'}",
                      timed_out=timed_out, permanent=failure.get("type") == "cli_error")
    if document is None or not ("payloads" in document or "status" in document or "result" in document):
        return no_terminal("openclaw", exit_code, timed_out, stderr)
    result = document.get("result") if isinstance(document.get("result"), dict) else document
    meta = result.get("meta") if isinstance(result.get("meta"), dict) else {}
    payloads = result.get("payloads") if isinstance(result.get("payloads"), list) else []
    text = "\n".join(str(p.get("text")) for p in payloads if isinstance(p, dict) and p.get("text"))
    session = (meta.get("agentMeta") or {}).get("sessionId") if isinstance(meta.get("agentMeta"), dict) else None
    status = document.get("status", "ok")
    error = None
    if status != "ok":
        error = str(document.get("summary") or document.get("error") or f"status {status}")
    elif meta.get("error"):
        detail = meta["error"]
        error = str(detail.get("message") if isinstance(detail, dict) else detail)
    elif meta.get("aborted"):
        error = "the agent run was aborted"
    return judged(error is None, text, session=session, error=error, timed_out=timed_out, stderr=stderr)
