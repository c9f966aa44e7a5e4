"""``task-runner add``: structured add, no language parsing.

``apply_specs`` is the one way tasks enter the queue: ``add`` and ``intake``
both hand it task specs (the shape of the parse contract's ``tasks``) and it
checks the whole batch before adding any of it.
"""

import json
import sys

from task_runner import ids
from task_runner.config import WORKER_KINDS
from task_runner.errors import UserError
from task_runner.tasks import TYPES, new_task
from task_runner.timeutil import now, to_iso

SPEC_FIELDS = frozenset((
    "description", "goal", "type", "depends_on", "schedule", "cron", "due", "not_before", "command",
    "workdir", "timeout_s", "worker", "maxRetries", "notes", "schedule_phrase",
))


def apply_specs(queue: dict, specs: list, config, source: str = "task") -> list[dict]:
    """Validate every spec, then append the new tasks; nothing is added if any spec is bad."""
    if not isinstance(specs, list) or not specs:
        raise UserError(f"{source}: expected a non-empty list of tasks; nothing was added.")
    prepared = [_prepare(spec, index, source) for index, spec in enumerate(specs)]
    new_ids = ids.allocate(dict(queue), len(prepared))  # a copy: lastId moves only on success
    live_ids = {task["id"] for task in queue["tasks"]}
    for index, item in enumerate(prepared):
        item["depends_on"] = _resolve_dependencies(item.get("depends_on"), index, new_ids, live_ids, source)
    _reject_cycles(queue["tasks"], prepared, new_ids, source)
    max_retries = config.effective(queue, "maxRetries")
    added_at = to_iso(now())
    added = []
    for task_id, item in zip(new_ids, prepared):
        item.setdefault("maxRetries", max_retries)
        description = item.pop("description")
        task = new_task(task_id, description, goal=item.pop("goal", None), type=item.pop("type", "unknown"),
                        max_retries=item.pop("maxRetries"), added_at=added_at, **item)
        added.append(task)
    queue["tasks"].extend(added)
    queue["lastId"] = new_ids[-1]
    return added


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
    item = {"description": " ".join(description.split())}
    goal = spec.get("goal")
    if goal is not None:
        if not isinstance(goal, str):
            fail("\"goal\" must be a string")
        item["goal"] = goal.strip() or None
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
            item[key] = value
    if spec.get("worker") is not None:
        if spec["worker"] not in WORKER_KINDS:
            fail(f"worker {spec['worker']!r} is not one of {', '.join(WORKER_KINDS)}")
        item["worker"] = spec["worker"]
    timeout = spec.get("timeout_s")
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 1:
            fail("\"timeout_s\" must be a number of seconds, at least 1")
        item["timeout_s"] = timeout
    retries = spec.get("maxRetries")
    if retries is not None:
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            fail("\"maxRetries\" must be a whole number, 0 or more")
        item["maxRetries"] = retries
    notes = spec.get("notes")
    if notes is not None:
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            fail("\"notes\" must be a list of strings")
        item["notes"] = notes
    depends = spec.get("depends_on")
    if depends is not None and not isinstance(depends, list):
        fail("\"depends_on\" must be a list of task ids or batch indexes")
    item["depends_on"] = depends
    return item


def _schedule(spec: dict, fail, where: str) -> dict | None:
    from task_runner.schedule import check_cron, parse_when

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


def _resolve_dependencies(depends, index: int, new_ids: list, live_ids: set, source: str) -> list | None:
    if not depends:
        return None
    resolved = []
    for ref in depends:
        if isinstance(ref, bool):
            ref = None
        if isinstance(ref, int):
            if not 0 <= ref < len(new_ids) or ref == index:
                raise UserError(f"{source} {index}: depends_on index {ref} does not name another task "
                                "of this batch; nothing was added.")
            task_id = new_ids[ref]
        else:
            task_id = ids.normalize_id(ref) if isinstance(ref, str) else None
            if task_id is None:
                raise UserError(f"{source} {index}: depends_on {ref!r} is not a task id like T-05; "
                                "nothing was added.")
            if task_id not in live_ids:
                raise UserError(f"{source} {index}: depends on {task_id}, which is not in the queue "
                                "(never added, or already archived); nothing was added.")
        if task_id not in resolved:
            resolved.append(task_id)
    return resolved


def _reject_cycles(existing: list, prepared: list, new_ids: list, source: str) -> None:
    graph = {task["id"]: task.get("depends_on") or [] for task in existing}
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


def specs_from_args(args) -> list[dict]:
    if args.stdin_json:
        if args.descriptions:
            raise UserError("give descriptions as arguments or --stdin-json, not both.", 2)
        try:
            data = json.loads(sys.stdin.read())
        except json.JSONDecodeError as error:
            raise UserError(f"stdin: not valid JSON: {error.msg} at line {error.lineno}, column "
                            f"{error.colno}; nothing was added.") from None
        if not isinstance(data, list):
            raise UserError("stdin: expected a JSON array of task objects; nothing was added.")
        return data
    if not args.descriptions:
        raise UserError("give at least one task description (or --stdin-json).", 2)
    shared = {
        "type": args.type, "goal": args.goal, "depends_on": args.after or None, "cron": args.cron,
        "due": args.due, "not_before": args.not_before, "command": args.task_command,
        "workdir": args.workdir, "timeout_s": args.timeout, "worker": args.worker,
        "maxRetries": args.max_retries,
    }
    shared = {key: value for key, value in shared.items() if value is not None}
    return [dict(shared, description=description) for description in args.descriptions]


def confirmation(added: list[dict], queue: dict) -> str:
    """The skill's confirmation: one line for one task, a bulleted list for several."""
    from task_runner.schedule import describe_schedule

    def line(task):
        extra = describe_schedule(task.get("schedule"))
        after = task.get("depends_on")
        suffix = (f" (after {', '.join(after)})" if after else "") + (f" {extra}" if extra else "")
        return f"{task['id']}: {task['description']}{suffix}"

    pending = sum(1 for task in queue["tasks"] if task["status"] == "pending")
    tail = f"Queue now has {pending} pending task{'' if pending == 1 else 's'}."
    if len(added) == 1:
        return f"Added {line(added[0])}. {tail}"
    return "\n".join([f"📋 Added {len(added)} tasks to queue:"] + [f"• {line(task)}" for task in added]
                     + ["", tail])


def run(args, config) -> int:
    from task_runner.config import open_store

    specs = specs_from_args(args)
    if not args.stdin_json and args.workdir:
        import os

        for spec in specs:
            spec["workdir"] = os.path.abspath(os.path.expanduser(spec["workdir"]))
    store = open_store(config)
    with store.transaction() as queue:
        added = apply_specs(queue, specs, config, "stdin-json task" if args.stdin_json else "task")
    from task_runner.followup import follow_up, news
    from task_runner.output import emit

    report = follow_up(args, config, store)
    document = {"ok": True, "added": added, "dispatch": report.document if report else None}
    emit(args, document, "\n\n".join(filter(None, [confirmation(added, queue), news(report)])))
    return 0
