"""Round 28, part n (holdout25's misses in zh and ja, dictated by voice)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a reason said before a pause/resume ("運転中だから", "所以", "so") is no part of it, and no task
@pytest.mark.parametrize("text, verb", [
    ("会議中だから全部一時停止して", "pause"),
    ("寝るのでキューを一時停止してください", "pause"),
    ("家に着いたから全部再開して", "resume"),
    ("会議が終わったんで全部再開してください", "resume"),
    ("電波が悪いので いったん全部止めて", "pause"),
    ("我在开车所以全部暂停一下", "pause"),
    ("电脑要重启了，所以先把所有任务暂停", "pause"),
    ("到家了，所以全部恢复吧", "resume"),
    ("estoy manejando así que pausa todo", "pause"),
    ("je conduis donc mets tout en pause", "pause"),
])
def test_a_reason_before_a_queue_verb(text, verb):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and commands_of(doc) == [(verb, [], "all")] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "帮我查一下天气，所以全部暂停",  # a request before it is a task of its own
])
def test_a_request_before_the_reason_end_stays_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "明日から動画を一時停止する方法を調べて",  # "から" after a noun is "from", and the verb has an object
    "因为下雨所以比赛暂停了",  # news, no queue
    "so the video paused at 2:00",
])
def test_no_queue_command_without_the_queue(text):
    assert parse_at_now(text)["commands"] == []


# ---- a step that hangs on a check's answer, cut from it by the splitter, is a doubt
@pytest.mark.parametrize("text", [
    "看看王师傅回我没有，没回的话就再给他打个电话",
    "查查张总回邮件了没有，没回的话再发一封",
    "看一下快递到了没，没到的话就再联系快递员",
    "ハウスの暖房機がちゃんと動いてるか確認して だめだったら 業者に連絡して",
    "予約が取れるか確認して 無理だったら 別の店を探して",
    "在庫があるか見て、なかったら注文しておいて",
])
def test_a_step_on_a_checks_answer_is_unsure(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] and doc["unsure"]


@pytest.mark.parametrize("text", [
    "有空的话帮我查一下明天的天气",  # a condition on the whole request
    "看看王师傅回我没有，然后给他打个电话",
    "在庫を確認して それから 注文して",
])
def test_plain_steps_are_sure(text):
    assert parse_at_now(text)["unsure"] == []


# ---- dictated, a pause after a noun that names nothing ends its topic: "あれ いい感じにやっといて"
@pytest.mark.parametrize("text", [
    "あれ いい感じにやっといて",
    "あれ うまいことやって",
    "アレ 対応しておいて",
    "あれ 対応して",
])
def test_a_spoken_vague_topic(text):
    doc = parse_at_now(text)
    assert any(reason.startswith("vague") for reason in doc["unsure"])


@pytest.mark.parametrize("text", [
    "アレルギーの薬を調べて対応して",
    "あれこれ調べてレポートにまとめて",
])
def test_a_word_that_starts_so_is_no_vague_topic(text):
    assert not any(reason.startswith("vague") for reason in parse_at_now(text)["unsure"])


# ---- a correction with a filler and a copula before the ids it names takes the first ids back
@pytest.mark.parametrize("text, verb, ids", [
    ("取消T206，哦不对，是T207", "cancel", ["T-207"]),
    ("重试T-5，啊不对，是T-6", "retry", ["T-06"]),
    ("跳过T-8，哦不是，是T-9", "skip", ["T-09"]),
])
def test_a_spoken_correction_takes_the_id_back(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["unsure"] == []


def test_a_copula_after_a_plain_break_corrects_nothing():
    doc = parse_at_now("重试T-5，是T-6也要跑")
    assert ("retry", ["T-05"], None) in commands_of(doc)


# ---- "X完了再 …": the aspect particle 了 between the finished verb and 再 is no task of its own
@pytest.mark.parametrize("text", [
    "先把数据备份一下，做完了再清理服务器",
    "把报告写一下，写完了以后发给老板",
    "先查一下航班，查完了再订酒店",
    "先跑一下测试脚本，跑完了之后部署到预发环境",
])
def test_a_finished_verb_with_le_then_the_next_step(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0]


def test_a_finished_statement_is_no_step():
    tasks = parse_at_now("报告做完了，发给老板")["tasks"]
    assert all(task["description"] != "了" for task in tasks)


# ---- dictated weekday lists with no join between the days: "每周一三五", "毎週月水金"
@pytest.mark.parametrize("text, cron", [
    ("每周一三五早上八点提醒我吃药", "0 8 * * 1,3,5"),
    ("每周二四晚上七点提醒我去健身", "0 19 * * 2,4"),
    ("每星期一三五早上八点跑一下备份脚本", "0 8 * * 1,3,5"),
    ("毎週月水金の朝8時に日報をまとめて", "0 8 * * 1,3,5"),
    ("毎週火木の夜8時にジムをリマインドして", "0 20 * * 2,4"),
    ("毎週土日の朝9時に天気を調べて", "0 9 * * 0,6"),
])
def test_a_spoken_weekday_list(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


@pytest.mark.parametrize("text, cron", [
    ("每周三五个人的周报整理一下", "0 9 * * 3"),  # 五个人: a count, no day
    ("毎週月曜の朝9時にレポートを送って", "0 9 * * 1"),
    ("毎週火曜と木曜の夜7時にリマインドして", "0 19 * * 2,4"),
])
def test_a_number_after_the_day_is_no_day(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


# ---- "T-63は取り消しで": the copula で (and "でお願いします") ends a Japanese command, no note
@pytest.mark.parametrize("text, verb, ids", [
    ("T-63は取り消しで", "cancel", ["T-63"]),
    ("T-5は後回しで", "skip", ["T-05"]),
    ("T-8は完了で", "done", ["T-08"]),
    ("T-7は取り消しでお願いします", "cancel", ["T-07"]),
    ("T-9はスキップでよろしく", "skip", ["T-09"]),
])
def test_a_command_ending_in_de(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["commands"][0]["note"] is None


def test_a_note_after_de_stays_a_note():
    doc = parse_at_now("T-4は再試行で、今度はステージングで")
    assert commands_of(doc) == [("retry", ["T-04"], None)] and doc["commands"][0]["note"]
