"""Round 39, part A (mode, status, commands): a selector said as a relative clause before its verb
("alles was blockiert ist …", "tutto quello che è rimasto bloccato …"), a verb with its object pronoun
attached ("réessaie-le", "relance-le"), and "have another go at" as a retry."""

import pytest

from parsing import commands_of, parse_at_now

# --- "everything that got stuck: try it again": the selector first, as a relative clause -----------------

@pytest.mark.parametrize("text", [
    "have another go at everything that is stuck",
    "take another shot at all the failed ones please",
    "todo lo que se quedó bloqueado vuelve a intentarlo",
    "alles was fehlgeschlagen ist nochmal versuchen",
    "alles was hängt bitte nochmal probieren",
    "tout ce qui a échoué, relance-le stp",
    "tout ce qui est resté bloqué, refais-le",
    "tudo o que ficou bloqueado tenta outra vez",
    "tutto quello che è rimasto bloccato rilancialo",
    "把所有卡住的都重试一下",
    "止まってるの全部リトライして",
])
def test_a_relative_selector_before_its_verb_retries_the_blocked(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


@pytest.mark.parametrize("text", [
    "alles was erledigt ist",
    "tout ce qui est bloqué me stresse",
])
def test_a_relative_selector_without_a_verb_commands_nothing(text):
    assert parse_at_now(text)["commands"] == []
