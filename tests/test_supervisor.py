"""The detached supervisor with real processes and real signals."""

import json
import os
import signal
import sys
import time

import pytest

from fake_agents import FAKE_DIR, fake_env
from task_runner import procinfo, supervisor


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def start(tmp_path, argv, kind="shell", **spec):
    run_dir = tmp_path / "runs" / "T-01" / "1"
    base = {"argv": argv, "cwd": str(tmp_path), "kind": kind, "task_id": "T-01", "attempt": 1,
            "timeout_s": 30, "grace_s": 0.5, "dispatch_argv": [], "env": {"PATH": fake_env()["PATH"]}}
    base.update(spec)
    info = supervisor.spawn(run_dir, base)
    return run_dir, info


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
    assert wait_for(lambda: (run_dir / "pid.json").exists())
    pids = json.loads((run_dir / "pid.json").read_text())
    assert procinfo.alive(info["pid"], info["start_time"])
    os.kill(info["pid"], signal.SIGKILL)
    assert wait_for(lambda: not procinfo.alive(info["pid"], info["start_time"]), 5)
    time.sleep(0.2)
    assert not (run_dir / "result.json").exists()
    # the orphaned worker is still ours to clean up, and only once
    assert procinfo.alive(pids["worker_pid"], pids["worker_start"])
    assert supervisor.kill_worker(run_dir) is True
    assert wait_for(lambda: not procinfo.alive(pids["worker_pid"], pids["worker_start"]), 5)
    assert supervisor.kill_worker(run_dir) is False


def test_stop_request_kills_worker_and_records_stopped(tmp_path):
    run_dir, info = start(tmp_path, ["claude", "-p", "Task T-01 FAKE:hang"], kind="claude")
    assert wait_for(lambda: (run_dir / "pid.json").exists())
    worker = json.loads((run_dir / "pid.json").read_text())
    assert supervisor.stop(run_dir, info) is True
    result = result_of(run_dir, 5)
    assert result["stopped"] and not result["timed_out"]
    assert result["outcome"]["error"] == "stopped on request"
    assert wait_for(lambda: not procinfo.alive(worker["worker_pid"], worker["worker_start"]), 5)


def test_stop_of_finished_attempt_is_a_no_op(tmp_path):
    run_dir, info = start(tmp_path, ["/bin/true"])
    result_of(run_dir)
    assert wait_for(lambda: not procinfo.alive(info["pid"], info["start_time"]))
    assert supervisor.stop(run_dir, info) is False


def test_dispatch_pass_runs_after_the_result_is_written(tmp_path):
    marker = tmp_path / "dispatched"
    check = ("import os,sys; d=sys.argv[1]; "
             "open(sys.argv[2],'w').write(str(os.path.exists(os.path.join(d,'result.json'))))")
    run_dir = tmp_path / "runs" / "T-01" / "1"
    run_dir_, _ = start(tmp_path, ["/bin/true"], dispatch_argv=[sys.executable, "-c", check, str(run_dir), str(marker)])
    assert wait_for(marker.exists)
    assert wait_for(lambda: marker.read_text() == "True")


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
