"""The forked child of the warm server (warm.py): from a launcher's request to the command's end.

The child waits for the launcher's go (so a launcher that never learnt the child's pid can run
the command itself without it running twice), becomes the launcher's process (its streams,
folder, umask, environment, time zone, arguments, default signal handling), runs the command as
``task-runner`` would, reports the exit status on the connection and leaves.
"""

import gc
import io
import os
import signal
import socket
import sys
import time

from task_runner import cli


def run(connection: socket.socket, fds: list[int], request: tuple) -> None:
    """Run the command the launcher sent; never returns."""
    try:
        for number in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
            signal.signal(number, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _wait_for_go(connection)
        _take_over(fds, request)
    except BaseException:  # e.g. the launcher's folder removed meanwhile: nothing of the command ran
        os.write(2, b"task-runner: error: the warm server could not set up this command (nothing of it "
                    b"ran); run it again, or with TASK_RUNNER_WARM=0 to run it without the server.\n")
        _report(connection, 3)
    try:
        if not cli.LONG_RUNNING & set(request[1][1:]):
            gc.disable()
        code = cli.finish(cli.main())  # cli.main answers every error of the command itself
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    except KeyboardInterrupt:  # Ctrl-C while the output was flushed
        code = 130
    except BaseException:  # not an Exception (cli.main answers those): the outcome is unknown
        os.write(2, b"task-runner: error: this command ended unexpectedly in the warm server; check with "
                    b"`task-runner status` before running it again.\n")
        code = 3
    _report(connection, code)


def _report(connection: socket.socket, code: int) -> None:
    """The command's exit status to the launcher, then leave; never returns."""
    try:
        connection.sendall(b"E" + (code & 0xFF).to_bytes(4, "big"))
    finally:
        os._exit(code)


def _wait_for_go(connection: socket.socket) -> None:
    """Nothing runs before the launcher has the pid and says go: a launcher that got no pid runs
    the command itself, so this child must not (it leaves without a word)."""
    try:
        go = connection.recv(1)
    except KeyboardInterrupt:  # Ctrl-C forwarded between the pid and the go: the command's 130
        _report(connection, 130)
    except OSError:
        go = b""
    if go != b"G":
        os._exit(0)


def _take_over(fds: list[int], request: tuple) -> None:
    """Become the launcher's process: its streams, folder, umask, environment, arguments."""
    _, argv, environment, cwd, umask, streams = request
    for number, fd in enumerate(fds):
        os.dup2(fd, number)
    for fd in fds:
        if fd > 2:
            os.close(fd)
    os.chdir(cwd)
    os.umask(umask)
    os.environ.clear()
    os.environ.update(environment)
    time.tzset()  # local time as the launcher's TZ says
    sys.argv = list(argv)
    sys.stdin, sys.stdout, sys.stderr = (_stream(number, *streams[number]) for number in range(3))
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr


def _stream(fd: int, encoding: str, errors: str, line_buffering: bool, write_through: bool,
            unbuffered: bool) -> io.TextIOWrapper:
    """A standard stream as the launcher's interpreter made it (encoding, buffering)."""
    raw = io.FileIO(fd, "rb" if fd == 0 else "wb", closefd=False)
    if unbuffered:
        buffered = raw
    else:
        buffered = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
    return io.TextIOWrapper(buffered, encoding=encoding, errors=errors, line_buffering=line_buffering,
                            write_through=write_through)
