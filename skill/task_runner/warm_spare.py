"""The warm server's spare (warm.py): a child forked ahead of the next command, with the queue
that command will most likely read already in its own memory.

After each command (which may have changed the queue) the server forks a spare that reads the
queue of the folder the last command used (QueueStore.read_ahead, readahead.py), then waits for
the next command on a socket pair and runs it there (warm_child.py). A copy held by the server
would not do: every object a forked child touches costs it a copied page. The command takes the
spare's copy only for the very bytes it reads itself. One that comes while the spare is still
reading runs in it all the same (it would read the same file itself; the spare is only ahead of
it); one whose queue is another folder's gets a child of its own, and the spare is stopped.
"""

import gc
import os
import select
import signal
import socket
from pathlib import Path

from task_runner import cli, readahead, store, warm_child, warm_wire
from task_runner.config import load_config


class Spare:
    """A spare: its pid, the server's end of its socket pair, the folder whose queue it reads (None:
    no queue file) and that file's signature when it was forked."""

    __slots__ = ("pid", "channel", "directory", "signature")

    def __init__(self, pid: int, channel: socket.socket, directory: Path | None, signature: tuple | None):
        self.pid, self.channel, self.directory, self.signature = pid, channel, directory, signature

    @classmethod
    def fork(cls, target: tuple | None, let_go) -> "Spare | None":
        """A new spare reading ``target`` (queue_target); ``let_go`` closes in it what is the
        server's. None when no process could be forked."""
        first, second = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            pid = os.fork()
        except OSError:
            first.close()
            second.close()
            return None
        if pid == 0:
            first.close()
            let_go()
            _serve(second, target[0] if target else None)
        second.close()
        return cls(pid, first, *(target or (None, None)))

    def takes(self, request: tuple) -> bool:
        """Is the command's queue the one this spare read (the same folder, or neither has one)?"""
        target = queue_target(request[1:4])
        return (target[0] if target else None) == self.directory

    def hand(self, connection: socket.socket, fds: list[int], request: tuple) -> bool:
        """Give it the command (the launcher's connection, its three streams, the request). A spare
        that could not take all of it must never run it: it is ended, and False returned."""
        try:
            self.channel.settimeout(2)
            warm_wire.send(self.channel, [connection.fileno(), *fds], request)
        except OSError:
            self.end()
            return False
        self.channel.close()
        return True

    def end(self) -> None:
        """Stop it, unused (the server reaps it with its other children)."""
        self.channel.close()
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass


def queue_target(hint: tuple) -> tuple | None:
    """(folder, signature) of the queue a command with these arguments, environment and working
    folder reads (a guess: a spare reads it, and no more); None when there is no queue file."""
    argv, environment, cwd = hint
    try:
        config = load_config(dir=_option(argv, "--dir"), workspace=_option(argv, "--workspace"),
                             env=environment, cwd=Path(cwd), warn=lambda message: None)
        directory = Path(cwd, config.dir)
        info = os.stat(directory / store.QUEUE_FILE)
    except Exception:  # noqa: BLE001 (the command finds its queue, and any error, itself)
        return None
    return directory, (str(directory), info.st_ino, info.st_size, info.st_mtime_ns)


# Commands that most likely leave the queue as it is. The next spare is forked as one starts, not
# after it ends, and reads the queue beside it: a script's back-to-back `status` finds it ready. One
# that wrote after all (status records a worker found dead) changed the file's signature, and the
# spare is replaced when it ends, as after any command.
READ_ONLY_COMMANDS = frozenset({"status", "parse", "logs", "diff", "wait"})


def reads_only(argv: list) -> bool:
    """Is the command of this command line one that most likely leaves the queue alone?"""
    command = next((word for word in argv[1:] if isinstance(word, str) and word in cli.COMMANDS), None)
    return command in READ_ONLY_COMMANDS


def _option(argv: list, name: str) -> str | None:
    """The value of ``--name VALUE`` or ``--name=VALUE`` in a command line."""
    for position, word in enumerate(argv):
        if word == name and position + 1 < len(argv):
            return argv[position + 1]
        if isinstance(word, str) and word.startswith(name + "="):
            return word[len(name) + 1:]
    return None


def _waiting(channel: socket.socket) -> bool:
    """Has the server handed this spare its command already?"""
    return bool(select.select([channel], [], [], 0)[0])


def _serve(channel: socket.socket, directory: Path | None) -> None:
    """In the spare: read the queue ahead, wait for a command and run it; never returns. The server
    closing its end (it left, or another spare replaced this one) ends it."""
    try:
        if directory is not None:
            gc.disable()  # 10,000 tasks decoded with the collector on take twice as long
            try:
                store.QueueStore(directory).read_ahead(lambda: _waiting(channel))
            except Exception:  # noqa: BLE001 (the command reads the queue, and reports it, itself)
                readahead.forget()
            gc.enable()
            gc.freeze()  # out of the way of a long-running command's collector
        request, fds = warm_wire.receive(channel, 4)
        if request is None:
            os._exit(0)  # no command (the server left, or replaced this spare): nothing runs
        channel.close()
    except BaseException:  # among them EOFError: not all of a command came, so none runs
        os._exit(0)
    warm_child.run(socket.socket(fileno=fds[0]), fds[1:], request)
