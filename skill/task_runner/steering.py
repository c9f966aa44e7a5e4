"""The steering changes inside one queue transaction: answer, pause, resume, urgent.

``commands/steer.py`` (the CLI commands) and ``intake`` (chat: "answer T-04 …", "pause
everything", "resume", "T-04 is urgent") both apply them through ``apply_command``, whose
outcome has the shape of ``control.apply``'s, so the confirmation lines and the workers to stop
come out the same way. The parser's commands for them (parse/contract.py's shape):

- ``{"verb": "answer", "ids": ["T-04"], "selector": None, "note": "use the staging db"}``;
- ``{"verb": "urgent", "ids": ["T-04", …], "selector": None, "note": None}``;
- ``{"verb": "pause"|"resume", "ids": [], "selector": "all", "note": None or a group name}``
  (the whole queue, or that group; ``selector`` is not read).

A group named in chat is the user's words for it ("pause the Fundraiser stuff" → "Fundraiser"), so
it is matched to the queue's groups whatever its case, spaces and punctuation; one that names no
group of the queue pauses nothing and says so (``chat=True``): a pause of a group no task is in
would tell the user their tasks wait while they run on. The CLI's ``--group`` is the name itself,
and may set up a group before its tasks are added (the confirmation then says it has none yet).
"""

import re

from task_runner import admission, ids, lifecycle, render_steer, specs
from task_runner.lifecycle import Status

VERBS = ("answer", "pause", "resume", "urgent")


def no_such_task(queue: dict, task_id: str) -> str:
    issued = ids.id_number(task_id) <= ids.highest_number(queue)
    return "no such task" + (" (it may have been archived)" if issued else "")


def apply_command(queue: dict, verb: str, task_ids: list[str], selector: str | None, note: str | None,
                  policy: lifecycle.Policy, stop: bool = False, chat: bool = False) -> dict:
    """Apply one steering verb; ``{"verb", "selector", "changed", "released", "rejected", "stop",
    "stopped", "said"}`` (``said``: its confirmation lines; ``stop``: attempts to stop afterwards)."""
    outcome = {"verb": verb, "selector": selector, "changed": [], "released": [], "rejected": [], "stop": [],
               "stopped": [], "said": [], "answered": []}
    by_id = {task["id"]: task for task in queue["tasks"]}
    if verb in ("pause", "resume"):
        group = note
        if note:
            group = group_named(queue, note)
            if group is None and chat:
                outcome["said"].append(render_steer.no_such_group(note, verb, group_names(queue)))
                return outcome
        _pause_or_resume(queue, verb, group or note, stop, policy, outcome)
        return outcome
    for task_id in task_ids:
        task = by_id.get(task_id)
        why = no_such_task(queue, task_id) if task is None else _refusal(task, verb, note)
        if why:
            outcome["rejected"].append({"id": task_id, "reason": why})
            continue
        if verb == "answer":
            question = task["waiting_answer"].get("question")
            lifecycle.answer(task, " ".join(note.split()), policy)
            outcome["answered"].append({"id": task_id, "question": question, "resumes": task.get("resume_session")})
            outcome["said"].append(render_steer.answered_text(task_id, task.get("resume_session")))
        else:
            specs.promote(task, policy.now_iso)
            outcome["said"].append(render_steer.moved_text(task_id))
        outcome["changed"].append(task_id)
    return outcome


def group_names(queue: dict) -> list[str]:
    """Every group of the queue: those its tasks are in, and those set up with ``group``."""
    named = {task.get("group") for task in queue["tasks"]} | set(queue.get("groups") or {})
    return sorted(name for name in named if isinstance(name, str) and name)


def group_named(queue: dict, name: str) -> str | None:
    """The queue's group that ``name`` names: that very group, else the only one written the same
    but for case, spaces and punctuation; None when there is none (or more than one)."""
    names = group_names(queue)
    if name in names:
        return name
    matches = [group for group in names if _folded(group) == _folded(name)]
    return matches[0] if len(matches) == 1 else None


def _folded(name: str) -> str:
    return " ".join(re.split(r"[\W_]+", name.casefold())).strip()


def _refusal(task: dict, verb: str, note: str | None) -> str | None:
    if verb == "answer":
        if not task.get("waiting_answer"):
            return render_steer.asked_nothing(task)
        return None if (note or "").strip() else "needs the answer itself"
    return None if task["status"] == Status.PENDING else \
        f"is {task['status']}; only a pending task can jump the queue"


def _pause_or_resume(queue: dict, verb: str, group: str | None, stop: bool, policy, outcome: dict) -> None:
    if verb == "resume":
        outcome["was_paused"] = admission.resume(queue, group)
        outcome["said"].append(render_steer.resume_text(group, outcome["was_paused"]))
        return
    admission.pause(queue, group, policy.now_iso)
    for task in queue["tasks"]:
        if stop and task["status"] == Status.RUNNING and (group is None or task.get("group") == group):
            outcome["stop"].append((task["id"], dict(task.get("run") or {})))
            lifecycle.control(task, "hold", policy)
    halted = [task_id for task_id, _ in outcome["stop"]]
    empty = bool(group) and not any(task.get("group") == group for task in queue["tasks"])
    outcome["said"].append(render_steer.pause_text(group, halted, empty))
