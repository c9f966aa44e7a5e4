"""Round 28, part K (holdout25's misses in en and de, and ids said aloud in all eight languages): voice dictation
writes a task id as the words people say ("task sixty five", "T dash 5", "Aufgabe zwölf", "タスク六十五")."""

import pytest

from parsing import commands_of, parse_at_now


# ---- an id said aloud: the number words after a task word, a dash said between T and its number, a CJK frame
@pytest.mark.parametrize("text, verb, ids", [
    ("please cancel task sixty five", "cancel", ["T-65"]),
    ("retry task twenty-three", "retry", ["T-23"]),
    ("skip T dash 5", "skip", ["T-05"]),
    ("T hyphen forty two is done", "done", ["T-42"]),
    ("brich Aufgabe zwölf ab", "cancel", ["T-12"]),
    ("überspring bitte Aufgabe einundzwanzig", "skip", ["T-21"]),
    ("T Strich sieben abbrechen", "cancel", ["T-07"]),
    ("cancela la tarea sesenta y dos", "cancel", ["T-62"]),
    ("salta la tarea veintidós", "skip", ["T-22"]),
    ("annule la tâche soixante et onze", "cancel", ["T-71"]),
    ("réessaie la tâche quatre-vingt-deux", "retry", ["T-82"]),
    ("cancela a tarefa trinta e um e a trinta e dois", "cancel", ["T-31", "T-32"]),
    ("salta la task quarantatré", "skip", ["T-43"]),
    ("annulla il compito ventuno", "cancel", ["T-21"]),
    ("タスク二十三を キャンセルして", "cancel", ["T-23"]),
    ("T ハイフン 12 は スキップして", "skip", ["T-12"]),
    ("任务三十四取消", "cancel", ["T-34"]),
    ("把T 88重新跑一遍", "retry", ["T-88"]),
])
def test_an_id_said_aloud(text, verb, ids):
    assert commands_of(parse_at_now(text)) == [(verb, ids, None)]


# ---- negatives: a number that is a length, a list that is a list, a T that is no id
@pytest.mark.parametrize("text", [
    "add a task five minutes before the call to ring Bob",
    "erinnere mich zehn Minuten vor dem Termin an die Aufgabe",
    "保留中のタスク一覧を見せて",
    "T minus five until launch, remind me to film it",
    "任务三天内完成就好",
])
def test_no_id_said(text):
    assert commands_of(parse_at_now(text)) == []


# ---- a correction said aloud, with no break before it: the ids said last are the ones meant
@pytest.mark.parametrize("text, verb, ids", [
    ("cancel T-15 no wait T-16", "cancel", ["T-16"]),
    ("skip T-3 I mean T-4 thanks", "skip", ["T-04"]),
    ("retry T-8 sorry I meant T-9", "retry", ["T-09"]),
    ("mark T-12 done scratch that T-13", "done", ["T-13"]),
    ("retry task seven no wait task eight", "retry", ["T-08"]),
    ("brich T-40 ab nee Quatsch T-41", "cancel", ["T-41"]),
    ("überspring T-4 ich meine T-5", "skip", ["T-05"]),
    ("lösch T-7 sorry ich meinte T-8", "cancel", ["T-08"]),
    ("T-4 ist erledigt nee Quatsch T-5", "done", ["T-05"]),
])
def test_a_correction_said_aloud(text, verb, ids):
    assert commands_of(parse_at_now(text)) == [(verb, ids, None)]


# ---- negatives: a bare "no" with no break may refuse the next id; a list stays a list
@pytest.mark.parametrize("text, ids", [
    ("skip T-5 and T-6", ["T-05", "T-06"]),
    ("brich T-5 ab und T-6 auch", ["T-05", "T-06"]),
    ("cancel T-22 and T-23 sorry for the noise", ["T-22", "T-23"]),
])
def test_no_correction_said(text, ids):
    assert [c["ids"] for c in parse_at_now(text)["commands"]] == [ids]
