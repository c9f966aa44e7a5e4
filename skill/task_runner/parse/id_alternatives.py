"""Two task ids offered as alternatives ("relaunch the one with the flyers, it's T-44 or T-45", "T-3还是T-4",
"T-3かT-4のどっちか"): the user means one of them and is not sure which, so the parser says so
rather than acting on both (or on neither) silently."""

from task_runner.ids import format_id
from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_OR = lexicon.phrases("id_or_words")


def either_ids(text: str) -> list[str]:
    """A ``vague:`` reason for the first pair of ids joined by an "or" word in ``text`` (the masked body)."""
    words = Tokens(text[:4000]).words
    for index, word in enumerate(words):
        first = lexicon.id_number(word)
        length = _OR.at(words, index + 1) if first is not None else 0
        if not length:
            continue
        at = index + 1 + length
        while at < len(words) and at - index < 6 and words[at] in lexicon.ID_FILLERS:
            at += 1  # "a T-3 ou a T-4", "la T-3 o la T-4"
        second = lexicon.id_number(words[at]) if at < len(words) else None
        if second is not None and second != first:
            return [f"vague: the message names {format_id(first)} or {format_id(second)}, one of them: say which one is meant"]
    return []
