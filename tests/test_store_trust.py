"""A long-lived QueueStore re-checks only the tasks another process changed (issue 12 §4), never less."""

import json

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
