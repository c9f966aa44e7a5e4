"""One reminder verb for several times: "remind me every Tuesday at 7pm to put the bins out, and every
morning at 8 to take my pills", "remind me at 5pm to leave. and tomorrow at 9 to ring Sam". A later
item that is only its time and then what to be reminded of (a link word: "to"; or the infinitive itself in the
Romance languages: "recuérdame … pagar la luz, y todos los jueves a las 7 sacar la basura") has no verb of its own: the reminder verb before it is its verb, so it is a reminder too."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_LINKS = lexicon.word_set("reminder_links")
_INFINITIVE = tuple(sorted(lexicon.word_set("infinitive_endings")))  # for str.endswith
_REMINDER = "reminder-scheduling"


def carry(tasks: list[dict]) -> None:
    """Make each such item after a reminder a reminder (in place)."""
    for before, task in zip(tasks, tasks[1:]):
        if before["type"] == _REMINDER and task["type"] != _REMINDER and _time_then_link(task):
            task["type"] = _REMINDER


def _time_then_link(task: dict) -> bool:
    phrase = Tokens(task["schedule_phrase"] or "").words
    words = [word for word in Tokens(task["description"][:300]).words if word != ","]
    if not (phrase and words[:len(phrase)] == phrase and len(words) > len(phrase) + 1):
        return False
    then = words[len(phrase)]  # "to" (en), or the infinitive itself ("y todos los jueves a las 7 sacar la basura")
    return then in _LINKS or then.endswith(_INFINITIVE) and len(then) > 4 and lexicon.is_verb(then) and lexicon.verb_type(then) is None \
        and then not in lexicon.DE_INFINITIVES  # "… und jeden Sonntag um 20 Uhr schauen, wie …": German's own verb comes last
