"""A deadline hour said with its article: "prima delle 18", "entro le 12", "antes de las 10", "antes das 9":
the article makes the bare number an hour (not "le 12", the 12th), due at that hour, today or, once it has
passed, tomorrow. A day word right before it ("venerdì entro le 12") is left to the date rules."""

import re
from datetime import datetime, timedelta

from task_runner.parse.lexicon import alternation
from task_runner.parse.object_times import in_relative_clause
from task_runner.parse.patterns import Lazy
from task_runner.parse.times import DAY, RELATIVE_DAYS, Schedule, pattern_of
from task_runner.timeutil import to_iso

_HOUR = Lazy(r"(?<!\w)(?:" + alternation("deadline_hours") + r")\s*(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?:\s*h)?(?![\w:/.])",
             re.IGNORECASE)
_DAY_BEFORE = Lazy(r"(?<!\w)(?:" + DAY + "|" + pattern_of(RELATIVE_DAYS) + r")\s*,?\s*$", re.IGNORECASE)


def hour_due(text: str, base: datetime, result: Schedule) -> None:
    """Set ``result.due`` from the first deadline hour with its article in ``text``."""
    match = _HOUR.search(text)
    if match is None or result.due is not None or _DAY_BEFORE.search(text, max(0, match.start() - 30), match.start()) \
            or in_relative_clause(text, match):  # "el tren que llega antes de las 10": the train's hour
        return
    moment = base.replace(hour=int(match.group("h")), minute=int(match.group("m") or 0))
    if moment <= base:
        moment += timedelta(days=1)
    result.due = to_iso(moment)
    result.phrase.append(match.group().strip())
