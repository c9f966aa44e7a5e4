"""The time a command is needed by: "T-05 is urgent, I need it by tonight", "il task 6 è urgente!!
serve entro oggi", "wiederhol T-3, brauch ich bis morgen". Right after a command, a clause that
holds only a need ("I need it", "mi serve", "brauch ich") and a time is the command's reason:
it goes with the command and opens no task. A need with anything else in it ("I need a taxi by 5")
is a request of its own and stays.
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import is_time_word
from task_runner.parse.phrases import Phrases, Tokens

_NEEDED = lexicon.phrases("needed_by")
_CUES = lexicon.phrases("deadline_cues")
_FOR = lexicon.word_set("time_fillers") | frozenset(
    word for lang in lexicon.LANGUAGES for phrase in lang.object_cues.split("|") for word in phrase.split())
_CUE_WORDS = _FOR | frozenset(phrase.split()[0] for lang in lexicon.LANGUAGES for phrase in lang.deadline_cues.split("|") if phrase)
_JOINS = Phrases(*(spec for lang in lexicon.LANGUAGES for spec in (lang.conj, lang.seq_then) if spec))
_GAP = frozenset(",，!！–—-:")
_ENDS = frozenset(".?;。？；\n")


def reason_end(tokens: Tokens, end: int) -> int:
    """Where a command's span ends once a need-by clause right after it goes with it."""
    words = tokens.words
    first = next((index for index, start in enumerate(tokens.starts) if start >= end), len(words))
    at = first
    while at < len(words) and words[at] in _GAP:
        at += 1
    if at == first or at >= len(words):
        return end
    need = _NEEDED.at(words, at)
    if not need:
        return end
    at += need
    cue = _CUES.at(words, at) or (words[at] in _FOR if at < len(words) else 0)
    last = at + cue
    while last < len(words) and words[last] not in _ENDS and (is_time_word(words[last]) or words[last] in _FOR):
        last += 1
    timed = any(is_time_word(word) and word not in _CUE_WORDS for word in words[at:last])
    if not cue or not timed or last < len(words) and words[last] not in _ENDS | _GAP and not _JOINS.at(words, last):
        return end  # "I need a taxi by 5": a request of its own
    return tokens.ends[last - 1]
