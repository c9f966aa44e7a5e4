"""Notifications: ``events.jsonl`` and the skill's message templates.

Every notification a pass produces (a task started, done, blocked, lost,
stalled) is appended to ``events.jsonl`` and delivered to the user by the
next pass whose output someone reads (heartbeat, cron event, intake, the user
running ``dispatch``); passes run by worker supervisors deliver nothing.

Exactly once, even across crashes, with two numbers kept in the queue file:

- ``eventsCommitted``: the size of events.jsonl that belongs to a persisted
  queue. Events are appended *before* the queue is written, inside the same
  locked transaction, and the new size goes into that queue write. A pass that
  crashes in between leaves bytes past ``eventsCommitted``; the next pass
  truncates them and, redoing the same work from the unchanged queue, appends
  them again.
- ``eventsCursor``: how many of those bytes were delivered. A reading pass
  moves it to ``eventsCommitted`` in the same queue write, then prints.
"""

import json
import os
import re
from pathlib import Path

EVENTS_FILE = "events.jsonl"
_NUMBERED_RE = re.compile(r"^\d+[.)]\s")


class Events:
    """The events of one locked transaction; create it right after taking the lock."""

    def __init__(self, directory: Path, queue: dict):
        self.path = Path(directory) / EVENTS_FILE
        self.committed, self.cursor, leftover = _positions(self.path, queue)
        if leftover:  # appended by a pass that crashed before its queue write
            with open(self.path, "r+b") as handle:
                handle.truncate(self.committed)
        self.pending: list = []

    def add(self, kind: str, task_id: str, text: str, when: str) -> None:
        self.pending.append({"ts": when, "type": kind, "id": task_id, "text": text})

    def commit(self, queue: dict, deliver: bool) -> list:
        """Append this transaction's events; with ``deliver``, return every undelivered event.

        Call as the last step inside the transaction: the queue write that
        follows is what makes the appended bytes (and the cursor) count.
        """
        if self.pending:
            data = "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in self.pending).encode()
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            self.committed += len(data)
            self.pending = []
        queue["eventsCommitted"] = self.committed
        delivered = []
        if deliver:
            delivered = self._read(self.cursor, self.committed)
            self.cursor = self.committed
        queue["eventsCursor"] = self.cursor
        return delivered

    def _read(self, start: int, end: int) -> list:
        if end <= start:
            return []
        with open(self.path, "rb") as handle:
            handle.seek(start)
            data = handle.read(end - start)
        events = []
        for line in data.decode("utf-8", errors="replace").splitlines():
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
        return events


def _positions(path: Path, queue: dict) -> tuple:
    """(committed, cursor, leftover bytes?) for the file as it is and the queue as persisted."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    committed = queue.get("eventsCommitted")
    if not isinstance(committed, int) or committed > size:
        committed = size  # first run, or the file was removed or rotated by hand
    cursor = queue.get("eventsCursor")
    if not isinstance(cursor, int) or cursor > committed:
        cursor = committed
    return committed, cursor, size > committed


def has_work(directory: Path, queue: dict, deliver: bool) -> bool:
    """True when a pass must take the lock for the events: leftovers to drop, or events to deliver."""
    committed, cursor, leftover = _positions(Path(directory) / EVENTS_FILE, queue)
    return leftover or (deliver and cursor < committed)


# ---------------------------------------------------------------- the skill's templates


def numbered(steps) -> list:
    """``["1. do this", "2. then that"]`` from plain or already numbered steps."""
    return [text if _NUMBERED_RE.match(text) else f"{index}. {text}"
            for index, text in enumerate((str(step).strip() for step in steps), 1)]


def done_text(task: dict, next_run: str | None = None) -> str:
    lines = [f"✅ {task['id']} done — {task.get('deliverable') or 'finished'}"]
    if task.get("deliverable_path"):
        lines.append(f"   📄 {task['deliverable_path']}")
    if next_run:
        lines.append(f"   ⏰ next run {next_run}")
    return "\n".join(lines)


def blocked_text(task: dict) -> str:
    tried = task.get("strategies_tried") or []
    if task.get("blocked_by"):
        return f"🚫 {task['id']} blocked — {task.get('blocked_reason')}"
    lines = [f"🚫 {task['id']} blocked after {len(tried)} attempt{'' if len(tried) == 1 else 's'} — "
             f"{task.get('blocked_reason') or 'it kept failing'}", "What was tried:"]
    for entry in tried:
        why = entry.get("result") or "no result"
        if entry.get("verification_failure"):
            why += f" (check failed: {entry['verification_failure']})"
        lines.append(f"  {entry.get('attempt')}. {entry.get('strategy')} via {entry.get('tool')}: {why}")
    steps = task.get("user_action_required") or []
    if isinstance(steps, str):
        steps = [steps]
    if steps:
        lines.append("What you can do:")
        lines += [f"  {step}" for step in steps]
    lines.append(f"Then reply \"retry {task['id']}\".")
    return "\n".join(lines)


def started_text(task: dict, kind: str) -> str:
    if kind == "agent":
        return f"🔄 {task['id']} handed to a sub-agent — {task['description']}"
    return f"🔄 Started {task['id']} ({kind}) — {task['description']}"


def lost_text(task: dict, why: str) -> str:
    return f"⚠️ {task['id']} lost its worker ({why}); the attempt counts as lost and the task goes back to the queue."


def stalled_text(task: dict, minutes: int) -> str:
    return f"⏸️ {task['id']} stalled (no output for {minutes} min); stopping it — the attempt counts as failed."


ALL_BLOCKED = ("All tasks are blocked. Each one above says what it needs; once that is done, reply "
               "\"retry T-NN\" (or \"retry all blocked\").")
