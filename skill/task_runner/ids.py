"""Task ids: ``T-NN`` with at least two digits, strictly increasing, never reused."""

import re

ID_RE = re.compile(r"^T-(\d{2,})$")
_LOOSE_RE = re.compile(r"^[Tt]-?(\d+)$")


def format_id(number: int) -> str:
    return f"T-{number:02d}"


def id_number(task_id: str) -> int:
    match = ID_RE.match(task_id)
    if not match:
        raise ValueError(f"not a task id: {task_id!r} (expected T-NN, e.g. T-05)")
    return int(match.group(1))


def normalize_id(text: str) -> str | None:
    """``t3``, ``T3``, ``t-3``, ``T-03`` → ``T-03``; None when it is not an id at all."""
    match = _LOOSE_RE.match(text.strip())
    if not match or int(match.group(1)) == 0:
        return None
    return format_id(int(match.group(1)))


def highest_number(queue: dict) -> int:
    """The highest number ever handed out: lastId or any id present, whichever is higher."""
    numbers = [0]
    last = queue.get("lastId")
    if isinstance(last, str) and ID_RE.match(last):
        numbers.append(id_number(last))
    for task in queue.get("tasks", ()):
        task_id = task.get("id")
        if isinstance(task_id, str) and ID_RE.match(task_id):
            numbers.append(id_number(task_id))
    return max(numbers)


def allocate(queue: dict, count: int) -> list[str]:
    """Hand out ``count`` fresh ids and advance ``lastId`` (call inside a transaction)."""
    start = highest_number(queue) + 1
    new_ids = [format_id(n) for n in range(start, start + count)]
    if new_ids:
        queue["lastId"] = new_ids[-1]
    return new_ids
