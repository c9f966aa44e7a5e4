"""A group named by its topic in a pause/resume, without the word "group" (issue 13): "pause the
fundraiser stuff", "pausa lo de las bodas de oro", "mets en pause tout ce qui concerne Chambord",
"riprendi le attività del banco alimentare", "pausier die Umzugssachen", "フードバンク関係は一時停止で".

A topic head ("lo de", "tout ce qui concerne") is followed by the name, a topic tail ("stuff",
"関係") or a compound's end ("-sachen") follows it. The name is a run of the clause's words, joined
by "of" words ("bodas de oro", "cresima di Tommaso"), that ``ends`` (the reader's fillers, verbs,
"until …", reasons) does not stop; leading determiners are no part of it ("le déménagement").
Without such a name the words stay the queue's fillers: "pause all the tasks", "pausa todo".
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_HEADS = lexicon.phrases("group_topic_heads")
_TAILS = lexicon.phrases("group_topic_tails")
_SUFFIXES = tuple(sorted(lexicon.word_set("group_topic_suffixes"), key=len, reverse=True))
_OF = lexicon.word_set("of_words")
_QUOTES = frozenset("'\"“”«»„「」『』‘’")
_LONGEST_CJK = 12  # characters of a CJK name before its tail ("フードバンク", "年末調整")


def topic_at(words: list[str], index: int, stop: int, ends) -> tuple[tuple[int, int], int] | None:
    """((first, end) token span of the name, where the reader goes on) for a topic at ``index``."""
    head = _HEADS.at(words, index)
    if head and index + head < stop:
        first = index + head
        while first < stop and words[first] in lexicon.DETERMINERS:
            first += 1
        end = run_end(words, first, stop, ends)
        return ((first, end), end) if end > first else None
    if is_cjk(words[index][:1]) or words[index] in _QUOTES:
        return _cjk_before_tail(words, index, stop)
    if not _word(words, index, ends):
        return None
    if compound(words[index]):
        return (index, index + 1), index + 1  # "die Umzugssachen"
    for end in range(index + 1, min(stop, index + 5)):
        tail = _TAILS.at(words, end)
        if tail and end + tail <= stop:
            return (index, end), end + tail  # "the fundraiser stuff", "the Xmas tasks"
        if not (_word(words, end, ends) or words[end] in _OF and end + 1 < stop and _word(words, end + 1, ends)):
            return None
    return None


def compound(word: str) -> int:
    """How many characters of ``word`` are the compound's topic end ("Umzugssachen" → 6), else 0."""
    low = word.lower()
    end = next((len(end) for end in _SUFFIXES if low.endswith(end) and len(low) >= len(end) + 3), 0)
    return end + 1 if end and low[-end - 1] == "-" else end  # "die Umzugs-Tasks": a hyphen may join the parts


def run_end(words: list[str], index: int, stop: int, ends) -> int:
    """Where a name that starts at ``index`` ends: its words and the "of" words between them."""
    end = index
    while end < stop:
        if _word(words, end, ends):
            end += 1
        elif end > index and words[end] in _OF and end + 1 < stop and _word(words, end + 1, ends):
            end += 2
        else:
            break
    return end


def _word(words: list[str], index: int, ends) -> bool:
    word = words[index]
    return any(ch.isalnum() for ch in word) and not is_cjk(word[:1]) and not ends(words, index) or word.startswith("\ue000")


def _cjk_before_tail(words: list[str], index: int, stop: int) -> tuple[tuple[int, int], int] | None:
    """"フードバンク関係", "引っ越し関係のタスク", "'年会'那组": CJK characters (maybe quoted) up to a tail or a group word."""
    for end in range(index + 1, min(stop, index + _LONGEST_CJK + 1)):
        tail = _TAILS.at(words, end) or lexicon.GROUP_WORDS.at(words, end)
        if tail and end + tail <= stop:
            return (index, end), end + tail
        if not (is_cjk(words[end][:1]) or words[end] in _QUOTES):
            return None
    return None
