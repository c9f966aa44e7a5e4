"""Word tokens and multi-word phrase tables matched by set lookups.

Every CLI call is a fresh process, and compiling a big regex alternation costs about 2 µs per
pattern character, so the word lists (hundreds of verbs, openers, sign-offs, status phrases in
four languages) live in hash tables keyed by their first word instead.

Phrase spec syntax: phrases separated by ``|``; words by spaces; ``a/b`` is a choice of words at
one position; a trailing ``?`` makes a position optional. ``'s`` is its own token ("what's" →
``what 's``), so write ``what 's/is`` for "what's" and "what is".
"""

import re
from itertools import product

# A word (inner hyphens, one apostrophe part except 's), a placeholder, or one other symbol.
# (No Unicode ranges in the pattern: compiling a range like U+3400–U+9FFF costs over a millisecond.)
_TOKEN = re.compile(r"\ue000\d+\ue001|[^\W_]+(?:-[^\W_]+)*(?:['’](?!s\b)[^\W_]+)?|['’]s\b|\S")


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def has_cjk(text: str) -> bool:
    return any(is_cjk(char) for char in text)


def _pieces(token: str) -> list[str]:
    """Split a word token at Chinese characters: each of them is a token of its own."""
    if not has_cjk(token):
        return [token]
    out, run = [], ""
    for char in token:
        if is_cjk(char):
            if run:
                out.append(run)
            out.append(char)
            run = ""
        else:
            run += char
    return out + ([run] if run else [])


class Tokens:
    """The words of a text: lowercase forms plus their character spans in the original."""

    __slots__ = ("text", "words", "starts", "ends")

    def __init__(self, text: str):
        self.text = text
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for match in _TOKEN.finditer(text):
            token, start = match.group(), match.start()
            for piece in (_pieces(token) if token >= "\u3400" or len(token) > 1 else (token,)):
                self.words.append(piece.lower().replace("’", "'"))
                self.starts.append(start)
                self.ends.append(start + len(piece))
                start += len(piece)

    def __len__(self) -> int:
        return len(self.words)

    def rest(self, index: int) -> str:
        """The original text from token ``index`` on."""
        return self.text[self.starts[index]:] if index < len(self.words) else ""

    def upto(self, index: int) -> str:
        """The original text before token ``index``."""
        return self.text[:self.starts[index]] if index < len(self.words) else self.text


def expand(spec: str) -> list[tuple[str, ...]]:
    """Every concrete word sequence a spec stands for."""
    phrases = []
    for phrase in spec.split("|"):
        slots = []
        for word in _split_cjk(phrase.split()):
            optional = word.endswith("?") and len(word) > 1
            choices = word[:-1].split("/") if optional else word.split("/")
            slots.append(choices + ([""] if optional else []))
        for combo in product(*slots):
            words = tuple(w for w in combo if w)
            if words:
                phrases.append(words)
    return phrases


def _split_cjk(words: list[str]) -> list[str]:
    """Chinese has no spaces: each character is a token, so a spec word like 帮我 is two positions."""
    out = []
    for word in words:
        if not word.isascii() and has_cjk(word) and "/" not in word and not word.endswith("?"):
            out.extend(_pieces(word))
        else:
            out.append(word)
    return out


class Phrases:
    """A phrase table: longest match at a position, anywhere, or ending at a position.
    Built on first use, so a message only pays for the tables it needs."""

    __slots__ = ("_specs", "_built", "_first", "_last")

    def __init__(self, *specs: str):
        self._specs, self._built = specs, False
        self._first: dict[str, list[tuple[str, ...]]] = {}
        self._last: dict[str, list[tuple[str, ...]]] = {}

    def _build(self) -> None:
        self._built = True
        for spec in self._specs:
            for words in expand(spec):
                self._first.setdefault(words[0], []).append(words)
                self._last.setdefault(words[-1], []).append(words)
        for table in (self._first, self._last):
            for key in table:
                table[key] = sorted(set(table[key]), key=len, reverse=True)

    def at(self, words: list[str], index: int) -> int:
        """Length of the longest phrase starting at ``index`` (0 when none)."""
        if not self._built:
            self._build()
        if index >= len(words):
            return 0
        for phrase in self._first.get(words[index], ()):
            if tuple(words[index:index + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def ending_at(self, words: list[str], end: int) -> int:
        """Length of the longest phrase that ends just before ``end`` (0 when none)."""
        if not self._built:
            self._build()
        if end <= 0:
            return 0
        for phrase in self._last.get(words[end - 1], ()):
            start = end - len(phrase)
            if start >= 0 and tuple(words[start:end]) == phrase:
                return len(phrase)
        return 0

    def find(self, words: list[str], start: int = 0, stop: int | None = None) -> tuple[int, int] | None:
        """(index, length) of the first phrase in ``words[start:stop]``."""
        stop = len(words) if stop is None else stop
        for index in range(start, stop):
            length = self.at(words, index)
            if length and index + length <= stop:
                return index, length
        return None

    def __contains__(self, word: str) -> bool:
        """True when ``word`` is a whole one-word phrase of the table."""
        if not self._built:
            self._build()
        return (word,) in self._first.get(word, ())


def words_of(spec: str) -> frozenset[str]:
    """A spec of single words as a set."""
    return frozenset(word for phrase in expand(spec) for word in phrase)
