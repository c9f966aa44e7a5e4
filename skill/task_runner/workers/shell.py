"""The task's own command, run with ``/bin/sh -c`` in its workdir (opt-in).

The only place user text meets a shell: the user wrote this command for a
shell. Its terminal event is its exit status; stdout's last line is the
summary, and report lines (``DELIVERABLE_PATH: out.csv``) are honoured.
"""

from task_runner.workers.base import Launch, judged, one_line, tail


def build(task: dict, prompt: str, run) -> Launch:
    command = task.get("command")
    if not command:
        raise ValueError(f"{task['id']} has no command for the shell worker")
    return Launch(["/bin/sh", "-c", command])


def preflight(task: dict, setting):
    if str(setting("TASK_RUNNER_SHELL", None) or "").strip().lower() not in ("1", "true", "yes", "on"):
        return ("the shell worker runs a task's command only when TASK_RUNNER_SHELL=1 is set",
                ["Set TASK_RUNNER_SHELL=1 in the environment or the workspace's TOOLS.md if these commands "
                 "may run with /bin/sh", "Or pick another worker: TASK_RUNNER_WORKER=claude|codex|opencode|agent"])
    if not task.get("command"):
        return (f"{task.get('id', 'the task')} has no command for the shell worker",
                ["Give it one (task-runner add --command …), or pick another worker"])
    return None


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    text = tail(stdout)
    if timed_out:
        return judged(False, text, error="the command timed out", timed_out=True)
    if exit_code != 0:
        why = f"killed by signal {-exit_code}" if exit_code is not None and exit_code < 0 else f"exit status {exit_code}"
        detail = tail(stderr, 500) or tail(stdout, 500)
        return judged(False, text, error=f"{why}: {detail}" if detail else why, stderr=stderr)
    result = judged(True, text, stderr=stderr)
    if not result.deliverable and result.ok:
        lines = [line for line in text.splitlines() if line.strip()]
        result.summary = one_line(lines[-1]) if lines else "command succeeded (exit 0, no output)"
    return result
