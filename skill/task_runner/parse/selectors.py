"""Selectors of control commands: the words that name tasks by their state instead of their ids
("all blocked", "everything pending", "the failed ones", "the queue"), read by commands.py after
or before its verb ("retry all blocked", "alle blockierten nochmal versuchen")."""

from task_runner.parse import lexicon
from task_runner.parse.status import status_filter

# What may follow a selector: the end of its clause, or a word that opens the next one.
_SELECT_END = frozenset(".!?;,。！？；，") | lexicon.word_set("selector_ends")
_OF_THEM = lexicon.phrases("selector_pronouns")
_PLACES = lexicon.phrases("selector_places")
_QUEUE_NOUNS = lexicon.word_set("queue_nouns")
_AFTER = {verb: lexicon.CONTROL_AFTER[verb] for verb in ("retry", "skip", "cancel", "done")}
_ENDS = lexicon.phrases("relative_ends")  # "alles, was blockiert ist": the verb after the state
_PLEASE = lexicon.phrases("command_fillers")  # "die blockierten bitte alle nochmal"
_BOTH = lexicon.phrases("both_words")  # "tutte e due", "toutes les deux", "both": the ids just named


def selector_in_bracket(words: list[str], index: int, verb: str, needs_after: bool) -> tuple[str | None, int]:
    """The selector after a control verb; after a verb that needs its second part ("versuch", "try",
    "mark") that part must close the bracket around it: "versuch alle blockierten nochmal",
    "try all the failed ones again", "mark everything pending as done"; a filler may come first ("dale retry a todo …")."""
    if index + 1 < len(words) and words[index] in lexicon.ID_FILLERS and words[index + 1] in lexicon.ALL_WORDS:
        index += 1
    closes = _AFTER.get(verb) if needs_after else None
    selector, end = selector_at(words, index, closes)
    if not needs_after or selector is None:
        return selector, end
    length = closes.at(words, end) if closes else 0
    return (selector, end + length) if length else (None, index)


def selector_at(words: list[str], index: int, closes=None) -> tuple[str | None, int]:
    """"all blocked", "everything pending", "the failed ones", "all tasks", "the queue" → selector; ``closes``: the
    after part of a bracket verb, which ends it too, also after a floating all-word ("versuch die blockierten (alle) nochmal")."""
    position, has_all, status, noun = index, False, None, None
    if _BOTH.at(words, index) > 1 and not _OF_THEM.at(words, index + 1):
        return None, index  # "T-82 e T-83 riprova tutte e due" retries those two, not every task
    if position < len(words) and words[position] in lexicon.ALL_WORDS:
        has_all = True
        position += 1
        while position < len(words) and (words[position] in lexicon.ID_FILLERS or words[position] in lexicon.DETERMINERS):
            position += 1
    if has_all and _OF_THEM.at(words, position - 1) == 2:
        position += 1  # "drop all of them"
        noun = "them"
    place = _PLACES.at(words, position) if has_all else 0
    if place:
        position += place - 1  # "everything in the queue": at its noun
    while position < len(words) and (words[position] in lexicon.ID_FILLERS or words[position] in lexicon.DETERMINERS):
        position += 1
    length = lexicon.STATUS_ANY.at(words, position)
    if length:
        status = " ".join(words[position:position + length])
        position += length
        if position < len(words) and words[position] == "的":
            position += 1
    if position < len(words) and (words[position] in lexicon.STATUS_NOUNS or words[position] in _QUEUE_NOUNS):
        noun = words[position]
        position += 1
    if status is None:
        position += has_all and words[position:position + 1] == [","] and lexicon.RELATIVE_THAT.at(words, position + 1) > 0
        after = lexicon.RELATIVE_THAT.at(words, position)
        length = lexicon.STATUS_ANY.at(words, position + after)
        if length:
            status = " ".join(words[position + after:position + after + length])
            position += after + length
            position += _ENDS.at(words, position) if after else 0
    if closes is not None and status:
        floating = position + _PLEASE.at(words, position)
        floating += floating < len(words) and words[floating] in lexicon.ALL_WORDS
        position = floating if closes.at(words, floating) else position
    ended = position >= len(words) or words[position] in _SELECT_END or closes is not None and closes.at(words, position) > 0
    if noun == "them" and not ended:
        return None, index
    if not ((has_all and (status or noun or ended)) or (status and (noun or ended))
            or (noun in _QUEUE_NOUNS and ended)):
        return None, index
    return (status_filter(status) if status else "all"), position
