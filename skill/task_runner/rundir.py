"""The run-folder protocol: one folder per attempt, ``runs/T-NN/<attempt>/`` (docs/design.md §2).

The dispatcher, the supervisor, ``status`` and ``logs`` talk about an attempt
only through the files of its folder, so the layout is written down once here:

``spec.json``        what to run (argv, cwd, env, stdin, timeout), written by the spawner
``supervisor.json``  the supervisor's pid and start time, written by the spawner
``pid.json``         the supervisor's and the worker's pid, start time and process group
``stop``             a stop request (cancel/skip/done); honoured whenever it arrives
``stalled``          the dispatcher found the attempt silent too long and stopped it
``stdout.log`` / ``stderr.log`` / ``stdin.txt``   the worker's streams
``result.json``      how the attempt ended and the backend's Outcome, written atomically
``dispatch.log`` / ``supervisor.log``             what the detached processes said

A pid is never trusted alone: with its start time (procinfo) a recycled pid is
not mistaken for ours, and a process group is killed even after its leader died.

The files are written by us but the folder is shared with the worker, which
may plant anything in it: every file is opened with ``O_NOFOLLOW`` and created
0600 (fsutil), records are replaced by an atomic rename (which replaces a link,
never writes through it), and a record that is a link, too big or malformed
reads as missing (a result as malformed: the attempt is lost with the reason).
``runs/`` and ``runs/T-NN/`` are 0700 and must be real folders.
"""

import json
import os
import stat
import sys
import time
from datetime import datetime
from pathlib import Path

from task_runner import procinfo
from task_runner.errors import QueueError
from task_runner.fsutil import (
    DIR_MODE,
    atomic_write_json,
    ensure_dir,
    fs_error,
    open_private,
    read_private,
    write_private,
)

RUNS_DIR = "runs"
SPEC, PID, RESULT, SUPERVISOR = "spec.json", "pid.json", "result.json", "supervisor.json"
STDOUT, STDERR, STDIN = "stdout.log", "stderr.log", "stdin.txt"
STOP, STALLED = "stop", "stalled"
DISPATCH_LOG, SUPERVISOR_LOG = "dispatch.log", "supervisor.log"
SPAWN_GRACE_S = 60  # a run with no supervisor record after this long never started
READ_LIMIT = 8 * 1024 * 1024  # terminal events are at the end: read at most the last 8 MB
RECORD_LIMIT = 64 * 1024  # pid and supervisor records are tiny; anything bigger is not ours
SPEC_LIMIT = 16 * 1024 * 1024  # spec.json carries the prompt (the worker's stdin): of any length, but bounded
RESULT_LIMIT = 1024 * 1024  # a supervisor's result keeps at most ~25 KB of text; more is not ours


class RunDir:
    """One attempt's folder. ``relative`` is what the queue stores (``runs/T-03/2``)."""

    def __init__(self, queue_dir, relative: str):
        self.relative = relative
        self.path = Path(queue_dir) / relative

    @classmethod
    def for_attempt(cls, queue_dir, task_id: str, attempt: int) -> "RunDir":
        return cls(queue_dir, f"{RUNS_DIR}/{task_id}/{attempt}")

    @classmethod
    def at(cls, path) -> "RunDir":
        """The run folder at ``path`` (``<queue dir>/runs/T-NN/<attempt>``)."""
        path = Path(path).resolve()
        return cls(path.parents[2], path.relative_to(path.parents[2]).as_posix())

    def file(self, name: str) -> Path:
        return self.path / name

    # ------------------------------------------------------------ records

    def read_record(self, name: str) -> dict | None:
        """A small JSON object of this folder, or None when missing, a link, too big or malformed."""
        limit = SPEC_LIMIT if name == SPEC else RECORD_LIMIT
        try:
            raw = read_private(self.path / name, limit)
            value = _strict_json(raw) if len(raw) <= limit else None
        except (OSError, QueueError, ValueError, RecursionError):
            return None
        return value if isinstance(value, dict) else None

    def read_result(self) -> dict | None:
        """result.json as written by the supervisor; raises ValueError when it is there but malformed
        (a link, a folder, over ``RESULT_LIMIT``, not strict JSON, no outcome object)."""
        try:
            raw = read_private(self.path / RESULT, RESULT_LIMIT)
        except FileNotFoundError:
            return None
        except QueueError as error:
            raise ValueError(f"result.json cannot be read: {getattr(error, 'cause', error)}") from None
        if len(raw) > RESULT_LIMIT:
            raise ValueError(f"result.json is over {RESULT_LIMIT // 1024 // 1024} MB, far more than a result holds")
        try:
            value = _strict_json(raw)
        except (ValueError, RecursionError):
            raise ValueError("result.json is not valid JSON") from None
        if not isinstance(value, dict) or not isinstance(value.get("outcome"), dict):
            raise ValueError("result.json has no outcome object")
        return value

    def has_result(self) -> bool:
        """Anything at result.json, a planted link included (reading it then says what is wrong)."""
        return os.path.lexists(self.path / RESULT)

    def write(self, name: str, data) -> None:
        """Atomically. Only result.json is fsync'd: the other records (spec, pids) describe
        processes, which a power loss ends anyway (recovery then reads the attempt as lost), and
        their fsyncs were most of an attempt's cost (issue 12 §4)."""
        atomic_write_json(self.path / name, data, durable=name == RESULT)

    def supervisor(self) -> dict | None:
        """``{"pid", "start_time"}`` of the supervisor: its own record, the spawner's, or the one
        in spec.json of a supervisor that adopted the attempt (supervisor.adopt)."""
        info = self.read_record(PID)
        if info and _pid(info.get("supervisor_pid")):
            return {"pid": info["supervisor_pid"], "start_time": info.get("supervisor_start")}
        info = self.read_record(SUPERVISOR) or (self.read_record(SPEC) or {}).get("supervisor")
        return info if isinstance(info, dict) and _pid(info.get("pid")) else None

    def worker(self) -> dict | None:
        info = self.read_record(PID)
        return info if info and _pid(info.get("worker_pid")) else None

    # ------------------------------------------------------------ marks

    def mark(self, name: str, when: str) -> None:
        self.make_folder()
        write_private(self.path / name, when + "\n")

    def marked(self, name: str) -> bool:
        return os.path.lexists(self.path / name)

    def make_folder(self) -> None:
        """Create ``runs/T-NN/<attempt>/`` 0700, each level a real folder of ours, never a link.

        Each level is checked before anything is created inside it, so a link
        planted at ``runs/`` or ``runs/T-NN`` (to make us write elsewhere) is
        refused with nothing created at its target; a level an older version
        created 0755 is made 0700.
        """
        queue_dir = self.path.parents[2]
        ensure_dir(queue_dir)
        for folder in (queue_dir / RUNS_DIR, self.path.parent, self.path):
            try:
                try:
                    os.mkdir(folder, DIR_MODE)
                except FileExistsError:
                    pass
                info = os.lstat(folder)
                if not stat.S_ISDIR(info.st_mode):
                    raise QueueError(f"{folder}: a symbolic link or a file is where a run folder belongs; "
                                     "task-runner never writes through it. Remove it (rm) and run the command again.")
                if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.geteuid():
                    os.chmod(folder, DIR_MODE)
            except OSError as error:
                raise fs_error(error, folder, "create the run folder") from None

    def open_stream(self, name: str) -> int:
        """A descriptor appending to ``name`` (a worker's stream or a log): 0600, never through a link;
        a QueueError naming the file and the cause otherwise."""
        return open_private(self.path / name, os.O_WRONLY | os.O_CREAT | os.O_APPEND)

    def open_input(self, name: str) -> int:
        """A descriptor reading ``name`` (stdin.txt), never through a link."""
        return open_private(self.path / name, os.O_RDONLY)

    def write_text(self, name: str, text: str) -> None:
        """Write ``text`` to ``name`` (stdin.txt): 0600, never through a link."""
        write_private(self.path / name, text)

    # ------------------------------------------------------------ reading the state

    def silent_for(self, moment: datetime) -> float:
        """Seconds since the worker last wrote anything (0 when nothing was written yet)."""
        latest = 0.0
        for name in (STDOUT, STDERR, PID):
            try:
                latest = max(latest, os.lstat(self.path / name).st_mtime)
            except OSError:
                continue
        return moment.timestamp() - latest if latest else 0.0

    def probe(self, moment: datetime, started_at_age: float, stall_s: float | None,
              adopter: dict | None = None) -> str:
        """finished | alive | starting | lost | stalled (``stall_s`` None: silence is normal).

        ``adopter``: the supervisor the queue says took this attempt over (``run.supervisor``),
        for the moment before it wrote any record here: if it is dead, the attempt is lost now,
        not after the spawn grace."""
        if self.has_result():
            return "finished"
        info = self.supervisor() or (adopter if isinstance(adopter, dict) and _pid(adopter.get("pid")) else None)
        if info is None:
            return "lost" if started_at_age > SPAWN_GRACE_S else "starting"
        if not procinfo.alive(info.get("pid"), info.get("start_time")):
            return "finished" if self.has_result() else "lost"  # it may have just written its result
        if stall_s is not None and not self.marked(STALLED) and self.silent_for(moment) > stall_s:
            return "stalled"
        return "alive"

    def read_tail(self, name: str, limit: int = READ_LIMIT) -> str:
        """The last ``limit`` bytes of a regular file of this folder ("" when missing or a link)."""
        try:
            fd = open_private(self.path / name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except (OSError, QueueError):
            return ""
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return ""
            if info.st_size > limit:
                os.lseek(fd, info.st_size - limit, os.SEEK_SET)
            with os.fdopen(os.dup(fd), "rb") as handle:
                return handle.read(limit).decode("utf-8", errors="replace")
        except OSError:
            return ""
        finally:
            os.close(fd)

    # ------------------------------------------------------------ acting on the attempt

    def stop(self, when: str, wait: float = 10.0) -> bool:
        """Ask the attempt to stop, whatever stage it is in; True when something was running.

        The stop mark is written first: a supervisor that has not started its
        worker yet sees it and never starts it (issue 9: no start after a stop).
        A live supervisor also gets SIGTERM and ends the worker's group; a dead
        one's orphaned group is killed directly.
        """
        self.mark(STOP, when)
        info = self.supervisor()
        if info and procinfo.alive(info.get("pid"), info.get("start_time")):
            import signal  # only to stop a process: status, logs and probes never need it

            try:
                os.kill(int(info["pid"]), signal.SIGTERM)
            except ProcessLookupError:
                return self.kill_group()
            # Until this attempt is recorded: its supervisor may go on with others (attempt.py).
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and not self.has_result() \
                    and procinfo.alive(info.get("pid"), info.get("start_time")):
                time.sleep(0.02)
            return True
        return self.kill_group()

    def kill_group(self) -> bool:
        """SIGKILL what is left of the worker's process group; True when anything was there.

        Safe even when the leader is gone: while any member lives the group id
        cannot be handed to a new process, and a live leader with another start
        time is a stranger whose group we leave alone.
        """
        info = self.worker()
        if info is None:
            return self._kill_unrecorded()
        pgid = info["worker_pgid"] if _pid(info.get("worker_pgid")) else info["worker_pid"]
        leader = procinfo.start_time(pgid)
        if leader is not None and info.get("worker_start") is not None and leader != info["worker_start"]:
            return False
        if not procinfo.group_members(pgid):
            return False
        import signal

        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            return False
        return True


    def _kill_unrecorded(self) -> bool:
        """SIGKILL the groups of this attempt's workers that have no record: a supervisor killed
        between starting its worker and writing its pid leaves one running, and a pass that takes
        the attempt for lost would start the next while it runs. The worker is found by the run
        folder in its environment (supervisor._start_worker puts it there); it leads its group."""
        import signal

        killed = False
        for pid in procinfo.with_environment("TASK_RUNNER_RUN_DIR", str(self.path.resolve())):
            try:
                if os.getpgid(pid) == pid:
                    os.killpg(pid, signal.SIGKILL)
                else:
                    os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                continue
            killed = True
        return killed


def spawn_supervisor(attempts: list) -> dict:
    """Start one detached supervisor for ``attempts`` (``[(RunDir, spec), …]``, all of one pass);
    returns its ``{"pid", "start_time"}``, which each attempt's ``supervisor.json`` records.

    It runs ``python -m task_runner.attempt RUN_DIR…`` in its own session (no
    terminal, stdio to the first folder's supervisor.log) and is never waited
    for: when the caller exits, init adopts and reaps it.
    """
    import subprocess  # only when a process is started: status and logs never pay for it

    for folder, spec in attempts:
        folder.make_folder()
        folder.write(SPEC, spec)
    first = attempts[0][0]
    try:
        log = first.open_stream(SUPERVISOR_LOG)
    except QueueError:  # a planted link: the supervisor still logs to task-runner.log
        log = subprocess.DEVNULL
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "task_runner.attempt", *(str(folder.path) for folder, _ in attempts)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, close_fds=True,
            cwd=str(first.path))
    finally:
        if log != subprocess.DEVNULL:
            os.close(log)
    info = {"pid": process.pid, "start_time": procinfo.start_time(process.pid)}
    for folder, _ in attempts:
        folder.write(SUPERVISOR, info)
    return info


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _strict_json(raw: bytes):
    """JSON as our writers make it: UTF-8, no NaN/Infinity (ValueError or RecursionError otherwise)."""
    return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)


def _pid(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2 ** 22
