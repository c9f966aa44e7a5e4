"""Round 33, part B (holdout31/32): when a task may start or is due in Chinese and Japanese, and the
task types, depends_on and cron. A reminder's time is when to remind: it does not open the sentence for
the request joined after it; a date in the clause of a question for a time ("明天几点起飞") is the asked
time's; a Japanese day with も before a relative clause ("土曜もやってる歯医者") describes the thing."""

import pytest

from parsing import dues_at_now, starts_at_now, tasks_at_now


# ---- a reminder's time is its own: the request joined after it is asked for now
@pytest.mark.parametrize("text", [
    "明天早上9点提醒我去银行办卡，还有给老王发个微信说周末聚餐取消",
    "明日の8時に薬を飲むようリマインドして、あとClaudeに経費アプリのバグを直してもらって",
    "tomorrow at 9 remind me to call the bank, and text Marco that the dinner is off",
    "mañana a las 9 recuérdame llamar al banco, y escríbele a Lucía que la cena se cancela",
    "morgen um 9 erinnere mich an die Bank, und schreib Jonas, dass das Essen ausfällt",
])
def test_reminder_time_does_not_open_the_next_request(text):
    starts = starts_at_now(text)
    assert len(starts) == 2 and starts[0] is not None and starts[1] is None, starts


# ---- a question for a time holds the date before it
@pytest.mark.parametrize("text", [
    "帮我查一下去杭州的大巴周日最早一班几点",
    "问一下 CA1502 明天几点到首都机场",
    "明日何時に開くか渋谷のパン屋を調べて",
])
def test_date_of_a_time_question_is_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "明天提醒我查一下几点的火车",  # the date comes before the verb: when to act
])
def test_date_before_the_verb_still_starts(text):
    assert starts_at_now(text)[0] is not None


# ---- "土曜もやってる…": a day with も in a relative clause describes the thing
@pytest.mark.parametrize("text", [
    "駅の近くで日曜もやってる皮膚科を探して",
    "土曜も営業してるクリーニング屋を探しておいて",
])
def test_japanese_day_with_mo_in_relative_clause_is_no_start(text):
    assert starts_at_now(text) == [None]


# ---- a space typed around the digits of a CJK time ("晚上 8 点", "12 月 18 号") is the same time
@pytest.mark.parametrize("text, hour", [
    ("晚上 8 点提醒我收衣服", "T20:00"),
    ("明天下午 3 点提醒我给房东转账", "T15:00"),
    ("12 月 18 号提醒我交物业费", "-12-18T"),
])
def test_spaced_cjk_time_starts(text, hour):
    start = starts_at_now(text)[0]
    assert start is not None and hour in start, start


def test_spaced_cjk_deadline_heading_is_every_items():
    dues = dues_at_now("晚上 9 点前：查一下明天苏州的限行尾号，然后告诉老婆")
    assert len(dues) == 2 and all(due and "T21:00" in due for due in dues), dues


# ---- "来週水曜までに": the weekday of next week is one day, a deadline, no start on Monday
@pytest.mark.parametrize("text", [
    "来週水曜までに見積書を作って",
    "来週金曜日までに報告書をまとめてファイルに保存して",
])
def test_japanese_next_week_weekday_deadline(text):
    task = tasks_at_now(text)[0]
    assert task["schedule"]["due"] is not None and task["schedule"]["not_before"] is None, task["schedule"]


# ---- "mail-le à …": the French verb "mailer" with its object pronoun sends a message
@pytest.mark.parametrize("text", [
    "dès que le rapport est fini, mail-le à Lucie",
    "quand la facture est prête, mail-la au comptable",
])
def test_french_mail_with_pronoun_is_messaging(text):
    assert tasks_at_now(text)[-1]["type"] == "messaging"
