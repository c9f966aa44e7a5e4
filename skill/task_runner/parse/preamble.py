"""A polite preamble before the ask is not the ask: "不知道你能不能做这个哈，能不能把…照片挑出来", "听说你可以把活交给
别的AI？那让Codex帮我…", "I've heard you can hand things over to Codex? if so, …". An item that opens by wondering
or having heard whether the assistant can do something, and names no work of its own (a question, or a few words
after the opener: "做这个哈"), is no task when a request follows it; alone it stays what it was.
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_OPENERS = lexicon.phrases("preamble_openers")
_SHORT = 4  # words after the opener that name no work: "做这个哈", "do this"


def drop_preambles(items: list) -> list:
    if len(items) < 2 or not any(_is_preamble(item.text) for item in items[:-1]):
        return items
    return [item for index, item in enumerate(items) if index == len(items) - 1 or item.listed or not _is_preamble(item.text)]


def _is_preamble(text: str) -> bool:
    words = Tokens(text[:300]).words
    at = lexicon.GREETINGS.at(words, 0)
    at += at < len(words) and words[at] in (",", "，", "、", "!", "！")
    opener = _OPENERS.at(words, at)
    if not opener:
        return False
    rest = [word for word in words[at + opener:] if any(ch.isalnum() for ch in word)]
    return text.rstrip().endswith(("?", "？")) or len(rest) <= _SHORT
