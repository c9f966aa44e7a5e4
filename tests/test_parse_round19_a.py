"""Round 19 part A (holdout13's misses in en, es, de, zh): a written message to a person named
after a title, before "about"/"wegen" or a which-question, or in the dative before a verb-final
"schreiben"; a sequencer right after the verb ("schreib dann Jutta …") that makes the step wait."""

import pytest

from parsing import parse_at_now


def _types(text: str) -> list[str]:
    return [task["type"] for task in parse_at_now(text)["tasks"]]


# ---- a write verb whose object is a person: a message, not a document
@pytest.mark.parametrize("text", [
    "schreib Herrn Pichler lieber",                        # a title, then a name
    "schreib Korbinian wegen dem Kranwagen",               # the name, then what it is about
    "write Tom about the party",
    "schreib Jutta welches am billigsten ist",             # the name, then a which-question
    "schreib danach Detlef den Termin",                    # a sequencer between the verb and the name
    "escribe luego a Marta",
    "scrivi poi a Marco",
    "seiner Mutter schreiben",                             # verb-final, a person in the dative before it
    "dem Vermieter schreiben",
])
def test_a_write_verb_to_a_person_is_messaging(text):
    assert _types(text) == ["messaging"]


@pytest.mark.parametrize("text", [
    "schreib einen Bericht über den Umsatz",
    "schreib dann einen Bericht",
    "einen Brief schreiben",
    "an dem Bericht schreiben",
])
def test_a_write_verb_with_a_thing_stays_a_document(text):
    assert _types(text) == ["file-creation"]


# ---- a "then" right after the second item's verb: it waits for the first
@pytest.mark.parametrize("text", [
    "such einen Elektriker und schreib danach Detlef den Termin",
    "such drei Angebote und schreib dann Jutta welches am billigsten ist",
    "trouve un électricien et appelle ensuite Paul",
    "busca un electricista y escribe luego a Marta",
    "cerca un elettricista e scrivi poi a Marco",
])
def test_a_then_after_the_verb_is_a_dependency(text):
    doc = parse_at_now(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], [0]]


@pytest.mark.parametrize("text", [
    "such einen Elektriker und schreib Detlef den Termin",
    "busca un electricista y escribe a Marta",
])
def test_no_then_no_dependency(text):
    doc = parse_at_now(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], []]
