"""A long-lived QueueStore re-checks only the tasks another process changed (issue 12 §4), never less."""

import json
import os

import pytest

from task_runner.errors import QueueError
from task_runner.lifecycle import new_task
from task_runner.store import QueueStore


def write_rows(store: QueueStore, queue: dict, change) -> None:
    """Another process's write: the same one-task-per-line layout, one task changed by ``change``."""
    document = json.loads(store.path.read_text())
    change(document["tasks"])
    store.path.write_text(json.dumps(document, ensure_ascii=False))


@pytest.fixture
def store(tmp_path):
    store = QueueStore(tmp_path / "q")
    with store.transaction() as queue:
        queue["tasks"] += [new_task("T-01", "first"), new_task("T-02", "second")]
    return store


def test_a_changed_task_is_checked_again_and_refused_when_invalid(store):
    store.read()
    write_rows(store, None, lambda tasks: tasks[1].update(status="bogus"))
    with pytest.raises(QueueError, match=r"tasks\[1\]"):
        store.read()
    assert QueueStore(store.directory).path.exists()
    with pytest.raises(QueueError, match=r"tasks\[1\]"):  # and by a fresh store, which knows nothing
        QueueStore(store.directory).read()


def test_unchanged_tasks_are_trusted_and_a_valid_change_reads(store):
    store.read()
    write_rows(store, None, lambda tasks: tasks[0].update(description="first, reworded"))
    queue = store.read()
    assert [task["description"] for task in queue["tasks"]] == ["first, reworded", "second"]
    # a task this store never saw in that form, even with a known id, is checked
    write_rows(store, None, lambda tasks: tasks[0].update(retries="many"))
    with pytest.raises(QueueError, match=r"tasks\[0\]"):
        store.read()


# ---------------------------------------------------------------- task-queue.json.checked (across processes)


def checks_made(monkeypatch) -> list:
    """Every full schema check a store makes from now on."""
    from task_runner import store as store_module

    made = []
    real = store_module.load_document

    def counting(path, raw, known_rows=frozenset()):
        made.append(len(raw))
        return real(path, raw, known_rows)

    monkeypatch.setattr(store_module, "load_document", counting)
    return made


def test_a_fresh_process_trusts_the_bytes_another_one_checked(store, monkeypatch):
    made = checks_made(monkeypatch)
    assert [task["id"] for task in QueueStore(store.directory).read()["tasks"]] == ["T-01", "T-02"]
    assert made == []  # the writer left the fingerprint of what it wrote
    assert (store.directory / "task-queue.json.checked").read_bytes().split()[1] == \
        str(store.path.stat().st_size).encode()


def test_a_file_changed_by_hand_is_checked_and_a_bad_one_refused(store, monkeypatch):
    made = checks_made(monkeypatch)
    document = json.loads(store.path.read_text())
    document["tasks"][0]["status"] = "finished"  # same length as "pending"? no matter: other bytes
    store.path.write_text(json.dumps(document))
    with pytest.raises(QueueError, match=r"tasks\[0\]\.status"):
        QueueStore(store.directory).read()
    assert len(made) == 1
    with pytest.raises(QueueError):  # a refused file leaves no fingerprint behind: still refused
        QueueStore(store.directory).read()


def test_same_length_edit_is_caught(store):
    text = store.path.read_text()
    store.path.write_text(text.replace('"status": "pending"', '"status": "pendinG"', 1))
    with pytest.raises(QueueError, match="status"):
        QueueStore(store.directory).read()


def test_a_reader_records_a_foreign_file_it_checked(tmp_path, monkeypatch):
    """A queue written by the prompt-only skill (indented) is checked once, then trusted."""
    folder = tmp_path / "q"
    folder.mkdir(mode=0o700)
    (folder / "task-queue.json").write_text(json.dumps({"version": "1.0", "tasks": [new_task("T-01", "x")]},
                                                       indent=2))
    made = checks_made(monkeypatch)
    QueueStore(folder).read()
    QueueStore(folder).read()
    assert len(made) == 1


def test_a_fingerprint_from_another_checker_is_not_trusted(store, monkeypatch):
    from task_runner import store as store_module

    made = checks_made(monkeypatch)
    monkeypatch.setattr(store_module, "checker_identity", lambda: "an upgraded checker")
    QueueStore(store.directory).read()
    QueueStore(store.directory).read()
    assert len(made) == 1  # checked once by the new checker, which then vouches for it


@pytest.mark.parametrize("planted", [b"", b"garbage", b"\x00" * 300])
def test_a_torn_or_junk_fingerprint_only_costs_a_check(store, monkeypatch, planted):
    (store.directory / "task-queue.json.checked").write_bytes(planted)
    made = checks_made(monkeypatch)
    assert len(QueueStore(store.directory).read()["tasks"]) == 2
    assert len(made) == 1


def test_a_fingerprint_planted_as_a_link_is_never_written_through(store, tmp_path):
    target = tmp_path / "elsewhere"
    target.write_text("keep me")
    checked = store.directory / "task-queue.json.checked"
    checked.unlink()
    checked.symlink_to(target)
    assert len(QueueStore(store.directory).read()["tasks"]) == 2
    with store.transaction() as queue:
        queue["tasks"].append(new_task("T-03", "third"))
    assert target.read_text() == "keep me"


def test_a_fifo_planted_as_the_fingerprint_never_hangs_a_writer(store):
    checked = store.directory / "task-queue.json.checked"
    checked.unlink()
    os.mkfifo(checked)
    with store.transaction() as queue:  # would block forever opening a FIFO without a reader
        queue["tasks"].append(new_task("T-03", "third"))
    assert len(QueueStore(store.directory).read()["tasks"]) == 3
