"""A command the user takes back at once for another verb on the same tasks: "task 4 can go, cancel
it. actually no, just skip it", "cancel T-04, no wait, skip it instead", "annulla T-04, anzi no,
saltala". A correction phrase (lexicon.CORRECTIONS) right after a command, then a control verb with
a pronoun for its tasks: the later verb is the one meant, and the correction is no task.

A command the user takes back for other ids: "mark T-9 as done. sorry, T-8", "cancel T-103, no,
T-104", "cancela la T-7, perdón, la T-8". A correction phrase or an apology (lexicon.APOLOGIES)
right after a command (said aloud with no break, when more than a bare "no": "mark T-12 done scratch that T-13"), then ids alone up to the end of the sentence: the later ids are the ones
meant; the first ones are withdrawn (``_withdrawn``: read, so never named-but-unclaimed).
"""

from task_runner.ids import format_id
from task_runner.parse import lexicon
from task_runner.parse.idtext import id_groups
from task_runner.parse.phrases import Phrases, Tokens

_COPULAS = lexicon.phrases("copulas")  # "是", "だった": between a correction and the ids it names, or after them
_BREAKS = frozenset(".!?;,:-—–。！？；，、…⋯")
_SHORTEST_GAP = 3  # characters between the command and the correction: a break and its spaces
_LONGEST_ORDER = 5  # words of the new order: "just skip it again please"
_TAKE_BACK = Phrases(*(getattr(lang, field) for lang in lexicon.LANGUAGES for field in ("corrections", "apologies")
                       if getattr(lang, field)))
_SENTENCE_END = frozenset(".!?;。！？；")
_LONGEST_IDS = 12  # words of the new ids: "T-22, T-23 and T-24"


def corrected(tokens: Tokens, commands: list[dict], used: list) -> list[dict]:
    """``commands`` with a verb the user corrected replaced by the later one; the correction's
    words join ``used`` (they are no task)."""
    if not commands:
        return commands
    _ids_corrected(tokens, commands, used)
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
        if said is None and _other_ids(tokens, command, span, start, used, commands):
            continue
        if said is None or said[0] == command["verb"] or words[start] in lexicon.NEGATIONS:
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


def _ids_corrected(tokens: Tokens, commands: list[dict], used: list) -> None:
    """"mark T-9 as done. sorry, T-8": the command takes the later ids, and the correction with them
    joins ``used``; the ids it had are kept in ``_withdrawn``."""
    words = tokens.words
    for index in range(1, len(words)):
        length = _TAKE_BACK.at(words, index)
        if not length or words[index - 1] not in _BREAKS and length == 1 and words[index] in lexicon.NEGATIONS:
            continue  # said aloud, with no break: "brich T-106 ab nee Quatsch T-107", not "retry T-5 no T-6"
        start = index + length
        while start < len(words) and (words[start] in _BREAKS or words[start] in lexicon.ID_FILLERS):
            start += 1  # "perdón, la T-8"
        end = next((i for i in range(start, min(len(words), start + _LONGEST_IDS)) if words[i] in _SENTENCE_END), len(words))
        groups = id_groups(words[start:end]) if end - start <= _LONGEST_IDS else ()
        if len(groups) != 1 or groups[0][:2] != (0, end - start):
            continue  # "…, sorry, T-8 too": more than the ids
        ids = groups[0][2]
        command, span = _command_before(commands, used, tokens.starts[index])
        if command is None or not command["ids"] or set(ids) & set(command["ids"][:1]):
            continue
        withdrawn = [i for i in command["ids"] if i not in ids]
        command["ids"] = list(ids)
        command["_withdrawn"] = command.get("_withdrawn", []) + withdrawn
        used.append((tokens.starts[index], tokens.ends[end - 1]))


def _other_ids(tokens: Tokens, command: dict, span: tuple, start: int, used: list, commands: list[dict]) -> bool:
    """"T-145 标记完成……啊不是，是T-144", "T-83キャンセル…じゃなくてT-84だった": the correction names other ids
    (after a copula at most), the command's ids are those; the correction's words and the ids join its span."""
    words = tokens.words
    at = start + _COPULAS.at(words, start)
    if at >= len(words) or lexicon.id_number(words[at]) is None or command["selector"] is not None:
        return False
    end = at
    while end < len(words) and (lexicon.id_number(words[end]) is not None or words[end] in lexicon.ID_JOIN_WORDS
                                and end + 1 < len(words) and lexicon.id_number(words[end + 1]) is not None):
        end += 1
    ids = [format_id(lexicon.id_number(word)) for word in words[at:end] if lexicon.id_number(word) is not None]
    if any(set(ids) & set(other["ids"]) for other in commands):
        return False  # "T-9完成了，不是，T-8也完成了": those ids have a command of their own
    command["ids"] = ids
    end += _COPULAS.at(words, end)  # "…T-84だった", "…T-84です"
    used.remove(span)
    used.append((span[0], tokens.ends[end - 1]))
    return True
