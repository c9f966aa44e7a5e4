"""Schedules: cron expressions and dates, checked on the way in and echoed back in words.

The usual cron shapes are checked and placed by cron_next.py; croniter is imported only for
an expression it does not read (``L``, ``#``, ``W``, ``H``, …), and dateutil only for a date
that is not ISO 8601.
"""

from datetime import datetime

from task_runner import cron_next
from task_runner.errors import UserError
from task_runner.timeutil import local_tz, parse_iso, to_iso

_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_DAY_RANGES = {"1-5": "weekday", "0,6": "weekend day", "6,0": "weekend day", "*": "day"}


def check_cron(expression: str, source: str = "--cron") -> str:
    expression = " ".join(expression.split())
    if len(expression.split()) != 5 or not (cron_next.read(expression) or _croniter_valid(expression)):
        raise UserError(
            f"{source}: {expression!r} is not a valid cron expression; use five fields "
            "'minute hour day-of-month month day-of-week', e.g. '0 9 * * 1' for Mondays at 09:00."
        )
    return expression


def _croniter_valid(expression: str) -> bool:
    from croniter import croniter  # ~40 ms: only for a shape cron_next does not read

    return croniter.is_valid(expression)


def next_cron_time(expression: str, after: datetime) -> datetime:
    """The first run after ``after``, in the local zone's offset of now (timeutil.local_tz)."""
    local_after = after.astimezone(local_tz())
    found = cron_next.next_time(expression, local_after)
    if found is not None:
        return found
    from croniter import croniter  # ~40 ms: only for a shape cron_next does not read, or no run in 50 years

    return croniter(expression, local_after).get_next(datetime)


def parse_when(text: str, source: str, reference: datetime | None = None) -> str:
    """An absolute date or time the user gave, as ISO 8601 with an offset (local zone if none given)."""
    text = text.strip()
    try:
        moment = parse_iso(text) if "T" in text and text[:4].isdigit() else None
    except ValueError:
        moment = None
    if moment is None:
        from dateutil import parser as date_parser

        default = (reference or datetime.now(local_tz())).astimezone(local_tz()).replace(
            hour=0, minute=0, second=0, microsecond=0)
        try:
            moment = date_parser.parse(text, default=default.replace(tzinfo=None))
        except (ValueError, OverflowError):
            raise UserError(
                f"{source}: cannot read {text!r} as a date or time; use ISO 8601 like "
                "2026-11-21T17:00 or a date like 'Nov 21 2026 5pm'."
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=local_tz())
    return to_iso(moment)


def describe_cron(expression: str) -> str:
    """A plain-words reading of common cron shapes, so a misreading is visible to the user."""
    fields = expression.split()
    if len(fields) != 5:
        return f"cron {expression}"
    minute, hour, day, month, weekday = fields
    if minute.startswith("*/") and hour == "*" and day == month == weekday == "*":
        return f"every {minute[2:]} minutes"
    if hour.startswith("*/") and minute.isdigit() and day == month == weekday == "*":
        return f"every {hour[2:]} hours"
    if not (minute.isdigit() and hour.isdigit()) or month != "*":
        return f"cron {expression}"
    clock = f"{int(hour):02d}:{int(minute):02d}"
    if day == "*":
        if weekday in _DAY_RANGES:
            return f"every {_DAY_RANGES[weekday]} {clock}"
        names = [_DAYS[int(d) % 7] for d in weekday.split(",") if d.isdigit()]
        if names and len(names) == len(weekday.split(",")):
            return f"every {' and '.join(names)} {clock}"
    elif day.isdigit() and weekday == "*":
        return f"monthly on day {day} {clock}"
    return f"cron {expression}"


def describe_schedule(schedule: dict | None) -> str:
    """``⏰ every Monday 09:00 (from "every monday at 9am")`` / ``⏰ due Fri 21 Nov 17:00`` / ''.

    Our reading next to the user's own words, so a misreading is visible at once.
    """
    if not schedule:
        return ""
    parts = []
    if schedule.get("cron"):
        parts.append(describe_cron(schedule["cron"]))
    for key, label in (("not_before", "starts"), ("due", "due")):
        if schedule.get(key):
            moment = parse_iso(schedule[key]).astimezone(local_tz())
            parts.append(f"{label} {moment:%a %d %b %H:%M}")
    if not parts:
        return ""
    phrase = schedule.get("phrase")
    return "⏰ " + ", ".join(parts) + (f' (from "{phrase}")' if phrase else "")
