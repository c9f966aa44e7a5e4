"""A house number is no clock: in "get quotes for the flat at 14 Mill Lane" or "passe au 12 rue de la Paix",
a bare number after a clock word ("at 14", "à 12") is where, not when, once a street word follows it,
right after the number or after a name (capitalised words: "14 Mill Lane", "3 Baker Street")."""

import re

from task_runner.parse.lexicon import word_set
from task_runner.parse.patterns import Lazy

_STREETS = word_set("street_words")
_WORD = Lazy(r"[^\W\d_]+")
_BARE = Lazy(r"\d{1,3}[a-z]?", re.IGNORECASE)


def house_number(time_words: str, after: str) -> bool:
    """Whether the clock phrase ``time_words`` ("at 14"), with ``after`` (the text that follows it), is an address."""
    said = time_words.split()
    if not said or not _BARE.fullmatch(said[-1]):
        return False
    for word in _WORD.findall(after[:60])[:4]:
        if word.lower() in _STREETS:
            return True
        if not word[:1].isupper():
            return False
    return False
