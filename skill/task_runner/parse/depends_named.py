"""Earlier items an item names itself: every id of a list after an after-word ("after T-62 and T-63"), every
item a condition names ("cuando acabe la migración y el aviso esté listo"), the count of the item before ("from
those 20"), and the step just done ("después de comprarlas", "after booking them") (read by depends.py)."""

import re

from task_runner.parse import lexicon
from task_runner.parse.lexicon import strip_accents
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens
from task_runner.parse.products import FUNCTION_WORDS

HYPHEN_OBJECT = Lazy(r"^\w+-(?:" + lexicon.regex_alternatives("hyphen_objects") + ")$", re.IGNORECASE)  # "envoie-le", "manda-os"
INFINITIVE_OBJECT = Lazy(r"^\w{2,}(?:" + lexicon.regex_alternatives("infinitive_objects") + ")$", re.IGNORECASE)  # "envolverlo"
_BREAKS = frozenset(", ; : . ， 、 。".split())


def listed_ids(words: list[str], index: int) -> list[int]:
    """The positions of the ids listed after the one at ``index``, each after a join word and perhaps an
    article or task noun ("T-62 e a T-63", "T-5和T-6", "T-3 and task T-4")."""
    listed, at = [], index + 1
    while at + 1 < len(words) and words[at] in lexicon.ID_JOIN_WORDS:
        following = at + 1 + (words[at + 1] in lexicon.ID_FILLERS and at + 2 < len(words))
        if lexicon.id_number(words[following]) is None:
            break
        listed.append(following)
        at = following + 1
    return listed


def count_taken_up(following: list[str], earlier: str) -> bool:
    """A definite word and a bare count of the item before, with no noun of its own after it ("from those 20",
    "manda los 3 a Marta"; not "book the 2 seats", which names other things)."""
    if not following or not following[0].isdecimal() or following[0] not in Tokens(earlier[:600]).words:
        return False
    return len(following) == 1 or following[1] in FUNCTION_WORDS or not following[1].isalnum()


def each_named(words: list[str], shown: list[str]) -> list[int]:
    """The earlier items a condition names, when it names more than one, each in a part of its own joined by
    "and" ("when the migration is done and the notice is ready, …", "cuando acabe la migración y el aviso esté
    listo, …"): the item waits for every one of them, not just the last. A part names an item when one of its
    words of five letters or more shares its first five letters with a word of that item."""
    at = next((index for index in range(min(len(words), 3)) if lexicon.DEP_ONCE.at(words, index)), None)
    if at is None:
        return []
    start = at + lexicon.DEP_ONCE.at(words, at)
    end = next((index for index in range(start, min(len(words), start + 24)) if words[index] in _BREAKS), None)
    if end is None:
        return []
    parts, part, index = [], [], start
    while index < end:
        joined = lexicon.CONJ.at(words, index)
        if joined:
            parts.append(part)
            part, index = [], index + joined
            continue
        part.append(words[index])
        index += 1
    parts.append(part)
    found = sorted({position for position in (_named(part, shown) for part in parts) if position is not None})
    return found if len(found) >= 2 else []


def _named(part: list[str], shown: list[str]) -> int | None:
    stems = {strip_accents(word)[:5] for word in part if len(word) >= 5 and word.isalpha() and word not in FUNCTION_WORDS}
    for position in range(len(shown) - 1, -1, -1):
        if stems & {strip_accents(word)[:5] for word in Tokens(shown[position][:600]).words if len(word) >= 5}:
            return position
    return None


def after_doing_it(words: list[str]) -> bool:
    """An after-word and the step's verb with the thing as its pronoun ("después de comprarlas avisa a Nerea",
    "depois de comprá-los", "after booking them, text Nerea"): it waits for the step that did it, the one before."""
    at = next((index for index in range(min(len(words), 2)) if lexicon.DEP_ONCE.at(words, index)), None)
    if at is None:
        return False
    verb = at + lexicon.DEP_ONCE.at(words, at)
    if verb >= len(words):
        return False
    return bool(INFINITIVE_OBJECT.match(words[verb]) or HYPHEN_OBJECT.match(words[verb])
                or words[verb].endswith("ing") and lexicon.PRONOUN_OBJECTS.at(words, verb + 1))


def numbers_named(words: list[str], count: int) -> list[int]:
    """Two or more earlier items named by their numbers, joined by "and", with a result word ("1と2の結果をまとめて",
    "with the results of 1 and 2", "mit den Ergebnissen von 1 und 2"): the item waits for each of them."""
    for index, word in enumerate(words):
        if not (word.isdecimal() and len(word) <= 3 and 1 <= int(word) <= count):
            continue
        found, at = [int(word) - 1], index + 1
        while at + 1 < len(words) and (words[at] in lexicon.ID_JOIN_WORDS or lexicon.CONJ.at(words, at) == 1) \
                and words[at + 1].isdecimal() and len(words[at + 1]) <= 3 and 1 <= int(words[at + 1]) <= count:
            found.append(int(words[at + 1]) - 1)
            at += 2
        if len(set(found)) >= 2 and lexicon.DEP_RESULT.find(words) is not None:
            return sorted(set(found))
    return []


def same_job_again(words: list[str], earlier: str) -> bool:
    """The verb of the item before again, with an also-word ("traduis le menu en anglais" … "traduis-le aussi en
    néerlandais", "translate it into Dutch too"): the same job on the same thing, which waits for nothing."""
    if not words or lexicon.SEQ["also"].find(words) is None and "too" not in words:
        return False
    before = Tokens(earlier[:200]).words
    if not before or not lexicon.is_verb(before[0]):
        return False
    verb, again = strip_accents(before[0]), strip_accents(words[0].split("-", 1)[0])  # "tradúcelo", "übersetz"
    return min(len(verb), len(again)) >= 4 and (again.startswith(verb) or verb.startswith(again))


def step_named(header: str, count: int) -> int | None:
    """A step's header that names an earlier step with its own step noun ("paso 2 (necesita el archivo del paso 1)",
    "step 3, using the file from step 2"): the item waits for that step (the steps numbered from 1, one item each)."""
    words = Tokens(header[:300]).words
    if len(words) < 4 or not words[0].isalpha() or not words[1].isdecimal():
        return None
    for at in range(2, len(words) - 1):
        if words[at] == words[0] and words[at + 1].isdecimal() and len(words[at + 1]) <= 3 and words[at + 1] != words[1]:
            number = int(words[at + 1])
            return number - 1 if 1 <= number <= count else None
    return None
