"""One attempt of one task, supervised by a detached process that outlives its caller.

``spawn(run_dir, spec)`` starts ``python -m task_runner.supervisor RUN_DIR`` in
its own session (no terminal, stdio to files) and returns its pid and start
time; the caller records them and exits. The supervisor then:

1. reads ``RUN_DIR/spec.json`` (argv, cwd, env, stdin, timeout_s, kind,
   task_id, attempt, queue_dir);
2. starts the worker in a process group of its own, its output going to
   ``stdout.log`` / ``stderr.log``, and writes ``pid.json``;
3. waits, waking at once on SIGCHLD (a self-pipe, no polling): on timeout,
   or on SIGTERM to itself (a stop request from cancel/skip), it sends SIGTERM
   to the worker's group, waits ``grace_s``, then SIGKILLs what is left;
4. writes ``result.json`` atomically: how the worker ended and the Outcome
   its backend reads from the output;
5. runs one dispatch pass (in this process) so the next task starts now,
   not at the next heartbeat.

A supervisor killed with SIGKILL leaves no result.json: the dispatcher's
recovery sees a dead pid (procinfo) without a result and calls it lost.
"""

import json
import os
import signal
import sys
import time
from pathlib import Path

SPEC, PID, RESULT, SUPERVISOR = "spec.json", "pid.json", "result.json", "supervisor.json"
STDOUT, STDERR = "stdout.log", "stderr.log"
DEFAULT_GRACE_S = 5.0
READ_LIMIT = 8 * 1024 * 1024  # the terminal events are at the end: read at most the last 8 MB


def spawn(run_dir, spec: dict) -> dict:
    """Start a detached supervisor for ``spec``; returns ``{"pid", "start_time"}``."""
    import subprocess

    from task_runner import procinfo
    from task_runner.fsutil import atomic_write_json, ensure_dir

    run_dir = Path(run_dir)
    ensure_dir(run_dir)
    atomic_write_json(run_dir / SPEC, spec)
    log = os.open(run_dir / "supervisor.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "task_runner.supervisor", str(run_dir)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            start_new_session=True, close_fds=True, cwd=str(run_dir),
        )
    finally:
        os.close(log)
    # Never waited for: when the caller exits, init adopts and reaps it.
    info = {"pid": process.pid, "start_time": procinfo.start_time(process.pid)}
    # For the dispatcher's recovery until the supervisor writes pid.json itself.
    with open(os.open(run_dir / SUPERVISOR, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
        json.dump(info, handle)
    return info


def read_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def supervisor_of(run_dir) -> dict | None:
    """``{"pid", "start_time"}`` of an attempt's supervisor, from its own record or the spawner's."""
    info = read_json(Path(run_dir) / PID)
    if info and info.get("supervisor_pid"):
        return {"pid": info["supervisor_pid"], "start_time": info.get("supervisor_start")}
    return read_json(Path(run_dir) / SUPERVISOR)


def stop(run_dir, supervisor: dict | None = None, wait: float = 10.0) -> bool:
    """Stop a running attempt (cancel/skip). True when something was running.

    A live supervisor gets SIGTERM: it stops the worker group and records
    ``stopped`` in result.json (we wait up to ``wait`` seconds for it). A dead
    supervisor's orphaned worker group is killed directly.
    """
    from task_runner import procinfo

    run_dir = Path(run_dir)
    info = supervisor_of(run_dir) or supervisor or {}
    pid, start = info.get("pid"), info.get("start_time")
    if procinfo.alive(pid, start):
        os.kill(int(pid), signal.SIGTERM)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and not (run_dir / RESULT).exists() and procinfo.alive(pid, start):
            time.sleep(0.02)
        return True
    return kill_worker(run_dir)


def kill_worker(run_dir) -> bool:
    """SIGKILL the worker group of an attempt whose supervisor died, if it still runs."""
    from task_runner import procinfo

    info = read_json(Path(run_dir) / PID) or {}
    if not procinfo.alive(info.get("worker_pid"), info.get("worker_start")):
        return False
    try:
        os.killpg(int(info["worker_pid"]), signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


# ---------------------------------------------------------------- the supervisor process


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
        import select

        if seconds > 0:
            select.select([self.read_fd], [], [], seconds)
        try:
            while os.read(self.read_fd, 512):
                pass
        except BlockingIOError:
            pass


def _group_gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _end_group(process, signals: _Signals, grace: float) -> None:
    """SIGTERM the worker's whole group, wait ``grace`` seconds, SIGKILL what remains."""
    pgid = process.pid
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        process.poll()
        if process.returncode is not None and _group_gone(pgid):
            return
        signals.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _read_tail(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > READ_LIMIT:
                handle.seek(size - READ_LIMIT)
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _outcome(spec: dict, run_dir: Path, returncode, timed_out: bool, stopped: bool, start_error: str | None):
    from task_runner.workers import backend
    from task_runner.workers.base import Outcome, tail

    stdout, stderr = _read_tail(run_dir / STDOUT), _read_tail(run_dir / STDERR)
    if start_error:
        return Outcome(ok=False, summary=start_error, error=start_error), stderr
    if stopped:
        return Outcome(ok=False, summary="stopped on request", error="stopped on request"), stderr
    try:
        outcome = backend(spec["kind"]).outcome(stdout, stderr, returncode, timed_out)
    except Exception as error:  # a backend bug must not lose the attempt
        text = f"could not read the worker's output: {error!r}"
        outcome = Outcome(ok=False, summary=text, error=text + " " + tail(stderr, 300))
    outcome.session = outcome.session or spec.get("session")  # pre-assigned when the output has none
    return outcome, stderr


def _open_log(path: Path):
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)


def supervise(run_dir: Path) -> dict:
    """Run the attempt described by ``run_dir/spec.json`` to its end; returns the result written."""
    import subprocess

    from task_runner import procinfo
    from task_runner.fsutil import atomic_write_json
    from task_runner.timeutil import now, to_iso

    spec = json.loads((run_dir / SPEC).read_text(encoding="utf-8"))
    signals = _Signals()
    started_at, clock = now(), time.monotonic()
    env = dict(os.environ)
    env.update({key: str(value) for key, value in (spec.get("env") or {}).items()})
    env.update(TASK_RUNNER_TASK_ID=str(spec.get("task_id", "")), TASK_RUNNER_ATTEMPT=str(spec.get("attempt", "")),
               TASK_RUNNER_RUN_DIR=str(run_dir))
    stdin = subprocess.DEVNULL
    if spec.get("stdin") is not None:
        (run_dir / "stdin.txt").write_text(spec["stdin"], encoding="utf-8")
        stdin = open(run_dir / "stdin.txt", "rb")
    out, err = _open_log(run_dir / STDOUT), _open_log(run_dir / STDERR)
    process, start_error = None, None
    try:
        process = subprocess.Popen(spec["argv"], cwd=spec.get("cwd") or None, env=env, stdin=stdin,
                                   stdout=out, stderr=err, start_new_session=True, close_fds=True)
    except OSError as error:
        cwd = spec.get("cwd")
        start_error = (f"the working folder {cwd} does not exist" if cwd and not os.path.isdir(cwd)
                       else f"could not start {spec['argv'][0]!r}: {error.strerror or error}")
    finally:
        os.close(out)
        os.close(err)
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    timed_out = stopped = False
    if process is not None:
        atomic_write_json(run_dir / PID, {
            "supervisor_pid": os.getpid(), "supervisor_start": procinfo.start_time(os.getpid()),
            "worker_pid": process.pid, "worker_start": procinfo.start_time(process.pid),
            "started_at": to_iso(started_at),
        })
        deadline = clock + float(spec.get("timeout_s") or 1800)
        grace = float(spec.get("grace_s", DEFAULT_GRACE_S))
        while process.poll() is None:
            if signals.stop_requested or time.monotonic() >= deadline:
                stopped, timed_out = signals.stop_requested, not signals.stop_requested
                _end_group(process, signals, grace)
                break
            signals.sleep(min(1.0, deadline - time.monotonic()))
    returncode = process.returncode if process is not None else None
    outcome, stderr = _outcome(spec, run_dir, returncode, timed_out, stopped, start_error)
    ended_at = now()
    result = {
        "task_id": spec.get("task_id"), "attempt": spec.get("attempt"), "kind": spec.get("kind"),
        "exit_code": returncode if returncode is None or returncode >= 0 else None,
        "signal": -returncode if returncode is not None and returncode < 0 else None,
        "timed_out": timed_out, "stopped": stopped,
        "started_at": to_iso(started_at), "ended_at": to_iso(ended_at),
        "duration_s": round(time.monotonic() - clock, 3),
        "stderr_tail": stderr[-2000:],
        "outcome": outcome.to_dict(),
    }
    atomic_write_json(run_dir / RESULT, result)
    return result


def _dispatch(spec: dict, run_dir: Path) -> None:
    """One dispatch pass now that a slot is free; what it says goes to dispatch.log.

    The pass runs in this process (``spec["queue_dir"]``, ``spec["workspace"]``):
    the same code ``task-runner dispatch --quiet`` runs, without paying for a
    second interpreter per finished task. ``dispatch_argv`` runs a command
    instead (tests; an empty list runs nothing).
    """
    log = _open_log(run_dir / "dispatch.log")
    try:
        argv = spec.get("dispatch_argv")
        if argv is not None:
            if argv:
                import subprocess

                subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log, timeout=600)
        elif spec.get("queue_dir"):
            from task_runner.config import load_config, open_store
            from task_runner.dispatch import dispatch_pass

            config = load_config(dir=spec["queue_dir"], workspace=spec.get("workspace"))
            dispatch_pass(config, open_store(config), quiet=True)
    except Exception:  # the attempt is recorded; a failed pass is only a later start
        import traceback

        os.write(log, traceback.format_exc().encode())
    finally:
        os.close(log)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m task_runner.supervisor RUN_DIR", file=sys.stderr)
        return 2
    run_dir = Path(argv[0]).resolve()
    spec = read_json(run_dir / SPEC)
    if spec is None:
        print(f"{run_dir / SPEC}: missing or not JSON", file=sys.stderr)
        return 2
    supervise(run_dir)
    signal.set_wakeup_fd(-1)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)
    _dispatch(spec, run_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
