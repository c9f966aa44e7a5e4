"""What comes before the ask and is not the ask: a topic, or a polite doubt.

"so for the wedding I need you to find …" (the request is about the topic; "the brewery thing -
can you check …" is late_request.py's), and "not sure if you can do this, but is it possible to
…", "Ich weiß nicht, ob Sie so was können, aber wäre es möglich, …": a doubt whether the assistant
*can* do it is politeness before the request, not a doubt about what the user wants; a possibility
question after it, or one that names "you" ("is it possible to have you remind me …"), asks for the
work; "can you send emails? if so, …": the question the condition answers is no task either.

A whole item can be such a preamble: "不知道你能不能做这个哈，能不能把…照片挑出来", "听说你可以把活交给别的AI？
那让Codex帮我…". An item that opens by wondering or having heard whether the assistant can do
something, and names no work of its own (a question, or a few words after the opener: "做这个哈"),
is no task when a request follows it (``drop_preambles``); alone it stays what it was.
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_CAPABILITY = lexicon.phrases("capability_preambles")
_POSSIBILITY = lexicon.phrases("possibility_asks")
_IF_SO = lexicon.phrases("answer_conditions")
_AGAIN = lexicon.phrases("restated_questions")
_OPENERS = lexicon.phrases("preamble_openers")
_COMMAS = frozenset(",，、;；")
_SHORT = 4  # words after the opener that name no work: "做这个哈", "do this"


def before_the_ask(words: list[str], at: int) -> int:
    """The length of a polite preamble at ``at`` (with the possibility question after it, if any),
    or of a possibility question addressed to "you"; 0 if none."""
    length = _CAPABILITY.at(words, at) or _IF_SO.at(words, at)
    if length:
        while at + length < len(words) and words[at + length] in (",", "—", "–", "-", "..."):
            length += 1
        return length + _POSSIBILITY.at(words, at + length)
    return 0


def lead_in_questions(items: list) -> list:
    """The items without a question answered by the ask after it ("I've heard you can hand things
    over to Codex? if so, could you have Codex …", "Sie können doch Termine eintragen, oder? Wenn ja,
    tragen Sie …": the question asks whether we can, the condition then asks for the work), and
    without a question that asks the one before it again ("what can you do? like what sort of
    things am I allowed to ask you?", "Was können Sie? Also, wobei helfen Sie mir?")."""
    asked = [not item.listed and item.text.endswith(("?", "？")) for item in items]
    return [item for index, item in enumerate(items)
            if not (index + 1 < len(items) and asked[index] and _opens_with(_IF_SO, items[index + 1].text))
            and not (index and asked[index - 1] and asked[index] and _opens_with(_AGAIN, item.text) and not _asks_work(item.text))]


def _asks_work(text: str) -> bool:
    """"what can you do? like, call the vet for me?": a request after the opener is no question asked again."""
    words = Tokens(text[:200]).words
    at = _AGAIN.at(words, 0)
    return bool(at) and any(lexicon.is_verb(words[index]) for index in range(at, len(words))
                            if index == at and words[index] not in _COMMAS or words[index - 1] in _COMMAS)


def _opens_with(table, text: str) -> bool:
    words = Tokens(text[:200]).words
    at = lexicon.GREETINGS.at(words, 0)
    at += bool(words[at:at + 1] == [","])
    return bool(table.at(words, 0) or table.at(words, at))


def asks_possibility_of_you(words: list[str]) -> bool:
    """"is it possible to have you …", "ist es möglich, dass Sie …": longer than the how-to
    question it starts with, the request opener wins."""
    return bool(lexicon.REQUEST.at(words, 0) > lexicon.HOW_TO.at(words, 0) or _CAPABILITY.at(words, 0))


def topic_opens_request(core: str) -> bool:
    """"so for the wedding I need you to find …", "para la boda apunta esto busca …": the topic the
    request is about opens the item (a "for" cue and its noun), then the request or its verb."""
    words = Tokens(core[:160]).words
    cue = next((i for i, word in enumerate(words[:4]) if word in lexicon.ANSWER_LEADS), None)  # "for", "para", "pour"
    if cue is None or any(word.split("'")[0] in lexicon.PRONOUN_SUBJECTS for word in words[:cue]):
        return False  # "I'm about to go through a tunnel" says what the user does: no topic of a request
    return any(lexicon.REQUEST.at(words, i) > lexicon.CONJ.at(words, i) or lexicon.is_verb(words[i])  # "c'est pour ma
               for i in range(cue + 2, min(len(words), cue + 10)))  # fille et la petite": a bare "et" asks nothing


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
