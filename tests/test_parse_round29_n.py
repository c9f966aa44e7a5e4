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


# ---- a heading that names a time gives it to the items below it, up to the next heading
@pytest.mark.parametrize("text, field, scheduled", [
    ("### Antes del 10 de enero\n- confirmar el menú con el restaurante\n- pedir 3 presupuestos\n### Ya hecho\n- ~~DJ~~",
     "due", [True, True]),
    ("【周五前】\n- 把周报发给老板\n【工作】\n- 预约理发", "due", [True, False]),
    ("## Bis Freitag\n- den Bericht an Anna schicken\n## Irgendwann\n- Fahrrad reparieren lassen", "due", [True, False]),
    ("Montag\n- Zahnarzt anrufen\nDienstag\n- Reifen wechseln lassen", "not_before", [True, True]),
    ("■ 月曜日\n・見積書を作って\n■ 水曜日\n・網戸の業者に電話して", "not_before", [True, True]),
])
def test_a_time_heading_schedules_its_items(text, field, scheduled):
    tasks = parse_at_now(text)["tasks"]
    assert [bool(task["schedule"][field]) for task in tasks] == scheduled
    if field == "not_before" and len(tasks) == 2:
        assert tasks[0]["schedule"]["not_before"] != tasks[1]["schedule"]["not_before"]


@pytest.mark.parametrize("text, crons", [
    ("## Jeden Tag\n- 21:30 Katzenklo sauber machen\n## Jeden Monat\n- am 1. um 8 Uhr Miete überweisen",
     ["30 21 * * *", "0 8 1 * *"]),
    ("## Every day\n- 9pm remind me to take my pills\n## Other\n- call the plumber at 3pm", ["0 21 * * *", None]),
    ("【每天】\n- 晚上9点提醒我吃药", ["0 21 * * *"]),
])
def test_a_recurring_heading_with_the_items_time(text, crons):
    assert [task["schedule"]["cron"] for task in parse_at_now(text)["tasks"]] == crons


@pytest.mark.parametrize("text", [
    "## Work\n- send the report to Ann\n## Home\n- call the plumber",
    "【工作】\n- 把周报发给老板\n【生活】\n- 预约理发",
])
def test_a_heading_without_a_time_schedules_nothing(text):
    assert all(task["schedule"] == {"cron": None, "due": None, "not_before": None} for task in parse_at_now(text)["tasks"])


# ---- sub-points are requirements of their item: their verbs do not make it several tasks
@pytest.mark.parametrize("text", [
    "保活メモ\n① 入園申請書の下書きを作ってdraft.txtに保存\n　・第1希望は駅前の保育園にする\n　・勤務証明は来週会社からもらって添付する\n② 見学できる園を3つ探す",
    "1) redactar las normas de la cocina común en normas.md\n   - se limpia el microondas después de usarlo\n   - se friegan las tazas y se guardan en el armario\n2) llamar a Iñaki",
    "1. write the house rules for the shared kitchen into rules.md\n   - wash the mugs and put them back on the shelf\n   - clean the microwave after you use it and wipe the counter\n2. call Sam",
    "1. 写一份厨房使用规范存到 rules.md\n   - 用完微波炉要擦干净，杯子洗完放回架子上，垃圾每天晚上倒掉\n   - 冰箱里的东西写上名字和日期\n2. 给老王打电话",
])
def test_sub_points_make_no_split_doubt(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and not any("several verbs" in reason for reason in doc["unsure"])


def test_a_long_item_of_many_verbs_still_doubted():
    doc = parse_at_now("- write the report and send it to Ann then book the room and order the lunch and print the slides for everyone")
    assert doc["unsure"] or len(doc["tasks"]) > 1


# ---- an earlier item named by its number is what a later one waits for
@pytest.mark.parametrize("text, depends", [
    ("① 写推文\n② 导出阅读数据\n③ 等①写完，发给主编老刘审一下", [0]),
    ("① 見積書を作る\n② 部長にメールする\n③ ①が終わったら田中さんに送る", [0]),
    ("1. build the app\n2. run the tests\n3. once step 1 is done, email Sam the build log", [0]),
    ("1. Fundament ausrechnen lassen\n2. Genehmigung nachschauen\n3. Holz bestellen, sobald Punkt 1 erledigt ist", [0]),
    ("1. upload the files\n2. call Ann\n3. once #2 is finished, email Sam the notes", [1]),
])
def test_an_item_named_by_its_number(text, depends):
    assert parse_at_now(text)["tasks"][2]["depends_on"] == depends


def test_a_count_inside_the_wait_names_no_item():
    doc = parse_at_now("1. upload the files\n2. call Ann\n3. once the 2 files are uploaded, email Sam")
    assert doc["tasks"][2]["depends_on"] != [1]
