"""A clock hour after an evening or afternoon word is in the afternoon or evening, in Chinese and
Japanese alike: "今晚8点" is 20:00, not 08:00 (which at 10:00 is already past, so the task would
start at once), and "明晚" / "明晩" (tomorrow evening) is tomorrow. Found by round 20 (holdout14)."""

import pytest

from parsing import parse_at_now


@pytest.mark.parametrize("text, start", [
    ("今晚11点提醒我给妈妈打电话", "2026-11-20T23:00:00Z"),
    ("今晚8点给小王发微信", "2026-11-20T20:00:00Z"),
    ("明晚11点给小王发微信", "2026-11-21T23:00:00Z"),
    ("中午1点给老板发邮件", "2026-11-20T13:00:00Z"),
    ("晚上7点给小王发微信", "2026-11-20T19:00:00Z"),
    ("今夜9時に田中さんにメールして", "2026-11-20T21:00:00Z"),
    ("明晩8時に田中さんにメールして", "2026-11-21T20:00:00Z"),
])
def test_an_evening_hour_is_in_the_evening(text, start):
    doc = parse_at_now(text)
    assert [task["schedule"]["not_before"] for task in doc["tasks"]] == [start]


@pytest.mark.parametrize("text, start", [
    ("上午11点给老板发邮件", "2026-11-20T11:00:00Z"),  # a morning hour stays in the morning
    ("明天8点给小王发微信", "2026-11-21T08:00:00Z"),  # a day with no part of it: the hour as written
    ("明日の朝8時に田中さんにメールして", "2026-11-21T08:00:00Z"),
])
def test_other_hours_stay_as_written(text, start):
    doc = parse_at_now(text)
    assert [task["schedule"]["not_before"] for task in doc["tasks"]] == [start]
