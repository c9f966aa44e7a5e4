"""Round 26, part c (holdout22/23's misses in German and Italian)."""

import pytest

from parsing import parse_at_now


# ---- a now-word before the verb ("jetzt such mir …", "intanto cercami …") still opens a task
@pytest.mark.parametrize("text", [
    "jetzt such mir eine Physiotherapeutin in Bochum",
    "inzwischen reservier einen Tisch beim Italiener für Freitag",
    "adesso cercami un idraulico a Monza",
    "intanto prenota il treno per Bologna",
    "meanwhile find me a plumber in Leeds",
])
def test_a_now_word_before_the_verb(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "cosa è in sospeso? e intanto cercami un idraulico a Monza",
    "was ist noch offen? und inzwischen such mir eine Physiotherapeutin in Bochum",
])
def test_a_status_question_then_a_now_task(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "jetzt gerade nicht, danke",
    "adesso basta così, grazie",
])
def test_a_now_word_alone_opens_nothing(text):
    assert parse_at_now(text)["tasks"] == []
