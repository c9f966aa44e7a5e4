"""A heading that is nothing but its start time, said in full ("stasera dopo le 21:", "tomorrow after 9:",
"heute Abend nach 21 Uhr:"), with at most a clause after a comma that says what the wait is for ("…, quando
i bimbi dormono:", "…, when the kids are asleep:", "…, wenn die Kinder schlafen:"): the start is every
item's under it. The schedule rules may keep only a part of such a phrase ("stasera"), so the heading is read
word by word: every word a time word."""

from task_runner.parse import lexicon
from task_runner.parse.clean import is_time_word
from task_runner.parse.phrases import Tokens

_OPENERS = lexicon.word_set("statement_openers")


def only_times(text: str) -> bool:
    """Whether the heading ``text`` is a time phrase alone, a statement clause after a comma at most."""
    words = Tokens(text[:120]).words
    if "," in words:
        cut = words.index(",")
        if cut + 1 >= len(words) or words[cut + 1].lower() not in _OPENERS:
            return False
        words = words[:cut]
    words = [word for word in words if word not in ":"]
    return bool(words) and all(is_time_word(word) for word in words) and any(ch.isdigit() for ch in "".join(words))
