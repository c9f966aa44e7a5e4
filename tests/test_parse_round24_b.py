"""Round 24, part B (holdout20's misses in de, zh): a question that opens with a state and asks about
anything ("läuft noch was?"), zh "跑完" (finished running) as a done state, de "die ganze Warteschlange"
(the whole queue) as the queue of a control verb."""

import pytest

from parsing import parse_at_now


# ---- a state first, then "anything": "läuft noch was?", "hängt irgendwas?", "anything running?"
@pytest.mark.parametrize("text", ["läuft noch was?", "hängt irgendwas?", "running anything?"])
def test_a_state_then_anything_asks_about_the_queue(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


def test_a_state_later_in_a_request_is_no_status_question():
    doc = parse_at_now("schau nach, ob noch was offen ist bei der Stadtkasse, und schreib Tom")
    assert doc["status"] is False and doc["tasks"]


# ---- zh "跑完" is finished: "昨晚那几个跑完了吗？"
@pytest.mark.parametrize("text", ["昨晚那几个跑完了吗？", "昨晚那几个跑完了吗？顺便加一个：查查合肥哪里批发中性笔最便宜"])
def test_zh_finished_running_is_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] is True
    assert all("跑完" not in task["description"] for task in doc["tasks"])


def test_zh_run_it_is_still_a_task():
    doc = parse_at_now("帮我把这个脚本跑一下")
    assert doc["status"] is False and doc["tasks"]


# ---- de "die ganze Warteschlange": the whole queue
def test_de_the_whole_queue_is_all():
    doc = parse_at_now("pausier bitte die ganze Warteschlange, ich muss erst was klären")
    assert doc["commands"] == [{"verb": "pause", "ids": [], "selector": "all", "note": None}]
    assert doc["tasks"] == [] and not doc["unsure"]


def test_de_a_whole_thing_elsewhere_is_a_task():
    doc = parse_at_now("schreib die ganze Einkaufsliste in liste.md")
    assert doc["commands"] == [] and doc["tasks"]


# ---- a CJK time read the way that reaches furthest: "每周一早上8点" is "一" + "早上", not "一早" + "上"
@pytest.mark.parametrize("text, crons", [
    ("每天晚上十点提醒我给乐乐吃维生素D，每周一早上8点把店里上周的流水发给我老公", ["0 22 * * *", "0 8 * * 1"]),
    ("每天晚上十点提醒我吃药，每周一早上8点提醒我倒垃圾", ["0 22 * * *", "0 8 * * 1"]),
])
def test_zh_a_new_weekly_time_after_a_comma_opens_a_task(text, crons):
    assert [task["schedule"]["cron"] for task in parse_at_now(text)["tasks"]] == crons


def test_zh_a_weekday_list_stays_one_task():
    tasks = parse_at_now("每周一、三、五早上8点提醒我吃药")["tasks"]
    assert len(tasks) == 1


# ---- de: a verb-final "zu" infinitive clause after a comma hangs on the clause before it
def test_de_what_to_be_reminded_of_is_no_task_of_its_own():
    text = ("jeden Montag um 7 erinnere mich daran, die Kühltheke zu checken, und jeden Ersten im Monat um 9 "
            "schick die Abrechnung an meine Buchhalterin Frau Petersen")
    tasks = parse_at_now(text)["tasks"]
    assert [(task["type"], task["schedule"]["cron"]) for task in tasks] == [
        ("reminder-scheduling", "0 7 * * 1"), ("messaging", "0 9 1 * *")]
    assert "Kühltheke" in tasks[0]["description"]


@pytest.mark.parametrize("text, count", [
    ("ruf Tom an, buch ihm den Tisch im Ratskeller", 2),  # (round 36: "…, frag ihn …" is asked on the call, one job)
    ("ruf morgen Tom an, schreib Ina eine Mail zu den Terminen", 2),
])
def test_de_clauses_without_a_final_infinitive_still_split(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


# ---- zh: a condition closed by "的话" after a break is a step that hangs on the one before
@pytest.mark.parametrize("text", ["看看客户回邮件没有，没回的话就催一下", "查一下这款鞋的批发价，太贵的话就问问别家"])
def test_zh_a_condition_closed_by_its_mark_inside_an_item_is_doubted(text):
    assert any("a condition inside it" in reason for reason in parse_at_now(text)["unsure"])


@pytest.mark.parametrize("text", ["有空的话帮我查一下明天的天气", "看看客户回邮件没有", "看看客户回邮件没有，没回的话就算了"])
def test_zh_a_condition_on_the_whole_request_is_no_doubt(text):
    assert not any("condition" in reason for reason in parse_at_now(text)["unsure"])


# ---- writing in a group or a chat posts a message there
@pytest.mark.parametrize("text", [
    "schreib in die Foodsharing-Gruppe, dass die Abholung bei Bäckerei Rihm heute ausfällt",
    "schreib in den Gruppenchat, dass ich später komme",
    "write in the team chat that I'm late",
    "escribe en el grupo que llego tarde",
])
def test_writing_in_a_chat_is_a_message(text):
    assert parse_at_now(text)["tasks"][0]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "write a guide for the group in guide.md",
    "write in notes.md what the group decided",
    "schreib ein Protokoll für die Gruppe",
])
def test_writing_for_a_group_or_into_a_file_is_a_document(text):
    assert parse_at_now(text)["tasks"][0]["type"] == "file-creation"


# ---- zh "两点" (two o'clock): 两 is a numeral of the clock hour like 二
@pytest.mark.parametrize("text, hour", [("下午两点提醒我带他去游泳", "14:00"), ("两点提醒我吃药", "02:00")])
def test_zh_two_oclock_with_liang_is_a_time(text, hour):
    assert hour in parse_at_now(text)["tasks"][0]["schedule"]["not_before"]


def test_zh_liang_in_a_count_is_no_clock_time():
    assert parse_at_now("查一下两家店的价格")["tasks"][0]["schedule"]["not_before"] is None


# ---- "then" after the verb and its person: "such mir danach …", "schreib ihm dann …"
@pytest.mark.parametrize("text", [
    "ruf Tom an und such mir danach die Nummer vom Arzt raus",
    "schick Tom die Liste und schreib ihm dann, wann ich komme",
])
def test_then_after_the_verb_and_its_person_waits_for_the_step_before(text):
    assert parse_at_now(text)["tasks"][1]["depends_on"] == [0]


def test_the_person_after_the_verb_without_then_waits_for_nothing():
    assert parse_at_now("ruf Tom an und such mir die Nummer vom Arzt raus")["tasks"][1]["depends_on"] == []


# ---- de "nee Moment" / "nee warte" (no, wait) withdraws what came just before
@pytest.mark.parametrize("text", [
    "schick Ole die Adresse vom Gewürzgroßhandel, nee Moment, schick sie an Fatma, Ole ist im Urlaub",
    "schick Ole die Adresse, nee warte, schick sie an Fatma",
])
def test_de_no_wait_corrects_the_request_before(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and "Fatma" in tasks[0]["description"]


def test_de_waiting_a_moment_is_no_correction():
    tasks = parse_at_now("schick Ole die Adresse und warte einen Moment auf die Antwort")["tasks"]
    assert tasks and "Ole" in tasks[0]["description"]
