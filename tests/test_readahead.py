"""A queue read ahead for the next command (QueueStore.read_ahead, warm.py's spare) is only ever
taken for the very bytes a command reads itself, once, and changes nothing of what it writes."""

import json
import os
import shutil

import pytest

from task_runner import readahead, store
from task_runner.errors import QueueError
from task_runner.store import QueueStore


@pytest.fixture(autouse=True)
def nothing_read_ahead():
    readahead.forget()
    yield
    readahead.forget()


@pytest.fixture
def queued(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    for description in ("water the plants", "feed the cat", "call the plumber"):
        cli("add", description)
    return cli


def rewrite_in_place(path, old: bytes, new: bytes) -> None:
    """Same inode, same size, same modification time: only the bytes tell the change."""
    assert len(old) == len(new)
    info = os.stat(path)
    data = path.read_bytes()
    assert old in data
    with open(path, "r+b") as handle:
        handle.write(data.replace(old, new))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (info.st_ino, info.st_size, info.st_mtime_ns)


def test_a_command_takes_the_queue_read_ahead_once(queued):
    QueueStore(queued.dir).read_ahead()
    reader = QueueStore(queued.dir)
    first = reader.read()
    assert first is not None and not readahead._held  # taken: nobody else gets this object
    assert [task["description"] for task in first["tasks"]] == ["water the plants", "feed the cat",
                                                               "call the plumber"]
    first["tasks"].clear()  # the caller may change what it got
    second = reader.read()
    assert second is not first and len(second["tasks"]) == 3


def test_other_bytes_are_read_from_the_file_even_with_the_same_size_and_time(queued):
    QueueStore(queued.dir).read_ahead()
    rewrite_in_place(queued.queue_path, b"feed the cat", b"feed the dog")
    queue = QueueStore(queued.dir).read()
    assert [task["description"] for task in queue["tasks"]][1] == "feed the dog"
    assert not readahead._held


def test_a_transaction_on_a_queue_read_ahead_writes_what_it_would_have_written(queued, tmp_path):
    twin = tmp_path / "twin"
    shutil.copytree(queued.dir, twin)

    def change(directory):
        with QueueStore(directory).transaction() as queue:
            queue["tasks"][1]["description"] = "feed the cat twice"
            queue["tasks"].append(dict(queue["tasks"][0], id="T-04", description="mop the floor"))
        return (directory / store.QUEUE_FILE).read_bytes()

    QueueStore(queued.dir).read_ahead()
    ahead = readahead._held[queued.queue_path]
    assert ahead.twin is not None and len(ahead.rows) == 3  # the unchanged copy and the rows, made ahead
    read_ahead = change(queued.dir)
    assert not readahead._held
    assert read_ahead == change(twin)
    assert json.loads(read_ahead)["tasks"][1]["description"] == "feed the cat twice"


def test_nothing_is_read_ahead_of_a_missing_or_very_big_queue(queued, tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o700)
    QueueStore(empty).read_ahead()
    assert not readahead._held
    monkeypatch.setattr(readahead, "LIMIT", queued.queue_path.stat().st_size - 1)
    QueueStore(queued.dir).read_ahead()
    assert not readahead._held


def test_a_broken_queue_is_not_read_ahead_and_the_command_still_says_what_is_wrong(queued):
    QueueStore(queued.dir).read_ahead()
    queued.queue_path.write_text('{"tasks": [')
    with pytest.raises(QueueError, match="not valid JSON"):
        QueueStore(queued.dir).read()
    with pytest.raises(QueueError, match="not valid JSON"):
        QueueStore(queued.dir).read_ahead()
    assert not readahead._held


def test_a_queue_laid_out_by_another_writer_is_read_ahead_and_changed_alike(queued, tmp_path):
    from conftest import EXAMPLES

    foreign = (EXAMPLES / "task-queue.prompt-skill.json").read_bytes()
    twin = tmp_path / "twin"
    twin.mkdir(mode=0o700)
    for folder in (queued.dir, twin):
        (folder / store.QUEUE_FILE).write_bytes(foreign)
        (folder / store.CHECKED_FILE).unlink(missing_ok=True)

    def change(directory):
        with QueueStore(directory).transaction() as queue:
            queue["tasks"][0]["description"] += " (checked)"
        return (directory / store.QUEUE_FILE).read_bytes()

    QueueStore(queued.dir).read_ahead()
    ahead = readahead._held[queued.queue_path]
    assert not ahead.ours and ahead.rows is None and ahead.twin is None
    assert change(queued.dir) == change(twin)


def test_a_store_reads_on_after_a_transaction_on_a_foreign_queue_read_ahead(queued):
    from conftest import EXAMPLES

    record = queued.dir / store.CHECKED_FILE
    queued.queue_path.write_bytes((EXAMPLES / "task-queue.prompt-skill.json").read_bytes())
    record.unlink(missing_ok=True)
    QueueStore(queued.dir).read_ahead()
    long_lived = QueueStore(queued.dir)
    with long_lived.transaction():
        pass  # nothing changed: the file stays as it was laid out
    with QueueStore(queued.dir).transaction() as queue:  # another writer
        queue["tasks"][0]["description"] = "changed by another writer"
    record.unlink()  # no record of the check: the long-lived store checks the file itself
    assert long_lived.read()["tasks"][0]["description"] == "changed by another writer"


def test_a_read_ahead_cut_short_leaves_the_rows_and_the_copy_to_the_write(queued, tmp_path):
    """The spare stops after decoding once the command has come: a status needs no more, and a
    write finds the rows and makes the copy itself, writing the same bytes."""
    twin = tmp_path / "twin"
    shutil.copytree(queued.dir, twin)

    def change(directory):
        with QueueStore(directory).transaction() as queue:
            queue["tasks"][2]["description"] = "call the plumber at noon"
        return (directory / store.QUEUE_FILE).read_bytes()

    QueueStore(queued.dir).read_ahead(lambda: True)
    ahead = readahead._held[queued.queue_path]
    assert ahead.document is not None and ahead.rows is None and ahead.twin is None
    assert change(queued.dir) == change(twin)
