"""The line around a pasted list that only asks to take its items: no task of its own.

"copied this out of my notes app, can you take care of the ones that aren't ticked", "here's the
rota, can you set these up as recurring reminders", "kannst du die offenen Punkte übernehmen?",
"kannst du mir das als wiederkehrende Aufgaben anlegen?": a verb that takes the items as they are
(list_takers, or a meta verb: "do", "handle"), words that point at the items (list_refs, or meta
objects: "the ones", "these", "die offenen Punkte"), and nothing else but words that say which of
them or how to keep them (list_ask_words: "that aren't ticked", "as recurring reminders").

A line that names anything more is work of its own and stays: "email the ones that aren't ticked
to Marta", "order this lot on Tesco" (one ask over the list), "put these in my calendar".
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import starts_with_verb
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, has_cjk

_TAKER_TABLES = (lexicon.phrases("list_takers"), lexicon.phrases("meta_verbs"))
_POINTERS = (lexicon.phrases("list_refs"), lexicon.phrases("meta_objects"))
_FILLERS = lexicon.word_set("list_ask_words") | lexicon.word_set("meta_tail") | lexicon.DETERMINERS | lexicon.HEADER
_NUMBERS = frozenset(lexicon.merged("numbers"))
_MAX_WORDS = 16
_ORDER = lexicon.phrases("order_heads")
_ASIDE = Lazy(r"[(（]([^()（）]{0,80})[)）]")


def _aside(found) -> str:
    """"can you queue these (not the first one obvs)": an aside in brackets that asks for nothing is
    which of the items, no work; one that opens with a verb ("(and book the MOT)") stays."""
    inside = found.group(1).strip()
    return found.group(0) if starts_with_verb(inside) or lexicon.CONJ.at(Tokens(inside).words, 0) else " "


def takes_the_list(core: str, above: bool = False) -> bool:
    """Whether a line outside a pasted list (its request opener trimmed) only asks to take the list's items;
    ``above`` the list, also a line that only says how or by when to take them (``heads_the_list``)."""
    words = [word for word in Tokens(_ASIDE.sub(_aside, core[:200])).words if any(ch.isalnum() for ch in word)]
    if not words or len(words) > _MAX_WORDS:
        return False
    if above and heads_the_list(words):
        return True
    taken = pointed = False
    at = 0
    while at < len(words):
        verb = 0 if taken else max(table.at(words, at) for table in _TAKER_TABLES)
        pointer = max(table.at(words, at) for table in _POINTERS)
        if verb >= pointer and verb:
            taken, at = True, at + verb
        elif pointer:
            pointed, at = True, at + pointer
        elif words[at].isdigit() or words[at] in _NUMBERS:  # "pode colocar os três na fila", "queue all three"
            pointed, at = True, at + 1
        elif words[at] in _FILLERS:
            at += 1
        else:
            return False
    return taken and pointed


def heads_the_list(words: list[str]) -> bool:
    """"in order", "der Reihe nach", "順番にお願いします", "今週中にお願い" above a list: an order word alone
    (order_heads), or a time phrase alone with a request end after it ("お願い" is the request itself in
    Japanese, so it is no polite tail trimmed off), says how or by when to take the items; the time is theirs
    (tasks.py reads it from the line as their context). "レポートの添削お願い" above its points names work and stays."""
    end = len(words) - lexicon.REQUEST_END.ending_at(words, len(words))
    if end and _ORDER.at(words, 0) == end:
        return True
    if end == len(words) or not end or not has_cjk("".join(words[:end])):
        return False  # "by Friday please" lost its "please" to the trim already; "by Friday" alone is no ask
    from task_runner.parse import schedule

    found = schedule.find("".join(words[:end]), schedule.clock())
    return bool(found and found.due and not found.cron) and "".join(found.phrase).replace(" ", "") == "".join(words[:end])


def has_open_boxes(text: str) -> bool:
    """"- [ ] ask the landlord …\n☐ …": a pasted checklist with open boxes. They are work to do, no story
    ("…\nkannst du auch …?"), and what is left or missing is what is left of it, not of the queue
    ("…☐ rentar 40 sillas\nme ayudas con lo que falta?")."""
    from task_runner.parse.lists import mark

    return any((found := mark(line)) and found.body and (found.kind == "open" or found.kind == "box" and not found.done)
               for line in text.split("\n")[:200] if "[" in line or not line[:1].isascii())
