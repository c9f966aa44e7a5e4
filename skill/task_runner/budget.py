"""Cost ceilings: per attempt (passed to the CLIs that take one) and for the whole queue.

``TASK_RUNNER_MAX_TURNS`` and ``TASK_RUNNER_MAX_COST_USD`` bound one attempt:
claude takes ``--max-turns`` and ``--max-budget-usd``; codex and opencode have
no such flag (their attempts are bounded by the timeout only). What each
attempt cost comes from the CLI's final event (``cost_usd``/``tokens`` of its
``strategies_tried`` entry). ``TASK_RUNNER_BUDGET_USD`` is the queue's ceiling:
once the attempts of the live queue and of archived tasks cost that much,
nothing new starts and the user is told once (again if the ceiling changes).
"""

from task_runner import render_steer

ARCHIVED_KEY = "archived_usd"


def attempt_flags(kind: str, setting) -> list:
    """The per-attempt limits as flags of ``kind``'s CLI (only claude has them)."""
    if kind != "claude":
        return []
    flags = []
    turns = _number(setting("TASK_RUNNER_MAX_TURNS", None), whole=True)
    if turns:
        flags += ["--max-turns", str(turns)]
    cost = _number(setting("TASK_RUNNER_MAX_COST_USD", None))
    if cost:
        flags += ["--max-budget-usd", f"{cost:g}"]
    return flags


def _number(value, whole: bool = False):
    try:
        number = int(value) if whole else float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 and number == number and number != float("inf") else None


def task_cost(task: dict) -> float:
    if not task.get("strategies_tried"):  # most tasks: no attempt recorded yet, nothing to add up
        return 0
    return sum(entry.get("cost_usd") or 0 for entry in task.get("strategies_tried") or ()
               if isinstance(entry, dict) and isinstance(entry.get("cost_usd"), (int, float)))


def spent(queue: dict) -> float:
    """What the attempts of the live queue and of archived tasks cost, in USD."""
    archived = (queue.get("cost") or {}).get(ARCHIVED_KEY) or 0
    return round(archived + sum(task_cost(task) for task in queue["tasks"]), 6)


def set_aside(queue: dict, tasks: list[dict]) -> None:
    """Keep the cost of tasks about to be archived in the queue's total."""
    total = sum(task_cost(task) for task in tasks)
    if total:
        cost = queue["cost"] = queue.get("cost") or {}
        cost[ARCHIVED_KEY] = round((cost.get(ARCHIVED_KEY) or 0) + total, 6)


def ceiling(setting) -> float | None:
    return _number(setting("TASK_RUNNER_BUDGET_USD", None))


def exhausted(queue: dict, setting) -> tuple[float, float] | None:
    """(spent, ceiling) once the queue's budget is used up; None while there is room (or no ceiling)."""
    limit = ceiling(setting)
    if limit is None:
        return None
    used = spent(queue)
    return (used, limit) if used >= limit else None


def tell_once(queue: dict, reached: tuple[float, float], log, when: str) -> None:
    """One notice per ceiling: "💸 budget reached" when work is held back by it."""
    cost = queue["cost"] = queue.get("cost") or {}
    if cost.get("told_ceiling") == reached[1]:
        return
    cost["told_ceiling"] = reached[1]
    log.add("budget", None, render_steer.budget_text(*reached), when)


def untold(queue: dict, reached: tuple[float, float] | None) -> bool:
    return bool(reached) and (queue.get("cost") or {}).get("told_ceiling") != reached[1]
