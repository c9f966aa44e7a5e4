"""A configured command: ``TASK_RUNNER_WORKER_COMMAND`` as an argv template.

The template is split once with shlex (so the user's quoting holds); then
``{prompt}``, ``{id}``, ``{workdir}`` and ``{session}`` are substituted inside
each element, so a prompt with spaces, quotes or ``;`` stays one argv element
and never reaches a shell. A template without ``{prompt}`` gets the prompt on
stdin instead, which fits a prompt of any length (an argv element is limited
to 128 KiB). A wrapped tool has no terminal event we know, so
the report lines are its terminal event: exit 0 with ``DELIVERABLE:`` or
``DELIVERABLE_PATH:`` succeeds; exit 0 without them, or ``BLOCKED:``, fails.
"""

import shlex
import uuid

from task_runner import procinfo
from task_runner.workers.base import Launch, judged, no_terminal, parse_report, tail

PLACEHOLDERS = ("prompt", "id", "workdir", "session")


def build(task: dict, prompt: str, run) -> Launch:
    template = run.setting("TASK_RUNNER_WORKER_COMMAND", None)
    if not template:
        raise ValueError("the command worker needs TASK_RUNNER_WORKER_COMMAND (an argv template with {prompt})")
    session = run.resume_session or str(uuid.uuid4())
    values = {"prompt": prompt, "id": task["id"], "workdir": run.workdir, "session": session}
    argv = [_substitute(part, values) for part in shlex.split(template)]
    stdin = None if "{prompt}" in template else prompt
    return Launch(argv, stdin=stdin, session=session)


def preflight(task: dict, setting):
    """(reason, steps) when the template is unset, unparsable, or names a program not on PATH."""
    template = setting("TASK_RUNNER_WORKER_COMMAND", None)
    steps = ["Set TASK_RUNNER_WORKER_COMMAND to an argv template, e.g. mytool --task {id} {prompt}"]
    try:
        program = shlex.split(template)[0] if template else None
    except (ValueError, IndexError):
        return f"TASK_RUNNER_WORKER_COMMAND is not a valid argv template: {template!r}", steps
    if not program:
        return "the command worker needs TASK_RUNNER_WORKER_COMMAND", steps
    if not procinfo.which(program):
        return f"the worker command {program!r} (TASK_RUNNER_WORKER_COMMAND) is not found on PATH", steps
    return None


def _substitute(part: str, values: dict) -> str:
    # One pass over the element: text substituted in is never scanned again.
    out, i = [], 0
    while i < len(part):
        for name in PLACEHOLDERS:
            token = "{" + name + "}"
            if part.startswith(token, i):
                out.append(values[name])
                i += len(token)
                break
        else:
            out.append(part[i])
            i += 1
    return "".join(out)


def outcome(stdout: str, stderr: str, exit_code, timed_out: bool):
    report = parse_report(stdout)
    text = tail(stdout, 20000)
    if timed_out or not (report["blocked"] or report["deliverable"] or report["deliverable_path"]
                        or report["question"]):
        return no_terminal("the worker command", exit_code, timed_out, stderr, text=text,
                           missing="a DELIVERABLE, BLOCKED or QUESTION line")
    error = None if exit_code == 0 else f"exit status {exit_code}: {tail(stderr, 500)}"
    return judged(exit_code == 0, text, error=error, stderr=stderr)
