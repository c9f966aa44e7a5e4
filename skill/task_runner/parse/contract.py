"""The design.md §4 parse document, checked field by field (used by the tests and the fuzzer)."""

import re

from task_runner.lifecycle import TaskType

_ID = re.compile(r"^T-\d{2,}$")
_VERBS = ("skip", "retry", "cancel", "done", "answer", "urgent", "pause", "resume")
_QUEUE_VERBS = ("pause", "resume")  # the whole queue: ids [], selector "all", note a group's name or None
_PRIORITIES = (None, "high")
_SELECTORS = (None, "all", "pending", "running", "blocked", "done", "skipped")
_STATUSES = (None, "pending", "running", "blocked", "done", "skipped")
_DOUBTS = ("language", "split", "vague", "date")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$")


def problems(doc) -> list[str]:
    """Everything wrong with ``doc``; an empty list means it honours the contract."""
    errors: list[str] = []
    if not isinstance(doc, dict):
        return ["document is not an object"]
    extra = set(doc) - {"mode", "status", "commands", "tasks", "status_query", "unsure"}
    if extra:
        errors.append(f"unknown top-level keys {sorted(extra)}")
    if doc.get("mode") not in ("intake", "dispatcher", "none"):
        errors.append(f"bad mode {doc.get('mode')!r}")
    if not isinstance(doc.get("status"), bool):
        errors.append("status is not a bool")
    commands, tasks = doc.get("commands"), doc.get("tasks")
    if not isinstance(commands, list) or not isinstance(tasks, list):
        return errors + ["commands/tasks are not lists"]
    if doc.get("mode") != "intake" and (commands or tasks or doc.get("status")):
        errors.append("a non-intake document carries commands, tasks or status")
    unsure = doc.get("unsure")
    if not (isinstance(unsure, list) and all(isinstance(r, str) and r.split(":", 1)[0] in _DOUBTS for r in unsure)):
        errors.append(f"unsure must be a list of reasons, each '<kind>: …' with kind in {_DOUBTS}: {unsure!r}")
    if unsure and doc.get("mode") == "dispatcher":
        errors.append("a dispatcher event is never unsure")
    if doc.get("status") != ("status_query" in doc):
        errors.append("status_query must be present exactly when status is true")
    if "status_query" in doc:
        query = doc["status_query"]
        if not (isinstance(query, dict) and isinstance(query.get("ids"), list)
                and all(isinstance(i, str) and _ID.match(i) for i in query["ids"]) and query.get("status") in _STATUSES):
            errors.append(f"bad status_query {query!r}")
    for command in commands:
        errors.extend(_command_problems(command))
    for index, task in enumerate(tasks):
        errors.extend(f"task {index}: {p}" for p in _task_problems(task, index))
    return errors


def _command_problems(command) -> list[str]:
    if not isinstance(command, dict) or set(command) != {"verb", "ids", "selector", "note"}:
        return [f"bad command keys {command!r}"]
    errors = []
    if command["verb"] not in _VERBS:
        errors.append(f"bad verb {command['verb']!r}")
    if not isinstance(command["ids"], list) or not all(isinstance(i, str) and _ID.match(i) for i in command["ids"]):
        errors.append(f"bad ids {command['ids']!r}")
    if command["selector"] not in _SELECTORS or bool(command["ids"]) == bool(command["selector"]):
        errors.append(f"need ids or a selector, not both: {command!r}")
    if command["note"] is not None and not (isinstance(command["note"], str) and command["note"].strip()):
        errors.append("bad note")
    if command["verb"] in _QUEUE_VERBS and (command["ids"] or command["selector"] != "all"):
        errors.append(f"{command['verb']} takes no ids and the selector 'all': {command!r}")
    if command["verb"] in ("answer", "urgent") and not command["ids"]:
        errors.append(f"{command['verb']} needs task ids: {command!r}")
    if command["verb"] == "urgent" and command["note"] is not None:
        errors.append("urgent carries no note")
    return errors


def _task_problems(task, index: int) -> list[str]:
    keys = {"description", "goal", "type", "depends_on", "schedule", "schedule_phrase", "command", "priority"}
    if not isinstance(task, dict) or set(task) != keys:
        return [f"bad keys {sorted(task) if isinstance(task, dict) else task!r}"]
    errors = []
    for key in ("description", "goal"):
        if not isinstance(task[key], str) or not task[key].strip():
            errors.append(f"empty {key}")
    if task["type"] not in TaskType.ALL:
        errors.append(f"bad type {task['type']!r}")
    for dep in task["depends_on"] if isinstance(task["depends_on"], list) else [None]:
        if not ((isinstance(dep, int) and not isinstance(dep, bool) and 0 <= dep < index) or (isinstance(dep, str) and _ID.match(dep))):
            errors.append(f"bad dependency {dep!r}")
    schedule = task["schedule"]
    if not isinstance(schedule, dict) or set(schedule) != {"cron", "due", "not_before"}:
        return errors + [f"bad schedule {schedule!r}"]
    if schedule["cron"] is not None and len(str(schedule["cron"]).split()) != 5:
        errors.append(f"bad cron {schedule['cron']!r}")
    for key in ("due", "not_before"):
        if schedule[key] is not None and not (isinstance(schedule[key], str) and _ISO.match(schedule[key])):
            errors.append(f"bad {key} {schedule[key]!r}")
    has_schedule = any(schedule.values())
    if has_schedule != (task["schedule_phrase"] is not None):
        errors.append("schedule_phrase must be set exactly when a schedule is")
    if task["command"] is not None and not isinstance(task["command"], str):
        errors.append("bad command")
    if task["priority"] not in _PRIORITIES:
        errors.append(f"bad priority {task['priority']!r}")
    return errors
