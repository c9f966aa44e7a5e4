"""Round 36, part A (commands and mode): typos of control verbs, what a pause waits for, group words after a
preposition, the user's news before a command, status questions, capability questions and vague hand-overs."""

import pytest

from parsing import commands_of, parse_at_now

# --- typos: a kana with the wrong vowel, the input method's homophones of 取消 -----------------------

@pytest.mark.parametrize("text, ids", [
    ("T-12 キャンサルでお願い", ["T-12"]),
    ("T-7 キャンセラして", ["T-07"]),
    ("取销T-40", ["T-40"]),
    ("把T-8取晓了吧", ["T-08"]),
])
def test_misspelt_cancel_is_a_cancel(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("cancel", ids, None)], doc
    assert doc["tasks"] == []


def test_a_real_word_is_no_typo_of_cancel():
    doc = parse_at_now("取笑别人不好")
    assert doc["commands"] == []


# --- a pause, then what it waits for or a statement: no task -------------------------------------

@pytest.mark.parametrize("text, note", [
    ("pause the wedding group, waiting for Sam to call back", "wedding"),
    ("pause the wedding group until Sam and I talk", "wedding"),
    ("pausa el grupo boda hasta que Ana y yo lo hablemos", "boda"),
    ("pausiere die Gruppe Umzug, der Server ist bis Montag down", "Umzug"),
    ("pausier alles aus der Gruppe garten, die Pumpe ist kaputt", "garten"),
    ("暂停“装修”那一组，等我老婆回来再定", "装修"),
    ("暂停装修组，等房东回复", "装修"),
    ("metti in pausa tutto nel gruppo matrimonio, aspettando la risposta di Luca", "matrimonio"),
    ("pausa tudo no grupo casamento", "casamento"),
    ("mets en pause tout dans le groupe mariage, en attendant la réponse de Léa", "mariage"),
])
def test_a_pause_and_what_it_waits_for_is_only_the_pause(text, note):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")], doc
    assert doc["commands"][0]["note"] == note
    assert doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "pause the wedding group until Monday and email Sam the seating plan",
    "pausiere die Gruppe Umzug bis Montag und ruf Ina an",
    "pause everything, email Sam the seating plan",
])
def test_a_request_after_a_pause_stays_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")], doc
    assert len(doc["tasks"]) == 1, doc


# --- the user's news before a command ------------------------------------------------------------

@pytest.mark.parametrize("text", ["back online, resume everything", "back online now, resume the queue"])
def test_back_online_is_news_not_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("resume", [], "all")], doc
    assert doc["tasks"] == []


def test_back_up_online_stays_a_task():
    assert len(parse_at_now("back up the photos online")["tasks"]) == 1
