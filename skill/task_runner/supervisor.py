"""One attempt of one task, supervised by a detached process that outlives its caller.

``RunDir.spawn`` starts ``python -m task_runner.attempt RUN_DIR`` in its own
session; that entry point calls ``supervise`` here, which:

1. records its own pid (``pid.json``), then checks that the attempt is still
   wanted (no ``stop`` mark, the queue still has the task running this
   attempt): a cancel that landed between the pass and this moment means the
   worker never starts;
2. starts the worker in a process group of its own, output to ``stdout.log`` /
   ``stderr.log``, and records the worker's pid, start time and group;
3. waits, waking at once on SIGCHLD (a self-pipe, no polling): on timeout, or on
   SIGTERM to itself (a stop request), it sends SIGTERM to the worker's group,
   waits ``grace_s``, then SIGKILLs what is left. When the worker ends by
   itself, whatever it left running in its group is ended too, before the
   leader is reaped (so the group id cannot be recycled under us);
4. writes ``result.json`` atomically: how the worker ended and the Outcome its
   backend reads from the output.

A supervisor killed with SIGKILL leaves no result.json: the dispatcher's
recovery sees a dead pid without a result, calls the attempt lost, and kills
the worker's group from the record.
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
from task_runner.rundir import PID, RESULT, SPEC, STDERR, STDIN, STDOUT, STOP, SUPERVISOR, RunDir
from task_runner.timeutil import now, to_iso

DEFAULT_GRACE_S = 5.0
LEFTOVER_GRACE_S = 1.0
log = logging.getLogger(__name__)


class _Signals:
    """SIGCHLD/SIGTERM/SIGINT wake a select() through a self-pipe; SIGTERM/SIGINT mean stop."""

    def __init__(self):
        self.read_fd, write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        os.set_blocking(write_fd, False)
        signal.set_wakeup_fd(write_fd)
        self.stop_requested = False
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    def _stop(self, *_):
        self.stop_requested = True

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


def _exited(pid: int) -> bool:
    """Has the worker exited? Asked without reaping it, so its pid (= group id) stays ours."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _end_group(process, signals: _Signals, grace: float) -> None:
    """SIGTERM the worker's whole group, wait ``grace`` seconds, SIGKILL what remains."""
    pgid = process.pid
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if _exited(process.pid) and not procinfo.group_members(pgid):
            return
        signals.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def still_wanted(spec: dict, run_dir: RunDir) -> bool:
    """No stop mark, and the queue (read without the lock) still runs this attempt of the task."""
    if run_dir.marked(STOP):
        return False
    try:
        queue = json.loads((Path(spec["queue_dir"]) / "task-queue.json").read_bytes())
        task = next(t for t in queue["tasks"] if isinstance(t, dict) and t.get("id") == spec.get("task_id"))
    except (OSError, ValueError, KeyError, TypeError, StopIteration, RecursionError):
        return "queue_dir" not in spec  # unreadable queue: run; no task at all: it was removed
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


def adopt(run_dir: RunDir, spec: dict) -> None:
    """Take over, in this process, an attempt the pass after ours just started (attempt.py).

    A supervisor that has recorded its attempt goes on to supervise the next
    one instead of starting a new Python process for it (issue 12 §4): the
    records name this process, so a stop request or a probe finds it, and a
    crash leaves what a crashed supervisor always leaves (a dead pid without
    a result: that attempt is lost, never run twice).
    """
    run_dir.make_folder()
    run_dir.write(SPEC, spec)
    run_dir.write(SUPERVISOR, {"pid": os.getpid(), "start_time": procinfo.start_time(os.getpid())})


def supervise(run_dir: RunDir, adopted: bool = False) -> dict:
    """Run the attempt described by ``spec.json`` to its end; returns the result written.

    ``adopted``: this process supervised another attempt before, whose records
    still name it; a SIGTERM meant for that one (its stop mark, not ours) is
    not a stop request for this attempt.
    """
    spec = json.loads(run_dir.file(SPEC).read_text(encoding="utf-8"))
    signals = _Signals()
    started_at, clock = now(), time.monotonic()
    me = {"supervisor_pid": os.getpid(), "supervisor_start": procinfo.start_time(os.getpid()),
          "started_at": to_iso(started_at)}
    run_dir.write(PID, me)
    process, start_error, timed_out, stopped = None, None, False, False
    if signals.stop_requested or not still_wanted(spec, run_dir):
        stopped = True
    else:
        process, start_error = _start_worker(spec, run_dir)
    if process is not None:
        run_dir.write(PID, dict(me, worker_pid=process.pid, worker_pgid=process.pid,
                                worker_start=procinfo.start_time(process.pid)))
        deadline = clock + float(spec.get("timeout_s") or 1800)
        grace = float(spec.get("grace_s", DEFAULT_GRACE_S))
        while not _exited(process.pid):
            if signals.stop_requested and adopted and not run_dir.marked(STOP):
                signals.stop_requested = False  # the stop of an attempt this process supervised before
            if signals.stop_requested or run_dir.marked(STOP) or time.monotonic() >= deadline:
                stopped = signals.stop_requested or run_dir.marked(STOP)
                timed_out = not stopped
                _end_group(process, signals, grace)
                break
            signals.sleep(min(1.0, deadline - time.monotonic()))
        else:
            _end_group(process, signals, LEFTOVER_GRACE_S)  # what the worker left behind in its group
        process.wait()
    signals.close()
    returncode = process.returncode if process is not None else None
    outcome, stderr = _outcome(spec, run_dir, returncode, timed_out, stopped, start_error)
    result = {
        "task_id": spec.get("task_id"), "attempt": spec.get("attempt"), "kind": spec.get("kind"),
        "exit_code": returncode if returncode is None or returncode >= 0 else None,
        "signal": -returncode if returncode is not None and returncode < 0 else None,
        "timed_out": timed_out, "stopped": stopped, "started_worker": process is not None,
        "started_at": to_iso(started_at), "ended_at": to_iso(now()),
        "duration_s": round(time.monotonic() - clock, 3),
        "stderr_tail": stderr[-2000:],
        "outcome": outcome.to_dict(),
    }
    run_dir.write(RESULT, result)
    return result
