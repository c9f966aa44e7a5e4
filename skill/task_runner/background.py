"""What a pass leaves to the background: its notices pushed, and a clock for what waits for a time.

``dispatch_pass`` calls ``after_pass`` at its end. This module decides and
starts things, cheaply (every command runs a pass); the work itself lives in
the detached processes it starts, ``python -m task_runner.notify`` (the push
routes, notify.py) and ``python -m task_runner.clock`` (clock.py), or in the
supervisor or clock that ran the pass, which push in their own process.
"""

import os
import sys
from pathlib import Path

from task_runner import events, probe, procinfo
from task_runner.errors import QueueError
from task_runner.fsutil import file_lock
from task_runner.timeutil import now

PUSHED = frozenset({"done", "blocked", "lost", "stalled", "question"})  # "started" is not worth a ping
CLOCK_LOCK = "clock.lock"


def routes(config, environ=None) -> list[str]:
    """The push routes configured for this queue (besides the reader), in the order they are served."""
    from task_runner.workers import inside_openclaw

    found = ["notify"] if (config.get("TASK_RUNNER_NOTIFY") or "").strip() else []
    wanted = inside_openclaw(environ) or config.get_bool("TASK_RUNNER_OPENCLAW_WAKE")
    if wanted and procinfo.which("openclaw"):
        found.append("wake")
    return found


def after_pass(config, report, push_inline: bool) -> None:
    """After every pass: hand its notices to the push routes; make sure a clock runs if something waits.

    With ``push_inline`` (a supervisor's or the clock's pass with nothing else to
    watch) the caller pushes itself: ``report.push_since`` is set for
    notify.push. Otherwise, and when a supervisor adopted attempts (whose
    timeouts and results must not wait for a hook), a detached pusher does it.
    """
    report.push_since = None
    if report.recorded and any(event["type"] in PUSHED for event in report.recorded):
        wanted = routes(config)
        if wanted:
            since = int(report.queue.get("eventsCommitted") or 0) - len(events.encode(report.recorded))
            for route in wanted:  # before anyone pushes: a later pass's pusher may get there first
                events.start_route(config.dir, report.queue, route, since)
            if push_inline and not getattr(report, "adopted", None):
                report.push_since = since
            else:
                _detach(config, ["task_runner.notify", str(config.dir), str(config.workspace), str(since)])
    if report.queue is not None and clock_enabled(config) and deadline(config, report.queue) is not None:
        ensure_clock(config)


def clock_enabled(config) -> bool:
    """TASK_RUNNER_CLOCK=0 turns the clock off (a service runs ``serve``, or tests); so does a pinned
    TASK_RUNNER_NOW: with time standing still, a clock would wait forever."""
    return config.get_bool("TASK_RUNNER_CLOCK", True) and not os.environ.get("TASK_RUNNER_NOW")


def deadline(config, queue: dict) -> float | None:
    return probe.next_deadline(queue.get("tasks") or [], probe.Settings.from_config(config, now()))


def clock_running(directory) -> bool:
    """Does a clock (or ``serve``) hold this folder's clock lock right now?"""
    try:
        with file_lock(Path(directory) / CLOCK_LOCK, 0):
            return False
    except QueueError:
        return True


def ensure_clock(config) -> bool:
    """Start a detached clock unless one runs; True when one was started."""
    if clock_running(config.dir):
        return False
    return _detach(config, ["task_runner.clock", str(config.dir), str(config.workspace)])


def _detach(config, module_argv: list[str]) -> bool:
    """Start ``python -m MODULE ARGS`` in a session of its own, output to task-runner.log."""
    import subprocess

    from task_runner.logsetup import open_log  # logging costs ~4 ms: only when a process is started

    try:
        log_fd = open_log(config.dir)  # 0600, never through a planted link
    except (OSError, QueueError):
        log_fd = subprocess.DEVNULL
    try:
        subprocess.Popen([sys.executable, "-m", *module_argv], stdin=subprocess.DEVNULL, stdout=log_fd,
                         stderr=log_fd, start_new_session=True, close_fds=True, cwd=str(config.dir))
    except OSError as error:  # what it would do waits for the next pass (and the heartbeat)
        print(f"task-runner: warning: could not start {module_argv[0]}: {error}", file=sys.stderr)
        return False
    finally:
        if log_fd != subprocess.DEVNULL:
            os.close(log_fd)
    return True
