"""One reminder verb for several times: "remind me every Tuesday at 7pm to put the bins out, and every
morning at 8 to take my pills", "remind me at 5pm to leave. and tomorrow at 9 to ring Sam". A later
item that is only its time and then what to be reminded of (a link word: "to") has no verb of its own: the reminder verb before it is its verb, so it is a reminder too."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_LINKS = lexicon.word_set("reminder_links")
_REMINDER = "reminder-scheduling"


def carry(tasks: list[dict]) -> None:
    """Make each such item after a reminder a reminder (in place)."""
    for before, task in zip(tasks, tasks[1:]):
        if before["type"] == _REMINDER and task["type"] != _REMINDER and _time_then_link(task):
            task["type"] = _REMINDER


def _time_then_link(task: dict) -> bool:
    phrase = Tokens(task["schedule_phrase"] or "").words
    words = [word for word in Tokens(task["description"][:300]).words if word != ","]
    return bool(phrase) and words[:len(phrase)] == phrase and words[len(phrase):len(phrase) + 1] != [] \
        and words[len(phrase)] in _LINKS and len(words) > len(phrase) + 1
