"""The parser stays cheap to start (issue 13 §7, issue 12 §5): every CLI call is a fresh process
that parses one message, so what ``import task_runner.parse`` loads and compiles is paid on every
call. Checked in fresh interpreters: the modules it imports, the regexes it compiles, and that
the schedule rules, datetime and croniter stay out of the way of a message that does not need
them. bench/bench_parse.py has the timings; the only timing here is a generous bound."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from task_runner.lifecycle import make_goal as lifecycle_goal
from task_runner.parse.text import make_goal

# Never on the parse path: croniter (~40 ms, our own check of the cron expressions we write is
# parse/cron.py), dateutil (only for a calendar date), the queue's modules, and stdlib modules
# that cost milliseconds where a cheaper route exists.
NEVER = ("croniter", "dateutil", "jsonschema", "json", "pathlib", "shutil", "ipaddress", "urllib", "dataclasses",
         "argparse", "typing", "subprocess", "logging", "task_runner.lifecycle", "task_runner.store",
         "task_runner.config", "task_runner.render", "task_runner.events")
SCHEDULE_MODULES = ("datetime", "task_runner.timeutil", "task_runner.parse.schedule", "task_runner.parse.schedule_once",
                    "task_runner.parse.schedule_cjk", "task_runner.parse.times")

PROBE = textwrap.dedent("""
    import json, re, sys
    compiled = set()
    original = re._compile
    def counting(pattern, flags):
        if isinstance(pattern, str):
            compiled.add((pattern, int(flags)))
        return original(pattern, flags)
    re._compile = counting
    before = set(sys.modules)
    from task_runner.parse import parse_message
    at_import, modules = len(compiled), set(sys.modules) - before
    for message in sys.argv[1:]:
        parse_message(message)
    print(json.dumps({"import_regexes": at_import, "regexes": len(compiled), "imported": sorted(modules),
                      "after": sorted(set(sys.modules) - before)}))
""")


def probe(*messages: str) -> dict:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TASK_RUNNER_")}
    done = subprocess.run([sys.executable, "-c", PROBE, *messages], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_importing_the_parser_loads_none_of_the_costly_modules():
    found = probe()
    assert not [name for name in found["imported"] if name.split(".")[0] in NEVER or name in NEVER]
    assert not set(SCHEDULE_MODULES) & set(found["imported"])


@pytest.mark.parametrize("message", [
    "book a table",
    "retry T-12 but use the staging credentials",
    "what's still pending?",
    "Do these:\n1. renew the domain\n2. email Ana the invoice\n3. run the backup script",
])
def test_a_message_without_a_time_loads_no_schedule_rules(message):
    found = probe(message)
    assert not set(SCHEDULE_MODULES) & set(found["after"])
    assert not [name for name in found["after"] if name.split(".")[0] in NEVER or name in NEVER]


@pytest.mark.parametrize("message", [
    "every Monday at 9am send me the sales report",
    "remind me every 2 hours to stretch",
    "pay the rent by Friday 5pm",
    "todos los lunes a las 9 envíame el informe",
    "每天早上9点提醒我喝水",
    "tomorrow at 3pm call the bank",
])
def test_a_schedule_is_read_without_croniter(message):
    found = probe(message)
    assert "task_runner.parse.schedule" in found["after"]
    assert not [name for name in found["after"] if name.split(".")[0] in NEVER or name in NEVER]


def test_the_parse_command_does_not_import_croniter(tmp_path):
    script = ("import runpy, sys; sys.argv = ['task_runner', 'parse', '--json', sys.argv[1]]\n"
              "try:\n    runpy.run_module('task_runner', run_name='__main__')\n"
              "except SystemExit:\n    pass\n"
              "sys.stderr.write(' '.join(sys.modules))")
    env = dict(os.environ, TASK_RUNNER_DIR=str(tmp_path / "tasks"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script, "every Monday at 9am send me the sales report"],
                          capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout)["tasks"][0]["schedule"]["cron"] == "0 9 * * 1"
    assert not {"croniter", "dateutil", "jsonschema"} & {name.split(".")[0] for name in done.stderr.split()}


@given(st.text(alphabet=st.sampled_from(list(" \t\n-*•+1234567890.)[]xX ab.;,:!Zé")), max_size=40))
def test_the_parsers_goal_is_the_lifecycle_goal(description):
    assert make_goal(description) == lifecycle_goal(description)
