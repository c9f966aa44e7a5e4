"""The archiver: finished tasks older than archiveDays move to ``archive/YYYY-MM.json``.

A task goes to the file of the month of its ``completed_at`` *in UTC*
(``2026-03-31T23:30:00-02:00`` is April 1st 01:30 UTC, so ``2026-04.json``), so
the file a task lands in never depends on the machine's time zone. Each archive
file has the queue's top-level format (its ``archivedCount`` is the number of
tasks in that file), tasks sorted by id.

Crash safety: the archive files are written (atomically) before the queue
drops the tasks. A crash in between leaves a task in both places; the next
pass merges by id and ``added_at``, so it is neither duplicated nor lost; a
*different* task with the same id (a queue that was deleted and started again
before ids were continued from the archive) is kept beside the old one and
flagged ``idConflict``, never written over. The queue's ``archivedCount``
counts each task once, when it leaves the queue. A finished task that a live
task depends on stays until its dependants are finished too (the dispatcher
hands its result to them). ``lastId`` is never touched, and a new queue
continues after the highest archived id, so ids are never reused. The run
folders (``runs/T-NN/``) of archived tasks are removed with them.

``archive_tasks`` works on a queue dict inside the caller's transaction (the
dispatch pass calls it there); ``archive_pass`` is the standalone
``task-runner archive``.
"""

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from task_runner import budget, ids, worktrees
from task_runner.errors import QueueError, UserError
from task_runner.fsutil import atomic_write_json
from task_runner.lifecycle import TERMINAL
from task_runner.rundir import RUNS_DIR
from task_runner.store import load_document
from task_runner.timeutil import parse_iso

ARCHIVE_DIR = "archive"
MONTH_RE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


class ArchiveResult:
    """What one archive pass did (a plain class: dataclasses cost ~4 ms of imports per command)."""

    def __init__(self):
        self.archived: list = []  # ids, in queue order
        self.files: list = []  # archive files written
        self.errors: list = []  # archive files we refused to touch, with why

    def as_dict(self) -> dict:
        return {"archived": self.archived, "files": [str(path) for path in self.files], "errors": self.errors}


def month_of(completed_at: str) -> str:
    return parse_iso(completed_at).astimezone(timezone.utc).strftime("%Y-%m")


def _id_number(task_id: str) -> int:
    return int(task_id.split("-", 1)[1])


class Archive:
    """The archive files of one queue folder, read lazily and at most once."""

    def __init__(self, directory: Path):
        self.folder = Path(directory).expanduser() / ARCHIVE_DIR
        self._tasks: list | None = None
        self._highest = 0

    def _load(self) -> list:
        if self._tasks is None:
            self._tasks = []
            for path in _month_files(self.folder):
                try:
                    document = load_document(path, path.read_bytes())
                except (OSError, QueueError):
                    continue  # an unreadable archive is reported by `archive` and `status --archived`
                self._tasks += document["tasks"]
                self._highest = max(self._highest, ids.highest_number(document))
        return self._tasks

    def highest_number(self) -> int:
        """The highest id ever archived here, from the files' ids and lastId (0 without an archive)."""
        self._load()
        return self._highest

    def status_of(self, task_id: str) -> str | None:
        """The archived task's status, or None when it is not archived."""
        found = [task["status"] for task in self._load() if task["id"] == task_id]
        return found[-1] if found else None


def _month_files(folder: Path) -> list:
    return sorted(folder.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json")) if folder.is_dir() else []


def eligible(queue: dict, now: datetime, archive_days: int) -> dict[str, list]:
    """Tasks to archive grouped by month: terminal, completed before the cutoff, no live dependant."""
    cutoff = now - timedelta(days=archive_days)
    needed = {dep for task in queue["tasks"] if task["status"] not in TERMINAL
              for dep in task.get("depends_on") or ()}
    by_month: dict[str, list] = {}
    for task in queue["tasks"]:
        if task["status"] not in TERMINAL or task["id"] in needed or not task.get("completed_at"):
            continue  # a terminal task without completed_at cannot be dated; it stays visible
        try:
            completed = parse_iso(task["completed_at"])
        except ValueError:
            continue
        if completed < cutoff:
            by_month.setdefault(month_of(task["completed_at"]), []).append(task)
    return by_month


def _archive_document(path: Path, queue: dict) -> dict:
    """The archive file's current content, or a new one with the queue's top-level settings."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {key: value for key, value in queue.items() if key not in ("tasks", "cronJob", "eventsCursor", "eventsCommitted")} \
            | {"archivedCount": 0, "tasks": []}
    return load_document(path, raw)


def archive_tasks(queue: dict, directory: Path, now: datetime, archive_days: int) -> ArchiveResult:
    """Write eligible tasks to their archive files, then drop them from ``queue`` (in place).

    Call it inside the queue transaction: the archive files are on disk before
    the transaction writes the smaller queue. A month whose archive file is
    unreadable or invalid is left alone (its tasks stay in the queue) and
    reported in ``errors``; the other months still go.
    """
    result = ArchiveResult()
    moved: set[str] = set()
    for month, tasks in sorted(eligible(queue, now, archive_days).items()):
        path = Path(directory) / ARCHIVE_DIR / f"{month}.json"
        try:
            document = _archive_document(path, queue)
        except QueueError as error:
            result.errors.append(str(error))
            continue
        document["tasks"] = sorted(_merge(document["tasks"], tasks), key=lambda task: _id_number(task["id"]))
        document["archivedCount"] = len(document["tasks"])
        document["lastId"] = queue["lastId"]
        atomic_write_json(path, document)
        result.files.append(path)
        moved.update(task["id"] for task in tasks)
    if moved:
        gone = [task for task in queue["tasks"] if task["id"] in moved]
        budget.set_aside(queue, gone)  # what they cost still counts against TASK_RUNNER_BUDGET_USD
        worktrees.retire(gone)  # their worktrees go, their branches task-runner/T-NN stay
        result.archived = [task["id"] for task in gone]
        queue["tasks"] = [task for task in queue["tasks"] if task["id"] not in moved]
        queue["archivedCount"] = queue.get("archivedCount", 0) + len(moved)
        import shutil  # with bz2 and lzma ~2 ms: only when run folders are removed

        for task_id in result.archived:
            shutil.rmtree(Path(directory) / RUNS_DIR / task_id, ignore_errors=True)
    return result


def _same_task(one: dict, other: dict) -> bool:
    """Two records of one task (a crash between the archive and the queue write left it in both)."""
    return one.get("added_at") == other.get("added_at") and one.get("description") == other.get("description")


def _merge(archived: list, leaving: list) -> list:
    """The archive's tasks plus the leaving ones: the same task (id, added_at, description) is replaced by
    the queue's newer copy; a different task with the same id is kept beside it, flagged."""
    merged = list(archived)
    for task in leaving:
        same = [i for i, old in enumerate(merged) if old["id"] == task["id"]]
        twin = next((i for i in same if _same_task(merged[i], task)), None)
        if twin is not None:
            merged[twin] = task
        else:
            if same:
                task["idConflict"] = True
            merged.append(task)
    return merged


def archive_pass(store, archive_days, moment: datetime) -> ArchiveResult:
    """One archive pass on its own: lock, archive, write the queue.

    ``archive_days`` maps the queue to its archiveDays setting (flags and env win over the file).
    """
    if not store.exists():
        return ArchiveResult()
    with store.transaction() as queue:
        return archive_tasks(queue, store.directory, moment, archive_days(queue))


def load_archived(directory: Path, month: str | None = None) -> list[dict]:
    """Archived tasks, oldest month first (one month with ``month="YYYY-MM"``)."""
    folder = Path(directory).expanduser() / ARCHIVE_DIR
    if month is not None:
        if not MONTH_RE.match(month):
            raise UserError(f"--month {month!r}: expected YYYY-MM, like 2026-03.", 2)
        paths = [folder / f"{month}.json"]
    else:
        paths = _month_files(folder)
    tasks = []
    for path in paths:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        tasks += load_document(path, raw)["tasks"]
    return tasks

