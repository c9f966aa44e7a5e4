"""The queue's own clock: one background process per queue folder that runs a pass on time.

Outside OpenClaw nothing calls ``dispatch`` on a schedule, so a task waiting
for its start time, its cron minute or a retry backoff, and a worker gone
silent past its stall deadline, would wait for the next command. Any pass that
leaves such a deadline (``probe.next_deadline``) calls background.after_pass, which
starts ``python -m task_runner.clock DIR WORKSPACE`` detached (like the
supervisors) unless one already runs. The clock:

- holds ``clock.lock`` (flock) for its whole life: a second clock started at
  the same moment cannot take it and exits at once;
- sleeps until the earliest deadline, looking at the queue file's mtime twice
  a second so an earlier deadline added meanwhile is seen, and checking every
  few seconds that running attempts' supervisors are alive;
- runs a pass at the deadline (its notices pushed in this process);
- exits when nothing waits for a time. It releases the lock first and looks
  once more: a command that saw the lock held just before has its deadline in
  the queue by then, and the clock takes the lock back and goes on.

``task-runner serve`` runs the same loop in the foreground and does not exit
when nothing waits (for a systemd or launchd service). A clock killed at any
moment loses nothing: every pass is one queue transaction, and the next
command starts a new clock.
"""

import logging
import math
import sys
import time
from pathlib import Path

from task_runner import background, notify, probe
from task_runner.background import CLOCK_LOCK
from task_runner.config import load_config, open_store
from task_runner.dispatch import dispatch_pass
from task_runner.errors import QueueError
from task_runner.fsutil import file_lock
from task_runner.logsetup import setup_logging
from task_runner.timeutil import now

QUEUE_FILE = "task-queue.json"
LOOK_S = 0.5  # how often the queue file's mtime is looked at
LIVENESS_S = 5.0  # how often running attempts' supervisors are checked
MIN_PASS_GAP_S = 1.0  # a deadline a pass did not clear is not retried faster than this
log = logging.getLogger(__name__)


class _Loop:
    """The clock's state between two looks at the queue."""

    def __init__(self, config):
        self.config = config
        self.store = open_store(config)
        self.queue_path = Path(config.dir) / QUEUE_FILE
        self.last_pass = 0.0
        self.passed_up_to = 0.0  # wall time of the clock's last pass
        self.last_liveness = 0.0
        self.woken_for: set = set()  # agent tasks the main session was woken for, once each

    def _mtime(self) -> float | None:
        try:
            return self.queue_path.stat().st_mtime_ns
        except OSError:
            return None

    def next_wakeup(self) -> tuple[float | None, bool]:
        """(the earliest deadline not yet passed for, is a running attempt's supervisor gone?)."""
        if not self.store.exists():
            return None, False
        queue = self.store.read()
        settings = probe.Settings.from_config(self.config, now())
        dead = False
        if time.monotonic() - self.last_liveness >= LIVENESS_S:
            self.last_liveness = time.monotonic()
            dead = any(probe.run_state(task, settings) not in probe.LIVE_STATES
                       for task in queue["tasks"] if task.get("status") == "running"
                       and isinstance((task.get("run") or {}).get("dir"), str))
        return probe.next_deadline(queue["tasks"], settings, after=self.passed_up_to), dead

    def run_pass(self) -> None:
        self.last_pass = time.monotonic()
        self.passed_up_to = time.time() - 0.001  # every deadline up to now has had its pass
        try:
            report = dispatch_pass(self.config, self.store, plan_agents=False, push_inline=True)
            if report.push_since is not None:
                notify.push(self.config, report.push_since)
            if report.queue is not None:
                self.wake_for_agent_tasks(report.queue)
        except Exception:  # a failed pass is retried at the next deadline
            log.exception("the clock's pass failed")

    def wake_for_agent_tasks(self, queue: dict) -> None:
        """Inside OpenClaw, wake the main session for sub-agent tasks that are due now.

        Only the agent can spawn a sub-agent, so the clock's own pass cannot start
        them; the wake (the same ``TASK_RUNNER_DISPATCH`` event the notices use)
        has the agent run ``dispatch`` within seconds of the task's time instead of
        at the next heartbeat. Once per task, and only while a slot is free.
        """
        if "wake" not in background.routes(self.config):
            return
        from task_runner.workers import resolve  # the worker kinds: only when a wake may be owed

        tasks, moment = queue["tasks"], now()
        by_id = {task["id"]: task for task in tasks}
        running = sum(1 for task in tasks if task["status"] == "running")
        if running >= self.config.effective(queue, "maxConcurrent"):
            return
        due = []
        for task in tasks:
            if task["status"] != "pending" or task["id"] in self.woken_for or not probe.due_now(task, moment) \
                    or probe.waiting_for(task, by_id, moment):
                continue
            try:
                if resolve(task, self.config.get) == "agent":
                    due.append(task["id"])
            except ValueError:
                continue
        if not due:
            return
        from task_runner.openclaw import wake  # the OpenClaw client: only when waking

        self.woken_for.update(due)
        if not wake(f"{len(due)} task(s) due to start ({', '.join(due)})", self.config.get):
            log.warning("could not wake the OpenClaw main session for %s; the next heartbeat starts them",
                        ", ".join(due))

    def until_idle(self, forever: bool) -> None:
        """Sleep to each deadline and run its pass; return when nothing waits (never with ``forever``)."""
        while True:
            due, dead = self.next_wakeup()
            if due is None and not dead and not forever:
                return
            seen = self._mtime()
            wall = time.time()
            # A pass reads the clock to the whole second: it acts on ``due`` from the next whole second.
            wake = math.ceil(due) + 0.02 if due is not None else float("inf")
            if dead or wake <= wall:
                if time.monotonic() - self.last_pass >= MIN_PASS_GAP_S:
                    self.run_pass()
                    continue
                wake = wall + MIN_PASS_GAP_S
            sleep_until = min(wake, wall + LIVENESS_S)
            while time.time() < sleep_until and self._mtime() == seen:
                time.sleep(max(0.01, min(LOOK_S, sleep_until - time.time())))


def serve(config, forever: bool) -> int:
    """Be this folder's clock until nothing waits (``forever``: until stopped); 0, or 1 when one runs."""
    loop = _Loop(config)
    lock_path = Path(config.dir) / CLOCK_LOCK
    while True:
        try:
            with file_lock(lock_path, 0):
                loop.until_idle(forever)
        except QueueError:
            if not forever:
                return 1  # another clock holds the folder
            time.sleep(1.0)  # serve waits for a detached clock to finish, then takes over
            continue
        due, dead = loop.next_wakeup()  # lock released: a command may have seen it held a moment ago
        if due is None and not dead:
            return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m task_runner.clock DIR [WORKSPACE]``: the detached clock."""
    argv = sys.argv[1:] if argv is None else argv
    if not 1 <= len(argv) <= 2:
        print("usage: python -m task_runner.clock DIR [WORKSPACE]", file=sys.stderr)
        return 2
    setup_logging(argv[0])
    try:
        return serve(load_config(dir=argv[0], workspace=argv[1] if len(argv) > 1 else None), forever=False)
    except Exception:  # nothing reads our stderr: say it in the log
        log.exception("the clock of %s failed", argv[0])
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
