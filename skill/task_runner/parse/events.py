"""Scheduling an event ("schedule a meeting with the team Tuesday 3pm", "planifie une réunion avec
l'équipe mardi 15h", "火曜15時に打ち合わせを予定に入れて"): putting it on the calendar is work
done now, a reminder-scheduling task, and the day and hour said with it are the event's, not a
time to wait for. Read from the languages' event_nouns and schedule_verbs. A booking ("book a table
for 4 on Tuesday evening", "reserva una mesa el martes a las 21") is the same: the date after its
object is the booked thing's (booking_verbs)."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_BOOKING = lexicon.phrases("booking_verbs")
_CALENDARS = lexicon.phrases("calendar_nouns")
_REACH = 7  # words between the verb and its event ("book a 30 minute call with …")
_PARTICLE = 2  # CJK: the tokens from the event's end to its verb (a particle, one character each)


def event_end(words: list[str]) -> int | None:
    """Where the event noun ends when ``words`` schedule an event: a schedule verb first, the event
    within a few words after it; in CJK, where the verb comes last, an event and a schedule verb after it."""
    if not words:
        return None
    if is_cjk(words[0][:1]):  # the verb right after its event and a particle ("打ち合わせを予定に入れて"), not "会議室予約"
        event = lexicon.EVENT_NOUNS.find(words, 0, min(len(words), 60))
        end = sum(event) if event else None
        return end if end is not None and any(lexicon.SCHEDULE_VERBS.at(words, at) for at in range(end, end + _PARTICLE)) else None
    verb = lexicon.SCHEDULE_VERBS.at(words, 0)
    event = lexicon.EVENT_NOUNS.find(words, verb, min(len(words), verb + _REACH)) if verb else None
    return sum(event) if event else None


def put_in_the_calendar(words: list[str]) -> bool:
    """CJK: "在日历里加上下周一的疫苗接种", "把下周一的疫苗接种加到日历里", "来週月曜の予防接種をカレンダーに入れて": a
    schedule verb that names the calendar puts whatever it carries there, an event noun or not (as "add … to my
    calendar" does in Latin script); a reminder asked for ("提醒我…更新日历") is no entry."""
    if not words or not is_cjk(words[0][:1]) or lexicon.REMINDER_ONLY.find(words) is not None:
        return False
    calendar = _CALENDARS.find(words)
    if calendar is None:
        return False
    start, length = calendar
    return any(lexicon.SCHEDULE_VERBS.at(words, at) for at in range(max(0, start - 6), min(len(words), start + length + _PARTICLE)))


def booked(words: list[str]) -> bool:
    """A Latin-script item that opens on a booking verb and names its object before the date (``words``:
    the item up to the date): "book him a taxi home from the eye hospital" (on Tuesday around 11)."""
    verb = bool(words) and not is_cjk(words[0][:1]) and _BOOKING.at(words, 0)
    return bool(verb) and len(words) > verb
