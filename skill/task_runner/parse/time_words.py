"""Whether a word belongs to a time phrase: a word of the time tables, or a clock or day number."""

import re

from task_runner.parse import lexicon
from task_runner.parse.patterns import Lazy

_TIME_TOKEN = Lazy(r"^(?:\d{1,2}(?:[:h]\d\d)?(?:am|pm|h)?|\d+(?:st|nd|rd|th|er|re|e|º|ª|°)?|:)$", re.IGNORECASE)


def is_time_word(word: str) -> bool:
    return word in lexicon.TIME_PHRASE_WORDS or time_token(word)


def time_token(word: str) -> bool:
    """"9", "10:30", "5pm", "3rd", ":": every one starts with a digit (re's \\d is str.isdecimal) or
    is the colon, so other words never compile the pattern."""
    return (word[:1].isdecimal() or word[:1] == ":") and bool(_TIME_TOKEN.match(word))
