"""Bad input at the command line: every kind ends in exit 1 (or 2 for usage) with a message naming
the field or the argument, never a traceback, never "refusing to write an invalid queue", and
the queue file is left as it was (issue 10)."""

import json
import subprocess
import sys

import pytest

from task_runner.cli import COMMANDS
from task_runner.validate import NAME_LIMIT, TEXT_LIMIT

BIG_ID = "T-" + "1" * 5000
DIGITS = "9" * 5000


def stdin_json(*tasks) -> bytes:
    return json.dumps(list(tasks), ensure_ascii=False).encode("utf-8", "surrogatepass")


def raw_json(text: str) -> bytes:
    return text.encode("utf-8")


# name -> (argv, stdin bytes or None, words the message must hold)
CASES = {
    "--timeout inf": (["add", "a", "--timeout", "inf"], None, ["--timeout", "not a finite number"]),
    "--timeout -inf": (["add", "a", "--timeout=-inf"], None, ["--timeout", "not a finite number"]),
    "--timeout nan": (["add", "a", "--timeout", "nan"], None, ["--timeout", "not a finite number"]),
    "--timeout 1e400": (["add", "a", "--timeout", "1e400"], None, ["--timeout", "not a finite number"]),
    "--timeout negative": (["add", "a", "--timeout", "-5"], None, ["--timeout", "out of range", "1 to 604800"]),
    "--timeout 0": (["add", "a", "--timeout", "0"], None, ["--timeout", "out of range"]),
    "--timeout over 7 days": (["add", "a", "--timeout", "1e10"], None, ["--timeout", "out of range"]),
    "--timeout of 5,000 digits": (["add", "a", "--timeout", DIGITS], None, ["--timeout", "not a finite number"]),
    "--timeout not a number": (["add", "a", "--timeout", "soon"], None, ["--timeout", "not a number"]),
    "--max-retries negative": (["add", "a", "--max-retries", "-1"], None, ["--max-retries", "out of range"]),
    "--max-retries 101": (["add", "a", "--max-retries", "101"], None, ["--max-retries", "0 to 100"]),
    "--max-retries 1.5": (["add", "a", "--max-retries", "1.5"], None, ["--max-retries", "not a whole number"]),
    "--max-retries huge": (["add", "a", "--max-retries", "9" * 30], None, ["--max-retries", "out of range"]),
    "--max-retries 5,000 digits": (["add", "a", "--max-retries", DIGITS], None, ["--max-retries"]),
    "--max-retries inf": (["add", "a", "--max-retries", "inf"], None, ["--max-retries", "not a finite number"]),
    "json timeout 1e400": (["add", "--stdin-json"], raw_json('[{"description": "a", "timeout_s": 1e400}]'),
                           ['"timeout_s"', "not a finite number", "task 0"]),
    "json timeout NaN": (["add", "--stdin-json"], raw_json('[{"description": "a", "timeout_s": NaN}]'),
                         ['"timeout_s"', "not a finite number"]),
    "json timeout Infinity": (["add", "--stdin-json"], raw_json('[{"description": "a", "timeout_s": Infinity}]'),
                              ['"timeout_s"', "not a finite number"]),
    "json timeout -Infinity": (["add", "--stdin-json"], raw_json('[{"description": "a", "timeout_s": -Infinity}]'),
                               ['"timeout_s"', "not a finite number"]),
    "json timeout as text inf": (["add", "--stdin-json"], stdin_json({"description": "a", "timeout_s": "inf"}),
                                 ['"timeout_s"', "not a finite number"]),
    "json timeout true": (["add", "--stdin-json"], stdin_json({"description": "a", "timeout_s": True}),
                          ['"timeout_s"', "expected a number"]),
    "json timeout over 7 days": (["add", "--stdin-json"], stdin_json({"description": "a", "timeout_s": 604801}),
                                 ['"timeout_s"', "out of range"]),
    "json maxRetries 1e400": (["add", "--stdin-json"], raw_json('[{"description": "a", "maxRetries": 1e400}]'),
                              ['"maxRetries"', "not a finite number"]),
    "json maxRetries 2.5": (["add", "--stdin-json"], stdin_json({"description": "a", "maxRetries": 2.5}),
                            ['"maxRetries"', "not a whole number"]),
    "json maxRetries true": (["add", "--stdin-json"], stdin_json({"description": "a", "maxRetries": True}),
                             ['"maxRetries"', "expected a number"]),
    "json maxRetries huge": (["add", "--stdin-json"], stdin_json({"description": "a", "maxRetries": 10 ** 30}),
                             ['"maxRetries"', "out of range"]),
    "json integer of 5,000 digits": (["add", "--stdin-json"],
                                     raw_json('[{"description": "a", "maxRetries": ' + DIGITS + "}]"),
                                     ["stdin", "digits"]),
    "json NUL in description": (["add", "--stdin-json"], stdin_json({"description": "a\x00b"}),
                                ['"description"', "NUL"]),
    "json NUL in command": (["add", "--stdin-json"], stdin_json({"description": "a", "command": "ls\x00x"}),
                            ['"command"', "NUL"]),
    "json lone surrogate": (["add", "--stdin-json"], raw_json('[{"description": "a\\ud800b"}]'),
                            ['"description"', "lone surrogate"]),
    "json lone surrogate in goal": (["add", "--stdin-json"], raw_json('[{"description": "a", "goal": "\\udfff"}]'),
                                    ['"goal"', "lone surrogate"]),
    "json description over 1 MiB": (["add", "--stdin-json"], stdin_json({"description": "x" * (TEXT_LIMIT + 1)}),
                                    ['"description"', "over the limit of 1,048,576"]),
    "json workdir over the limit": (["add", "--stdin-json"],
                                    stdin_json({"description": "a", "workdir": "/" + "a" * NAME_LIMIT}),
                                    ['"workdir"', "over the limit of 4,096"]),
    "json description a number": (["add", "--stdin-json"], stdin_json({"description": 5}), ['"description"']),
    "json notes not text": (["add", "--stdin-json"], stdin_json({"description": "a", "notes": [1]}), ['"notes"']),
    "json 100,000 deep": (["add", "--stdin-json"], raw_json("[" * 100_000 + "]" * 100_000), ["nested too deep"]),
    "json deep inside a field": (["add", "--stdin-json"],
                                 raw_json('[{"description": "a", "schedule": ' + "[" * 50_000 + "]" * 50_000 + "}]"),
                                 ["nested too deep"]),
    "json not UTF-8": (["add", "--stdin-json"], b'[{"description": "caf\xe9"}]', ["not UTF-8", "0xe9"]),
    "json UTF-16": (["add", "--stdin-json"], '[{"description": "a"}]'.encode("utf-16"), ["not UTF-8"]),
    "json an object": (["add", "--stdin-json"], stdin_json({"description": "a"})[1:-1], ["expected a JSON array"]),
    "json id of 5,000 digits": (["add", "--stdin-json"], stdin_json({"description": "a", "depends_on": [BIG_ID]}),
                                ["depends_on", "not a task id"]),
    "json huge batch index": (["add", "--stdin-json"], stdin_json({"description": "a", "depends_on": [10 ** 30]}),
                              ["depends_on index", "does not name another task"]),
    "--after id of 5,000 digits": (["add", "a", "--after", BIG_ID], None, ["depends_on", "not a task id"]),
    "argv description not UTF-8": ([b"add", b"caf\xe9"], None, ["argument 2", "0xe9", "not valid UTF-8"]),
    "argv goal not UTF-8": ([b"add", b"a", b"--goal", b"\xff"], None, ["argument 4", "0xff"]),
    "argv command not UTF-8": ([b"add", b"a", b"--command", b"ls \xfe"], None, ["argument 4", "0xfe"]),
    "argv note not UTF-8": ([b"retry", b"T-01", b"--note", b"\xc3("], None, ["argument 4", "0xc3"]),
    "argv intake message not UTF-8": ([b"intake", b"remind me \xe9"], None, ["argument 2", "0xe9"]),
    "argv id not UTF-8": ([b"status", b"T-0\xff"], None, ["argument 2", "0xff"]),
    "intake stdin not UTF-8": (["intake", "-"], b"remind me caf\xe9", ["message on stdin", "not UTF-8"]),
    "parse stdin not UTF-8": (["parse", "-"], b"\xff\xfe", ["message on stdin", "not UTF-8"]),
}
ID_COMMANDS = {
    "status": [], "retry": [], "skip": [], "cancel": [], "done": [], "logs": [], "attach": ["--session", "s"],
    "report": ["--ok"], "answer": ["yes"], "edit": ["--description", "x"], "diff": [], "urgent": [], "wait": [],
}
for _name, _extra in ID_COMMANDS.items():
    CASES[f"{_name} id of 5,000 digits"] = ([_name, BIG_ID, *_extra], None, ["is not a task id"])


def run(cli, argv, stdin: bytes | None):
    argv = [arg if isinstance(arg, bytes) else arg.encode() for arg in argv]
    return subprocess.run([sys.executable.encode(), b"-m", b"task_runner", *argv], input=stdin or b"",
                          capture_output=True, timeout=60, env=cli.env, cwd=cli.workspace)


@pytest.fixture
def existing(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    cli("add", "existing task")
    return cli.queue_path.read_bytes()


def test_there_are_at_least_49_kinds_of_bad_input():
    assert len(CASES) >= 49


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_refused_naming_it_and_the_queue_is_untouched(cli, existing, name):
    argv, stdin, words = CASES[name]
    command = (argv[0].decode() if isinstance(argv[0], bytes) else argv[0])
    if command not in COMMANDS:
        pytest.skip(f"no {command} command in this version")
    result = run(cli, argv, stdin)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, (result.returncode, stderr)
    assert "Traceback" not in stderr and "invalid queue" not in stderr and "internal error" not in stderr
    for word in words:
        assert word in stderr, (word, stderr)
    assert len(stderr) < 2000  # a 5,000-digit value is named, not echoed
    assert cli.queue_path.read_bytes() == existing


def test_a_description_of_one_mebibyte_is_accepted_and_shown_within_a_line(cli, existing):
    description = "word " * (TEXT_LIMIT // 5)
    result = run(cli, ["add", "--stdin-json"], stdin_json({"description": description}))
    assert result.returncode == 0, result.stderr
    assert cli.queue()["tasks"][-1]["description"] == description.strip()
    table = cli("status").stdout
    assert len(table) < 5000 and "T-02" in table


def test_good_flags_still_store_numbers(cli, existing):
    cli("add", "timed", "--timeout", "90", "--max-retries", "3")
    task = cli.queue()["tasks"][-1]
    assert (task["timeout_s"], task["maxRetries"]) == (90.0, 3)
    run(cli, ["add", "--stdin-json"], stdin_json({"description": "json", "timeout_s": 5, "maxRetries": 2.0}))
    task = cli.queue()["tasks"][-1]
    assert (task["timeout_s"], task["maxRetries"]) == (5, 2)


def test_invalid_utf8_with_json_prints_the_error_document(cli, existing):
    result = run(cli, [b"add", b"caf\xe9", b"--json"], None)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["ok"] is False and document["exit_code"] == 1 and "0xe9" in document["error"]
