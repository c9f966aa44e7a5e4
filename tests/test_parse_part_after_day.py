"""A part of the day said after the day with a clock word or an about-word ("tomorrow around noon",
"morgen gegen Mittag", "demain à midi") is the hour the task starts: it used to start at the day's
default 09:00, three hours before what the user said."""

import pytest

from parsing import parse_at_now


def starts(text: str) -> list:
    return [task["schedule"]["not_before"] for task in parse_at_now(text)["tasks"]]


@pytest.mark.parametrize("text, start", [
    ("call the dentist tomorrow around noon", "2026-11-21T12:00:00Z"),
    ("email Priya tomorrow around noon about the invoice", "2026-11-21T12:00:00Z"),
    ("morgen gegen Mittag Oma anrufen", "2026-11-21T12:00:00Z"),
    ("demain à midi appelle le garage", "2026-11-21T12:00:00Z"),
    ("demain vers midi rappelle Paul", "2026-11-21T12:00:00Z"),
    ("call the plumber tomorrow around evening", "2026-11-21T18:00:00Z"),
])
def test_the_part_after_the_day_sets_the_hour(text, start):
    assert starts(text) == [start]


@pytest.mark.parametrize("text, start", [
    ("call the dentist tomorrow", "2026-11-21T09:00:00Z"),  # no part: the day's default hour
    ("call the dentist tomorrow at noon", "2026-11-21T12:00:00Z"),  # read before, still so
    ("tomorrow around 3 call Bob", "2026-11-21T15:00:00Z"),  # a clock, not a part
    ("call the dentist tomorrow, the noon slot is gone", "2026-11-21T09:00:00Z"),  # no clock word before it
])
def test_without_such_a_part_the_start_is_as_before(text, start):
    assert starts(text) == [start]
