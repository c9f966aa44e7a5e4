"""The calendar day a phrase names, as the one-off rules read it: "tomorrow", "next Friday", "the 25th",
"15.12.", "18 de diciembre", "end of next month". dateutil is imported only for a calendar date or a
month step (it costs ~10 ms at start)."""

import re
from datetime import datetime, timedelta

from task_runner.parse.lexicon import alternation, merged
from task_runner.parse.times import DAYS, RELATIVE_DAYS

PERIODS = merged("relative_periods")  # "ende nächster woche" → "end of next week"


def plain(field: str) -> str:
    """The alternatives of ``field`` as plain regex text (for the patterns that also feed re.sub/re.match)."""
    return "|".join(regex for regex, _ in alternation(field).alternatives())


ARTICLE = r"(?:" + plain("date_articles") + r")\s+"


def period(words: str) -> str:
    """The day words lowercased, a declared period phrase in the English the rules read."""
    words = " ".join(words.lower().split())
    return PERIODS.get(words, words)


_ORDINAL_ARTICLES = plain("ordinal_day_articles")


def resolve_day(words: str, base: datetime, due: bool) -> datetime | None:
    words = period(re.sub(r"^" + ARTICLE, "", period(words)))
    words = re.sub(r"^end\s+of\s+(?:the\s+|this\s+)?", "end of ", words)
    ordinal = re.match(r"^(?:(?:" + _ORDINAL_ARTICLES + r")\s+)?(\d{1,2})(?:st|nd|rd|th|\.|º|°)?$", words)
    if ordinal:
        return day_of_month(int(ordinal.group(1)), base)
    dotted = re.match(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$", words)
    if dotted:
        return _dotted_date(*dotted.groups(), base)
    day_end = re.match(r"^(?:end of day|eod|cob)\s+(?:on\s+)?(\S+)$", words)
    if day_end:
        words = day_end.group(1)  # "end of day tomorrow" → tomorrow (the hour comes from the due default)
    today = base
    if words in RELATIVE_DAYS:
        return today + timedelta(days=RELATIVE_DAYS[words])
    if words in ("eod", "cob", "end of day", "end of the day", "this morning", "this afternoon", "this evening"):
        return today
    if words in ("this weekend", "next weekend", "coming weekend"):
        ahead = (5 - today.weekday()) % 7 + (7 if words.startswith("next") and today.weekday() < 5 else 0)
        return (today + timedelta(days=ahead)).replace(hour=10)
    if words in ("next week",):
        return today + timedelta(days=7 - today.weekday())
    if words in ("end of week", "end of the week", "eow", "this week"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    if words == "end of next week":
        return today + timedelta(days=(4 - today.weekday()) % 7 + 7)
    if words in ("next month", "end of month", "end of the month", "eom", "this month", "end of next month"):
        from dateutil.relativedelta import relativedelta

        if words.startswith("next"):
            return (today + relativedelta(months=1)).replace(day=1)
        return today + relativedelta(months=1 if words == "end of next month" else 0, day=31)
    day_name = re.sub(r"^(?:next|this|coming)\s+", "", words)
    if day_name in DAYS:
        ahead = (DAYS[day_name] - today.weekday()) % 7
        if ahead == 0 and (not due or words.startswith("next")):
            ahead = 7  # "by next Friday", said on a Friday: a week from today
        return today + timedelta(days=ahead)
    return _calendar_date(words, today)


def day_of_month(day: int, today: datetime) -> datetime | None:
    """"by the 25th": this month's 25th, or next month's when it has passed."""
    from dateutil.relativedelta import relativedelta

    if not 1 <= day <= 31:
        return None
    moment = today + relativedelta(day=day)
    if moment.day != day or moment.date() < today.date():
        moment = today + relativedelta(months=1, day=day)
    return moment if moment.day == day else None


def _dotted_date(day: str, month: str, year: str | None, today: datetime) -> datetime | None:
    """"15.12.", "3.1.2027": day first, as every language that writes dates with full stops does; without a
    year the next such day (this year's, or next year's when it has passed)."""
    full = (2000 + int(year) if len(year) == 2 else int(year)) if year else today.year
    try:
        moment = today.replace(year=full, month=int(month), day=int(day))
    except ValueError:
        return None
    return moment.replace(year=full + 1) if not year and moment.date() < today.date() else moment


_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")


def _calendar_date(words: str, today: datetime) -> datetime | None:
    from dateutil import parser as date_parser

    months = merged("months")  # "18 de diciembre", "18. Dezember": the month in the English dateutil reads
    words = " ".join(_ENGLISH_MONTHS[months[word.strip(".")] - 1] if word.strip(".") in months else word for word in words.split())
    try:
        parsed = date_parser.parse(words, default=today.replace(tzinfo=None, hour=0, minute=0), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    moment = parsed.replace(tzinfo=today.tzinfo)
    if moment.date() < today.date() and not re.search(r"\d{4}", words):
        moment = moment.replace(year=moment.year + 1)
    return moment
