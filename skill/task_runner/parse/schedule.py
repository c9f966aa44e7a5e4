"""Schedule phrases → cron (recurring) or ISO 8601 times (deadlines and start times).

"every Monday at 9am" → ``0 9 * * 1``; "by Friday" → ``due``; "tomorrow at 5pm", "on sunday
morning", "in 2 hours" → ``not_before``. A cheap hint regex runs first; only an item that has
a schedule word pays for the full rules, and croniter/dateutil are imported only then.
Times are in the local zone of the moment they count from (see timeutil.local_tz) and keep its offset.
"""

import re
from datetime import datetime

from task_runner.parse import day_ranges, hour_deadline, lexicon, meal_starts, schedule_cjk, schedule_once, uncron
from task_runner.parse.cron import is_valid
from task_runner.parse.hour_spans import end_of_hours
from task_runner.parse.lexicon import alternation, merged
from task_runner.parse.patterns import ZH_DAY, ZH_DAY_JOIN, ZH_NEXT_DAY, Lazy, Words
from task_runner.parse.phrases import Tokens, has_cjk, is_cjk
from task_runner.parse.times import (
    DAY,
    DAYS,
    NUMBERS,
    PART_RE,
    PERIODS,
    UNIT,
    UNITS,
    Schedule,
    clock_time,
    latin,
    part_hour,
    pattern_of,
    split_day_parts,
    spoken_number,
)
from task_runner.timeutil import local_tz, now

_EVERY = "(?:" + alternation("every_words") + ")"

_PERIOD_AFTER_EVERY = pattern_of(latin(merged("periods")))
_PERIOD_ALONE = pattern_of(latin(merged("period_adverbs")))
_CJK_PERIODS = pattern_of({key: kind for key, kind in PERIODS.items() if is_cjk(key[:1])})
_RECUR_N = Lazy(r"\b" + _EVERY + r"\s+(?P<n>\d{1,3}|" + pattern_of(latin(NUMBERS)) + r")\s*" + UNIT + r"\b"
                # zh "every N units": 两 is the counting two ("每隔两个小时"), 個 / 小時 / 分鐘 the traditional forms
                r"|每隔?(?P<zn>\d{1,3}|[一两兩二三四五六七八九十]{1,3}|半)[个個]?(?P<zunit>分钟|分鐘|小时|小時|天)", re.IGNORECASE)
_RECUR_UNIT = Lazy(
    r"\b" + _EVERY + r"\s+(?P<unit>" + _PERIOD_AFTER_EVERY + r")\b"
    r"|\b(?:on\s+)?(?P<adverb>" + _PERIOD_ALONE + r")\b"
    r"|\b(?P<entre>mon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?)\b"
    r"|(?P<zh>" + _CJK_PERIODS + ")",
    re.IGNORECASE,
)
_PLURAL_DAYS = pattern_of({name + "s": day for name, day in latin(DAYS).items() if len(name) >= 5 and not name.endswith("s")})
_JOIN = "(?:,|&|" + Words(sorted(lexicon.word_set("id_join_words"), key=len, reverse=True)) + ")"
_RECUR_DAYS = Lazy(
    r"\b" + _EVERY + r"\s+(?:(?:" + alternation("every_other") + r")\s+)?(?P<days>" + DAY + r"s?(?:(?:\s*" + _JOIN + r"\s*|\s+)" + DAY + r"s?)*)\b"  # voice: "toda segunda quarta e sexta"
    r"|\b(?:(?:" + alternation("plural_day_articles") + r")\s+)?(?P<plural>(?:(?:" + _PLURAL_DAYS + r")(?:\s*" + _JOIN + r"\s*)?)+)\b"
    # "il giovedì alle 18" recurs, but a day number after it makes one date: "il giovedì 3 dicembre"
    r"|\b(?:" + alternation("plural_day_articles") + r")\s+(?P<los>" + DAY + r")\b(?!\s*\d)"
    # "每周二和周四", "毎週火曜と木曜": a list of weekdays after the every-word, joined like ids
    # dictated, with no join between them: "每周一三五", "毎週月水金"
    r"|每(?:个)?(?P<zh>" + ZH_DAY + r"(?:" + ZH_DAY_JOIN + r"?" + ZH_NEXT_DAY + r")*)"
    r"|毎週(?P<ja>[月火水木金土日](?:曜日?|(?=[月火水木金土日]))(?:(?:と|、)?[月火水木金土日](?![次末初間額本])(?:曜日?)?)*)",
    re.IGNORECASE,
)
_ORDINALS = merged("ordinals")
# "the 15th", "le 1er", "1号", "dia 1"; "am 15. jeden Monats": German writes the ordinal with a full stop,
# read as a day only right before the month word ("3. Mahnung" and a sentence's last number are none)
_MONTH_WORD = "(?:" + pattern_of(latin({word: kind for word, kind in PERIODS.items() if kind == "month"})) + ")"
_DAY_NUMBER = Lazy(r"(?<![\d:.])(\d{1,2})(?:st|nd|rd|th|er|º|°|号|日)(?![A-Za-z\d])|\b(?:" + alternation("month_day_words") + r")\s+(\d{1,2})\b"
                   r"|(?<![\d:.])(\d{1,2})\.\s+(?:[^\W\d_]+\s+)?" + _MONTH_WORD + r"\b", re.IGNORECASE)
# "il 5 di ogni mese", "el 5 de cada mes", "o 5 de cada mês": a bare number, of, every, month
_DAY_OF_EVERY_MONTH = Lazy(r"(?<![\d:.])(\d{1,2})\s+(?:" + "|".join(sorted(map(re.escape, lexicon.word_set("of_words")), key=len, reverse=True))
                           + r")\s+(?:" + alternation("every_words") + r")\s+" + _MONTH_WORD + r"\b", re.IGNORECASE)
_MONTH_DAY = Lazy(r"\bon\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)?(?:\s+of\s+(?:every|each)\s+month)?|\b(?P<dom2>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:every|each)\s+month", re.IGNORECASE)


def clock() -> datetime:
    """The moment relative times count from when the caller gives none (TASK_RUNNER_NOW pins it)."""
    return now()


def find(text: str, moment: datetime) -> Schedule | None:
    """The schedule in one item's text (restored, the user's words), or None."""
    result, text = Schedule(), split_day_parts(text)
    # "every other week", "the first Monday of the month": no cron line says it; at most the first time is read
    cron_span = None if uncron.unexpressible(text) else _recurring(text, result)
    if cron_span and not result.cron:  # the hours a thing keeps (hour_spans.py): read the rest without them
        text, cron_span = text[:cron_span[0]] + " " * (cron_span[1] - cron_span[0]) + text[cron_span[1]:], None
    if cron_span is None:
        base = moment.astimezone(local_tz()).replace(second=0, microsecond=0)
        meal_starts.one_off(text, base, result)  # "mañana después de comer": the meal's hour, not the day's
        meal_starts.deadline(text, base, result)  # "antes del lunch": due at the meal's hour
        hour_deadline.hour_due(text, base, result)  # "prima delle 18", before "le 12" reads as a day
        schedule_once.one_off(text, base, result)
        if has_cjk(text):
            schedule_cjk.one_off(text, base, result)
    return result if (result.cron or result.due or result.not_before) else None


# ---- recurring -------------------------------------------------------------------------------

def _every_day_of_month(text: str, result: Schedule) -> tuple[int, int] | None:
    """"every 1st of the month", "tous les 1er du mois", "jeden 1. des Monats": a monthly day."""
    match = _MONTHLY_DAY.search(text)
    if not match or not 1 <= int(match.group("dom")) <= 28 or PERIODS.get(match.group().split()[-1].lower()) != "month":
        match = _ordinal_of_every_month(text)
        if not match:
            return None
    dom = match.group("dom").lower()
    dom = _ORDINALS[dom] if dom in _ORDINALS else int(dom.rstrip("stndrhºo°e."))
    hour, minute, time_phrase = clock_time(text)
    result.cron = f"{minute} {part_hour(text, 9) if hour is None else hour} {dom} * *"
    result.phrase.append(match.group().strip() + (f" {time_phrase}" if time_phrase else ""))
    return match.span()


_MONTHLY_DAY = Lazy(r"\b" + _EVERY + r"\s+(?:\w+\s+)?(?P<dom>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?(?:\s+[\w']+){0,2}?\s+(?:"
                    + _PERIOD_AFTER_EVERY + r")\b", re.IGNORECASE)  # the period must be a month (checked below)


# the day word may be plural: "todos os dias 1 às 9h", "todos los días 15 a las 9"
_EVERY_ORDINAL = Lazy(r"\b" + _EVERY + r"\s+(?:(?P<word>" + "|".join(sorted(lexicon.word_set("day_words"), key=len, reverse=True))
                     + r")s?\s+)?(?P<dom>\d{1,2}(?:st|nd|rd|th|er|º|°|o)?|" + "|".join(sorted(_ORDINALS, key=len, reverse=True))
                     + r")(?![\w°º])", re.IGNORECASE)


_MONTH_COMPOUND = Lazy(_MONTH_WORD + r"\w", re.IGNORECASE)  # the month word opening a compound ordinal


def _ordinal_of_every_month(text: str) -> re.Match | None:
    """"todo dia 1º às 10h", "jeden Ersten des Monats", "every 1st at 9": an ordinal day after an
    every-word is a monthly day, unless a week or a weekday follows ("every 2nd week")."""
    match = _EVERY_ORDINAL.search(text)
    if not match:
        return None
    dom = match.group("dom").lower()
    value = _ORDINALS.get(dom) or int(dom.rstrip("stndrhºo°e."))
    after = [word.strip(",.;") for word in text[match.end():match.end() + 40].lower().split()[:3]]
    monthly = any(PERIODS.get(word) == "month" for word in after) or _MONTH_COMPOUND.match(dom) is not None  # "jeden Monatsersten"
    other = after and (after[0] in PERIODS or after[0] in DAYS or after[0].rstrip("s") in DAYS)
    ordinal = dom[:1].isdigit() and not dom.isdigit() or _numbered_day(match, after)
    return match if 1 <= value <= 28 and (monthly or ordinal and not other) else None


_CLOCK_WORDS = frozenset(phrase.split()[0] for lang in lexicon.LANGUAGES for phrase in lang.clock_words.split("|") if phrase)


def _numbered_day(match: re.Match, after: list[str]) -> bool:
    """"todo dia 5 às 10h", "cada día 5, revisa …": a plain number right after the every-word and its day word
    names the day of the month when a time, a comma, a verb or nothing follows it ("todo dia 5 minutos de
    alongamento", "every day 3 times" count something instead)."""
    if not match.group("word") or match.string[match.end():match.end() + 1] in ":.h":
        return False
    if not match.group("dom").isdigit():  # "todo dia primeiro às nove": an ordinal word, before a time or nothing
        return match.group("dom").lower() in _ORDINALS and (not after or after[0] in _CLOCK_WORDS)
    return not after or after[0] in _CLOCK_WORDS or lexicon.is_verb(after[0]) \
        or match.string[match.end():].lstrip()[:1] in ",;"


def _recurring(text: str, result: Schedule) -> tuple[int, int] | None:
    monthly = _every_day_of_month(text, result) if any(ch.isdigit() for ch in text) or _EVERY_ORDINAL.search(text) else None
    if monthly:
        return monthly
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
        if expression and is_valid(expression):
            result.cron = expression
            result.phrase.append(every_n.group().strip())
            return every_n.span()
    days = next((m for m in _RECUR_DAYS.finditer(text) if not _descriptive(text, m.start()) and not schedule_once.aside_states(text, m)
                 and not uncron.excluded(text, m.start()) and not ((m.group("plural") or m.group("los")) and (_in_relative_clause(text, m.start()) or _after_topic(text, m.start())))), None)
    unit = next((m for m in _RECUR_UNIT.finditer(text)
                 if not (_ADJECTIVE_BEFORE.search(text, 0, m.start()) and not _names_a_reminder(text[m.end():]))
                 and not _after_its_noun(text, m) and not _descriptive(text, m.start()) and not _in_a_name(text, m)
                 and not schedule_once.aside_states(text, m)  # "(it's Fridays 4pm now)": when the thing is, no repetition of ours
                 and not (m.group("adverb") and _in_relative_clause(text, m.start()))), None)
    hour, minute, time_phrase = clock_time(text)
    ranged = _day_range(text, days, unit, result) if hour is not None else None
    if ranged:
        return ranged
    if not days and not unit:
        return None
    said = [m for m in (days, unit) if m] if not every_n else []
    kept = end_of_hours(text, min(m.start() for m in said), max(m.end() for m in said)) if said else None
    if kept:  # "受理点工作日9点到5点", "abre los lunes de 9 a 14": the hours the thing keeps, no time of the task's
        return min(m.start() for m in said), kept
    if days and unit and unit.start() < days.end() < unit.end():
        days = None  # "montags bis freitags", "每周一到周五", "every Monday to Friday": the range the weekday opens
    if days:
        names = days.group("days") or days.group("plural") or days.group("zh") or days.group("ja") or days.group("los")
        dows = _dow_list(re.sub(r"([月火水木金土日])(?!曜)", r"\1曜", names) if days.group("ja") else names)  # "月水金"
        span = days.span()
        if hour is None:
            hour, minute = part_hour(text, 9), 0
        dow = ",".join(str(d) for d in dows)
        expression = f"{minute} {hour} * * {dow}"
    else:
        span = unit.span()
        expression, hour, minute = _unit_cron(unit, hour, minute, text)
    if expression.endswith(" 1 * *"):
        day = _day_of_every_month(text)
        if day:
            expression = expression[:-5] + f"{min(day, 28) if day == 31 else day} * *"
    if not is_valid(expression):
        return None
    result.cron = expression
    phrase = text[span[0]:span[1]].strip()
    part = None if time_phrase else PART_RE.search(text, span[1], span[1] + 12)
    if part and not text[span[1]:part.start()].strip(" の"):
        time_phrase = part.group().strip()  # "每天早上", "every day in the morning": the part of the day that set the hour
    if time_phrase and time_phrase not in phrase:
        phrase = f"{phrase} {time_phrase}"
    result.phrase.append(phrase)
    return span


def _day_range(text: str, days: re.Match | None, unit: re.Match | None, result: Schedule) -> tuple[int, int] | None:
    """"du lundi au samedi à 18h45" → ``45 18 * * 1-6`` (day_ranges.py); a weekday or period phrase of its own
    outside the range ("every Monday", "du lundi au vendredi" already a period) keeps its reading."""
    found = day_ranges.weekday_range(text)
    if not found:
        return None
    match, first, last = found
    if any(other and not (match.start() <= other.start() and other.end() <= match.end()) for other in (days, unit)) \
            or _descriptive(text, match.start()) or _in_relative_clause(text, match.start()):
        return None
    hour, minute, time_phrase = clock_time(text)
    at = text.find(time_phrase)
    gap = text[match.end():at] if at >= match.end() else text[at + len(time_phrase):match.start()] if at >= 0 else ","
    if len(gap) > 12 or any(mark in gap for mark in ",;.，。、"):
        return None  # the clock time belongs to the range ("… au samedi à 18h45"), not to another clause
    dow = "*" if (first, last) == (1, 7) else f"{first}-6,0" if last == 7 else f"{first}-{last}"  # Monday to Sunday: every day
    result.cron = f"{minute} {hour} * * {dow}"
    result.phrase.append(f"{match.group().strip()} {time_phrase}".strip())
    return match.span()


_ADJECTIVE_BEFORE = Lazy(r"\b(?:" + alternation("noun_determiners") + r")\s+$", re.IGNORECASE)


# "il report settimanale", "el informe semanal", "le rapport mensuel", "o bilhete único mensal": an adjective
# after its noun (and one more adjective)
_ADJECTIVE_AFTER = Lazy(r"(?<!\w)(?:" + alternation("adjective_articles") + r")\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?\s+$",
                        re.IGNORECASE)


def _in_a_name(text: str, match: re.Match) -> bool:
    """"save it as weekly.md", "run nightly_sync.py", "reports/daily/": a period word joined to a file name or a
    path by its marks names the file, it schedules nothing."""
    return text[match.start() - 1:match.start()] in ("/", "\\", "_", "-", ".") and match.start() > 0 \
        or text[match.end():match.end() + 2][:1] in ("/", "\\", "_", "-", ".") and text[match.end() + 1:match.end() + 2].isalnum()


def _after_its_noun(text: str, match: re.Match) -> bool:
    """"le rapport mensuel": a one-word period adjective after its noun describes the noun; an adverb of
    several words ("à la voilerie du lundi au vendredi", "alla falegnameria dal lunedì al venerdì") or in
    -ment/-mente is no adjective, it schedules."""
    word = (match.group("adverb") or "").lower()
    adjective = word and not word.endswith(("mente", "ment")) and len(word.split()) == 1
    before = _ADJECTIVE_AFTER.search(text, 0, match.start()) if adjective else None
    return bool(before) and not _names_a_reminder(before.group().split()[-1])  # "un promemoria settimanale" schedules


_TWICE = Lazy(r"\btwice\s+(?:a\s+)?(day|daily|week|weekly)\b", re.IGNORECASE)
_DESCRIPTIVE = Lazy(
    r"(?<!\w)(?:" + alternation("subordinators") + r")(?!\w)[^,;:]*$"
    r"|(?<!\w)(?:" + alternation("state_verbs") + "|" + alternation("availability") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)



def _names_a_reminder(after: str) -> bool:
    """"a weekly reminder", "a daily alarm": the adjective schedules the reminder it describes."""
    return bool(lexicon.TYPE_KEYWORDS["reminder-scheduling"].at(Tokens(after[:40]).words, 0))


def _day_of_every_month(text: str) -> int | None:
    """The day a monthly schedule falls on: "the 15th", "le premier", "am Ersten", "dia 1", "1号"."""
    match = _MONTH_DAY.search(text)
    if match:
        return int(match.group("dom") or match.group("dom2"))
    match = _DAY_OF_EVERY_MONTH.search(text)
    if match:
        return int(match.group(1))
    match = _DAY_NUMBER.search(text)
    if match:
        return int(match.group(1) or match.group(2) or match.group(3))
    words = re.findall(r"[^\W\d_]+", text.lower())
    return next((_ORDINALS[word] for word in words if word in _ORDINALS), None)


def _descriptive(text: str, start: int) -> bool:
    """"find out why X fires every 15 min", "a groomer open on Sundays", "un insegnante libero il giovedì": the
    phrase describes, not schedules.
    The search looks back 60 characters in the whole text, not in a slice of it, so a word the window cuts
    ("…tortoi|se adoptions") is no subordinator ("se")."""
    return bool(_DESCRIPTIVE.search(text, max(0, start - 60), start))


_RELATIVES = lexicon.word_set("relatives")


_TOPIC = lexicon.phrases("topic_words")


def _after_topic(text: str, start: int) -> bool:
    """"write a haiku about mondays": the weekdays are what the thing is about (an article may come between)."""
    words = Tokens(text[max(0, start - 30):start]).words
    if words and words[-1] in lexicon.DETERMINERS:
        words = words[:-1]
    return bool(words) and bool(_TOPIC.ending_at(words, len(words)))


def _in_relative_clause(text: str, start: int) -> bool:
    """"busca un fisio que atienda los sábados", "a cleaner who comes on mondays": a relative pronoun after a
    noun (not after a verb or a need: "recuérdame que los lunes …") opens a clause that describes the thing."""
    words = Tokens(text[max(0, start - 60):start]).words
    for index in range(len(words) - 1, 0, -1):
        word = words[index]
        if word in (",", ";", ":", "，", "；"):
            return False
        if word in _RELATIVES:
            before = words[index - 2] if index > 1 and words[index - 1] in (",", "，") else words[index - 1]  # "…, der samstags …"
            return before.isalpha() and not lexicon.is_verb(before) and not lexicon.NEED_FRAMES.ending_at(words, index) \
                and not lexicon.REQUEST.ending_at(words, index) and before not in lexicon.REQUEST_DELEGATES
    return False


def _every_n(match: re.Match) -> str | None:
    if match.group("zn"):
        n, unit = spoken_number(match.group("zn")), match.group("zunit")
        unit = {"分钟": "m", "分鐘": "m", "小时": "h", "小時": "h", "天": "d"}[unit]
    else:
        n = spoken_number(match.group("n"))
        unit = UNITS.get(match.group("unit").lower(), "m")
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
# a working-week phrase beside a daily one narrows it to the working days: "every morning monday to friday"
_WORKWEEK = Lazy(r"(?<!\w)(?:" + pattern_of({key: kind for key, kind in PERIODS.items() if kind == "weekday" and " " in key})
                 + r")(?!\w)", re.IGNORECASE)


def _unit_cron(unit: re.Match, hour, minute, text: str) -> tuple[str, int, int]:
    word = " ".join((unit.group("unit") or unit.group("adverb") or unit.group("zh") or "").lower().split())
    kind = "weekday" if unit.group("entre") else PERIODS.get(word, "day")
    if kind == "minute":
        return "* * * * *", hour, minute
    if kind == "hour":
        return f"{minute or 0} * * * *", hour, minute
    if kind == "half hour":
        return "*/30 * * * *", hour, minute
    if hour is None:
        hour, minute = part_hour(text, _PERIOD_HOURS.get(kind, 9)), 0
    if kind in _PERIOD_HOURS or kind == "day":  # "tous les matins du lundi au vendredi", "ogni giorno nei giorni feriali"
        kind = "weekday" if _WORKWEEK.search(text) else kind
    dow = {"weekday": "1-5", "weekend": "0,6", "week": "1"}.get(kind, "*")
    if kind == "month":
        return f"{minute} {hour} 1 * *", hour, minute
    if kind == "year":
        return f"{minute} {hour} 1 1 *", hour, minute
    return f"{minute} {hour} * * {dow}", hour, minute


def _dow_list(names: str) -> list[int]:
    found = []
    prefix = re.match(r"周|星期|礼拜|", names).group()  # "周一、三、五": a bare numeral takes the first day's 周
    names = re.sub(r"(?<![周期拜])(?=[一二三四五六日])", prefix, names) if prefix else names  # "周一三五" too
    for token in re.findall(r"[^\W\d_]+", names.lower()):
        for key in (token, token[:-1] if token.endswith("s") else token):
            day = DAYS.get(key)
            if day is not None:
                cron_day = (day + 1) % 7
                if cron_day not in found:
                    found.append(cron_day)
                break
    if not found:  # Chinese: 周一 etc. are whole words
        for key, day in DAYS.items():
            if key in names and (day + 1) % 7 not in found:
                found.append((day + 1) % 7)
    return sorted(found) or [1]


