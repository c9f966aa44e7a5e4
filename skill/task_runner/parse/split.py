"""Splitting a (masked) message body into action items.

Explicit structure wins: line lists (numbers, letters, roman numerals, bullets, checkboxes),
then inline numbered lists ("1. X 2. Y"), then prose: sentences, then clauses joined by
sequencers ("then", "also", "finally") or by "and"/commas *only* when what follows is a new
imperative verb clause. That last condition is what keeps noun phrases whole ("compare Notion,
Coda and Airtable", "salt and pepper grinders") while "look it up and text it to my wife" is two.
"""

import re

from task_runner.parse import clause, corrections, headings, lexicon, lists, owners, steps, tables, whole_list
from task_runner.parse.brackets import enclosed, may_hold
from task_runner.parse.clean import is_time_word, starts_with_verb, trim, without_you
from task_runner.parse.cuts import BREAKS, cut_cue, may_start_clause
from task_runner.parse.done_items import is_done
from task_runner.parse.list_asks import takes_the_list
from task_runner.parse.lists import BARE_NUMBER, INLINE_NUMBER, inline_number, mark
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, a_not_a, has_cjk, is_cjk, kanji_word_head
from task_runner.parse.statement_first import is_statement, joined_to_statement, statement_fix, statements_are_why


class Item:
    """One action item: masked text, how it was introduced, whether it came from a list."""

    __slots__ = ("text", "cue", "listed", "framed", "context", "joined", "details", "pasted")

    def __init__(self, text: str, cue: str = "", listed: bool = False, framed: bool = False):
        self.text, self.cue, self.listed, self.framed = text.strip(), cue, listed, framed
        self.context, self.joined = "", False  # the "Header:" dropped before it; a later clause of one sentence
        self.details = ""  # " (needs 9 seats; …)": its sub-bullets, appended to the text
        self.pasted = False  # its details are a pasted list it acts on (whole_list.py): their dates are not its own

    def __repr__(self) -> str:  # for test failure messages
        return f"Item({self.text!r}, cue={self.cue!r}, listed={self.listed})"


_INLINE_LETTER = Lazy(r"(?:(?<=\s)|^|(?<=[:：，；。、]))\(?([a-z]|[ivx]{1,4})\)(?=\s)|(?:(?<=\s)|^|(?<=[:：，；。、]))([a-z]|[ivx]{1,4})\.(?=\s)", re.IGNORECASE)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_SENTENCE = Lazy(r"(?<=[.!?;…])\s+|(?<=[。！？；])|\n+")
_SENTENCE_MARKS = ".!?;…。！？；\n"  # without one, a text is one sentence
_HEADER_COLON = Lazy(r"^(?P<head>[^:：]{0,120}?)[:：](?!\d)\s*(?P<rest>.*)$", re.DOTALL)
_BLOCK_LINE = Lazy(r"\n\s*(\ue000\d+\ue001)\s*(?=\n|$)")
_DASH = Lazy(r"\s+(?:[—–]|--)\s+|\s+-\s+(?=(?P<next>[\w'-]+))")
_EMPHASIS = Lazy(r"(?P<mark>\*\*|__|(?<![\w*])\*|(?<![\w_])_)(?=\S)(?P<body>[^\n]{0,300}?\S)(?P=mark)(?![\w*])")
_WINDOW = 200


def split_body(text: str) -> list[Item]:
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\g<body>", text)  # **bold**, __bold__, *em*, _em_: keep the words
    text = tables.without_headers(text)  # "Nome | Valor | Pago?": a table's column names are no task
    own = owners.own_items(text)  # pasted minutes: only the user's own action items, each a point of its own
    if own:
        items = _from_lines(own.split("\n"), [mark(line) for line in own.split("\n")], {})
        for item in items:
            item.cue = "also"
        return items
    lines, times = headings.blank_headings(text.split("\n"))  # "## Monday", "【买菜】", "Week 2:": they group items, are none
    marks = [mark(line) for line in lines]
    marked = [m for m in marks if m and m.body]
    if len(marked) >= 2 or any(m.kind in ("box", "open", "bullet") for m in marked):
        ask = whole_list.one_ask(lines, marks)
        return _one_ask(ask) if ask else _from_lines(lines, marks, times)
    inline = _inline_numbered(text) if _may_be_numbered(text) else None
    return inline if inline is not None else prose(text)


def _one_ask(ask: whole_list.OneAsk) -> list[Item]:
    """The ask over the list, one item with the list for its details; work around them read as prose."""
    item = Item(ask.ask.rstrip(" :：?？"))
    item.details, item.pasted = ask.details, True
    item.text += item.details
    head = [piece for piece in prose("\n".join(ask.before)) if lists.is_action(piece.text)]
    return head + [item] + prose("\n".join(ask.after))


def _may_be_numbered(text: str) -> bool:
    """Whether _inline_numbered can find a list: "1.", "a)", "1、" need one of ".)、", "①" is a
    circled number, and bare numbers ("1 llamar … 2 pedir …") need three digits."""
    return "." in text or ")" in text or "）" in text or "、" in text or lists.has_circled(text) or sum(char.isdigit() for char in text[:2000]) >= 3


def _from_lines(lines: list[str], marks: list, times: dict[int, str]) -> list[Item]:
    has_open_boxes = any(m and (m.kind == "open" or (m.kind == "box" and not m.done)) for m in marks)
    items: list[Item] = []
    before, after = [], []
    current = None  # the item continuation lines attach to; False after a ticked box
    parent, parent_indent, details = None, 0, {}  # sub-bullets: requirements of the item above
    heading, under = None, {}  # the time a heading names, for the items below it ("### Antes del 10 de enero")
    for number, (line, marker) in enumerate(zip(lines, marks)):
        heading = (times[number] or None) if number in times else heading
        if marker:
            struck = marker.body.startswith("~~") and marker.body.endswith("~~")
            if marker.done or struck or (marker.kind == "tick" and has_open_boxes) or marker.body and is_done(marker.body):
                current = False
                continue
            body = marker.body
            indent = _indent(line)
            if not items and body and indent and before and lists.is_action(before[-1]) and not before[-1].rstrip().endswith((":", "：")):
                details.setdefault("before", [len(before)]).append(body)  # "write the schedule …\n  • 3x3 in the morning": the line's requirements
                continue
            if parent is not None and body and indent > parent_indent and not parent.text.rstrip().endswith((":", "：")):
                details.setdefault(id(parent), []).append(body)  # "  - must be electric" belongs to its parent
                current = None
                continue
            current = Item(body, listed=True) if body else None
            if current:
                items.append(current)
                under[id(current)] = heading
                parent, parent_indent = current, indent
        elif not line.strip():
            current = None
        elif current is False:
            continue
        elif current is not None and not after and not lexicon.SEQ["then"].at(Tokens(line.strip()[:40]).words, 0) \
                and not _asks_after_the_list(line):
            current.text += " " + line.strip()  # a continuation, unless it opens a step of its own ("then send it to …")
        elif not items:
            before.append(line)
        else:
            after.append(line)
    for item in items:
        if id(item) in details:
            item.details = " (" + "; ".join(detail.rstrip(" .;,") for detail in details[id(item)]) + ")"
            item.text += item.details
    preamble = "\n".join(before)
    cut, *above = details.get("before", [len(before)])
    head = [item for item in prose("\n".join(before[:cut])) if lists.is_action(item.text) and not item.text.rstrip().endswith((":", "："))
            and not takes_the_list(trim(item.text).core, above=True)]
    if head and above:
        head[-1].details = " (" + "; ".join(detail.rstrip(" .;,") for detail in above) + ")"
        head[-1].text += head[-1].details
    head += [item for item in prose("\n".join(before[cut:])) if lists.is_action(item.text)] if cut < len(before) else []
    for item in items:
        item.context = under.get(id(item)) or preamble.strip()[-300:]  # "by Friday, please:" / "queue these after T-10:"
    return head + items + [item for item in prose("\n".join(after)) if not (items and takes_the_list(trim(item.text).core))]


def _asks_after_the_list(line: str) -> bool:
    """"…\ncan you queue the unticked ones?", "…\nkannst du mir das anlegen?": a line below the list that asks
    (a request opener, or only the ask to take the items) opens a sentence of its own, no continuation."""
    trimmed = trim(line)
    return not _indent(line) and bool(trimmed.requested and lexicon.REQUEST.at(Tokens(line.strip()[:60]).words, 0)) \
        or takes_the_list(trimmed.core)


def _indent(line: str) -> int:
    """Columns of leading white space (a tab counts four, a full-width space two)."""
    stripped = line.lstrip(" \t\u3000")
    return len(line[:len(line) - len(stripped)].replace("\t", "    ").replace("\u3000", "  "))


def _inline_numbered(text: str) -> list[Item] | None:
    """"1. X 2. Y", "(1) X (2) Y", "a) X b) Y", "i) X ii) Y" on one line, in sequence."""
    cuts = _sequence(INLINE_NUMBER, text, inline_number, 1)
    if len(cuts) < 2 and sum(char.isdigit() for char in text[:2000]) >= 3:
        bare = _sequence(BARE_NUMBER, text, lambda m: int(m.group(1)) if lexicon.is_verb(m.group(2).lower()) or is_cjk(m.group(2)[:1]) else 0, 1)
        cuts = bare if len(bare) >= 3 else cuts
    if len(cuts) < 2:
        label = lambda m: (m.group(1) or m.group(2)).lower()  # noqa: E731
        roman = _sequence(_INLINE_LETTER, text, lambda m: _ROMAN.index(label(m)) + 1 if label(m) in _ROMAN else 0, 1)
        letters = _sequence(_INLINE_LETTER, text, lambda m: ord(label(m)) - 96 if len(label(m)) == 1 else 0, 1)
        cuts = max(roman, letters, key=len)
    if len(cuts) < 2:
        return None
    preamble = text[:cuts[0].start()]
    items = [item for item in prose(preamble) if lists.is_action(item.text)]
    first_listed = len(items)
    bounds = [m.end() for m in cuts] + [len(text)]
    starts = [m.start() for m in cuts[1:]] + [len(text)]
    for begin, end in zip(bounds, starts):
        body = text[begin:end].strip().rstrip(",;")
        if body:
            items.append(Item(body, listed=True))
    for item in items[first_listed:]:
        item.context = preamble.strip()[-300:]
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
    items, announced = [], None
    text = _BLOCK_LINE.sub(r" \1", text) if "\ue000" in text else text
    sentences = _dates_kept(_SENTENCE.split(text)) if any(stop in text for stop in _SENTENCE_MARKS) else [text]
    for number, sentence in enumerate(sentences):
        sentence = sentence.strip()
        if not sentence:
            continue
        framed, context, count = False, "", 0
        fixed = None if announced else statement_fix(sentence, lambda text: _frames_joined(_clauses(text)))
        if fixed:  # "row 3 is wrong: fix it and …": the statement names the fix's object, it is no header
            items += fixed
            continue
        header = _HEADER_COLON.match(sentence) if ":" in sentence or "：" in sentence else None
        if not (header and lists.is_header(header.group("head"))):
            header = lists.dash_header(sentence) or lists.comma_header(sentence) or header  # "two things — …", "两件事，…"
        if not header:
            header = lists.emoji_header(sentence)  # "brechó 👗 cria …": the emoji as the colon
        if header and (lists.is_header(header.group("head"), header.group("rest")) or lists.other_matter(header.group("head")) or is_statement(header.group("head")) and starts_with_verb(header.group("rest"))) and not header.group("rest").startswith("\ue000"):
            context = header.group("head")  # "the train is cancelled: find a later ferry …": a statement is why, no task
            lead = lists.work_before_frame(context)
            items += _frames_joined(_clauses(lead)) if lead else []
            context = context[len(lead):].lstrip(" ,;") if lead else context
            count = lists.announced(context)
            framed = bool(count or lexicon.FRAMING.find(head := Tokens(context).words) or lexicon.NEED_FRAMES.find(head))  # "brauch ich:"
            sentence = header.group("rest").strip()
            if not sentence:
                continue
        elif labelled := steps.labelled(sentence):
            context, sentence = labelled  # "step 1 export …": the label (and a remark after it) is no work, it names the step
        elif announced:
            framed, context, count = True, announced[0], announced[1]
        announced = None
        if not header and lists.announced(sentence):  # "2つお願い。ひとつは…": the next sentence holds them
            announced = (sentence, lists.announced(sentence))
            continue
        pieces = joined_to_statement(_frames_joined(_clauses(sentence)))  # "… está errado, corrige e …"
        if count > len(pieces) and _order_goes_on(sentences[number + 1:number + 2]):
            count = 0  # "两件事：一是…，问…；二是…": the announced items go on in the next sentence, none is cut
        surplus = statements_are_why(pieces, count, framed)
        for item in lists.cut_to(pieces, count) if count > len(pieces) else pieces:
            item.framed, item.context = framed and not (surplus and is_statement(item.text)) or item.framed, context
            items.append(item)
    if announced:  # "…，再订两个房间。": a count with nothing after it announces nothing; the sentence is the request
        items += _frames_joined(_clauses(announced[0]))
    return corrections.apply(items)


def _frames_joined(pieces: list[Item]) -> list[Item]:
    """"…, et ajoute aussi : chercher …": a sequence word cut a frame word from the colon it ends with; the
    frame alone ("ajoute") is no task, it introduces the piece after it."""
    out: list[Item] = []
    for number, piece in enumerate(pieces):
        words = Tokens(trim(piece.text).core).words
        if words and lexicon.FRAMING.at(words, 0) == len(words) and pieces[number + 1:number + 2] \
                and pieces[number + 1].text.lstrip().startswith((":", "：")):
            pieces[number + 1].framed = True
            continue
        out.append(piece)
    return out


def _order_goes_on(following: list[str]) -> bool:
    """The next sentence opens with an order or joining word ("二是…", "zweitens …", "それと…", "and …"): the list goes on there."""
    words = Tokens(following[0].strip()[:40]).words if following else []
    return bool(words) and any(phrases.at(words, 0) for phrases in (*lexicon.SEQ.values(), lexicon.CONJ))


def _dates_kept(sentences: list[str]) -> list[str]:
    """"bis 30. November muss …", "am 5. noch Plätze hat": a day number with its full stop, before a month or (after "am") a lowercase word."""
    out = []
    for sentence in sentences:
        last = out[-1].split()[-2:] if out and out[-1][-2:-1].isdigit() and out[-1].endswith(".") and sentence.split() else []
        if last and (sentence.split(None, 1)[0].lower().strip(",.") in lexicon.merged("months") or len(last) == 2
                     and last[0].lower() in lexicon.word_set("time_fillers") and sentence[:1].islower()):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


def _clauses(sentence: str) -> list[Item]:
    """Cut a sentence where a sequencer, "and" or a comma starts a new imperative clause."""
    if ("-" in sentence or "—" in sentence or "–" in sentence) and not has_cjk(sentence):
        sentence = _DASH.sub(_dash, sentence)
    tokens = Tokens(sentence)
    words, count = tokens.words, len(tokens)
    listed = lists.verb_list(tokens)
    if listed:
        return _joined([Item(text, listed=True) for text in listed])
    items, start, cue = [], 0, ""
    index, aside = 0, enclosed(words) if may_hold(sentence) else frozenset()
    while index < count:
        cut = _candidate(words, index) if index not in aside else None  # "（Lサイズ、品番 …）": an aside, no clause
        if cut is None:
            index += 1
            continue
        after, kind, cond = cut
        if kind in ("comma", "conj") and cond is None and not may_start_clause(words, after):
            index += 1
            continue
        # Decisions look at a bounded window on each side, so a 20 000-character run-on sentence stays linear.
        left = sentence[tokens.starts[start]:min(tokens.starts[index], tokens.starts[start] + _WINDOW)] if index > start else ""
        right_start = cond if cond is not None else after
        if index > start and not trim(sentence[tokens.starts[start]:tokens.starts[right_start]] if right_start < count else sentence).core:
            index += 1
            continue  # "anota aí …": the joining word belongs to the opener before it
        right = tokens.rest(right_start)[:_WINDOW]
        new_cue = cut_cue(left, right, words, index, kind, cond is not None, words[index - 1] if index else "")
        if new_cue is None:
            index += 1
            continue
        items.append(Item(without_you(left) if cue in lexicon.SEQ else left, cue))
        start, cue = right_start, new_cue
        index = max(right_start, index + 1)
    tail = tokens.rest(start) if start < count else ""
    if tail.strip():
        items.append(Item(without_you(tail) if cue in lexicon.SEQ else tail, cue))
    items = [item for n, item in enumerate(items) if not (0 < n < len(items) - 1 and items[n + 1].cue == "then" and clause.done_again(item.text))]
    from task_runner.parse import runon  # run-on dictation; a message without a sentence never loads it
    return _joined([Item(text, item.cue if n == 0 else "") for item in items if item.text
                    for n, text in enumerate(runon.pieces(item.text))])


def _joined(items: list[Item]) -> list[Item]:
    for item in items[1:]:
        item.joined = True
    return items


_DAY_WORDS = lexicon.word_set("day_words")  # "todo dia primeiro": the day word between every-word and ordinal


def _candidate(words: list[str], index: int) -> tuple[int, str, int | None] | None:
    """At a possible cut: (index after the connective, its kind, index of a clause opener or None)."""
    position, kind = index, ""
    punct = words[index] in BREAKS
    if punct:
        position += 1
    conj = lexicon.CONJ.at(words, position)
    if conj:
        position += conj
        kind = "conj"
    for name, table in lexicon.SEQ.items():
        length = table.at(words, position)
        if name == "order" and not (punct or conj) and position and is_cjk(words[position][:1]) and not clause.closes_steps(words, position, length):
            continue  # "把第三季度的…": an ordinal inside a noun, not "third, …" ("…然后…最后提醒我…" is)
        if name == "order" and length and position + length < len(words) and words[position + length] in lexicon.SCHEDULE_WORDS:
            continue  # "by the end of next week", "next Friday": a time, not "next, …"
        if length and name == "also" and not (punct or conj) and position + length < len(words) \
                and (words[position + length] in _OF or lexicon.MESSAGE_THAT.at(words, position + length)):
            continue  # "alle 10 invece che alle 8", "at 10 instead of 8": a preposition, no "also"
        if length and lexicon.DEADLINE_CUES.at(words, position) > length:
            continue  # "e prima di venerdì manda …": the order word opens a deadline, it stays with its date
        if name == "order" and not (punct or conj) and (lexicon.EVERY_WORDS.ending_at(words, position) or position > 1
                                                         and words[position - 1] in _DAY_WORDS and lexicon.EVERY_WORDS.ending_at(words, position - 1)):
            continue  # "ogni primo del mese", "todo primeiro dia", "todo dia primeiro": the day of a schedule, not "first, …"
        if length and name == "then" and (punct or conj) and _condition_then_verb(words, position):
            return position, "then", position  # "e dopo che è fissato scrivi …", ", depois que terminar gera …": a
            # step after the one before, whose clause opens with its "after" condition (kept in the step's text);
            # with no break before it ("manda o convite depois que a lista estiver pronta") it is the task's own condition
        if length and not a_not_a(words, position + length) and not _clock_after(words, position + length) \
                and not (is_cjk(words[position][:1]) and (lexicon.VERB_PHRASES.at(words, position) > length  # "票还有没有", "再起動して"
                                                          or not (punct or conj) and kanji_word_head(words, position, length))):  # "再送して"
            position += length
            kind = "also" if name == "then" and clause.then_only_after_first(words, position - length, length) else name
            break
    now = lexicon.NOW.at(words, position) if (punct or kind == "conj") else 0
    while now:  # "…, and right now look up …", "y mientras tanto busca …": a request for now ("e agora já …": two)
        position, kind, now = position + now, "now", lexicon.NOW.at(words, position + now)
    while position < len(words) and (words[position] in BREAKS or kind == "then" and lexicon.SEQ["also"].at(words, position)):
        aside = 0 if words[position] in BREAKS else lexicon.SEQ["also"].at(words, position)  # "and then, totally separate
        position, kind = position + (aside or 1), "also" if aside else kind  # thing, …": an also after the then waits for nothing
    if not (punct or kind):
        return None
    opener = lexicon.CLAUSE_OPENERS.at(words, position)
    cond = position if opener and not _clock_after(words, position + opener) else None  # "and after 6pm …": a start time
    return position, kind or "comma", cond


_OF = lexicon.word_set("of_words")


def _condition_then_verb(words: list[str], index: int) -> bool:
    """"dopo che è fissato scrivi …": a clause opener longer than the then-word it starts with, then the
    condition (a word at least) and the step's verb before the next break."""
    opener = lexicon.CLAUSE_OPENERS.at(words, index)
    if opener <= lexicon.SEQ["then"].at(words, index):
        return False
    end = next((at for at in range(index, len(words)) if words[at] in BREAKS), len(words))
    return any(lexicon.is_verb(word) for word in words[index + opener + 1:end])


def _clock_after(words: list[str], index: int) -> bool:
    """"dopo le 18", "depois das 18h", "después de las 18h": a clock time after the word (and only articles or
    "of" between) makes it a start time, no "then" ("then at 6" keeps its "then")."""
    for word in words[index:index + 3]:
        if word[:1].isdecimal():
            return is_time_word(word)
        if len(word) < 2 or not (word in lexicon.DETERMINERS or word in _OF):
            return word in lexicon.MEAL_WORDS  # "después de comer", "dopo pranzo": the start after a meal, no "then"
    return False


def _dash(match: re.Match) -> str:
    """Dashes separate clauses; a plain hyphen only when a verb or a request ("- can you find …") follows ("Q3 report - final.docx" stays)."""
    if match.group("next") is None or match.group("next").lower() in lexicon.VERBS or trim(match.string[match.end():match.end() + 80]).requested:
        return ", "
    return match.group()
