"""The queue store: the one durable source of truth, ``task-queue.json``.

Readers never lock (every write is an atomic rename, so a reader sees the old
or the new file, never half of one). Writers go through ``transaction()``,
which holds the lock for the whole read-modify-write. A file that does not
parse or validate is never overwritten: the command stops with exit 3.
"""

import json
from contextlib import contextmanager
from pathlib import Path

from task_runner.errors import QueueError
from task_runner.fsutil import atomic_write_text, ensure_dir, file_lock
from task_runner.tasks import QUEUE_DEFAULTS, complete_queue
from task_runner.validate import queue_error

QUEUE_FILE = "task-queue.json"
DEFAULT_LOCK_TIMEOUT = 10.0


class QueueStore:
    def __init__(self, directory: Path, lock_timeout: float | None = None, dir_setting: str | None = None):
        self.directory = Path(directory)
        self.path = self.directory / QUEUE_FILE
        self.lock_path = self.directory / (QUEUE_FILE + ".lock")
        self.lock_timeout = DEFAULT_LOCK_TIMEOUT if lock_timeout is None else lock_timeout
        # What a new queue records as taskRunnerDir: the setting as the user wrote it (may use ~).
        self.dir_setting = dir_setting or str(self.directory)
        # The exact bytes this store last validated or wrote: reading them again (a pass reads
        # before it locks, then under the lock) needs parsing, not another schema check.
        self._trusted: bytes | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def fresh(self) -> dict:
        return complete_queue(dict(QUEUE_DEFAULTS, taskRunnerDir=self.dir_setting, tasks=[]))

    def read(self) -> dict:
        """The completed, validated queue; a fresh one (not written) when there is no file yet."""
        return self._load(self.path, missing_ok=True)

    def _load(self, path: Path, missing_ok: bool) -> dict:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if missing_ok:
                return self.fresh()
            raise QueueError(f"{path}: file not found.") from None
        except OSError as error:
            raise QueueError(
                f"{path}: cannot read the file ({error.strerror}). Check its owner and permissions "
                f"(it should be readable by this user, mode 600); nothing was changed."
            ) from None
        if raw == self._trusted:
            return complete_queue(json.loads(raw))
        document = load_document(path, raw)
        self._trusted = raw
        return document

    @contextmanager
    def transaction(self):
        """Lock, read, let the caller change the queue, and write it back atomically if it changed."""
        ensure_dir(self.directory)
        with file_lock(self.lock_path, self.lock_timeout):
            queue = self.read()
            before, old_rows = format_queue(queue)
            checked_rows = set(old_rows)
            yield queue
            after, rows = format_queue(queue)
            if after != before or not self.path.exists():
                # Rows that were in the file were validated when it was read; check the rest.
                problem = queue_error(queue, skip_tasks=[row in checked_rows for row in rows])
                if problem:  # a bug of ours: refuse to persist it rather than corrupt the queue
                    raise QueueError(f"refusing to write an invalid queue to {self.path}: {problem}")
                atomic_write_text(self.path, after)
                self._trusted = after.encode("utf-8")

    def ensure(self) -> bool:
        """Create the folder and a complete queue file if there is none; True when it was created."""
        if self.path.exists():
            return False
        with self.transaction():
            pass
        return True


def format_queue(queue: dict) -> tuple[str, list[str]]:
    """Queue JSON with one task per line, and those task rows.

    Readable and diffable, and written by json's C encoder (``indent=`` falls
    back to the pure-Python encoder, 5x slower on a big queue).
    """
    lines = ["{"]
    rows = [json.dumps(task, ensure_ascii=False) for task in queue.get("tasks") or ()]
    last = len(queue) - 1
    for position, (key, value) in enumerate(queue.items()):
        comma = "," if position < last else ""
        if key == "tasks" and rows:
            body = ",\n".join("    " + row for row in rows)
            lines.append(f'  "tasks": [\n{body}\n  ]{comma}')
        else:
            lines.append(f"  {json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n", rows


def load_document(path: Path, raw: bytes) -> dict:
    """Parse and validate a queue or archive file's bytes, or explain exactly what is wrong."""
    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        raise QueueError(
            f"{path}: not UTF-8 text (byte {error.start}). Restore it from a backup or move it aside; "
            "it was left untouched."
        ) from None
    except json.JSONDecodeError as error:
        raise QueueError(
            f"{path}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}. "
            "Fix that spot by hand (or move the file aside to start an empty queue); it was left untouched."
        ) from None
    if not isinstance(document, dict):
        raise QueueError(
            f"{path}: expected a JSON object with a \"tasks\" array at the top level, got "
            f"{type(document).__name__}. It was left untouched."
        )
    complete_queue(document)
    problem = queue_error(document)
    if problem:
        raise QueueError(
            f"{path}: does not match the queue schema: {problem}. Fix the field by hand "
            "(see references/queue-schema.md); the file was left untouched."
        )
    return document

