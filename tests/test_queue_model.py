"""Hypothesis: add and control commands against a simple model of the queue, on a real queue file."""

import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from task_runner import control, lifecycle
from task_runner.config import load_config, open_store
from task_runner.specs import apply_specs
from task_runner.store import load_document

ALLOWED = {"retry": {"blocked", "skipped"}, "skip": {"pending", "running", "blocked"},
           "cancel": {"pending", "running", "blocked"}, "done": {"pending", "running", "blocked", "skipped"}}
AFTER = {"retry": "pending", "skip": "skipped", "cancel": "skipped", "done": "done"}


class QueueModel(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tr-model-"))
        self.config = load_config(dir=str(self.folder / "q"), workspace=str(self.folder), env={})
        self.store = open_store(self.config)
        self.model: dict[str, str] = {}
        self.last = 0

    def teardown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    # printable text: control characters are refused at the boundary (tests/test_hostile_cli.py)
    @rule(descriptions=st.lists(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=20)
                                .filter(str.strip), min_size=1, max_size=3))
    def add(self, descriptions):
        with self.store.transaction() as queue:
            added = apply_specs(queue, [{"description": d} for d in descriptions], 3, self.config.dir,
                                dedupe_minutes=0)  # repeats are tasks here; dedupe: tests/test_steer_queue.py
        expected = [f"T-{n:02d}" for n in range(self.last + 1, self.last + 1 + len(descriptions))]
        assert [t["id"] for t in added] == expected
        self.last += len(descriptions)
        self.model.update({task_id: "pending" for task_id in expected})

    @rule(data=st.data())
    def force_status(self, data):
        """Stand-in for the dispatcher: a task starts running or gets blocked."""
        if not self.model:
            return
        task_id = data.draw(st.sampled_from(sorted(self.model)))
        status = data.draw(st.sampled_from(["running", "blocked"]))
        if self.model[task_id] != "pending":
            return
        with self.store.transaction() as queue:
            task = next(t for t in queue["tasks"] if t["id"] == task_id)
            task["status"] = status
            if status == "blocked":
                task["completed_at"] = "2026-11-20T10:00:00Z"
                task["retries"] = task["maxRetries"]
        self.model[task_id] = status

    @rule(verb=st.sampled_from(control.VERBS), data=st.data())
    def command(self, verb, data):
        known = sorted(self.model)
        chosen = data.draw(st.lists(st.sampled_from(known + ["T-999"]), max_size=4, unique=True))
        with self.store.transaction() as queue:
            outcome = control.apply(queue, verb, chosen, None, None, lifecycle.Policy())
        expected_changed = [i for i in chosen if i in self.model and self.model[i] in ALLOWED[verb]]
        assert outcome["changed"] == expected_changed
        assert {r["id"] for r in outcome["rejected"]} == set(chosen) - set(expected_changed)
        for task_id in expected_changed:
            self.model[task_id] = AFTER[verb]

    @invariant()
    def file_matches_model(self):
        if not self.store.path.exists():
            return
        queue = load_document(self.store.path, self.store.path.read_bytes())
        assert {t["id"]: t["status"] for t in queue["tasks"]} == self.model
        assert queue["lastId"] == (f"T-{self.last:02d}" if self.last else None)
        for task in queue["tasks"]:
            assert (task["completed_at"] is not None) == (task["status"] in ("done", "blocked", "skipped"))
            if task["status"] == "pending":
                assert task["blocked_reason"] is None


TestQueueModel = QueueModel.TestCase
TestQueueModel.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                   suppress_health_check=[HealthCheck.too_slow])
