"""A list item the user marked as needing no doing, though its box is still open or it has none.

"☐ ring the window fitter  ← did this one this morning", "2) Überweisung abholen – ne, hab ich schon",
"i. pick 40 photos … — actually scrap that one, I'll do it myself", "- book the hall (done)", "- call the
vet ✓", "- [ ] ~~buy the tablecloths~~ Giulia brings them": after a break in the item (an arrow, a
dash, a comma, a bracket) a note opens that says it is done or withdrawn (done_notes, retractions), and
at most a few words follow it that ask for nothing ("this morning", "I'll do it myself"); or the item
ends in a tick; or it opens with its words struck through. Such an item is left out like a ticked box.

A note that is no such note keeps the item: "3. order the wood, once item 1 is done" (the break is
followed by a condition, not by the note), "- the poster (done by Friday)" (a deadline after it).
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import starts_with_verb
from task_runner.parse.lists import TICKS as _TICKS
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens

_NOTES = (lexicon.phrases("done_notes"), lexicon.phrases("retractions"))
_DEADLINES = lexicon.phrases("deadline_cues")
_BREAK = Lazy(r"\s*(?:←|<-+|⟵|→|[—–]|\s-+\s|[(（,;，；:：])\s*")
_AFTER = 5  # words after the note that only add to it ("this morning", "I'll do it myself")


def is_done(body: str) -> bool:
    """Whether a list item's text marks it done or withdrawn (see the module doc)."""
    text = body.strip()
    if text[-1:] in _TICKS or text.rstrip("\ufe0f")[-1:] in _TICKS:
        return len(text.rstrip("\ufe0f")) > 1
    if text.startswith("~~") and text.find("~~", 2) > 2:
        rest = text[text.find("~~", 2) + 2:].strip(" ,;:-—–()")
        return not rest or not starts_with_verb(rest)  # "~~comprare le tovaglie~~ le porta la Giulia": why it is struck
    for found in _BREAK.finditer(text):
        if found.start() and _a_note(text[found.end():]):
            return True
    return False


def _a_note(tail: str) -> bool:
    words = [word for word in Tokens(tail[:200]).words if word not in (")", "）", ".", "!", "！", "。")]
    length = max(table.at(words, 0) for table in _NOTES) if words else 0
    if not length:
        return False
    rest = words[length:]
    while rest and rest[0] in (",", ";", "，", "-", "—", "–"):
        rest = rest[1:]
    if not rest:
        return True
    return len([word for word in rest if any(ch.isalnum() for ch in word)]) <= _AFTER and not _DEADLINES.at(rest, 0) \
        and not starts_with_verb(" ".join(rest))
