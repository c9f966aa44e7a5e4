"""Queues read ahead of the command that will read them (the warm server's spare, warm.py).

The spare reads the queue the next command will most likely read before that command comes
(store.QueueStore.read_ahead); the store gives the command that copy only for the very bytes it
reads itself, and only once, since the command may change what it gets.

A command run by the warm server tells it each time it has written a queue (``written``): the
server then forks the spare that reads it at once, beside the rest of the command (its notices,
its output), rather than when the command ends. A script's next command, back to back, then
finds much more of the queue read.
"""

import os
from pathlib import Path

LIMIT = 16 << 20  # ~35,000 tasks; a bigger file is read by the command itself


class Ahead:
    """A queue file's bytes as read ahead, whether format_queue wrote them (``ours``), the queue
    decoded, its task rows (None: not made, or not in our layout) and, for our own file, an
    unchanged copy of its tasks (None: not made)."""

    __slots__ = ("raw", "ours", "document", "rows", "twin")

    def __init__(self, raw: bytes, ours: bool, document: dict, rows: list | None, twin: list | None):
        self.raw, self.ours, self.document, self.rows, self.twin = raw, ours, document, rows, twin


_held: dict[Path, Ahead] = {}  # at most one: the folder the next command will most likely use
_tell: list[int] = []  # in a warm server's command: the server's end of "a queue was written"


def hold(path: Path, ahead: Ahead) -> None:
    _held.clear()
    _held[path] = ahead


def take(path: Path, raw: bytes) -> Ahead | None:
    """What was read ahead of ``path`` if it is these very bytes; either way it is let go."""
    ahead = _held.pop(path, None)
    return ahead if ahead is not None and ahead.raw == raw else None


def forget() -> None:
    _held.clear()


def tell_when_written(fd: int) -> None:
    """In a warm server's child: say on ``fd`` (non-blocking) whenever a queue file was written."""
    _tell[:] = [fd]


def written() -> None:
    """A queue file was just written, and its check recorded: tell the warm server, if any (one
    byte; a full pipe means it has been told already)."""
    for fd in _tell:
        try:
            os.write(fd, b"w")
        except OSError:
            pass
