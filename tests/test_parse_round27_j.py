"""Round 27, part J (holdout24's misses in zh and ja): a polite question whether the work can be done
asks for it; a question about what the assistant can do, and thanks for work done, ask for none."""

import pytest

from parsing import parse_at_now


# ---- "…てもらうことってできますか？", "…可以吗？": asking whether the work can be done is the request
@pytest.mark.parametrize("text", [
    "来週の金曜までに見積書を作ってもらうことって可能ですか？",
    "このPDFを英語に翻訳してもらうことはできますか？",
    "毎朝8時にニュースを要約して送ってもらうことできる？",
    "来週の会議の資料を印刷しておいてもらうことって可能でしょうか",
    "明日の東京の天気を調べてもらうことってできますか？",
    "每周一早上7点给我发天气预报可以吗？",
    "给我妈发个微信说我晚点到，可以不？",
    "查一下明天北京的天气可以吗？",
])
def test_asking_whether_it_can_be_done_asks_for_it(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "日本語で話すことはできますか？",
    "英語を話すことってできる？",
    "这样可以吗？",
    "你觉得这个方案行吗？",
])
def test_asking_whether_without_work_asks_nothing(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- "what can you do?": a question about the assistant, and what goes with it, is answered
@pytest.mark.parametrize("text", [
    "你能做什么？",
    "你好，我刚开始用，你可以帮我做些什么呀？",
    "你都会干什么啊？我是新手",
    "有什么功能？我女儿让我试试",
    "こんにちは。何を頼めるんですか？",
    "このボットって何ができるの？",
    "どんなことをお願いできますか？使い方がよくわからなくて",
    "what can you help me with?",
])
def test_what_you_can_do_is_answered(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "你能做什么？帮我查一下明天的天气",
    "何ができますか？あと明日の天気を調べて",
    "何ができるか教えて、それと明日の天気も調べて",
    "What can you do with spreadsheets? Make me one for my budget.",
    "你能帮我查一下天气吗",
])
def test_work_asked_with_it_is_queued(text):
    assert parse_at_now(text)["mode"] == "intake"


# ---- thanks for work done, and nothing else, is chat
@pytest.mark.parametrize("text", [
    "昨天的总结太有用了，谢谢！",
    "上次帮我找的那家餐厅太棒了！谢谢啊",
    "谢谢，昨天那个清单帮大忙了",
    "この前の翻訳、すごく助かりました。ありがとうございます！",
    "昨日のリスト、完璧でした！",
    "ホテルの比較表、ほんとに助かった",
])
def test_thanks_is_chat(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "太好了！明天也给我发一份",
    "刚才那个翻译很有用，再翻一份英文的",
    "助かった！次は大阪のホテルを探して",
    "さっきの要約助かった、あと議事録もまとめて",
    "T-5 助かった",
])
def test_thanks_with_more_work_is_queued(text):
    assert parse_at_now(text)["mode"] == "intake"


# ---- "(リトライ)してもらえますか", "(やって)みてください": the light verb and the request ending go with the command
@pytest.mark.parametrize("text, verb", [
    ("T-210をもう一度やってみてもらえますか", "retry"),
    ("T-3をキャンセルしておいていただけますか", "cancel"),
    ("T-3はスキップしてもらっていいですか", "skip"),
    ("T-8を完了にしてもらえる？", "done"),
    ("T-12をリトライしてみてください", "retry"),
])
def test_a_light_verb_before_the_request_ending_is_the_command(text, verb):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == [verb] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "ブロックされてるタスク、全部リトライしてもらえますか",
    "失敗したタスクを全部リトライしてください",
    "止まってるやつ、全部もう一回リトライしてもらえる？",
])
def test_a_selector_command_leaves_no_request_ending(text):
    doc = parse_at_now(text)
    assert [(c["verb"], c["selector"]) for c in doc["commands"]] == [("retry", "blocked")] and doc["tasks"] == []


def test_work_after_the_command_stays_a_task():
    doc = parse_at_now("T-3をリトライして、あと東京の天気を調べて")
    assert [c["verb"] for c in doc["commands"]] == ["retry"] and len(doc["tasks"]) == 1


# ---- "全部暂停，明天再说，我要睡了": the user's plan and putting it off, after a pause, are its reason
@pytest.mark.parametrize("text", [
    "先全部暂停一下，我跟老板确认一下再说",
    "全部先暂停，明天再说，我要睡了",
    "全部先暂停，我要睡了",
    "全部暂停，下周再说吧",
    "全部暂停一下，我要出门了，晚上再说",
    "いったん全部止めて、また後で",
])
def test_a_plan_or_a_deferral_after_a_pause_is_no_task(text):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == ["pause"] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "先全部暂停，我要你帮我订一张明天的机票",
    "全部暂停，帮我问问老板再说",
    "全部暂停，明天再说，另外帮我查一下天气",
])
def test_a_request_after_a_pause_stays_a_task(text):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == ["pause"] and len(doc["tasks"]) == 1


# ---- "キャンセる": a katakana control verb whose last kana the input method left in hiragana
@pytest.mark.parametrize("text, verb, ids", [
    ("T-227 キャンセる", "cancel", ["T-227"]),
    ("T-5 スキッぷで", "skip", ["T-05"]),
    ("T-12をキャンセるして", "cancel", ["T-12"]),
])
def test_the_last_kana_in_hiragana_is_the_verb(text, verb, ids):
    assert [(c["verb"], c["ids"]) for c in parse_at_now(text)["commands"]] == [(verb, ids)]


@pytest.mark.parametrize("text, verb", [("T-5をキャセルして", "cancel"), ("T-5をキャンセルして", "cancel"), ("T-9 キャンセrで", "cancel")])
def test_the_other_kana_repairs_still_hold(text, verb):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == [verb]


# ---- "T-224 取消吧，写错了": a mistake after a command is its reason, no task
@pytest.mark.parametrize("text, verb", [
    ("T-224 取消吧，写错了", "cancel"),
    ("T-224 取消，我写错了", "cancel"),
    ("T-9 删掉吧，加错了", "cancel"),
    ("T-83はキャンセルで、間違えて追加した", "cancel"),
    ("T-83キャンセル、重複してる", "cancel"),
])
def test_a_mistake_after_a_command_is_no_task(text, verb):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == [verb] and doc["tasks"] == []


@pytest.mark.parametrize("text", ["T-5 取消，另外查一下天气", "T-83はキャンセルで、あと東京の天気を調べて"])
def test_work_after_a_cancel_stays_a_task(text):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == ["cancel"] and len(doc["tasks"]) == 1


# ---- "T-83キャンセル…じゃなくてT-84": a correction that names other ids moves the command to them
@pytest.mark.parametrize("text, verb, ids", [
    ("T-145 标记完成……啊不是，是T-144", "done", ["T-144"]),
    ("跳过T-20，不对，是T-21", "skip", ["T-21"]),
    ("T-83キャンセル…じゃなくてT-84だった", "cancel", ["T-84"]),
    ("T-30をスキップ、いや、T-31です", "skip", ["T-31"]),
    ("T-5を再試行して…じゃなくてT-6", "retry", ["T-06"]),
    ("T-3 を取り消し、やっぱりT-4", "cancel", ["T-04"]),
])
def test_a_correction_naming_other_ids_moves_the_command(text, verb, ids):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [(verb, ids)] and doc["tasks"] == []


@pytest.mark.parametrize("text, commands", [
    ("T-9完成了，不是，T-8也完成了", [("done", ["T-09"]), ("done", ["T-08"])]),
    ("T-12を完了にして、あとT-13をリトライ", [("done", ["T-12"]), ("retry", ["T-13"])]),
    ("cancel T-04, no wait, skip it instead", [("skip", ["T-04"])]),
])
def test_ids_with_a_command_of_their_own_keep_it(text, commands):
    assert [(c["verb"], c["ids"]) for c in parse_at_now(text)["commands"]] == commands


# ---- "T-205好像没成功，…能不能麻烦你再试一次？": the verb in the sentence's last clause is the id's command
@pytest.mark.parametrize("text, verb, ids", [
    ("T-88好像没成功，可能是网站当时打不开，能不能麻烦你再试一次？", "retry", ["T-88"]),
    ("T-205好像失败了，麻烦重试一下", "retry", ["T-205"]),
    ("T-61失败了，能不能再跑一遍？", "retry", ["T-61"]),
    ("T-205は失敗したみたいなので、もう一度リトライしてください", "retry", ["T-205"]),
    ("T-30は雨で中止になったから、スキップで", "skip", ["T-30"]),
])
def test_the_last_clause_verb_is_the_ids_command(text, verb, ids):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [(verb, ids)] and doc["tasks"] == [] and not doc["status"]


@pytest.mark.parametrize("text, commands, tasks", [
    ("T-205好像没成功，帮我查一下原因", [], 1),
    ("T-205没成功，另外T-206重试一下", [("retry", ["T-206"])], 0),
])
def test_no_control_verb_or_another_id_in_the_last_clause(text, commands, tasks):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == commands and len(doc["tasks"]) == tasks


# ---- "能不能取消T-5": the 不 of an A-not-A question is no negation
@pytest.mark.parametrize("text, verb", [("能不能取消T-5", "cancel"), ("可不可以跳过T-5", "skip"), ("T-5能不能重试一下", "retry")])
def test_an_a_not_a_question_asks_for_the_command(text, verb):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == [verb]


@pytest.mark.parametrize("text", ["不要取消T-5", "别跳过T-5", "T-5不用重试"])
def test_a_negation_still_refuses(text):
    assert parse_at_now(text)["commands"] == []


# ---- "不知道你能不能做这个哈，能不能把…": a preamble wondering what the assistant can do is not the ask
@pytest.mark.parametrize("text", [
    "不知道你能不能做这个哈，能不能把我相册里去年在杭州拍的照片挑出来放到一个文件夹？",
    "听说你可以把活交给别的AI？那让Codex帮我把导出脚本的日期格式改一下",
    "不知道你会不会弄这个，麻烦把这份合同翻译成英文",
    "我听说你可以定时提醒？那每天晚上9点提醒我吃药",
    "not sure if you can do this, but can you book me a table at Nopi for Friday",
])
def test_a_preamble_before_the_ask_is_no_task(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text, count", [
    ("不知道你能不能帮我查一下明天的天气，另外提醒我8点开会", 2),  # the hedged item names its work: it stays
    ("不知道你会不会弄这个，帮我把这个PDF转成Word", 1),
])
def test_a_hedged_request_stays(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


def test_a_preamble_alone_is_a_question():
    assert parse_at_now("听说你可以定时提醒？")["mode"] == "none"


# ---- "宮島の件はどうなりましたか？": a matter of ours asked after politely is a status request
@pytest.mark.parametrize("text", [
    "宮島の件はどうなりましたか？",
    "歯医者の件どうなりましたか",
    "引っ越しの見積もりの件はどうなってますか？",
])
def test_a_matter_asked_after_politely_is_status(text):
    assert parse_at_now(text)["status"] is True


def test_status_and_a_request_together():
    doc = parse_at_now("宮島の件はどうなりましたか？あと、ついでに宮島口の駐車場の料金も調べてほしいです")
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", ["台風はどうなりましたか？", "昨日の試合、どうなりましたか？"])
def test_the_world_asked_after_is_no_status(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and doc["mode"] == "none"


# ---- "跟妈妈说一声，明天去医院复查我陪她去": a message that ends in its verb is followed by what it says
@pytest.mark.parametrize("text", [
    "帮我跟爸爸说一声，周日的聚餐改到晚上七点",
    "给王老师发消息，问一下下周的家长会几点开始",
    "给房东发个微信，下个月的房租晚两天交",
])
def test_what_the_message_says_is_no_task_of_its_own(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "跟老婆说一声，提醒我明天8点开会",
    "给张经理发消息，帮我查一下明天的天气",
    "给李老师打个电话，订一下周六的餐厅",
])
def test_a_request_after_the_message_stays_a_task(text):
    assert len(parse_at_now(text)["tasks"]) == 2
