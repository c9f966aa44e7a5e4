"""Round 29, part n (holdout26: Chinese and Japanese, and headings, sub-points and numbering styles in
pasted lists in every language)."""

import pytest

from parsing import parse_at_now


def _described(text: str) -> list[str]:
    return [task["description"] for task in parse_at_now(text)["tasks"]]


# ---- a heading groups the items below it and is no task, nor part of the item above
@pytest.mark.parametrize("text, items", [
    ("【买菜】\n- 鸡蛋\n- 牛奶\n【工作】\n- 把周报发给老板", ["鸡蛋", "牛奶", "把周报发给老板"]),
    ("■ 仕事\n・見積書を作って\n■ 家\n・網戸の業者を探す", ["見積書を作って", "網戸の業者を探す"]),
    ("〈仕事〉\n・見積書を作って\n〈家〉\n・網戸の業者を探す", ["見積書を作って", "網戸の業者を探す"]),
    ("Week 1:\n- book the venue\n- email the caterer\nWeek 2:\n- send invitations",
     ["book the venue", "email the caterer", "send invitations"]),
    ("[Work]\n- fix the login bug\n[Home]\n- call the plumber", ["fix the login bug", "call the plumber"]),
    ("Montag\n- Zahnarzt anrufen\nDienstag\n- Reifen wechseln lassen", ["Zahnarzt anrufen", "Reifen wechseln lassen"]),
    ("工作：\n- 把周报发给老板\n生活：\n- 预约理发", ["把周报发给老板", "预约理发"]),
    ("Casa:\n- llamar al fontanero\nTrabajo:\n- enviar el informe a Marta", ["llamar al fontanero", "enviar el informe a Marta"]),
    ("◆ Maison\n- appeler le garage\n◆ Boulot\n- envoyer le devis à Paul", ["appeler le garage", "envoyer le devis à Paul"]),
])
def test_a_heading_is_no_task(text, items):
    assert _described(text) == items


@pytest.mark.parametrize("text, items", [
    # a wrapped item goes on below its marker: that line is no heading
    ("- call the plumber about the\nleak in the kitchen\n- buy milk", ["call the plumber about the leak in the kitchen", "buy milk"]),
    # heading symbols used as the bullets themselves: every line is an item
    ("■ 見積書を作って\n■ 業者を探して", ["見積書を作って", "業者を探して"]),
    # an open box is no heading symbol
    ("□ 牛乳を買う\n□ 母に電話する", ["牛乳を買う", "母に電話する"]),
])
def test_not_a_heading(text, items):
    assert _described(text) == items


# ---- numbering styles written inline: after CJK punctuation, full-width brackets, ordinal counters
@pytest.mark.parametrize("text, count", [
    ("两件事：a. 帮我查一下机票，b. 给老王发个消息", 2),
    ("两件事：1. 帮我查一下机票，2. 给老王发个消息", 2),
    ("三件事：1）订餐厅；2）买蛋糕；3）通知大家", 3),
    ("2つお願い：(1)航空券を調べて、(2)部長にメールして", 2),
    ("2つ：a. 航空券を調べて、b. 部長にメールして", 2),
    ("2つお願い。1つ目、船長さんに連絡して。2つ目、土曜の波の高さを調べて", 2),
    ("頼みたいことが2つ。ひとつ目、見積書を作って。ふたつ目、部長にメールして", 2),
    ("3件あります。1点目、会議室を予約して。2点目、資料を印刷して。3点目、田中さんに連絡して", 3),
    ("二つ目は、部長にメールして", 1),
])
def test_inline_numbering_styles(text, count):
    descriptions = _described(text)
    assert len(descriptions) == count
    assert not any(d[:1].isdigit() or d.startswith(("a", "b", "1つ", "2つ", "ひとつ", "ふたつ")) for d in descriptions)


@pytest.mark.parametrize("text, item", [
    ("1つ目の資料を印刷して", "1つ目の資料を印刷して"),  # the ordinal names a thing here
    ("帮我买2.5公斤苹果", "买2.5公斤苹果"),
])
def test_an_ordinal_that_names_a_thing_stays(text, item):
    assert _described(text) == [item]


# ---- a Chinese verb before a count acts on what is counted: no announcement of items
@pytest.mark.parametrize("text, count", [
    ("买两个蛋糕", 1),
    ("订三个房间", 1),
    ("帮我订个餐厅（4人），再买蛋糕（2个）", 2),
    ("蛋糕を買って（2個）", 1),
    ("帮我做两件事：查天气，订酒店", 2),
    ("两件事：查天气，订酒店", 2),
])
def test_a_count_after_a_verb_is_no_announcement(text, count):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == count


# ---- "发条消息", "打通电话": a count word inside a messaging phrase
@pytest.mark.parametrize("text, kind", [
    ("给房东发条消息，问下暖气什么时候能修好", "messaging"),
    ("给房东发一条消息，问下暖气什么时候能修好", "messaging"),
    ("给妈妈打通电话问下她周末来不来", "messaging"),
    ("给老板发则短信说我晚点到", "messaging"),
    ("查一下这条消息是谁发的", "info-lookup"),
])
def test_a_count_word_in_a_messaging_phrase(text, kind):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] == [kind]
