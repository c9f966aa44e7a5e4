"""Task ids inside chat text: "T-02 and T-05", "T-03 to T-05", "tasks 4 to 6", "t3 t4", in every
language's range and list words; the id format and ranges themselves come from task_runner.ids."""

from task_runner.ids import format_id, id_range
from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens


def id_groups(words: list[str]) -> list[tuple[int, int, list[str]]]:
    """Runs of task ids ("T-02 and T-05", "T-03 to T-05", "t3 t4") as (start, end, ids)."""
    groups, index = [], 0
    while index < len(words):
        joined = lexicon.ID_RANGE_TOKEN.match(words[index]) if "-t" in words[index] else None
        if joined:
            low, high = int(joined.group(1)), int(joined.group(2))
            groups.append((index, index + 1, _range(low, high)))
            index += 1
            continue
        number, width = _id_at(words, index)
        if number is None:
            index += 1
            continue
        start, ids, last = index, [number], number
        index += width
        while index < len(words):
            gap = index
            ranged = False
            while gap < len(words) and (words[gap] in lexicon.ID_JOIN_WORDS or _ranges(words, gap)
                                        or gap > index and words[gap] in lexicon.ID_FILLERS):
                # "de la T-20 a la T-23": an article may follow; "a T-131 e a T-133": after a join word
                # the range word is the article again (pt/es/fr/it "a"), the ids are a list
                ranged |= _ranges(words, gap) and not (gap > index and words[gap - 1] in lexicon.ID_JOIN_WORDS)
                gap += 1
            number, width = _id_at(words, gap)
            if number is None and gap > index and words[start] in lexicon.ID_TASK_WORDS and _bare_number(words, gap):
                number, width = int(words[gap]), 1  # "tasks 4 to 6"
            if number is None or gap - index > 3 or words[gap + width:gap + width + 1] in ([":"], ["："]) \
                    and any(word in lexicon.ANSWER_LEADS for word in words[index:gap]):
                break  # "skip T-4, and for T-5: use …": the later id opens an answer
            if ranged and number > last:
                ids.extend(int(task_id[2:]) for task_id in _range(last, number)[1:])
            else:
                ids.append(number)
            last, index = number, gap + width
        groups.append((start, index, list(dict.fromkeys(format_id(n) for n in ids))))
    return groups


def _ranges(words: list[str], gap: int) -> bool:
    """A range word, or a dot of two or more ("T-03..T-05", "T-3...T-5"): a dot alone ends a
    sentence ("skip T-3. T-9 can wait" is no T-03 to T-09)."""
    if words[gap] != ".":
        return words[gap] in lexicon.ID_RANGE_WORDS
    return words[gap - 1] == "." or words[gap + 1:gap + 2] == ["."]


def _range(low: int, high: int) -> list[str]:
    """Every id from ``low`` to ``high``; just the two ends when the shared id module finds it no range."""
    try:
        return id_range(format_id(low), format_id(high))
    except ValueError:
        return [format_id(n) for n in dict.fromkeys((low, high)) if n > 0]


def _bare_number(words: list[str], index: int) -> bool:
    return index < len(words) and words[index].isascii() and words[index].isdigit() and len(words[index]) <= 4


def _id_at(words: list[str], index: int) -> tuple[int | None, int]:
    if index >= len(words):
        return None, 0
    number = lexicon.id_number(words[index])
    if number is not None:
        return number, 1
    if words[index] in lexicon.ID_TASK_WORDS and index + 1 < len(words) and words[index + 1].isascii() and words[index + 1].isdigit() and len(words[index + 1]) <= 4:
        return (int(words[index + 1]) or None), 2
    return None, 0


def expand_ids(text: str) -> list[str]:
    """Ids in a text, ranges expanded, normalised, de-duplicated in order."""
    found: list[str] = []
    for _, _, ids in id_groups(Tokens(text).words):
        found.extend(i for i in ids if i not in found)
    return found


_BREAKS = frozenset(",;.-–—:，；。")
_COPULAS = lexicon.phrases("copulas")  # "哦不对，是T207": the copula before the ids a correction names


def corrected_groups(words: list[str]) -> list[tuple[int, int, list[str]]]:
    """id_groups, where a self-correction between two runs ("retry T-57, I mean T-67", "pula a T-43. digo,
    T-44", "reintenta la T-5, no, la T-6") replaces the run before it: one run, of the ids said last."""
    out: list[tuple[int, int, list[str]]] = []
    for start, end, ids in id_groups(words):
        if out and _corrects(words, out[-1][1], start):
            out[-1] = (out[-1][0], end, ids)
        else:
            out.append((start, end, ids))
    return out


def _corrects(words: list[str], end: int, start: int) -> bool:
    """Between the runs only a break, a correction phrase and fillers; a bare negation ("no") needs a
    break after it too ("reintenta la T-5, no la T-6" may keep T-5 and refuse T-6). Said aloud there is no
    break: a correction phrase that is more than a bare negation needs none ("cancel T 15 no wait T 16")."""
    if end >= start:
        return False
    at = end
    broke = words[at] in _BREAKS
    at += broke
    length = lexicon.CORRECTIONS.at(words, at) if at < start else 0
    after = at + length
    bare = length == 1 and words[at] in lexicon.NEGATIONS
    if not length or bare and not (broke and after < start and words[after] in _BREAKS):
        return False
    while after < start and words[after] in _BREAKS:
        after += 1
    after += _COPULAS.at(words, after) if after < start else 0
    return all(word in _BREAKS or word in lexicon.ID_FILLERS for word in words[after:start])


def withdrawn_ids(words: list[str]) -> set[int]:
    """The numbers of the ids a self-correction took back ("retry T-57, I mean T-67" → {57})."""
    out: set[int] = set()
    for start, end, ids in corrected_groups(words):
        said = {lexicon.id_number(word) for word in words[start:end]} - {None}
        out |= said - {lexicon.id_number(task_id.lower()) for task_id in ids}
    return out
