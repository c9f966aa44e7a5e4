"""Claude Code in print mode: ``claude -p PROMPT --output-format stream-json --verbose``.

Documented flags (docs.anthropic.com/en/docs/claude-code/cli-reference and the
headless docs): ``-p/--print`` runs one non-interactive turn. ``--output-format
json`` prints one result object at the very end ``{"type": "result",
"subtype": "success" | "error_max_turns" | "error_during_execution",
"is_error", "result", "session_id", ...}``; ``stream-json`` (which needs
``--verbose`` in print mode) prints one event per line as the run goes and
ends with that same result object. We use the stream so ``task-runner logs
--follow`` shows progress and a silent, stuck run can be told from a busy one;
the outcome reader accepts both forms. ``--session-id UUID`` pre-assigns the
session of a first attempt; ``--resume ID`` continues the previous attempt's
session after a transient failure; ``--permission-mode`` decides what the
worker may do unattended.
"""

import uuid

from task_runner.workers.base import Launch, json_lines, judged, last_json_document, no_terminal, option

PERMISSION_MODES = {"edits": "acceptEdits", "full": "bypassPermissions"}


def build(task: dict, prompt: str, run) -> Launch:
    permissions = run.setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits")
    argv = ["claude", "-p", prompt, "--output-format", "stream-json", "--verbose",
            "--permission-mode", PERMISSION_MODES.get(permissions, permissions)]
    argv += option(run, "TASK_RUNNER_CLAUDE_MODEL", "--model")
    if run.resume_session:
        argv += ["--resume", run.resume_session]
        return Launch(argv, session=run.resume_session)
    session = str(uuid.uuid4())
    argv += ["--session-id", session]
    return Launch(argv, session=session)


def _result_event(stdout: str):
    document = last_json_document(stdout)
    if document and document.get("type") == "result":
        return document
    results = [event for event in json_lines(stdout) if event.get("type") == "result"]
    return results[-1] if results else None


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    event = _result_event(stdout)
    if event is None:
        return no_terminal("claude", exit_code, timed_out, stderr)
    text = event.get("result") if isinstance(event.get("result"), str) else ""
    ok = event.get("subtype") == "success" and not event.get("is_error")
    error = None
    if not ok:
        error = text.strip() or f"claude ended with {event.get('subtype') or 'an error'}"
    return judged(ok, text, session=event.get("session_id"), error=error, timed_out=timed_out, stderr=stderr)
