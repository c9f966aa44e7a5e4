"""The queue store: the one durable source of truth, ``task-queue.json``.

Readers never lock (every write is an atomic rename, so a reader sees the old or the new file,
never half of one). Writers go through ``transaction()``, which holds the lock for the whole
read-modify-write. A file that does not parse or validate is never overwritten: the command stops
with exit 3. The folder must be private (``check_private_dir``) before anything in it is read or
written.

Checking a queue against the schema costs more than reading it (a 10,000-task
queue: ~100 ms against ~25 ms of JSON). So whoever has checked some bytes, by
reading or writing them, leaves their fingerprint in ``task-queue.json.checked``
(CRC-32 and length of the bytes, and the identity of the checking code); a
process that reads exactly those bytes again trusts them without a second
check. The record is a cache, never a source of truth: when it is missing,
torn, stale or from another version of the checker, the file is checked.

Writing a big queue costs more than reading it, too (encoding 10,000 tasks: ~40 ms). A file that
is format_queue's own output (we wrote those bytes, the record says so) has one task per line in
task order, so a transaction writes back the line of every task it left equal to the file's and
encodes only the tasks it changed.

The warm server's spare (warm.py) reads the queue ahead of the next command (``read_ahead``): a command
reading exactly those bytes takes it as decoded there, with its rows and copy (readahead.py).
"""

import itertools
import json
import marshal
import math
import operator
import os
import re
import stat
import zlib
from contextlib import contextmanager
from pathlib import Path

from task_runner import readahead
from task_runner.errors import QueueError, UserError
from task_runner.fsutil import (
    QUEUE_LOCK_PATIENCE,
    atomic_write_text,
    check_private_dir,
    ensure_dir,
    file_lock,
    open_private,
    read_private,
)
from task_runner.lifecycle import QUEUE_DEFAULTS, complete_queue
from task_runner.validate import checker_identity, queue_error

QUEUE_FILE = "task-queue.json"
CHECKED_FILE = QUEUE_FILE + ".checked"
DEFAULT_LOCK_TIMEOUT = 10.0


class QueueStore:
    def __init__(self, directory: Path, lock_timeout: float | None = None, dir_setting: str | None = None):
        self.directory = Path(directory)
        self.path = self.directory / QUEUE_FILE
        self.lock_path = self.directory / (QUEUE_FILE + ".lock")
        self.checked_path = self.directory / CHECKED_FILE
        self.lock_timeout = DEFAULT_LOCK_TIMEOUT if lock_timeout is None else lock_timeout
        # What a new queue records as taskRunnerDir: the setting as the user wrote it (may use ~).
        self.dir_setting = dir_setting or str(self.directory)
        # The exact bytes this store last validated or wrote: reading them again (a pass reads
        # before it locks, then under the lock) needs parsing, not another schema check.
        self._trusted: bytes | None = None
        # ``_trusted`` is format_queue's own output: its task lines are the tasks, in order.
        self._ours = False
        # The task rows (as written) of the last queue this store locked or wrote: a long-lived
        # store (a supervisor chain) re-checks only the tasks another process changed since. Kept
        # from the transaction's own formatting, so a one-shot command pays nothing for it.
        self._rows: list[str] = []
        # What the last read took from readahead: its rows and unchanged copy of the tasks spare a
        # transaction the work of finding them.
        self._ahead: readahead.Ahead | None = None
        self._checked = False

    def check_directory(self) -> None:
        """Refuse a folder another user owns or may write (once per store: one stat)."""
        if not self._checked:
            check_private_dir(self.directory)
            self._checked = self.directory.is_dir()

    def exists(self) -> bool:
        return self.path.exists()

    def fresh(self) -> dict:
        return complete_queue(dict(QUEUE_DEFAULTS, taskRunnerDir=self.dir_setting, tasks=[]))

    def read(self) -> dict:
        """The completed, validated queue; a fresh one (not written) when there is no file yet."""
        return self._load(self.path, missing_ok=True)

    def _load(self, path: Path, missing_ok: bool) -> dict:
        self.check_directory()
        try:
            raw = read_private(path)
        except FileNotFoundError:
            self._trusted = self._ahead = None
            if missing_ok:
                return self.fresh()
            raise QueueError(f"{path}: file not found.") from None
        self._ahead = readahead.take(path, raw)
        if self._ahead is not None:  # the very bytes, decoded ahead
            self._trusted, self._ours = raw, self._ahead.ours
            return self._ahead.document
        if raw == self._trusted:
            return json.loads(raw) if self._ours else complete_queue(json.loads(raw))
        mark = self._checked_before(raw)
        if mark:
            self._trusted, self._ours = raw, mark == _OURS
            # Our own bytes were written complete, by this very code (the record names it).
            return json.loads(raw) if self._ours else complete_queue(json.loads(raw))
        document = load_document(path, raw, frozenset(self._rows))
        self._trusted, self._ours = raw, False
        self._remember_checked(raw, ours=False)
        return document

    def _checked_before(self, raw: bytes) -> bytes | None:
        """The mark of the record left for exactly these bytes (``_OURS`` or ``_CHECKED``), or None."""
        try:
            record = read_private(self.checked_path, 200)
        except (OSError, QueueError):
            return None
        stem = _fingerprint(raw)
        if record.startswith(stem) and record[len(stem):] in (_OURS, _CHECKED):
            return record[len(stem):]
        return None

    def _remember_checked(self, raw: bytes, ours: bool) -> None:
        """Record that ``raw`` passed the check (best effort: a failure only costs the next reader a
        check). Overwritten in place, neither renamed nor fsync'd (creating a file costs more than
        the write on some disks): a reader of a torn or lost record just checks the file."""
        try:  # non-blocking: a FIFO planted here must not hang us (it has no reader: ENXIO)
            fd = open_private(self.checked_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NONBLOCK)
        except (OSError, QueueError):
            return
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.write(fd, _fingerprint(raw) + (_OURS if ours else _CHECKED))
        except OSError:
            pass
        finally:
            os.close(fd)

    @contextmanager
    def transaction(self):
        """Lock, read, let the caller change the queue, and write it back atomically if it changed."""
        self.check_directory()
        ensure_dir(self.directory)
        with file_lock(self.lock_path, self.lock_timeout, QUEUE_LOCK_PATIENCE):
            queue = self.read()
            before = self._trusted.decode("utf-8") if self._trusted else ""
            ahead, self._ahead = self._ahead, None
            self._rows = (ahead.rows if ahead and ahead.rows is not None else _task_rows(before, self._ours)) or []
            previous = self._previous_rows(queue, ahead.twin if ahead else None)
            # Another writer's rows in our layout were checked by the read: known, not matched to tasks.
            foreign_rows = set(self._rows) if previous is None and self._rows else None
            yield queue
            try:
                after, rows, kept = format_queue(queue, previous)
            except (ValueError, RecursionError) as error:  # NaN/Infinity or absurd nesting: not JSON
                problem = queue_error(queue) if isinstance(error, ValueError) else None
                raise QueueError(f"refusing to write an invalid queue to {self.path}: {problem or error}. "
                                 "Nothing was changed.") from None
            # A file laid out by another writer, unchanged but for the layout, is left as it is.
            if after != before and not (before and previous is None and foreign_rows is None
                                        and after == _as_we_write(before)):
                # Rows that were in the file were validated when it was read; check the rest.
                if foreign_rows:
                    kept = [row in foreign_rows for row in rows]
                problem = queue_error(queue, skip_tasks=kept)
                if problem:  # a bug of ours: refuse to persist it rather than corrupt the queue
                    raise QueueError(f"refusing to write an invalid queue to {self.path}: {problem}")
                try:
                    payload = after.encode("utf-8")
                except UnicodeEncodeError as error:
                    raise UserError(
                        f"a text holds characters that are not valid UTF-8 ({_bad_char(after, error)}); "
                        "send it again as UTF-8 text. Nothing was changed.") from None
                atomic_write_text(self.path, payload)
                self._trusted, self._ours, self._rows = payload, True, rows
                self._remember_checked(self._trusted, ours=True)
                readahead.written()

    def _previous_rows(self, queue: dict, twin: list | None) -> tuple | None:
        """The tasks of the queue just read as they were read (a copy), their lines as written, and
        each id's position: only for our own layout, where line and task are known to match. The
        copy lets format_queue tell which tasks the caller left equal; marshal makes it in half the
        time of parsing the file again (~12 against ~25 ms at 10,000 tasks), unless ``twin`` is it."""
        if not (self._ours and self._rows):
            return None
        try:
            tasks = _copy(queue.get("tasks") or []) if twin is None else twin
        except ValueError:  # nested deeper than marshal goes: compare nothing, encode every task
            return None
        where = {task.get("id"): position for position, task in enumerate(tasks)}
        return (tasks, self._rows, where) if len(where) == len(tasks) == len(self._rows) else None

    def read_ahead(self, unwanted=lambda: False) -> None:
        """Read, check and decode the queue for the next command (readahead.py; warm.py's spare):
        one that reads the same bytes takes this copy. Its rows and unchanged copy, which only a
        write needs, are made unless ``unwanted()`` says the command has come (a write makes them
        itself). Raises what a read raises (the command will report it itself); nothing is written
        but the check's record."""
        readahead.forget()
        try:
            if os.stat(self.path).st_size > readahead.LIMIT:
                return
        except FileNotFoundError:
            return
        document = self.read()
        if self._trusted is None:
            return
        rows = twin = None
        if not unwanted():
            rows = _task_rows(self._trusted.decode("utf-8"), self._ours)
            try:
                twin = _copy(document.get("tasks") or []) if rows and self._ours and not unwanted() else None
            except ValueError:  # nested deeper than marshal goes: the transaction compares nothing
                twin = None
        readahead.hold(self.path, readahead.Ahead(self._trusted, self._ours, document, rows, twin))

    def ensure(self) -> bool:
        """Create the folder and a complete queue file if there is none; True when it was created."""
        if self.path.exists():
            return False
        with self.transaction():
            pass
        return True


def _copy(tasks: list) -> list:
    return marshal.loads(marshal.dumps(tasks))


_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def format_queue(queue: dict, previous: tuple | None = None) -> tuple[str, list[str], list[bool]]:
    """Queue JSON with one task per line, its task rows, and which rows were kept from ``previous``.

    Readable and diffable, and written by json's C encoder (``indent=`` falls
    back to the pure-Python encoder, 5x slower on a big queue). ``previous`` holds
    the tasks as last written, their rows and each id's position: a task equal to the
    one of its id keeps that row instead of being encoded again. Python's equality is
    the test, so only a value that changes type but not value (1 to 1.0 or True) would
    keep its old spelling.
    """
    tasks = queue.get("tasks") or []
    encode = _ROW_ENCODER.encode  # json.dumps with options builds an encoder per call (a third of the cost)
    if previous:
        old_tasks, old_rows, where = previous
        # Most tasks are where they were: compared position by position in C, and only the
        # others (changed, added, moved by a removal) are looked up by id or encoded.
        kept = list(map(operator.eq, old_tasks, tasks)) + [False] * max(0, len(tasks) - len(old_tasks))
        rows = old_rows[:len(tasks)] + [""] * max(0, len(tasks) - len(old_rows))
        for position in itertools.compress(range(len(tasks)), map(operator.not_, kept)):
            task = tasks[position]
            other = where.get(task.get("id")) if type(task) is dict else None
            kept[position] = other is not None and old_tasks[other] == task
            rows[position] = old_rows[other] if kept[position] else encode(task)
    else:
        rows, kept = [encode(task) for task in tasks], [False] * len(tasks)
    # One join of every piece: each string between is 4.5 MB more to copy at 10,000 tasks.
    parts, last = ["{\n"], len(queue) - 1
    for position, (key, value) in enumerate(queue.items()):
        end = ",\n" if position < last else "\n"
        if key == "tasks" and rows:
            separated = [",\n    "] * (2 * len(rows) - 1)
            separated[::2] = rows
            parts += ['  "tasks": [\n    ', *separated, "\n  ]" + end]
        else:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
            parts.append(f"  {json.dumps(key, ensure_ascii=False)}: {text}{end}")
    parts.append("}\n")
    return "".join(parts), rows, kept


def _as_we_write(text: str) -> str | None:
    """``text`` (a queue file someone else laid out: the prompt-only skill, an older version, a
    hand edit) as format_queue would write it once completed: a transaction that changed nothing
    leaves such a file as it is. Only reached when the bytes differ from our own layout."""
    try:
        return format_queue(complete_queue(json.loads(text)))[0]
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None


_TASKS_OPENING = '\n  "tasks": [\n'


def _task_rows(text: str, ours: bool = False) -> list[str] | None:
    """The task rows, in order, of a queue text in format_queue's layout (one task a line); None
    when the text is laid out otherwise (another writer's indentation, or no task to tell by).
    ``ours``: format_queue wrote these very bytes (their record says so), so the layout is not checked."""
    start = text.find(_TASKS_OPENING)
    # The array closes on the last such line: in this layout no line after it opens with "  ]".
    end = text.rfind("\n  ]")
    if not text.startswith("{\n  \"") or start < 0 or end <= start:
        return None
    body = text[start + len(_TASKS_OPENING):end]
    if not (body.startswith("    {") and body.endswith("}")):
        return None
    # A row holds no line break (JSON escapes them): our layout is every line break in a separator
    # and every row opening with { and closing with } (10,000 rows: 6 ms; counting patterns: 13).
    rows = body[4:].split(",\n    ")
    ours = ours or (body.count("\n") == len(rows) - 1 and all(map(str.startswith, rows, itertools.repeat("{")))
                    and all(map(str.endswith, rows, itertools.repeat("}"))))
    return rows if ours else None


# What a fingerprint record says of the bytes besides "checked": that format_queue wrote them.
_OURS, _CHECKED = b" ours", b" checked"


def _fingerprint(raw: bytes) -> bytes:
    return f"{zlib.crc32(raw):08x} {len(raw)} {checker_identity()}".encode("ascii")


def _bad_char(text: str, error: UnicodeError) -> str:
    return f"{text[error.start]!r} near {text[max(0, error.start - 20):error.start]!r}"


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:40]} is too large for a number")
    return number


# ``\ud800``-``\udfff`` escapes: a lone one decodes to a string that cannot be written back as UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json(path: Path, raw: bytes):
    """Strict JSON of a file we own: UTF-8, finite numbers, sane nesting; QueueError otherwise."""
    untouched = "It was left untouched."
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise QueueError(
            f"{path}: not UTF-8 text (byte {error.start}). Restore it from a backup or move it aside; "
            "it was left untouched."
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
        if _SURROGATE_ESCAPE.search(text):
            json.dumps(document, ensure_ascii=False).encode("utf-8")
    except json.JSONDecodeError as error:
        raise QueueError(
            f"{path}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}. "
            "Fix that spot by hand (or move the file aside to start an empty queue); it was left untouched."
        ) from None
    except RecursionError:
        raise QueueError(f"{path}: JSON nested too deeply to be a task-runner file. {untouched}") from None
    except UnicodeEncodeError:
        raise QueueError(f"{path}: holds a \\u escape of half a character (a lone surrogate). {untouched}") from None
    except ValueError as error:  # NaN/Infinity/1e400, or an integer of thousands of digits
        raise QueueError(f"{path}: not valid JSON: {str(error)[:120]}. {untouched}") from None
    return document


def _rows(document: dict) -> list[str]:
    """Each task as format_queue writes its row (what ``known_rows`` holds)."""
    tasks = document.get("tasks")
    if not isinstance(tasks, list):
        return []
    try:
        return [_ROW_ENCODER.encode(task) for task in tasks]
    except (ValueError, TypeError, RecursionError):
        return []


def load_document(path: Path, raw: bytes, known_rows: frozenset = frozenset()) -> dict:
    """Parse and validate a queue or archive file's bytes, or explain exactly what is wrong.

    Tasks whose row is in ``known_rows`` (validated before by this process) are not checked again.
    """
    document = parse_json(path, raw)
    if not isinstance(document, dict):
        raise QueueError(
            f"{path}: expected a JSON object with a \"tasks\" array at the top level, got "
            f"{type(document).__name__}. It was left untouched."
        )
    complete_queue(document)
    rows = _rows(document) if known_rows else []
    problem = queue_error(document, [row in known_rows for row in rows]) if rows else queue_error(document)
    if problem:
        raise QueueError(
            f"{path}: does not match the queue schema: {problem}. Fix the field by hand "
            "(see references/queue-schema.md); the file was left untouched."
        )
    return document
