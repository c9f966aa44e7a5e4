"""Durable files: atomic replacement, private permissions, and the queue lock.

The lock is ``flock(2)`` on a separate lock file: the primitive portalocker
uses on POSIX, so a process holding ``portalocker.Lock`` on the same file
excludes us and vice versa. We call it directly because importing portalocker
costs ~34 ms (it reads its own package metadata at import), over half of the
60 ms budget of a whole ``task-runner add``; on platforms without ``fcntl``
we fall back to portalocker itself.
"""

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

from task_runner.errors import QueueError

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_dir(path: Path) -> None:
    if not path.is_dir():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def atomic_write_text(path: Path, text: str, mode: int = FILE_MODE) -> None:
    """Write all of ``text`` or nothing: temp file, fsync, rename, fsync of the folder."""
    ensure_dir(path.parent)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


def atomic_write_json(path: Path, data, mode: int = FILE_MODE) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n", mode)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _lock_holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except OSError:
        return "another process"
    return f"process {pid}" if pid.isdigit() else "another process"


@contextmanager
def file_lock(path: Path, timeout: float):
    """Hold an exclusive lock on ``path`` for the block, waiting at most ``timeout`` seconds."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield from _portalocker_lock(path, timeout)
        return
    ensure_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise QueueError(
                        f"{path}: the queue is locked by {_lock_holder(path)} and stayed locked for "
                        f"{timeout:g}s. If that process is stuck, stop it and run the command again; "
                        "raise TASK_RUNNER_LOCK_TIMEOUT to wait longer."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _portalocker_lock(path: Path, timeout: float):  # pragma: no cover - Windows
    import portalocker

    try:
        with portalocker.Lock(str(path), mode="a", timeout=timeout, flags=portalocker.LOCK_EX):
            yield
    except portalocker.exceptions.LockException:
        raise QueueError(f"{path}: the queue stayed locked for {timeout:g}s; run the command again.") from None
