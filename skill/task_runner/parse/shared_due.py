"""A deadline said once for the whole list: "installa l'app e poi esegui il test, tutto entro domani",
"book the room and email Sam, all before Friday". The all-word before the deadline cue says the date
is every task's, not only the one of the last clause that holds it, so each task before it that has no
time of its own gets it too."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_DEADLINES = lexicon.phrases("deadline_cues")
_BREAKS = frozenset(",;，；、")


def share(tasks: list[dict]) -> None:
    """Give the last task's due date to the tasks before it when it is said for all of them."""
    if len(tasks) < 2 or not tasks[-1]["schedule"]["due"] or not _said_for_all(tasks[-1]["description"]):
        return
    for task in tasks[:-1]:
        schedule = task["schedule"]
        if not (schedule["due"] or schedule["cron"] or schedule["not_before"]):
            schedule["due"] = tasks[-1]["schedule"]["due"]


def _said_for_all(description: str) -> bool:
    """", tutto entro domani", ", all before Friday": after a break, an all-word, then the deadline cue."""
    words = Tokens(description[:400]).words
    return any(words[index - 1] in _BREAKS and words[index] in lexicon.ALL_WORDS and _DEADLINES.at(words, index + 1)
               for index in range(1, len(words) - 1))
