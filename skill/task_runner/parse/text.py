"""Text plumbing for the parser: make any input safe, hide spans that must never be split, fix typos.

Everything downstream works on *masked* text: code blocks, backticks, quotes, URLs, e-mail
addresses, file paths, dotted tokens (v2.3, e.g., example.com) and title abbreviations (Dr.) are
replaced by an opaque placeholder word, so no splitting rule can cut through them and no full
stop inside them ends a sentence. ``Masked.restore`` puts the user's text back.
"""

import re

from task_runner.parse import lang_en

# A brain dump of 30 items is a few thousand characters; beyond this we parse the head only,
# which keeps every regex pass linear and bounded on megabyte inputs.
MAX_CHARS = 20_000

_OPEN, _CLOSE = "\ue000", "\ue001"
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ue000-\uf8ff]")
_LINEBREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_PLACEHOLDER = re.compile(_OPEN + r"(\d+)" + _CLOSE)

_SPANS = re.compile(
    r"(?P<tick>`[^`\n]{1,400}`)"
    r"|(?P<quote>\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]"
    r"|「[^」\n]{1,300}」|『[^』\n]{1,300}』|(?<![\w'])'[^'\n]{1,200}'(?![\w']))"
    r"|(?P<url>(?:https?://|www\.)[^\s<>\"'`]{1,500})"
    r"|(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"
    r"|(?P<path>(?<![\w/])(?:~|\.{1,2})?/[\w.~-]{1,100}(?:/[\w.~-]{1,100}){0,30}/?"
    r"|\b[A-Za-z]:\\[^\s\"'<>|]{1,300}"
    r"|\b[\w.-]{1,100}/[\w.-]{1,100}(?:/[\w.-]{1,100}){0,30}\.\w{1,8}\b"
    r"|\b[\w-]{1,100}/[\w-]{1,100}/[\w./-]{1,300})"
    r"|(?P<abbr>\b(?:" + lang_en.DOTTED_ABBREVIATIONS + r")"
    r"|\b(?:" + lang_en.TITLE_ABBREVIATIONS + r")\.(?=\s|$)"
    r"|\b(?:" + lang_en.SHORT_ABBREVIATIONS + r")\.(?=\s+(?!(?:" + "|".join(sorted(lang_en.VERBS, key=len, reverse=True)) + r")\b)\S)"
    r"|\b(?!\d{1,2}\.[A-Z])[A-Za-z0-9_]{1,60}(?:\.[A-Za-z0-9_-]{1,60}){1,10}\b)",
    re.IGNORECASE,
)
_TRAILING_PUNCT = re.compile(r"[.,;:!?)\]}»”\"']+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def sanitize(text) -> str:
    """Any input → a plain str without control characters, lone surrogates or private-use marks."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", "replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[:MAX_CHARS]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    text = _LINEBREAKS.sub("\n", text)
    return _UNSAFE.sub(" ", text)


class Masked:
    """Masked text plus the original spans; ``command`` spans are what the user put in backticks."""

    def __init__(self, text: str):
        self.spans: list[str] = []
        self.kinds: list[str] = []
        self.text = self._mask(text)

    def _keep(self, original: str, kind: str) -> str:
        self.spans.append(original)
        self.kinds.append(kind)
        return f"{_OPEN}{len(self.spans) - 1}{_CLOSE}"

    def _mask(self, text: str) -> str:
        parts = text.split("```")
        out = []
        for index, part in enumerate(parts):
            if index % 2 and index < len(parts) - 1:
                out.append(" " + self._keep("```" + part + "```", "code") + " ")
            else:
                out.append(_SPANS.sub(self._span, part if index % 2 == 0 else "```" + part))
        return "".join(out)

    def _span(self, match: re.Match) -> str:
        kind = match.lastgroup
        original = match.group()
        tail = ""
        if kind in ("url", "path", "email"):
            stripped = _TRAILING_PUNCT.sub("", original)
            tail, original = original[len(stripped):], stripped
            if not original:
                return tail
        return self._keep(original, kind) + tail

    def restore(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.spans[int(m.group(1))], text)

    def commands(self, text: str) -> list[str]:
        """Backticked spans in ``text`` (a piece of the masked text), without the backticks."""
        found = []
        for match in _PLACEHOLDER.finditer(text):
            index = int(match.group(1))
            if self.kinds[index] == "tick":
                found.append(self.spans[index][1:-1].strip())
            elif self.kinds[index] == "code":
                body = self.spans[index][3:-3]
                first, _, rest = body.partition("\n")
                found.append((rest if rest.strip() and re.fullmatch(r"\w*", first.strip()) else body).strip())
        return [command for command in found if command]


def is_placeholder(word: str) -> bool:
    return word.startswith(_OPEN)


def _typo_table() -> dict[str, str]:
    """Listed typos plus every adjacent swap / inner deletion of a trigger word that is not a real word."""
    known = lang_en.VERBS | lang_en.NOT_TYPOS | set(lang_en.TRIGGER_WORDS)
    table: dict[str, str] = {}
    for word in lang_en.TRIGGER_WORDS:
        variants = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)] if len(word) >= 4 else []
        if len(word) >= 6:
            variants += [word[:i] + word[i + 1:] for i in range(1, len(word))]
        for variant in variants:
            if variant not in known:
                table.setdefault(variant, word)
    table.update(lang_en.TYPOS)
    return table


_TYPO_TABLE = _typo_table()


def fix_typos(text: str) -> str:
    """Repair common misspellings of trigger words ("cna you", "teh", "adn", "pls", "retyr")."""
    table = _TYPO_TABLE

    def fix(match: re.Match) -> str:
        word = match.group()
        lower = word.lower()
        fixed = table.get(lower)
        if fixed is None:
            return word
        return fixed.capitalize() if word[0].isupper() else fixed

    return _WORD.sub(fix, text)


def squash(text: str) -> str:
    """Collapse runs of spaces and strip, keeping newlines."""
    return _SPACES.sub(" ", text).strip()
