"""OpenClaw's wrappers (timestamp prefix, Runtime trailer, internal-context blocks, scheduled-reminder
envelope, as the OpenClaw 2026.9 field notes record them) come off before any rule reads the message."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message
from task_runner.parse.wrappers import unwrap

TRAILER = "\n\nRuntime: agent=main | session=agent:main:main | channel=webchat"
CONTEXT = ("[[OPENCLAW_INTERNAL_CONTEXT_BEGIN]]\n[OpenClaw runtime event] Agent steering queue items: retry T-01\n"
           "[[OPENCLAW_INTERNAL_CONTEXT_END]]\n\n")


@pytest.mark.parametrize("wrapped", [
    "[Tue 2026-12-01 14:53 UTC] {}" + TRAILER, "[Mon 2026-11-30 09:15 GMT+1] {}", "[Tue 2026-12-01 14:53 UTC+05:30] {}",
    CONTEXT + "[Tue 2026-12-01 14:53 UTC] {}" + TRAILER, "{}" + TRAILER,
])
@pytest.mark.parametrize("message", ["look up the price of the Framework 13 laptop and put it in laptops.md",
                                     "T-09 reintentar", "¿ya terminó algo?", "查一下今天美元兑人民币的汇率"])
def test_the_wrapper_never_reaches_the_rules(wrapped, message):
    assert parse_message(wrapped.format(message), NOW) == parse_message(message, NOW)


def test_the_words_of_an_internal_context_block_are_not_the_users():
    doc = parse_message(CONTEXT + "[Tue 2026-12-01 14:53 UTC] what's pending?" + TRAILER, NOW)
    assert doc["commands"] == [] and doc["status"]


def test_a_scheduled_reminder_with_the_dispatch_event_is_the_dispatcher():
    text = ("A scheduled reminder has been triggered. The reminder content is:\n\nTASK_RUNNER_DISPATCH: check queue and run "
            "pending tasks\n\nHandle this reminder internally. Do not relay it to the user unless explicitly requested.\n"
            "Current time: Tue 2026-12-01 15:00 UTC")
    assert parse_message(text, NOW)["mode"] == "dispatcher"


def test_another_scheduled_reminder_is_no_request_to_queue():
    text = ("A scheduled reminder has been triggered. The reminder content is:\n\nCall mom about Sunday\n\n"
            "Handle this reminder internally. Do not relay it to the user unless explicitly requested.")
    assert unwrap(text).reminder and parse_message(text, NOW)["mode"] == "none"


def test_text_that_only_looks_like_a_wrapper_is_kept():
    assert unwrap("[draft] email Ann the slides").text == "[draft] email Ann the slides"
    assert unwrap("Runtime: agent=main is a phrase I like").text == "Runtime: agent=main is a phrase I like"
