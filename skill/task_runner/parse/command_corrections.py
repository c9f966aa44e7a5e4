"""A command the user takes back at once for another verb on the same tasks: "task 4 can go, cancel
it. actually no, just skip it", "cancel T-04, no wait, skip it instead", "annulla T-04, anzi no,
saltala". A correction phrase (lexicon.CORRECTIONS) right after a command, then a control verb with
a pronoun for its tasks: the later verb is the one meant, and the correction is no task.
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_NEGATIONS = lexicon.word_set("negations")
_BREAKS = frozenset(".!?;,:-—–。！？；，")
_SHORTEST_GAP = 3  # characters between the command and the correction: a break and its spaces
_LONGEST_ORDER = 5  # words of the new order: "just skip it again please"


def corrected(tokens: Tokens, commands: list[dict], used: list) -> list[dict]:
    """``commands`` with a verb the user corrected replaced by the later one; the correction's
    words join ``used`` (they are no task)."""
    if not commands:
        return commands
    words = tokens.words
    for index in range(1, len(words)):
        if words[index - 1] not in _BREAKS or not lexicon.CORRECTIONS.at(words, index):
            continue
        command, span = _command_before(commands, used, tokens.starts[index])
        if command is None:
            continue
        from task_runner.parse import notes  # only when a command is corrected

        start = index + lexicon.CORRECTIONS.at(words, index)
        while start < len(words) and (words[start] in _BREAKS or notes.PLEASE.at(words, start)):
            start += notes.PLEASE.at(words, start) or 1
        right = next((i for i in range(start, len(words)) if words[i] in _BREAKS), len(words))
        said = notes.said_with_a_pronoun(words, start, min(right, start + _LONGEST_ORDER))
        if said is None or said[0] == command["verb"] or words[start] in _NEGATIONS:
            continue  # "…, no wait, don't cancel it" is read by no rule here
        command["verb"], command["note"] = said[0], None
        used.remove(span)
        used.append((span[0], tokens.ends[said[1] - 1]))
    return commands


def _command_before(commands: list[dict], used: list, at: int) -> tuple[dict | None, tuple]:
    """The command whose words end right before character ``at`` (or take in the correction itself,
    "cancel T-04, no wait"), and its span in ``used``."""
    for command in commands:
        span = next((span for span in used if span[0] == command["_at"]), None)
        if span and span[0] < at and at - span[1] <= _SHORTEST_GAP:
            return command, span
    return None, ()
