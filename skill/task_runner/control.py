"""Control commands: retry, skip, cancel, done — on one task, many, or a whole status.

All ids of one command are applied in one locked transaction; an unknown id
or an impossible transition is reported for that id while the others go
through. Workers of tasks that stop running are stopped after the lock is
released (never stop a process while holding the queue lock).
"""

import re

from task_runner import ids
from task_runner.errors import UserError
from task_runner.tasks import STATUS_EMOJI, TERMINAL, set_terminal
from task_runner.timeutil import now, to_iso

VERBS = ("retry", "skip", "cancel", "done")
CANCELLED = "cancelled by user"
_RANGE_RE = re.compile(r"^([Tt]-?\d+)\s*(?:\.\.|–|—)\s*([Tt]-?\d+)$")

# Which statuses each verb may leave from, and why the others are impossible.
_ALLOWED = {
    "retry": {"blocked", "skipped"},
    "skip": {"pending", "running", "blocked"},
    "cancel": {"pending", "running", "blocked"},
    "done": {"pending", "running", "blocked", "skipped"},
}
_WHY_NOT = {
    ("retry", "done"): "is already done; add it again as a new task if it must run again",
    ("retry", "pending"): "is already pending; it will start when a slot is free",
    ("retry", "running"): "is running now; cancel it first if you want a fresh start",
    ("done", "done"): "is already done",
}


def expand_ids(words: list[str]) -> list[str]:
    """Task ids from command-line words: ``t3``, ``T-03``, ``T-03..T-05``; bad words raise UserError."""
    result = []
    for word in words:
        match = _RANGE_RE.match(word.strip())
        if match:
            first, last = (ids.id_number(ids.normalize_id(part) or "T-00") for part in match.groups())
            if last < first or last - first > 1000:
                raise UserError(f"{word!r}: a range must go upwards and span at most 1000 ids.")
            result.extend(ids.format_id(n) for n in range(first, last + 1))
            continue
        task_id = ids.normalize_id(word)
        if task_id is None:
            raise UserError(f"{word!r} is not a task id; write it like T-05 (t5 and T5 work too).")
        result.append(task_id)
    return list(dict.fromkeys(result))


def apply(queue: dict, verb: str, task_ids: list[str], selector: str | None = None,
          note: str | None = None) -> dict:
    """Apply one control command inside a transaction.

    Returns ``{"verb", "changed": [ids], "released": [ids], "rejected": [{"id", "reason"}],
    "stop": [task records that were running]}``.
    """
    by_id = {task["id"]: task for task in queue["tasks"]}
    targets = list(task_ids)
    if selector:
        targets += [task["id"] for task in queue["tasks"]
                    if (selector == "all" or task["status"] == selector) and task["id"] not in targets]
    outcome = {"verb": verb, "changed": [], "released": [], "rejected": [], "stop": []}
    when = to_iso(now())
    for task_id in targets:
        task = by_id.get(task_id)
        if task is None:
            reason = "no such task" + (" (it may have been archived)" if _was_issued(queue, task_id) else "")
            outcome["rejected"].append({"id": task_id, "reason": reason})
            continue
        status = task["status"]
        if status not in _ALLOWED[verb]:
            if selector and task_id not in task_ids:
                continue  # "retry all" quietly passes over tasks the verb does not apply to
            why = _WHY_NOT.get((verb, status), f"is {status}; {verb} applies to {', '.join(sorted(_ALLOWED[verb]))} tasks")
            outcome["rejected"].append({"id": task_id, "reason": why})
            continue
        if status == "running":
            outcome["stop"].append(dict(task))
        _transition(task, verb, when)
        if note:
            task.setdefault("notes", []).append(note)
        outcome["changed"].append(task_id)
    if verb == "retry":
        outcome["released"] = release_dependants(queue, outcome["changed"])
    return outcome


def _transition(task: dict, verb: str, when: str) -> None:
    if verb == "retry":
        task.update(status="pending", retries=0, strategies_tried=[], blocked_reason=None,
                    user_action_required=None, completed_at=None, started_at=None)
        task.pop("blocked_by", None)
    elif verb == "skip":
        set_terminal(task, "skipped", when)
    elif verb == "cancel":
        set_terminal(task, "skipped", when)
        task["blocked_reason"] = CANCELLED
    else:
        set_terminal(task, "done", when)
        task["deliverable"] = task.get("deliverable") or "marked done by user"
        task["blocked_reason"] = None
        task["user_action_required"] = None


def release_dependants(queue: dict, retried: list[str]) -> list[str]:
    """Tasks blocked only because a retried task was blocked go back to pending, transitively."""
    released = []
    freed = set(retried)
    changed = True
    while changed:
        changed = False
        for task in queue["tasks"]:
            if task["status"] == "blocked" and task.get("blocked_by") in freed:
                task.update(status="pending", blocked_reason=None, user_action_required=None, completed_at=None)
                del task["blocked_by"]
                freed.add(task["id"])
                released.append(task["id"])
                changed = True
    return released


def _was_issued(queue: dict, task_id: str) -> bool:
    return ids.id_number(task_id) <= ids.highest_number(queue)


def stop_worker(task: dict, config) -> None:
    """Stop the worker of a task that left ``running`` (filled in by the dispatcher's workers)."""
    from task_runner.dispatch import stop_task

    stop_task(task, config)


def summary_lines(outcome: dict, queue: dict) -> list[str]:
    """One line per task a command touched or could not touch."""
    by_id = {task["id"]: task for task in queue["tasks"]}
    lines = []
    for task_id in outcome["changed"]:
        task = by_id[task_id]
        emoji = STATUS_EMOJI[task["status"]]
        text = {
            "retry": "back to pending with a fresh retry budget",
            "skip": "skipped",
            "cancel": "cancelled",
            "done": "marked done",
        }[outcome["verb"]]
        lines.append(f"{emoji} {task_id} {text} — {task['description']}")
    for task_id in outcome["released"]:
        lines.append(f"⏳ {task_id} back to pending (its dependency is being retried)")
    for rejection in outcome["rejected"]:
        lines.append(f"⚠️ {rejection['id']} {rejection['reason']}")
    return lines


def run(args, config) -> int:
    from task_runner.config import open_store
    from task_runner.followup import follow_up, news
    from task_runner.output import emit

    task_ids = expand_ids(args.ids)
    if not task_ids and not args.selector:
        raise UserError(f"give the task ids to {args.command} (e.g. {args.command} T-03), or --status.", 2)
    store = open_store(config)
    with store.transaction() as queue:
        outcome = apply(queue, args.command, task_ids, args.selector, args.note)
        lines = summary_lines(outcome, queue)
    for task in outcome["stop"]:
        stop_worker(task, config)
    if not outcome["changed"] and not outcome["rejected"]:
        lines = [f"No {args.selector} tasks to {args.command}."]
    report = follow_up(args, config, store) if outcome["changed"] else None
    document = {"ok": not outcome["rejected"], "verb": args.command, "changed": outcome["changed"],
                "released": outcome["released"], "rejected": outcome["rejected"],
                "stopped": [task["id"] for task in outcome["stop"]],
                "dispatch": report.document if report else None}
    emit(args, document, "\n\n".join(filter(None, ["\n".join(lines), news(report)])))
    return 1 if outcome["rejected"] else 0
