"""Japanese clock hours: "明日の15時" is tomorrow at 15:00 (it was today: the の was read only before a
part of the day), and 一時 inside a word ("一時停止" pause, "一時的" for now) is no 01:00."""
from datetime import datetime

import pytest

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0).astimezone()  # a Friday


def _start(message: str):
    value = parse_message(message, now=NOW)["tasks"][0]["schedule"]["not_before"]
    return value and datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(NOW.tzinfo)


@pytest.mark.parametrize("message, day, hour", [
    ("明日の15時に田中さんにメールして", 21, 15),
    ("明日15時に田中さんにメールして", 21, 15),
    ("月曜の10時に電話して", 23, 10),
    ("金曜の15時に電話して", 27, 15),            # as "金曜15時" and "on Friday at 3pm" read on a Friday
    ("午後一時に田中さんにメールして", 20, 13),
    ("18時以降に健太へ今日の売上を送って", 20, 18),
])
def test_the_day_before_no_and_the_hour(message, day, hour):
    start = _start(message)
    assert (start.day, start.hour) == (day, hour)


@pytest.mark.parametrize("message", ["一時停止してから、田中さんにメールして", "一時的に止めてから、田中さんにメールして"])
def test_ichiji_inside_a_word_is_no_hour(message):
    tasks = parse_message(message, now=NOW)["tasks"]
    assert all(task["schedule"]["not_before"] is None for task in tasks)


@pytest.mark.parametrize("message, cron", [
    ("每天中午1点提醒我吃药", "0 13 * * *"),      # a recurring noon hour read 01:00 (the cron path's own threshold was 14)
    ("毎日お昼1時に薬を飲むようリマインドして", "0 13 * * *"),
    ("每天下午3点提醒我吃药", "0 15 * * *"),
])
def test_an_hour_after_noon_in_a_schedule(message, cron):
    assert parse_message(message, now=NOW)["tasks"][0]["schedule"]["cron"] == cron


def test_a_noon_hour_once():
    assert _start("明天中午1点给小王打电话").hour == 13
