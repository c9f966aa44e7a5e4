"""OpenAI Codex CLI: ``codex exec --json [flags] [resume THREAD] -`` (prompt on stdin, JSON Lines out).

``-`` makes ``codex exec`` (and ``exec resume``) read the prompt from stdin, so a prompt of any
length fits; a prompt given as an argument would also get a piped stdin appended. Events
(codex 0.171.0, observed against a scripted model server, see tests/real_cli/):
``thread.started{thread_id}`` → ``item.completed{type:"error"}`` warnings (not failures) →
``turn.started`` → ``item.completed{type:"agent_message", text}`` → ``turn.completed{usage}``.
A failed turn prints ``{"type":"error","message":"Reconnecting... n/5 (…)"}`` per retry, a final
``error`` and ``turn.failed{error.message}``; the texts carry no status code for HTTP 500 ("We’re
currently experiencing high demand, which may cause temporary errors."), and read "exceeded
retry limit, last status: 429 Too Many Requests" and "unexpected status 503 Service
Unavailable: …" / "unexpected status 401 Unauthorized: …" otherwise; signals.classify knows them.
Flags before ``resume THREAD`` still apply. ``--skip-git-repo-check`` because a task's workdir
need not be a repository; ``--sandbox`` sets what it may touch (a command the sandbox refuses
is only visible to the model, which then reports BLOCKED).
"""


from task_runner.workers.base import (
    Launch,
    json_lines,
    judged,
    no_terminal,
    numbers,
    option,
)

SANDBOXES = {"edits": "workspace-write", "full": "danger-full-access"}
USAGE = {"input_tokens": "input", "output_tokens": "output", "cached_input_tokens": "cache_read",
         "reasoning_output_tokens": "reasoning"}


def build(task: dict, prompt: str, run) -> Launch:
    permissions = run.setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits") or "edits"
    argv = ["codex", "exec", "--json", "--skip-git-repo-check", "--sandbox", SANDBOXES.get(permissions, permissions)]
    argv += option(run, "TASK_RUNNER_CODEX_MODEL", "--model")
    if run.resume_session:
        argv += ["resume", run.resume_session]
    return Launch(argv + ["-"], stdin=prompt, session=run.resume_session)



def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    thread = None
    text = ""
    terminal = None
    errors = []
    for event in json_lines(stdout):
        kind = event.get("type")
        if kind == "thread.started":
            thread = event.get("thread_id") if isinstance(event.get("thread_id"), str) else thread
        elif kind == "item.completed":
            item = event.get("item") if isinstance(event.get("item"), dict) else {}
            if item.get("type") == "agent_message" and isinstance(item.get("text"), str):
                text = item["text"]
        elif kind in ("turn.completed", "turn.failed"):
            terminal = event
        elif kind == "error" and not str(event.get("message") or "").startswith("Reconnecting..."):
            errors.append(str(event.get("message") or "error"))
    if terminal is None:
        if errors:
            return judged(False, text, session=thread, error=errors[-1], timed_out=timed_out)
        return no_terminal("codex", exit_code, timed_out, stderr, session=thread, text=text)
    if terminal["type"] == "turn.failed":
        failure = terminal.get("error") if isinstance(terminal.get("error"), dict) else {}
        error = str(failure.get("message") or (errors[-1] if errors else "the turn failed"))
        return judged(False, text, session=thread, error=f"codex: {error}", timed_out=timed_out)
    return judged(True, text, session=thread, timed_out=timed_out, stderr=stderr,
                  tokens=numbers(terminal.get("usage"), USAGE))
