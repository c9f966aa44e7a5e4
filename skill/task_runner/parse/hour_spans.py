"""Hours from one clock time to another after a set of days, in a clause after the request that is no request
of its own, are the hours a thing keeps (opening hours), no time to repeat at: "查查要带什么材料，街道受理点
工作日9点到5点", "find out what to bring, the office is open weekdays 9 to 5". Where they open the item
("每周一上午9点到10点提醒我开例会") they are the task's own. The range words are the languages' id-range words."""

import re

from task_runner.parse import lexicon
from task_runner.parse.clean import starts_with_verb
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import is_cjk

_LATIN_TO = sorted((word for word in lexicon.ID_RANGE_WORDS if not is_cjk(word[:1])), key=len, reverse=True)
_CJK_TO = "".join(sorted(word for word in lexicon.ID_RANGE_WORDS if len(word) == 1 and is_cjk(word)))
_HOUR = r"(?:[上下]午|晚上|夜|午後)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[点點時]|uhr\b|h\b|a\.?m\.?|p\.?m\.?)?"
_HOURS = Lazy(r"(?:[^\W\d]+\s+)?" + _HOUR + r"\s*(?:(?:" + Words(_LATIN_TO) + r")\s*|[" + re.escape(_CJK_TO) + r"]+\s*|[-–~〜]\s*)(?:[^\W\d]{1,3}\s+)?" + _HOUR,
              re.IGNORECASE)  # "9点到5点", "de 9 a 14", "9 to 5", "von 9 bis 17 Uhr", "de 9h à 17h"


_BREAKS = ",;，；"


def end_of_hours(text: str, days_start: int, days_end: int) -> int | None:
    """Where the hours end when the days (``days_start`` to ``days_end``) run on to hours from one clock time to
    another ("工作日9点到5点", "los lunes de 9 a 14", "weekdays 9 to 5") in a clause after the request; else None."""
    match = _HOURS.match(text, days_end + len(text[days_end:]) - len(text[days_end:].lstrip()))
    if not match:
        return None
    cut = max(text.rfind(mark, 0, days_start) for mark in _BREAKS)
    if cut <= 0 or not starts_with_verb(text[:cut]) or starts_with_verb(text[cut + 1:days_start].strip()):
        return None  # no request before it, or a request of its own ("…, 每个工作日9点到5点提醒我…")
    return match.end()
