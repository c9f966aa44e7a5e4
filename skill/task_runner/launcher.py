"""What ``task-runner`` runs first (scripts/task-runner): hand the command to a warm server, or run it here.

Every command is a fresh interpreter, and most of its time goes to importing the package (~30 ms
on a 2-core machine, more than the work of a command on a 1,000-task queue). So, as Mercurial's
chg does, a resident server (warm.py) imports everything once and forks a ready copy of itself
per command. This module is what runs first: it imports only built-in modules (no re, no json,
no socket.py and its enums), finds the server of exactly this interpreter and package, and sends
it the command as this process would have run it: arguments, environment, working directory,
umask, the three standard streams themselves (their file descriptors) and how they are encoded.
The forked child runs the command on those streams; this process forwards the signals it gets
(Ctrl-C) to the child and leaves with the child's exit status.

Whenever that is not possible (no server yet, a server of other code, a folder that is not
private, closed standard streams, ``TASK_RUNNER_WARM=0``, ``serve``), the command runs here, in
this process, exactly as before, and a server is started in the background for the next one.
"""

import _signal  # the C modules, not socket.py and signal.py: those import enum (~3 ms)
import _socket
import marshal
import os
import sys

# Runs in the foreground for a service manager (systemd, launchd): it must be that very process.
COLD_COMMANDS = frozenset({"serve"})
PROTOCOL = 1
SOCKET_PREFIX = "warm-"


def main() -> None:
    """Run the command (argv) warm when a server takes it, else here; never returns."""
    folder = server_dir() if _wanted() else None
    if folder is None:
        _run_here(start_server=False)
    if not is_private_dir(folder):  # none yet: start one; another user's or an open one: never
        _run_here(start_server=not os.path.lexists(folder))
    code = _run_warm(socket_path(folder))
    if code is None:
        _run_here(start_server=True)
    os._exit(code)


def _wanted() -> bool:
    if os.environ.get("TASK_RUNNER_WARM", "1").strip().lower() in ("0", "false", "no", "off"):
        return False
    if os.name != "posix" or COLD_COMMANDS & set(sys.argv[1:]):
        return False
    return all(stream is not None for stream in (sys.stdin, sys.stdout, sys.stderr))


def server_dir() -> str:
    """Where this user's servers listen: TASK_RUNNER_WARM_DIR, else XDG_RUNTIME_DIR/task-runner,
    else /tmp/task-runner-UID. It must be a folder of this user that nobody else may enter."""
    chosen = os.environ.get("TASK_RUNNER_WARM_DIR")
    if chosen:
        return chosen
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return os.path.join(runtime, "task-runner") if runtime else f"/tmp/task-runner-{os.getuid()}"


def socket_path(folder: str) -> str:
    """The socket of the server for exactly this interpreter, its flags and search path (past
    the script's own folder) and this package: a server of other code would run other code."""
    package = os.path.dirname(os.path.abspath(__file__))
    key = marshal.dumps((PROTOCOL, sys.version, sys.executable, tuple(sys.flags), sys.path[1:], package))
    digest = 0x811C9DC5  # FNV-1a: zlib's crc32 would cost an import
    for byte in key:
        digest = ((digest ^ byte) * 0x01000193) & 0xFFFFFFFF
    return os.path.join(folder, f"{SOCKET_PREFIX}{digest:08x}.sock")


def is_private_dir(folder: str) -> bool:
    """A real folder (not a link) of this user, closed to everyone else: another user able to
    listen there would receive every command's environment and streams."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    is_dir = info.st_mode & 0o170000 == 0o040000  # stat.S_ISDIR without importing stat
    return is_dir and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _run_warm(path: str) -> int | None:
    """The command's exit status from the server; None when no server took the command."""
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.connect(path)
        connection.sendmsg([_request()], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, _fds(0, 1, 2))])
        reply = _read(connection, 9)
    except OSError:
        connection.close()
        return None
    if len(reply) < 9 or reply[:1] != b"P":  # the server declined (other code on disk) or went away
        connection.close()
        return None
    child = int.from_bytes(reply[1:], "big")
    _forward_signals(child)
    try:
        connection.sendall(b"G")  # the child waits for it: without it the command never starts
    except OSError:  # nobody holds the other end: the child is gone, and ran nothing
        connection.close()
        return None
    try:
        status = _read(connection, 5)
    except OSError:
        status = b""
    return _exit_status(status)


def _request() -> bytes:
    mask = os.umask(0)
    os.umask(mask)
    # How each stream is encoded and buffered (unbuffered under -u / PYTHONUNBUFFERED: a raw FileIO).
    streams = [(stream.encoding, stream.errors, stream.line_buffering, stream.write_through,
                type(getattr(stream, "buffer", None)).__name__ == "FileIO") for stream in (sys.stdin, sys.stdout, sys.stderr)]
    body = marshal.dumps((PROTOCOL, sys.argv, dict(os.environ), os.getcwd(), mask, streams))
    return len(body).to_bytes(4, "big") + body


def _fds(*numbers: int) -> bytes:
    return b"".join(number.to_bytes(4, sys.byteorder, signed=True) for number in numbers)


def _read(connection, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _forward_signals(child: int) -> None:
    """Ctrl-C, a hang-up or a TERM sent to this process are meant for the command: pass them on."""
    def forward(number, frame):
        try:
            os.kill(child, number)
        except OSError:
            pass

    for number in (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP, _signal.SIGQUIT):
        _signal.signal(number, forward)


def _exit_status(status: bytes) -> int:
    """``E<code>`` for an exit, ``S<signal>`` for a child killed by a signal (re-raised here, so
    a shell sees the same death); a lost server is an error, said in one line."""
    if len(status) == 5 and status[:1] == b"E":
        return int.from_bytes(status[1:], "big")
    if len(status) == 5 and status[:1] == b"S":
        number = int.from_bytes(status[1:], "big")
        try:
            _signal.signal(number, _signal.SIG_DFL)
        except (OSError, ValueError):  # KILL and STOP keep their default anyway
            pass
        try:
            os.kill(os.getpid(), number)
        except OSError:
            pass
        return 128 + number
    os.write(2, b"task-runner: error: the warm server's process for this command ended without an exit "
                b"status, so whether the command took effect is unknown: check with `task-runner status` "
                b"before running it again (TASK_RUNNER_WARM=0 runs commands without the server).\n")
    return 3


def _run_here(start_server: bool) -> None:
    from task_runner.cli import run  # the whole command line: only when no server took the command

    run(after=start_in_background if start_server else None)


def start_in_background() -> None:
    """Start this process's server, detached, for the next command (best effort, ~1 ms: the
    server imports the package in its own time, after this command has answered)."""
    folder = server_dir()
    try:
        os.mkdir(folder, 0o700)
    except OSError:
        pass  # there already (checked below), or not creatable: then no server
    if not is_private_dir(folder):
        return
    argv = [sys.executable, "-m", "task_runner.warm", socket_path(folder)]
    try:
        devnull = os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.posix_spawn(sys.executable, argv, dict(os.environ), setsid=True,
                       file_actions=[(os.POSIX_SPAWN_DUP2, devnull, fd) for fd in (0, 1, 2)])
    except OSError:
        pass
    finally:
        os.close(devnull)
