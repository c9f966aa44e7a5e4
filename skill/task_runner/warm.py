"""The warm server: the package imported once, forked ready for each command (launcher.py).

``python -m task_runner.warm SOCKET`` imports every module a command may need, builds the
parser's tables, and then forks one child per command a launcher sends. The child
(warm_child.py) takes the launcher's streams, arguments, environment, working directory and
umask, runs the command as ``task-runner`` would (cli.main) and reports its exit status itself;
the server reports only a child killed by a signal. Nothing of one command reaches another: the
server never runs a command, and each child is a fresh copy of it that exits when its command
ends.

What keeps it honest:
- one server per interpreter, flags, search path and package (the socket's name) and per user
  (a private folder, and the peer's uid checked on every connection); one at a time (a lock);
- before each command it compares the files it imported with the disk: after an upgrade or an
  edit it declines (the launcher runs the command itself) and leaves, for a fresh one to start;
- a launcher that dies (killed) takes its command with it: the child is killed;
- it leaves when idle (``TASK_RUNNER_WARM_IDLE`` seconds, default 600) with no command running.

Between commands a spare child waits (warm_spare.py), forked ahead, that has read the queue of the
folder the last command used into its own memory: the next command runs in it and finds the
queue decoded, a third of a command's work on a 10,000-task queue. A command that writes a queue
says so as it writes (readahead.written, on a pipe), and the spare that reads the new file is
forked then, beside the rest of that command, not when it ends.
"""

import fcntl
import gc
import importlib
import os
import selectors
import signal
import socket
import struct
import sys
import time

from task_runner import cli, launcher, procinfo, readahead, validate, warm_child, warm_code, warm_spare, warm_wire
from task_runner.parse import parse_message, patterns

DEFAULT_IDLE_S = 600.0
# What a command may import on demand, imported here once so no child pays for it.
PRELOAD = (
    "subprocess", "shutil", "signal", "pathlib", "datetime", "json", "zlib", "shlex", "tempfile",
    "task_runner.config", "task_runner.dispatch", "task_runner.specs", "task_runner.prompt",
    "task_runner.verify", "task_runner.schedule", "task_runner.archive", "task_runner.logsetup",
    "task_runner.workers", "task_runner.openclaw", "task_runner.cronjob", "task_runner.bundle",
    "dateutil.parser", "croniter", "jsonschema",
)
# A message in each language the parser reads: its tables and patterns are built once, here.
WARM_MESSAGES = (
    "do these for me: 1. email Ana the report tomorrow at 3pm 2. write notes.md every Monday at 9",
    "hazme esto: 1. manda un correo a Ana mañana 2. busca vuelos a Lima", "retry T-02, skip T-03",
    "bitte: 1. schreib Anna eine Mail 2. such Flüge nach Wien", "帮我：1. 给小王发邮件 2. 查一下明天的天气",
    "peux-tu : 1. envoyer un mail à Léa 2. chercher un hôtel", "você pode: 1. mandar email ao João",
    "これお願い：1. 田中さんにメールして 2. 天気を調べて", "puoi: 1. mandare una mail a Gianni 2. cercare un volo",
)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m task_runner.warm SOCKET (started by task-runner itself)", file=sys.stderr)
        return 2
    # Hold nothing of the process that started us: a pipe it inherited and its own parent reads
    # to the end (an agent's exec tool) must close when that process ends, not when we do.
    os.closerange(3, os.sysconf("SC_OPEN_MAX"))
    path = argv[0]
    if not launcher.is_private_dir(os.path.dirname(path)):
        return 1
    lock = _lock(path + ".lock")
    if lock is None:
        return 0  # another server of this code runs (or is starting): it serves
    started_in = os.getcwd()
    os.chdir("/")  # hold no folder of the launcher's
    known = warm_code.package_files()
    if warm_code.fresh(known):
        return 0  # a file edited as this server was importing it: the next command starts another
    _preload()
    try:
        server = Server(path, lock, known | warm_code.imported_files(), ([], dict(os.environ), started_in))
    except OSError:
        return 1
    server.serve()
    return 0


def _lock(path: str) -> int | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _preload() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # an optional module that is missing is imported (or not) by the command
            pass
    for name in [module for module, _ in cli.COMMANDS.values()]:
        importlib.import_module(f"task_runner.commands.{name}")
    for message in WARM_MESSAGES:
        parse_message(message)
    patterns.compile_all()  # then no child compiles a pattern, whatever its message holds
    validate.compile_checks()
    gc.collect()
    gc.freeze()  # what is here stays: no child's collector walks (and copies) it


class Server:
    def __init__(self, path: str, lock: int, known: frozenset, hint: tuple):
        self.path, self.lock, self.known, self.pid = path, lock, known, os.getpid()
        # The last command's arguments, environment and folder: where the next one looks for its queue.
        self.hint = hint
        self.spare: warm_spare.Spare | None = None
        self.idle_s = _idle_seconds()
        self.children: dict[int, socket.socket] = {}
        self.last_active = time.monotonic()
        self.selector = selectors.DefaultSelector()
        self.wake_read, self.wake_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self.written_read, self.written_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)  # readahead.written
        signal.set_wakeup_fd(self.wake_write)
        signal.signal(signal.SIGCHLD, lambda number, frame: None)  # wakes the selector through the pipe
        if os.path.lexists(path):
            os.unlink(path)  # a server that died left it: the lock says none listens
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(path)
        os.chmod(path, 0o600)
        self.listener.listen(64)
        self.selector.register(self.listener, selectors.EVENT_READ, "accept")
        self.selector.register(self.wake_read, selectors.EVENT_READ, "wake")
        self.selector.register(self.written_read, selectors.EVENT_READ, "written")

    def serve(self) -> None:
        self._renew_spare()
        while self.listener is not None or self.children:
            if self.children:  # launchers without a pidfd to watch are looked at every second
                timeout = 1.0 if any(child.watch is None for child in self.children.values()) else None
            else:
                timeout = max(0.0, self.last_active + self.idle_s - time.monotonic())
            events = self.selector.select(timeout)
            if not events and not self.children:
                break  # idle
            for key, _ in events:
                if key.data == "accept":
                    self._accept()
                elif key.data == "wake":
                    self._reap()
                elif key.data == "written":  # a command wrote a queue: the spare reads it now
                    _drain(self.written_read)
                    self._renew_spare()
                elif key.data == "spare":
                    self._drop_spare()  # it ended (its end closed): it never sends anything
                else:
                    self._launcher_gone(key.data)
            for pid, child in list(self.children.items()):
                if child.watch is None and not procinfo.alive(child.launcher, child.launcher_start):
                    self._launcher_gone(pid)
        self.stop_listening()

    def _renew_spare(self) -> None:
        """Make sure a spare waits that read the queue as it is now (after a command that may have
        changed it): one that read other bytes, or another folder, is replaced."""
        if self.listener is None:
            return
        target = warm_spare.queue_target(self.hint)
        if self.spare is not None and self.spare.signature == (target[1] if target else None):
            return
        self._drop_spare()
        self.spare = warm_spare.Spare.fork(target, self._let_go)
        if self.spare is not None:
            self.selector.register(self.spare.channel, selectors.EVENT_READ, "spare")

    def _drop_spare(self) -> None:
        spare, self.spare = self.spare, None
        if spare is not None:
            self.selector.unregister(spare.channel)
            spare.end()

    def _hand_to_spare(self, connection: socket.socket, fds: list[int], request: tuple) -> int | None:
        """Give the command to the spare: its pid, or None (a child is forked instead). A spare that
        is still reading is given it all the same (the command would read the same file; the spare
        is only ahead of it), unless the command's queue is another folder's: then the spare would
        keep it waiting for nothing, and is stopped."""
        spare, self.spare = self.spare, None
        if spare is None:
            return None
        self.selector.unregister(spare.channel)
        if spare.takes(request) and spare.hand(connection, fds, request):
            return spare.pid
        spare.end()  # a no-op on one that failed to take it: it ended itself
        return None

    def stop_listening(self) -> None:
        """No new command: the socket is removed and the lock freed for a successor; commands
        running finish and are reported."""
        if self.listener is None:
            return
        self._drop_spare()
        self.selector.unregister(self.listener)
        self.listener.close()
        self.listener = None
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self.lock)

    def _accept(self) -> None:
        try:
            connection, _ = self.listener.accept()
        except OSError:
            return
        self.last_active = time.monotonic()
        try:
            request, fds, launcher_pid = _receive(connection)
        except (OSError, ValueError, EOFError, TypeError):
            connection.close()
            return
        if request is not None:
            _, argv, environment, cwd, _, _ = request
            self.hint = (argv, environment, cwd)
        try:
            if request is None or not warm_code.same(self.known):
                connection.sendall(b"N")  # the launcher runs the command itself
                connection.close()
                if request is not None:
                    self.stop_listening()  # other code on disk: a fresh server will serve it
                return
            pid = self._hand_to_spare(connection, fds, request) or os.fork()
        except OSError:
            connection.close()
            return
        finally:
            if os.getpid() == self.pid:
                for fd in fds:
                    os.close(fd)
        if pid == 0:
            self._child(connection, fds, request)
        child = self.children[pid] = _Child(connection, launcher_pid)
        if child.watch is not None:
            self.selector.register(child.watch, selectors.EVENT_READ, pid)
        try:
            connection.sendall(b"P" + pid.to_bytes(8, "big"))
        except OSError:  # the launcher is gone already: its command never starts
            self._launcher_gone(pid)
        if warm_spare.reads_only(request[1]):
            self._renew_spare()  # beside it, on the other core: a queue it leaves alone stays valid

    def _child(self, connection: socket.socket, fds: list[int], request: tuple) -> None:
        """In the forked child: let go of the server's descriptors, then be the command's process
        (warm_child.py); never returns."""
        self._let_go()
        warm_child.run(connection, fds, request)

    def _let_go(self) -> None:
        """In a forked child (a command's, or the spare): close what is the server's, so that only
        the server holds its socket, lock and connections, and a spare sees the server leave."""
        try:
            signal.set_wakeup_fd(-1)
            self.selector.close()
            for fd in (self.wake_read, self.wake_write, self.written_read):
                os.close(fd)
            readahead.tell_when_written(self.written_write)
            if self.listener is not None:
                self.listener.close()
            os.close(self.lock)
            for other in self.children.values():
                other.connection.close()
                if other.watch is not None and other.watch >= 0:
                    os.close(other.watch)
            if self.spare is not None:
                self.spare.channel.close()
        except BaseException:
            os._exit(3)  # before the go: the launcher gets no status and says the server stopped

    def _reap(self) -> None:
        _drain(self.wake_read)
        reaped = False
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            child = self.children.pop(pid, None)
            if child is None:  # a spare, dropped or dead
                if self.spare is not None and self.spare.pid == pid:
                    self._drop_spare()
                continue
            self.last_active, reaped = time.monotonic(), True
            if os.WIFSIGNALED(status):  # a child that exits reports its code itself
                try:
                    child.connection.sendall(b"S" + os.WTERMSIG(status).to_bytes(4, "big"))
                except OSError:
                    pass
            self._unwatch(child)
            child.connection.close()
        if reaped:  # the command may have changed the queue
            self._renew_spare()

    def _launcher_gone(self, pid: int) -> None:
        """The launcher died before its command ended (killed): so does the command."""
        child = self.children.get(pid)
        if child is None:
            return  # reaped earlier in the same round of events
        self._unwatch(child)
        child.launcher = None  # nothing to look at any more
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass

    def _unwatch(self, child: "_Child") -> None:
        if child.watch is not None and child.watch >= 0:
            self.selector.unregister(child.watch)
            os.close(child.watch)
        child.watch = -1  # neither watched nor polled


class _Child:
    """A command's process: its launcher's connection, and the launcher, watched through a pidfd
    (Linux) or, where there is none, looked at every second."""

    __slots__ = ("connection", "launcher", "launcher_start", "watch")

    def __init__(self, connection: socket.socket, launcher: int):
        self.connection, self.launcher = connection, launcher
        self.launcher_start = procinfo.start_time(launcher)  # a pid reused later is not the launcher
        try:
            self.watch = os.pidfd_open(launcher)
        except (AttributeError, OSError):
            self.watch = None


def _drain(fd: int) -> None:
    """Empty a non-blocking pipe that only says "something happened"."""
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _idle_seconds() -> float:
    try:
        return max(0.1, float(os.environ.get("TASK_RUNNER_WARM_IDLE", DEFAULT_IDLE_S)))
    except ValueError:
        return DEFAULT_IDLE_S


def _receive(connection: socket.socket) -> tuple[tuple | None, list[int], int]:
    """The launcher's request, its three stream descriptors and its pid; (None, fds, pid) when
    the request is not one this server reads (another protocol, another user)."""
    connection.settimeout(2)  # a launcher sends its request at once: one that does not is not waited for
    pid, uid, _ = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
    request, fds = warm_wire.receive(connection, 3)
    connection.settimeout(None)
    if uid != os.getuid() or not isinstance(request, tuple) or not request or request[0] != launcher.PROTOCOL:
        return None, fds, pid
    return request, fds, pid


if __name__ == "__main__":
    os._exit(main(sys.argv[1:]))
