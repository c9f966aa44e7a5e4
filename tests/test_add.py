"""``task-runner add``: structured add with schedules, dependencies and batch validation."""

import json
import re

import pytest


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def test_one_task_confirmation_and_defaults(cli):
    result = cli("add", "  - check the   staging db  ")
    assert result.stdout.strip() == "Added T-01: - check the staging db. Queue now has 1 pending task."
    task = cli.queue()["tasks"][0]
    assert task["type"] == "unknown" and task["status"] == "pending"
    assert task["goal"] == "Check the staging db."
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", task["added_at"])
    assert "depends_on" not in task and "schedule" not in task


def test_several_descriptions_and_options(cli, tmp_path):
    result = cli("add", "build it", "test it", "--type", "code-execution", "--workdir", str(tmp_path),
                 "--timeout", "90", "--command", "make test", "--worker", "shell", "--max-retries", "1")
    assert result.stdout.splitlines()[:3] == ["📋 Added 2 tasks to queue:", "• T-01: build it", "• T-02: test it"]
    assert "Queue now has 2 pending tasks." in result.stdout
    for task in cli.queue()["tasks"]:
        assert (task["type"], task["workdir"], task["timeout_s"], task["command"], task["worker"],
                task["maxRetries"]) == ("code-execution", str(tmp_path), 90.0, "make test", "shell", 1)


def test_ids_continue_from_the_higher_of_last_id_and_highest_present(cli):
    cli.dir.mkdir()
    cli.queue_path.write_text(json.dumps({"lastId": "T-41", "tasks": [
        {"id": "T-07", "description": "old"}], "archivedCount": 30}))
    assert cli.json("add", "next")["added"][0]["id"] == "T-42"
    cli.queue_path.write_text(json.dumps({"lastId": "T-03", "tasks": [
        {"id": "T-98", "description": "old"}, {"id": "T-99", "description": "old"}]}))
    assert [t["id"] for t in cli.json("add", "a", "b")["added"]] == ["T-100", "T-101"]
    assert cli.queue()["lastId"] == "T-101"


def test_ids_are_never_reused_after_tasks_leave_the_queue(cli):
    cli("add", "a", "b", "c")
    queue = cli.queue()
    queue["tasks"] = []  # as after archiving: lastId stays
    cli.queue_path.write_text(json.dumps(queue))
    assert cli.json("add", "d")["added"][0]["id"] == "T-04"


def test_cron_is_validated_and_echoed(cli):
    result = cli("add", "weekly report", "--cron", "0  9 * * 1")
    assert "⏰ every Monday 09:00" in result.stdout
    assert cli.queue()["tasks"][0]["schedule"] == {"cron": "0 9 * * 1", "due": None, "not_before": None}
    bad = cli("add", "never", "--cron", "61 25 * * *", check=1)
    assert "not a valid cron expression" in bad.stderr and "'61 25 * * *'" in bad.stderr
    assert len(cli.queue()["tasks"]) == 1


def test_dates_are_stored_as_iso_with_offset(cli):
    cli("add", "pay rent", "--due", "2026-12-01 17:00", "--not-before", "2026-11-30T08:00:00+02:00",
        env={"TZ": "Europe/Berlin"})
    schedule = cli.queue()["tasks"][0]["schedule"]
    assert schedule["due"] == "2026-12-01T17:00:00+01:00"
    assert schedule["not_before"] == "2026-11-30T08:00:00+02:00"
    bad = cli("add", "x", "--due", "the day after never", check=1)
    assert "cannot read 'the day after never' as a date" in bad.stderr


def test_after_adds_dependencies_and_rejects_unknown_ids(cli):
    cli("add", "gather numbers")
    cli("add", "write summary", "--after", "t1")
    assert cli.queue()["tasks"][1]["depends_on"] == ["T-01"]
    result = cli("add", "orphan", "--after", "T-09", check=1)
    assert "depends on T-09, which is not in the queue" in result.stderr
    assert cli("add", "bad ref", "--after", "banana", check=1).stderr.count("not a task id") == 1
    assert len(cli.queue()["tasks"]) == 2


def test_stdin_json_batch_with_in_batch_dependencies(cli):
    batch = [
        {"description": "find the cheapest flight", "type": "info-lookup"},
        {"description": "book it", "depends_on": [0], "schedule": {"due": "2026-12-24T12:00:00Z"}},
        {"description": "tell Sam", "type": "messaging", "depends_on": [1], "schedule_phrase": "later"},
    ]
    document = cli.json("add", "--stdin-json", input=json.dumps(batch))
    assert [t["id"] for t in document["added"]] == ["T-01", "T-02", "T-03"]
    tasks = cli.queue()["tasks"]
    assert tasks[1]["depends_on"] == ["T-01"] and tasks[2]["depends_on"] == ["T-02"]
    assert tasks[1]["schedule"]["due"] == "2026-12-24T12:00:00Z"


@pytest.mark.parametrize("batch, message", [
    ([{"description": "ok"}, {"description": ""}], "stdin-json task 1: \"description\" must be a non-empty string"),
    ([{"description": "ok"}, "just text"], "stdin-json task 1: expected an object"),
    ([{"description": "ok", "type": "chores"}], "stdin-json task 0: type 'chores' is not one of"),
    ([{"description": "ok", "colour": "red"}], "stdin-json task 0: unknown field 'colour'"),
    ([{"description": "a", "depends_on": [1]}, {"description": "b", "depends_on": [0]}], "dependency cycle"),
    ([{"description": "a", "depends_on": [0]}], "does not name another task"),
    ([{"description": "a", "cron": "every day"}], "not a valid cron expression"),
    ([{"description": "a", "timeout_s": 0}], "\"timeout_s\" must be a number of seconds"),
    ([], "expected a non-empty list"),
    ({"description": "not a list"}, "expected a JSON array"),
])
def test_invalid_batch_element_rejects_the_whole_batch(cli, batch, message):
    cli("add", "existing")
    before = cli.queue_path.read_bytes()
    result = cli("add", "--stdin-json", input=json.dumps(batch), check=1)
    assert message in result.stderr
    assert "nothing was added" in result.stderr.lower()
    assert cli.queue_path.read_bytes() == before


def test_stdin_json_that_is_not_json_names_line_and_column(cli):
    result = cli("add", "--stdin-json", input='[{"description": "a"},\n  oops]', check=1)
    assert "line 2, column 3" in result.stderr


def test_usage_errors_exit_2(cli):
    assert cli("add", check=2).stderr.startswith("task-runner: error: give at least one task description")
    assert "invalid choice" in cli("add", "x", "--type", "chores", check=2).stderr
    assert not cli.queue_path.exists()


def test_json_output_is_one_document(cli):
    document = json.loads(cli("add", "x", "--json").stdout)
    assert document["ok"] is True and document["added"][0]["description"] == "x"


def test_the_users_schedule_phrase_is_kept_and_echoed(cli):
    batch = [{"description": "send the sales report", "cron": "0 9 * * 1", "schedule_phrase": "every monday at 9am"}]
    result = cli("add", "--stdin-json", input=json.dumps(batch))
    assert '⏰ every Monday 09:00 (from "every monday at 9am")' in result.stdout
    assert cli.queue()["tasks"][0]["schedule"]["phrase"] == "every monday at 9am"


def test_the_first_add_to_a_fresh_queue_loads_no_archive_machinery(cli):
    """A queue with no lastId asks the archive for the highest id ever issued; that must not pull
    in shutil (with bz2 and lzma, ~2 ms of every first intake) when nothing is removed."""
    import subprocess
    import sys

    probe = ("import sys\nfrom task_runner import cli\ncode = cli.main(['add', 'first task', '--no-dispatch'])\n"
             "print(code, sorted(name for name in ('shutil', 'bz2', 'lzma') if name in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], env=cli.env, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "0 []", done.stdout + done.stderr
    assert cli.queue()["lastId"] == "T-01"
