"""Push notices the moment a pass records them, through every route the user configured.

A notice (done, blocked, lost, stalled, a question) used to wait for the next
pass somebody read. After a pass that recorded one, background.after_pass hands
it here (in the supervisor or clock that ran the pass, or a detached
``python -m task_runner.notify DIR``), and ``push`` serves every route:

- ``notify``: ``TASK_RUNNER_NOTIFY``, a command template split like a shell
  would (shlex) but run WITHOUT a shell, once per notice, with ``{id}``,
  ``{status}`` (the notice's kind), ``{text}`` (the notice as the user reads
  it) and ``{deliverable}`` replaced inside each argument (also in the
  environment as ``TASK_RUNNER_NOTICE_ID/STATUS/TEXT/DELIVERABLE``). Each run
  is bounded by ``TASK_RUNNER_NOTIFY_TIMEOUT`` (10 s), after which its process
  group is killed; a failure is logged to ``task-runner.log`` and never retried.
- ``wake``: under OpenClaw's exec tool (or with ``TASK_RUNNER_OPENCLAW_WAKE=1``)
  and an ``openclaw`` CLI on PATH, one system event per batch wakes the main
  session (``TASK_RUNNER_DISPATCH: <n> task notice(s) waiting``), whose agent
  then runs ``dispatch`` and relays them.

Each route has its own offset in ``events.cursor.json`` (events.Delivery), moved
past a notice as soon as its hook has run, whatever the exit status: a notice
is pushed at most once per route (a pusher killed in the middle of a hook may
run that one hook again). The reader route is separate: a pushed notice still
appears once in the next command a person reads. Pushing happens outside the
queue lock, one pusher per queue folder at a time (``notify.lock``); a pass in
a user's command hands it to a detached ``python -m task_runner.notify DIR``
so the command never waits for a hook.
"""

import logging
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from task_runner import events
from task_runner.background import PUSHED, routes
from task_runner.config import load_config, open_store
from task_runner.errors import QueueError
from task_runner.fsutil import file_lock
from task_runner.logsetup import setup_logging
from task_runner.timeutil import now, parse_iso

ROUTE_LOCK = "notify.lock"
DEFAULT_TIMEOUT_S = 10.0
MAX_AGE_S = 3600  # a notice older than this (a route configured again after a while) is not pushed
WAKE_TEXT = "{n} task notice(s) waiting"
log = logging.getLogger(__name__)


def push(config, since: int | None = None) -> int:
    """Deliver every undelivered notice on every configured route; the number of hooks run.

    ``since``: where a route used for the first time starts (the first event of
    the pass that called us), so the very notice that triggered the push is
    not skipped. When another pusher holds the lock we return at once: it
    looks again after releasing it and finds our notices.
    """
    wanted = routes(config)
    store = open_store(config)
    directory = Path(config.dir)
    pushed = 0
    while wanted and store.exists():
        handled = 0
        try:
            with file_lock(directory / ROUTE_LOCK, 0):
                queue = store.read()
                for route in wanted:
                    seen, ran = _push_route(route, config, directory, queue, since)
                    handled, pushed = handled + seen, pushed + ran
        except QueueError:
            return pushed  # busy: the holder re-checks after releasing
        queue = store.read()
        if not handled or not any(events.has_undelivered(directory, queue, route) for route in wanted):
            return pushed
    return pushed


def _push_route(route: str, config, directory: Path, queue: dict, since: int | None) -> tuple[int, int]:
    """(events this route moved past, pushes made) for one batch of ``route``'s undelivered events."""
    with events.Delivery(directory, queue, route, new_route_start=since) as delivery:
        batch = list(zip(delivery.events, delivery.ends))
        reader_at = delivery.offset("reader")
    if not batch:
        return 0, 0
    wanted = [event["type"] in PUSHED and _recent(event) for event, _ in batch]
    if route == "wake":
        unread = sum(1 for (_, end), push in zip(batch, wanted) if push and (reader_at is None or end > reader_at))
        if unread:
            _wake(config, unread)
        events.mark_delivered(directory, queue, route, batch[-1][1])
        return len(batch), 1 if unread else 0
    tasks = {task.get("id"): task for task in queue.get("tasks") or () if isinstance(task, dict)}
    for (event, end), push in zip(batch, wanted):
        if push:
            run_hook(config, event, tasks.get(event.get("id")) or {})
        events.mark_delivered(directory, queue, route, end)
    return len(batch), sum(wanted)


def _recent(event: dict) -> bool:
    try:
        return (now() - parse_iso(str(event.get("ts")))).total_seconds() <= MAX_AGE_S
    except ValueError:
        return True


def _wake(config, count: int) -> None:
    from task_runner.openclaw import wake  # the OpenClaw client: only when waking

    if not wake(WAKE_TEXT.format(n=count), config.get):
        log.warning("could not wake the OpenClaw main session about %d notice(s); the next dispatch shows them",
                    count)


def _values(event: dict, task: dict) -> dict:
    deliverable = task.get("deliverable_path") or task.get("deliverable") or ""
    return {"{id}": str(event.get("id") or ""), "{status}": event["type"], "{text}": event["text"],
            "{deliverable}": str(deliverable)}


def fill(template: str, values: dict) -> list[str]:
    """The hook's argv: the template split with shlex, each placeholder replaced inside its argument."""
    pattern = re.compile("|".join(re.escape(placeholder) for placeholder in values))
    # One pass per argument: a notice's text that itself holds "{id}" is left as it is.
    return [pattern.sub(lambda match: values[match.group(0)], part) for part in shlex.split(template)]


def run_hook(config, event: dict, task: dict) -> int | None:
    """Run TASK_RUNNER_NOTIFY for one notice; its exit status (None: not started or timed out)."""
    template = config.get("TASK_RUNNER_NOTIFY") or ""
    timeout = config.get_float("TASK_RUNNER_NOTIFY_TIMEOUT", DEFAULT_TIMEOUT_S, minimum=0.1, maximum=3600)
    values = _values(event, task)
    try:
        argv = fill(template, values)
    except ValueError as error:
        log.warning("TASK_RUNNER_NOTIFY cannot be split (%s); fix its quotes. Notice %s not pushed.",
                    error, event.get("id"))
        return None
    if not argv:
        return None
    env = dict(os.environ, **{"TASK_RUNNER_NOTICE_" + key.strip("{}").upper(): value
                              for key, value in values.items()})
    started = time.monotonic()
    with tempfile.TemporaryFile() as output:
        try:
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=output, stderr=output, env=env,
                                       cwd=str(config.dir), start_new_session=True, close_fds=True)
        except OSError as error:
            log.warning("TASK_RUNNER_NOTIFY: could not start %r (%s); notice %s not pushed",
                        argv[0], error.strerror or error, event.get("id"))
            return None
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            log.warning("TASK_RUNNER_NOTIFY: %r ran longer than %gs for %s and was stopped (not retried)",
                        argv[0], timeout, event.get("id"))
            return None
        output.seek(0)
        said = output.read(2000).decode("utf-8", errors="replace").strip()
    if code != 0:
        log.warning("TASK_RUNNER_NOTIFY: %r exited %s for %s (not retried)%s", argv[0], code, event.get("id"),
                    f": {said}" if said else "")
    else:
        log.info("TASK_RUNNER_NOTIFY ran for %s %s in %.2fs", event.get("id"), event["type"],
                 time.monotonic() - started)
    return code


def _kill_group(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


def main(argv: list[str] | None = None) -> int:
    """``python -m task_runner.notify DIR [WORKSPACE [SINCE]]``: the detached pusher of a command's pass."""
    argv = sys.argv[1:] if argv is None else argv
    if not 1 <= len(argv) <= 3:
        print("usage: python -m task_runner.notify DIR [WORKSPACE [SINCE]]", file=sys.stderr)
        return 2
    setup_logging(argv[0])
    since = int(argv[2]) if len(argv) > 2 and argv[2].lstrip("-").isdigit() else None
    try:
        push(load_config(dir=argv[0], workspace=argv[1] if len(argv) > 1 else None), since)
    except Exception:  # nothing reads our stderr: say it in the log
        log.exception("pushing notices for %s failed", argv[0])
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
