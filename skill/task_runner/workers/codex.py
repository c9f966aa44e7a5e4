"""OpenAI Codex CLI: ``codex exec --json PROMPT`` (JSON Lines on stdout).

Documented in openai/codex docs/exec.md ("Non-interactive mode"): ``--json``
streams ``thread.started`` (with ``thread_id``), ``turn.started``,
``item.*`` (the final answer is an ``agent_message`` item), then
``turn.completed`` or ``turn.failed`` (``error.message``); ``error`` events
carry stream-level failures. ``codex exec --json [flags] resume THREAD_ID
PROMPT`` continues a previous thread. ``--skip-git-repo-check`` because a
task's workdir need not be a repository; ``--sandbox`` sets what it may touch.
"""

from task_runner.workers.base import Launch, json_lines, judged, no_terminal, option

SANDBOXES = {"edits": "workspace-write", "full": "danger-full-access"}


def build(task: dict, prompt: str, run) -> Launch:
    permissions = run.setting("TASK_RUNNER_WORKER_PERMISSIONS", "edits")
    argv = ["codex", "exec", "--json", "--skip-git-repo-check",
            "--sandbox", SANDBOXES.get(permissions, permissions)]
    argv += option(run, "TASK_RUNNER_CODEX_MODEL", "--model")
    if run.resume_session:
        argv += ["resume", run.resume_session]
    argv.append(prompt)
    return Launch(argv, session=run.resume_session)


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    thread = None
    text = ""
    terminal = None
    errors = []
    for event in json_lines(stdout):
        kind = event.get("type")
        if kind == "thread.started":
            thread = event.get("thread_id") or thread
        elif kind == "item.completed":
            item = event.get("item") or {}
            if item.get("type") == "agent_message" and isinstance(item.get("text"), str):
                text = item["text"]
        elif kind in ("turn.completed", "turn.failed"):
            terminal = event
        elif kind == "error":
            errors.append(str(event.get("message") or "error"))
    if terminal is None:
        if errors:
            return judged(False, text, session=thread, error=errors[-1], timed_out=timed_out)
        return no_terminal("codex", exit_code, timed_out, stderr, session=thread, text=text)
    if terminal["type"] == "turn.failed":
        error = ((terminal.get("error") or {}).get("message")) or (errors[-1] if errors else "turn failed")
        return judged(False, text, session=thread, error=error, timed_out=timed_out)
    return judged(True, text, session=thread, timed_out=timed_out, stderr=stderr)
