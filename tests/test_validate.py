"""The fast schema interpreter agrees with the jsonschema library on the packaged schema."""

import json

import hypothesis.strategies as st
from hypothesis import given, settings

from conftest import EXAMPLES
from task_runner.lifecycle import complete_queue
from task_runner.validate import NAME_LIMIT, TEXT_LIMIT, is_valid_reference, queue_error

LONG_TEXT = "x" * (TEXT_LIMIT + 1)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 5) | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["T-01", "T-1", "pending", "done", "info-lookup", "2026-03-10T08:00:00Z", "x", ""])
    # the bounds: either side of every maximum, id and text length
    | st.sampled_from([64, 65, 100, 101, 3650, 3651, 100_000, 100_001, 604_800, 604_801, 10**6, 10**6 + 1,
                       "T-999999", "T-1000000", "x" * NAME_LIMIT, "x" * (NAME_LIMIT + 1), LONG_TEXT]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
EXAMPLE = json.loads((EXAMPLES / "task-queue.prompt-skill.json").read_text())
TASK_KEYS = list(EXAMPLE["tasks"][0]) + ["depends_on", "schedule", "timeout_s", "notes", "attempts", "workdir",
                                         "command", "worker"]


@st.composite
def mutated_queues(draw):
    queue = json.loads(json.dumps(EXAMPLE))
    tasks = list(queue["tasks"])
    for _ in range(draw(st.integers(0, 3))):
        target = queue if draw(st.booleans()) else draw(st.sampled_from(tasks))
        keys = list(queue) if target is queue else TASK_KEYS
        key = draw(st.sampled_from(keys))
        if draw(st.integers(0, 4)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(JSON_VALUES)
    return queue


@settings(max_examples=400, deadline=None)
@given(mutated_queues())
def test_interpreter_and_jsonschema_agree(queue):
    ids = [t.get("id") for t in queue.get("tasks", []) if isinstance(t, dict)] if isinstance(
        queue.get("tasks"), list) else []
    unique_ids = len(ids) == len(set(map(str, ids)))
    ours = queue_error(queue) is None
    assert ours == (is_valid_reference(queue) and unique_ids)


def test_examples_are_valid_once_completed():
    for name in ("task-queue.prompt-skill.json", "task-queue.minimal.json"):
        queue = complete_queue(json.loads((EXAMPLES / name).read_text()))
        assert queue_error(queue) is None and is_valid_reference(queue)
