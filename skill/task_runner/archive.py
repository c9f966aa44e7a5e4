"""The archiver: finished tasks older than archiveDays move to ``archive/YYYY-MM.json``.

A task goes to the file of the month of its ``completed_at`` *in UTC*
(``2026-03-31T23:30:00-02:00`` is April 1st 01:30 UTC, so ``2026-04.json``), so
the file a task lands in never depends on the machine's time zone. Each archive
file has the queue's top-level format (its ``archivedCount`` is the number of
tasks in that file), tasks sorted by id.

Crash safety: the archive files are written (atomically) before the queue
drops the tasks. A crash in between leaves a task in both places; the next
pass merges by id, so it is neither duplicated nor lost, and the queue's
``archivedCount`` counts each task once, when it leaves the queue. A finished
task that a live task depends on stays until its dependants are finished too
(the dispatcher hands its result to them). ``lastId`` is never touched, so ids
are never reused.

``archive_tasks`` works on a queue dict inside the caller's transaction (the
dispatch pass calls it there); ``archive_pass`` is the standalone
``task-runner archive``.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ARCHIVE_DIR = "archive"
MONTH_RE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


@dataclass
class ArchiveResult:
    archived: list = field(default_factory=list)  # ids, in queue order
    files: list = field(default_factory=list)  # archive files written
    errors: list = field(default_factory=list)  # archive files we refused to touch, with why

    def as_dict(self) -> dict:
        return {"archived": self.archived, "files": [str(path) for path in self.files], "errors": self.errors}


def month_of(completed_at: str) -> str:
    from task_runner.timeutil import parse_iso

    return parse_iso(completed_at).astimezone(timezone.utc).strftime("%Y-%m")


def _id_number(task_id: str) -> int:
    return int(task_id.split("-", 1)[1])


def eligible(queue: dict, now: datetime, archive_days: int) -> dict[str, list]:
    """Tasks to archive grouped by month: terminal, completed before the cutoff, no live dependant."""
    from task_runner.tasks import TERMINAL
    from task_runner.timeutil import parse_iso

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
    from task_runner.store import load_document

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
    from task_runner.errors import QueueError
    from task_runner.fsutil import atomic_write_json

    result = ArchiveResult()
    moved: set[str] = set()
    for month, tasks in sorted(eligible(queue, now, archive_days).items()):
        path = Path(directory) / ARCHIVE_DIR / f"{month}.json"
        try:
            document = _archive_document(path, queue)
        except QueueError as error:
            result.errors.append(str(error))
            continue
        merged = {task["id"]: task for task in document["tasks"]}
        merged.update((task["id"], task) for task in tasks)  # the queue's copy is the newest
        document["tasks"] = sorted(merged.values(), key=lambda task: _id_number(task["id"]))
        document["archivedCount"] = len(document["tasks"])
        document["lastId"] = queue["lastId"]
        atomic_write_json(path, document)
        result.files.append(path)
        moved.update(task["id"] for task in tasks)
    if moved:
        result.archived = [task["id"] for task in queue["tasks"] if task["id"] in moved]
        queue["tasks"] = [task for task in queue["tasks"] if task["id"] not in moved]
        queue["archivedCount"] = queue.get("archivedCount", 0) + len(moved)
    return result


def archive_pass(store, config, now: datetime | None = None) -> ArchiveResult:
    """One archive pass on its own: lock, archive, write the queue."""
    from task_runner.timeutil import now as clock

    moment = now or clock()
    if not store.exists():
        return ArchiveResult()
    with store.transaction() as queue:
        return archive_tasks(queue, store.directory, moment, config.effective(queue, "archiveDays"))


def load_archived(directory: Path, month: str | None = None) -> list[dict]:
    """Archived tasks, oldest month first (one month with ``month="YYYY-MM"``)."""
    from task_runner.errors import UserError
    from task_runner.store import load_document

    folder = Path(directory).expanduser() / ARCHIVE_DIR
    if month is not None:
        if not MONTH_RE.match(month):
            raise UserError(f"--month {month!r}: expected YYYY-MM, like 2026-03.", 2)
        paths = [folder / f"{month}.json"]
    else:
        paths = sorted(folder.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json")) if folder.is_dir() else []
    tasks = []
    for path in paths:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        tasks += load_document(path, raw)["tasks"]
    return tasks


def run(args, config) -> int:
    """``task-runner archive``: exit 3 when an archive file had to be left alone."""
    from task_runner.config import open_store
    from task_runner.output import emit

    store = open_store(config)
    result = archive_pass(store, config)
    if result.archived:
        names = ", ".join(f"{ARCHIVE_DIR}/{path.name}" for path in result.files)
        text = f"🗄️ Archived {len(result.archived)} task(s): {', '.join(result.archived)} → {names}"
    else:
        text = "🗄️ Nothing to archive."
    text = "\n".join([text] + [f"⚠️ {error}" for error in result.errors])
    emit(args, dict(result.as_dict(), ok=not result.errors), text)
    return 3 if result.errors else 0
