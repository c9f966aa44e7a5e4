"""A start said by a meal: "after lunch text Marcus", "después de comer mándale …", "depois do almoço
liga …", "nach dem Mittagessen …", "oggi dopo pranzo …", "吃完午饭帮我查…", "お昼食べたら調べといて".
Once the meal is over the task may start: ``not_before`` at the hour the language table gives
that meal, on the day a relative day word right before it names ("domani dopo pranzo"), today
otherwise; a start that has already passed delays nothing. A deadline cue right before the
meal ("by after lunch") leaves it to the deadline rules."""

import re
from datetime import datetime, timedelta

from task_runner.parse import lexicon
from task_runner.parse.lexicon import merged
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import is_cjk
from task_runner.parse.times import RELATIVE_DAYS, Schedule
from task_runner.timeutil import to_iso

_MEALS = {" ".join(key.split()): hour for key, hour in merged("meal_starts").items()}
_CJK_MEALS = sorted((key for key in _MEALS if is_cjk(key[:1])), key=len, reverse=True)
_LATIN = Lazy(r"(?<!\w)(?P<meal>" + Words(sorted((key for key in _MEALS if not is_cjk(key[:1])), key=len, reverse=True))
              + r")(?!\w)", re.IGNORECASE)
_DEADLINE_BEFORE = Lazy(r"(?<!\w)(?:" + lexicon.alternation("deadline_cues") + r")\s*$", re.IGNORECASE)
_DAYS = sorted(RELATIVE_DAYS, key=len, reverse=True)


def one_off(text: str, base: datetime, result: Schedule) -> None:
    """Set ``result.not_before`` from the first meal phrase in ``text`` (when no start is set yet)."""
    if result.not_before is not None:
        return
    found = _find(text)
    if found is None:
        return
    start, end, hour = found
    head = text[max(0, start - 30):start]
    if _DEADLINE_BEFORE.search(head):
        return
    moment = (base + timedelta(days=_day_before(head))).replace(hour=hour, minute=0)
    if moment <= base:
        return  # "after lunch", said after lunch: the start has come
    result.not_before = to_iso(moment)
    result.phrase.append(text[start:end])


def _find(text: str) -> tuple[int, int, int] | None:
    match = _LATIN.search(text)
    spans = [(match.start(), match.end(), _MEALS[" ".join(match.group("meal").lower().split())])] if match else []
    for key in _CJK_MEALS:
        at = text.find(key)
        if at >= 0:
            spans.append((at, at + len(key), _MEALS[key]))
    return min(spans) if spans else None


def _day_before(head: str) -> int:
    """"domani dopo pranzo", "mañana después de comer", "明日お昼食べたら": the day word right before the meal."""
    bare = head.rstrip(" ,").lower()
    bare = bare[:-1] if bare.endswith("の") else bare  # "明日の昼食後"
    for key in _DAYS:
        if bare.endswith(key) and (is_cjk(key[:1]) or len(bare) == len(key) or not bare[-len(key) - 1].isalnum()):
            return RELATIVE_DAYS[key]
    return 0


_MEAL_HOURS = {key.lower(): hour for key, hour in merged("meal_deadlines").items()}
_MEAL_DUE = Lazy(r"(?<!\w)(?:" + lexicon.alternation("deadline_cues") + r")\s+(?:(?:" + Words(sorted(lexicon.DETERMINERS, key=len, reverse=True)) + r")\s+)?(?P<meal>"
                 + Words(sorted((key for key in _MEAL_HOURS if not is_cjk(key[:1])), key=len, reverse=True)) + r")(?!\w)"
                 r"|(?P<cjk>" + "|".join(sorted((key for key in _MEAL_HOURS if is_cjk(key[:1])), key=len, reverse=True)) + r")(?:之前|以前|前|までに|まで)",
                 re.IGNORECASE)


def deadline(text: str, base: datetime, result: Schedule) -> None:
    """"before lunch", "mándaselo antes del lunch", "vor dem Mittagessen", "午饭前", "お昼までに": a deadline cue
    before a meal is due at the meal's hour, today (tomorrow once it has passed)."""
    if result.due is not None:
        return
    match = _MEAL_DUE.search(text)
    if match is None:
        return
    meal = (match.group("meal") or match.group("cjk")).lower()
    moment = base.replace(hour=_MEAL_HOURS[meal], minute=0)
    result.due = to_iso(moment if moment > base else moment + timedelta(days=1))
    result.phrase.append(match.group().strip())
