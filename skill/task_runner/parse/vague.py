"""Whether an item names nothing to act on ("handle the thing", "do it", "stuff"): its type is unknown."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_VAGUE_THINGS = lexicon.word_set("vague_things")
_VAGUE_TAIL = lexicon.word_set("vague_tail") | frozenset(". ! ?".split())
_NOT_CONTENT = lexicon.word_set("not_content")
_VAGUE_VERB_WORDS = lexicon.word_set("vague_verb_words")


def vague(words: list[str]) -> bool:
    """"handle the thing", "do it", "sort that out", "stuff": nothing to act on."""
    if words and not any(_content(word) for word in words):
        return True  # "see what's up with that thing"
    position = lexicon.VAGUE_VERBS.at(words, 0)
    rest = words[position:]
    if not rest:
        return False
    if rest[0] in ("it", "that", "this"):
        return all(word in _VAGUE_TAIL for word in rest[1:])
    if rest[0] in ("things", "stuff", "something", "everything", "whatever", "anything"):
        # "whatever you think is best", "something useful", "anything you like"
        return all(word in _VAGUE_TAIL for word in rest[1:]) or rest[1:3] in (["you", "think"], ["you", "want"], ["you", "like"],
                                                                            ["you", "prefer"], ["you", "feel"]) or rest[1:2] == ["useful"]
    if rest[0] in ("the", "that", "this", "those") and len(rest) > 1 and rest[1] in _VAGUE_THINGS:
        follow = rest[2:]
        if follow[:1] and follow[0] in ("with", "about", "for", "on", "in"):
            named = [w for w in follow[1:] if w not in ("the", "a", "an", "my", "our")]
            return not (named and len(named[0]) >= 4 and named[0] not in ("me", "us"))
        return True
    return False


def _content(word: str) -> bool:
    """A word that names something to act on (not a verb, pronoun, filler or vague noun)."""
    if is_cjk(word[:1]):
        return True
    return len(word) > 1 and word[0].isalnum() and word not in _NOT_CONTENT and word not in _VAGUE_VERB_WORDS
