"""The detached supervisor with real processes and real signals."""

import json
import os
import signal
import subprocess
import sys
import time

from fake_agents import fake_env
from task_runner import procinfo
from task_runner.rundir import RunDir, spawn_supervisor


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def start(tmp_path, argv, kind="shell", **spec):
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    base = {"argv": argv, "cwd": str(tmp_path), "kind": kind, "task_id": "T-01", "attempt": 1,
            "timeout_s": 30, "grace_s": 0.5, "env": {"PATH": fake_env()["PATH"]}}
    base.update(spec)
    info = spawn_supervisor([(folder, base)])
    return folder.path, info


def worker_record(run_dir, timeout=15.0) -> dict:
    """pid.json once it names the worker (the supervisor writes it first with its own pid only)."""
    def read():
        try:
            return json.loads((run_dir / "pid.json").read_text())
        except (OSError, ValueError):
            return {}
    assert wait_for(lambda: "worker_pid" in read(), timeout), "the worker never started"
    return read()


def result_of(run_dir, timeout=15.0):
    assert wait_for(lambda: (run_dir / "result.json").exists(), timeout), "no result.json"
    return json.loads((run_dir / "result.json").read_text())


def test_success_is_recorded_and_supervisor_is_detached(tmp_path):
    run_dir, info = start(tmp_path, ["/bin/sh", "-c", "echo working; echo all done"])
    assert info["pid"] and info["start_time"] is not None
    if procinfo.alive(info["pid"], info["start_time"]):
        assert os.getsid(info["pid"]) == info["pid"]  # its own session: no terminal, survives us
    result = result_of(run_dir)
    assert result["exit_code"] == 0 and not result["timed_out"] and not result["stopped"]
    assert result["outcome"]["ok"] and result["outcome"]["summary"] == "all done"
    assert (run_dir / "stdout.log").read_text() == "working\nall done\n"
    pid = json.loads((run_dir / "pid.json").read_text())
    assert pid["worker_pid"] != pid["supervisor_pid"]
    assert oct((run_dir / "result.json").stat().st_mode & 0o777) == "0o600"


def test_real_backend_outcome_is_computed(tmp_path):
    # openclaw's error document names no session: the pre-assigned one is kept
    run_dir, _ = start(tmp_path, ["openclaw", "agent", "--message", "Task T-01 FAKE:error", "--json"],
                       kind="openclaw", session="sess-1")
    outcome = result_of(run_dir)["outcome"]
    assert not outcome["ok"] and outcome["error"] == "agent run failed: tool crashed"
    assert outcome["session"] == "sess-1"


def test_timeout_terminates_the_whole_group(tmp_path):
    run_dir, _ = start(tmp_path, ["claude", "-p", "Task T-01 FAKE:hang"], kind="claude", timeout_s=1)
    result = result_of(run_dir)
    assert result["timed_out"] and result["signal"] == signal.SIGTERM
    assert not result["outcome"]["ok"] and result["outcome"]["transient"]
    assert result["duration_s"] < 5


def test_sigterm_ignoring_worker_and_child_are_killed(tmp_path):
    child_pid_file = tmp_path / "child.pid"
    run_dir, _ = start(tmp_path, ["codex", "exec", "--json", "Task T-01 FAKE:stubborn"], kind="codex",
                       timeout_s=1, grace_s=0.5, env={"PATH": fake_env()["PATH"], "FAKE_CHILD_PID": str(child_pid_file)})
    result = result_of(run_dir)
    assert result["timed_out"] and result["signal"] == signal.SIGKILL
    child = int(child_pid_file.read_text())
    assert wait_for(lambda: procinfo.start_time(child) is None, 5), "the SIGTERM-ignoring child survived"


def test_kill_9_of_supervisor_leaves_no_result_and_reads_as_dead(tmp_path):
    run_dir, info = start(tmp_path, ["opencode", "run", "--format", "json", "Task T-01 FAKE:hang"], kind="opencode")
    pids = worker_record(run_dir)
    assert procinfo.alive(info["pid"], info["start_time"])
    os.kill(info["pid"], signal.SIGKILL)
    assert wait_for(lambda: not procinfo.alive(info["pid"], info["start_time"]), 5)
    time.sleep(0.2)
    assert not (run_dir / "result.json").exists()
    # the orphaned worker is still ours to clean up, and only once
    assert procinfo.alive(pids["worker_pid"], pids["worker_start"])
    assert RunDir.at(run_dir).kill_group() is True
    assert wait_for(lambda: not procinfo.alive(pids["worker_pid"], pids["worker_start"]), 5)
    assert RunDir.at(run_dir).kill_group() is False


def test_stop_request_kills_worker_and_records_stopped(tmp_path):
    run_dir, info = start(tmp_path, ["claude", "-p", "Task T-01 FAKE:hang"], kind="claude")
    worker = worker_record(run_dir)
    assert RunDir.at(run_dir).stop("2026-12-01T10:00:00Z") is True
    result = result_of(run_dir, 5)
    assert result["stopped"] and not result["timed_out"]
    assert result["outcome"]["error"] == "stopped on request"
    assert wait_for(lambda: not procinfo.alive(worker["worker_pid"], worker["worker_start"]), 5)


def test_stop_of_finished_attempt_is_a_no_op(tmp_path):
    run_dir, info = start(tmp_path, ["/bin/true"])
    result_of(run_dir)
    assert wait_for(lambda: not procinfo.alive(info["pid"], info["start_time"]))
    assert RunDir.at(run_dir).stop("2026-12-01T10:00:00Z") is False


def test_stop_mark_before_the_worker_starts_means_it_never_starts(tmp_path):
    """issue 9: a cancel that lands between the pass and the supervisor's start stops it all the same."""
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    folder.mark("stop", "2026-12-01T10:00:00Z")  # what RunDir.stop writes first
    marker = tmp_path / "ran"
    start(tmp_path, ["/bin/sh", "-c", f"touch {marker}"])
    result = result_of(folder.path)
    assert result["stopped"] and result["started_worker"] is False
    assert result["outcome"]["error"] == "stopped on request"
    assert not marker.exists()


def test_attempt_no_longer_in_the_queue_never_starts(tmp_path):
    queue_dir = tmp_path / "q"
    queue_dir.mkdir()
    (queue_dir / "task-queue.json").write_text(json.dumps({"tasks": [
        {"id": "T-01", "status": "skipped", "attempts": 1}]}))
    marker = tmp_path / "ran"
    folder = RunDir.for_attempt(queue_dir, "T-01", 1)
    spawn_supervisor([(folder, {"argv": ["/bin/sh", "-c", f"touch {marker}"], "cwd": str(tmp_path), "kind": "shell",
                                "task_id": "T-01", "attempt": 1, "timeout_s": 30, "queue_dir": str(queue_dir)})])
    result = result_of(folder.path)
    assert result["stopped"] and not marker.exists()


def test_background_child_of_a_finished_command_is_ended_with_it(tmp_path):
    """issue 9 point 7: nothing of an attempt outlives it."""
    child_pid = tmp_path / "child.pid"
    run_dir, _ = start(tmp_path, ["/bin/sh", "-c", f"sleep 60 & echo $! > {child_pid}; echo started"])
    result = result_of(run_dir)
    assert result["exit_code"] == 0 and result["outcome"]["ok"]
    child = int(child_pid.read_text())
    assert wait_for(lambda: procinfo.start_time(child) is None, 5), "the background child survived"


def test_group_is_killed_in_recovery_even_when_supervisor_and_leader_are_gone(tmp_path):
    child_pid = tmp_path / "child.pid"
    run_dir, info = start(tmp_path, ["/bin/sh", "-c", f"sleep 60 & echo $! > {child_pid}; wait"])
    assert wait_for(lambda: child_pid.exists() and child_pid.read_text().strip())
    pids = worker_record(run_dir)
    os.kill(info["pid"], signal.SIGKILL)
    os.kill(pids["worker_pid"], signal.SIGKILL)
    assert wait_for(lambda: procinfo.start_time(pids["worker_pid"]) is None, 5)
    child = int(child_pid.read_text())
    assert procinfo.start_time(child) is not None  # the old work still runs: recovery must end it
    assert RunDir.at(run_dir).kill_group() is True
    assert wait_for(lambda: procinfo.start_time(child) is None, 5)


def test_a_worker_whose_supervisor_died_before_recording_it_is_found_and_killed(tmp_path):
    """The supervisor is killed between starting its worker and writing the worker's pid: the
    worker runs on with no record. Recovery must still end it before the attempt runs again."""
    folder = RunDir.for_attempt(tmp_path, "T-01", 1)
    folder.make_folder()
    child_pid = tmp_path / "child.pid"
    spec = {"argv": ["/bin/sh", "-c", f"sleep 60 & echo $! > {child_pid}; wait"], "cwd": str(tmp_path),
            "task_id": "T-01", "attempt": 1}
    supervisor = ("import os, signal; from task_runner.rundir import RunDir; "
                  "from task_runner.supervisor import _start_worker; "
                  f"_start_worker({spec!r}, RunDir.at({str(folder.path)!r})); os.kill(os.getpid(), signal.SIGKILL)")
    died = subprocess.run([sys.executable, "-c", supervisor], env=dict(os.environ), timeout=30)
    assert died.returncode == -signal.SIGKILL
    assert wait_for(lambda: child_pid.exists() and child_pid.read_text().strip())
    child = int(child_pid.read_text())
    assert folder.worker() is None and procinfo.start_time(child) is not None  # running, unrecorded
    assert RunDir.at(folder.path).kill_group() is True
    assert wait_for(lambda: procinfo.start_time(child) is None, 5)
    # The worker's shell dies of the same SIGKILL a moment later (under load, after its child).
    assert wait_for(lambda: not procinfo.with_environment("TASK_RUNNER_RUN_DIR", str(folder.path.resolve())), 5)
    assert RunDir.at(folder.path).kill_group() is False  # nothing left of it


def test_missing_program_is_a_failed_attempt(tmp_path):
    run_dir, _ = start(tmp_path, ["no-such-tool-xyz", "-p", "x"], kind="claude")
    result = result_of(run_dir)
    assert result["exit_code"] is None and not result["outcome"]["ok"]
    assert "could not start 'no-such-tool-xyz'" in result["outcome"]["error"]


def test_missing_workdir_is_named(tmp_path):
    run_dir, _ = start(tmp_path, ["/bin/true"], cwd=str(tmp_path / "nope"))
    assert result_of(run_dir)["outcome"]["error"] == f"the working folder {tmp_path / 'nope'} does not exist"


def test_stdin_text_reaches_the_worker(tmp_path):
    run_dir, _ = start(tmp_path, ["/bin/sh", "-c", "read line; echo got:$line"], stdin="hello\n")
    assert result_of(run_dir)["outcome"]["summary"] == "got:hello"


def test_result_json_is_never_seen_half_written(tmp_path):
    big = "python3 -c \"import sys; [print('line %d ' % i + 'x' * 200) for i in range(20000)]; print('x' * 100, file=sys.stderr)\""
    run_dir, _ = start(tmp_path, ["/bin/sh", "-c", big])
    path = run_dir / "result.json"
    seen = 0
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and seen < 50:
        try:
            text = path.read_text()
        except FileNotFoundError:
            continue
        json.loads(text)  # complete every time it is there
        seen += 1
    assert seen
    assert not [p for p in run_dir.iterdir() if p.name.endswith(".tmp")]


def test_reused_pid_is_not_ours():
    me = os.getpid()
    assert procinfo.alive(me, procinfo.start_time(me))
    assert not procinfo.alive(me, procinfo.start_time(me) + 1)
    assert not procinfo.alive(None, None)


def test_which_finds_what_shutil_which_finds(tmp_path, monkeypatch):
    import shutil

    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    (first / "tool").write_text("#!/bin/sh\n")  # not executable: skipped
    (second / "tool").write_text("#!/bin/sh\n")
    (second / "tool").chmod(0o755)
    (first / "adir").mkdir()  # a folder is never a program
    (first / "run").write_text("#!/bin/sh\n")
    (first / "run").chmod(0o755)
    monkeypatch.setenv("PATH", os.pathsep.join([str(first), "", str(second)]))
    monkeypatch.chdir(tmp_path)
    for name in ("tool", "adir", "run", "missing", str(second / "tool"), str(first / "tool"), "sh"):
        assert procinfo.which(name) == shutil.which(name), name
