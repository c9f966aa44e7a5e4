"""The next run of a standard five-field cron expression, without importing croniter.

Why: croniter and what it pulls in (dateutil, zoneinfo, ctypes, platform, random, ...) cost
~40 ms at the start of every command that checks or places a recurring task, more than the
rest of an ``intake`` of a recurring item. This module reads the shapes people and the parser
write (minute hour day-of-month month day-of-week, each ``*`` or a comma list of ``a``,
``a-b``, ``a-b/n``, ``*/n``, ``a/n``, with the English month and day names) and finds the
minute croniter 7 finds for them, quirks included (see ``read``). Anything else (``L``,
``W``, ``#``, ``?``, ``H``/``R``, ``@daily``, six or seven fields, a range that wraps or
starts and ends on one value, 0 in a day-of-month or month range, 7 in a day-of-week range or
step, non-ASCII) gives None, and schedule.py asks croniter itself, so every expression keeps
the validity and the run times it had. tests/test_cron_next.py checks both against croniter.

Times: schedule.py hands us the moment in the local zone as a fixed offset (timeutil.local_tz),
as it handed croniter. Under a fixed offset every wall-clock minute exists exactly once, so the
next run is computed in wall time and given that offset back; a zone with daylight-saving
transitions (any other tzinfo) gives None, and croniter's own gap and fold rules apply.
"""

from datetime import date, datetime, timedelta, timezone

# (lowest, highest, names) per field, as croniter 7 reads a five-field expression.
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DAYS = {name: number for number, name in enumerate(("sun", "mon", "tue", "wed", "thu", "fri", "sat"))}
_FIELDS = ((0, 59, {}), (0, 23, {}), (1, 31, {}), (1, 12, _MONTHS), (0, 6, _DAYS))
_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz*/-,")
_DIGITS = frozenset("0123456789")
_YEARS = 50  # croniter's default max_years_between_matches: no run within it is "no next date"


class Spec:
    """An expression read: the allowed values of each field, and how the two day fields combine."""

    __slots__ = ("minutes", "hours", "days", "months", "weekdays", "day_or")

    def __init__(self, minutes, hours, days, months, weekdays, day_or: bool):
        self.minutes, self.hours, self.days = minutes, hours, days
        self.months, self.weekdays, self.day_or = months, weekdays, day_or

    def day_matches(self, day: int, weekday: int) -> bool:
        """``weekday``: 0 is Sunday. Either day field (both restricted) or both (one is a star)."""
        if self.day_or:
            return day in self.days or weekday in self.weekdays
        return day in self.days and weekday in self.weekdays


def read(expression: str) -> Spec | None:
    """The expression as a Spec, or None when it is not one of our shapes (or not valid at all).

    croniter's readings kept here: names in any case; 7 is Sunday as a single value; ``a/n`` is
    ``a-<highest>/n``; ``*/n`` is ``<lowest>-<highest>/n``. The day fields combine with OR
    when neither is a star, with AND otherwise, where a star is a field written ``*``, or one
    whose values cover every day while the other field's text holds a ``*`` (so
    ``0 0 1-31 * 1`` runs every day, and ``0 0 5 * */1`` too).
    """
    text = expression.lower()
    if not _CHARS.issuperset(text.replace(" ", "")):
        return None
    tokens = text.split()  # only spaces are left: the same fields as croniter's \S+
    if len(tokens) != 5:
        return None
    sets = []
    for token, (low, high, names) in zip(tokens, _FIELDS):
        values = _field(token, low, high, names, weekday=high == 6)
        if values is None:
            return None
        sets.append(values)
    minutes, hours, days, months, weekdays = sets
    day_star = tokens[2] == "*" or (len(days) == 31 and "*" in tokens[4])
    weekday_star = tokens[4] == "*" or (len(weekdays) == 7 and "*" in tokens[2])
    return Spec(tuple(sorted(minutes)), tuple(sorted(hours)), days, months, weekdays,
                day_or=not (day_star or weekday_star))


def _field(token: str, low: int, high: int, names: dict, weekday: bool) -> frozenset | None:
    if token == "*":
        return frozenset(range(low, high + 1))
    values = set()
    for part in token.split(","):
        body, slash, step_text = part.partition("/")
        step = 1
        if slash:
            if not (step_text and _DIGITS.issuperset(step_text)) or int(step_text) == 0:
                return None
            step = int(step_text)
        if body == "*":
            if not slash:
                return None  # "*" inside a list: croniter's own reading
            first, last = low, high
        else:
            first_text, dash, last_text = body.partition("-")
            first = _value(first_text, names, low, high, weekday and not (dash or slash))
            if first is None:
                return None
            last = high
            if dash:
                last = _value(last_text, names, low, high, False)
                if last is None or last <= first:
                    return None  # wrap-around and one-value ranges: croniter's own readings
            elif not slash:
                last = first
        values.update(range(first, last + 1, step))
    return frozenset(values)


def _value(text: str, names: dict, low: int, high: int, seven_is_sunday: bool) -> int | None:
    if text and _DIGITS.issuperset(text):
        number = int(text)
        if seven_is_sunday and number == 7:
            return 0
    else:
        number = names.get(text)
        if number is None:
            return None
    return number if low <= number <= high else None


def next_time(expression: str, after: datetime) -> datetime | None:
    """The first run strictly after ``after``'s minute, in ``after``'s fixed offset; None when
    croniter must answer (not our shape, a zone with DST, or no run within 50 years)."""
    zone = after.tzinfo
    if not isinstance(zone, timezone) or after.year > 9999 - _YEARS - 1:
        return None
    spec = read(expression)
    if spec is None:
        return None
    start = after.replace(tzinfo=None, second=0, microsecond=0) + timedelta(minutes=1)
    found = _search(spec, start)
    return found.replace(tzinfo=zone) if found else None


def _search(spec: Spec, start: datetime) -> datetime | None:
    year, month, first_day = start.year, start.month, start.day
    hour, minute = start.hour, start.minute
    while year <= start.year + _YEARS:
        if month in spec.months:
            weekday = (date(year, month, first_day).weekday() + 1) % 7  # 0: Sunday
            for day in range(first_day, _month_days(year, month) + 1):
                if spec.day_matches(day, weekday):
                    moment = _first_time(spec, hour, minute)
                    if moment is not None:
                        return datetime(year, month, day, *moment)
                hour = minute = 0
                weekday = (weekday + 1) % 7
        month, first_day, hour, minute = month + 1, 1, 0, 0
        if month > 12:
            month, year = 1, year + 1
    return None


def _first_time(spec: Spec, hour: int, minute: int) -> tuple | None:
    """The first (hour, minute) of a matching day at or after ``hour:minute``."""
    for candidate in spec.hours:
        if candidate > hour:
            return candidate, spec.minutes[0]
        if candidate == hour:
            for later in spec.minutes:
                if later >= minute:
                    return candidate, later
    return None


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
