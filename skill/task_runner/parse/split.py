"""Splitting a (masked) message body into action items.

Explicit structure wins: line lists (numbers, letters, roman numerals, bullets, checkboxes),
then inline numbered lists ("1. X 2. Y"), then prose: sentences, then clauses joined by
sequencers ("then", "also", "finally") or by "and"/commas *only* when what follows is a new
imperative verb clause. That last condition is what keeps noun phrases whole ("compare Notion,
Coda and Airtable", "salt and pepper grinders") while "look it up and text it to my wife" is two.
"""

import re

from task_runner.parse import lang_de, lang_en, lexicon
from task_runner.parse.clean import first_word, starts_with_verb, trim
from task_runner.parse.lexicon import alternation


class Item:
    """One action item: masked text, how it was introduced, whether it came from a list."""

    __slots__ = ("text", "cue", "listed", "preamble", "framed", "context")

    def __init__(self, text: str, cue: str = "", listed: bool = False, preamble: bool = False, framed: bool = False):
        self.text, self.cue, self.listed, self.preamble, self.framed = text.strip(), cue, listed, preamble, framed
        self.context = ""  # the "Header:" the item came under, when one was dropped

    def __repr__(self) -> str:  # for test failure messages
        return f"Item({self.text!r}, cue={self.cue!r}, listed={self.listed})"


_MARK = re.compile(
    r"^[ \t]*(?:"
    r"(?P<box>(?:[-*•+]\s*)?\[(?P<state>[ xX✓✔]?)\])"
    r"|(?P<open>[☐□])|(?P<tick>[☑✅✔✓☒]\ufe0f?)"
    r"|(?P<bullet>[-*•+·▪‣◦►▸→➡👉🔹🔸]\ufe0f?)(?=\s)"
    r"|(?P<num>\(?\d{1,3}[.)．、]|\(\d{1,3}\)|#\d{1,3}[.):]?|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}\s*[-–:]\s|\d\ufe0f?\u20e3|[\u2460-\u2473\u2776-\u277f])"
    r"|(?P<letter>\(?[a-zA-Z][.)]|\([a-zA-Z]\))(?=\s)"
    r"|(?P<roman>\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)])(?=\s)"
    r")[ \t]*(?P<body>.*)$",
    re.IGNORECASE,
)
_INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^|(?<=[:：]))(?:\(?(\d{1,2})[.)]|\((\d{1,2})\)|(\d{1,2})、)(?=\s|[^\s\d])")
_INLINE_LETTER = re.compile(r"(?:(?<=\s)|^|(?<=[:：]))\(?([a-z]|[ivx]{1,4})\)(?=\s)|(?:(?<=\s)|^|(?<=[:：]))([a-z]|[ivx]{1,4})\.(?=\s)", re.IGNORECASE)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_SENTENCE = re.compile(r"(?<=[.!?;])[\s]+|(?<=[。！？；])|\n+")
_HEADER_COLON = re.compile(r"^(?P<head>[^:：]{0,80}?)[:：](?!\d)\s*(?P<rest>.*)$", re.DOTALL)
_FRAMING_WORDS = re.compile(r"(?<!\w)(?:" + alternation("FRAMING") + r")(?!\w)", re.IGNORECASE)
_BLOCK_LINE = re.compile(r"\n\s*(\ue000\d+\ue001)\s*(?=\n|$)")
_ONLY_BLOCKS = re.compile(r"^(?:\s*\ue000\d+\ue001)+\s*$")
_DASH = re.compile(r"\s+(?:[—–]|--)\s+|\s+-\s+(?=(?:" + "|".join(sorted(lexicon.VERBS, key=len, reverse=True)) + r")\b)", re.IGNORECASE)
_RESULT_LEAD = re.compile(r"^(?:" + alternation("DEP_RESULT") + r")[\s,]*", re.IGNORECASE)
_HEADER_WORDS = re.compile(r"(?<!\w)(?:" + alternation("HEADER") + r"|" + alternation("FRAMING") + r")(?!\w)", re.IGNORECASE)

_THEN, _ALSO, _ORDER = alternation("SEQ_THEN"), alternation("SEQ_ALSO"), alternation("SEQ_ORDER")
_CANDIDATE = re.compile(
    r"(?P<punct>\s*[,;]\s*|\s+)"
    r"(?:(?P<conj>" + alternation("CONJ") + r")(?=\s)\s*)?"
    r"(?:(?P<seq>(?P<then>" + _THEN + r")|(?P<also>" + _ALSO + r")|(?P<order>" + _ORDER + r"))(?![\w'])[\s,]*)?"
    r"(?:(?P<cond>" + lang_en.CLAUSE_OPENERS + r"|si|wenn|sobald|falls)(?=\s))?",
    re.IGNORECASE,
)
_ZH_CANDIDATE = re.compile(
    r"[，,；;]\s*(?:(?P<then>" + _THEN + r")|(?P<also>" + _ALSO + r"))?"
    r"|(?P<then2>然后再|然后|接着|随后|之后再)|(?P<also2>并且|并(?=\S))"
)


def split_body(text: str) -> list[Item]:
    lines = text.split("\n")
    marks = [_MARK.match(line) for line in lines]
    marked = [m for m in marks if m and m.group("body").strip()]
    if len(marked) >= 2 or any(m.group("box") or m.group("open") or m.group("bullet") for m in marked):
        return _from_lines(lines, marks)
    inline = _inline_numbered(text)
    return inline if inline is not None else prose(text)


def _from_lines(lines: list[str], marks: list) -> list[Item]:
    has_open_boxes = any(m and (m.group("open") or (m.group("box") and not m.group("state").strip())) for m in marks)
    items: list[Item] = []
    before, after = [], []
    current = None  # the item continuation lines attach to; False after a ticked box
    for line, mark in zip(lines, marks):
        if mark:
            done = (mark.group("box") and mark.group("state").strip()) or (mark.group("tick") and has_open_boxes)
            if done:
                current = False
                continue
            body = mark.group("body").strip()
            current = Item(body, listed=True) if body else None
            if current:
                items.append(current)
        elif not line.strip():
            current = None
        elif current is False:
            continue
        elif current is not None and not after:
            current.text += " " + line.strip()
        elif not items:
            before.append(line)
        else:
            after.append(line)
    head = [item for item in prose("\n".join(before)) if _is_action(item.text) and not item.text.rstrip().endswith((":", "："))]
    for item in head:
        item.preamble = True
    return head + items + prose("\n".join(after))


def _inline_numbered(text: str) -> list[Item] | None:
    """"1. X 2. Y", "(1) X (2) Y", "a) X b) Y", "i) X ii) Y" on one line, in sequence."""
    cuts = _sequence(_INLINE_NUMBER, text, lambda m: int(m.group(1) or m.group(2) or m.group(3)), 1)
    if len(cuts) < 2:
        label = lambda m: (m.group(1) or m.group(2)).lower()  # noqa: E731
        roman = _sequence(_INLINE_LETTER, text, lambda m: _ROMAN.index(label(m)) + 1 if label(m) in _ROMAN else 0, 1)
        letters = _sequence(_INLINE_LETTER, text, lambda m: ord(label(m)) - 96 if len(label(m)) == 1 else 0, 1)
        cuts = max(roman, letters, key=len)
    if len(cuts) < 2:
        return None
    items = [item for item in prose(text[:cuts[0].start()]) if _is_action(item.text)]
    for item in items:
        item.preamble = True
    bounds = [m.end() for m in cuts] + [len(text)]
    starts = [m.start() for m in cuts[1:]] + [len(text)]
    for begin, end in zip(bounds, starts):
        body = text[begin:end].strip().rstrip(",;")
        if body:
            items.append(Item(body, listed=True))
    return items


def _sequence(pattern: re.Pattern, text: str, number, first: int) -> list[re.Match]:
    expected, cuts = first, []
    for match in pattern.finditer(text):
        if number(match) == expected:
            cuts.append(match)
            expected += 1
    return cuts


def prose(text: str) -> list[Item]:
    """Sentences, then clauses; a leading "Header:" that only introduces the rest is dropped."""
    items = []
    text = _BLOCK_LINE.sub(r" \1", text)
    for sentence in _SENTENCE.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        framed, context = False, ""
        header = _HEADER_COLON.match(sentence)
        if header and _is_header(header.group("head")) and not _ONLY_BLOCKS.match(header.group("rest")):
            context = header.group("head")
            framed = bool(_FRAMING_WORDS.search(context))
            sentence = header.group("rest").strip()
            if not sentence:
                continue
        for item in _clauses(sentence):
            item.framed, item.context = framed, context
            items.append(item)
    return items


def _is_header(head: str) -> bool:
    words = head.split()
    if not words or len(words) > 10:
        return False
    return bool(_HEADER_WORDS.search(head)) or not starts_with_verb(head) or len(words) == 1


def _is_action(text: str) -> bool:
    """A preamble sentence that is itself work, not an introduction ("Research X first, then:")."""
    if text.rstrip().endswith((":", "：")) or not starts_with_verb(text):
        return False
    return len(text.split()) > 6 or not _HEADER_WORDS.search(text)


def _clauses(sentence: str) -> list[Item]:
    if lexicon.CJK.search(sentence):
        return _zh_clauses(sentence)
    sentence = _DASH.sub(", ", sentence)
    items, start, cue = [], 0, ""
    for match in _CANDIDATE.finditer(sentence):
        if match.end() <= start or not (match.group("conj") or match.group("seq") or "," in match.group("punct") or ";" in match.group("punct")):
            continue
        left = sentence[start:match.start()]
        right = sentence[match.end():]
        new_cue = _cut_here(left, right, match)
        if new_cue is None:
            continue
        if left.strip():
            items.append(Item(left, cue))
        start, cue = match.end(), new_cue
        if match.group("cond"):
            start = match.start("cond")
    tail = sentence[start:]
    if tail.strip():
        items.append(Item(tail, cue))
    return items


def _cut_here(left: str, right: str, match: re.Match) -> str | None:
    """The cue of the clause starting at ``match`` when the sentence splits there, else None."""
    left_core = trim(left).core
    if not left_core:
        return None
    right_core = _RESULT_LEAD.sub("", trim(right).core)
    next_word = first_word(right_core)
    verb_follows = (next_word in lexicon.VERBS and len(right_core.split()) >= 2) or _verb_final(right_core)
    if match.group("seq"):
        kind = "then" if match.group("then") else "also" if match.group("also") else "order"
        previous = left.split()[-1].lower() if left.split() else ""
        if kind == "then" and previous in lang_en.NOT_THEN_BEFORE:
            return None
        if re.match(r"(?:if|when|once|si|wenn)\b", left_core, re.I) and kind == "then":
            return None
        if match.group("cond"):
            return kind  # ", and then once you have it, file …"
        if verb_follows or next_word in lexicon.VERBS or _request_follows(right) or _CLAUSE_OPENER.match(right_core):
            return kind
        return None
    if match.group("cond"):
        return "cond" if match.group("conj") and starts_with_verb(left) else None
    if _request_follows(right):
        return ""  # "I've been meaning to ask, could you please dig up …"
    if not verb_follows:
        return None
    left_words = left_core.split()
    if len(left_words) < 2 or not starts_with_verb(left):
        return None
    last = left_words[-1].lower()
    if match.group("conj") and last in lexicon.VERBS and last not in lang_en.AMBIGUOUS_VERBS and not _verb_final(left_core):
        return None  # "benchmark read and write throughput": two verbs sharing one object
    return "then" if _RESULT_LEAD.match(trim(right).core) else ""


def _verb_final(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].lower().strip(",.;:!?") in _DE_INFINITIVES


_CLAUSE_OPENER = re.compile(r"(?:" + lang_en.CLAUSE_OPENERS + r"|as\s+soon\s+as|si|wenn|sobald|falls|cuando)\b", re.IGNORECASE)
_DE_INFINITIVES = frozenset(word for word in lang_de.VERBS if word.endswith("en"))


def _request_follows(right: str) -> bool:
    trimmed = trim(right)
    return trimmed.requested and first_word(trimmed.core) in lexicon.VERBS


def _zh_clauses(sentence: str) -> list[Item]:
    items, start, cue = [], 0, ""
    for match in _ZH_CANDIDATE.finditer(sentence):
        if match.start() < start:
            continue
        left, right = sentence[start:match.start()], sentence[match.end():]
        kind = "then" if (match.group("then") or match.group("then2")) else "also" if (match.group("also") or match.group("also2")) else ""
        right_core = trim(right).core
        if not left.strip() or not right_core:
            continue
        if not kind and not (lexicon.ZH_VERB.match(right_core) or first_word(right_core) in lexicon.VERBS):
            continue
        items.append(Item(left, cue))
        start, cue = match.end(), kind
    if sentence[start:].strip():
        items.append(Item(sentence[start:], cue))
    return items
