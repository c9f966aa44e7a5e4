"""Round 22, part C (holdout16's misses in en, es, de, zh): a pause/resume verb misspelt by one
letter still pauses or resumes the group it names ("pasue the squash group", "reanda el grupo x")."""

import pytest

from parsing import parse_at_now


# ---- a misspelt queue verb with a group: "resme the meadery group", "Gruppe tischtennis fortsezen"
@pytest.mark.parametrize("text, verb, group", [
    ("resme the meadery group", "resume", "meadery"),
    ("pasue the squash group pls", "pause", "squash"),
    ("reanda el grupo sanfermin", "resume", "sanfermin"),
    ("Gruppe tischtennis fortsezen", "resume", "tischtennis"),
])
def test_a_misspelt_queue_verb_with_its_group(text, verb, group):
    assert parse_at_now(text)["commands"] == [{"verb": verb, "ids": [], "selector": "all", "note": group}]


@pytest.mark.parametrize("text", [
    "resme pls",                     # no group named: a lone unknown word may be anything
    "pasue the squash game",         # no group word: not a queue command
    "pasta for the squash group",    # two letters from "pause"
])
def test_a_misspelt_word_without_a_group_is_no_queue_command(text):
    assert parse_at_now(text)["commands"] == []


def test_a_misspelt_queue_verb_leaves_the_task_after_it():
    doc = parse_at_now("resme the meadery group and email Bob")
    assert [c["verb"] for c in doc["commands"]] == ["resume"] and len(doc["tasks"]) == 1


# ---- a look-back window that cuts a word: "…tortoi|se adoptions report … every month" is no "se" (if)
@pytest.mark.parametrize("text, cron", [
    ("generate the tortoise adoptions report into reports/adoptions.md on the 1st of every month at 9am", "0 9 1 * *"),
    ("write the tortoise adoptions summary into reports/summary.md for both clubs every month at 8am", "0 8 1 * *"),
])
def test_a_word_cut_by_the_look_back_is_no_subordinator(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


@pytest.mark.parametrize("pad", range(12, 17))  # 14: the 60-character window opens on "se" of "tortoise"
def test_a_word_cut_by_the_look_back_leaves_a_one_off_start(pad):
    text = "send the tortoise adoption forms over to the " + "y" * pad + " shelter office tomorrow at 3pm"
    assert parse_at_now(text)["tasks"][0]["schedule"]["not_before"] is not None


def test_a_whole_subordinator_still_describes():
    doc = parse_at_now("find out why the backup fires every monday at 8am")
    assert doc["tasks"][0]["schedule"]["cron"] is None


# ---- "am 15. jeden Monats": a German ordinal (a number and a full stop) before the month word
@pytest.mark.parametrize("text, cron", [
    ("trag in die Queue ein: am 15. jeden Monats um 9 Uhr erstelle die Übersicht in nk/uebersicht.md", "0 9 15 * *"),
    ("am 3. jedes Monats um 8 Uhr schreib Jana die Zählerstände", "0 8 3 * *"),
])
def test_a_dotted_ordinal_before_the_month_is_the_day(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


def test_a_dotted_number_before_another_noun_is_no_day():
    doc = parse_at_now("jeden Monat um 9 Uhr schreib Jana wegen der 3. Mahnung")
    assert doc["tasks"][0]["schedule"]["cron"] == "0 9 1 * *"


# ---- "给黄志强发短信，把取票码告诉他": after a message, an object-first clause told to "him" is the message
def test_an_object_first_clause_told_to_the_one_messaged_is_the_message():
    doc = parse_at_now("两小时后给黄志强发短信，把京剧票的取票码告诉他；下午4点提醒我去剧院拿戏服")
    assert len(doc["tasks"]) == 2 and doc["tasks"][0]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "查一下京剧票的价格，把结果发给他",   # the first clause is no message
    "给黄志强发短信，把京剧票的取票码发到群里",  # no person at the end
])
def test_an_object_first_clause_not_told_to_the_one_messaged(text):
    assert len(parse_at_now(text)["tasks"]) == 2


# ---- "T-21 cancel掉": a Chinese complement after a control verb of another language completes it
@pytest.mark.parametrize("text, verb", [
    ("T-21 cancel掉", "cancel"),
    ("T-21 cancell掉，换成查一下西双版纳12月份的天气", "cancel"),
    ("T-08 skip掉吧", "skip"),
])
def test_a_complement_after_a_code_switched_control_verb(text, verb):
    assert [(c["verb"], c["ids"]) for c in parse_at_now(text)["commands"]] == [(verb, [text.split()[0]])]


@pytest.mark.parametrize("text", [
    "T-21 cancel掉了吗？",  # a question about it: a status request
    "T-21 掉了",            # the particle alone is no verb
])
def test_a_complement_without_a_command_makes_none(text):
    assert parse_at_now(text)["commands"] == []
