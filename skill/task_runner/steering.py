"""The steering changes inside one queue transaction: answer, pause, resume, urgent.

``commands/steer.py`` (the CLI commands) and ``intake`` (chat: "answer T-04 …", "pause
everything", "resume", "T-04 is urgent") both apply them through ``apply_command``, whose
outcome has the shape of ``control.apply``'s, so the confirmation lines and the workers to stop
come out the same way. The parser's commands for them (parse/contract.py's shape):

- ``{"verb": "answer", "ids": ["T-04"], "selector": None, "note": "use the staging db"}``;
- ``{"verb": "urgent", "ids": ["T-04", …], "selector": None, "note": None}``;
- ``{"verb": "pause"|"resume", "ids": [], "selector": "all", "note": None or a group name}``
  (the whole queue, or that group; ``selector`` is not read).
"""

from task_runner import admission, ids, lifecycle, render_steer, specs
from task_runner.lifecycle import Status

VERBS = ("answer", "pause", "resume", "urgent")


def no_such_task(queue: dict, task_id: str) -> str:
    issued = ids.id_number(task_id) <= ids.highest_number(queue)
    return "no such task" + (" (it may have been archived)" if issued else "")


def apply_command(queue: dict, verb: str, task_ids: list[str], selector: str | None, note: str | None,
                  policy: lifecycle.Policy, stop: bool = False) -> dict:
    """Apply one steering verb; ``{"verb", "selector", "changed", "released", "rejected", "stop",
    "stopped", "said"}`` (``said``: its confirmation lines; ``stop``: attempts to stop afterwards)."""
    outcome = {"verb": verb, "selector": selector, "changed": [], "released": [], "rejected": [], "stop": [],
               "stopped": [], "said": [], "answered": []}
    by_id = {task["id"]: task for task in queue["tasks"]}
    if verb in ("pause", "resume"):
        _pause_or_resume(queue, verb, note, stop, policy, outcome)
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
    outcome["said"].append(render_steer.pause_text(group, halted))
