"""Round 35, part a (holdout34): commands and mode. Done statements said with "both"/"都" or as "I did it
myself" in the id-first order, a katakana verb with a kana typed twice, the pinyin slip 条过 for 跳过,
"T-NN的问题回答一下：" answers, and a queue command set apart from the user's news by a spaced dash."""

import pytest

from parsing import commands_of, parse_at_now, tasks_at_now


@pytest.mark.parametrize("text, ids", [
    ("T-31 and T-32 are both done", ["T-31", "T-32"]),
    ("T-40 and T-41 are both finished now", ["T-40", "T-41"]),
    ("T-52、T-53 都做完了", ["T-52", "T-53"]),
    ("T-60 全都处理好了", ["T-60"]),
])
def test_done_with_both_between_ids_and_state(text, ids):
    assert commands_of(parse_at_now(text)) == [("done", ids, None)]


@pytest.mark.parametrize("text, ids", [
    ("T-22 ya lo hice yo", ["T-22"]),
    ("T-23 y T-24 ya las hice", ["T-23", "T-24"]),
    ("T-25 já fiz eu", ["T-25"]),
    ("T-26 eu mesmo fiz", ["T-26"]),
    ("T-27 l'ho già fatta", ["T-27"]),
    ("T-28 e T-29 li ho fatti io", ["T-28", "T-29"]),
    ("T-33は自分で済ませました", ["T-33"]),
    ("T-34はもうやった", ["T-34"]),
])
def test_i_did_it_myself_after_the_ids_is_done(text, ids):
    assert commands_of(parse_at_now(text)) == [("done", ids, None)]


def test_i_did_it_beside_an_answer_in_the_next_sentence():
    doc = parse_at_now("T-44は自分でやりました。T-45の答え：赤い方で")
    assert sorted(c["verb"] for c in doc["commands"]) == ["answer", "done"]
    doc = parse_at_now("T-46 l'ho fatto io. per T-47 la risposta è: 50 copie")
    assert sorted(c["verb"] for c in doc["commands"]) == ["answer", "done"]


@pytest.mark.parametrize("text", [
    "T-12 was both tested and shipped by the client team?",  # a question stays a question
    "ya lo hice una vez, ¿me buscas el horario del museo?",  # no id: a task
    "l'ho fatto io il pane, cerca una ricetta per la focaccia",
])
def test_did_it_without_ids_is_no_command(text):
    assert not [c for c in parse_at_now(text)["commands"] if c["verb"] == "done"]


@pytest.mark.parametrize("text, verb, ids", [
    ("T-81 キャンンセル", "cancel", ["T-81"]),
    ("T-82 スキッップして", "skip", ["T-82"]),
    ("条过T-83吧", "skip", ["T-83"]),
    ("T-84条过吧", "skip", ["T-84"]),
])
def test_typed_slips_of_control_verbs(text, verb, ids):
    assert commands_of(parse_at_now(text)) == [(verb, ids, None)]


def test_a_correct_katakana_verb_is_untouched():
    assert commands_of(parse_at_now("T-85 キャンセル")) == [("cancel", ["T-85"], None)]


def test_question_of_a_task_answered_in_chinese():
    doc = parse_at_now("T-91的问题回答一下：只要蓝色的")
    assert commands_of(doc) == [("answer", ["T-91"], None)]
    assert "蓝色" in doc["commands"][0]["note"]
    doc = parse_at_now("T-92的问题答复：下周再说")
    assert commands_of(doc) == [("answer", ["T-92"], None)]


def test_replying_to_someone_about_a_task_is_no_answer():
    assert parse_at_now("T-93回复一下客户")["commands"] == []


@pytest.mark.parametrize("text, verb", [
    ("back home - resume everything", "resume"),
    ("in the car - pause everything", "pause"),
    ("wieder da - alles fortsetzen", "resume"),
    ("de vuelta - reanuda todo", "resume"),
])
def test_a_spaced_dash_sets_the_queue_command_apart(text, verb):
    assert commands_of(parse_at_now(text)) == [(verb, [], "all")]


def test_a_dash_inside_an_id_or_word_is_no_break():
    assert commands_of(parse_at_now("retry T-07 and re-check the Wi-Fi")) [0][:2] == ("retry", ["T-07"])
    assert tasks_at_now("resume-writing workshop: find one near Leeds")


@pytest.mark.parametrize("text, verb", [
    ("T-16 lo hice ayer pero falló, reinténtalo", "retry"),
    ("T-16 je l'ai fait moi-même mais ça a échoué, relance-la", "retry"),
    ("T-16 l'ho fatto io ma è fallito, riprovala", "retry"),
    ("T-16 já fiz eu mas falhou, tenta de novo", "retry"),
    ("T-16 lo hice yo, márcala como hecha", "done"),
])
def test_a_later_verb_said_of_the_same_ids_overrides_a_done_statement(text, verb):
    """"I did it but it failed, retry it": the last thing said of the ids is the command (was done)."""
    assert commands_of(parse_at_now(text)) == [(verb, ["T-16"], None)]


@pytest.mark.parametrize("text, expected", [
    ("marca la T-11 como hecha y reintenta la T-12", [("done", ["T-11"], None), ("retry", ["T-12"], None)]),
    ("T-72 hecha, y cancela la T-73", [("done", ["T-72"], None), ("cancel", ["T-73"], None)]),
])
def test_a_later_verb_with_ids_of_its_own_is_a_second_command(text, expected):
    assert commands_of(parse_at_now(text)) == expected
