"""Phrase tables read their specs the way the tokenizer cuts a message.

A word that ends in an apostrophe ("di'", "fa'", "un po'", "pe'") is two tokens in a message (the
word, then "'"), so a spec that wrote it as people do could never match: the Italian "di' a
Tommaso …" was a lookup, not a message.
"""
import pytest

from task_runner.parse import parse_message
from task_runner.parse.phrases import Phrases, Tokens


def _matched(spec: str, text: str) -> int:
    return Phrases(spec).at(Tokens(text).words, 0)


@pytest.mark.parametrize("spec, text, length", [
    ("di' a", "di' a Tommaso che arrivo", 3),          # di ' a
    ("di' a", "di’ a Tommaso che arrivo", 3),          # the typographic apostrophe too
    ("vedi un po' tu", "vedi un po' tu come fare", 5),
    ("per|pe'", "pe' domani", 2),
    ("fa'?|fai", "fa' una ricerca", 2),                 # optional: both of its tokens
    ("l'ordine", "l'ordine del giorno", 1),            # an elision inside a word stays one token
    ("di'", "di Tommaso", 0),                          # "di" alone is not "di'"
])
def test_a_spec_word_ending_in_an_apostrophe_matches_as_the_message_is_cut(spec, text, length):
    assert _matched(spec, text) == length


def test_the_table_ending_with_an_apostrophe_is_found_from_its_end():
    words = Tokens("ci vediamo pe'").words
    assert Phrases("per|pe'").ending_at(words, len(words)) == 2


@pytest.mark.parametrize("message", [
    "🎺 jazz:\n• crea la scaletta in scaletta.txt\n• di' a Tommaso che il palco B è confermato",
    "1. crea la scaletta in scaletta.txt\n2. di’ a Ginevra che la prova è alle 18",
])
def test_an_italian_di_apostrophe_a_item_is_a_message(message):
    tasks = parse_message(message)["tasks"]
    assert [task["type"] for task in tasks] == ["file-creation", "messaging"]
