"""Round 31, part D (holdout28): time said in mixed languages and office jargon — the end of the working day
("下班前", "周五 EOD 之前", "金曜EODまでに"), a CJK clock hour typed with spaces ("晚上 11 点"), a deadline after a
code ("Q4 até sexta às 18h"), and times that belong to the thing and set nothing: a period word inside a file
name ("weekly.md"), a repetition in an aside that says when the thing is ("(it's Fridays 4pm now)"), a span of
days ("(Mar 9-11)") and the hour of a meeting a room is booked for ("订个会议室明天下午两点开会")."""

import pytest

from parsing import parse_at_now


def _one(text: str) -> dict:
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    return doc["tasks"][0]["schedule"]


# ---- the end of the working day with a before-word is a deadline at 17:00 of its day (today, else the day said)
@pytest.mark.parametrize("text, due", [
    ("下班前把周会的纪要发给我", "2026-11-20T17:00:00Z"),
    ("今天下班之前帮我把合同发给法务", "2026-11-20T17:00:00Z"),
    ("明天下班前把预算表整理好", "2026-11-21T17:00:00Z"),
    ("周一 EOD 之前把 roadmap 更新一下", "2026-11-23T17:00:00Z"),
    ("EOD之前把 changelog 写好", "2026-11-20T17:00:00Z"),
    ("定時までに議事録を送っておいて", "2026-11-20T17:00:00Z"),
    ("月曜EODまでに見積書を作っておいて", "2026-11-23T17:00:00Z"),
    ("金曜EODまでに請求書を作っておいて", "2026-11-20T17:00:00Z"),  # said on a Friday: today's end
])
def test_workday_end_is_a_deadline(text, due):
    schedule = _one(text)
    assert schedule["due"] == due and schedule["not_before"] is None, schedule


@pytest.mark.parametrize("text", ["下班后给房东打个电话", "上班的时候帮我查一下明天的天气"])
def test_after_work_is_no_deadline(text):
    assert _one(text)["due"] is None


def test_a_deadline_with_one_word_of_need_after_a_command_is_no_task():
    doc = parse_at_now("T-31加急，今天下班前要")
    assert [c["verb"] for c in doc["commands"]] == ["urgent"] and doc["tasks"] == [], doc


# ---- a CJK clock hour typed with spaces around its digits is the same hour
@pytest.mark.parametrize("text, cron", [
    ("每天晚上 10 点跑一下备份脚本", "0 22 * * *"),
    ("每天早上 7 点提醒我吃药", "0 7 * * *"),
    ("毎日 9 時にログを確認して", "0 9 * * *"),
])
def test_spaced_cjk_hour(text, cron):
    assert _one(text)["cron"] == cron


# ---- a number that is the tail of a code or a year opens no range of days: the deadline stands
@pytest.mark.parametrize("text", [
    "preciso do balanço do Q3 até segunda às 17h",
    "necesito el informe del Q3 hasta el lunes a las 17h",
    "ich brauche den Bericht für 2025 bis Montag um 17 Uhr",
])
def test_deadline_after_a_code(text):
    assert _one(text)["due"] == "2026-11-23T17:00:00Z"


@pytest.mark.parametrize("text", ["busca un hotel del 12 hasta el 14 de marzo", "such ein Hotel für den 12. bis 14. Januar"])
def test_a_range_of_days_still_sets_nothing(text):
    doc = parse_at_now(text)
    assert all(task["schedule"]["due"] is None for task in doc["tasks"]), doc


# ---- a period word joined to a file name or a path names the file
@pytest.mark.parametrize("text", [
    "write up the notes and save them as weekly.md",
    "帮我写个总结存成 daily.md",
    "fasse die Notizen zusammen und speichere sie als monthly.txt",
])
def test_period_word_in_a_file_name(text):
    assert _one(text)["cron"] is None


def test_period_word_on_its_own_still_repeats():
    assert _one("run the backup weekly.")["cron"] == "0 9 * * 1"


# ---- a repetition in an aside that says when the thing is describes it
@pytest.mark.parametrize("text", [
    "email the parents about the swim class (it's Mondays 5pm now)",
    "email the team about the stand-up (it's every Tuesday at 9 now)",
])
def test_repetition_in_a_stating_aside(text):
    assert _one(text)["cron"] is None


def test_aside_start_beside_it_stands():
    schedule = _one("tomorrow morning first thing draft the memo about the cutoff (it's Fridays 4pm now)")
    assert schedule["cron"] is None and schedule["not_before"] == "2026-11-21T09:00:00Z", schedule


def test_repetition_aside_without_a_state_verb_schedules():
    assert _one("email the team about the yoga class (every Monday at 7)")["cron"] == "0 7 * * 1"


# ---- a calendar date that opens or closes a span of days is the thing's
@pytest.mark.parametrize("text", [
    "need a shortlist of hotels in Porto for the retreat (Apr 14-16) pls",
    "need a shortlist of hotels in Porto for the retreat Apr 14 to 16 pls",
])
def test_span_of_days_sets_nothing(text):
    assert _one(text)["not_before"] is None


def test_a_lone_date_before_the_verb_still_starts():
    assert _one("on Apr 14 call the dentist")["not_before"] is not None


# ---- a CJK booking verb with its object before the time: the time is the booked thing's
@pytest.mark.parametrize("text", ["帮我订个会议室明天下午三点开周会", "帮我预订一家餐厅周六晚上7点"])
def test_booked_before_the_time(text):
    assert _one(text)["not_before"] is None


def test_a_reminder_after_a_booking_keeps_its_time():
    doc = parse_at_now("订好机票，明天下午两点提醒我")
    assert doc["tasks"][-1]["schedule"]["not_before"] == "2026-11-21T14:00:00Z", doc


# ---- a deadline cue before a meal (the English word too, borrowed) is due at the meal's hour
@pytest.mark.parametrize("text, due", [
    ("send Tom the deck before lunch", "2026-11-20T12:00:00Z"),
    ("mándale el resumen a Inés antes del lunch", "2026-11-20T12:00:00Z"),
    ("schick Anna den Bericht vor dem Mittagessen", "2026-11-20T12:00:00Z"),
    ("envoie le compte rendu à Paul avant le déjeuner", "2026-11-20T12:00:00Z"),
    ("manda il report a Luca prima di pranzo", "2026-11-20T13:00:00Z"),
    ("manda o relatório pro João antes do almoço", "2026-11-20T12:00:00Z"),
    ("午饭前把报告发给老王", "2026-11-20T12:00:00Z"),
    ("お昼までに田中さんに資料を送って", "2026-11-20T12:00:00Z"),
])
def test_before_a_meal_is_a_deadline(text, due):
    assert _one(text)["due"] == due


@pytest.mark.parametrize("text", ["after lunch text Marcus the address", "book a table for lunch on Saturday"])
def test_a_meal_without_a_deadline_cue_is_no_deadline(text):
    assert _one(text)["due"] is None
