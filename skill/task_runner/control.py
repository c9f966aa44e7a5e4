"""Control commands on the queue: retry, skip, cancel, done — one task, many, or a whole status.

All ids of one command are applied in one locked transaction; an unknown id or
an impossible transition is reported for that id while the others go through.
The caller stops the workers of tasks that left ``running`` after the lock is
released (never stop a process while holding the queue lock).
"""

from task_runner import ids, lifecycle, render
from task_runner.lifecycle import CONTROL_FROM, Status

VERBS = tuple(CONTROL_FROM)


def apply(queue: dict, verb: str, task_ids: list[str], selector: str | None, note: str | None,
          policy: lifecycle.Policy) -> dict:
    """Apply one control command inside a transaction.

    Returns ``{"verb", "selector", "changed": [ids], "released": [ids], "rejected": [{"id",
    "reason"}], "stop": [(id, run) of attempts to stop], "stopped": []}``.
    """
    by_id = {task["id"]: task for task in queue["tasks"]}
    targets = list(task_ids)
    if selector:
        targets += [task["id"] for task in queue["tasks"]
                    if (selector == "all" or task["status"] == selector) and task["id"] not in targets]
    outcome = {"verb": verb, "selector": selector, "changed": [], "released": [], "rejected": [],
               "stop": [], "stopped": []}
    for task_id in targets:
        task = by_id.get(task_id)
        if task is None:
            issued = ids.id_number(task_id) <= ids.highest_number(queue)
            outcome["rejected"].append({"id": task_id, "reason": "no such task" + (
                " (it may have been archived)" if issued else "")})
            continue
        status = task["status"]
        if status not in CONTROL_FROM[verb]:
            if selector and task_id not in task_ids:
                continue  # "retry all" quietly passes over tasks the verb does not apply to
            outcome["rejected"].append({"id": task_id, "reason": render.why_not(verb, status, CONTROL_FROM[verb])})
            continue
        if status == Status.RUNNING and task.get("run"):
            outcome["stop"].append((task_id, dict(task["run"])))
        lifecycle.control(task, verb, policy, note)
        outcome["changed"].append(task_id)
    if verb == "retry":
        outcome["released"] = lifecycle.release_dependants(queue, outcome["changed"])
    return outcome
