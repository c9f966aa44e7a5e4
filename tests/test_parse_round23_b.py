"""Round 23, part B (holdout18/19's misses in de and zh): a German step after "und dann" whose infinitive
closes its own clause before a comma; zh "部署完重启…" waits for the step before; "做完" is a "then"; the
task waited for opens no list entry and no sequence doubt; a request between a CJK time and its verb."""

import pytest

from parsing import parse_at_now


def _descriptions(doc):
    return [task["description"] for task in doc["tasks"]]


# ---- German: the infinitive ends its own clause, before a comma and what the step is for
@pytest.mark.parametrize("text", [
    "Kannst du eine Checkliste für die Begehung schreiben und dann Svenja eine Erinnerung in den Kalender legen, "
    "die Protokolle auszudrucken",
    "bitte eine günstigere Versicherung finden und danach ein Kündigungsschreiben für die alte als kuendigung.docx aufsetzen",
])
def test_a_german_step_after_then_ends_in_its_infinitive(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [0]
    assert not doc["unsure"]


@pytest.mark.parametrize("text", [
    "schreib Jonas eine Mail, dass wir morgen später kommen",
    "leg mir eine Erinnerung in den Kalender, die Protokolle auszudrucken",
])
def test_a_comma_clause_after_a_german_request_is_no_step(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- zh: "部署完重启…", "查好发给…": the step before is done first
@pytest.mark.parametrize("text", [
    "把 hotfix 分支部署到生产环境，部署完重启一下 nginx",
    "帮我查下异地医保报销需要哪些材料，查好发给我婆婆",
])
def test_a_zh_step_opened_by_the_verb_before_and_a_done_word_waits(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "帮我查一下明天的天气，订一张去上海的机票",
    "帮我整理一下桌面文件，发邮件给老王说周五开会",
])
def test_a_zh_step_without_a_done_word_waits_for_nothing(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == []


# ---- zh: "做完" between two steps is a "then"; a word or two after it ends a question
def test_zh_done_with_it_then_is_a_then():
    doc = parse_at_now("根据租车的价格做个行程表存成 xinjiang.docx 做完发给闺蜜晓雯看看 对了顺便查查喀纳斯十月份天气")
    assert len(doc["tasks"]) == 3
    assert doc["tasks"][1]["depends_on"] == [0] and doc["tasks"][2]["depends_on"] == []
    assert not doc["tasks"][0]["description"].endswith("对了")


@pytest.mark.parametrize("text", [
    "现在队列里哪些在跑、哪些失败了、报销材料那个弄完没",
    "那个报告你做完没",
])
def test_zh_done_before_a_question_end_is_no_step(text):
    doc = parse_at_now(text)
    assert all(len(task["description"]) > 2 for task in doc["tasks"])


def test_zh_we_will_see_after_a_condition_is_a_hedge():
    doc = parse_at_now("看看Go那个服务能不能优化一下，不行的话再说")
    assert doc["unsure"]


# ---- the task waited for is no entry of a comma list and no sequence inside an item
def test_the_task_waited_for_opens_no_list_entry():
    doc = parse_at_now("等T-127完成以后，给表哥阿杰发邮件，把12月20号聚餐的地址告诉他")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == ["T-127"]


def test_the_task_waited_for_is_no_sequence_doubt():
    doc = parse_at_now("等T-37完成之后，帮我生成一份新员工入职手册 onboarding_2027.pdf")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == ["T-37"] and not doc["unsure"]


def test_a_comma_list_of_steps_still_splits():
    doc = parse_at_now("买牛奶，给表哥阿杰发邮件，把聚餐的地址告诉妈妈，订一张机票")
    assert len(doc["tasks"]) >= 3


# ---- zh: a request between a leading time and its verb
def test_a_request_after_a_zh_time_starts_a_clause():
    doc = parse_at_now("每天早上7点半提醒奶奶吃降压药，每周五晚上8点帮我查一下基金定投的收益")
    assert [task["schedule"]["cron"] for task in doc["tasks"]] == ["30 7 * * *", "0 20 * * 5"]


def test_a_zh_time_inside_a_clause_cuts_nothing():
    doc = parse_at_now("提醒奶奶吃降压药，每周五晚上8点")
    assert len(doc["tasks"]) == 1


# ---- zh: "T-41的答案：…" answers the task as "T-41的问题：…" does
def test_the_answer_of_an_id_before_a_colon_answers_it():
    doc = parse_at_now("T-41的答案：用顺丰，不要用德邦")
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("answer", ["T-41"])] and doc["tasks"] == []
    assert "顺丰" in doc["commands"][0]["note"]


def test_an_answer_word_without_an_id_is_a_task():
    doc = parse_at_now("帮我查一下期末考试的答案")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1
