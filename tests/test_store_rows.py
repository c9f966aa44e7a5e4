"""A transaction re-encodes only the tasks it changed (issue 12 §5): every other line of our own
file is written back as it was, and the file always reads as exactly the queue the caller left."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from task_runner.lifecycle import new_task
from task_runner.store import QueueStore, format_queue


def canonical(document) -> str:
    """Equality that also tells 1 from 1.0 from true (Python's == does not)."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False)


def task_lines(store: QueueStore) -> list[str]:
    return [line for line in store.path.read_text().splitlines() if line.startswith("    {")]


def make_store(tmp_path, count: int) -> QueueStore:
    store = QueueStore(tmp_path / "q")
    with store.transaction() as queue:
        queue["tasks"] += [new_task(f"T-{n:02d}", f"task {n}") for n in range(1, count + 1)]
    return store


def test_only_the_changed_task_is_encoded_again(tmp_path, monkeypatch):
    store = make_store(tmp_path, 5)
    lines = task_lines(store)
    from task_runner import store as store_module

    encoded = []
    real = store_module._ROW_ENCODER

    class Counting:
        def encode(self, task):
            encoded.append(task["id"])
            return real.encode(task)

    monkeypatch.setattr(store_module, "_ROW_ENCODER", Counting())
    with QueueStore(store.directory).transaction() as queue:  # a fresh store: trusts the record
        queue["tasks"][2]["description"] = "task 3, reworded"
    assert encoded == ["T-03"]
    after = task_lines(store)
    assert after[:2] == lines[:2] and after[3:] == lines[3:] and "reworded" in after[2]


def test_another_process_change_is_kept_when_we_change_a_different_task(tmp_path):
    first = make_store(tmp_path, 3)
    first.read()
    with QueueStore(first.directory).transaction() as queue:  # "another process"
        queue["tasks"][1]["description"] = "changed by the other one"
    with first.transaction() as queue:
        queue["tasks"][0]["description"] = "changed by us"
    descriptions = [task["description"] for task in QueueStore(first.directory).read()["tasks"]]
    assert descriptions == ["changed by us", "changed by the other one", "task 3"]


def test_a_file_laid_out_by_someone_else_is_encoded_whole(tmp_path):
    store = make_store(tmp_path, 3)
    document = json.loads(store.path.read_text())
    store.path.write_text(json.dumps(document, indent=2))  # a hand edit: no record for these bytes
    with QueueStore(store.directory).transaction() as queue:
        queue["tasks"][0]["description"] = "edited"
    text = store.path.read_text()
    assert text == format_queue(json.loads(text))[0]
    assert len(task_lines(store)) == 3


def test_a_type_change_of_an_equal_value_is_spelled_as_first_written(tmp_path):
    """The documented limit of Python's equality, pinned so it stays a known one."""
    store = make_store(tmp_path, 1)
    with store.transaction() as queue:
        queue["tasks"][0]["note_count"] = 1
    with store.transaction() as queue:
        queue["tasks"][0]["note_count"] = 1.0
    assert '"note_count": 1}' in store.path.read_text() or '"note_count": 1,' in store.path.read_text()


FIELDS = st.sampled_from(["description", "status_note", "priority", "extra"])
VALUES = st.one_of(st.none(), st.booleans(), st.text(max_size=8), st.lists(st.integers(0, 3), max_size=3))
STEPS = st.lists(st.one_of(
    st.tuples(st.just("set"), st.integers(0, 50), FIELDS, VALUES),
    st.tuples(st.just("drop"), st.integers(0, 50)),
    st.tuples(st.just("add"), st.text(min_size=1, max_size=10)),
    st.tuples(st.just("move"), st.integers(0, 50)),
    st.tuples(st.just("other"), st.integers(0, 50), VALUES),
), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_the_file_always_reads_as_the_queue_left(tmp_path_factory, steps):
    store = make_store(tmp_path_factory.mktemp("rows"), 4)
    expected = json.loads(store.path.read_text())
    serial = 100
    for step in steps:
        kind = step[0]
        target = QueueStore(store.directory) if kind == "other" else store  # another process's writes too
        with target.transaction() as queue:
            tasks = queue["tasks"]
            if kind in ("set", "other") and tasks:
                task = tasks[step[1] % len(tasks)]
                if kind == "set":
                    field, value = step[2], step[3]
                    if field == "description" and not isinstance(value, str):
                        value = str(value)
                    task["x_" + field] = value
                else:
                    task["x_other"] = step[2]
            elif kind == "drop" and tasks:
                tasks.pop(step[1] % len(tasks))
            elif kind == "add":
                serial += 1
                tasks.append(new_task(f"T-{serial}", step[1]))
            elif kind == "move" and tasks:
                tasks.insert(0, tasks.pop(step[1] % len(tasks)))
            expected = json.loads(json.dumps(queue))
        text = store.path.read_text()
        assert canonical(json.loads(text)) == canonical(expected)
        assert len(task_lines(store)) == len(expected["tasks"])


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_TASKS = st.lists(st.fixed_dictionaries({"id": _TEXT, "note": _TEXT}, optional={"tags": st.lists(_TEXT, max_size=2)}),
                  max_size=6)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(tasks=_TASKS, after=st.dictionaries(st.sampled_from(["z", "tags", "archivedCount"]), st.lists(_TEXT, max_size=2)))
def test_the_rows_of_our_layout_are_found_and_any_other_layout_is_refused(tasks, after):
    """_task_rows reads the rows of format_queue's output, whatever keys follow the tasks, and refuses
    the same queue laid out otherwise: a transaction must never take a wrong line for a task's."""
    from task_runner.store import _task_rows

    queue = {"version": "1.0", "tasks": tasks, **after}
    text, rows, _ = format_queue(queue)
    assert _task_rows(text) == (rows if tasks else None)
    if tasks:
        assert _task_rows(json.dumps(queue, indent=2, ensure_ascii=False)) is None
        spread = text.replace("},\n    {", "},\n    \n    {", 1) if len(tasks) > 1 else text.replace("[\n    {", "[\n    {\n", 1)
        assert _task_rows(spread) is None
