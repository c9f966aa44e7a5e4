"""Scheduling an event ("schedule a meeting with the team Tuesday 3pm", "planifie une réunion avec
l'équipe mardi 15h", "火曜15時に打ち合わせを予定に入れて"): putting it on the calendar is work
done now, a reminder-scheduling task, and the day and hour said with it are the event's, not a
time to wait for. Read from the languages' event_nouns and schedule_verbs. A booking ("book a table
for 4 on Tuesday evening", "reserva una mesa el martes a las 21") is the same: the date after its
object is the booked thing's (booking_verbs)."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_BOOKING = lexicon.phrases("booking_verbs")
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


def booked(words: list[str]) -> bool:
    """A Latin-script item that opens on a booking verb and names its object before the date (``words``:
    the item up to the date): "book him a taxi home from the eye hospital" (on Tuesday around 11)."""
    verb = bool(words) and not is_cjk(words[0][:1]) and _BOOKING.at(words, 0)
    return bool(verb) and len(words) > verb
