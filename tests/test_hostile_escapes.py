"""Terminal escapes in an add description or a worker's output never reach the terminal raw
(issue 10): window title, clear screen, OSC 52 clipboard, C1 CSI and bidi overrides are removed
from add, status, dispatch, logs and error messages; ``logs --raw`` keeps them."""

import json
import re

import pytest

from fake_agents import wait_until

TITLE, CLEAR, CLIPBOARD = "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\x1b]52;c;ZXZpbA==\x07"
C1_CSI, BIDI = "\x9b31m", "\u202e"
ATTACK = f"{TITLE}buy{CLEAR} milk{CLIPBOARD} now{C1_CSI}{BIDI}"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# printf in the worker writes the same bytes
PRINTF = r"printf '\033]0;owned\007result \033[2J\033[Hline\033]52;c;ZXZpbA==\007 ok\n'"


def assert_clean(text: str, *words) -> None:
    assert not RAW.search(text), repr(text)
    for word in words:
        assert word in text, (word, text)


@pytest.fixture
def shell(cli):
    cli.env.update(TASK_RUNNER_SHELL="1", TASK_RUNNER_MAX_RETRIES="0")
    return cli


def test_an_add_description_never_reaches_add_status_or_dispatch_raw(shell):
    added = shell("add", ATTACK, "--no-dispatch")
    assert_clean(added.stdout, "buy milk now", "Added T-01")
    assert shell.queue()["tasks"][0]["description"].startswith(TITLE)  # stored as written
    for command in (["status"], ["status", "--wide"], ["status", "T-01"], ["dispatch"]):
        assert_clean(shell(*command).stdout, "buy milk now")
    several = shell("add", ATTACK + " again", f"second {CLEAR}one", "--no-dispatch")
    assert_clean(several.stdout, "buy milk now again", "second one")


def test_a_description_in_an_error_message_is_clean(shell):
    result = shell("status", f"T-0{CLEAR}1", check=1)
    assert_clean(result.stderr, "is not a task id")


def test_a_workers_output_never_reaches_the_notices_or_logs_raw_but_logs_raw_keeps_it(shell):
    shell("add", f"noisy {TITLE}worker", "--command", PRINTF + "; " + PRINTF + " >&2")
    assert wait_until(lambda: shell.queue()["tasks"][0]["status"] == "done", 30), shell("status").stdout
    assert_clean(shell("dispatch").stdout, "T-01 done", "result line ok")
    assert_clean(shell("status").stdout, "noisy worker")
    notices = [json.loads(line)["text"] for line in (shell.dir / "events.jsonl").read_text().splitlines()]
    assert_clean("\n".join(notices), "noisy worker", "result line ok")  # as the notify and wake routes get them
    logs = shell("logs", "T-01").stdout
    assert_clean(logs, "result line ok", "--- stderr ---")
    raw = shell("logs", "T-01", "--raw").stdout
    assert "\x1b]0;owned\x07" in raw and "\x1b[2J" in raw and "\x1b]52;c;ZXZpbA==\x07" in raw
    assert "--- stderr ---" in raw


def test_a_blocked_reason_with_escapes_is_clean_in_the_notice(shell):
    shell("add", "failing", "--command", r"printf 'bad \033]0;t\007thing\n' >&2; exit 3")
    assert wait_until(lambda: shell.queue()["tasks"][0]["status"] == "blocked", 30), shell("status").stdout
    assert_clean(shell("dispatch").stdout, "T-01")
    assert_clean(shell("status", "--wide").stdout, "blocked")
