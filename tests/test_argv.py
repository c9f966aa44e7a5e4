"""The command-line parser (argv.py): argparse's results and messages, without argparse's start-up."""

import argparse
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from task_runner.argv import Command, Exit, Opt, Parser
from task_runner.cli import build_parser


def model() -> Parser:
    """A command shaped like ours: positionals, a choice, a repeatable option, an int, flags."""
    command = Command("act", "do it")
    command.arg("ids", "*", "ID")
    command.opt("--status", dest="selector", choices=("pending", "done"))
    command.opt("--note")
    command.opt("--after", kind="append", metavar="T-NN")
    command.opt("--attempt", type=int)
    command.opt("--no-dispatch", kind="flag")
    common = [Opt(("--json",), "json", "flag", default=False), Opt(("--dir",), "dir")]
    return Parser("prog", "test", common, [command])


def reference() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prog")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dir")
    sub = parser.add_subparsers(dest="command", required=True)
    act = sub.add_parser("act")
    act.add_argument("ids", nargs="*")
    act.add_argument("--status", dest="selector", choices=("pending", "done"))
    act.add_argument("--note")
    act.add_argument("--after", action="append", default=[])
    act.add_argument("--attempt", type=int)
    act.add_argument("--no-dispatch", action="store_true")
    return parser


VALUE = st.text(alphabet="abcT-0123 é", min_size=1, max_size=8).filter(lambda v: not v.startswith("-"))
OPTION = st.one_of(
    st.tuples(st.just("--status"), st.sampled_from(["pending", "done"])),
    st.tuples(st.sampled_from(["--note", "--after", "--no"]), VALUE).map(
        lambda pair: ("--note" if pair[0] == "--no" else pair[0], pair[1])),
    st.tuples(st.just("--attempt"), st.integers(-5, 99).map(str)),
    st.just(("--no-dispatch",)),
    st.just(("--no-d",)),  # a unique prefix
)


@settings(max_examples=300, deadline=None)
@given(before=st.booleans(), options=st.lists(OPTION, max_size=5), ids=st.lists(VALUE, max_size=3),
       ids_first=st.booleans(), equals=st.booleans())
def test_agrees_with_argparse_on_what_both_accept(before, options, ids, ids_first, equals):
    words = []
    for option in options:
        if len(option) == 2 and equals:
            words.append(f"{option[0]}={option[1]}")
        else:
            words.extend(option)
    argv = (["--json"] if before else []) + ["act"] + (ids + words if ids_first else words + ids)
    ours = vars(model().parse_args(argv))
    theirs = vars(reference().parse_args(argv))
    assert ours == theirs


@pytest.mark.parametrize("argv, message", [
    (["nope"], "argument COMMAND: invalid choice: 'nope'"),
    ([], "the following arguments are required: COMMAND"),
    (["act", "--status", "later"], "argument --status: invalid choice: 'later' (choose from 'pending', 'done')"),
    (["act", "--attempt", "two"], "argument --attempt: invalid int value: 'two'"),
    (["act", "--note"], "argument --note: expected one argument"),
    (["act", "--n"], "ambiguous option: --n could match --note, --no-dispatch"),
    (["act", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["act", "--no-dispatch=yes"], "argument --no-dispatch: ignored explicit argument 'yes'"),
])
def test_errors_say_what_is_wrong_like_argparse(argv, message, capsys):
    with pytest.raises(Exit) as caught:
        model().parse_args(argv)
    assert caught.value.code == 2
    assert message in caught.value.message
    assert message in capsys.readouterr().err


def test_a_value_may_look_like_an_option_unless_it_is_one():
    parsed = model().parse_args(["act", "T-01", "--note", "-x broke the build"])
    assert parsed.note == "-x broke the build"  # a space: a value, as argparse decides
    assert model().parse_args(["act", "--note", "-"]).note == "-"
    assert model().parse_args(["act", "--note=--no-dispatch"]).note == "--no-dispatch"
    with pytest.raises(Exit):
        model().parse_args(["act", "--note", "--no-dispatch"])


def test_double_dash_ends_the_options():
    assert model().parse_args(["act", "--", "--note", "T-01"]).ids == ["--note", "T-01"]


def test_required_options_one_of_groups_and_multi_value_options():
    parser = build_parser()
    with pytest.raises(Exit) as caught:
        parser.parse_args(["attach", "T-01"])
    assert "the following arguments are required: --session" in caught.value.message
    with pytest.raises(Exit) as caught:
        parser.parse_args(["report", "T-01"])
    assert "one of the arguments --ok --failed --question is required" in caught.value.message
    with pytest.raises(Exit) as caught:
        parser.parse_args(["report", "T-01", "--ok", "--failed"])
    assert "argument --failed: not allowed with argument --ok" in caught.value.message
    parsed = parser.parse_args(["report", "T-01", "--failed", "--action", "log in", "retry", "--reason", "x"])
    assert (parsed.action, parsed.reason, parsed.ok, parsed.failed) == (["log in", "retry"], "x", False, True)
    with pytest.raises(Exit):
        parser.parse_args(["install-skill", "--global", "--claude"])
    with pytest.raises(Exit) as caught:
        parser.parse_args(["answer", "T-01"])
    assert "the following arguments are required: TEXT" in caught.value.message


def test_common_options_before_and_after_the_command():
    parser = build_parser()
    for argv in (["--json", "--dir", "/q", "status"], ["status", "--json", "--dir=/q"], ["--dir", "/q", "status", "--json"]):
        parsed = parser.parse_args(argv)
        assert (parsed.command, parsed.json, parsed.dir, parsed.workspace) == ("status", True, "/q", None)


def test_help_and_version_exit_zero(capsys):
    for argv in (["-h"], ["status", "--help"], ["--version"]):
        with pytest.raises(Exit) as caught:
            build_parser().parse_args(argv)
        assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "commands:" in out and "--status" in out and out.count("task-runner ") >= 2


def run_cli(*argv):
    return subprocess.run([sys.executable, "-m", "task_runner", *argv], capture_output=True, text=True, timeout=60)


def test_a_usage_error_with_json_still_prints_one_json_document():
    proc = run_cli("status", "--json", "--status", "later")
    assert proc.returncode == 2
    assert json.loads(proc.stdout) == {"ok": False, "exit_code": 2, "error": proc.stderr.splitlines()[-1].split(
        "error: ", 1)[1]}
    assert proc.stderr.startswith("usage: task-runner status")
    assert "Traceback" not in proc.stderr


def test_the_cli_never_imports_argparse():
    code = ("import sys; from task_runner.cli import build_parser; build_parser().parse_args(['status']); "
            "print(sorted(m for m in ('argparse', 'shutil', 'gettext', 'locale') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("command, collects", [("status", False), ("parse", False), ("wait", True), ("serve", True),
                                               ("logs", True)])
def test_short_commands_leave_without_the_collector_or_teardown_long_ones_keep_it(command, collects):
    code = ("import sys, gc, atexit; sys.argv = ['task-runner', %r]; from task_runner import cli; "
            "atexit.register(lambda: print('teardown ran')); "
            "cli.main = lambda: print('collects', gc.isenabled()) or 7; cli.run()") % command
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 7  # main's exit code, after stdout was flushed
    assert proc.stdout == f"collects {collects}\n"  # and no teardown: os._exit skips atexit


def test_json_is_compact_for_a_program_and_indented_at_a_terminal(tmp_path):
    import os
    import pty

    env = dict(os.environ, TASK_RUNNER_DIR=str(tmp_path / "q"), OPENCLAW_WORKSPACE=str(tmp_path))
    piped = subprocess.run([sys.executable, "-m", "task_runner", "status", "--json"], capture_output=True,
                           text=True, env=env, timeout=60)
    assert piped.stdout.count("\n") == 1 and json.loads(piped.stdout)["ok"] is True
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "task_runner", "status", "--json"], stdout=follower,
                            stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=60)
    os.close(leader)
    text = shown.decode().replace("\r\n", "\n")
    assert text.startswith("{\n  \"ok\": true") and json.loads(text) == json.loads(piped.stdout)
