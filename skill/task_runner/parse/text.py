"""Text plumbing for the parser: make any input safe, hide spans that must never be split, fix typos.

Everything downstream works on *masked* text: code blocks, backticks, quotes, URLs, e-mail
addresses, file paths, dotted tokens (v2.3, e.g., example.com) and title abbreviations (Dr.) are
replaced by an opaque placeholder word, so no splitting rule can cut through them and no full
stop inside them ends a sentence. ``Masked.restore`` puts the user's text back.
"""

import re

from task_runner.parse import clock_phrases, id_frames, kana_typos, lexicon, spoken_ids, voice_breaks
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import is_cjk

# A brain dump of 30 items is a few thousand characters; beyond this we parse the head only,
# which keeps every regex pass linear and bounded on megabyte inputs.
MAX_CHARS = 20_000

_OPEN, _CLOSE = "\ue000", "\ue001"
# Control characters, zero-width marks and our placeholder brackets → space; other line breaks → \n.
_UNSAFE = {code: " " for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                                   0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xE000, 0xE001]}
_UNSAFE.update({0x2028: "\n", 0x2029: "\n", 0x85: "\n", 0x0B: "\n", 0x0C: "\n"})
_PLACEHOLDER = Lazy(_OPEN + r"(\d+)" + _CLOSE)

# Japanese and Chinese write no space around a name: "資料をslides/a.pptxで作って", "taro@x.jpにメールして",
# "https://x.jp/aを確認して". A URL, an address or a path is made of Latin letters, digits and marks, so the
# characters of those scripts (kana, kanji, full-width forms) end it instead of joining the whole clause to it.
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af"
_NAME = "A-Za-z0-9_\u00c0-\u024f"  # the letters and digits of a name: Latin ones, accented too
# Span kinds, each with the characters that must be present for it to be worth running.
_SPANS = (
    ("tick", ("`",), Lazy(r"`[^`\n]{1,400}`")),
    ("quote", tuple("\"“«„「『'"), Lazy(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]"
                            r"|「[^」\n]{1,300}」|『[^』\n]{1,300}』|(?<![\w'])'[^'\n]{1,200}'(?![\w'])")),
    ("url", ("://", "www."), Lazy(r"(?:https?://|www\.)[^\s<>\"'`" + _CJK + "]{1,500}", re.IGNORECASE)),
    ("email", ("@",), Lazy(r"(?<![" + _NAME + r".+-])[" + _NAME + r".+-]{1,64}@[" + _NAME + r"-]{1,63}(?:\.[" + _NAME + r"-]{1,63}){1,8}")),
    ("path", ("/", "\\"), Lazy(r"(?<![" + _NAME + r"/])(?:~|\.{1,2})?/[" + _NAME + r".~-]{1,100}(?:/[" + _NAME + r".~-]{1,100}){0,30}/?"
                        r"|\b[A-Za-z]:\\[^\s\"'<>|" + _CJK + r"]{1,300}"
                        r"|(?<![" + _NAME + r".-])[" + _NAME + r".-]{1,100}/[" + _NAME + r".-]{1,100}(?:/[" + _NAME + r".-]{1,100}){0,30}"
                        r"\.[" + _NAME + r"]{1,8}(?![" + _NAME + r"])"
                        r"|(?<![" + _NAME + r"-])[" + _NAME + r"-]{1,100}/[" + _NAME + r"-]{1,100}/[" + _NAME + r"./-]{1,300}")),
    # "bis 15.12. den Antrag …", "Version 2.1. installieren": numbers with a closing full stop before a lowercase
    # word keep it (a German date, an ordinal); no sentence ends there
    ("dotted", (".",), Lazy(r"\b\d{1,2}\.\d{1,2}\.(?=[ \t]+(?-i:[a-zäöüßà-ÿ])|[ \t]*$)"
                            r"|\b(?:" + lexicon.regex_alternatives("dotted_abbreviations") + r")"
                            r"|(?<![" + _NAME + r"])(?!\d{1,2}\.[A-Z])[A-Za-z0-9_]{1,60}(?:\.[A-Za-z0-9_-]{1,60}){1,10}(?![" + _NAME + r"])", re.IGNORECASE)),
    ("abbr", (".",), Lazy(r"\b(?:" + lexicon.regex_alternatives("title_abbreviations") + r")\.(?=\s|$)"
                          r"|\b(?:" + lexicon.regex_alternatives("short_abbreviations") + r")\.(?=\s+(?P<next>[\w'-]+))", re.IGNORECASE)),
)
_TRAILING_PUNCT = Lazy(r"[.,;:!?)\]}»”\"']+$")
_WORD = Lazy(r"(?<!\w)[A-Za-z][A-Za-z']*(?!\w)")  # a whole word: not the "ur" of "sœur"


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
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_UNSAFE)
    if any(mark in text for mark in _ID_MARKS):
        text = _ODD_ID.sub(lambda m: m.group().translate(_NARROW), text)
    return text


# An id typed with other characters than T, "-" and ASCII digits: full-width ("Ｔ－８７", as a Japanese
# or Chinese keyboard types it) or with the dash a phone or a word processor puts in ("T‑12": the
# non-breaking hyphen U+2011, an en dash, a minus sign). Full-width Latin letters and digits
# (U+FF01..U+FF5E) → ASCII, and every such dash → "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\ufe63\uff0d"
_ID_MARKS = ("\uff34", "\uff54", *_DASHES)
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | dict.fromkeys(map(ord, _DASHES), "-")
_ODD_ID = Lazy("[\uff34\uff54][" + _DASHES + "-]?[\uff10-\uff190-9]{1,4}"
               "|(?<![A-Za-z])[Tt][" + _DASHES + "][\uff10-\uff190-9]{1,4}")


class Masked:
    """Masked text plus the original spans; ``command`` spans are what the user put in backticks."""

    def __init__(self, text: str):
        self.spans: list[str] = []
        self.kinds: list[str] = []
        self.text = self._mask(text)

    def _keep(self, original: str, kind: str) -> str:
        self.spans.append(self.restore(original))  # a quote around a masked `code` span keeps its text
        self.kinds.append(kind)
        return f"{_OPEN}{len(self.spans) - 1}{_CLOSE}"

    def _mask(self, text: str) -> str:
        parts = text.split("```")
        out = []
        for index, part in enumerate(parts):
            if index % 2 and index < len(parts) - 1:
                out.append(" " + self._keep("```" + part + "```", "code") + " ")
            else:
                out.append(self._mask_spans(part if index % 2 == 0 else "```" + part))
        return "".join(out)

    def _mask_spans(self, text: str) -> str:
        for kind, needed, pattern in _SPANS:
            if any(piece in text for piece in needed) and _worth(kind, text):
                text = pattern.sub(lambda match: self._span(match, kind), text)
        return text

    def _span(self, match: re.Match, kind: str) -> str:
        original = match.group()
        if kind == "abbr" and match.group("next") is not None and match.group("next").lower() in lexicon.VERBS:
            return original  # "Elm St. Renew the membership": the full stop ends a sentence
        tail = ""
        if kind in ("url", "path", "email"):
            stripped = _TRAILING_PUNCT.sub("", original)
            tail, original = original[len(stripped):], stripped
            if not original:
                return tail
        return self._keep(original, kind) + tail

    def restore(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.spans[int(m.group(1))], text)

    def restore_unquoted(self, text: str) -> str:
        """``restore`` with quoted text and names left out: what the user quotes is content, and a URL, a file
        path or an address is a name ("templates/weekly.md", "/reports/daily/"): neither is ever our schedule."""
        return _PLACEHOLDER.sub(lambda m: "" if self.kinds[int(m.group(1))] in _NOT_OURS else self.spans[int(m.group(1))], text)

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


_NOT_OURS = frozenset(("quote", "url", "path", "email"))  # spans whose words are never our schedule
_ABBREVIATIONS = frozenset((lexicon.regex_alternatives("title_abbreviations") + "|" + lexicon.regex_alternatives("short_abbreviations")).split("|"))


def _worth(kind: str, text: str) -> bool:
    """Cheap pre-checks so a message only compiles the span patterns it can contain."""
    if kind == "dotted":
        return any(text[i + 1:i + 2].isalnum() for i in range(len(text) - 1) if text[i] == ".")
    if kind == "abbr":
        return any(word[:-1].lower().replace("’", "'").rsplit("'", 1)[-1] in _ABBREVIATIONS
                   for word in text.split() if word.endswith("."))  # "all'avv. Rinaldi", "dall'ing. Bassi"
    return True


def _typo_table() -> dict[str, str]:
    """Listed typos plus every adjacent swap / inner deletion of a trigger word that is not a real word."""
    verbs, not_typos, triggers = lexicon.VERBS, lexicon.NOT_TYPOS, set(lexicon.TRIGGER_WORDS)
    table: dict[str, str] = {}
    for word in lexicon.TRIGGER_WORDS:
        variants = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)] if len(word) >= 4 else []
        if len(word) >= 6:
            variants += [word[:i] + word[i + 1:] for i in range(1, len(word))]
        for variant in variants:
            if variant not in verbs and variant not in not_typos and variant not in triggers:
                table.setdefault(variant, word)
    table.update(lexicon.TYPOS)
    return table


_TYPO_TABLE = _typo_table()


# Listed typos written in Chinese or Japanese characters ("再実効", the input method's homophone of
# 再実行): found anywhere, as these scripts put no space between words.
_CJK_TYPOS = {wrong: right for wrong, right in lexicon.TYPOS.items() if wrong and is_cjk(wrong[0])}


def _typos(source: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired word) of each misspelt trigger word."""
    found = []
    if _CJK_TYPOS and source and max(source) >= "\u3040":
        for wrong, right in _CJK_TYPOS.items():
            at = source.find(wrong)
            while at >= 0:
                found.append((at, at + len(wrong), right))
                at = source.find(wrong, at + len(wrong))
    for match in _WORD.finditer(source):
        fixed = _TYPO_TABLE.get(match.group().lower())
        if fixed is not None:
            found.append((match.start(), match.end(), fixed.capitalize() if match.group()[0].isupper() else fixed))
    return found


class Repaired:
    """Text with common misspellings of trigger words repaired ("cna you", "teh", "adn", "retyr") and tasks named
    by their number in a frame written as their ids ("任务4" → "T-04", id_frames.py), and katakana verbs
    mistyped ("キャセル", kana_typos.py), a clock said in words written as digits ("quarter to nine" → "8:45", clock_phrases.py),
    and the way back: ``original`` maps a span of the repaired text to the user's own characters."""

    __slots__ = ("source", "text", "_edits")

    def __init__(self, source: str):
        self.source = source
        self._edits: list[tuple[int, int, int]] = []  # (end in source, end in text, shift after it)
        pieces, last, shift = [], 0, 0
        for start, end, fixed in sorted(_typos(source) + kana_typos.edits(source) + id_frames.edits(source)
                                               + spoken_ids.edits(source) + voice_breaks.edits(source) + clock_phrases.edits(source)):
            if start < last:
                continue
            pieces += [source[last:start], fixed]
            last = end
            shift += len(fixed) - (end - start)
            self._edits.append((end, end + shift, shift))
        self.text = "".join(pieces) + source[last:] if pieces else source

    def _back(self, position: int) -> int:
        shift = 0
        for _, text_end, after in self._edits:
            if text_end > position:
                break
            shift = after
        return position - shift

    def original(self, begin: int, end: int) -> str:
        """The user's characters behind ``text[begin:end]``."""
        return self.source[self._back(begin):self._back(end)]


def squash(text: str) -> str:
    """Collapse runs of spaces and strip, keeping newlines."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
