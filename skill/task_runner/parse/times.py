"""The words every schedule rule reads: weekdays, numbers, parts of the day, units, and the
clock time in a phrase ("at 5pm", "um 14 Uhr", "下午三点"). The recurring rules (schedule.py)
and the one-off rules (schedule_once.py, schedule_cjk.py) share them."""

import re
from datetime import datetime, timedelta

from task_runner.parse.lexicon import alternation, merged
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import has_cjk, is_cjk
from task_runner.parse.spoken_clock import spoken_hour

# Every word comes from the language declarations; these modules only arrange them.
DAYS = merged("weekdays")
NUMBERS = merged("numbers")
PARTS = merged("day_parts")
UNITS = merged("time_units")
PERIODS = {**merged("periods"), **merged("period_adverbs")}
RELATIVE_DAYS = merged("relative_days")


def latin(table: dict) -> dict:
    return {key: value for key, value in table.items() if not is_cjk(key[:1])}


def pattern_of(table: dict) -> Words:
    """The keys of ``table`` as an alternation, longest first (patterns.py)."""
    return Words(sorted(table, key=len, reverse=True))


DAY = "(?:" + pattern_of(latin(DAYS)) + ")"
NUM = r"(?:\d{1,3}|" + pattern_of(latin(NUMBERS)) + ")"
UNIT = r"(?P<unit>" + pattern_of(UNITS) + ")"
CLOCK = "(?:" + alternation("clock_words") + ")"
PART_WORDS = pattern_of(latin(PARTS))
_TIME_AT_RE = Lazy(r"(?:(?<!\w)" + CLOCK + r"\s+)(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*"
                         r"(?P<ampm>a\.?m\.?|p\.?m\.?|uhr|h(?![a-z])|o'?clock)?(?![\w/]|:\d)"
                         r"|(?<![\w:/.-])(?P<hour2>\d{1,2})(?:[:.h](?P<minute2>\d{2}))?\s*(?P<ampm2>a\.?m\.?|p\.?m\.?|uhr|h(?![a-z]))(?![\w])"
                         r"|(?<![\w:/.-])(?P<hour3>\d{1,2}):(?P<minute3>\d{2})(?![\w/]|:\d)", re.IGNORECASE)
PART_RE = Lazy(r"\b(?:(?:" + alternation("part_openers") + r")\s+)?(?P<part>"
                + PART_WORDS + r")\b|(?P<zh>" + pattern_of({k: v for k, v in PARTS.items() if is_cjk(k[:1])}) + ")", re.IGNORECASE)
# The CJK numerals of whole hours, from the number tables: "两点" (2:00) is how Chinese says two o'clock
_CJK_HOUR_NUMERALS = "".join(sorted(key for key, value in NUMBERS.items() if len(key) == 1 and is_cjk(key) and value >= 1))
# A clock hour: digits, or kanji numerals whose 時 has no kanji after it but 半/分/頃/過/前/以/後 (a kanji
# after it makes a word: "一時停止" pause, "一時的" for now); "15時集合" is an hour
_KANJI_HOUR_MARK = r"(?:[点點]|時(?![\u4e00-\u9fff](?<![半分頃過前以後])))"
CJK_HOUR = r"(?:\d{1,2}[点點時]|[" + _CJK_HOUR_NUMERALS + r"]{1,3}" + _KANJI_HOUR_MARK + ")"
# a space may stand around digits in a CJK sentence ("每天晚上 11 点", typed as 中英夹杂 is): the same hour
_ZH_TIME = Lazy(r"(?:(?P<part>早上|早晨|上午|中午|下午|傍晚|晚上) ?)?(?=[\d" + _CJK_HOUR_NUMERALS + r"])(?P<hour>\d{1,2}|[" + _CJK_HOUR_NUMERALS + r"]{1,3})"
                r"(?:[:：]|(?<=\d) ?[点點時]|(?<=[" + _CJK_HOUR_NUMERALS + r"])" + _KANJI_HOUR_MARK + ")"
                r"(?:(?P<half>半)|(?P<minute>\d{1,2})分?)?")


_DAY_AND_PART = Lazy(r"\b(" + DAY + r")(" + PART_WORDS + r")(s?)\b", re.IGNORECASE)


def split_day_parts(text: str) -> str:
    """"bis Sonntagabend", "am Freitagnachmittag", "sonntagabends": a weekday written together with a
    part of the day (German compounds) reads as the two words ("Sonntag abend": Sunday at 18:00); an
    -s at the end recurs, as "sonntags abends" does."""
    if not _DAY_AND_PART.search(text):
        return text
    return _DAY_AND_PART.sub(lambda m: m[1] + ("s " if m[3] or m[2].endswith("s") else " ") + m[2] + m[3], text)


class Schedule:
    """What a phrase means: cron and/or ISO times, plus the user's words for it."""

    __slots__ = ("cron", "due", "not_before", "phrase")

    def __init__(self):
        self.cron = self.due = self.not_before = None
        self.phrase: list[str] = []

    def as_dict(self) -> dict:
        return {"cron": self.cron, "due": self.due, "not_before": self.not_before}



def clock_time(text: str) -> tuple[int | None, int, str]:
    """The first explicit clock time in ``text`` as (hour, minute, words), or (None, 0, "")."""
    zh = _ZH_TIME.search(text) if has_cjk(text) else None
    if zh and (zh.group("part") or any(mark in zh.group() for mark in "点點時")):
        hour = int(spoken_number(zh.group("hour")))
        minute = 30 if zh.group("half") else int(zh.group("minute") or 0)
        hour = after_noon(hour, zh.group("part") or _cjk_part_before(text, zh.start("hour")))  # "下午三点", "夜8時"
        if hour < 24 and minute < 60:
            return hour, minute, zh.group()
    for match in _TIME_AT_RE.finditer(text):
        hour = match.group("hour") or match.group("hour2") or match.group("hour3")
        minute = match.group("minute") or match.group("minute2") or match.group("minute3") or "0"
        ampm = (match.group("ampm") or match.group("ampm2") or "").lower().replace(".", "")
        hour, minute = int(hour), int(minute)
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif not ampm and 1 <= hour <= 6 and not match.group("hour3") and (
                not match.group("minute") or match.group().split()[0].lower() in _afternoon_clock()) \
                and not (PART_RE.search(text) and part_hour(text, 14) < 12):
            hour += 12  # "at 5" in a chat means the afternoon ("um 6:30", "à 6h30" say 06:30; "às 6 da manhã" 06:00)
        if hour < 24 and minute < 60:
            if not ampm and PART_RE.search(text) and hour < 12 and part_hour(text, 9) >= 14:
                hour += 12  # "at 8 in the evening"
            return hour, minute, match.group().strip()
    hour, words = spoken_hour(text)  # "a las ocho", "às nove da manhã"
    if hour is not None:
        morning = PART_RE.search(text) and part_hour(text, 14) < 12
        if hour <= 6 and not morning or not morning and PART_RE.search(text) and hour < 12 and part_hour(text, 9) >= 14:
            hour += 12  # "a las cinco" in a chat is the afternoon, "a las ocho de la noche" the evening
        return hour, 0, words
    part = PART_RE.search(text)
    if part and (part.group("part") or "").lower() in ("noon", "midnight"):
        return PARTS[part.group("part").lower()], 0, part.group().strip()
    return None, 0, ""


def after_noon(hour: int, *parts: str) -> int:
    """A clock hour said with a CJK part of the day from noon on is after noon: "下午3点" 15:00, "中午1点"
    13:00, "今晚8点" 20:00 (the first of ``parts`` that is a part of the day decides)."""
    part_hour = next((PARTS[part] for part in parts if part in PARTS), 0)
    return hour + 12 if hour < 12 and part_hour >= 12 else hour


def _cjk_part_before(text: str, at: int) -> str:
    """The CJK part of the day written right before the hour at ``at`` ("夜8時", "午後3時"), or ""."""
    return max((part for part in PARTS if is_cjk(part[:1]) and text.endswith(part, 0, at)), key=len, default="")


def _afternoon_clock() -> frozenset:
    if not _AFTERNOON:
        from task_runner.parse.lexicon import word_set

        _AFTERNOON.append(word_set("afternoon_clock"))
    return _AFTERNOON[0]


_AFTERNOON: list = []


def part_hour(text: str, default: int) -> int:
    part = PART_RE.search(text)
    if not part:
        return default
    word = (part.group("part") or part.group("zh")).lower()
    return PARTS.get(word.replace("time", ""), default)


def spoken_number(word: str) -> float:
    word = word.lower().replace("couple of", "couple").strip()
    if word.isdecimal():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    if word.startswith("十") or word.endswith("十") or "十" in word:  # 十五, 二十, 二十五
        tens, _, ones = word.partition("十")
        return (NUMBERS.get(tens, 1) if tens else 1) * 10 + (NUMBERS.get(ones, 0) if ones else 0)
    return 0


def end_of_period(kind: str, base: datetime) -> datetime:
    """The deadline a period ends at, 17:00 on its last working day: "day" today, "week" and "weekend" this
    Friday (the week's work ends then; "before the weekend" too), "month" its last day, "year" 31 December."""
    if kind == "month":
        day = (base.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif kind == "year":
        day = base.replace(month=12, day=31)
    elif kind == "day":
        day = base
    else:
        day = base + timedelta(days=(4 - base.weekday()) % 7)
    return day.replace(hour=17, minute=0)
