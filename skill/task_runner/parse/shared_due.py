"""A deadline said once for the whole list: "installa l'app e poi esegui il test, tutto entro domani",
"book the room and email Sam, all before Friday". The all-word before the deadline cue says the date
is every task's, not only the one of the last clause that holds it, so each task before it that has no
time of its own gets it too. A deadline that heads the sentence before a colon ("Bis 12 Uhr bitte: finde
raus …, und sag Anke Bescheid", "two things before noon: …") is every task's after it in the same way, and so is
one that opens the first task before its verb for the tasks an also-word joins to it in the same sentence
("月底之前把宽带销户，再把健身房的卡退了", "antes del viernes cancela la fibra y también devuelve el router"); a
then-word ("bis Mittwoch brauch ich …, und danach schick sie an Rudi") makes a sequel, after it, with no deadline."""

import re

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_DEADLINES = lexicon.phrases("deadline_cues")
_BOTH = lexicon.phrases("both_words")  # "both", "los dos", "les deux", "entrambe": the tasks just named
_BREAKS = frozenset(",;，；、")
_HEAD_COLON = re.compile(r":(?!\d)")  # a colon, not the one inside a clock time ("14:00")
_HEAD_WORDS = 6  # words, not the numbers and marks of a clock time
_SENTENCE_ENDS = ".!?。！？\n"
_JOINED = ("also",)  # the cue of a clause cut at an also-word ("再", "also", "auch", "también", "aussi")


def share(tasks: list[dict], body: str = "") -> None:
    """Give the last task's due date to the tasks before it when it is said for all of them, and the first
    task's to the tasks after it when it heads them all."""
    if len(tasks) < 2:
        return
    if tasks[-1]["schedule"]["due"] and _said_for_all(tasks[-1]["description"]):
        _give(tasks[:-1], tasks[-1]["schedule"]["due"])
    if tasks[0]["schedule"]["due"] and _heads_all(tasks[0]["description"]):
        _give(tasks[1:], tasks[0]["schedule"]["due"])
    elif tasks[0]["schedule"]["due"] and _opens_with_deadline(tasks[0]):
        _give(_joined_to_the_first(tasks, body), tasks[0]["schedule"]["due"])


def _opens_with_deadline(task: dict) -> bool:
    """"月底之前把…", "by friday cancel …", "bis Freitag kündige …": the task's deadline opens it, no start beside it."""
    phrase = (task["schedule_phrase"] or "").lower()
    return bool(phrase) and task["description"].lower().startswith(phrase) and not task["schedule"]["not_before"]


def _joined_to_the_first(tasks: list[dict], body: str) -> list[dict]:
    """The tasks right after the first that a then-word joins to it, with no sentence end between them in ``body``."""
    joined, end = [], body.find(tasks[0]["description"]) + len(tasks[0]["description"]) if body else -1
    for task in tasks[1:]:
        start = body.find(task["description"], max(end, 0)) if end >= 0 else -1
        if start < 0 or task["_meta"][0].cue not in _JOINED or any(mark in body[end:start] for mark in _SENTENCE_ENDS):
            break
        joined.append(task)
        end = start + len(task["description"])
    return joined


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
