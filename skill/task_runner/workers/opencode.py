"""opencode: ``opencode run --format json PROMPT`` (JSON Lines on stdout).

From opencode's ``run`` command (packages/opencode/src/cli/cmd/run.ts): with
``--format json`` every event is ``{"type", "timestamp", "sessionID", ...}``:
``step_start``, ``text`` (``part.text``), ``tool_use``, ``step_finish``
(``part.reason``: "tool-calls" between steps, "stop" at the end) and
``error`` (``error.name``, ``error.data.message``). ``--session ID`` continues
a session; ``--dir`` sets the working folder; ``--dangerously-skip-permissions``
approves what is not explicitly denied (only with full permissions).
"""

from task_runner.workers.base import Launch, json_lines, judged, no_terminal, option

# A step that ended for one of these reasons is not a finished answer.
UNFINISHED_REASONS = {"tool-calls", "length", "content-filter", "error", "unknown"}


def build(task: dict, prompt: str, run) -> Launch:
    argv = ["opencode", "run", "--format", "json", "--dir", run.workdir]
    if run.setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits") == "full":
        argv.append("--dangerously-skip-permissions")
    argv += option(run, "TASK_RUNNER_OPENCODE_MODEL", "--model")
    if run.resume_session:
        argv += ["--session", run.resume_session]
    argv.append(prompt)
    return Launch(argv, session=run.resume_session)


def _error_text(event: dict) -> tuple:
    error = event.get("error") or {}
    data = error.get("data") or {}
    message = data.get("message") or error.get("message") or error.get("name") or "error"
    status = data.get("statusCode")
    transient = bool(data.get("isRetryable")) or status == 429 or (isinstance(status, int) and status >= 500)
    return str(message), transient


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    session = None
    texts = []
    finish = None
    error = None
    retryable = False
    for event in json_lines(stdout):
        session = event.get("sessionID") or session
        kind = event.get("type")
        part = event.get("part") or {}
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "step_finish":
            finish = part
        elif kind == "error":
            error, retryable = _error_text(event)
    text = "\n".join(texts)
    if error:
        outcome_ = judged(False, text, session=session, error=error, timed_out=timed_out)
        outcome_.transient = outcome_.transient or retryable
        return outcome_
    if finish is None:
        return no_terminal("opencode", exit_code, timed_out, stderr, session=session, text=text)
    if finish.get("reason") in UNFINISHED_REASONS or timed_out:
        why = "timed out" if timed_out else f"stopped with reason {finish.get('reason')!r}"
        return judged(False, text, session=session, error=f"opencode {why}", timed_out=timed_out)
    return judged(True, text, session=session, stderr=stderr)
