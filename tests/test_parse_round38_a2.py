"""Round 38, part A2 (mode and commands): katakana control verbs typed with a look-alike kana
("キャソセル": ソ for ン), a Japanese-only slip."""

import pytest

from parsing import commands_of, parse_at_now

# --- "T-31はキャソセルで": ソ and ン differ by a stroke's slant only --------------------------------------


@pytest.mark.parametrize("text, verb", [
    ("T-44はキャソセルで", "cancel"),
    ("T-44をキャソセルしてください", "cancel"),
    ("T-44キャソセル", "cancel"),
])
def test_a_look_alike_kana_in_a_control_verb_is_read(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ["T-44"], None)], doc
    assert doc["mode"] == "intake" and doc["tasks"] == [] and not doc["unsure"], doc


def test_a_look_alike_kana_outside_a_control_verb_is_left():
    doc = parse_at_now("ソファの写真をまとめて")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc
