"""Durable files that cannot be subverted: atomic replacement, private modes, the queue lock.

Everything task-runner writes lives in a folder only its user may change, so
it is checked (``check_private_dir``) and created 0700. Inside it no write
ever goes through a symbolic link: files are opened with ``O_NOFOLLOW``,
temporary files also with ``O_EXCL`` under a name nobody can predict
(pid and 16 random hex digits), so a
planted ``task-queue.json.lock`` or ``.task-queue.json.*.tmp`` link is
refused or ignored and its target is never touched.

Every ``OSError`` becomes a ``QueueError`` whose message names the file, the
cause (disk full, read-only, permissions, a link, a folder) and the fix;
``FileNotFoundError`` alone passes through, for callers that treat a missing
file as "nothing yet".

The lock is ``flock(2)`` on a separate lock file: the primitive portalocker
uses on POSIX, so a process holding ``portalocker.Lock`` on the same file
excludes us and vice versa. We call it directly because importing portalocker
costs ~34 ms, over half of the 60 ms budget of a whole ``task-runner add``;
on platforms without ``fcntl`` we fall back to portalocker itself.
"""

import errno
import json
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path

from task_runner import procinfo
from task_runner.errors import QueueError

DIR_MODE = 0o700
FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
# A temp file older than this whose writer is gone was left by a killed process.
STALE_TEMP_SECONDS = 60.0
# While the queue lock's holder runs, a waiter keeps waiting up to this many times the lock timeout.
QUEUE_LOCK_PATIENCE = 12

_CAUSES = {
    errno.ENOSPC: ("the disk is full", "free some space and run the command again"),
    errno.EDQUOT: ("the disk quota is used up", "free some space and run the command again"),
    errno.EROFS: ("the file system is read-only",
                  "remount it read-write or set TASK_RUNNER_DIR to a writable folder"),
    errno.EACCES: ("permission denied",
                   "the file and its folder must belong to you (chown) with modes 600 and 700 (chmod)"),
    errno.EPERM: ("operation not permitted",
                  "the file and its folder must belong to you (chown) with modes 600 and 700 (chmod)"),
    errno.ELOOP: ("it is a symbolic link, which task-runner never follows inside its folder",
                  "remove the link (rm) and run the command again"),
    errno.EISDIR: ("it is a folder where a file belongs", "move the folder aside and run the command again"),
    errno.ENOTDIR: ("a part of its path is a file, not a folder", "move that file aside"),
    errno.EMLINK: ("it is a symbolic link, which task-runner never follows inside its folder",
                   "remove the link (rm) and run the command again"),
}


def _token(size: int) -> str:
    """Unpredictable hex, as ``secrets.token_hex`` (whose import costs ~10 ms of hmac/hashlib)."""
    return os.urandom(size).hex()


def fs_error(error: OSError, path, action: str, outcome: str = "") -> QueueError:
    """A QueueError for ``error`` while trying to ``action`` ``path``: cause, fix, and ``outcome``."""
    cause, fix = _CAUSES.get(error.errno, (error.strerror or str(error), "check the file and its folder"))
    tail = f" {outcome}" if outcome else ""
    failure = QueueError(f"{path}: cannot {action}: {cause}; {fix}.{tail}")
    failure.cause = cause  # the bare cause, for callers that word their own sentence (a lost attempt)
    return failure


def ensure_dir(path: Path) -> None:
    """Create ``path`` and any missing parents, each 0700 (``mkdir -p`` would make parents 0755)."""
    path = Path(path)
    missing = []
    try:
        while not path.is_dir():
            missing.append(path)
            if path.parent == path:
                break
            path = path.parent
    except OSError as error:
        raise fs_error(error, path, "create the folder") from None
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise QueueError(f"{folder}: a file is where a folder belongs; move it aside.") from None
        except OSError as error:
            raise fs_error(error, folder, "create the folder") from None


def check_private_dir(path: Path) -> None:
    """Refuse a queue folder another user owns or may write: they could delete the queue or plant links."""
    if not hasattr(os, "geteuid"):  # pragma: no cover - Windows: no POSIX owner and mode to check
        return
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise fs_error(error, path, "use the queue folder") from None
    if not stat.S_ISDIR(info.st_mode):
        raise QueueError(f"{path}: TASK_RUNNER_DIR is not a folder; move the file aside or choose another folder.")
    uid = os.geteuid()
    if info.st_uid != uid:
        raise QueueError(
            f"{path}: the queue folder belongs to {_user(info.st_uid)}, not to you ({_user(uid)}), "
            f"so they could change or delete your queue. Set TASK_RUNNER_DIR to a folder of your own, "
            f"or if it is yours: chown {_user(uid)} {path} && chmod 700 {path}")
    if info.st_mode & 0o022:
        who = " and ".join(w for w, bit in (("group", 0o020), ("others", 0o002)) if info.st_mode & bit)
        raise QueueError(
            f"{path}: the queue folder is writable by {who} (mode {stat.S_IMODE(info.st_mode):03o}), "
            f"so another user could delete the queue or plant links in it. Run: chmod 700 {path}")


def _user(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"uid {uid}"


def open_private(path, flags: int) -> int:
    """``os.open`` that never follows a symlink, closes on exec and creates files 0600.

    FileNotFoundError passes through; any other failure is a QueueError naming the cause.
    """
    try:
        return os.open(path, flags | _NOFOLLOW, FILE_MODE)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise fs_error(error, path, "open the file") from None


def write_private(path, data, append: bool = False) -> None:
    """Write (or append) ``data`` (str or bytes) to a 0600 file, never through a symlink; not atomic."""
    payload = data.encode("utf-8", "replace") if isinstance(data, str) else data
    fd = open_private(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC))
    try:
        _write_all(fd, payload)
    except OSError as error:
        raise fs_error(error, path, "write the file") from None
    finally:
        os.close(fd)


def read_private(path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refusing a symlink, a folder or a FIFO (which would block the
    reader forever); FileNotFoundError passes through. With ``limit``, at most ``limit + 1`` bytes
    are read, so a caller sees that a file is too big without reading all of it."""
    fd = open_private(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        kind = stat.S_IFMT(os.fstat(fd).st_mode)
        if kind != stat.S_IFREG:
            reason = errno.EISDIR if kind == stat.S_IFDIR else errno.EINVAL
            raise OSError(reason, "not a regular file" if reason == errno.EINVAL else os.strerror(reason))
        chunks, left = [], float("inf") if limit is None else limit + 1
        while left > 0 and (chunk := os.read(fd, int(min(1 << 20, left)))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise fs_error(error, path, "read the file", "Nothing was changed.") from None
    finally:
        os.close(fd)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def atomic_write_text(path: Path, text: str | bytes, mode: int = FILE_MODE, durable: bool = True) -> None:
    """Write all of ``text`` (or of these UTF-8 bytes) or nothing: private temp file, fsync,
    rename, fsync of the folder.

    ``durable=False`` skips both fsyncs: still all or nothing for every process, only a power
    loss may leave the old file (for records that mean nothing once every process is gone)."""
    path = Path(path)
    # Before touching the disk: a text that cannot be encoded writes nothing.
    payload = text if isinstance(text, bytes) else text.encode("utf-8")
    ensure_dir(path.parent)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{_token(8)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, mode)
    except OSError as error:
        raise fs_error(error, path, "write the file", "Nothing was changed.") from None
    try:
        try:
            _write_all(fd, payload)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException as error:
        _unlink_quietly(temp)
        if isinstance(error, OSError):
            raise fs_error(error, path, "write the file", "Nothing was changed.") from None
        raise
    if durable:
        _fsync_dir(path.parent)
    remove_stale_temps(path)


def atomic_write_json(path: Path, data, mode: int = FILE_MODE, durable: bool = True) -> None:
    """``atomic_write_text`` of ``data`` as JSON; a QueueError (nothing written) for data that is not
    JSON: NaN/Infinity, absurd nesting, or a text that is not valid UTF-8 (a lone surrogate)."""
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        atomic_write_text(path, text, mode, durable)
    except UnicodeEncodeError:
        raise QueueError(f"refusing to write {path}: a text in it is not valid UTF-8. Nothing was changed.") from None
    except (ValueError, RecursionError) as error:
        raise QueueError(f"refusing to write {path}: the data is not valid JSON ({error}). "
                         "Nothing was changed.") from None


def _fsync_dir(path: Path) -> None:
    """Make the rename durable. A failure here is not reported: the new file is already in place,
    and saying "failed" would make the caller believe nothing changed."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def remove_stale_temps(path: Path, now: float | None = None) -> int:
    """Delete temp files of ``path`` left by killed writers (older than a minute, writer gone).

    Unlinking removes a planted link itself, never its target. Returns how many were removed.
    """
    prefix, removed = f".{path.name}.", 0
    now = time.time() if now is None else now
    try:
        entries = [entry for entry in os.scandir(path.parent)
                   if entry.name.startswith(prefix) and entry.name.endswith(".tmp")]
    except OSError:
        return 0
    for entry in entries:
        pid_text = entry.name[len(prefix):-4].split(".", 1)[0]
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
        except OSError:
            continue
        if old and pid_text.isdigit() and len(pid_text) < 10 and procinfo.start_time(int(pid_text)) is None:
            _unlink_quietly(Path(entry.path))
            removed += 1
    return removed


def _lock_record(fd: int) -> bytes:
    try:
        return os.pread(fd, 80, 0)
    except OSError:
        return b""


def _holder(record: bytes) -> str:
    fields = record.decode("ascii", "replace").split()
    if fields and fields[0].isdigit() and len(fields[0]) < 10:
        return f"process {fields[0]}"
    return "another process"


def _holder_alive(record: bytes) -> bool:
    fields = record.decode("ascii", "replace").split()
    if not fields or not fields[0].isdigit() or len(fields[0]) >= 10:
        return True  # written by portalocker or an older task-runner: we cannot tell, assume it runs
    start = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() and len(fields[1]) < 20 else None
    return procinfo.alive(int(fields[0]), start)


@contextmanager
def file_lock(path: Path, timeout: float, patience: float = 1):
    """Hold an exclusive lock on ``path`` for the block.

    With ``patience`` above 1 (the queue lock: ``QUEUE_LOCK_PATIENCE``) the
    wait is fair under load: after ``timeout`` we keep waiting as long as the
    holder named in the lock file (pid and start time, so a reused pid does
    not count) still runs, up to ``patience`` times ``timeout``; at 16 clients
    each holding it for milliseconds nobody gives up. We stop at ``timeout``
    when the holder is gone and a process it started inherited the lock. The
    message names the holder either way. The default waits ``timeout``, for
    locks whose users would rather skip than wait.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield from _portalocker_lock(path, timeout)
        return
    path = Path(path)
    ensure_dir(path.parent)
    fd = open_private(path, os.O_RDWR | os.O_CREAT)
    try:
        _acquire(fcntl, fd, path, timeout, patience)
        _record_holder(fd)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _acquire(fcntl, fd: int, path: Path, timeout: float, patience: float) -> None:
    started = time.monotonic()
    give_up = started + timeout * max(1, patience)
    delay = 0.0005
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        except OSError as error:
            raise fs_error(error, path, "lock the queue", "Nothing was changed.") from None
        now = time.monotonic()
        if now - started >= timeout:
            record = _lock_record(fd)
            alive = _holder_alive(record)
            if now >= give_up or not alive:
                gone = "" if alive else " (which has exited: a process it started still holds the lock)"
                raise QueueError(
                    f"{path}: the queue is locked by {_holder(record)}{gone} and stayed locked for "
                    f"{now - started:.3g}s. If that process is stuck, stop it and run the command again; "
                    "raise TASK_RUNNER_LOCK_TIMEOUT to wait longer. Nothing was changed."
                )
        time.sleep(delay * (0.5 + os.urandom(1)[0] / 510))  # jitter: waiters do not wake in step
        delay = min(delay * 2, 0.002)


def _record_holder(fd: int) -> None:
    """Write "pid start-time nonce" so waiters can name us and see the lock change hands.

    Informational only: on a full disk the lock is held all the same.
    """
    pid = os.getpid()
    record = f"{pid} {procinfo.start_time(pid) or 0} {_token(4)}\n".encode()
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, record, 0)
    except OSError:
        pass


def _portalocker_lock(path: Path, timeout: float):  # pragma: no cover - Windows (patience not supported)
    import portalocker

    try:
        with portalocker.Lock(str(path), mode="a", timeout=timeout, flags=portalocker.LOCK_EX):
            yield
    except portalocker.exceptions.LockException:
        raise QueueError(f"{path}: the queue stayed locked for {timeout:g}s; run the command again.") from None


def last_resort_message(error: BaseException) -> str:
    """One line for an OSError or RecursionError that no module turned into a QueueError (cli.main)."""
    if isinstance(error, RecursionError):
        return "the input is nested too deeply to process; simplify it and run the command again."
    path = getattr(error, "filename", None)
    if isinstance(error, OSError) and path:
        return str(fs_error(error, path, "use the file", "The command stopped there; check what it reports."))
    cause, fix = _CAUSES.get(getattr(error, "errno", None), (str(error) or type(error).__name__, "run it again"))
    return f"{cause}; {fix}."
