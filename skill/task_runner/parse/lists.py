"""List markers at the start of a line: bullets, checkboxes, numbers (also "1）" and "①"), letters
and roman numerals, and where a message's first list item starts."""

import re

from task_runner.parse.lexicon import Lazy

_BULLETS = frozenset("-*•+·▪‣◦►▸→➡👉🔹🔸・")
_OPEN_BOXES = frozenset("☐□⬜◻▢🔲")
_TICKS = frozenset("☑✅✔✓☒")
_ZH_NUMERALS = frozenset("一二三四五六七八九十")
_NUM_MARK = Lazy(r"(?:\(?\d{1,3}[.)．、）]|[（(]\d{1,3}[)）]|#\d{1,3}[.):]?|\d{1,3}[ \t]*[-–:][ \t]|\d\ufe0f?\u20e3)[ \t]*")
_LETTER_MARK = Lazy(r"(?:\(?(?P<label>[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2})[.)]|\((?P<label2>[a-z])\))(?=[ \t])[ \t]*", re.IGNORECASE)
_BOX = Lazy(r"(?:[-*•+][ \t]*)?\[(?P<state>[ xX✓✔]?)\][ \t]*")


class Mark:
    """A list marker at the start of a line: its kind, checkbox state, and the item text after it."""

    __slots__ = ("kind", "done", "body")

    def __init__(self, kind: str, body: str, done: bool = False):
        self.kind, self.body, self.done = kind, body.strip(), done


def mark(line: str) -> Mark | None:
    """The list marker a line starts with (bullet, checkbox, number, letter, roman numeral), if any."""
    text = line.lstrip(" \t")
    if not text:
        return None
    first, rest = text[0], text[1:]
    box = _BOX.match(text) if first in "[-*•+" else None
    if box:
        return Mark("box", text[box.end():], done=bool(box.group("state").strip()))
    if first in _OPEN_BOXES:
        return Mark("open", rest)
    if first in _TICKS:
        return Mark("tick", rest.lstrip("\ufe0f"))
    if first in _BULLETS and (rest.lstrip("\ufe0f")[:1] in (" ", "\t") or first == "・" and rest[:1] not in ("", "・")):
        return Mark("bullet", rest.lstrip("\ufe0f"))
    if "\u2460" <= first <= "\u2473" or "\u2776" <= first <= "\u277f":
        return Mark("num", rest)
    if first in _ZH_NUMERALS:
        run = len(text) - len(text.lstrip("一二三四五六七八九十"))
        if run <= 3 and text[run:run + 1] in ("、", ".", "．"):
            return Mark("num", text[run + 1:])
        return None
    head = text[:8]
    if (first.isdigit() or first in "(#（") and any(ch in head for ch in ".)．、-–:）\u20e3"):
        number = _NUM_MARK.match(text)
        if number:
            return Mark("num", text[number.end():])
    if (first.isalpha() or first == "(") and any(ch in head[:6] for ch in ".)"):
        letter = _LETTER_MARK.match(text)
        if letter:
            return Mark("letter", text[letter.end():])
    return None


INLINE_NUMBER = Lazy(r"(?:(?<=\s)|^|(?<=[:：]))(?:\(?(\d{1,2})[.)]|\((\d{1,2})\)|(\d{1,2})、)(?=\s|[^\s\d])|([①-⑳])")
# "1 llamar a … 2 pedir cita … 3 mirar …": bare numbers, each before a verb (read by the caller)
BARE_NUMBER = Lazy(r"(?:(?<=\s)|^)(\d)\s+(?=([^\W\d_]+))")


def inline_number(match) -> int:
    """The number of an INLINE_NUMBER match ("2." → 2, "②" → 2)."""
    digits = match.group(1) or match.group(2) or match.group(3)
    return int(digits) if digits else ord(match.group(4)) - ord("①") + 1


def list_start(text: str) -> int | None:
    """Where the first list item of a message starts (line list or inline "1."), or None."""
    position = 0
    for line in text.split("\n"):
        found = mark(line)
        if found and found.kind != "letter" and found.body:
            return position
        position += len(line) + 1
    inline = INLINE_NUMBER.search(text)
    return inline.start() if inline and (inline.group(1) == "1" or inline.group(4) == "①") else None
