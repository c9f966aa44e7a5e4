"""List markers at the start of a line: bullets, checkboxes, numbers (also "1）" and "①"), letters
and roman numerals, and where a message's first list item starts; and lists written in prose: a
comma list whose entries are mostly actions ("groceries (eggs, milk), pick up the package, and call
the vet"), and enumerations announced by a count ("two things: … and …", "zwei Sachen: …",
"两件事：一是…，二是…", "2つお願い。…"): the count says how many tasks follow, so the items under it
are work and the text is cut at its joins until the count is met."""

import re

from task_runner.parse import clause, lexicon
from task_runner.parse.clean import frames_a_task, is_time_word, starts_with_verb, trim
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, has_cjk, has_kana, is_cjk

_BULLETS = frozenset("-*•+·▪‣◦►▸→➡👉🔹🔸・")
_OPEN_BOXES = frozenset("☐□⬜◻▢🔲")
TICKS = frozenset("☑✅✔✓☒")  # a ticked box, or a tick after an item (done_items.py)
_NUMERALS = "".join(lang.list_numerals for lang in lexicon.LANGUAGES)  # "一、查…"
_ZH_NUMERALS = frozenset(_NUMERALS)
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
    text = line.lstrip(" \t\u3000")  # a full-width space indents too ("\u3000・…")
    if not text:
        return None
    first, rest = text[0], text[1:]
    box = _BOX.match(text) if first in "[-*•+" else None
    if box:
        return Mark("box", text[box.end():], done=bool(box.group("state").strip()))
    if first in _OPEN_BOXES:
        return Mark("open", rest)
    if first in TICKS:
        return Mark("tick", rest.lstrip("\ufe0f"))
    if first in _BULLETS and (rest.lstrip("\ufe0f")[:1] in (" ", "\t") or first == "・" and rest[:1] not in ("", "・")):
        return Mark("bullet", rest.lstrip("\ufe0f"))
    if "\u2460" <= first <= "\u2473" or "\u2776" <= first <= "\u277f":
        return Mark("num", rest)
    if first in _ZH_NUMERALS:
        run = len(text) - len(text.lstrip(_NUMERALS))
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


# after a blank, a colon or CJK punctuation (that needs no blank after it: "…，2. 给…", "…；2）买…")
# "一、查… 二、写… 三、…": a CJK numeral word of the number tables before an enumeration comma, after a blank or a colon
_CJK_COUNT = {key: int(value) for key, value in lexicon.merged("numbers").items()
              if key in lexicon.CJK_NUMERALS and value >= 1 and value == int(value)}
INLINE_NUMBER = Lazy(r"(?:(?<=\s)|^|(?<=[:：，；。、]))(?:[(（]?(\d{1,2})[.)）]|[(（](\d{1,2})[)）]|(\d{1,2})、)(?=\s|[^\s\d])|([①-⑳])"
                     r"|(?:(?<=\s)|^|(?<=[:：]))([" + "".join(sorted(_CJK_COUNT)) + r"])、(?=[^\s、])")
# "1 llamar a … 2 pedir cita … 3 mirar …", "3つあります：1 …して 2 …": bare numbers, each before a verb or CJK text (read by the caller)
BARE_NUMBER = Lazy(r"(?:(?<=\s)|^|(?<=[:：]))(\d)\s+(?=([^\W\d_]+))")


def inline_number(match) -> int:
    """The number of an INLINE_NUMBER match ("2." → 2, "②" → 2, "二、" → 2)."""
    digits = match.group(1) or match.group(2) or match.group(3)
    if match.group(5):
        return _CJK_COUNT[match.group(5)]
    return int(digits) if digits else ord(match.group(4)) - ord("①") + 1


_CIRCLED = tuple(chr(code) for code in range(ord("①"), ord("⑳") + 1))


def has_circled(text: str) -> bool:
    """Whether the text holds a circled number ("①"), the one INLINE_NUMBER needs no "." or ")" for."""
    return any(number in text for number in _CIRCLED)


def list_start(text: str) -> int | None:
    """Where the first list item of a message starts (line list or inline "1."), or None."""
    position = 0
    for line in text.split("\n"):
        found = mark(line)
        if found and found.kind != "letter" and found.body:
            return position
        position += len(line) + 1
    inline = INLINE_NUMBER.search(text) if "." in text or ")" in text or "）" in text or "、" in text or has_circled(text) else None
    return inline.start() if inline and (inline.group(1) == "1" or inline.group(4) == "①" or inline_number(inline) == 1 and inline.group(5)) else None


# ---- lists written in prose: a comma list of actions, an enumeration announced by a count ----

_BREAKS = frozenset(",;，；、")
_MAX_COUNT = 9
_HEADER_EMOJI = Lazy(r"^(?P<head>[^\W\d_][^\n\U0001F000-\U0001FAFF\u2600-\u27BF]{0,40}?)\s+[\U0001F000-\U0001FAFF\u2600-\u27BF]"
                     r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*\s+(?P<rest>\S.*)$", re.DOTALL)
_HEADER_DASH = Lazy(r"^(?P<head>[^-—–]{1,40}?)\s*(?:[—–]+|(?<=\s)--?|--?(?=\s))\s*(?P<rest>.*)$", re.DOTALL)  # not "Backup-Skript"


_HEADER_COMMA = Lazy(r"^(?P<head>[^,，:：\n]{1,40}?)\s*[,，]\s*(?P<rest>\S.*)$", re.DOTALL)
_META_VERBS = lexicon.phrases("meta_verbs")
_SOFTENERS = lexicon.phrases("softeners")
_CJK_PART = Lazy(r"[\s，、。！？!?\U0001F000-\U0001FAFF\u2600-\u27BF]+")


def announced(head: str) -> int:
    """The number of items a header announces ("two things", "3 cosas", "两件事", "2つ"), else 0:
    a number with a header word, no verb, and nothing else but a few filler words."""
    if has_cjk(head) and (last := _CJK_PART.split(head.strip())[-1]):
        head = last  # "今日は予約ぎっしり😵 3つだけお願い": a remark set apart before the count is none of it
    words = [word for word in Tokens(head[:80]).words if any(ch.isalnum() for ch in word)]
    while len(words) > 6 and not has_cjk(head) and (words[-1] in lexicon.TIME_PHRASE_WORDS or words[-1] in OBJECT_WORDS):
        words.pop()  # "necesito dos cosas para antes del jueves": the deadline of both after the count
    if not words or len(words) > 14:  # CJK: a word a character ("三線教室の件で2つ"); a topic may come first
        return 0
    numbers = lexicon.merged("numbers")
    topic = next((index for index, word in enumerate(words) if index >= 2 and word in OBJECT_WORDS), None)
    if topic is not None and len(words) > 6 and not has_cjk(head) and (words[0].isdigit() or words[0] in numbers):
        words = words[:topic]  # "two things for the window cleaning round": the count first, its topic after it
    end = len(words) - (_SOFTENERS.ending_at(words, len(words)) if has_cjk(head) else 0)  # "3つだけお願い": the ask after it
    for index, word in enumerate(words):
        count = int(word) if word.isascii() and word.isdigit() else numbers.get(word, 0)
        if len(words) > 6 and index + 3 < len(words) and not (end < len(words) and _counted_near(words, index, end)):
            continue  # a longer head announces only at its end ("三線教室の件で2つ", "per il corso di … mi servono due cose")
        if 2 <= count <= _MAX_COUNT and any(other in lexicon.HEADER for other in words[index + 1:index + 3]):
            if has_cjk(head) and not has_kana(head) and starts_with_verb(head) and not _META_VERBS.find(words[:index]):
                return 0  # "买两个蛋糕", "订三个房间": a Chinese verb before the count acts on what is counted
            return 0 if not has_cjk(head) and starts_with_verb(head) and not _META_VERBS.at(words, 0) else count  # the verb check
            # last: it costs more; a meta verb ("faz 3 coisas pra mim", "fais 3 trucs") asks for the items, it is no task
    return 0


def _counted_near(words: list[str], index: int, end: int) -> bool:
    """CJK, a request word ending the head: the count's header word comes within three tokens of it
    ("今日は忙しい 3つだけお願い": "つ", then "だけ")."""
    return any(words[at] in lexicon.HEADER and at + 3 >= end for at in range(index + 1, min(index + 3, end)))


def _frames(words: list[str]) -> bool:
    """A framing word other than a request opener ("任务", "待办"; not the "帮我" of "帮我建个文件")."""
    found = lexicon.FRAMING.find(words)
    return bool(found) and lexicon.REQUEST.at(words, found[0]) < found[1]


def is_header(head: str, rest: str = "") -> bool:
    """Whether ``head`` before a colon only introduces ``rest`` (what follows the colon, when known)."""
    words = head.split()
    if not words or len(words) > 10 and not (len(words) <= 14 and announced(head)):
        return False  # a count makes a longer head a header: "for the lace workshop in Burano I need two things:"
    if rest and not starts_with_verb(rest) and _a_timed_request(head):
        return False  # "tomorrow morning text Ana the quote:", "明天一早给李姐发报价：": the colon opens what to send
    return has_header_word(head) or not starts_with_verb(head) or len(words) == 1 or frames_a_task(head)


def _a_timed_request(head: str) -> bool:
    """A time phrase, then a request with a verb and its object and no header word: "mañana temprano mándale
    a Ana el presupuesto", "明天一早给李姐发报价" (a CJK head is one "word" of the split, so that rule is none);
    with no request after the colon, what follows it is that request's content."""
    tokens = Tokens(head[:120])
    words = tokens.words
    at = next((index for index, word in enumerate(words) if not (is_time_word(word) or word in _BREAKS)), len(words))
    if has_cjk(head):
        return len(words) > 3 and starts_with_verb(head) and not any(word in lexicon.HEADER and len(word) > 1 for word in words) \
            and not announced(head) and not _frames(words) and not frames_a_task(head)  # "建个文件": a counter, no count
    return 0 < at and len(words) - at >= 3 and starts_with_verb(tokens.rest(at)) \
        and not any(word in lexicon.HEADER for word in words[at:]) and not lexicon.FRAMING.find(words[at:])


OBJECT_WORDS = frozenset(word for lang in lexicon.LANGUAGES for word in lang.object_cues.split("|") if " " not in word and not is_cjk(word[:1]))


def is_action(text: str) -> bool:
    """A preamble sentence that is itself work, not an introduction ("Research X first, then:")."""
    if text.rstrip().endswith((":", "：")) or not starts_with_verb(text):
        return False
    core = text.rstrip(" 。.!！")
    if any("\u3040" <= char <= "\u309f" for char in core) and core and not "\u3040" <= core[-1] <= "\u309f":
        return False  # "運動会の準備" before a list: a Japanese title ends in a noun, a request in a verb's kana
    words = text.split()
    cue = next((index for index, word in enumerate(words) if index and word.lower() in OBJECT_WORDS), len(words))
    head = words[:cue] if len(words) - cue <= 6 else words  # "can you sort these for the rescue boat" + a list
    return len(head) > 6 or not has_header_word(" ".join(head))


def work_before_frame(head: str) -> str:
    """"réserve la salle, et ajoute aussi :", "manda …, e adiciona:": a request before the short frame that ends a
    colon's head is a task of its own, the frame introduces only what follows; "" when the head only introduces."""
    cut = max(head.rfind(mark) for mark in ",;，；")
    before, frame = head[:cut].strip(), head[cut + 1:]
    last = before[max(before.rfind(mark) for mark in ",;，；") + 1:].strip()
    other = cut > 0 and _other_matter_frame(frame)
    if cut <= 0 or not other and (len(frame.split()) > 4 or not (lexicon.FRAMING.find(Tokens(frame).words) or _a_lone_verb(frame))):
        return ""
    return before if is_action(last) or other and _asks(before) else ""


def other_matter(head: str) -> bool:
    """"guck mal, wann …, und dann noch was ganz anderes:", "帮我找…，然后还有个不相关的：": a request, then a frame that
    announces an unrelated one; a head of any length, the colon's rest is that other request."""
    cut = max(head.rfind(mark) for mark in ",;，；")
    return cut > 0 and _other_matter_frame(head[cut + 1:]) and _asks(head[:cut].strip())


def _asks(text: str) -> bool:
    trimmed = trim(text)
    return is_action(text) or trimmed.requested and starts_with_verb(trimmed.core)  # "帮我找个…"


def _other_matter_frame(frame: str) -> bool:
    """"and then something else", "然后还有个不相关的": joining words, then a phrase announcing another matter."""
    words, at = Tokens(frame).words, 0
    while at < len(words):
        if lexicon.OTHER_MATTER.at(words, at) == len(words) - at:
            return True
        joining = lexicon.CONJ.at(words, at) or lexicon.SEQ["then"].at(words, at) or lexicon.SEQ["also"].at(words, at)
        if not joining:
            return False
        at += joining
    return False


def _a_lone_verb(frame: str) -> bool:
    """"…, and add:", "…, y además pon:": a verb alone after its joining words frames what the colon brings."""
    words = Tokens(frame).words
    at = 0
    while at < len(words) and (joining := lexicon.CONJ.at(words, at) or lexicon.SEQ["also"].at(words, at)):
        at += joining
    return at > 0 and len(words) == at + 1 and lexicon.is_verb(words[at])


_TIME_UNITS = frozenset(lexicon.merged("time_units"))


def has_header_word(text: str) -> bool:
    """"these", "two things", "hoy": a word that introduces items; not a count of time ("tra due ore", "in two
    days"): a number before a time unit says when, it announces nothing."""
    words = Tokens(text).words
    return any(word in lexicon.HEADER and (at + 1 == len(words) or words[at + 1] not in _TIME_UNITS)
               for at, word in enumerate(words)) or bool(lexicon.FRAMING.find(words))


def dash_header(sentence: str) -> re.Match | None:
    """"two things — …", "两件事——…": a count announced before a dash, matched like "Header: rest"."""
    if "-" not in sentence and "—" not in sentence and "–" not in sentence:
        return None
    dashed = _HEADER_DASH.match(sentence)
    return dashed if dashed and (announced(dashed.group("head")) or _for_whom(dashed)) else None


def comma_header(sentence: str) -> re.Match | None:
    """"两件事，一是…", "two things, compare … and …", "zwei Sachen, …": a count announced alone before a
    comma frames what follows like a colon."""
    commaed = _HEADER_COMMA.match(sentence) if "," in sentence or "，" in sentence else None
    return commaed if commaed and announced(commaed.group("head")) else None


def _for_whom(dashed: re.Match) -> bool:
    """"for Mrs Pritchard next door — pick up …", "para mi madre — pide …": a few words after a for-word, then a
    request, is who or what the requests are for, like "for the boss: …" (the for-words: answer_leads)."""
    head = dashed.group("head").split()
    return 2 <= len(head) <= 6 and head[0].lower() in lexicon.ANSWER_LEADS and not has_cjk(dashed.group("head")) \
        and starts_with_verb(dashed.group("rest"))


def emoji_header(sentence: str) -> re.Match | None:
    """"brechó 👗 cria o anúncio …", "tabaccheria 🚬 cerca …": a topic of a few words, an emoji, then a
    request; the emoji sets the topic apart like a colon ("brechó: cria …")."""
    dashed = _HEADER_EMOJI.match(sentence) if len(sentence) > 4 else None
    if dashed and announced(dashed.group("head")):
        return dashed  # "faz 3 coisas pra mim 🙏 acha …": a count announced before the emoji
    if not dashed or len(dashed.group("head").split()) > 4 or has_cjk(dashed.group("head")) or starts_with_verb(dashed.group("head")):
        return None  # "輪島塗のお椀 🍵 修理できる工房を探して": verb last, what comes first is the object
    return dashed if starts_with_verb(dashed.group("rest")) else None


def cut_to(items: list, count: int) -> list:
    """Cut items at a top-level comma or joining word ("… und …", "… e …") until ``count`` items
    are there; an item with no such join stays whole."""
    out = list(items)
    while len(out) < count:
        for position, item in enumerate(out):
            parts = _halves(item.text)
            if parts:
                first, second = (type(item)(part, item.cue if n == 0 else "", item.listed, item.framed) for n, part in enumerate(parts))
                first.context = second.context = item.context
                out[position:position + 1] = [first, second]
                break
        else:
            break
    return out


def _halves(text: str) -> tuple[str, str] | None:
    """The text cut at its first comma or joining word with two or more words on each side."""
    tokens = Tokens(text)
    words = tokens.words
    for index in range(2, len(words) - 1):
        length = 1 if words[index] in _BREAKS else lexicon.CONJ.at(words, index)
        if not length:
            continue
        after = index + length + lexicon.CONJ.at(words, index + length)
        if len(words) - after >= 2:
            return tokens.text[:tokens.starts[index]].strip(), tokens.text[tokens.starts[after]:].strip()
    return None

def verb_list(tokens: Tokens) -> list[str] | None:
    """"groceries (eggs, milk), pick up the package, and call the vet": a comma list whose items are
    mostly actions, though the first is only a noun. Split at every top-level comma/semicolon."""
    words, depth, cuts = tokens.words, 0, []
    for index, word in enumerate(words):
        depth += (word in "([{（【") - (word in ")]}）】") if len(word) == 1 else 0  # full-width brackets too: "（Lサイズ、…）"
        if depth == 0 and word in _BREAKS:
            cuts.append(index)
    if len(cuts) < 1 or len(cuts) > 40:
        return None
    bounds = [-1] + cuts + [len(words)]
    segments = []
    for begin, end in zip(bounds, bounds[1:]):
        start = begin + 1
        start += lexicon.CONJ.at(words, start)
        if start < end:
            segments.append((start, end))
    if len(segments) < 3 or starts_with_verb(tokens.text[tokens.starts[segments[0][0]]:tokens.ends[segments[0][1] - 1]]):
        return None
    texts = [tokens.text[tokens.starts[s]:tokens.ends[e - 1]] for s, e in segments]
    first_end = segments[0][1]
    if "\u3040" <= texts[0][-1:] <= "\u309f" and not (lexicon.VERB_PHRASES.ending_at(words, first_end)
                                                       or lexicon.REQUEST_END.ending_at(words, first_end)):
        return None  # "サロン用に、…を書いて、…": a Japanese entry ends in a noun; one in a particle frames what follows
    verbal = [starts_with_verb(text) for text in texts]
    if sum(verbal[1:]) < 2:
        return None
    for (start, end), is_verb in zip(segments, verbal):
        if is_verb:
            continue
        named = [w for w in words[start:end] if w[:1].isalnum()]
        if (len(named) > 10 or any(w in lexicon.PRONOUN_SUBJECTS for w in named) or all(is_time_word(w) for w in named)
                or lexicon.CLAUSE_OPENERS.at(words, start) or any(t.at(words, start) for t in lexicon.SEQ.values())
                or clause.waits_for_a_task(words[start:end]) or clause.statement(texts[segments.index((start, end))])
                or _greeting_only(words[start:end])):
            return None  # a clause with its own subject ("I think we bought it …", "Paul braucht Hausschuhe"), a time
            # phrase, the task waited for ("等T-127完成以后，给…，把…告诉他") or an opener ("allora, …"), not a list entry
    return texts


def _greeting_only(words: list[str]) -> bool:
    """"allora", "bueno", "ok alors": a segment of only openers before the comma is no list entry; the
    sentence's clauses are cut as prose then, and the opener goes with the clause it opens."""
    at = 0
    while at < len(words) and (length := lexicon.GREETINGS.at(words, at)):
        at += length
    return bool(words) and at == len(words)


def another_need(left: str, right: str) -> bool:
    """"I need a summary of X, plus an expenses sheet in tax.xlsx", "preciso de um resumo …, e também
    de uma planilha …": after a request for a thing (also one after a date: "by Wednesday I need …"),
    "also" and a noun phrase name a second thing."""
    needed = trim(left)
    words, before = right.split(), left[:max(0, left.find(needed.core))].split()[-1:]
    elided = bool(before) and ("'" in before[0] or "’" in before[0])  # "besoin d'un résumé": a noun, not the verb "résume"
    return (needed.requested or clause.dated_need(left)) and (elided or not starts_with_verb(needed.core)) and len(words) >= 3 and not lexicon.is_verb(words[0].lower())
