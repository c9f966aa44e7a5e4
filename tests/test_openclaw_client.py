"""openclaw.py and the agent worker's ledger functions against a fake `openclaw` that prints what
OpenClaw 2026.9.6 prints (tests/openclaw/fake_cli.py; the real CLI in test_openclaw_integration.py)."""

import json
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from task_runner import heartbeat, openclaw
from task_runner.workers import agent
from task_runner.workers import openclaw as openclaw_worker

FAKE = Path(__file__).resolve().parent / "openclaw" / "fake_cli.py"
SESSION = "agent:main:subagent:e421db6d-3b19-4926-a252-08971fd05b56"
RUN_ID = "505e9522-1718-4985-bc7f-32b61f0cba06"


def record(**fields) -> dict:
    """A ledger record shaped like `openclaw tasks show --json` prints it."""
    base = {"taskId": "2b9c-task", "runtime": "subagent", "sourceId": RUN_ID, "requesterSessionKey": "agent:main:main",
            "ownerKey": "agent:main:main", "scopeKind": "session", "childSessionKey": SESSION, "agentId": "main",
            "runId": RUN_ID, "label": "T-01", "task": "You are a worker for task T-01 …", "status": "running",
            "deliveryStatus": "pending", "notifyPolicy": "done_only", "createdAt": 1796141462939,
            "startedAt": 1796141463540, "lastEventAt": 1796141464401,
            "detail": {"kind": "task_backing_instance", "runtime": "subagent", "generation": 1}}
    return dict(base, **fields)


class Fake:
    def __init__(self, tmp_path: Path, monkeypatch):
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        (self.bin / "openclaw").write_text(f"#!/bin/sh\nexec {sys.executable} {FAKE} \"$@\"\n")
        (self.bin / "openclaw").chmod(0o755)
        self.state = tmp_path / "state.json"
        self.log = tmp_path / "calls.log"
        self.log.touch()
        monkeypatch.setenv("PATH", f"{self.bin}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("FAKE_OPENCLAW_STATE", str(self.state))
        monkeypatch.setenv("FAKE_OPENCLAW_LOG", str(self.log))
        self.monkeypatch = monkeypatch

    def set(self, **state):
        self.state.write_text(json.dumps(state))

    def read(self) -> dict:
        return json.loads(self.state.read_text())

    def mode(self, mode: str):
        self.monkeypatch.setenv("FAKE_OPENCLAW_MODE", mode)

    def calls(self) -> list:
        return [json.loads(line) for line in self.log.read_text().splitlines()]


@pytest.fixture
def fake(tmp_path, monkeypatch) -> Fake:
    return Fake(tmp_path, monkeypatch)


def no_setting(key, default=None):
    return default


def test_no_cli_is_a_clear_error_and_every_helper_says_unknown(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(openclaw.OpenClawError, match="not on PATH"):
        openclaw.tasks_list()
    run = {"kind": "agent", "session": SESSION, "run_id": RUN_ID}
    assert agent.ledger_outcome(run, no_setting) is None
    assert agent.find_child("T-01", no_setting) is None
    assert agent.cancel(run, no_setting) is False
    assert openclaw.wake("T-01 done", no_setting) is False


def test_ledger_outcome_follows_the_record(fake):
    run = {"kind": "agent", "session": SESSION, "run_id": RUN_ID, "attempt": 1}
    fake.set(tasks=[record(status="running")])
    assert agent.ledger_outcome(run, no_setting) is None

    # succeeded: the result's report lines, whose newlines the ledger collapsed, and &lt;/&gt; unescaped
    fake.set(tasks=[record(status="succeeded", progressSummary="Done. DELIVERABLE: hi &lt;b&gt;bold&lt;/b&gt; & more "
                           "DELIVERABLE_PATH: /tmp/out.md")])
    outcome = agent.ledger_outcome(run, no_setting)
    assert outcome.ok and outcome.deliverable == "hi <b>bold</b> & more"
    assert outcome.deliverable_path == "/tmp/out.md" and outcome.session == SESSION

    fake.set(tasks=[record(status="succeeded", progressSummary="Done. BLOCKED: no API key ACTION: add the key "
                           "ACTION: retry T-01")])
    outcome = agent.ledger_outcome(run, no_setting)
    assert not outcome.ok and not outcome.transient
    assert outcome.blocked == "no API key" and outcome.actions == ["add the key", "retry T-01"]

    fake.set(tasks=[record(status="timed_out", error="run timed out after 1800s")])
    outcome = agent.ledger_outcome(run, no_setting)
    assert not outcome.ok and outcome.transient and "timed out" in outcome.error

    fake.set(tasks=[record(status="failed", error="model refused")])
    outcome = agent.ledger_outcome(run, no_setting)
    assert not outcome.ok and not outcome.transient and outcome.error == "model refused"

    fake.set(tasks=[record(status="lost")])
    assert "lost" in agent.ledger_outcome(run, no_setting).error

    fake.set(tasks=[record(status="cancelled")])
    outcome = agent.ledger_outcome(run, no_setting)
    assert not outcome.ok and outcome.error == "cancelled" and not outcome.transient


def test_ledger_outcome_unknown_when_no_record_or_another_child(fake):
    fake.set(tasks=[record(status="succeeded", progressSummary="DELIVERABLE: x")])
    assert agent.ledger_outcome({"kind": "agent", "session": None, "run_id": "other-run"}, no_setting) is None
    assert agent.ledger_outcome({"kind": "agent", "session": None, "run_id": None}, no_setting) is None
    # the run id is found but belongs to another child session: not this attempt's result
    assert agent.ledger_outcome({"kind": "agent", "session": "agent:main:subagent:old", "run_id": RUN_ID},
                                no_setting) is None
    # attached with the session key only
    assert agent.ledger_outcome({"kind": "agent", "session": SESSION, "run_id": None}, no_setting).ok
    assert ["tasks", "show", SESSION, "--json"] in fake.calls()


def test_find_child_by_label_newest_first_and_not_before_the_attempt(fake):
    older = record(label="T-02", childSessionKey="agent:main:subagent:old", runId="run-old", createdAt=1000)
    newer = record(label="T-02", childSessionKey="agent:main:subagent:new", runId="run-new", createdAt=5000)
    fake.set(tasks=[newer, older, record(label="T-03")])
    assert agent.find_child("T-02", no_setting) == {"session": "agent:main:subagent:new", "run_id": "run-new"}
    assert agent.find_child("T-02", no_setting, since_ms=6000) is None
    assert agent.find_child("T-09", no_setting) is None
    assert fake.calls()[0] == ["tasks", "list", "--json", "--runtime", "subagent"]


def test_cancel_stops_a_running_child_once(fake):
    fake.set(tasks=[record(status="running")])
    run = {"kind": "agent", "session": SESSION, "run_id": RUN_ID}
    assert agent.cancel(run, no_setting) is True
    assert fake.read()["tasks"][0]["status"] == "cancelled"
    assert agent.cancel(run, no_setting) is False  # already terminal: nothing to stop
    assert agent.cancel({"kind": "agent", "session": None, "run_id": None}, no_setting) is False


def test_wake_sends_a_dispatch_event_now(fake):
    fake.set()
    assert openclaw.wake("✅ T-04 done —\n the report is in /tmp/r.md", no_setting) is True
    (event,) = fake.read()["events"]
    assert event == {"text": "TASK_RUNNER_DISPATCH: ✅ T-04 done — the report is in /tmp/r.md", "mode": "now",
                     "sessionKey": None}
    fake.mode("down")
    assert openclaw.wake("again", no_setting) is False


def test_gateway_down_message_names_the_gateway(fake):
    fake.mode("down")
    with pytest.raises(openclaw.OpenClawError, match=r"`openclaw cron list` failed: Gateway not reachable"):
        openclaw.list_jobs()


def test_hanging_cli_is_killed_with_its_process_group(fake):
    fake.set()
    fake.mode("hang")
    started = time.monotonic()
    with pytest.raises(openclaw.OpenClawError, match="did not answer within 0.3s"):
        openclaw.tasks_show("x", timeout=0.3)
    assert time.monotonic() - started < 6
    time.sleep(0.2)
    for pid in Path(str(fake.state) + ".pids").read_text().split():
        assert not Path(f"/proc/{pid}").exists() or Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"


def test_timeout_setting():
    assert openclaw.timeout_from(lambda key, default=None: "2.5") == 2.5
    assert openclaw.timeout_from(lambda key, default=None: None) == openclaw.CLI_TIMEOUT_S
    assert openclaw.timeout_from(lambda key, default=None: "junk") == openclaw.CLI_TIMEOUT_S


def test_scratch_merge_is_compare_and_swap(fake):
    fake.set(jobs=[{"id": "hb-1", "agentId": "main", "payload": {"kind": "heartbeat"}},
                   {"id": "other", "payload": {"kind": "agentTurn"}}])
    job = openclaw.heartbeat_job()
    assert job["id"] == "hb-1"
    block = heartbeat.render_block(Path("/q/task-queue.json"), "task-runner dispatch")
    fake.set(jobs=[job], scratch={"hb-1": {"content": "# Checklist\n- inbox\n", "revision": 4}})
    assert heartbeat.ensure_scratch("hb-1", block, 5) == ("added", None)
    content, revision = openclaw.get_scratch("hb-1")
    assert content == "# Checklist\n- inbox\n\n" + block and revision == 5
    (write,) = [call for call in fake.calls() if "--file" in call]
    assert write[write.index("--expected-revision") + 1] == "4"
    assert heartbeat.ensure_scratch("hb-1", block, 5) == ("present", None)
    assert heartbeat.remove_scratch_block("hb-1", 5) is True
    assert openclaw.get_scratch("hb-1")[0] == "# Checklist\n- inbox\n"

    # an empty scratch beside the user's HEARTBEAT.md (with a stale block of ours) adopts the file's lines
    fake.set(jobs=[job], scratch={})
    stale = heartbeat.with_block("# Mine\n- weather\n", heartbeat.render_block(Path("/old"), "x"))
    state, adopted = heartbeat.ensure_scratch("hb-1", block, 5, legacy=stale)
    assert state == "added" and adopted == "# Mine\n- weather\n\n" + block == openclaw.get_scratch("hb-1")[0]
    # a file of nothing but our block is not adopted: the scratch gets the block alone
    fake.set(jobs=[job], scratch={})
    assert heartbeat.ensure_scratch("hb-1", block, 5, legacy=block) == ("added", None)


def test_openclaw_worker_refuses_under_exec():
    assert openclaw_worker.refusal({"OPENCLAW_SHELL": "exec"}).count("agent worker") == 1
    assert openclaw_worker.refusal({}) is None


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_block_added_then_removed_gives_the_text_file_back(text):
    text = text.replace("\r", "")
    lines = [line for line in text.split("\n") if not line.startswith(("# ", "## "))]
    text = "\n".join(lines).rstrip("\n")
    text = text + "\n" if text else ""  # the shape of a text file: empty, or ending with one newline
    block = heartbeat.render_block(Path("/q"), "task-runner dispatch")
    if heartbeat.has_block(text):
        return
    assert heartbeat.without_block(heartbeat.with_block(text, block)) == text
    assert heartbeat.merged(heartbeat.with_block(text, block), block) is None


def test_setup_places_the_block_in_the_scratch_and_uninstall_takes_it_out(fake, pinned_env, workspace):
    from task_runner.config import load_config, open_store
    from task_runner.setup import ensure_setup, uninstall

    fake.set(jobs=[{"id": "hb-1", "agentId": "main", "payload": {"kind": "heartbeat"}}], scratch={})
    (workspace / "HEARTBEAT.md").write_text("# Mine\n- weather\n", encoding="utf-8")
    config = load_config()
    store = open_store(config)
    report = ensure_setup(config, store)
    assert report.heartbeat == "scratch-added" and report.heartbeat_job == "hb-1"
    scratch = openclaw.get_scratch("hb-1")[0]
    assert scratch.startswith("# Mine\n- weather\n\n" + heartbeat.HEADING)
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == scratch  # for doctor --fix to retire
    assert store.read()["heartbeatBlock"] == dict(store.read()["heartbeatBlock"], where="scratch", jobId="hb-1")
    calls = len(fake.calls())
    assert ensure_setup(config, store).heartbeat in ("scratch-present",)  # settled: no gateway call for it
    assert [call[:2] for call in fake.calls()[calls:]] in ([], [["cron", "list"]])

    assert uninstall(config, store) == {"scratch": True, "file": True}
    assert openclaw.get_scratch("hb-1")[0] == "# Mine\n- weather\n"
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == "# Mine\n- weather\n"
    assert "heartbeatBlock" not in store.read()
    assert uninstall(config, store) == {"scratch": False, "file": False}
