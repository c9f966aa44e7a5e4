"""Numbered steps: "step 1 export …", "Schritt 2 braucht die Datei aus Schritt 1: …", "paso 3: …".

A step noun and a number at the start of a line label the item (the label is no work of its own);
elsewhere ("needs the file from step 1") the number names an earlier item, which this one waits for.
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import starts_with_verb, trim

_NOUNS = tuple(sorted(lexicon.word_set("step_nouns"), key=len, reverse=True))
_LABEL_ENDS = ".:：)）-–"


def _number_after(text: str, at: int) -> tuple[int, int] | None:
    """(the number after a step noun ending at ``at``, where it ends), or None."""
    while at < len(text) and text[at] in " \t#":
        at += 1
    end = at
    while end < len(text) and end - at < 3 and text[end].isdecimal():
        end += 1
    if end == at or end < len(text) and text[end].isalpha() and not ("\u3040" <= text[end] <= "\u9fff"):
        return None
    return int(text[at:end]), end


def label_end(sentence: str) -> int:
    """Where a leading "step N" label ends (with a colon or full stop after it), 0 where none opens the sentence."""
    low = sentence[:24].lower()
    noun = next((noun for noun in _NOUNS if low.startswith(noun)), None)
    found = _number_after(low, len(noun)) if noun else None
    if found is None:
        return 0
    end = found[1]
    while end < len(low) and low[end] in " \t":
        end += 1
    if end < len(low) and low[end] in _LABEL_ENDS:
        end += 1
    return end


def labelled(sentence: str) -> tuple[str, str] | None:
    """(the label "step N" with any remark on the step, the request after it), or None where no label opens it."""
    label = label_end(sentence) if sentence[:1].isalpha() else 0
    if not label:
        return None
    label = remark_end(sentence, label)  # "step 3 is separate, find out …": a remark on the step goes with its label
    return sentence[:label].strip(), sentence[label:].strip()


def remark_end(sentence: str, label: int) -> int:
    """After a step's label, a remark that is no request ("is separate", "ist unabhängig") up to the first
    comma, when a request follows it: where the request starts; else ``label``."""
    rest = sentence[label:label + 120]
    cut = min((rest.find(mark) for mark in ",，" if mark in rest), default=-1)
    if cut <= 0 or starts_with_verb(trim(rest[:cut]).core) or not starts_with_verb(trim(rest[cut + 1:]).core):
        return label
    return label + cut + 1


def named(text: str) -> int | None:
    """The last step number a text names ("… from step 1", "aus Schritt 1", "del paso 1"), or None."""
    low, found = text.lower(), None
    for noun in _NOUNS:
        at = low.find(noun)
        while at >= 0:
            number = _number_after(low, at + len(noun)) if at == 0 or not low[at - 1].isalpha() else None
            if number and (found is None or at > found[0]):
                found = (at, number[0])
            at = low.find(noun, at + 1)
    return found[1] if found else None
