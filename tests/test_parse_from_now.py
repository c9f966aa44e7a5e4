"""A delay said after its number ("20 minutes from now") is a start, as "in 20 minutes" is.

"call him 20 minutes from now" came back as "call him 20 minutes from", with no start: the polite-tail
trim took "now" and the schedule rules knew only the word before the delay.
"""
from datetime import datetime, timedelta

import pytest

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0).astimezone()


@pytest.mark.parametrize("message, minutes", [
    ("call him 20 minutes from now", 20),
    ("email Ana the slides two hours from now please", 120),
    ("check the oven an hour from now", 60),
    ("in 20 minutes call him", 20),
])
def test_a_delay_from_now_is_a_start(message, minutes):
    task = parse_message(message, now=NOW)["tasks"][0]
    start = datetime.fromisoformat(task["schedule"]["not_before"].replace("Z", "+00:00"))
    assert start == NOW + timedelta(minutes=minutes)
    assert "now" in task["description"] or "from now" not in message  # the user's words are kept whole


@pytest.mark.parametrize("message", ["call Bob about the 20 minutes from the meeting", "email Ana the 2 hours of footage"])
def test_a_number_and_a_unit_alone_set_no_start(message):
    assert parse_message(message, now=NOW)["tasks"][0]["schedule"]["not_before"] is None
