"""opencode: ``opencode run --format json --dir WORKDIR`` (prompt on stdin, JSON Lines out).

With no message argument ``opencode run`` reads the message from stdin, so a prompt of any
length fits. Events (opencode 1.18.33, observed against a scripted model server, see
tests/real_cli/), each ``{"type", "timestamp", "sessionID", "part"|"error"}``: ``step_start``,
``text`` (``part.text``), ``tool_use`` (``part.tool``, ``part.state.status``/``input``/``error``),
``step_finish`` (``part.reason``: "tool-calls" between steps, "stop" at the end; ``part.tokens``,
``part.cost``) and ``error`` (``error.name``, ``error.data.message``/``statusCode``/``isRetryable``).
Nothing is printed before the model's first chunk.

A permission it may not ask for is rejected: the run ends with ``reason: "tool-calls"``, a
``tool_use`` part in state "error" ("The user rejected permission to use this specific tool
call.") and a stderr line ``permission requested: external_directory (/etc/*); auto-rejecting``
(in ANSI colour): failed, permanent, the permission named. Concurrent first runs can fail on
opencode's SQLite before any event ("database is locked", "Failed query: CREATE TABLE …"):
transient. ``--session ID`` continues a session; ``--auto`` approves what is not explicitly
denied (only with full permissions).
"""

import re

from task_runner.workers.base import (
    Launch,
    finite_or_none,
    json_lines,
    judged,
    no_terminal,
    numbers,
    option,
)
from task_runner.workers.signals import status_verdict, strip_escapes

# A step that ended for one of these reasons is not a finished answer.
UNFINISHED_REASONS = {"tool-calls", "length", "content-filter", "error", "unknown"}
PERMANENT_ERRORS = {"ProviderAuthError", "ProviderModelNotFoundError", "ModelNotFoundError"}
REJECTED = "rejected permission"
_ASKED_RE = re.compile(r"permission requested:\s*(.+?);\s*auto-rejecting")
TOKENS = {"input": "input", "output": "output", "reasoning": "reasoning"}
CACHE_TOKENS = {"read": "cache_read", "write": "cache_write"}


def build(task: dict, prompt: str, run) -> Launch:
    argv = ["opencode", "run", "--format", "json", "--dir", run.workdir]
    if run.setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits") == "full":
        argv.append("--auto")
    argv += option(run, "TASK_RUNNER_OPENCODE_MODEL", "--model")
    if run.resume_session:
        argv += ["--session", run.resume_session]
    return Launch(argv, stdin=prompt, session=run.resume_session)



def _api_error(event: dict) -> tuple:
    """(message, transient, permanent) of an ``error`` event."""
    error = event.get("error") if isinstance(event.get("error"), dict) else {}
    data = error.get("data") if isinstance(error.get("data"), dict) else {}
    message = str(data.get("message") or error.get("message") or error.get("name") or "error")
    verdict = status_verdict(data.get("statusCode"))
    transient = data.get("isRetryable") is True or verdict == "transient"
    permanent = not transient and (verdict == "permanent" or error.get("name") in PERMANENT_ERRORS)
    status = data.get("statusCode")
    return (f"{message} (HTTP {status})" if isinstance(status, int) else message), transient, permanent


def _rejected_tool(part: dict) -> str | None:
    state = part.get("state") if isinstance(part.get("state"), dict) else {}
    if state.get("status") != "error" or REJECTED not in str(state.get("error") or ""):
        return None
    given = state.get("input") if isinstance(state.get("input"), dict) else {}
    detail = given.get("command") or given.get("filePath") or given.get("path") or given.get("url")
    tool = str(part.get("tool") or "a tool")
    return f"{tool}({detail})" if detail else tool


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    session = None
    texts, rejected = [], []
    finish = api_error = None
    usage, cost = {}, None
    for event in json_lines(stdout):
        session = event.get("sessionID") if isinstance(event.get("sessionID"), str) else session
        kind = event.get("type")
        part = event.get("part") if isinstance(event.get("part"), dict) else {}
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "tool_use" and (name := _rejected_tool(part)):
            rejected.append(name)
        elif kind == "step_finish":
            finish = part
            cost = _add(cost, finite_or_none(part.get("cost")))
            _add_tokens(usage, part.get("tokens"))
        elif kind == "error":
            api_error = _api_error(event)
    text = "\n".join(texts)
    asked = _ASKED_RE.findall(strip_escapes(stderr))
    extra = {"session": session, "timed_out": timed_out, "cost_usd": cost, "tokens": usage or None}
    if asked or rejected:
        return judged(False, text, denials=asked or rejected, error=None, **extra)
    if api_error:
        message, transient, permanent = api_error
        return judged(False, text, error=f"opencode: {message}", transient=transient, permanent=permanent, **extra)
    if finish is None:
        return no_terminal("opencode", exit_code, timed_out, stderr, session=session, text=text)
    if finish.get("reason") in UNFINISHED_REASONS or timed_out:
        why = "timed out" if timed_out else f"stopped with reason {finish.get('reason')!r} before a final answer"
        return judged(False, text, error=f"opencode {why}", **extra)
    return judged(True, text, stderr=stderr, **extra)


def _add(total, value):
    return value if total is None else (total if value is None else total + value)


def _add_tokens(usage: dict, tokens) -> None:
    """Add one step's ``tokens`` ({input, output, reasoning, cache: {read, write}}) to ``usage``."""
    if not isinstance(tokens, dict):
        return
    counts = dict(numbers(tokens, TOKENS) or {}, **(numbers(tokens.get("cache"), CACHE_TOKENS) or {}))
    for key, value in counts.items():
        usage[key] = usage.get(key, 0) + int(value)
