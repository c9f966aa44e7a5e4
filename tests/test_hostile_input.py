"""Hostile values at every boundary: non-finite numbers, huge ids, deep JSON, bad UTF-8, absurd sizes.

Each ends in exit 3 (a bad file) or a UserError (a bad value) with a message
naming it, and never reaches the queue.
"""

import json
import math

import pytest

from task_runner.errors import QueueError, UserError
from task_runner.store import QueueStore
from task_runner.validate import (
    NAME_LIMIT,
    TEXT_LIMIT,
    check_number,
    check_text,
    schema,
)

TASK = {"id": "T-01", "description": "fine"}


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def queue_text(**task_fields) -> str:
    return json.dumps({"lastId": "T-01", "tasks": [dict(TASK, **task_fields)]})


BAD_FILES = {
    "NaN": (queue_text().replace('"fine"}', '"fine", "timeout_s": NaN}'), "NaN is not a JSON number"),
    "Infinity": (queue_text().replace('"fine"}', '"fine", "timeout_s": Infinity}'), "Infinity"),
    "-Infinity in an open object": (queue_text().replace('"fine"}', '"fine", "run": {"x": -Infinity}}'),
                                    "Infinity"),
    "1e400": (queue_text().replace('"fine"}', '"fine", "timeout_s": 1e400}'), "too large"),
    "5,000-digit integer": (queue_text().replace('"fine"}', '"fine", "retries": ' + "9" * 5000 + "}"),
                            "not valid JSON"),
    "5,000-digit id": (json.dumps({"tasks": [dict(TASK, id="T-" + "1" * 5000)]}), "$.tasks[0].id"),
    "5,000-digit lastId": (json.dumps({"lastId": "T-" + "7" * 5000, "tasks": []}), "$.lastId"),
    "7-digit id": (json.dumps({"tasks": [dict(TASK, id="T-1234567")]}), "$.tasks[0].id"),
    "100,000 deep": ('{"tasks": [], "cronJob": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    "invalid UTF-8": (b'{"tasks": [{"id": "T-01", "description": "caf\xe9"}]}', "not UTF-8"),
    "UTF-16": ('{"tasks": []}'.encode("utf-16"), "not UTF-8"),
    "lone surrogate": (queue_text(description="\ud800"), "lone surrogate"),
    "maxConcurrent 65": (json.dumps({"maxConcurrent": 65, "tasks": []}), "more than the maximum 64"),
    "maxRetries 101": (json.dumps({"maxRetries": 101, "tasks": []}), "$.maxRetries"),
    "timeout over 7 days": (queue_text(timeout_s=7 * 86400 + 1), "more than the maximum 604800"),
    "description over the limit": (queue_text(description="x" * (TEXT_LIMIT + 1)), "longer than the limit"),
    "workdir over the limit": (queue_text(workdir="/" * (NAME_LIMIT + 1)), "$.tasks[0].workdir"),
    "timestamp of 1,000 digits": (queue_text(added_at="2026-01-01T00:00:00." + "1" * 1000 + "Z"),
                                  "$.tasks[0].added_at"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
@pytest.mark.parametrize("command", [["status"], ["add", "new"]])
def test_hostile_queue_file_exits_3_untouched_with_a_message(cli, name, command):
    content, expected = BAD_FILES[name]
    raw = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    cli.dir.mkdir(mode=0o700)
    cli.queue_path.write_bytes(raw)
    result = cli(*command, check=3)
    assert "Traceback" not in result.stderr
    assert expected in result.stderr and str(cli.queue_path) in result.stderr
    assert len(result.stderr) < 2000  # a 5,000-digit value is named, not printed
    assert cli.queue_path.read_bytes() == raw


def test_schema_limits_are_the_ones_validate_exports():
    defs = schema()["$defs"]
    assert defs["text"]["maxLength"] == TEXT_LIMIT and defs["name"]["maxLength"] == NAME_LIMIT


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_store_refuses_to_write_non_finite_numbers_anywhere(tmp_path, value):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    before = store.path.read_bytes()
    with pytest.raises(QueueError, match="refusing to write an invalid queue"), store.transaction() as queue:
        queue["cronJob"] = {"anything": value}  # an object the schema leaves open
    with pytest.raises(QueueError, match="timeout_s"), store.transaction() as queue:
        queue["tasks"].append(dict(_task(), timeout_s=value))
    assert store.path.read_bytes() == before


def test_store_refuses_text_that_is_not_utf8_with_a_user_error(tmp_path):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    before = store.path.read_bytes()
    bad = b"caf\xe9".decode("utf-8", "surrogateescape")
    with pytest.raises(UserError, match="not valid UTF-8"), store.transaction() as queue:
        queue["tasks"].append(dict(_task(), description=bad))
    assert store.path.read_bytes() == before


def test_store_refuses_absurd_nesting(tmp_path):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(QueueError, match="refusing to write"), store.transaction() as queue:
        queue["cronJob"] = {"deep": deep}


def _task() -> dict:
    from task_runner.lifecycle import new_task

    return new_task("T-01", "a task")


@pytest.mark.parametrize("value, words", [
    ("inf", "not a finite number"), ("nan", "not a finite number"), ("-Infinity", "not a finite number"),
    ("1e400", "not a finite number"), (math.inf, "not a finite number"), (math.nan, "not a finite number"),
    pytest.param(10**5000, "not a finite number", id="5000-digit-int"),
    pytest.param("9" * 5000, "not a finite number", id="5000-digit-text"), ("ten", "is not a number"),
    ("0", "out of range"), (604801, "out of range"), (True, "expected a number"), (None, "expected a number"),
    ([1], "expected a number"),
])
def test_check_number_refuses_naming_the_field_and_the_range(value, words):
    with pytest.raises(UserError) as error:
        check_number(value, "--timeout", 1, 604800)
    message = str(error.value)
    assert message.startswith("--timeout: ") and words in message and "from 1 to 604800" in message
    assert len(message) < 300


@pytest.mark.parametrize("value, expected", [("90", 90.0), (" 1.5 ", 1.5), (604800, 604800.0), (2.5, 2.5)])
def test_check_number_accepts_finite_values_in_range(value, expected):
    assert check_number(value, "--timeout", 1, 604800) == expected


@pytest.mark.parametrize("value, words", [
    (b"caf\xe9".decode("utf-8", "surrogateescape"), "byte 0xe9 is not valid UTF-8 (at character 3)"),
    ("x\ud800y", "half a character"),
    ("x" * 101, "101 characters is over the limit of 100"),
    (5, "expected text, got 5"),
    (None, "expected text"),
])
def test_check_text_refuses_naming_the_field(value, words):
    with pytest.raises(UserError) as error:
        check_text(value, "description", 100)
    assert str(error.value).startswith("description: ") and words in str(error.value)


def test_check_text_returns_good_text_unchanged():
    text = "naïve 日本語 \U0001F600\n\ttab"
    assert check_text(text, "description") is text
