"""Round 6 (before holdout5): general rules for classes of misses, each in every language it applies to."""

from datetime import datetime, timezone

import pytest

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def _parse(text):
    return parse_message(text, now=NOW)


# ---- a count announced before a dash frames the list, as before a colon ("two things — …")

@pytest.mark.parametrize("text", [
    "two things — check if my passport is still valid, and text Tomasz the wifi password",
    "zwei Dinge — prüf meinen Reisepass und schreib Tom eine Nachricht wegen dem WLAN",
    "deux choses — vérifie mon passeport, et écris à Tom le mot de passe wifi",
    "dos cosas — revisa mi pasaporte, y escríbele a Tom la contraseña del wifi",
    "duas coisas — verifica meu passaporte, e manda pro Tom a senha do wifi",
    "due cose — controlla il passaporto, e scrivi a Tom la password del wifi",
    "两件事——查一下我的护照，还有跟老刘说一声聚餐改到周日",
    "three things - check my passport, text Tom the wifi password, book a haircut",
])
def test_a_count_before_a_dash_is_no_task(text):
    doc = _parse(text)
    expected = 3 if text.startswith("three") else 2
    assert len(doc["tasks"]) == expected, [t["description"] for t in doc["tasks"]]
    assert not any(t["description"].lower().startswith(("two", "zwei", "deux", "dos", "duas", "due", "两", "three"))
                   for t in doc["tasks"])


def test_a_dash_after_a_verb_is_no_header():
    doc = _parse("book the goods lift - the building manager says it is free on Friday")
    assert doc["tasks"] and doc["tasks"][0]["description"].startswith("book")
