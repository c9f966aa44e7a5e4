"""A clock time that names the thing ("my 10:30 flight", "the 3pm call", "meu voo das 6h40", "el vuelo de
las 10:30"): right after a determiner (not a clock word: "à 10h", "at 9", "a las 9" stay starts) the time
is part of the thing's name, so it delays nothing."""

import re

from task_runner.parse import lexicon
from task_runner.parse.lexicon import alternation
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, is_cjk

_RANGE_WORDS = "|".join(sorted((re.escape(word) for word in lexicon.word_set("id_range_words") if not is_cjk(word[:1])), key=len, reverse=True))
# "(Mar 9-11)", "Mar 9 to 11", "del 9 al 11 de marzo", "vom 9.-11. März": a calendar date that opens or closes a span
_SPAN_AFTER = Lazy(r"\s*(?:[-–—]|(?:" + _RANGE_WORDS + r")\s)\s*\d{1,2}(?![\d:h])(?!\s*(?:am|pm|uhr)\b)", re.IGNORECASE)
_SPAN_BEFORE = Lazy(r"(?<![\d:])\d{1,2}(?:\.|st|nd|rd|th|º)?\s*(?:[-–—]|\s(?:" + _RANGE_WORDS + r"))\s*$", re.IGNORECASE)
_CLOCK_BEFORE = Lazy(r"(?<!\w)(?:" + alternation("clock_words") + r")\s*$", re.IGNORECASE)
_LOOK = 30


def names_the_thing(text: str, match: re.Match) -> bool:
    """Whether the clock time of ``match`` (no start or deadline cue of its own) follows a determiner."""
    if not match.group("time") or match.group("start") or match.group("due"):
        return False
    begin = max(0, match.start() - _LOOK)
    words = Tokens(text[begin:match.start()]).words
    return bool(words) and words[-1] in lexicon.DETERMINERS and not _CLOCK_BEFORE.search(text, begin, match.start())


def a_span(text: str, match: re.Match) -> bool:
    """"hotels for the offsite (Mar 9-11)", "del 9 al 11 de marzo": a calendar date (with its day number, no
    clock time) that opens or closes a span of days is the thing's (a stay, a trip); a task does not start on
    a span, it starts at a time ("tomorrow 9-11" is a clock window, no date)."""
    day = match.group("day") or ""
    if not any(ch.isdigit() for ch in day) or match.group("time") or match.group("due"):
        return False
    return bool(_SPAN_AFTER.match(text, match.end()) or _SPAN_BEFORE.search(text, max(0, match.start() - 20), match.start()))


_RELATIVES = frozenset(word for lang in lexicon.LANGUAGES for word in lang.relatives)
_DEMONSTRATIVES = frozenset(word for lang in lexicon.LANGUAGES for word in lang.demonstratives)
_ARTICLES = lexicon.DETERMINERS | frozenset(word for lang in lexicon.LANGUAGES for field in (lang.adjective_articles, lang.noun_determiners)
                                            for word in field.split("|") if word)  # "un vol qui …", "um trem que …"
_CUE_WORDS = frozenset(word.lower() for lang in lexicon.LANGUAGES for phrase in (lang.deadline_cues + "|" + lang.start_cues).split("|")
                       for word in phrase.split() if word.isalpha())


def in_relative_clause(text: str, match: re.Match) -> bool:
    """"le train qui arrive avant 10h", "un treno che parte domani", "a train that gets in before 10am": a
    date right after a relative pronoun and its verb (a particle at most after it) says when the thing
    is, not when to act. Only after a noun with its determiner (not "ricordami che …", "tiene que estar …",
    "prima che scada …"), and not a relative with a subject of its own ("the report that Sam needs by Friday")."""
    begin = max(0, match.start() - 40)
    words = [word for word in Tokens(text[begin:match.start()]).words if word not in ",;"]
    while words and (words[-1] in _CUE_WORDS or words[-1] in lexicon.DETERMINERS):
        words.pop()  # "que chega antes das 10h": the cue the deadline rules read before the time
    for gap in (1, 2):
        at = len(words) - gap - 1
        if at < 1 or words[at] not in _RELATIVES or words[at] in lexicon.DETERMINERS:
            continue  # "die", "das": an article as often as a relative
        head, verb, rest = words[at - 1], words[at + 1], words[at + 2:]
        named = at >= 2 and words[at - 2] in _ARTICLES or head in _DEMONSTRATIVES  # "le train qui", "celui qui"
        if not (named and head.isalpha()) or head in _CUE_WORDS or not verb.isalpha() or not verb.islower() \
                or verb in lexicon.PRONOUN_SUBJECTS or verb in lexicon.CLITICS or verb in lexicon.DETERMINERS:
            return False
        return all(len(word) <= 3 and word.isalpha() and word.islower() for word in rest)
    return False

