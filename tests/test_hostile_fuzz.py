"""Every reader of our files, fed random bytes, deep JSON and random shapes.

Each reader either answers or raises its documented error (QueueError,
UserError, or ValueError where the caller turns that into a lost attempt);
nothing else escapes, and no file it read is changed.
"""

import json
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from conftest import EXAMPLES
from task_runner import procinfo
from task_runner.config import load_config, read_config_file
from task_runner.errors import QueueError, UserError
from task_runner.store import QueueStore, load_document

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
           | st.sampled_from(["T-01", "T-1", "T-" + "9" * 5000, "pending", "running", "done", "", "2026-03-10T08:00:00Z",
                              10**30, -1, 0, 2**63, "\ud800", "\x1b]0;x\x07"]))
SHAPES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8) | st.sampled_from(
                          ["tasks", "id", "status", "lastId", "maxConcurrent", "outcome", "ok", "pid", "start_time",
                           "supervisor_pid", "worker_pid", "summary", "eventsCommitted", "text", "type"]),
                          inner, max_size=5), max_leaves=12)
VALID_QUEUE = (EXAMPLES / "task-queue.prompt-skill.json").read_bytes()


@st.composite
def deep_json(draw) -> bytes:
    depth = draw(st.sampled_from([10, 900, 1100, 5000, 100_000]))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"tasks":', "}"), ('{"a":[', "]}")]))
    inner = draw(st.sampled_from(["", "1", "null", '"x"']))
    return (opener * depth + inner + closer * depth).encode()


@st.composite
def mutated(draw, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position:position + draw(st.integers(1, 40))]
        else:
            data[position:position] = draw(st.sampled_from(
                [b"NaN", b"Infinity", b"1e400", b"9" * 5000, b"\\ud800", b"\xff", b"[[[[", b'"', b",", b"}"]))
        if not data:
            data = bytearray(b"{")
    return bytes(data)


def _json_text(value) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:  # a 5,000-digit int cannot be written by json itself
        return b'{"tasks": 1' + b"0" * 5000 + b"}"


CONTENTS = (st.binary(max_size=3000) | deep_json() | SHAPES.map(_json_text) | mutated(VALID_QUEUE)
            | st.builds(lambda q: _json_text({"lastId": "T-01", "tasks": q}), SHAPES))


def snapshot(folder: Path) -> dict:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock")}


def run_reader(folder: Path, reader, allowed: tuple) -> None:
    before = snapshot(folder)
    try:
        reader()
    except allowed:
        pass
    after = snapshot(folder)
    assert {p: after.get(p) for p in before} == before, "a reader changed a file"


@FUZZ
@given(CONTENTS)
def test_queue_readers(content):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "task-queue.json").write_bytes(content)
        store = QueueStore(folder, lock_timeout=1)
        run_reader(folder, store.read, (QueueError,))
        run_reader(folder, lambda: load_document(folder / "task-queue.json", content), (QueueError,))

        def unchanged_transaction():
            with store.transaction():
                pass
        run_reader(folder, unchanged_transaction, (QueueError,))


@FUZZ
@given(CONTENTS)
def test_archive_reader(content):
    with tempfile.TemporaryDirectory() as name:
        archive = Path(name) / "archive" / "2026-11.json"
        archive.parent.mkdir()
        archive.write_bytes(content)
        run_reader(Path(name), lambda: load_document(archive, archive.read_bytes()), (QueueError,))


CONFIG_LINES = st.lists(st.sampled_from([
    "TASK_RUNNER_MAX_CONCURRENT=", "TASK_RUNNER_LOCK_TIMEOUT=", "TASK_RUNNER_DIR=", "TASK_RUNNER_WORKER=",
    "- `TASK_RUNNER_TIMEOUT=", "export TASK_RUNNER_SHELL=", "```", "# heading", "TASK_RUNNER_X = '",
]) .flatmap(lambda key: st.builds(lambda v: key + v, st.text(max_size=30) | st.sampled_from(
    ["inf", "nan", "1e400", "9" * 5000, "-1", "0", "65", "3", "claude", "\0", " " * 5000 + "x"]))), max_size=12)


@FUZZ
@given(st.binary(max_size=2000) | CONFIG_LINES.map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")))
def test_tools_md_reader(content):
    with tempfile.TemporaryDirectory() as name:
        workspace = Path(name)
        (workspace / "TOOLS.md").write_bytes(content)
        (workspace / "AGENTS.md").write_bytes(content[::-1])
        run_reader(workspace, lambda: read_config_file(workspace / "TOOLS.md"), ())
        run_reader(workspace, lambda: load_config(workspace=str(workspace), env={}), (UserError,))
        run_reader(workspace, lambda: load_config(env={}, cwd=workspace, warn=lambda message: None), (UserError,))


RECORDS = st.binary(max_size=500) | deep_json() | SHAPES.map(_json_text) | st.builds(
    lambda pid, start: _json_text({"pid": pid, "start_time": start, "supervisor_pid": pid, "worker_pid": pid,
                                   "supervisor_start": start, "worker_start": start}), SCALARS, SCALARS)


@FUZZ
@given(RECORDS, RECORDS)
def test_pid_records_and_liveness(pid_record, supervisor_record):
    from task_runner.rundir import PID, SUPERVISOR, RunDir

    with tempfile.TemporaryDirectory() as name:
        run = RunDir(name, "runs/T-01/1")
        run.path.mkdir(parents=True)
        run.file(PID).write_bytes(pid_record)
        run.file(SUPERVISOR).write_bytes(supervisor_record)

        def read():  # as recovery does: who supervises, who works, and do they still run
            supervisor, worker = run.supervisor(), run.worker()
            if supervisor:
                assert procinfo.alive(supervisor.get("pid"), supervisor.get("start_time")) in (True, False)
            if worker:
                assert procinfo.alive(worker.get("worker_pid"), worker.get("worker_start")) in (True, False)
        run_reader(Path(name), read, ())


@FUZZ
@given(RECORDS | st.builds(lambda outcome: _json_text({"outcome": outcome}), SHAPES))
def test_result_json_reader(content):
    from task_runner.rundir import RESULT, RunDir
    from task_runner.workers.base import Outcome

    with tempfile.TemporaryDirectory() as name:
        run = RunDir(name, "runs/T-01/1")
        run.path.mkdir(parents=True)
        run.file(RESULT).write_bytes(content)

        def read():
            result = run.read_result()
            if result is not None:
                Outcome.from_dict(result["outcome"])
        run_reader(Path(name), read, (ValueError,))


EVENT_LINES = st.lists(st.binary(max_size=80) | SHAPES.map(_json_text) | st.builds(
    lambda kind, text: _json_text({"ts": "2026-12-01T00:00:00Z", "type": kind, "id": "T-01", "text": text}),
    SCALARS, SCALARS), max_size=10).map(lambda lines: b"\n".join(lines) + b"\n")


@FUZZ
@given(EVENT_LINES, RECORDS, SCALARS)
def test_events_reader(events, cursors, committed):
    from task_runner.events import CURSOR_FILE, EVENTS_FILE, ROUTES, Delivery

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / EVENTS_FILE).write_bytes(events)
        (folder / CURSOR_FILE).write_bytes(cursors)

        with Delivery(folder, {"eventsCommitted": committed, "eventsCursor": committed}) as delivery:
            assert isinstance(delivery.events, list)
        assert (folder / EVENTS_FILE).read_bytes() == events, "a reader changed events.jsonl"
        after = (folder / CURSOR_FILE).read_bytes()
        if after != cursors:  # a route used for the first time starts at the end: a valid cursor file
            document = json.loads(after)
            assert set(document) <= set(ROUTES) and all(type(v) is int and v >= 0 for v in document.values())


BROKE_BEFORE = (
    b"[" * 100_000 + b"]" * 100_000,
    b'{"lastId": "T-' + b"1" * 5000 + b'", "tasks": []}',
    b'{"tasks": [], "maxConcurrent": ' + b"9" * 5000 + b"}",
    b'{"tasks": [{"id": "T-01", "description": "caf\xe9"}]}',
    b'{"tasks": [], "x": NaN}',
    b'{"tasks": [], "x": 1e400}',
)


def test_the_fuzzed_files_include_what_broke_before():
    """The hand-picked cases of issue 10 stay in the mix (so a narrowed strategy cannot drop them)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for content in BROKE_BEFORE:
            (folder / "task-queue.json").write_bytes(content)
            with pytest.raises(QueueError):
                QueueStore(folder).read()
            assert (folder / "task-queue.json").read_bytes() == content
