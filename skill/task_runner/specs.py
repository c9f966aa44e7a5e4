"""Task specs: the one way tasks enter the queue.

``add`` (flags or ``--stdin-json``) and ``intake`` (the parser's ``tasks``) both
hand ``apply_specs`` a list of specs in the shape of the parse contract; it
checks the whole batch before adding any of it, so a bad spec adds nothing.
"""

from pathlib import Path

from task_runner import ids
from task_runner.config import WORKER_KINDS
from task_runner.errors import UserError
from task_runner.lifecycle import Status, TaskType, new_task
from task_runner.probe import seconds_since
from task_runner.timeutil import now, to_iso
from task_runner.validate import NAME_LIMIT as PATH_LIMIT
from task_runner.validate import check_number, check_text, check_whole

TYPES = TaskType.ALL
MAX_TIMEOUT_S = 7 * 86400  # the schema's maximum for timeout_s
MAX_RETRIES = 100  # the schema's maximum for maxRetries

SPEC_FIELDS = frozenset((
    "description", "goal", "type", "depends_on", "schedule", "cron", "due", "not_before", "command",
    "workdir", "timeout_s", "worker", "maxRetries", "notes", "schedule_phrase",
    "priority", "group", "files", "after_group",
))
PRIORITIES = ("high", "normal", "low")
NAME_LIMIT = 64
DEDUPE_MINUTES = 60.0


def apply_specs(queue: dict, specs: list, max_retries: int, directory: Path, source: str = "task",
                dedupe_minutes: float = DEDUPE_MINUTES, duplicates: list | None = None,
                fixed: dict | None = None) -> list[dict]:
    """Validate every spec, then append the new tasks; nothing is added if any spec is bad.

    ``directory`` is the queue folder: ids continue after the archive's when the
    queue file was lost, and a dependency on an archived done task is satisfied.
    A spec equal to a pending or running task added within ``dedupe_minutes``
    (0: never) adds nothing: ``duplicates`` gets ``{"description", "id"}`` of
    the task it already is, and a batch index that names it means that task.
    ``fixed`` (``fixed_settings``) is what each new task keeps from the settings of now.
    """
    if not isinstance(specs, list) or not specs:
        raise UserError(f"{source}: expected a non-empty list of tasks; nothing was added.")
    prepared = [_prepare(spec, index, source) for index, spec in enumerate(specs)]
    known = _already_queued(queue["tasks"], prepared, dedupe_minutes)
    if duplicates is not None:
        duplicates.extend({"description": prepared[index]["description"], "id": task_id}
                          for index, task_id in known.items())
    fresh = [index for index in range(len(prepared)) if index not in known]
    if not fresh:
        return []
    archive = _ArchiveOnDemand(directory)
    floor = archive.highest_number() if queue.get("lastId") is None else 0
    allocated = iter(ids.allocate(queue, len(fresh), floor))
    new_ids = [known[index] if index in known else next(allocated) for index in range(len(prepared))]
    live_ids = {task["id"] for task in queue["tasks"]}
    for index in fresh:
        prepared[index]["depends_on"] = _resolve_dependencies(prepared[index].get("depends_on"), index, new_ids,
                                                              live_ids, archive, source)
    _reject_cycles(queue["tasks"], [prepared[index] for index in fresh], [new_ids[index] for index in fresh], source)
    added_at = to_iso(now())
    added = []
    for index in fresh:
        item = prepared[index]
        item.setdefault("maxRetries", max_retries)
        for key, value in (fixed or {}).items():
            item.setdefault(key, value)
        description = item.pop("description")
        task = new_task(new_ids[index], description, goal=item.pop("goal", None), type=item.pop("type", "unknown"),
                        max_retries=item.pop("maxRetries"), added_at=added_at, **item)
        added.append(task)
    queue["tasks"].extend(added)
    queue["lastId"] = added[-1]["id"]
    return added


class _ArchiveOnDemand:
    """The queue folder's archive, imported (~0.4 ms) and read only when a batch needs it: the id
    floor of a queue without ``lastId``, or a dependency on a task that is no longer in the queue."""

    def __init__(self, directory: Path):
        self.directory, self._archive = directory, None

    def _opened(self):
        if self._archive is None:
            from task_runner.archive import Archive

            self._archive = Archive(self.directory)
        return self._archive

    def highest_number(self) -> int:
        return self._opened().highest_number()

    def status_of(self, task_id: str) -> str | None:
        return self._opened().status_of(task_id)


def fixed_settings(config) -> dict:
    """What a task keeps from the settings of the moment it is added: its worker kind and its
    permission level (issue 10). A later change of TOOLS.md, by a worker that may edit files, say,
    cannot raise them for the next attempt."""
    return {"worker": config.get("TASK_RUNNER_WORKER", None) or "auto",
            "permissions": config.get("TASK_RUNNER_WORKER_PERMISSIONS", None) or "edits"}


def _same_words(text: str | None) -> str:
    return " ".join((text or "").casefold().split()).rstrip(" .!;,")


def _already_queued(tasks: list, prepared: list, minutes: float) -> dict:
    """Batch index -> id of the pending or running task it repeats (same words and command, added lately)."""
    if not minutes:
        return {}
    moment = now()
    wanted = {(_same_words(item["description"]), item.get("command")) for item in prepared}
    recent = {}
    for task in tasks:  # the words first: reading an added_at costs more than comparing them
        if (task.get("status") in ("pending", "running")
                and (key := (_same_words(task.get("description")), task.get("command"))) in wanted
                and seconds_since(task.get("added_at"), moment) <= minutes * 60):
            recent.setdefault(key, task["id"])
    return {index: recent[key] for index, item in enumerate(prepared)
            if (key := (_same_words(item["description"]), item.get("command"))) in recent}


def prepare_changes(queue: dict, task: dict, changes: dict, directory: Path) -> dict:
    """``edit``: the validated new values of ``task``'s fields (description, goal, command, type,
    depends_on, schedule due/not_before, priority); a bad value changes nothing."""
    from task_runner.archive import Archive

    source = f"edit {task['id']}"
    spec = {"description": changes.get("description") or task["description"]}
    spec.update({key: value for key, value in changes.items() if key not in ("description", "due", "not_before")})
    if "due" in changes or "not_before" in changes:
        schedule = {key: value for key, value in (task.get("schedule") or {}).items() if key != "phrase"}
        schedule.update({key: changes[key] for key in ("due", "not_before") if key in changes})
        spec["schedule"] = schedule
    try:
        item = _prepare(spec, 0, source)
        if "depends_on" in changes:
            live = {other["id"] for other in queue["tasks"]}
            item["depends_on"] = _resolve_dependencies(changes["depends_on"], -1, [], live, Archive(directory), source)
            _reject_cycles(queue["tasks"], [item], [task["id"]], source)
    except UserError as error:  # the same checks as add; the message names the edit
        said = str(error).replace(f"{source} 0", source).replace("othing was added", "othing was changed")
        raise UserError(said) from None
    fields = [key for key in changes if key not in ("due", "not_before")] + (["schedule"] if "schedule" in spec else [])
    return {field: item.get(field) for field in fields}


def _prepare(spec, index: int, source: str) -> dict:
    where = f"{source} {index}"

    def fail(reason: str):
        raise UserError(f"{where}: {reason}; nothing was added.")

    if not isinstance(spec, dict):
        fail("expected an object with at least a \"description\"")
    unknown = sorted(set(spec) - SPEC_FIELDS)
    if unknown:
        fail(f"unknown field {unknown[0]!r} (allowed: {', '.join(sorted(SPEC_FIELDS))})")
    description = spec.get("description")
    if not isinstance(description, str) or not description.strip():
        fail("\"description\" must be a non-empty string")
    item = {"description": " ".join(_text(description, "description", fail).split())}
    goal = spec.get("goal")
    if goal is not None:
        if not isinstance(goal, str):
            fail("\"goal\" must be a string")
        item["goal"] = _text(goal, "goal", fail).strip() or None
    task_type = spec.get("type") or "unknown"
    if task_type not in TYPES:
        fail(f"type {task_type!r} is not one of {', '.join(TYPES)}")
    item["type"] = task_type
    schedule = _schedule(spec, fail, where)
    if schedule:
        item["schedule"] = schedule
    for key in ("command", "workdir"):
        value = spec.get(key)
        if value is not None:
            if not isinstance(value, str) or not value.strip():
                fail(f"{key!r} must be a non-empty string")
            item[key] = _text(value, key, fail, PATH_LIMIT if key == "workdir" else None)
    if spec.get("worker") is not None:
        if spec["worker"] not in WORKER_KINDS:
            fail(f"worker {spec['worker']!r} is not one of {', '.join(WORKER_KINDS)}")
        item["worker"] = spec["worker"]
    timeout = spec.get("timeout_s")
    if timeout is not None:
        try:
            number = check_number(timeout, "timeout_s", 1, MAX_TIMEOUT_S)
        except UserError as error:
            fail(f"\"timeout_s\" must be a number of seconds from 1 to {MAX_TIMEOUT_S} (7 days): {_why(error)}")
        item["timeout_s"] = int(number) if number == int(number) and not isinstance(timeout, float) else number
    retries = spec.get("maxRetries")
    if retries is not None:
        try:
            item["maxRetries"] = check_whole(retries, "maxRetries", 0, MAX_RETRIES)
        except UserError as error:
            fail(f"\"maxRetries\" must be a whole number from 0 to {MAX_RETRIES}: {_why(error)}")
    notes = spec.get("notes")
    if notes is not None:
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            fail("\"notes\" must be a list of strings")
        item["notes"] = [_text(note, "notes", fail) for note in notes]
    _steering_fields(spec, item, fail)
    depends = spec.get("depends_on")
    if depends is not None and not isinstance(depends, list):
        fail("\"depends_on\" must be a list of task ids or batch indexes")
    item["depends_on"] = depends
    return item


def _steering_fields(spec: dict, item: dict, fail) -> None:
    """priority, group, after_group (names) and files (the task's file scope, scopes.py)."""
    priority = spec.get("priority")
    if priority is not None:
        if priority not in PRIORITIES:
            fail(f"priority {priority!r} is not one of {', '.join(PRIORITIES)}")
        item["priority"] = priority
    for key in ("group", "after_group"):
        value = spec.get(key)
        if value is not None:
            if not isinstance(value, str) or not value.strip() or len(value.strip()) > NAME_LIMIT:
                fail(f"{key!r} must be a name of 1 to {NAME_LIMIT} characters")
            item[key] = " ".join(value.split())
    files = spec.get("files")
    if files is not None:
        if not isinstance(files, list) or not all(isinstance(path, str) and path.strip() for path in files):
            fail("\"files\" must be a list of file or folder paths")
        item["files"] = [path.strip() for path in files]


def _text(value: str, key: str, fail, limit: int | None = None) -> str:
    """``value`` if it can be stored and run: valid UTF-8 (argv's invalid bytes arrive as lone
    surrogates), within the schema's length, no NUL (exec refuses it; a terminal hides it)."""
    try:
        check_text(value, f"\"{key}\"", *(limit,) if limit else ())
    except UserError as error:
        fail(str(error).rstrip("."))
    if "\x00" in value:
        fail(f"\"{key}\" holds a NUL character (at character {value.index(chr(0))}); remove it")
    return value


def _why(error: UserError) -> str:
    """The reason part of a validate.check_* message ("inf is not a finite number")."""
    return str(error).split(": ", 1)[-1].split(";")[0].rstrip(".")


def _schedule(spec: dict, fail, where: str) -> dict | None:
    if not isinstance(spec.get("schedule") or {}, dict):
        fail("\"schedule\" must be an object with cron, due, not_before")
    given = dict(spec.get("schedule") or {})
    for key in ("cron", "due", "not_before"):
        if spec.get(key) is not None:
            given[key] = spec[key]
    unknown = sorted(set(given) - {"cron", "due", "not_before"})
    if unknown:
        fail(f"unknown schedule field {unknown[0]!r} (allowed: cron, due, not_before)")
    if not any(given.values()):
        return None
    from task_runner.schedule import check_cron, parse_when  # only for a task that has a schedule

    schedule = {"cron": None, "due": None, "not_before": None}
    phrase = spec.get("schedule_phrase")
    if isinstance(phrase, str) and phrase.strip():
        schedule["phrase"] = phrase.strip()  # the user's words, echoed beside our reading of them
    for key, value in given.items():
        if value is None:
            continue
        if not isinstance(value, str):
            fail(f"schedule {key!r} must be a string")
        try:
            schedule[key] = check_cron(value, f"{where} cron") if key == "cron" else parse_when(value, f"{where} {key}")
        except UserError as error:
            raise UserError(f"{error} Nothing was added.") from None
    return schedule


def _resolve_dependencies(depends, index: int, new_ids: list, live_ids: set, archive, source: str) -> list | None:
    if not depends:
        return None
    resolved = []
    for ref in depends:
        if isinstance(ref, bool):
            ref = None
        if isinstance(ref, int):
            if not 0 <= ref < len(new_ids) or ref == index:
                raise UserError(f"{source} {index}: depends_on index {str(ref)[:20]} does not name another task "
                                "of this batch; nothing was added.")
            task_id = new_ids[ref]
        else:
            task_id = ids.normalize_id(ref) if isinstance(ref, str) else None
            if task_id is None:
                raise UserError(f"{source} {index}: depends_on {repr(ref)[:40]} is not a task id like T-05; "
                                "nothing was added.")
            if task_id not in live_ids:
                archived = archive.status_of(task_id)
                if archived == "done":
                    continue  # finished and archived: nothing to wait for
                raise UserError(f"{source} {index}: depends on {task_id}, which is "
                                + (f"archived as {archived}" if archived else "not in the queue (never added)")
                                + "; nothing was added.")
        if task_id not in resolved:
            resolved.append(task_id)
    return resolved


def _reject_cycles(existing: list, prepared: list, new_ids: list, source: str) -> None:
    # A task that depends on nothing closes no cycle: only the others are nodes worth a visit.
    graph = {task["id"]: task["depends_on"] for task in existing if task.get("depends_on")}
    graph.update({task_id: item["depends_on"] or [] for task_id, item in zip(new_ids, prepared)})
    visiting, finished = set(), set()

    def visit(node: str, path: list):
        if node in finished or node not in graph:
            return
        if node in visiting:
            cycle = " → ".join(path[path.index(node):] + [node])
            raise UserError(f"{source}: dependency cycle {cycle}; nothing was added.")
        visiting.add(node)
        for dependency in graph[node]:
            visit(dependency, path + [node])
        visiting.discard(node)
        finished.add(node)

    for task_id in new_ids:
        visit(task_id, [])



def dedupe_minutes(config) -> float:
    """TASK_RUNNER_DEDUPE_MINUTES: how recent a pending or running task must be to count as the same (0: off)."""
    return config.get_float("TASK_RUNNER_DEDUPE_MINUTES", DEDUPE_MINUTES)


EDITABLE_FROM = frozenset((Status.PENDING, Status.BLOCKED))


def edit_task(task: dict, changes: dict, when: str) -> dict:
    """Change a pending or blocked task's fields, each change kept in ``history``; returns what changed."""
    changed = {}
    for field, value in changes.items():
        old = task.get(field)
        if old == value:
            continue
        task.setdefault("history", []).append({"at": when, "field": field, "from": old, "to": value})
        if value is None:
            task.pop(field, None)
        else:
            task[field] = value
        changed[field] = value
    return changed


def promote(task: dict, when: str) -> None:
    """``urgent``: high priority, and ahead of every task promoted before it (admission.ordered)."""
    edit_task(task, {"priority": "high"}, when)
    task["promoted_at"] = when
