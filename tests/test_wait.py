"""``wait``: block until tasks finish; 0 all done, 1 any blocked/skipped, 124 on timeout (issue 12 §3)."""

import json
import threading
import time

import pytest

from task_runner.commands.wait import TIMED_OUT

pytestmark = pytest.mark.usefixtures("shell_allowed")  # these tasks run their own commands


def test_wait_returns_0_when_every_task_is_done(cli):
    cli("add", "one", "--worker", "shell", "--command", "sleep 0.5; echo one")
    cli("add", "two", "--worker", "shell", "--command", "sleep 0.3; echo two")
    began = time.monotonic()
    done = cli("wait", "--json", "--timeout", "20")
    assert time.monotonic() - began < 10
    document = json.loads(done.stdout)
    assert document["exit_code"] == 0 and not document["timed_out"]
    assert [(t["id"], t["status"], t["finished"]) for t in document["tasks"]] == [("T-01", "done", True),
                                                                                  ("T-02", "done", True)]
    assert document["tasks"][0]["deliverable"] == "one"
    assert all(task["status"] == "done" for task in cli.queue()["tasks"])


def test_wait_returns_1_when_a_task_is_blocked_or_skipped(cli):
    cli("add", "fails", "--worker", "shell", "--command", "echo 'no such file' >&2; exit 2", "--max-retries", "0")
    result = cli("wait", "T-01", "--timeout", "20", check=1)
    assert "T-01 blocked" in result.stdout
    cli("add", "later", "--worker", "shell", "--command", "true", "--not-before", "2099-01-01T00:00:00Z")
    threading.Timer(0.5, lambda: cli("skip", "T-02")).start()
    result = cli("wait", "t2", "--timeout", "20", check=1)
    assert "T-02 skipped" in result.stdout


def test_wait_times_out_with_124_and_says_what_is_unfinished(cli):
    cli("add", "slow", "--worker", "shell", "--command", "sleep 30")
    began = time.monotonic()
    result = cli("wait", "--json", "--timeout", "0.5", check=TIMED_OUT)
    assert time.monotonic() - began < 5
    document = json.loads(result.stdout)
    assert document["timed_out"] and document["tasks"][0] == dict(document["tasks"][0], finished=False,
                                                                  status="running")
    cli("cancel", "T-01")


def test_wait_status_selects_tasks_and_archived_tasks_count_as_finished(cli):
    cli("add", "quick", "--worker", "shell", "--command", "echo q")
    cli("wait", "--status", "running", "--timeout", "20")
    assert cli.queue()["tasks"][0]["status"] == "done"
    archive = cli.dir / "archive"
    archive.mkdir()
    queue = cli.queue()
    (archive / "2026-11.json").write_text(json.dumps(dict(queue, tasks=queue["tasks"])))
    cli.queue_path.write_text(json.dumps(dict(queue, tasks=[])))
    assert "T-01 done" in cli("wait", "T-01", "--timeout", "5").stdout


def test_wait_for_a_task_that_is_nowhere_exits_1_and_bad_timeouts_are_refused(cli):
    cli("add", "x", "--no-dispatch")
    assert "T-09 is not in the queue" in cli("wait", "T-09", "--timeout", "1", check=1).stdout
    for bad in ("nan", "-1", "inf"):
        assert "--timeout" in cli("wait", "--timeout", bad, check=2).stderr
