"""The task record: its 16 fixed fields, defaults, and how old records are completed."""

import re

from task_runner.timeutil import now, to_iso

TASK_FIELDS = (
    "id", "description", "goal", "type", "status", "retries", "maxRetries", "subagent_session",
    "strategies_tried", "deliverable", "deliverable_path", "blocked_reason", "user_action_required",
    "added_at", "started_at", "completed_at",
)
TYPES = (
    "messaging", "reminder-scheduling", "code-execution", "file-creation",
    "agent-delegation", "info-lookup", "unknown",
)
STATUSES = ("pending", "running", "done", "blocked", "skipped")
TERMINAL = frozenset(("done", "blocked", "skipped"))
STATUS_EMOJI = {"pending": "⏳", "running": "🔄", "done": "✅", "blocked": "🚫", "skipped": "⏭️"}

QUEUE_DEFAULTS = {
    "version": "1.0",
    "maxConcurrent": 2,
    "maxRetries": 3,
    "archiveDays": 7,
    "taskRunnerDir": "~/.openclaw/tasks/",
    "lastId": None,
    "archivedCount": 0,
}

_LIST_MARK_RE = re.compile(r"^\s*(?:[-*•+]\s+|\d+[.)]\s+|\[[ xX]?\]\s+)")
_SPACE_RE = re.compile(r"\s+")


def make_goal(description: str) -> str:
    """A cleaned one-sentence objective: list marks and extra spaces gone, capitalised, one final stop."""
    text = _SPACE_RE.sub(" ", _LIST_MARK_RE.sub("", description)).strip().rstrip(" .;,:!")
    if not text:
        return ""
    return text[0].upper() + text[1:] + "."


def new_task(task_id: str, description: str, *, goal: str | None = None, type: str = "unknown",
             max_retries: int = 3, added_at: str | None = None, **optional) -> dict:
    """A fresh pending task with every fixed field present; ``optional`` fields only when given."""
    task = {
        "id": task_id,
        "description": description,
        "goal": goal or make_goal(description),
        "type": type,
        "status": "pending",
        "retries": 0,
        "maxRetries": max_retries,
        "subagent_session": None,
        "strategies_tried": [],
        "deliverable": None,
        "deliverable_path": None,
        "blocked_reason": None,
        "user_action_required": None,
        "added_at": added_at or to_iso(now()),
        "started_at": None,
        "completed_at": None,
    }
    task.update({key: value for key, value in optional.items() if value is not None})
    return task


def complete_queue(queue: dict) -> dict:
    """Fill the fields an older writer left out, in place, without touching any other field.

    Works on whatever the file held: values of the wrong type are left for
    validation to report rather than being "repaired" into something else.
    """
    for key, value in QUEUE_DEFAULTS.items():
        queue.setdefault(key, value)
    queue.setdefault("tasks", [])
    tasks = queue["tasks"]
    if isinstance(tasks, list):
        default_retries = queue["maxRetries"]
        for task in tasks:
            if isinstance(task, dict):
                _complete_task(task, default_retries)
    return queue


def _complete_task(task: dict, default_retries) -> None:
    for field in TASK_FIELDS:
        if field in task:
            continue
        if field == "strategies_tried":
            task[field] = []
        elif field == "retries":
            task[field] = 0
        elif field == "maxRetries":
            task[field] = default_retries
        elif field == "type":
            task[field] = "unknown"
        elif field == "status":
            task[field] = "pending"
        elif field == "goal" and isinstance(task.get("description"), str):
            task[field] = make_goal(task["description"])
        else:
            task[field] = None


def set_terminal(task: dict, status: str, when: str | None = None) -> None:
    """Move a task to a terminal status; terminal statuses always carry ``completed_at``."""
    task["status"] = status
    task["completed_at"] = when or to_iso(now())
