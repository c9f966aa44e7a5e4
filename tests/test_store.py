"""The queue store: durable, atomic, private, compatible with the prompt-only skill, never clobbering."""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import EXAMPLES
from task_runner.errors import QueueError
from task_runner.lifecycle import TASK_FIELDS
from task_runner.store import QueueStore


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def test_first_add_creates_private_folder_and_complete_queue(cli):
    cli("add", "water the plants")
    assert oct(cli.dir.stat().st_mode & 0o777) == "0o700"
    assert oct(cli.queue_path.stat().st_mode & 0o777) == "0o600"
    queue = cli.queue()
    assert queue["version"] == "1.0"
    assert (queue["maxConcurrent"], queue["maxRetries"], queue["archiveDays"]) == (2, 3, 7)
    assert queue["lastId"] == "T-01" and queue["archivedCount"] == 0
    # the 16 fields of the prompt-only skill, in its order, then what a task keeps from the settings
    # of the moment it was added (its worker kind and permission level)
    assert list(queue["tasks"][0]) == list(TASK_FIELDS) + ["worker", "permissions"]
    assert not [p for p in cli.dir.iterdir() if p.name.endswith(".tmp")]


def test_prompt_skill_queue_round_trips_every_field(cli):
    cli.dir.mkdir()
    original = json.loads((EXAMPLES / "task-queue.prompt-skill.json").read_text())
    original["customTop"] = {"kept": [1, 2]}
    original["tasks"][0]["custom_field"] = "kept too"
    cli.queue_path.write_text(json.dumps(original))
    cli("add", "a third task")
    queue = cli.queue()
    assert queue["tasks"][:2] == original["tasks"]
    assert queue["customTop"] == {"kept": [1, 2]}
    for key, value in original.items():
        if key not in ("tasks", "lastId"):
            assert queue[key] == value
    assert queue["archivedCount"] == 0  # the one field the prompt-only skill left out
    assert queue["tasks"][2]["id"] == "T-03" and queue["lastId"] == "T-03"


def test_minimal_queue_is_completed_without_losing_fields(cli):
    cli.dir.mkdir()
    shutil.copy(EXAMPLES / "task-queue.minimal.json", cli.queue_path)
    cli("add", "first real task")
    queue = cli.queue()
    for key, value in {"version": "1.0", "maxConcurrent": 2, "maxRetries": 3, "archiveDays": 7,
                       "archivedCount": 0, "lastId": "T-01"}.items():
        assert queue[key] == value
    assert "taskRunnerDir" in queue


def test_old_task_missing_fields_is_completed_on_read(cli):
    cli.dir.mkdir()
    cli.queue_path.write_text(json.dumps({"lastId": "T-07", "tasks": [
        {"id": "T-07", "description": "legacy", "status": "done", "x-extra": 1}]}))
    task = cli.json("status")["tasks"][0]
    assert set(TASK_FIELDS) <= set(task) and task["x-extra"] == 1
    assert task["strategies_tried"] == [] and task["retries"] == 0 and task["goal"] == "Legacy."
    # a read completes in memory only: the file is not rewritten by status
    assert json.loads(cli.queue_path.read_text())["tasks"][0] == {
        "id": "T-07", "description": "legacy", "status": "done", "x-extra": 1}


@pytest.mark.parametrize("content, expected", [
    ('{"tasks": [ {"id": "T-01",, } ]}', "line 1, column 27"),
    ('{\n  "tasks": [\n    {"id": "T-01"\n  ]\n}', "line 4, column 3"),
    ("", "line 1, column 1"),
    ("[1, 2]", "expected a JSON object"),
    ('{"tasks": "nope"}', "$.tasks: expected array"),
    ('{"tasks": [{"id": "X-1", "description": "d"}]}', "$.tasks[0].id"),
    ('{"tasks": [{"id": "T-01", "description": "d", "status": "finished"}]}', "schema path: properties/tasks/items"),
    ('{"maxConcurrent": 0, "tasks": []}', "$.maxConcurrent: 0 is less than the minimum 1"),
    ('{"tasks": [{"id": "T-01", "description": "a"}, {"id": "T-01", "description": "b"}]}', "duplicate task id T-01"),
])
@pytest.mark.parametrize("command", [["status"], ["add", "new task"], ["skip", "T-01"]])
def test_bad_queue_file_exits_3_and_is_left_byte_for_byte(cli, content, expected, command):
    cli.dir.mkdir()
    cli.queue_path.write_bytes(content.encode())
    result = cli(*command, check=3)
    assert str(cli.queue_path) in result.stderr
    assert expected in result.stderr
    assert "left untouched" in result.stderr or "untouched" in result.stderr
    assert cli.queue_path.read_bytes() == content.encode()


def test_binary_junk_is_reported_not_overwritten(cli):
    cli.dir.mkdir()
    junk = b"\xff\xfe\x00garbage\x80"
    cli.queue_path.write_bytes(junk)
    result = cli("add", "x", check=3)
    assert "not UTF-8" in result.stderr
    assert cli.queue_path.read_bytes() == junk


def test_queue_that_cannot_be_read_exits_3(cli):
    cli.dir.mkdir()
    cli.queue_path.mkdir()  # a folder where the file should be: unreadable for every user, root included
    result = cli("status", check=3)
    assert "cannot read the file" in result.stderr and str(cli.queue_path) in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_queue_without_read_permission_exits_3(cli):  # pragma: no cover - not run as root
    cli("add", "x")
    cli.queue_path.chmod(0)
    result = cli("status", check=3)
    assert "permissions" in result.stderr


def test_lock_held_too_long_names_the_holder_and_changes_nothing(cli):
    cli("add", "existing")
    before = cli.queue_path.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from task_runner.fsutil import file_lock
        with file_lock(Path({str(cli.dir / 'task-queue.json.lock')!r}), 5):
            print("locked", flush=True)
            time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = cli("add", "blocked writer", env={"TASK_RUNNER_LOCK_TIMEOUT": "0.3"}, check=3)
        assert f"locked by process {holder.pid}" in result.stderr
        assert cli.queue_path.read_bytes() == before
        # readers never need the lock
        assert "existing" in cli("status").stdout
    finally:
        holder.kill()
        holder.wait()


def test_portalocker_lock_excludes_our_writers(cli):
    """We lock with flock directly; a process using portalocker on the same file must exclude us."""
    cli("add", "existing")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time, portalocker
        with portalocker.Lock({str(cli.dir / 'task-queue.json.lock')!r}, mode="a", timeout=5):
            print("locked", flush=True)
            time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        cli("add", "must wait", env={"TASK_RUNNER_LOCK_TIMEOUT": "0.3"}, check=3)
    finally:
        holder.kill()
        holder.wait()
    cli("add", "now it goes through")
    assert [t["id"] for t in cli.queue()["tasks"]] == ["T-01", "T-02"]


def test_transaction_that_raises_writes_nothing(tmp_path):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    before = store.path.read_bytes()
    with pytest.raises(RuntimeError), store.transaction() as queue:
        queue["tasks"].append({"id": "T-01"})
        raise RuntimeError("boom")
    assert store.path.read_bytes() == before


def test_transaction_refuses_to_persist_an_invalid_queue(tmp_path):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    before = store.path.read_bytes()
    with pytest.raises(QueueError, match="refusing to write an invalid queue"), store.transaction() as queue:
        queue["maxConcurrent"] = "two"
    assert store.path.read_bytes() == before


def test_unchanged_transaction_does_not_rewrite(tmp_path):
    store = QueueStore(tmp_path / "q")
    store.ensure()
    inode = store.path.stat().st_ino
    with store.transaction():
        pass
    assert store.path.stat().st_ino == inode


def test_transaction_refuses_an_invalid_change_to_one_task(tmp_path):
    store = QueueStore(tmp_path / "q")
    with store.transaction() as queue:
        queue["tasks"].append(dict(json.loads((EXAMPLES / "task-queue.prompt-skill.json").read_text())["tasks"][0]))
    before = store.path.read_bytes()
    with pytest.raises(QueueError, match=r"\$\.tasks\[0\]\.status"), store.transaction() as queue:
        queue["tasks"][0]["status"] = "finished"
    assert store.path.read_bytes() == before


def test_file_has_one_task_per_line(cli):
    cli("add", "a", "b")
    lines = cli.queue_path.read_text().splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert sum(1 for line in lines if line.lstrip().startswith('{"id": "T-0')) == 2


def test_a_file_changed_behind_our_back_is_validated_again(tmp_path):
    """The store skips re-checking bytes it validated itself, never bytes someone else wrote."""
    store = QueueStore(tmp_path / "q")
    store.ensure()
    store.read()
    text = store.path.read_text().replace('"maxConcurrent": 2', '"maxConcurrent": 0')
    store.path.write_text(text)
    with pytest.raises(QueueError, match="maxConcurrent"):
        store.read()
