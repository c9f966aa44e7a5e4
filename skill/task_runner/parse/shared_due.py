"""A deadline said once for the whole list: "installa l'app e poi esegui il test, tutto entro domani",
"book the room and email Sam, all before Friday". The all-word before the deadline cue says the date
is every task's, not only the one of the last clause that holds it, so each task before it that has no
time of its own gets it too. A deadline that heads the sentence before a colon ("Bis 12 Uhr bitte: finde
raus …, und sag Anke Bescheid", "two things before noon: …") is every task's after it in the same way."""

import re

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_DEADLINES = lexicon.phrases("deadline_cues")
_BOTH = lexicon.phrases("both_words")  # "both", "los dos", "les deux", "entrambe": the tasks just named
_BREAKS = frozenset(",;，；、")
_HEAD_COLON = re.compile(r":(?!\d)")  # a colon, not the one inside a clock time ("14:00")
_HEAD_WORDS = 6  # words, not the numbers and marks of a clock time


def share(tasks: list[dict]) -> None:
    """Give the last task's due date to the tasks before it when it is said for all of them, and the first
    task's to the tasks after it when it heads them all."""
    if len(tasks) < 2:
        return
    if tasks[-1]["schedule"]["due"] and _said_for_all(tasks[-1]["description"]):
        _give(tasks[:-1], tasks[-1]["schedule"]["due"])
    if tasks[0]["schedule"]["due"] and _heads_all(tasks[0]["description"]):
        _give(tasks[1:], tasks[0]["schedule"]["due"])


def _give(tasks: list[dict], due: str) -> None:
    for task in tasks:
        schedule = task["schedule"]
        if not (schedule["due"] or schedule["cron"] or schedule["not_before"]):
            schedule["due"] = due


def _said_for_all(description: str) -> bool:
    """", tutto entro domani", ", all before Friday", ", both before the 31st", ", les deux avant lundi": after a
    break, an all-word or a both-word, then the deadline cue."""
    words = Tokens(description[:400]).words
    for index in range(1, len(words) - 1):
        if words[index - 1] in _BREAKS:
            length = 1 if words[index] in lexicon.ALL_WORDS else _BOTH.at(words, index)
            if length and _DEADLINES.at(words, index + length):
                return True
    return False


def _heads_all(description: str) -> bool:
    """"Bis 12 Uhr bitte: …", "Dos cosas antes de las 14:00: …": a few words with a deadline cue and no verb,
    then a colon, open the first task."""
    colon = _HEAD_COLON.search(description, 0, 80)
    words = Tokens(description[:colon.start()]).words if colon else []
    if not words or sum(word.isalpha() for word in words) > _HEAD_WORDS or any(lexicon.is_verb(word) for word in words):
        return False
    return _DEADLINES.find(words) is not None
