"""Round 41, part A (mode, status, commands): a selector said first, as a free relative clause
("whatever's failed", "lo que esté bloqueado", "alles, was blockiert ist"), then the control verb
with the selector taken up again by a pronoun or "all" ("retry them", "vuelve a intentarlo todo")."""

import pytest

from parsing import commands_of, parse_at_now

# --- "whatever's blocked right now, retry them": the selector first, the verb after its comma ------------


@pytest.mark.parametrize("text", [
    "whatever's blocked right now, retry them",
    "everything that is blocked, retry the lot",
    "alles, was blockiert ist, bitte nochmal versuchen",
    "alles, was hängt, nochmal versuchen",
    "lo que esté bloqueado, vuelve a intentarlo todo",
    "ce qui est bloqué, réessaie tout",
    "quello che è bloccato, riprova tutto",
    "o que está bloqueado, tenta de novo",
    "ブロックされてるのは、全部リトライして",
])
def test_a_selector_said_first_then_the_verb_retries_it(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and doc["status"] is False, doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


@pytest.mark.parametrize("text", [
    "whatever you need, send it to me",
    "alles, was du brauchst, schick mir",
    "lo que necesites, mándamelo",
])
def test_a_free_relative_without_a_state_is_no_selector(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [], doc
