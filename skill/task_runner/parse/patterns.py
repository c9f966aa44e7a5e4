"""Regexes compiled on first use, and patterns over word lists compiled with only the words a
text holds.

Compiling is the parser's main start-up cost: one CLI call is one fresh process, Python's re
compiler costs about 2 µs per pattern character, and most messages never touch most patterns. The
schedule rules are worse: they hold alternations of every language's weekdays, months, numbers and
cues, thousands of characters (8 ms to compile the one-off rule alone). A ``Words`` slot is such an
alternation of literal phrases, and a ``Lazy`` pattern built with slots (``"(?:" + Words(...) +
")"`` makes a ``Template``) compiles, for the text it searches, only the phrases found in that
text (lowercased, each word of a phrase somewhere in it). Dropping the others cannot change a
match: a literal phrase that does not occur in a text fails wherever the engine tries it, and the
phrases kept stay in their order. A slot that every match must pass through (``required_slots``)
and that holds none of the text's phrases means the pattern cannot match that text: nothing is
compiled for it (a cold `parse` of "remind me at 5pm to call Ana" skipped ~5 ms of such patterns).
Once a pattern has been compiled for ``_TEXTS_BEFORE_WHOLE``
different selections (a long-lived process parses many messages), it is compiled whole and the
per-text check stops.
"""

import re

# Characters that re's IGNORECASE matches to a letter of our tables although their lower() is
# another character (ı and İ match "i", ſ matches "s"): with one in the text, the whole pattern
# is used. tests/test_parse_speed.py checks the list against every code point.
UNSURE_CASE = frozenset("İıſ")
_TEXTS_BEFORE_WHOLE = 16
_NEVER = "(?!)"  # a slot none of whose phrases is in the text
_NO_MATCH = None  # re.compile(_NEVER), made on first use: what a pattern is for a text it cannot match


class Words:
    """An alternation of literal phrases, in the order given (longest first, so "antes de las"
    wins over "antes"); a space in a phrase matches any run of blanks."""

    __slots__ = ("phrases", "_alternatives", "_last")

    def __init__(self, phrases):
        self.phrases = tuple(phrases)
        self._alternatives = None
        self._last = None  # (folded text, the alternatives it holds): patterns share slots

    def alternatives(self) -> tuple:
        """(regex, lowercase words) of each phrase."""
        if self._alternatives is None:
            self._alternatives = tuple((re.escape(phrase).replace(r"\ ", r"\s+"), phrase.lower().split())
                                       for phrase in self.phrases)
        return self._alternatives

    def held_by(self, folded: str) -> tuple:
        """The regexes of the phrases whose every word occurs in ``folded`` (a lowercased text)."""
        last = self._last  # one read: another thread may replace it
        if last is None or last[0] != folded:
            last = self._last = (folded, tuple(regex for regex, words in self.alternatives()
                                               if all(word in folded for word in words)))
        return last[1]

    def __add__(self, other):
        return Template((self,)) + other

    def __radd__(self, other):
        return other + Template((self,))


class Template:
    """Regex text with ``Words`` slots, built by ``+`` like a string."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple):
        self.parts = parts

    def __add__(self, other):
        return Template(self.parts + (other.parts if isinstance(other, Template) else (other,)))

    def __radd__(self, other):
        return Template((other,) + self.parts)

    def slots(self) -> tuple:
        return tuple(dict.fromkeys(part for part in self.parts if isinstance(part, Words)))

    def required_slots(self) -> frozenset:
        """The slots that every match passes through: not inside a branch of an alternation whose
        other branches lack it, an optional or zero-repeat group, or a negative look-around. Read
        from the regex text by ``_required`` (a few µs; re's own parser would cost as much as the
        compile it is meant to avoid); tests/test_parse_speed.py checks it against re's parser."""
        try:
            tokens = _tokens(self.parts)
        except ValueError:  # a construct the reader does not follow: no slot is taken as required
            return frozenset()
        return frozenset(_required(tokens, 0)[0])

    def source(self, chosen: dict | None = None) -> str:
        """The regex with every slot whole, or with the alternatives ``chosen`` for each slot."""
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif chosen is None:
                out.append("|".join(regex for regex, _ in part.alternatives()))
            else:
                out.append("|".join(chosen[part]) or _NEVER)
        return "".join(out)


_QUANTIFIER = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")
_GROUP_OPENING = re.compile(r"\(\?(?:P<\w+>|[aiLmsux]*(?:-[imsx]+)?:|<?[=!]|\(\w+\))|\(")


def _tokens(parts: tuple) -> list:
    """The template as atoms: a slot, ("(", kind) with kind "group", "not" (a negative look-around) or
    "if" (a conditional), ")", "|", "q0" (a quantifier that allows none of the atom before it), or
    "." (anything else that matches: a literal, a class, an escape, a back-reference)."""
    tokens = []
    for part in parts:
        if isinstance(part, Words):
            tokens.append(part)
            continue
        i, n = 0, len(part)
        while i < n:
            char = part[i]
            if char == "\\":
                tokens.append(".")
                i += 2
            elif char == "[":
                j = i + 1 + (part[i + 1:i + 2] == "^")
                j += part[j:j + 1] == "]"  # "[]…]": a first "]" is a member
                while j < n and part[j] != "]":
                    j += 2 if part[j] == "\\" else 1
                tokens.append(".")
                i = j + 1
            elif char == "(":
                text = _GROUP_OPENING.match(part, i).group()
                if text == "(" and part.startswith("(?", i):  # "(?P=name)", "(?#…)", "(?i)"
                    raise ValueError("a group the reader does not follow: " + part[i:i + 12])
                kind = "not" if text in ("(?!", "(?<!") else "if" if text.startswith("(?(") else "group"
                tokens.append(("(", kind))
                i += len(text)
            elif char in ")|":
                tokens.append(char)
                i += 1
            elif (quantifier := _QUANTIFIER.match(part, i)) is not None:
                minimum = 1 if char == "+" else int(quantifier.group(1) or 0) if char == "{" else 0
                if minimum == 0:
                    tokens.append("q0")
                i = quantifier.end()
                if i < n and part[i] in "?+":  # lazy or possessive: the same minimum
                    i += 1
            else:
                tokens.append(".")
                i += 1
    return tokens


def _required(tokens: list, at: int) -> tuple:
    """(slots every match of the alternation starting at ``at`` passes through, index after it)."""
    branches, atoms = [], []  # atoms: the slots each atom of the current branch passes through
    while at < len(tokens):
        token = tokens[at]
        if token == ")":
            break
        if token == "|":
            branches.append(set().union(*atoms))
            atoms = []
        elif token == "q0":
            if atoms:
                atoms[-1] = set()
        elif isinstance(token, tuple):
            inner, at = _required(tokens, at + 1)
            atoms.append(set() if token[1] in ("not", "if") else inner)
        else:
            atoms.append({token} if isinstance(token, Words) else set())
        at += 1
    branches.append(set().union(*atoms))
    return set.intersection(*branches), at


class Lazy:
    """A regex compiled on first use (``Lazy(source, flags)``, then ``.search(text)`` etc. as on a
    compiled pattern); a source with ``Words`` slots is compiled per text as described above."""

    __slots__ = ("_source", "_flags", "_compiled", "_slots", "_required", "_by_text")
    made: list = []  # every one (all are module constants): compile_all's list

    def __init__(self, source, flags: int = 0):
        if isinstance(source, Words):
            source = Template((source,))
        self._source, self._flags, self._compiled = source, flags, None
        self._slots = source.slots() if isinstance(source, Template) else ()
        self._required = None  # the required slots, read on first use
        Lazy.made.append(self)
        self._by_text: dict | None = {} if self._slots else None

    def _whole(self) -> re.Pattern:
        if self._compiled is None:
            source = self._source.source() if isinstance(self._source, Template) else self._source
            self._compiled = re.compile(source, self._flags)
            self._by_text = None
        return self._compiled

    def _for(self, text: str) -> re.Pattern:
        by_text = self._by_text  # one read: _whole() may drop it meanwhile in another thread
        if by_text is None or not isinstance(text, str) or not (text.isascii() or UNSURE_CASE.isdisjoint(text)):
            return self._whole()
        folded = text.lower()
        chosen = {slot: slot.held_by(folded) for slot in self._slots}
        if self._required is None:
            self._required = self._source.required_slots()
        if any(not chosen[slot] for slot in self._required):
            return _no_match()
        key = tuple(chosen.values())
        pattern = by_text.get(key)
        if pattern is None:
            if len(by_text) >= _TEXTS_BEFORE_WHOLE:
                return self._whole()
            pattern = by_text[key] = re.compile(self._source.source(chosen), self._flags)
        return pattern

    def search(self, string, *args, **kwargs):
        return self._for(string).search(string, *args, **kwargs)

    def match(self, string, *args, **kwargs):
        return self._for(string).match(string, *args, **kwargs)

    def fullmatch(self, string, *args, **kwargs):
        return self._for(string).fullmatch(string, *args, **kwargs)

    def finditer(self, string, *args, **kwargs):
        return self._for(string).finditer(string, *args, **kwargs)

    def findall(self, string, *args, **kwargs):
        return self._for(string).findall(string, *args, **kwargs)

    def split(self, string, *args, **kwargs):
        return self._for(string).split(string, *args, **kwargs)

    def sub(self, repl, string, *args, **kwargs):
        return self._for(string).sub(repl, string, *args, **kwargs)

    def subn(self, repl, string, *args, **kwargs):
        return self._for(string).subn(repl, string, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._whole(), name)


def _no_match() -> re.Pattern:
    global _NO_MATCH
    if _NO_MATCH is None:
        _NO_MATCH = re.compile(_NEVER)
    return _NO_MATCH


def compile_all() -> None:
    """Compile every pattern whole now: for a process that forks one parser per message (the warm
    server), so that no child compiles a pattern again, whatever its message holds."""
    for pattern in Lazy.made:
        pattern._whole()


ZH_DAY = r"(?:周|星期|礼拜)[一二三四五六日天]"
# "周一、三、五": after a weekday the next ones of a list may drop 周 (a bare numeral, not "三点")
ZH_NEXT_DAY = r"(?:" + ZH_DAY + r"|[一二三四五六日](?![点點时時号號月次个個小分天]))"
ZH_DAY_JOIN = r"(?:和|及|跟|、|，|,)"
ZH_DAYS_END = Lazy(ZH_DAY + r"(?:" + ZH_DAY_JOIN + ZH_NEXT_DAY + r")*$")
ZH_DAY_START = Lazy(r"^" + ZH_NEXT_DAY)
