"""Attempts of tasks, supervised by a detached process that outlives its caller.

``RunDir.spawn_supervisor`` starts ``python -m task_runner.attempt RUN_DIR…`` in
its own session, for every attempt one pass started; that entry point hands
them to a ``Supervision`` here, which for each attempt:

1. records its own pid (``pid.json``), then checks that the attempt is still
   wanted (no ``stop`` mark, the queue still has the task running this
   attempt): a cancel that landed between the pass and this moment means the
   worker never starts;
2. starts the worker in a process group of its own, output to ``stdout.log`` /
   ``stderr.log``, and records the worker's pid, start time and group;
3. waits, waking at once on SIGCHLD (a self-pipe, no polling): on timeout, or on
   a stop request (the attempt's ``stop`` mark, then SIGTERM to us), it sends
   SIGTERM to the worker's group, waits ``grace_s``, then SIGKILLs what is left.
   When the worker ends by itself, whatever it left running in its group is
   ended too, before the leader is reaped (so the group id cannot be recycled
   under us). Ending one attempt never holds up the others: each is a small
   state machine polled by one loop;
4. writes ``result.json`` atomically: how the worker ended and the Outcome its
   backend reads from the output.

A supervisor killed with SIGKILL leaves no result.json for any attempt it had:
the dispatcher's recovery sees a dead pid without a result, calls each attempt
lost, and kills the worker's group from the record.
"""

import json
import logging
import os
import select
import signal
import subprocess
import time
from pathlib import Path

from task_runner import procinfo
from task_runner.errors import QueueError
from task_runner.rundir import PID, RESULT, SPEC, STDERR, STDIN, STDOUT, STOP, RunDir
from task_runner.timeutil import now, to_iso

DEFAULT_GRACE_S = 5.0
LEFTOVER_GRACE_S = 1.0
log = logging.getLogger(__name__)


class _Signals:
    """SIGCHLD, SIGTERM and SIGINT wake a select() through a self-pipe.

    A signal is not a stop request by itself: several attempts share this
    process, and a stop is always written as the attempt's ``stop`` mark before
    the SIGTERM that makes us look (RunDir.stop). So a signal meant for an
    attempt that has just ended stops nothing else.
    """

    def __init__(self):
        self.read_fd, write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        os.set_blocking(write_fd, False)
        signal.set_wakeup_fd(write_fd)
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            select.select([self.read_fd], [], [], seconds)
        try:
            while os.read(self.read_fd, 512):
                pass
        except BlockingIOError:
            pass

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)


def _group_left(pgid: int) -> bool:
    """Does any process remain in the worker's group? Asked after the leader was reaped: POSIX
    never reuses a pid as a process group id while that group has a member, so the id is still
    ours, and a signal 0 to the group answers without scanning /proc."""
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:  # a member we may not signal (it changed its user): still there
        return True


def read_queue(spec: dict):
    """The queue as a supervisor sees it before starting workers (read without the lock), or None."""
    try:
        return json.loads((Path(spec["queue_dir"]) / "task-queue.json").read_bytes())
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def still_wanted(spec: dict, run_dir: RunDir, queue) -> bool:
    """No stop mark, and ``queue`` (``read_queue``) still runs this attempt of the task."""
    if run_dir.marked(STOP):
        return False
    try:
        task = next(t for t in queue["tasks"] if isinstance(t, dict) and t.get("id") == spec.get("task_id"))
    except (KeyError, TypeError, StopIteration):
        return "queue_dir" not in spec or queue is None  # unreadable queue: run; no task at all: it was removed
    return task.get("status") == "running" and task.get("attempts") == spec.get("attempt")


def _outcome(spec: dict, run_dir: RunDir, returncode, timed_out: bool, stopped: bool, start_error: str | None):
    from task_runner.workers import backend  # a worker backend: imported only for its kind
    from task_runner.workers.base import Outcome, tail

    stdout, stderr = run_dir.read_tail(STDOUT), run_dir.read_tail(STDERR)
    if start_error:
        return Outcome(ok=False, summary=start_error, error=start_error), stderr
    if stopped:
        return Outcome(ok=False, summary="stopped on request", error="stopped on request"), stderr
    try:
        outcome = backend(spec["kind"]).outcome(stdout, stderr, returncode, timed_out)
    except Exception as error:  # a backend bug must not lose the attempt
        log.exception("backend %s could not read the output of %s", spec.get("kind"), run_dir.path)
        text = f"could not read the worker's output: {error!r}"
        outcome = Outcome(ok=False, summary=text, error=text + " " + tail(stderr, 300))
    outcome.session = outcome.session or spec.get("session")  # pre-assigned when the output has none
    return outcome, stderr


def _start_worker(spec: dict, run_dir: RunDir):
    """(process, None) or (None, why it could not start)."""
    env = dict(os.environ)
    env.update({key: str(value) for key, value in (spec.get("env") or {}).items()})
    env.update(TASK_RUNNER_TASK_ID=str(spec.get("task_id", "")), TASK_RUNNER_ATTEMPT=str(spec.get("attempt", "")),
               TASK_RUNNER_RUN_DIR=str(run_dir.path))
    stdin, out, err, name = subprocess.DEVNULL, None, None, STDIN
    try:  # a file planted as a link is never written through: the attempt fails, saying so
        if spec.get("stdin") is not None:
            run_dir.write_text(STDIN, spec["stdin"])
            stdin = run_dir.open_input(STDIN)
        name = STDOUT
        out = run_dir.open_stream(STDOUT)
        name = STDERR
        err = run_dir.open_stream(STDERR)
    except QueueError as error:
        for fd in (stdin, out):
            if isinstance(fd, int) and fd >= 0:
                os.close(fd)
        return None, f"could not open {name} in {run_dir.path}: {getattr(error, 'cause', error)}"
    try:
        return subprocess.Popen(spec["argv"], cwd=spec.get("cwd") or None, env=env, stdin=stdin,
                                stdout=out, stderr=err, start_new_session=True, close_fds=True), None
    except OSError as error:
        cwd = spec.get("cwd")
        return None, (f"the working folder {cwd} does not exist" if cwd and not os.path.isdir(cwd)
                      else f"could not start {spec['argv'][0]!r}: {error.strerror or error}")
    finally:
        for fd in (stdin, out, err):
            if fd != subprocess.DEVNULL:
                os.close(fd)


def adopt(run_dir: RunDir, spec: dict) -> dict:
    """Take over, in this process, an attempt its own pass just started (attempt.py); returns the
    spec as recorded.

    A supervisor that has recorded its attempts goes on to supervise the ones
    its pass starts instead of starting a new Python process for them (issue
    12 §4). Its identity goes into spec.json (one file fewer to create per
    attempt than a supervisor.json), and the queue's ``run.supervisor`` named
    it already, so a stop request or a probe finds it, and a crash leaves what
    a crashed supervisor always leaves (a dead pid without a result: that
    attempt is lost, never run twice).
    """
    recorded = dict(spec, supervisor={"pid": os.getpid(), "start_time": procinfo.start_time(os.getpid())})
    run_dir.make_folder()
    run_dir.write(SPEC, recorded)
    return recorded


class Attempt:
    """One attempt in a Supervision: RUNNING, then ENDING (group signalled), then recorded."""

    def __init__(self, run_dir: RunDir, spec: dict, queue, adopted: bool):
        self.run_dir, self.spec = run_dir, spec
        self.started_at, self.clock = now(), time.monotonic()
        self.me = {"supervisor_pid": os.getpid(), "supervisor_start": procinfo.start_time(os.getpid()),
                   "started_at": to_iso(self.started_at)}
        if not adopted:  # its spawner's supervisor.json may not be written yet: name ourselves first
            run_dir.write(PID, self.me)
        self.process, self.start_error, self.timed_out, self.stopped = None, None, False, False
        self.kill_at = None  # while ENDING: when what is left of the group gets SIGKILL
        if not still_wanted(spec, run_dir, queue):
            self.stopped = True
            return
        self.process, self.start_error = _start_worker(self.spec, run_dir)
        if self.process is not None:
            run_dir.write(PID, dict(self.me, worker_pid=self.process.pid, worker_pgid=self.process.pid,
                                    worker_start=procinfo.start_time(self.process.pid)))
            self.deadline = self.clock + float(self.spec.get("timeout_s") or 1800)
            self.grace = float(self.spec.get("grace_s", DEFAULT_GRACE_S))

    def step(self) -> float | None:
        """Move on as far as possible now; seconds until it needs looking at again, None when ended."""
        process = self.process
        if process is None:
            return None
        moment = time.monotonic()
        if self.kill_at is None:
            if process.poll() is None:
                wanted_stop = self.run_dir.marked(STOP)
                if not wanted_stop and moment < self.deadline:
                    return self.deadline - moment
                self.stopped, self.timed_out = wanted_stop, not wanted_stop
                self._signal(signal.SIGTERM, moment + self.grace)
            elif _group_left(process.pid):  # it ended; what it left running in its group ends too
                self._signal(signal.SIGTERM, moment + LEFTOVER_GRACE_S)
            else:
                return None
            return 0.05
        if process.poll() is not None and not _group_left(process.pid):
            return None
        if moment < self.kill_at:
            return min(0.05, self.kill_at - moment)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        return None

    def _signal(self, signum: int, kill_at: float) -> None:
        self.kill_at = kill_at
        try:
            os.killpg(self.process.pid, signum)
        except ProcessLookupError:
            pass

    def record(self) -> dict:
        """Write result.json (atomically: a reader sees all of it or none) and return it."""
        process = self.process
        returncode = process.returncode if process is not None else None
        outcome, stderr = _outcome(self.spec, self.run_dir, returncode, self.timed_out, self.stopped,
                                   self.start_error)
        result = {
            "task_id": self.spec.get("task_id"), "attempt": self.spec.get("attempt"), "kind": self.spec.get("kind"),
            "exit_code": returncode if returncode is None or returncode >= 0 else None,
            "signal": -returncode if returncode is not None and returncode < 0 else None,
            "timed_out": self.timed_out, "stopped": self.stopped, "started_worker": process is not None,
            "started_at": to_iso(self.started_at), "ended_at": to_iso(now()),
            "duration_s": round(time.monotonic() - self.clock, 3),
            "stderr_tail": stderr[-2000:],
            "outcome": outcome.to_dict(),
        }
        self.run_dir.write(RESULT, result)
        return result


class Supervision:
    """The attempts one process supervises at once, all woken by one SIGCHLD/SIGTERM self-pipe."""

    def __init__(self):
        self.signals = _Signals()
        self.attempts: list[Attempt] = []

    def add(self, attempts: list, adopted: bool) -> None:
        """Start ``attempts`` (``[(RunDir, spec), …]``), checked against one read of the queue.
        ``adopted``: handed over by this process's own pass (their records name us already)."""
        queue = read_queue(attempts[0][1]) if attempts else None
        for run_dir, spec in attempts:
            self.attempts.append(Attempt(run_dir, spec, queue, adopted))

    def wait_for_results(self) -> list[dict]:
        """Block until at least one attempt has ended; record every one that has; return their results."""
        while self.attempts:
            ended, waits = [], []
            for attempt in self.attempts:
                wait = attempt.step()
                (ended if wait is None else waits).append(attempt if wait is None else wait)
            if ended:
                self.attempts = [attempt for attempt in self.attempts if attempt not in ended]
                return [attempt.record() for attempt in ended]
            self.signals.sleep(min([1.0, *waits]))
        return []

    def close(self) -> None:
        self.signals.close()
