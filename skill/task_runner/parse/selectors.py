"""Selectors of control commands: the words that name tasks by their state instead of their ids
("all blocked", "everything pending", "the failed ones", "the queue"), read by commands.py after
or before its verb ("retry all blocked", "alle blockierten nochmal versuchen")."""

from task_runner.parse import lexicon
from task_runner.parse.status import status_filter

# What may follow a selector: the end of its clause, or a word that opens the next one.
_SELECT_END = frozenset(".!?;,。！？；，") | {"and", "y", "und", "please", "pls", "now"}


def selector_at(words: list[str], index: int) -> tuple[str | None, int]:
    """"all blocked", "everything pending", "the failed ones", "all tasks", "the queue" → selector."""
    position, has_all, status, noun = index, False, None, None
    if position < len(words) and words[position] in lexicon.ALL_WORDS:
        has_all = True
        position += 1
        while position < len(words) and (words[position] in lexicon.ID_FILLERS or words[position] in lexicon.DETERMINERS):
            position += 1
    if has_all and words[position - 1:position] == ["of"] and position < len(words) and words[position] in ("them", "those", "these"):
        position += 1  # "drop all of them"
        noun = "them"
    if has_all and words[position:position + 1] in (["in"], ["on"], ["from"]):
        after = position + 1 + (words[position + 1:position + 2] in (["the"], ["my"], ["our"]))
        if after < len(words) and words[after] in ("queue", "list", "backlog", "tasks"):
            position = after  # "everything in the queue"
    while position < len(words) and (words[position] in lexicon.ID_FILLERS or words[position] in lexicon.DETERMINERS):
        position += 1
    length = lexicon.STATUS_ANY.at(words, position)
    if length:
        status = " ".join(words[position:position + length])
        position += length
        if position < len(words) and words[position] == "的":
            position += 1
    if position < len(words) and (words[position] in lexicon.STATUS_NOUNS or words[position] in ("cola", "warteschlange", "list")):
        noun = words[position]
        position += 1
    if status is None:
        after = lexicon.RELATIVE_THAT.at(words, position)
        length = lexicon.STATUS_ANY.at(words, position + after)
        if length:
            status = " ".join(words[position + after:position + after + length])
            position += after + length
    ended = position >= len(words) or words[position] in _SELECT_END
    if noun == "them" and not ended:
        return None, index
    if not ((has_all and (status or noun or ended)) or (status and (noun or ended))
            or (noun in ("queue", "cola", "warteschlange") and ended)):
        return None, index
    return (status_filter(status) if status else "all"), position
