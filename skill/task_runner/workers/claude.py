"""Claude Code in print mode: ``claude -p --output-format stream-json --verbose`` (prompt on stdin).

``-p`` reads the prompt from stdin when none is given on the command line, so a prompt of any
length fits (an argv element is limited to 128 KiB). ``stream-json`` prints one event per line
and ends with the result object; we read every signal in it (claude 2.1.332, observed against a
scripted model server, see tests/real_cli/):

- ``subtype`` ("success", "error_during_execution", "error_max_turns"), ``is_error``, ``result``;
- ``api_error_status``: the HTTP status of a failed API call; 429/5xx/529 are transient whatever
  the text says, 401/403 permanent ("Invalid API key · Fix external API key");
- ``terminal_reason`` ("completed", "api_error", "max_turns", "budget_exhausted"): named when
  nothing else explains a failure; the last two are the limits the user set (``--max-turns``,
  ``--max-budget-usd``): permanent, a retry would spend them again;
- ``errors`` of ``error_during_execution``: kept as the error; "No conversation found with
  session ID" means the stored session is gone, so the retry starts a new one (no resume);
- ``permission_denials`` (``tool_name``, ``tool_input``): what ``--permission-mode acceptEdits``
  refused; the run still says "success", but it is not clean: failed, permanent, the denied
  commands named;
- ``total_cost_usd`` and ``usage``: the attempt's cost and tokens.

``--session-id UUID`` pre-assigns a first attempt's session (the result's ``session_id`` equals
it); ``--resume ID`` continues it. As root, ``bypassPermissions`` is refused
("--dangerously-skip-permissions cannot be used with root/sudo privileges") unless
``IS_SANDBOX=1``; preflight says so before any attempt.
"""

import os
import uuid

from task_runner.budget import attempt_flags
from task_runner.workers.base import (
    Launch,
    finite_or_none,
    json_lines,
    judged,
    last_json_document,
    no_terminal,
    numbers,
    one_line,
    option,
)
from task_runner.workers.signals import status_verdict

PERMISSION_MODES = {"edits": "acceptEdits", "full": "bypassPermissions"}
ROOT_REFUSAL = "cannot be used with root/sudo privileges"
ROOT_STEPS = ["Run task-runner as a non-root user, or set IS_SANDBOX=1 if this machine is a sandbox",
              "Or use TASK_RUNNER_WORKER_PERMISSIONS=edits"]
MISSING_SESSION = "No conversation found"
# Limits the user set (TASK_RUNNER_MAX_TURNS / TASK_RUNNER_MAX_COST_USD): a retry would spend them again.
LIMITS = {"max_turns": ("it reached its turn limit (TASK_RUNNER_MAX_TURNS)", "TASK_RUNNER_MAX_TURNS"),
          "budget_exhausted": ("it reached its cost limit (TASK_RUNNER_MAX_COST_USD)", "TASK_RUNNER_MAX_COST_USD")}
USAGE = {"input_tokens": "input", "output_tokens": "output", "cache_read_input_tokens": "cache_read",
         "cache_creation_input_tokens": "cache_write"}


def _permission_mode(setting) -> str:
    permissions = setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits") or "edits"
    return PERMISSION_MODES.get(permissions, permissions)


def build(task: dict, prompt: str, run) -> Launch:
    argv = ["claude", "-p", "--output-format", "stream-json", "--verbose",
            "--permission-mode", _permission_mode(run.setting)]
    argv += option(run, "TASK_RUNNER_CLAUDE_MODEL", "--model")
    argv += attempt_flags("claude", run.setting)  # TASK_RUNNER_MAX_TURNS, TASK_RUNNER_MAX_COST_USD
    if run.resume_session:
        return Launch(argv + ["--resume", run.resume_session], stdin=prompt, session=run.resume_session)
    session = str(uuid.uuid4())
    return Launch(argv + ["--session-id", session], stdin=prompt, session=session)


def preflight(task: dict, setting):
    """(reason, steps) when claude would refuse to start: bypassPermissions as root."""
    if _permission_mode(setting) == "bypassPermissions" and _is_root() and os.environ.get("IS_SANDBOX") != "1":
        return "claude refuses bypassPermissions (TASK_RUNNER_WORKER_PERMISSIONS=full) as root", list(ROOT_STEPS)
    return None


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _result_event(stdout: str):
    document = last_json_document(stdout)
    if document and document.get("type") == "result":
        return document
    results = [event for event in json_lines(stdout) if event.get("type") == "result"]
    return results[-1] if results else None


def _denial(entry) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    tool = str(entry.get("tool_name") or "a tool")
    given = entry.get("tool_input") if isinstance(entry.get("tool_input"), dict) else {}
    detail = given.get("command") or given.get("file_path") or given.get("path") or given.get("url")
    return f"{tool}({detail})" if detail else tool


def _last_retry(stdout: str) -> str:
    """What claude was retrying when it was cut off (its ``system/api_retry`` events), or ""."""
    retries = [event for event in json_lines(stdout) if event.get("subtype") == "api_retry"]
    if not retries:
        return ""
    last = retries[-1]
    return f"; the API kept failing (HTTP {last.get('error_status')} {last.get('error') or ''}".rstrip() + \
        f", claude retry {last.get('attempt')} of {last.get('max_retries')})"


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    event = _result_event(stdout)
    if event is None:
        result = no_terminal("claude", exit_code, timed_out, stderr)
        if ROOT_REFUSAL in stderr:
            result.permanent, result.transient = True, False
            result.blocked, result.actions = "claude refuses bypassPermissions as root", list(ROOT_STEPS)
        elif _last_retry(stdout):
            result.error += _last_retry(stdout)
            result.summary = one_line(result.error)
            result.transient, result.permanent = True, False
        return result
    text = event.get("result") if isinstance(event.get("result"), str) else ""
    ok = event.get("subtype") == "success" and not event.get("is_error")
    session = event.get("session_id") if isinstance(event.get("session_id"), str) else None
    errors = [str(item) for item in event.get("errors") or () if item] if isinstance(event.get("errors"), list) else []
    error = transient = permanent = None
    reason = event.get("terminal_reason") if isinstance(event.get("terminal_reason"), str) else None
    if not ok:
        error = "; ".join(errors) or text.strip() or (
            f"claude ended with {event.get('subtype') or 'an error'}" + (f" ({reason})" if reason else ""))
        verdict = status_verdict(event.get("api_error_status"))
        if verdict:
            transient, permanent = verdict == "transient", verdict == "permanent"
        if any(MISSING_SESSION in item for item in errors):
            transient, permanent, session = True, False, None  # start afresh: the stored session is gone
        if reason in LIMITS:
            transient, permanent = False, True
    denials = [_denial(entry) for entry in event.get("permission_denials") or ()] \
        if isinstance(event.get("permission_denials"), list) else []
    result = judged(ok, text, session=session, error=error, timed_out=timed_out, stderr=stderr, transient=transient,
                    permanent=permanent, denials=denials, cost_usd=finite_or_none(event.get("total_cost_usd")),
                    tokens=numbers(event.get("usage"), USAGE))
    limit = LIMITS.get(reason) if not ok and reason else None
    if limit and not result.blocked:
        result.blocked = f"{limit[0]}: {result.error}"
        result.actions = [f"Raise {limit[1]} (or unset it), then reply retry", "Or split the task into smaller ones"]
    return result
