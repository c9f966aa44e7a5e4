"""Timestamps: one clock for the whole package, and one ISO 8601 style.

Bookkeeping times are stored in UTC with a ``Z`` (as the prompt-only skill
wrote them); schedule times keep the user's local offset. ``TASK_RUNNER_NOW``
pins the clock so tests and demos are reproducible.
"""

import os
from datetime import datetime, timedelta, timezone


def now() -> datetime:
    pinned = os.environ.get("TASK_RUNNER_NOW")
    if pinned:
        return parse_iso(pinned)
    return datetime.now(timezone.utc).replace(microsecond=0)


def local_tz():
    """The machine's local zone as a fixed offset (enough for stamping ISO times)."""
    return datetime.now().astimezone().tzinfo


def to_iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    text = moment.replace(microsecond=0).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_iso(text: str) -> datetime:
    """Parse our ISO strings on every supported Python (3.10 rejects a bare ``Z``)."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def age(text: str | None, reference: datetime | None = None) -> timedelta | None:
    """How long ago an ISO timestamp was, or None when it is missing or unreadable."""
    if not text:
        return None
    try:
        return (reference or now()) - parse_iso(text)
    except ValueError:
        return None


def humanize(delta: timedelta) -> str:
    """``2h 05m`` style durations for status rows."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h {minutes:02d}m"
    return f"{hours // 24}d {hours % 24}h"
