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
