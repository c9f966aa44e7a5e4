"""Schedule phrases → cron (recurring) or ISO 8601 times (deadlines and start times).

"every Monday at 9am" → ``0 9 * * 1``; "by Friday" → ``due``; "tomorrow at 5pm", "on sunday
morning", "in 2 hours" → ``not_before``. A cheap hint regex runs first; only an item that has
a schedule word pays for the full rules, and croniter/dateutil are imported only then.
Times are in the local zone of ``now`` (see timeutil.local_tz) and keep its offset.
"""

import re
from datetime import datetime, timedelta

from task_runner.parse import lexicon
from task_runner.parse.lexicon import Lazy, alternation, merged
from task_runner.parse.phrases import has_cjk, is_cjk

# Every word comes from the language declarations; this module only arranges them.
_DAYS = merged("weekdays")
_NUMBERS = merged("numbers")
_PARTS = merged("day_parts")
_UNITS = merged("time_units")
_PERIODS = {**merged("periods"), **merged("period_adverbs")}
_RELATIVE_DAYS = merged("relative_days")


def _latin(table: dict) -> dict:
    return {key: value for key, value in table.items() if not is_cjk(key[:1])}


def _keys(table: dict) -> str:
    return "|".join(re.escape(key).replace(r"\ ", r"\s+") for key in sorted(table, key=len, reverse=True))


_DAY = "(?:" + _keys(_latin(_DAYS)) + ")"
_ZH_DAY = r"(?:周|星期|礼拜)[一二三四五六日天]"
_NUM = r"(?:\d{1,3}|" + _keys(_latin(_NUMBERS)) + ")"
_UNIT = r"(?P<unit>" + _keys(_UNITS) + ")"
_EVERY = "(?:" + alternation("every_words") + ")"
_CLOCK = "(?:" + alternation("clock_words") + ")"
_PART_WORDS = _keys(_latin(_PARTS))
_TIME_AT_RE = Lazy(r"(?:(?<!\w)" + _CLOCK + r"\s+)(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*"
                         r"(?P<ampm>a\.?m\.?|p\.?m\.?|uhr|h(?![a-z])|o'?clock)?(?![\w:/])"
                         r"|(?<![\w:/.-])(?P<hour2>\d{1,2})(?:[:.h](?P<minute2>\d{2}))?\s*(?P<ampm2>a\.?m\.?|p\.?m\.?|uhr|h(?![a-z]))(?![\w])"
                         r"|(?<![\w:/.-])(?P<hour3>\d{1,2}):(?P<minute3>\d{2})(?![\w:/])", re.IGNORECASE)
_PART_RE = Lazy(r"\b(?:in\s+the\s+|this\s+|por\s+la\s+|am\s+|in\s+der\s+|de\s+|da\s+|di\s+|le\s+|la\s+)?(?P<part>"
                + _PART_WORDS + r")\b|(?P<zh>" + _keys({k: v for k, v in _PARTS.items() if is_cjk(k[:1])}) + ")", re.IGNORECASE)
_ZH_TIME = Lazy(r"(?P<part>早上|早晨|上午|中午|下午|傍晚|晚上)?(?P<hour>\d{1,2}|[一二三四五六七八九十]{1,3})[点點時:：](?:(?P<half>半)|(?P<minute>\d{1,2})分?)?")

_PERIOD_AFTER_EVERY = _keys(_latin(merged("periods")))
_PERIOD_ALONE = _keys(_latin(merged("period_adverbs")))
_CJK_PERIODS = _keys({key: kind for key, kind in _PERIODS.items() if is_cjk(key[:1])})
_RECUR_N = Lazy(r"\b" + _EVERY + r"\s+(?P<n>\d{1,3}|" + _keys(_latin(_NUMBERS)) + r")\s*" + _UNIT + r"\b"
                r"|每隔?(?P<zn>\d{1,3}|[一二三四五六七八九十]{1,3}|半)个?(?P<zunit>分钟|小时|天)", re.IGNORECASE)
_RECUR_UNIT = Lazy(
    r"\b" + _EVERY + r"\s+(?P<unit>" + _PERIOD_AFTER_EVERY + r")\b"
    r"|\b(?:on\s+)?(?P<adverb>" + _PERIOD_ALONE + r")\b"
    r"|\b(?P<entre>mon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?)\b"
    r"|(?P<zh>" + _CJK_PERIODS + ")",
    re.IGNORECASE,
)
_PLURAL_DAYS = _keys({name + "s": day for name, day in _latin(_DAYS).items() if len(name) >= 5 and not name.endswith("s")})
_JOIN = "(?:,|&|" + "|".join(sorted(lexicon.word_set("id_join_words"), key=len, reverse=True)) + ")"
_RECUR_DAYS = Lazy(
    r"\b" + _EVERY + r"\s+(?:other\s+|second\s+|alternate\s+)?(?P<days>" + _DAY + r"(?:\s*" + _JOIN + r"\s*" + _DAY + r")*)s?\b"
    r"|\b(?:(?:" + alternation("plural_day_articles") + r")\s+)?(?P<plural>(?:(?:" + _PLURAL_DAYS + r")(?:\s*" + _JOIN + r"\s*)?)+)\b"
    r"|\b(?:" + alternation("plural_day_articles") + r")\s+(?P<los>" + _DAY + r")\b"
    r"|每(?:个)?(?P<zh>" + _ZH_DAY + r")|毎週(?P<ja>(?:月|火|水|木|金|土|日)曜日?)",
    re.IGNORECASE,
)
_ORDINALS = merged("ordinals")
_DAY_NUMBER = Lazy(r"(?<![\d:.])(\d{1,2})(?:st|nd|rd|th|er|º|°|号|日)(?![A-Za-z\d])|\b(?:dia|día|giorno|jour|tag)\s+(\d{1,2})\b",
                   re.IGNORECASE)
_MONTH_DAY = Lazy(r"\bon\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)?(?:\s+of\s+(?:every|each)\s+month)?|\b(?P<dom2>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:every|each)\s+month", re.IGNORECASE)

_DEADLINES = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.deadline_cues.split("|") if phrase)
_DUE_WORD = alternation("deadline_cues")
_START_WORD = alternation("start_cues")
# "renew the domain before it expires on the 20th": the deadline cue opens the clause the date ends.
_DEADLINE_CLAUSE = Lazy(r"\b(?:" + _DUE_WORD + r")\s+(?:[^\W\d]+\s+){1,3}(?:on\s+|el\s+|le\s+|il\s+|am\s+|o\s+|a\s+)?$",
                        re.IGNORECASE)
_OBJECT_BEFORE = Lazy(r"(?:^|\s)(?:" + alternation("object_cues") + r")\s+(?:the\s+|el\s+|la\s+|le\s+|den\s+|die\s+|o\s+|a\s+|il\s+)?$",
                      re.IGNORECASE)
_OBJECT_WORDS = frozenset(word for lang in lexicon.LANGUAGES for word in lang.object_cues.split("|") if " " not in word)
_MONTH = "(?:" + _keys(_latin(merged("months"))) + r")\.?"
_RELATIVE = _keys(_RELATIVE_DAYS)
_ARTICLE = r"(?:on|am|el|le|il|lo|o|a|na|no|de|del|the)\s+"
_DAYREF = (r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:" + _MONTH + r"|every|each))|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod|cob)\s+(?:on\s+)?(?:tomorrow|today|" + _DAY + r")"
           r"|(?:" + _RELATIVE + r")(?!'s|’s)|this\s+(?:weekend|week|month|morning|afternoon|evening)"
           r"|(?:next|this|coming)\s+(?:week|month|weekend|" + _DAY + r")|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|month)|eod|eow|eom|cob"
           r"|(?:" + _ARTICLE + r")?" + _DAY
           + r"|(?:(?:" + _ARTICLE + r")?(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|º)?\s+(?:of\s+|de\s+|di\s+)?" + _MONTH + r")"
           r"|(?:(?:on\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
           r"|(?:el|le|il|am|den|o\s+dia|dia|giorno)\s+\d{1,2}(?:\.|º|°)?(?![\d:.h])"
           r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?")
_CLOCK_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b|o'?clock)?"
_ONE_OFF = Lazy(
    r"(?:\b(?P<due>" + _DUE_WORD + r")\s+|\b(?P<start>" + _START_WORD + r")\s+)?"
    r"(?:(?P<rel>\b(?P<relword>" + alternation("in_words", "deadline_cues") + r")\s+(?P<n>" + _NUM + r"|half\s+an?)\s*" + _UNIT + r"\b)"
    r"|(?P<half>\bin\s+half\s+an\s+hour\b)"
    r"|(?P<day>\b(?:" + _DAYREF + r")\b)(?P<dtime>(?:\s*,?\s*(?:" + _CLOCK + r"\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b)?(?!\d))"
    r"|(?:\s+(?:in\s+the\s+|por\s+la\s+|am\s+|at\s+|de\s+|da\s+|di\s+|in\s+der\s+)?(?:" + _PART_WORDS + r")\b))?"
    r"|(?P<time>(?<![\w:/.-])(?:" + _CLOCK + r"|by)\s+" + _CLOCK_TIME + r"(?![\w:/])"
    r"|(?<![\w:/.-])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|(?<![\w:/.-])\d{1,2}(?::\d{2}|h\d{0,2})(?![\w:/])"
    r"|\b(?:at\s+)?(?:noon|midnight)\b))",
    re.IGNORECASE,
)


class Schedule:
    """What a phrase means: cron and/or ISO times, plus the user's words for it."""

    __slots__ = ("cron", "due", "not_before", "phrase")

    def __init__(self):
        self.cron = self.due = self.not_before = None
        self.phrase: list[str] = []

    def as_dict(self) -> dict:
        return {"cron": self.cron, "due": self.due, "not_before": self.not_before}


def find(text: str, now: datetime) -> Schedule | None:
    """The schedule in one item's text (restored, the user's words), or None."""
    result = Schedule()
    cron_span = _recurring(text, result)
    if cron_span is None:
        _one_off(text, now, result)
    return result if (result.cron or result.due or result.not_before) else None


# ---- recurring -------------------------------------------------------------------------------

def _recurring(text: str, result: Schedule) -> tuple[int, int] | None:
    twice = _TWICE.search(text)
    if twice:
        result.cron = "0 9,21 * * *" if twice.group(1).lower() in ("day", "daily") else "0 9 * * 1,4"
        result.phrase.append(twice.group().strip())
        return twice.span()
    every_n = _RECUR_N.search(text)
    if every_n and _descriptive(text, every_n.start()):
        every_n = None
    if every_n:
        expression = _every_n(every_n)
        if expression and _valid(expression):
            result.cron = expression
            result.phrase.append(every_n.group().strip())
            return every_n.span()
    days = next((m for m in _RECUR_DAYS.finditer(text) if not _descriptive(text, m.start())), None)
    unit = next((m for m in _RECUR_UNIT.finditer(text)
                 if not (_ADJECTIVE_BEFORE.search(text, 0, m.start()) and not _names_a_reminder(text[m.end():]))
                 and not _descriptive(text, m.start())), None)
    if not days and not unit:
        return None
    hour, minute, time_phrase = _clock(text)
    if days:
        names = days.group("days") or days.group("plural") or days.group("zh") or days.group("ja") or days.group("los")
        dows = _dow_list(names)
        span = days.span()
        if hour is None:
            hour, minute = _part_hour(text, 9), 0
        dow = ",".join(str(d) for d in dows)
        expression = f"{minute} {hour} * * {dow}"
    else:
        span = unit.span()
        expression, hour, minute = _unit_cron(unit, hour, minute, text)
    if expression.endswith(" 1 * *"):
        day = _day_of_every_month(text)
        if day:
            expression = expression[:-5] + f"{min(day, 28) if day == 31 else day} * *"
    if not _valid(expression):
        return None
    result.cron = expression
    phrase = text[span[0]:span[1]].strip()
    if time_phrase and time_phrase not in phrase:
        phrase = f"{phrase} {time_phrase}"
    result.phrase.append(phrase)
    return span


_ADJECTIVE_BEFORE = Lazy(r"\b(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those|el|la|los|las|der|die|das|den|dem)\s+$", re.IGNORECASE)


_TWICE = Lazy(r"\btwice\s+(?:a\s+)?(day|daily|week|weekly)\b", re.IGNORECASE)
_DESCRIPTIVE = Lazy(
    r"(?<!\w)(?:" + alternation("subordinators") + r")(?!\w)[^,;:]*$"
    r"|(?<!\w)(?:" + alternation("state_verbs") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


_DESCRIBES_ONE_OFF = Lazy(
    r"\b(?:why|how|whether|that's|which|who|whose|open|opens|closed|closes|available)\b[^,;:]*$", re.IGNORECASE)


def _names_a_reminder(after: str) -> bool:
    """"a weekly reminder", "a daily alarm": the adjective schedules the reminder it describes."""
    from task_runner.parse.phrases import Tokens

    return bool(lexicon.TYPE_KEYWORDS["reminder-scheduling"].at(Tokens(after[:40]).words, 0))


def _day_of_every_month(text: str) -> int | None:
    """The day a monthly schedule falls on: "the 15th", "le premier", "am Ersten", "dia 1", "1号"."""
    match = _MONTH_DAY.search(text)
    if match:
        return int(match.group("dom") or match.group("dom2"))
    match = _DAY_NUMBER.search(text)
    if match:
        return int(match.group(1) or match.group(2))
    words = re.findall(r"[^\W\d_]+", text.lower())
    return next((_ORDINALS[word] for word in words if word in _ORDINALS), None)


def _descriptive(text: str, start: int) -> bool:
    """"find out why X fires every 15 min", "a groomer open on Sundays": the phrase describes, not schedules."""
    return bool(_DESCRIPTIVE.search(text[max(0, start - 60):start]))


def _every_n(match: re.Match) -> str | None:
    if match.group("zn"):
        n, unit = _number(match.group("zn")), match.group("zunit")
        unit = {"分钟": "m", "小时": "h", "天": "d"}[unit]
    else:
        n = _number(match.group("n"))
        unit = _UNITS.get(match.group("unit").lower(), "m")
    if not n or n != int(n):
        return "*/30 * * * *" if n == 0.5 and unit == "h" else None
    n = int(n)
    if unit == "m":
        return f"*/{n} * * * *" if n < 60 else (f"0 */{n // 60} * * *" if n % 60 == 0 and n < 1440 else None)
    if unit == "h":
        return f"0 */{n} * * *" if n < 24 else None
    if unit == "d":
        return f"0 9 */{n} * *" if n < 32 else None
    return "0 9 * * 1" if n == 1 else None


_PERIOD_HOURS = {"morning": 9, "afternoon": 14, "evening": 18, "night": 20}


def _unit_cron(unit: re.Match, hour, minute, text: str) -> tuple[str, int, int]:
    word = " ".join((unit.group("unit") or unit.group("adverb") or unit.group("zh") or "").lower().split())
    kind = "weekday" if unit.group("entre") else _PERIODS.get(word, "day")
    if kind == "minute":
        return "* * * * *", hour, minute
    if kind == "hour":
        return f"{minute or 0} * * * *", hour, minute
    if kind == "half hour":
        return "*/30 * * * *", hour, minute
    if hour is None:
        hour, minute = _part_hour(text, _PERIOD_HOURS.get(kind, 9)), 0
    dow = {"weekday": "1-5", "weekend": "0,6", "week": "1"}.get(kind, "*")
    if kind == "month":
        return f"{minute} {hour} 1 * *", hour, minute
    if kind == "year":
        return f"{minute} {hour} 1 1 *", hour, minute
    return f"{minute} {hour} * * {dow}", hour, minute


def _dow_list(names: str) -> list[int]:
    found = []
    for token in re.findall(r"[^\W\d_]+", names.lower()):
        for key in (token, token[:-1] if token.endswith("s") else token):
            day = _DAYS.get(key)
            if day is not None:
                cron_day = (day + 1) % 7
                if cron_day not in found:
                    found.append(cron_day)
                break
    if not found:  # Chinese: 周一 etc. are whole words
        for key, day in _DAYS.items():
            if key in names and (day + 1) % 7 not in found:
                found.append((day + 1) % 7)
    return sorted(found) or [1]


def _valid(expression: str) -> bool:
    from task_runner.parse.cron import is_valid

    return is_valid(expression)


# ---- clock times -----------------------------------------------------------------------------

def _clock(text: str) -> tuple[int | None, int, str]:
    """The first explicit clock time in ``text`` as (hour, minute, words), or (None, 0, "")."""
    zh = _ZH_TIME.search(text) if has_cjk(text) else None
    if zh and (zh.group("part") or any(mark in zh.group() for mark in "点點時")):
        hour = int(_number(zh.group("hour")))
        minute = 30 if zh.group("half") else int(zh.group("minute") or 0)
        if zh.group("part") in ("下午", "傍晚", "晚上") and hour < 12:
            hour += 12
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
        elif not ampm and 1 <= hour <= 6 and not match.group("hour3"):
            hour += 12  # "at 5" in a chat means the afternoon
        if hour < 24 and minute < 60:
            if not ampm and _PART_RE.search(text) and hour < 12 and _part_hour(text, 9) >= 14:
                hour += 12  # "at 8 in the evening"
            return hour, minute, match.group().strip()
    part = _PART_RE.search(text)
    if part and (part.group("part") or "").lower() in ("noon", "midnight"):
        return _PARTS[part.group("part").lower()], 0, part.group().strip()
    return None, 0, ""


def _part_hour(text: str, default: int) -> int:
    part = _PART_RE.search(text)
    if not part:
        return default
    word = (part.group("part") or part.group("zh")).lower()
    return _PARTS.get(word.replace("time", ""), default)


def _number(word: str) -> float:
    word = word.lower().replace("couple of", "couple").strip()
    if word.isdecimal():
        return int(word)
    if word in _NUMBERS:
        return _NUMBERS[word]
    if word.startswith("十") or word.endswith("十") or "十" in word:  # 十五, 二十, 二十五
        tens, _, ones = word.partition("十")
        return (_NUMBERS.get(tens, 1) if tens else 1) * 10 + (_NUMBERS.get(ones, 0) if ones else 0)
    return 0


# ---- one-off times ---------------------------------------------------------------------------

def _one_off(text: str, now: datetime, result: Schedule) -> None:
    """One-off times. Only a start cue delays a task (a clock time, a part of the day, a delay, a
    date before the verb, "after …"); a deadline cue makes a due date; a date that belongs to the
    object ("hotels for the 14th", "book a table for Saturday", "the weather on Sunday") sets nothing."""
    from task_runner.timeutil import local_tz, to_iso

    base = now.astimezone(local_tz()).replace(second=0, microsecond=0)
    for match in _ONE_OFF.finditer(text):
        if not (match.group("rel") or match.group("half") or match.group("day") or match.group("time")):
            continue
        if _DESCRIBES_ONE_OFF.search(text[max(0, match.start() - 60):match.start()]):
            continue
        key = _kind(match, text)
        if key is None:
            continue
        moment = _moment(match, text, base, key == "due")
        if moment is not None and getattr(result, key) is None:
            setattr(result, key, to_iso(moment))
            result.phrase.append(match.group().strip())
    if has_cjk(text):
        from task_runner.parse.schedule_cjk import one_off

        one_off(text, base, result)


def _kind(match: re.Match, text: str) -> str | None:
    """"due", "not_before", or None for a date that only describes the object."""
    relword = " ".join((match.group("relword") or "").lower().split())
    if match.group("due") or relword in _DEADLINES or _DEADLINE_CLAUSE.search(text[max(0, match.start() - 60):match.start()]):
        return "due"
    day = (match.group("day") or "").strip().lower()
    if re.match(r"(?:the\s+)?(?:end\s+of|eod|cob|eow|eom)\b", day):
        return "due"  # "end of day tomorrow" is a deadline even without "by"
    if match.group("start") or match.group("rel") or match.group("half"):
        return "not_before"
    if _OBJECT_BEFORE.search(text[max(0, match.start() - 40):match.start()]) or day.split(" ", 1)[0] in _OBJECT_WORDS and " " in day:
        return None  # "a table for Saturday", "un taxi pour 7h": the time of the thing booked
    if match.group("time") or match.group("dtime"):
        return "not_before"
    if " ".join(day.split()) in _RELATIVE_DAYS or not _verb_before(text[:match.start()]):
        return "not_before"  # "tomorrow", or a date before the verb: "on Friday, call the bank"
    return None


def _verb_before(head: str) -> bool:
    from task_runner.parse.clean import starts_with_verb

    return bool(head.strip()) and starts_with_verb(head)


def _moment(match: re.Match, text: str, base: datetime, due: bool) -> datetime | None:
    if match.group("half"):
        return base + timedelta(minutes=30)
    if match.group("rel"):
        raw = match.group("n").lower()
        n = 0.5 if raw.startswith("half") else _number(raw)
        if not n:
            return None
        step = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1),
                "w": timedelta(weeks=1)}[_UNITS.get(match.group("unit").lower(), "h")]
        return base + step * n
    words = " ".join((match.group("day") or "").lower().split())
    hour, minute, _ = _clock(match.group())
    if hour is None:
        part = _PART_RE.search(match.group())
        hour, minute = (_part_hour(match.group(), 9), 0) if part else (None, 0)
    day = _resolve_day(words, base, due) if words else base
    if day is None:
        return None
    if hour is None:
        hour = 17 if due else 9
        if words in _RELATIVE_DAYS and words in _PARTS:
            hour = _PARTS[words]  # "tonight"
        if words.startswith(("end of", "the end of", "eod", "cob", "eow", "eom")):
            hour = 17
    moment = day.replace(hour=hour, minute=minute)
    if not words and moment <= base:
        moment += timedelta(days=1)  # "at 5pm" when it is already 6pm means tomorrow
    return moment


def _resolve_day(words: str, base: datetime, due: bool) -> datetime | None:
    words = re.sub(r"^" + _ARTICLE, "", words.strip())
    words = re.sub(r"^end\s+of\s+(?:the\s+|this\s+)?", "end of ", words)
    ordinal = re.match(r"^(?:the\s+|el\s+|le\s+|il\s+|den\s+|o\s+dia\s+|dia\s+|giorno\s+)?(\d{1,2})(?:st|nd|rd|th|\.|º|°)?$", words)
    if ordinal:
        return _day_of_month(int(ordinal.group(1)), base)
    day_end = re.match(r"^(?:end of day|eod|cob)\s+(?:on\s+)?(\S+)$", words)
    if day_end:
        words = day_end.group(1)  # "end of day tomorrow" → tomorrow (the hour comes from the due default)
    today = base
    if words in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[words])
    if words in ("eod", "cob", "end of day", "end of the day", "this morning", "this afternoon", "this evening"):
        return today
    if words in ("this weekend", "next weekend", "coming weekend"):
        ahead = (5 - today.weekday()) % 7 + (7 if words.startswith("next") and today.weekday() < 5 else 0)
        return (today + timedelta(days=ahead)).replace(hour=10)
    if words in ("next week",):
        return today + timedelta(days=7 - today.weekday())
    if words in ("end of week", "end of the week", "eow", "this week"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    if words in ("next month", "end of month", "end of the month", "eom", "this month"):
        from dateutil.relativedelta import relativedelta

        if words.startswith("next"):
            return (today + relativedelta(months=1)).replace(day=1)
        return today + relativedelta(day=31)
    day_name = re.sub(r"^(?:next|this|coming)\s+", "", words)
    if day_name in _DAYS:
        ahead = (_DAYS[day_name] - today.weekday()) % 7
        if ahead == 0 and not due:
            ahead = 7
        return today + timedelta(days=ahead)
    return _calendar_date(words, today)


def _day_of_month(day: int, today: datetime) -> datetime | None:
    """"by the 25th": this month's 25th, or next month's when it has passed."""
    from dateutil.relativedelta import relativedelta

    if not 1 <= day <= 31:
        return None
    moment = today + relativedelta(day=day)
    if moment.day != day or moment.date() < today.date():
        moment = today + relativedelta(months=1, day=day)
    return moment if moment.day == day else None


def _calendar_date(words: str, today: datetime) -> datetime | None:
    from dateutil import parser as date_parser

    try:
        parsed = date_parser.parse(words, default=today.replace(tzinfo=None, hour=0, minute=0), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    moment = parsed.replace(tzinfo=today.tzinfo)
    if moment.date() < today.date() and not re.search(r"\d{4}", words):
        moment = moment.replace(year=moment.year + 1)
    return moment
