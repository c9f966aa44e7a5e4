"""Schedule phrases → cron (recurring) or ISO 8601 times (deadlines and start times).

"every Monday at 9am" → ``0 9 * * 1``; "by Friday" → ``due``; "tomorrow at 5pm", "on sunday
morning", "in 2 hours" → ``not_before``. A cheap hint regex runs first; only an item that has
a schedule word pays for the full rules, and croniter/dateutil are imported only then.
Times are in the local zone of ``now`` (see timeutil.local_tz) and keep its offset.
"""

import re

from task_runner.parse.lexicon import Lazy
from datetime import datetime, timedelta

from task_runner.parse.phrases import has_cjk

_DAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6, "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonntag": 6,
    "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6, "周天": 6,
    "星期一": 0, "星期二": 1, "星期三": 2, "星期四": 3, "星期五": 4, "星期六": 5, "星期日": 6, "星期天": 6,
}
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
        r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)")
_ZH_DAY = r"(?:周|星期|礼拜)[一二三四五六日天]"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
            "fifteen": 15, "twenty": 20, "thirty": 30, "few": 3, "couple": 2, "un": 1, "una": 1, "dos": 2,
            "tres": 3, "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "一": 1, "两": 2, "二": 2,
            "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_PARTS = {"morning": 9, "afternoon": 14, "evening": 18, "night": 20, "tonight": 20, "noon": 12, "lunch": 12,
          "midnight": 0, "mañana": 9, "tarde": 16, "noche": 20, "morgen": 9, "vormittag": 10, "mittag": 12,
          "nachmittag": 15, "abend": 18, "nacht": 21, "早上": 8, "早晨": 8, "上午": 9, "中午": 12, "下午": 14,
          "傍晚": 18, "晚上": 20, "今晚": 20}

_NUM = r"(?:\d{1,3}|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|few|couple(?:\s+of)?|un|una|dos|tres|ein|eine|einer|zwei|drei)"
_UNIT = r"(?P<unit>min(?:ute)?s?|m|hours?|hrs?|h|days?|weeks?|minutos?|horas?|d[íi]as?|semanas?|minuten?|stunden?|tagen?|wochen?)"
_TIME_AT_RE = Lazy(r"(?:\b(?:at|@|around|a\s+las?|um|gegen)\s+)(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*"
                         r"(?P<ampm>a\.?m\.?|p\.?m\.?|uhr|h(?![a-z])|o'?clock)?(?![\w:/])"
                         r"|(?<![\w:/.-])(?P<hour2>\d{1,2})(?:[:.](?P<minute2>\d{2}))?\s*(?P<ampm2>a\.?m\.?|p\.?m\.?|uhr)(?![\w])"
                         r"|(?<![\w:/.-])(?P<hour3>\d{1,2}):(?P<minute3>\d{2})(?![\w:/])", re.IGNORECASE)
_PART_RE = Lazy(r"\b(?:in\s+the\s+|this\s+|por\s+la\s+|am\s+|in\s+der\s+)?(?P<part>morning|afternoon|evening|night|noon|midnight|lunch(?:time)?|tarde|noche|vormittag|mittag|nachmittag|abend|nacht)\b|(?P<zh>早上|早晨|上午|中午|下午|傍晚|晚上)", re.IGNORECASE)
_ZH_TIME = Lazy(r"(?P<part>早上|早晨|上午|中午|下午|傍晚|晚上)?(?P<hour>\d{1,2}|[一二三四五六七八九十]{1,3})[点點:：](?:(?P<half>半)|(?P<minute>\d{1,2})分?)?")

_RECUR_N = Lazy(r"\b(?:every|each|cada|alle|jede[n]?)\s+(?P<n>\d{1,3}|other|two|three|five|ten|fifteen|twenty|thirty)\s*" + _UNIT + r"\b"
                      r"|每隔?(?P<zn>\d{1,3}|[一二三四五六七八九十]{1,3}|半)个?(?P<zunit>分钟|小时|天)", re.IGNORECASE)
_RECUR_UNIT = Lazy(
    r"\b(?:every|each|cada|jede[nrs]?)\s+(?P<unit>minute|hour|half\s+hour|day|morning|afternoon|evening|night|weekday|workday|business\s+day"
    r"|weekend|week|month|year|d[íi]a|semana|mes|minuto|hora|tag|woche|monat|stunde|morgen|abend)\b"
    r"|\b(?P<adverb>daily|hourly|weekly|monthly|yearly|annually|nightly|diariamente|a\s+diario|semanalmente|täglich|stündlich|wöchentlich|monatlich|werktags)\b"
    r"|\b(?:todos\s+los|todas\s+las)\s+(?P<es>d[íi]as|mañanas|noches|semanas|meses)\b"
    r"|\b(?:on\s+)?(?P<weekdays>weekdays|workdays|weekends)\b|\b(?P<entre>entre\s+semana|de\s+lunes\s+a\s+viernes|mon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?)\b"
    r"|(?P<zh>每天|每日|每晚|每早|每周|每星期|每月|每小时|每个工作日|工作日)",
    re.IGNORECASE,
)
_RECUR_DAYS = Lazy(
    r"\b(?:every|each|todos\s+los|cada|jeden|jede)\s+(?:other\s+|second\s+|alternate\s+)?(?P<days>" + _DAY + r"(?:\s*(?:,|and|&|or|y|und)\s*" + _DAY + r")*)s?\b"
    r"|\b(?:on\s+)?(?P<plural>(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\s*(?:,|and|&|or)\s*)?)+"
    r"|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b"
    r"|每(?:个)?(?P<zh>" + _ZH_DAY + r")",
    re.IGNORECASE,
)
_MONTH_DAY = Lazy(r"\bon\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)?(?:\s+of\s+(?:every|each)\s+month)?|\b(?P<dom2>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:every|each)\s+month", re.IGNORECASE)

_DUE_WORD = (r"by|before|no\s+later\s+than|due(?:\s+(?:by|on|at))?|deadline(?:\s+(?:is|of))?:?|until|till|within|para\s+el|para"
             r"|antes\s+del?|antes\s+de\s+las?|bis(?:\s+(?:zum|spätestens|morgen))?|spätestens(?:\s+am)?|vor")
_DAYREF = (r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|every|each))|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod|cob)\s+(?:on\s+)?(?:tomorrow|today|" + _DAY + r")|today(?!'s|’s)|tonight(?!'s|’s)|tomorrow|day\s+after\s+tomorrow|this\s+(?:weekend|week|month|morning|afternoon|evening)"
           r"|(?:next|this|coming)\s+(?:week|month|weekend|" + _DAY + r")|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|month)|eod|eow|eom|cob"
           r"|(?:on\s+)?" + _DAY + r"|hoy|mañana|pasado\s+mañana|esta\s+noche|(?:el\s+)?" + _DAY + r"|heute(?:\s+abend)?|morgen|übermorgen"
           r"|(?:am\s+)?" + _DAY + r"|(?:(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
           r"|(?:(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
           r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?")
_ONE_OFF = Lazy(
    r"(?:\b(?P<due>" + _DUE_WORD + r")\s+)?"
    r"(?:(?P<rel>\b(?:in|within|en|dentro\s+de|in)\s+(?P<n>" + _NUM + r"|half\s+an?)\s*" + _UNIT + r"\b)"
    r"|(?P<half>\bin\s+half\s+an\s+hour\b)"
    r"|(?P<day>\b(?:" + _DAYREF + r")\b)(?P<dtime>(?:\s*,?\s*(?:at\s+|a\s+las?\s+|um\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b)?(?!\d))"
    r"|(?:\s+(?:in\s+the\s+|por\s+la\s+|am\s+|at\s+)?(?:morning|afternoon|evening|night|noon|midnight|tarde|noche|vormittag|nachmittag|abend)))?"
    r"|(?P<time>(?<![\w:/.-])(?:at|@|around|by|a\s+las?|um)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b|o'?clock)?(?![\w:/])"
    r"|(?<![\w:/.-])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b(?:at\s+)?(?:noon|midnight)\b))",
    re.IGNORECASE,
)
_ZH_ONE_OFF = Lazy(
    r"(?P<day>今天|明天|后天|今晚|下(?:个)?" + _ZH_DAY + r"|" + _ZH_DAY + r"|下周)?(?P<time>(?:早上|早晨|上午|中午|下午|傍晚|晚上)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点點](?:半|\d{1,2}分?)?)?"
    r"(?P<due>之前|以前|前)?|(?P<rel>(?P<n>\d{1,3}|[一两二三四五六七八九十半]{1,3})个?(?P<unit>分钟|小时|天)(?:后|以后|之后))"
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
                 if not _ADJECTIVE_BEFORE.search(text, 0, m.start()) and not _descriptive(text, m.start())), None)
    if not days and not unit:
        return None
    hour, minute, time_phrase = _clock(text)
    if days:
        names = days.group("days") or days.group("plural") or days.group("zh")
        dows = _dow_list(names)
        span = days.span()
        if hour is None:
            hour, minute = _part_hour(text, 9), 0
        dow = ",".join(str(d) for d in dows)
        expression = f"{minute} {hour} * * {dow}"
    else:
        span = unit.span()
        expression, hour, minute = _unit_cron(unit, hour, minute, text)
    month_day = _MONTH_DAY.search(text)
    if month_day and expression.endswith("1 * *"):
        expression = expression[:-5] + f"{int(month_day.group('dom') or month_day.group('dom2'))} * *"
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
    r"\b(?:why|how|whether|if|where|what)\b[^,;:]*$"
    r"|\b(?:open|opens|closed|closes|available|fires|fired|happens|happened|occurs|breaks|broke|fails|failed|crashes|crashed"
    r"|runs|ran|goes\s+down|is|are|was|were)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


_DESCRIBES_ONE_OFF = Lazy(
    r"\b(?:why|how|whether|that's|which|who|whose|open|opens|closed|closes|available)\b[^,;:]*$", re.IGNORECASE)


def _descriptive(text: str, start: int) -> bool:
    """"find out why X fires every 15 min", "a groomer open on Sundays": the phrase describes, not schedules."""
    return bool(_DESCRIPTIVE.search(text[max(0, start - 60):start]))


def _every_n(match: re.Match) -> str | None:
    if match.group("zn"):
        n, unit = _number(match.group("zn")), match.group("zunit")
        unit = {"分钟": "m", "小时": "h", "天": "d"}[unit]
    else:
        raw = match.group("n").lower()
        n = 2 if raw == "other" else _number(raw)
        unit = match.group("unit").lower()[0]
        unit = "h" if unit in "hs" else "d" if unit in "dt" else "w" if unit in "ws" else "m"
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


def _unit_cron(unit: re.Match, hour, minute, text: str) -> tuple[str, int, int]:
    word = (unit.group("unit") or unit.group("adverb") or unit.group("es") or unit.group("weekdays")
            or unit.group("entre") or unit.group("zh") or "").lower()
    if word in ("minute", "minuto"):
        return "* * * * *", hour, minute
    if word in ("hour", "hourly", "hora", "stunde", "stündlich", "每小时"):
        return f"{minute or 0} * * * *", hour, minute
    if word == "half hour":
        return "*/30 * * * *", hour, minute
    default = {"morning": 9, "afternoon": 14, "evening": 18, "night": 20, "nightly": 20, "abend": 18,
               "noches": 20, "mañanas": 9, "每晚": 20, "每早": 8}.get(word, 9)
    if hour is None:
        hour, minute = _part_hour(text, default), 0
    if word in ("weekday", "workday", "business day", "weekdays", "workdays", "werktags", "每个工作日", "工作日") \
            or word.startswith(("entre", "de lunes", "mon")):
        dow = "1-5"
    elif word in ("weekend", "weekends"):
        dow = "0,6"
    elif word in ("week", "weekly", "semana", "semanas", "semanalmente", "woche", "wöchentlich", "每周", "每星期"):
        dow = "1"
    else:
        dow = "*"
    if word in ("month", "monthly", "mes", "meses", "monat", "monatlich", "每月"):
        return f"{minute} {hour} 1 * *", hour, minute
    if word in ("year", "yearly", "annually"):
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
            if key in names:
                found.append((day + 1) % 7)
    return sorted(found) or [1]


def _valid(expression: str) -> bool:
    from task_runner.errors import UserError
    from task_runner.schedule import check_cron

    try:
        check_cron(expression)
    except UserError:
        return False
    return True


# ---- clock times -----------------------------------------------------------------------------

def _clock(text: str) -> tuple[int | None, int, str]:
    """The first explicit clock time in ``text`` as (hour, minute, words), or (None, 0, "")."""
    zh = _ZH_TIME.search(text) if has_cjk(text) else None
    if zh and (zh.group("part") or "点" in zh.group() or "點" in zh.group()):
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
    from task_runner.timeutil import local_tz, to_iso

    base = now.astimezone(local_tz()).replace(second=0, microsecond=0)
    for match in _ONE_OFF.finditer(text):
        if not (match.group("rel") or match.group("half") or match.group("day") or match.group("time")):
            continue
        if _DESCRIBES_ONE_OFF.search(text[max(0, match.start() - 60):match.start()]):
            continue
        moment = _moment(match, text, base)
        if moment is None:
            continue
        due = bool(match.group("due")) and not match.group("due").lower().startswith(("within",)) or (
            bool(match.group("rel")) and match.group("rel").lower().startswith(("within", "dentro")))
        if re.match(r"(?:the\s+)?(?:end\s+of|eod|cob|eow|eom)\b", (match.group("day") or "").strip(), re.IGNORECASE):
            due = True  # "end of day tomorrow" is a deadline even without "by"
        key = "due" if due else "not_before"
        if getattr(result, key) is None:
            setattr(result, key, to_iso(moment))
            result.phrase.append(match.group().strip())
    if has_cjk(text):
        for match in _ZH_ONE_OFF.finditer(text):
            if not (match.group("day") or match.group("time") or match.group("rel")):
                continue
            moment = _zh_moment(match, base)
            key = "due" if match.group("due") else "not_before"
            if moment and getattr(result, key) is None:
                setattr(result, key, to_iso(moment))
                result.phrase.append(match.group())


def _moment(match: re.Match, text: str, base: datetime) -> datetime | None:
    due = bool(match.group("due"))
    if match.group("half"):
        return base + timedelta(minutes=30)
    if match.group("rel"):
        raw = match.group("n").lower()
        n = 0.5 if raw.startswith("half") else _number(raw)
        unit = match.group("unit").lower()[0]
        if not n:
            return None
        step = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "s": timedelta(hours=1),
                "d": timedelta(days=1), "t": timedelta(days=1), "w": timedelta(weeks=1)}.get(unit, timedelta(hours=1))
        if match.group("unit").lower().startswith(("sem", "woc")):
            step = timedelta(weeks=1)
        return base + step * n
    words = (match.group("day") or "").lower()
    hour, minute, _ = _clock(match.group())
    if hour is None:
        part = _PART_RE.search(match.group())
        hour, minute = (_part_hour(match.group(), 9), 0) if part else (None, 0)
    day = _resolve_day(words, base, due) if words else base
    if day is None:
        return None
    if hour is None:
        hour = 17 if due else 9
        if words in ("tonight", "esta noche", "heute abend"):
            hour = 20
        if words.startswith(("end of", "the end of", "eod", "cob", "eow", "eom")):
            hour = 17
    moment = day.replace(hour=hour, minute=minute)
    if not words and moment <= base:
        moment += timedelta(days=1)  # "at 5pm" when it is already 6pm means tomorrow
    return moment


def _resolve_day(words: str, base: datetime, due: bool) -> datetime | None:
    words = re.sub(r"^(?:on|am|el|the)\s+", "", words.strip())
    words = re.sub(r"^end\s+of\s+(?:the\s+|this\s+)?", "end of ", words)
    ordinal = re.match(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$", words)
    if ordinal:
        return _day_of_month(int(ordinal.group(1)), base)
    day_end = re.match(r"^(?:end of day|eod|cob)\s+(?:on\s+)?(\S+)$", words)
    if day_end:
        words = day_end.group(1)  # "end of day tomorrow" → tomorrow (the hour comes from the due default)
    today = base
    if words in ("today", "tonight", "hoy", "esta noche", "heute", "heute abend", "eod", "cob", "end of day", "end of the day",
                 "this morning", "this afternoon", "this evening"):
        return today
    if words in ("tomorrow", "mañana", "morgen"):
        return today + timedelta(days=1)
    if words in ("day after tomorrow", "pasado mañana", "übermorgen"):
        return today + timedelta(days=2)
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


def _zh_moment(match: re.Match, base: datetime) -> datetime | None:
    if match.group("rel"):
        n = _number(match.group("n"))
        step = {"分钟": timedelta(minutes=1), "小时": timedelta(hours=1), "天": timedelta(days=1)}[match.group("unit")]
        return base + step * n if n else None
    day_word = match.group("day") or ""
    if day_word in ("", "今天", "今晚"):
        day = base
    elif day_word == "明天":
        day = base + timedelta(days=1)
    elif day_word == "后天":
        day = base + timedelta(days=2)
    elif day_word == "下周":
        day = base + timedelta(days=7 - base.weekday())
    else:
        name = day_word.replace("下个", "").replace("下", "").replace("礼拜", "星期")
        target = _DAYS.get(name, _DAYS.get("周" + name[-1:]))
        if target is None:
            return None
        ahead = (target - base.weekday()) % 7 or 7
        if day_word.startswith("下"):
            ahead += 7 if ahead < 7 - base.weekday() else 0
        day = base + timedelta(days=ahead)
    hour, minute, _ = _clock(match.group("time") or "")
    if hour is None:
        hour = 20 if day_word == "今晚" else (17 if match.group("due") else 9)
    moment = day.replace(hour=hour, minute=minute)
    if not day_word and moment <= base:
        moment += timedelta(days=1)
    return moment
