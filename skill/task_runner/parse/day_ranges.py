"""A range of weekdays at a clock time repeats on those days: "du lundi au samedi à 18h45", "from Monday to
Saturday at 6:45pm", "von Montag bis Samstag um 18:45", "周一到周六晚上6点45", "月曜から土曜の18時45分" →
``45 18 * * 1-6`` (schedule.py). Without a clock time a range is the days a thing takes ("book the cabin
from Friday to Sunday") and repeats nothing. The range words are the languages' id-range words."""

import re

from task_runner.parse import lexicon
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import is_cjk
from task_runner.parse.times import DAYS

_LATIN_TO = sorted((word for word in lexicon.ID_RANGE_WORDS if not is_cjk(word[:1])), key=len, reverse=True)
_CJK_TO = "".join(sorted(word for word in lexicon.ID_RANGE_WORDS if len(word) == 1 and is_cjk(word)))
_DAY_WORDS = Words(sorted(DAYS, key=len, reverse=True))
_RANGE = Lazy(r"(?P<a>" + _DAY_WORDS + r")日?\s*(?:(?:" + Words(_LATIN_TO) + r")\s*|[" + re.escape(_CJK_TO) + r"]+\s*)"
              r"(?P<b>" + _DAY_WORDS + r")", re.IGNORECASE)


def _bounded(text: str, match: re.Match) -> bool:
    """A Latin weekday stands as a word of its own ("samedi", not "samedis" cut, nor "lundi" inside a name)."""
    start, end = match.start(), match.end()
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    return not (before.isalpha() and not is_cjk(before)) and not (after.isalpha() and not is_cjk(after) and not is_cjk(text[end - 1]))


def weekday_range(text: str) -> tuple[re.Match, int, int] | None:
    """The first range of two different weekdays, first day before last, as (match, first, last) in cron's
    numbering (Monday 1 … Saturday 6; a range ending on Sunday is 1-7 written as 0)."""
    for match in _RANGE.finditer(text):
        if not _bounded(text, match):
            continue
        first = DAYS[match.group("a").lower()] + 1
        last = DAYS[match.group("b").lower()] + 1
        if first < last:
            return match, first, last
    return None
