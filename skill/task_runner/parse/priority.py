"""A task's priority from the words that mark it urgent (issue 14): "urgent: renew the passport",
"do this first: call the bank", "Urgent, call the bank", "紧急：给银行打电话".

The mark is either the header the splitter kept as the item's context ("urgent:" before one item
or a list), or the item's first words before a comma, colon, dash or "!". Only "high" is read
from chat; a task without a mark has no priority of its own (the queue's default, normal).
"""

from task_runner.parse import lexicon
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens

_SEPARATORS = frozenset(",:-–—!：，、")
_SENTENCE_ENDS = "\n.!?。！？"
_LAST_SENTENCE = Lazy(r"[^\n.!?。！？]*[\n.!?。！？]*\s*$")
_POLITE = lexicon.word_set("polite_words") | {"!"}


def unmark(text: str, context: str) -> tuple[bool, str]:
    """(urgent?, the item's text without its leading mark)."""
    if context and _is_mark(context):
        return True, text
    tokens = Tokens(text)
    words = tokens.words
    length = lexicon.URGENT_MARKS.at(words, 0)
    if length and length + 1 < len(words) and words[length] in _SEPARATORS:
        return True, text[tokens.starts[length + 1]:]
    return False, text


def _is_mark(context: str) -> bool:
    """"urgent", "🔥 urgent", "do this first, please": the header's last sentence is the mark."""
    header = context.rstrip(" \n:：")
    if any(stop in header for stop in _SENTENCE_ENDS):  # else the whole header is its last sentence
        header = _LAST_SENTENCE.search(header).group()
    words = [word for word in Tokens(header).words if any(ch.isalnum() for ch in word)]
    length = lexicon.URGENT_MARKS.at(words, 0) if words else 0
    return bool(length) and all(word in _POLITE for word in words[length:])
