"""What comes before the ask and is not the ask: a topic, or a polite doubt.

"the brewery thing - can you check …", "so for the wedding I need you to find …" (the request is about
the topic), and "not sure if you can do this, but is it possible to …", "Ich weiß nicht, ob Sie so
was können, aber wäre es möglich, …": a doubt whether the assistant *can* do it is politeness
before the request, not a doubt about what the user wants; a possibility question after it, or
one that names "you" ("is it possible to have you remind me …"), asks for the work; "can you send
emails? if so, …": the question the condition answers is no task either.
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_TOPIC_END = frozenset(",-–—:")
_CAPABILITY = lexicon.phrases("capability_preambles")
_POSSIBILITY = lexicon.phrases("possibility_asks")
_IF_SO = lexicon.phrases("answer_conditions")
_AGAIN = lexicon.phrases("restated_questions")


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
            and not (index and asked[index - 1] and asked[index] and _opens_with(_AGAIN, item.text))]


def _opens_with(table, text: str) -> bool:
    words = Tokens(text[:200]).words
    at = lexicon.GREETINGS.at(words, 0)
    at += bool(words[at:at + 1] == [","])
    return bool(table.at(words, 0) or table.at(words, at))


def asks_possibility_of_you(words: list[str]) -> bool:
    """"is it possible to have you …", "ist es möglich, dass Sie …": longer than the how-to
    question it starts with, the request opener wins."""
    return bool(lexicon.REQUEST.at(words, 0) > lexicon.HOW_TO.at(words, 0) or _CAPABILITY.at(words, 0))


def topic_then_request(words: list[str], start: int, end: int) -> bool:
    """"the brewery thing - can you check …", "lo de la sintonía, míralo …": a short topic (a noun
    phrase: an article or "lo" first, no verb), a dash or a comma, then a request or its verb: the
    user asks for the work about that topic."""
    stop = next((i for i in range(start + 1, min(end, start + 8)) if words[i] in _TOPIC_END), None)
    named = start < end and (words[start] in lexicon.DETERMINERS or words[start] in lexicon.VAGUE_NOUNS)  # "the …", "lo de …"
    if stop is None or stop + 1 >= end or not named or any(lexicon.is_verb(w) or w in lexicon.QUESTION_WORDS for w in words[start:stop]):
        return False
    length = lexicon.REQUEST.at(words, stop + 1)
    return bool(length and words[stop + 1] in lexicon.REQUEST_DELEGATES or lexicon.is_verb(words[stop + 1])
                and words[stop + 1] not in lexicon.AMBIGUOUS_VERBS)


def topic_opens_request(core: str) -> bool:
    """"so for the wedding I need you to find …", "para la boda apunta esto busca …": the topic the
    request is about opens the item (a "for" cue and its noun), then the request or its verb."""
    words = Tokens(core[:160]).words
    cue = next((i for i, word in enumerate(words[:4]) if word in lexicon.ANSWER_LEADS), None)  # "for", "para", "pour"
    if cue is None or any(word.split("'")[0] in lexicon.PRONOUN_SUBJECTS for word in words[:cue]):
        return False  # "I'm about to go through a tunnel" says what the user does: no topic of a request
    return any(lexicon.REQUEST.at(words, i) > lexicon.CONJ.at(words, i) or lexicon.is_verb(words[i])  # "c'est pour ma
               for i in range(cue + 2, min(len(words), cue + 10)))  # fille et la petite": a bare "et" asks nothing
