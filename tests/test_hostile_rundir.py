"""A hostile run folder: links planted where an attempt, the log or the notices write.

Whoever plants them (a worker in its own folder, a previous attempt guessing
the next one's folder), the target is never written: the record is replaced by
an atomic rename, a stream that is a link fails the attempt naming it, and the
other tasks of the pass finish.
"""

import json
import os
import stat
import subprocess
import sys
import time

import pytest

from fake_agents import wait_until
from task_runner.rundir import RunDir


@pytest.fixture
def shell(cli):
    cli.env.update(TASK_RUNNER_SHELL="1", TASK_RUNNER_MAX_CONCURRENT="4", TASK_RUNNER_MAX_RETRIES="0")
    return cli


@pytest.fixture
def victim(tmp_path):
    path = tmp_path / "victim.txt"
    path.write_text("precious\n")
    return path


def settled(cli, count: int, timeout: float = 30) -> dict:
    """Every task's record once none of the ``count`` tasks is pending or running any more."""
    def check():
        cli("dispatch", "--quiet")
        tasks = {task["id"]: task for task in cli.queue()["tasks"]}
        return tasks if len(tasks) == count and all(
            t["status"] not in ("pending", "running") for t in tasks.values()) else None
    tasks = wait_until(check, timeout, every=0.2)
    assert tasks, f"tasks never settled: {[(t['id'], t['status']) for t in cli.queue()['tasks']]}"
    return tasks


def plant(queue_dir, task_id: str, name: str, target) -> None:
    """A link at ``runs/T-NN/1/<name>`` before the attempt starts (its folder made in advance)."""
    folder = queue_dir / "runs" / task_id / "1"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).symlink_to(target)


@pytest.mark.parametrize("name", ["stdout.log", "stderr.log"])
def test_a_planted_stream_link_fails_that_attempt_and_the_others_finish(shell, queue_dir, victim, name):
    queue_dir.mkdir(mode=0o700)
    plant(queue_dir, "T-01", name, victim)
    shell("add", "planted", "--command", "echo secret-output; echo more >&2", "--no-dispatch")
    shell("add", "innocent", "--command", "echo fine", "--no-dispatch")
    shell("dispatch")
    tasks = settled(shell, 2)
    assert victim.read_text() == "precious\n"
    assert tasks["T-02"]["status"] == "done"
    assert tasks["T-01"]["status"] == "blocked"
    assert name in tasks["T-01"]["blocked_reason"] and "symbolic link" in tasks["T-01"]["blocked_reason"]
    assert (queue_dir / "runs/T-01/1" / name).is_symlink()  # left for the user to see, never written


@pytest.mark.parametrize("name", ["supervisor.json", "pid.json", "spec.json", "result.json", "supervisor.log"])
def test_a_planted_record_link_is_replaced_never_written_through(shell, queue_dir, victim, name):
    queue_dir.mkdir(mode=0o700)
    plant(queue_dir, "T-01", name, victim)
    shell("add", "planted", "--command", "echo one", "--no-dispatch")
    shell("add", "innocent", "--command", "echo two", "--no-dispatch")
    shell("dispatch")
    tasks = settled(shell, 2)
    assert victim.read_text() == "precious\n"
    assert tasks["T-02"]["status"] == "done"
    if name == "supervisor.log":
        assert tasks["T-01"]["status"] == "done"  # the supervisor logs to task-runner.log instead
        return
    record = queue_dir / "runs/T-01/1" / name
    if name == "result.json" and tasks["T-01"]["status"] != "done":
        # A pass read the planted result before the supervisor replaced it: the task is blocked
        # and says why, and the link, never written through (the victim is intact), may stay.
        assert "result.json cannot be read: it is a symbolic link" in tasks["T-01"]["blocked_reason"]
        return
    assert not record.is_symlink() and record.is_file(), tasks["T-01"]


def test_a_planted_log_file_link_is_never_written(shell, queue_dir, victim):
    queue_dir.mkdir(mode=0o700)
    (queue_dir / "task-runner.log").symlink_to(victim)
    code = ("import logging, sys; from task_runner.logsetup import setup_logging; setup_logging(sys.argv[1]); "
            "logging.getLogger('task_runner.x').error('something to log')")
    result = subprocess.run([sys.executable, "-c", code, str(queue_dir)], capture_output=True, text=True,
                            timeout=30, env=shell.env)
    assert result.returncode == 0, result.stderr
    assert "cannot log to task-runner.log" in result.stderr and "symbolic link" in result.stderr
    assert "something to log" in result.stderr
    assert victim.read_text() == "precious\n"
    shell("add", "runs anyway", "--command", "echo ok")
    assert settled(shell, 1)["T-01"]["status"] == "done"
    assert victim.read_text() == "precious\n"


def test_a_planted_events_link_is_removed_and_notices_go_on(shell, queue_dir, victim):
    shell("add", "first", "--command", "echo one")
    settled(shell, 1)
    events = queue_dir / "events.jsonl"
    events.unlink()
    events.symlink_to(victim)
    result = shell("add", "second", "--command", "echo two")
    assert "Started T-02" in result.stdout
    assert settled(shell, 2)["T-02"]["status"] == "done"
    assert victim.read_text() == "precious\n"
    assert not events.is_symlink() and "T-02" in events.read_text()
    assert "T-02 done" in shell("dispatch").stdout


@pytest.mark.parametrize("level", ["runs", "runs/T-01"])
def test_a_planted_run_folder_link_is_refused_and_its_target_stays_empty(shell, queue_dir, tmp_path, level):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    queue_dir.mkdir(mode=0o700)
    (queue_dir / "runs").mkdir(mode=0o700, exist_ok=True)
    (queue_dir / level).rmdir() if (queue_dir / level).is_dir() else None
    (queue_dir / level).symlink_to(elsewhere)
    shell("add", "planted", "--command", "echo one", "--no-dispatch")
    result = shell("dispatch")
    assert "Traceback" not in result.stderr
    tasks = settled(shell, 1)
    assert list(elsewhere.iterdir()) == []
    assert tasks["T-01"]["status"] == "blocked"
    assert "could not start the supervisor" in tasks["T-01"]["blocked_reason"]
    assert "symbolic link" in tasks["T-01"]["blocked_reason"]


def test_run_folders_are_0700_and_their_files_0600(shell, queue_dir):
    queue_dir.mkdir(mode=0o700)
    (queue_dir / "runs").mkdir(mode=0o755)  # as an older version made it
    os.chmod(queue_dir / "runs", 0o755)
    shell("add", "modes", "--command", "echo out; echo err >&2")
    settled(shell, 1)
    for folder in (queue_dir / "runs", queue_dir / "runs/T-01", queue_dir / "runs/T-01/1"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = list((queue_dir / "runs/T-01/1").iterdir())
    assert {f.name for f in files} >= {"spec.json", "pid.json", "result.json", "stdout.log", "stderr.log"}
    for path in files + [queue_dir / "events.jsonl"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_records_that_are_links_too_big_or_not_json_read_as_missing(tmp_path, victim):
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    folder.make_folder()
    victim.write_text(json.dumps({"pid": os.getpid()}))
    folder.file("supervisor.json").symlink_to(victim)
    assert folder.read_record("supervisor.json") is None
    for content in (b"[]", b'{"pid": NaN}', b"{" * 100_000, b'{"pid": ' + b"9" * 5000 + b"}",
                    b'{"a": "' + b"x" * 70_000 + b'"}', b"\xff\xfe"):
        folder.file("pid.json").write_bytes(content)
        assert folder.read_record("pid.json") is None, content[:20]
    assert folder.supervisor() is None and folder.worker() is None and not folder.kill_group()
    folder.file("pid.json").write_text(json.dumps({"worker_pid": 1, "worker_pgid": "abc", "worker_start": 1}))
    assert folder.kill_group() is False  # pid 1's start time is not 1: a stranger, left alone


def test_read_tail_never_reads_through_a_link(tmp_path, victim):
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    folder.make_folder()
    folder.file("stdout.log").symlink_to(victim)
    assert folder.read_tail("stdout.log") == ""
    folder.file("stderr.log").unlink(missing_ok=True)
    folder.file("stderr.log").write_text("x" * 100 + "tail")
    assert folder.read_tail("stderr.log", limit=4) == "tail"


def test_a_detached_process_never_logs_through_a_planted_link(queue_dir, victim):
    from types import SimpleNamespace

    from task_runner import background

    queue_dir.mkdir(mode=0o700)
    (queue_dir / "task-runner.log").symlink_to(victim)
    assert background._detach(SimpleNamespace(dir=queue_dir), ["task_runner.no_such_module"])
    time.sleep(2)  # the detached python fails at once, writing its error to wherever its stderr goes
    assert victim.read_text() == "precious\n"
