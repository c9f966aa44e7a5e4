"""Round 26, part D (holdout22/23's misses in zh and ja): a task named by its number in a frame
("任务4", "第7个任务", "タスク7", "7番のタスク") is its id; IME typos of control verbs ("冲试", "キャセル", "キャンセr")."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a task named by its number in a frame is that task's id
@pytest.mark.parametrize("text, expected", [
    ("任务3重试一下", [("retry", ["T-03"], None)]),
    ("任务 12 跳过吧", [("skip", ["T-12"], None)]),
    ("第5个任务已经完成了", [("done", ["T-05"], None)]),
    ("第2项任务取消掉", [("cancel", ["T-02"], None)]),
    ("把第8条任务标记完成", [("done", ["T-08"], None)]),
    ("重試任務6", [("retry", ["T-06"], None)]),
    ("タスク4をスキップして", [("skip", ["T-04"], None)]),
    ("タスク9はキャンセルで", [("cancel", ["T-09"], None)]),
    ("3番のタスクを再試行して", [("retry", ["T-03"], None)]),
    ("2番目のタスクを急ぎで", [("urgent", ["T-02"], None)]),
])
def test_a_numbered_task_is_its_id(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and doc["tasks"] == []


def test_a_framed_number_is_a_dependency_too():
    doc = parse_at_now("等任务4做完以后，把结果发给老王")
    assert [t["depends_on"] for t in doc["tasks"]] == [["T-04"]]


@pytest.mark.parametrize("text", [
    "我今天有3个任务要做，帮我排个顺序",
    "帮我把这3个任务整理成一个表格",
    "タスクを3つ追加して：牛乳を買う、部屋を掃除する、母に電話する",
    "任务4.5版本的说明文档写一下",
])
def test_a_count_of_tasks_names_no_id(text):
    doc = parse_at_now(text)
    assert doc["commands"] == [] and doc["tasks"]


# ---- typos of control verbs as an input method makes them
@pytest.mark.parametrize("text, expected", [
    ("冲试一下T-11", [("retry", ["T-11"], None)]),
    ("T-31 冲试", [("retry", ["T-31"], None)]),
    ("T-40 重式一下", [("retry", ["T-40"], None)]),
    ("T-12 キャセル", [("cancel", ["T-12"], None)]),
    ("T-13をキャンルして", [("cancel", ["T-13"], None)]),
    ("T-14 キャンセrで", [("cancel", ["T-14"], None)]),
    ("T-15 スキッp", [("skip", ["T-15"], None)]),
    ("T-16をリトラiして", [("retry", ["T-16"], None)]),
])
def test_a_mistyped_control_verb(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "明日の会議の資料をキャンベルさんに送って",
    "スキーの予約をして",
    "帮我冲一下咖啡的订单",
])
def test_no_control_verb_in_look_alikes(text):
    doc = parse_at_now(text)
    assert doc["commands"] == [] and doc["tasks"]


# ---- an agent named in Latin letters inside Chinese or Japanese
@pytest.mark.parametrize("text", [
    "Codexにログイン画面のバグを直させて",
    "Claude Codeに家計簿アプリのテストを書いてもらって",
    "Cursorには設定画面のレイアウト修正を任せて",
    "让Cursor把首页的按钮颜色改成蓝色",
    "叫Codex把订单导出的bug修一下",
    "等T-12做完以后，让Gemini把这份合同翻译成英文",
])
def test_a_latin_agent_name_delegates(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["agent-delegation"]


@pytest.mark.parametrize("text", [
    "Geminiの星座占いを調べて",
    "Cursor的会员价格查一下",
    "move the cursor script to the backup folder",
])
def test_a_latin_name_without_a_handover_delegates_nothing(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] != ["agent-delegation"]


# ---- ja: an id, then "again" or "urgently, please" is the command; "Xをキャンセルして" with a thing is a task
@pytest.mark.parametrize("text, expected", [
    ("T-31はもう一回", [("retry", ["T-31"], None)]),
    ("T-32ももう一度で", [("retry", ["T-32"], None)]),
    ("T-33はスキップ、T-34はもっかい", [("skip", ["T-33"], None), ("retry", ["T-34"], None)]),
    ("T-35至急でお願いします", [("urgent", ["T-35"], None)]),
    ("T-36は至急で", [("urgent", ["T-36"], None)]),
])
def test_ja_id_first_commands(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and doc["tasks"] == []


@pytest.mark.parametrize("text", ["来週の歯医者の予約をキャンセルして", "ライブのチケットをキャンセルして", "美容院の予約を取り消して"])
def test_ja_cancelling_a_thing_is_a_task(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["commands"] == [] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", ["この資料をもう一回確認して", "キャンセルして"])
def test_ja_no_command_without_an_id(text):
    assert parse_at_now(text)["commands"] == []


# ---- zh: "做完没" asks for a status; "我跟…" after a pause is the user's own plan
@pytest.mark.parametrize("text", ["T-21做完没", "T-22跑完了没？", "上周那个订机票的搞定没"])
def test_zh_done_yet_is_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


@pytest.mark.parametrize("text", ["全部暂停一下，我跟房东确认一下", "先把所有任务暂停，我和客户开个会"])
def test_zh_own_plan_after_a_pause(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and doc["tasks"] == []


def test_zh_a_request_to_talk_to_someone_is_still_a_task():
    assert len(parse_at_now("帮我跟房东约个时间看房")["tasks"]) == 1


# ---- ja: "T-NNの質問だけど、…" answers that task's question
@pytest.mark.parametrize("text, note", [
    ("T-51の質問だけど、赤いほうで", "赤いほうで"),
    ("T-52の質問ですが、予算は3万円までです", "予算は3万円までです"),
    ("T-53の質問ですけど、来週の火曜でお願いします", "来週の火曜でお願いします"),
])
def test_ja_answer_after_the_question_of_an_id(text, note):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("answer", [text[:4]], note)] and doc["tasks"] == []


def test_ja_a_question_about_a_thing_is_no_answer():
    assert parse_at_now("この質問だけど、答えを調べて")["commands"] == []
