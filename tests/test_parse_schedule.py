"""Schedules: recurring phrases to croniter-valid cron, deadlines to ``due``, start times to
``not_before``, in the local zone, with the user's phrase kept."""

import subprocess
import sys
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from task_runner.parse import parse_message
from task_runner.timeutil import local_tz, parse_iso

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=local_tz())  # a Friday, 10:00 local


def schedule(message: str) -> tuple[dict, str | None]:
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake", doc
    task = doc["tasks"][0]
    return task["schedule"], task["schedule_phrase"]


@pytest.mark.parametrize("message, cron", [
    ("task: every Monday at 9am send me the sales report", "0 9 * * 1"),
    ("task: daily at 7am check the backup logs", "0 7 * * *"),
    ("task: weekdays at 8:30 post the standup reminder in #eng", "30 8 * * 1-5"),
    ("task: every 15 minutes ping the staging API", "*/15 * * * *"),
    ("task: every friday at 4pm send the weekly summary", "0 16 * * 5"),
    ("task: every Tuesday and Thursday at 10am check the job boards", "0 10 * * 2,4"),
    ("task: every 2 hours sync the inbox", "0 */2 * * *"),
    ("task: on the 1st of every month at 9am export the invoices", "0 9 1 * *"),
    ("task: water the plants every evening", "0 18 * * *"),
    ("task: on Mondays and Wednesdays at 7:30am send the standup notes", "30 7 * * 1,3"),
    ("task: every day at 5:45pm back up the photos", "45 17 * * *"),
    ("task: twice a day check the inbox", "0 9,21 * * *"),
])
def test_recurring_phrases_become_valid_cron(message, cron):
    from croniter import croniter

    found, phrase = schedule(message)
    assert found["cron"] == cron and croniter.is_valid(found["cron"])
    assert phrase and found["due"] is None and found["not_before"] is None


@pytest.mark.parametrize("message, key, expected", [
    ("task: file the expense report by Friday", "due", datetime(2026, 11, 20, 17, 0)),
    ("task: submit the grant application by Monday", "due", datetime(2026, 11, 23, 17, 0)),
    ("task: call the caterer tomorrow at 5pm", "not_before", datetime(2026, 11, 21, 17, 0)),
    ("task: order groceries on sunday morning", "not_before", datetime(2026, 11, 22, 9, 0)),
    ("task: check the oven in 2 hours", "not_before", datetime(2026, 11, 20, 12, 0)),
    ("task: pay the rent before the end of the month", "due", datetime(2026, 11, 30, 17, 0)),
])
def test_one_off_times(message, key, expected):
    found, phrase = schedule(message)
    other = "not_before" if key == "due" else "due"
    assert found["cron"] is None and found[other] is None and phrase
    assert parse_iso(found[key]) == expected.replace(tzinfo=local_tz())


def test_times_carry_the_local_offset():
    found, _ = schedule("task: call the caterer tomorrow at 5pm")
    assert parse_iso(found["not_before"]).utcoffset() == NOW.utcoffset()


@pytest.mark.parametrize("message", [
    "task: pull the weekly sales numbers",             # an adjective, not a schedule
    "task: find a restaurant that's open every day until midnight",
    "task: find out why the job fires twice every 15 minutes",
    "task: find a groomer open on Sundays",
])
def test_descriptive_time_words_are_not_schedules(message):
    found, phrase = schedule(message)
    assert found == {"cron": None, "due": None, "not_before": None} and phrase is None


def test_schedule_libraries_load_only_when_a_schedule_is_present():
    """croniter never loads on the parse path (the parser checks its own cron expressions)."""
    code = ("import sys; from task_runner.parse import parse_message as p; d = p(sys.argv[1]); "
            "print('dateutil' in sys.modules, 'croniter' in sys.modules, d['tasks'][0]['schedule']['cron'])")
    plain = subprocess.run([sys.executable, "-c", code, "task: research standing desks and email Bob"],
                           capture_output=True, text=True, check=True).stdout.split()
    recurring = subprocess.run([sys.executable, "-c", code, "task: every Monday at 9am email Bob"],
                               capture_output=True, text=True, check=True).stdout.split()
    assert plain == ["False", "False", "None"] and recurring[1:] == ["False", "0", "9", "*", "*", "1"]


@given(st.lists(st.sampled_from(["*", "*/5", "*/0", "0", "7", "9", "12", "23", "24", "31", "32", "60", "1-5", "5-1",
                                 "0,30", "1-5/2", "x", "", "1,", "-1"]), min_size=4, max_size=6))
def test_the_parsers_cron_check_agrees_with_croniter(fields):
    from croniter import croniter

    from task_runner.parse.cron import is_valid

    expression = " ".join(fields)
    if is_valid(expression):  # stricter is fine (it checks what the parser writes); looser never
        assert croniter.is_valid(expression), expression
    if "-" not in expression:
        assert is_valid(expression) == (len(expression.split()) == 5 and croniter.is_valid(expression)), expression


@pytest.mark.parametrize("message, expected", [
    ("task: finalize the budget by end of day tomorrow", datetime(2026, 11, 21, 17, 0)),
    ("task: pay the credit card bill by the 25th", datetime(2026, 11, 25, 17, 0)),
    ("task: pay the rent by the 1st", datetime(2026, 12, 1, 17, 0)),
])
def test_deadlines_with_day_words(message, expected):
    found, _ = schedule(message)
    assert parse_iso(found["due"]) == expected.replace(tzinfo=local_tz())


def test_explicit_am_is_kept_in_night_phrases():
    found, _ = schedule("task: back up /var/www every night at 2am")
    assert found["cron"] == "0 2 * * *"
