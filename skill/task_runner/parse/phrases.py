"""Word tokens and multi-word phrase tables matched by set lookups.

Every CLI call is a fresh process, and compiling a big regex alternation costs about 2 µs per
pattern character, so the word lists (hundreds of verbs, openers, sign-offs, status phrases in
four languages) live in hash tables keyed by their first word instead.

Phrase spec syntax: phrases separated by ``|``; words by spaces; ``a/b`` is a choice of words at
one position; a trailing ``?`` makes a position optional. ``'s`` is its own token ("what's" →
``what 's``), so write ``what 's/is`` for "what's" and "what is".
"""

import re

# A word (inner hyphens, one apostrophe part except 's), a placeholder, or one other symbol; a task id
# typed with a space ("t 75", "la T 115") is one word too, read as "t-75".
# (No Unicode ranges in the pattern: compiling a range like U+3400–U+9FFF costs over a millisecond.)
_TOKEN = re.compile(r"\ue000\d+\ue001|(?<![^\W_])[Tt] \d{1,4}(?![0-9A-Za-z])|[^\W_]+(?:-[^\W_]+)*(?:['’](?!s\b)[^\W_]+)?|['’]s\b|\S")


def is_cjk(char: str) -> bool:
    """Chinese characters and Japanese kana: scripts without spaces, one token per character."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def has_cjk(text: str) -> bool:
    # max() first: a text whose every character sorts before the kana (Latin, accents, punctuation) has none
    return bool(text) and max(text) >= "\u3040" and any(is_cjk(char) for char in text)


def has_kana(text: str) -> bool:
    """Hiragana or katakana in ``text``: Japanese, not Chinese."""
    return any("\u3040" <= char <= "\u30ff" for char in text)


def kanji_word_head(words: list[str], at: int, length: int) -> bool:
    """"請求書を…", "再送しておいて": in Japanese (kana close by), a Chinese opener written in kanji alone ("请/請"
    please, "再" then) with a kanji right after it is the first character of a word, no opener: Japanese has no
    such "please" or "then"."""
    head, after = "".join(words[at:at + length]), words[at + length:at + length + 1]
    return bool(head) and not has_kana(head) and all(is_cjk(char) for char in head) and bool(after) \
        and is_cjk(after[0][:1]) and not has_kana(after[0]) and has_kana("".join(words[at + length + 1:at + length + 5]))


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
        words, starts, ends = self.words, self.starts, self.ends
        for match in _TOKEN.finditer(text):
            token, start = match.group(), match.start()
            if token.isascii() or not has_cjk(token):
                words.append(token.lower().replace("’", "'").replace(" ", "-"))
                starts.append(start)
                ends.append(match.end())
                continue
            for piece in _pieces(token):
                words.append(piece.lower())
                starts.append(start)
                ends.append(start + len(piece))
                start += len(piece)

    def __len__(self) -> int:
        return len(self.words)

    def rest(self, index: int) -> str:
        """The original text from token ``index`` on."""
        return self.text[self.starts[index]:] if index < len(self.words) else ""

    def upto(self, index: int) -> str:
        """The original text before token ``index``."""
        return self.text[:self.starts[index]] if index < len(self.words) else self.text


Slot = tuple[frozenset, bool]  # the words allowed at one position, and whether it may be left out


def _spec_words(phrase: str) -> list[str]:
    """The words of a phrase as the tokenizer cuts a text: an apostrophe that ends a word is a token
    of its own (it "di' a", "un po'", "pe'": "di", "'"), so a spec writes the word as people do."""
    words = phrase.split()
    if "'" not in phrase:
        return words
    out = []
    for word in words:
        optional = "?" if word.endswith("?") and len(word) > 1 else ""
        core = word[:-1] if optional else word
        if core.endswith("'") and len(core) > 1 and "/" not in core and core[-2].isalpha():
            out += [core[:-1] + optional, "'" + optional]
        else:
            out.append(word)
    return out


def slots_of(phrase: str) -> tuple[Slot, ...]:
    """One phrase of a spec as positions: ``can/could you please?`` → ({can, could}), ({you}), ({please}, optional)."""
    slots = []
    for word in _split_cjk(_spec_words(phrase)):
        optional = word.endswith("?") and len(word) > 1
        slots.append((frozenset((word[:-1] if optional else word).split("/")), optional))
    return tuple(slots)


def _split_cjk(words: list[str]) -> list[str]:
    """Chinese has no spaces: each character is a token, so a spec word like 帮我 is two positions."""
    out = []
    for word in words:
        if word.isascii() or not has_cjk(word) or "/" in word:
            out.append(word)
        elif word.endswith("?") and len(word) > 2:
            out.extend(piece + "?" for piece in _pieces(word[:-1]))  # "してください?": each character optional
        elif not word.endswith("?"):
            out.extend(_pieces(word))
        else:
            out.append(word)
    return out


def _edge_of(phrase: str, reverse: bool) -> set[str]:
    """The words a phrase can start (or, reversed, end) with, from its text alone."""
    parts = _spec_words(phrase)
    if reverse:
        parts.reverse()
    found: set[str] = set()
    for part in parts:
        optional = part.endswith("?") and len(part) > 1
        body = part[:-1] if optional else part
        if not body.isascii() and has_cjk(body) and "/" not in body:
            if optional and len(body) > 1:  # "一下?": every character optional
                found.update(_pieces(body))
                continue
            edge, several = (body[-1] if reverse else body[0]), len(body) > 1  # a Chinese character is a piece
            if not is_cjk(edge):  # "T-01完成": the run before the first Chinese character is one
                pieces = _pieces(body)
                edge, several = (pieces[-1] if reverse else pieces[0]), len(pieces) > 1
            found.add(edge)
            if several or not optional:
                break
            continue
        found.update(body.split("/"))
        if not optional:
            break
    return found


def _longest(slots: tuple[Slot, ...], words: list[str], index: int, step: int) -> int:
    """Longest match of ``slots`` read from ``index`` in direction ``step`` (+1 forward, -1 backward); 0 if none."""
    return max(_match(slots, words, index, step), 0)


def _match(slots: tuple[Slot, ...], words: list[str], index: int, step: int) -> int:
    """Length matched by ``slots`` from ``index``, or -1 when they cannot match there."""
    if not slots:
        return 0
    (choices, optional), rest = slots[0], slots[1:]
    best = -1
    if 0 <= index < len(words) and words[index] in choices:
        tail = _match(rest, words, index + step, step)
        if tail >= 0:
            best = tail + 1
    if optional:
        best = max(best, _match(rest, words, index, step))
    return best


_MISSES_BEFORE_INDEX = 64
_LOOKS = 16  # occurrences of a word inside other words looked at before a table is just indexed


def _in_as_word(word: str, text: str) -> bool:
    """Whether ``word`` can be a word a phrase of ``text`` starts or ends with: it occurs there
    between separators ("|", "/", blanks, a "?" after it) or beside a Chinese character (which is
    a word of its own). True when unsure (a short word inside many others)."""
    if is_cjk(word[:1]) or word == "'":
        return word in text
    at, size = text.find(word), len(word)
    for _ in range(_LOOKS):
        if at < 0:
            return False
        before, after = text[at - 1:at], text[at + size:at + size + 1]
        if (not before or before in "|/" or before.isspace() or is_cjk(before)) and \
                (not after or after in "|/?'" or after.isspace() or is_cjk(after)):
            return True
        at = text.find(word, at + 1)
    return at >= 0


class Phrases:
    """A phrase table: longest match at a position, anywhere, or ending at a position.
    Indexed on first use by the words a phrase can start (or end) with (string splits only);
    a phrase is parsed into positions when a message first reaches one of its edge words, and
    optional positions are matched, not expanded, so a table costs next to nothing to build.
    Indexing a table costs ~1 µs a phrase and most of a message's words are in no table, so a
    table is indexed only when it is asked about a word its text holds (a plain substring test:
    a word a phrase starts or ends with is in the text), or after ``_MISSES_BEFORE_INDEX`` words
    it does not hold (a long-lived process asks it about many)."""

    __slots__ = ("_specs", "_first", "_last", "_text", "_misses")

    def __init__(self, *specs: str):
        self._specs = specs
        self._first: dict[str, list] | None = None
        self._last: dict[str, list] | None = None
        self._text: str | None = None
        self._misses = 0

    def _holds(self, word: str) -> bool:
        """Whether ``word`` is in the table's text as a word (so the table is worth indexing)."""
        if self._text is None:
            self._text = "\n".join(self._specs)
        if self._misses >= _MISSES_BEFORE_INDEX or _in_as_word(word, self._text):
            return True
        self._misses += 1
        return False

    def mentions(self, word: str) -> bool:
        """Whether ``word`` occurs anywhere in the table's text: a phrase matches only words its text
        holds, so without it no phrase can take in that word (a substring test, no index built)."""
        if self._text is None:
            self._text = "\n".join(self._specs)
        return word in self._text

    def _index(self, reverse: bool) -> dict[str, list]:
        """Phrase texts by the words they can start (or end) with: found with plain string splits;
        a phrase is parsed into positions only when a message reaches one of its edge words."""
        table: dict[str, list] = {}
        for spec in self._specs:
            for phrase in spec.split("|"):
                if phrase.strip():
                    for word in _edge_of(phrase, reverse):
                        table.setdefault(word, []).append(phrase)
        return table

    def _candidates(self, table: dict[str, list], word: str, reverse: bool) -> list:
        found = table[word]
        if found and isinstance(found[0], str):  # parse on first use
            found[:] = [slots_of(phrase)[::-1] if reverse else slots_of(phrase) for phrase in found]
        return found

    def at(self, words: list[str], index: int) -> int:
        """Length of the longest phrase starting at ``index`` (0 when none)."""
        if index >= len(words):
            return 0
        if self._first is None:
            if not self._holds(words[index]):
                return 0
            self._first = self._index(False)
        if words[index] not in self._first:
            return 0
        return max(_longest(slots, words, index, 1) for slots in self._candidates(self._first, words[index], False))

    def ending_at(self, words: list[str], end: int) -> int:
        """Length of the longest phrase that ends just before ``end`` (0 when none)."""
        if end <= 0 or end > len(words):
            return 0
        if self._last is None:
            if not self._holds(words[end - 1]):
                return 0
            self._last = self._index(True)
        if words[end - 1] not in self._last:
            return 0
        return max(_longest(slots, words, end - 1, -1) for slots in self._candidates(self._last, words[end - 1], True))

    def find(self, words: list[str], start: int = 0, stop: int | None = None) -> tuple[int, int] | None:
        """(index, length) of the first phrase in ``words[start:stop]``."""
        stop = len(words) if stop is None else stop
        for index in range(start, stop):
            length = self.at(words, index)
            if length and index + length <= stop:
                return index, length
        return None


def words_of(spec: str) -> frozenset[str]:
    """A spec of single words as a set."""
    return frozenset(word for phrase in spec.split("|") for choices, _ in slots_of(phrase) for word in choices)


def a_not_a(words: list[str], end: int) -> bool:
    """The Chinese A-not-A question after ``words[:end]`` ("有没有", "是不是", "能不能"): the character
    before ``end`` comes again one further on, so a phrase ending there ("还有") is part of the question."""
    return 0 < end and end + 1 < len(words) and is_cjk(words[end - 1][:1]) and words[end + 1] == words[end - 1]
