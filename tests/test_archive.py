"""The archiver: what moves, where it goes (UTC month), merging, crash safety, reading back."""

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from task_runner import archive
from task_runner.errors import QueueError
from task_runner.lifecycle import new_task
from task_runner.store import QueueStore, load_document

NOW = "2026-04-20T12:00:00Z"


def task(task_id, status="done", completed_at="2026-03-01T10:00:00Z", **extra):
    record = new_task(task_id, f"task {task_id}", added_at="2026-02-01T00:00:00Z", **extra)
    record["status"] = status
    if status in ("done", "blocked", "skipped"):
        record["completed_at"] = completed_at
    return record


def write_queue(cli, tasks, **top):
    cli.dir.mkdir(parents=True, exist_ok=True)
    numbers = [int(t["id"][2:]) for t in tasks]
    queue = {"version": "1.0", "maxConcurrent": 2, "maxRetries": 3, "archiveDays": 7,
             "taskRunnerDir": str(cli.dir), "lastId": f"T-{max(numbers, default=0) + 5:02d}",
             "archivedCount": 0, "tasks": tasks, **top}
    cli.queue_path.write_text(json.dumps(queue, indent=2), encoding="utf-8")
    return queue


def archive_file(cli, month):
    return json.loads((cli.dir / "archive" / f"{month}.json").read_text(encoding="utf-8"))


def ids(tasks):
    return [t["id"] for t in tasks]


def test_old_terminal_tasks_move_recent_and_live_ones_stay(cli):
    write_queue(cli, [
        task("T-01"),
        task("T-02", "blocked", "2026-03-02T00:00:00Z"),
        task("T-03", "skipped", "2026-04-12T11:59:59Z"),  # 8 days old
        task("T-04", "done", "2026-04-15T00:00:00Z"),  # 5 days old
        task("T-05", "pending"),
        task("T-06", "running"),
        dict(task("T-07"), completed_at=None),  # terminal but undated: stays visible
    ])
    before = cli.queue()
    out = cli("archive", env={"TASK_RUNNER_NOW": NOW}).stdout
    assert "Archived 3 task(s): T-01, T-02, T-03" in out
    queue = cli.queue()
    assert ids(queue["tasks"]) == ["T-04", "T-05", "T-06", "T-07"]
    assert queue["archivedCount"] == 3
    assert queue["lastId"] == before["lastId"]
    march, april = archive_file(cli, "2026-03"), archive_file(cli, "2026-04")
    assert ids(march["tasks"]) == ["T-01", "T-02"] and ids(april["tasks"]) == ["T-03"]
    assert march["tasks"][0] == before["tasks"][0]  # moved whole
    for month in ("2026-03", "2026-04"):  # the queue's own format: the store validates it
        path = cli.dir / "archive" / f"{month}.json"
        document = load_document(path, path.read_bytes())
        assert document["version"] == "1.0" and document["archivedCount"] == len(document["tasks"])
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct((cli.dir / "archive").stat().st_mode & 0o777) == "0o700"


def test_archive_days_setting_is_honoured(cli):
    write_queue(cli, [task("T-01", completed_at="2026-04-15T00:00:00Z")])
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    assert ids(cli.queue()["tasks"]) == ["T-01"]
    cli("archive", env={"TASK_RUNNER_NOW": NOW, "TASK_RUNNER_ARCHIVE_DAYS": "2"})
    assert cli.queue()["tasks"] == []


@pytest.mark.parametrize("tz", ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_month_is_the_utc_month_of_completed_at_whatever_the_zone(cli, tz):
    write_queue(cli, [
        task("T-01", completed_at="2026-03-31T23:30:00-02:00"),  # 2026-04-01 01:30 UTC
        task("T-02", completed_at="2026-04-01T00:30:00+02:00"),  # 2026-03-31 22:30 UTC
        task("T-03", completed_at="2026-02-28T23:59:59Z"),
        task("T-04", completed_at="2026-01-01T00:00:00+14:00"),  # 2025-12-31 10:00 UTC
    ])
    cli("archive", env={"TASK_RUNNER_NOW": NOW, "TZ": tz})
    assert sorted(p.name for p in (cli.dir / "archive").iterdir()) == [
        "2025-12.json", "2026-02.json", "2026-03.json", "2026-04.json"]
    assert ids(archive_file(cli, "2026-04")["tasks"]) == ["T-01"]
    assert ids(archive_file(cli, "2026-03")["tasks"]) == ["T-02"]
    assert ids(archive_file(cli, "2025-12")["tasks"]) == ["T-04"]


def test_merges_with_existing_archive_file_and_keeps_its_fields(cli):
    write_queue(cli, [task("T-03"), task("T-12", completed_at="2026-03-20T00:00:00Z")])
    (cli.dir / "archive").mkdir()
    existing = {"lastId": "T-02", "tasks": [task("T-02"), task("T-10")], "archivedCount": 2,
                "note": "kept by the archiver"}
    (cli.dir / "archive" / "2026-03.json").write_text(json.dumps(existing), encoding="utf-8")
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    march = archive_file(cli, "2026-03")
    assert ids(march["tasks"]) == ["T-02", "T-03", "T-10", "T-12"]  # by id number, not as text
    assert march["archivedCount"] == 4 and march["note"] == "kept by the archiver"


def test_task_needed_by_a_live_dependant_stays_until_it_is_finished(cli):
    write_queue(cli, [task("T-01"), task("T-02", "pending", depends_on=["T-01"])])
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    assert ids(cli.queue()["tasks"]) == ["T-01", "T-02"]
    queue = cli.queue()
    queue["tasks"][1].update(status="done", completed_at="2026-03-05T00:00:00Z")
    cli.queue_path.write_text(json.dumps(queue), encoding="utf-8")
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    assert cli.queue()["tasks"] == [] and ids(archive_file(cli, "2026-03")["tasks"]) == ["T-01", "T-02"]


def test_ids_are_not_reused_after_archiving(cli):
    write_queue(cli, [task("T-01")])
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    cli("add", "something new", "--no-dispatch")
    assert ids(cli.queue()["tasks"]) == ["T-07"]  # lastId was T-06


def test_injected_failure_between_the_two_writes_then_rerun(pinned_env, monkeypatch):
    store = QueueStore(pinned_env)
    pinned_env.mkdir()
    tasks = [task("T-01"), task("T-02", completed_at="2026-02-10T00:00:00Z"), task("T-03", "pending")]
    store.path.write_text(json.dumps({"lastId": "T-03", "tasks": tasks, "archivedCount": 4}), encoding="utf-8")
    from task_runner.config import load_config

    config = load_config()
    real_replace = os.replace

    def crash_on_queue(src, dst, *args, **kwargs):  # the queue write fails; archive writes succeed
        if str(dst).endswith("task-queue.json"):
            raise OSError("disk gone")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", crash_on_queue)
    now = datetime(2026, 4, 20, tzinfo=timezone.utc)
    with pytest.raises(QueueError, match="disk gone"):
        archive.archive_pass(store, lambda queue: config.effective(queue, "archiveDays"), now)
    assert ids(store.read()["tasks"]) == ["T-01", "T-02", "T-03"]  # queue as before
    assert ids(archive.load_archived(pinned_env)) == ["T-02", "T-01"]  # archive already written

    monkeypatch.setattr(os, "replace", real_replace)
    result = archive.archive_pass(store, lambda queue: config.effective(queue, "archiveDays"), now)
    assert result.archived == ["T-01", "T-02"]
    queue = store.read()
    assert ids(queue["tasks"]) == ["T-03"] and queue["archivedCount"] == 6
    assert ids(archive.load_archived(pinned_env)) == ["T-02", "T-01"]  # no duplicates
    assert archive.archive_pass(store, lambda queue: config.effective(queue, "archiveDays"), now).archived == []


KILLER = """
import os, signal, sys
real_replace = os.replace
def replace(src, dst, *a, **k):
    if str(dst).endswith("task-queue.json"):
        os.kill(os.getpid(), signal.SIGKILL)  # die after the archive is on disk, before the queue is
    return real_replace(src, dst, *a, **k)
os.replace = replace
from task_runner.cli import main
sys.exit(main(["archive"]))
"""


def test_real_sigkill_between_archive_and_queue_write_loses_and_duplicates_nothing(cli):
    write_queue(cli, [task("T-01"), task("T-02", "done", "2026-03-30T00:00:00Z"), task("T-03", "pending")])
    before = cli.queue_path.read_bytes()
    env = dict(cli.env, TASK_RUNNER_NOW=NOW)
    killed = subprocess.run([sys.executable, "-c", KILLER], env=env, cwd=cli.workspace, capture_output=True)
    assert killed.returncode == -signal.SIGKILL
    assert cli.queue_path.read_bytes() == before
    assert ids(archive_file(cli, "2026-03")["tasks"]) == ["T-01", "T-02"]

    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    queue = cli.queue()
    assert ids(queue["tasks"]) == ["T-03"] and queue["archivedCount"] == 2
    assert ids(archive_file(cli, "2026-03")["tasks"]) == ["T-01", "T-02"]
    assert ids(cli.json("status", "--archived")["tasks"]) == ["T-01", "T-02"]


def test_corrupt_archive_file_is_left_alone_and_its_tasks_stay(cli):
    write_queue(cli, [task("T-01"), task("T-02", completed_at="2026-02-01T00:00:00Z")])
    (cli.dir / "archive").mkdir()
    bad = cli.dir / "archive" / "2026-03.json"
    bad.write_text('{"tasks": [ oops', encoding="utf-8")
    result = cli("archive", env={"TASK_RUNNER_NOW": NOW}, check=3)
    assert "2026-03.json" in result.stdout and "line 1" in result.stdout
    assert bad.read_text(encoding="utf-8") == '{"tasks": [ oops'
    assert ids(cli.queue()["tasks"]) == ["T-01"]  # February still went
    assert ids(archive_file(cli, "2026-02")["tasks"]) == ["T-02"]


def test_status_archived_reads_them_back(cli):
    write_queue(cli, [task("T-01"), task("T-02", completed_at="2026-02-03T00:00:00Z"), task("T-03", "pending")])
    cli("archive", env={"TASK_RUNNER_NOW": NOW})
    everything = cli.json("status", "--archived")
    assert ids(everything["tasks"]) == ["T-02", "T-01"]  # oldest month first
    march = cli.json("status", "--archived", "--month", "2026-03")
    assert ids(march["tasks"]) == ["T-01"]
    assert cli.json("status", "--archived", "--month", "2025-01")["tasks"] == []
    result = cli("status", "--archived", "--month", "March", check=2)
    assert "YYYY-MM" in result.stderr


def test_nothing_to_archive_on_a_missing_queue(cli):
    assert "Nothing to archive" in cli("archive").stdout
    assert not cli.queue_path.exists()


def test_archive_tasks_works_inside_a_callers_transaction(pinned_env):
    """How the dispatch pass uses it: on its own queue dict, before its transaction writes."""
    store = QueueStore(pinned_env)
    with store.transaction() as queue:
        queue["tasks"] = [task("T-01"), task("T-02", "pending")]
        queue["lastId"] = "T-02"
    with store.transaction() as queue:
        result = archive.archive_tasks(queue, store.directory, datetime(2026, 4, 20, tzinfo=timezone.utc), 7)
        assert result.archived == ["T-01"]
        assert (store.directory / "archive" / "2026-03.json").exists()  # archive first
        assert ids(json.loads(store.path.read_text())["tasks"]) == ["T-01", "T-02"]  # queue not yet
    assert ids(store.read()["tasks"]) == ["T-02"]
    assert os.listdir(store.directory / "archive") == ["2026-03.json"]
