"""A supervisor adopts the next attempt its pass starts (issue 12 §4); killing it loses no result."""

import json
import os
import signal
import time

import pytest

from fake_agents import wait_until
from task_runner.rundir import RunDir

pytestmark = pytest.mark.usefixtures("shell_allowed")  # these tasks run their own commands


def supervisors(cli) -> dict:
    """run folder -> supervisor pid, for every attempt that has one recorded."""
    found = {}
    for task_dir in sorted((cli.dir / "runs").glob("T-*")):
        for attempt in sorted(task_dir.iterdir()):
            info = RunDir(cli.dir, f"runs/{task_dir.name}/{attempt.name}").supervisor()
            if info:
                found[f"{task_dir.name}/{attempt.name}"] = info["pid"]
    return found


def test_one_supervisor_runs_a_chain_of_attempts(cli):
    specs = [{"description": f"step {n}", "command": f"echo {n}", "worker": "shell"} for n in range(6)]
    cli("add", "--stdin-json", input=json.dumps(specs), env={"TASK_RUNNER_MAX_CONCURRENT": "1"})
    assert wait_until(lambda: all(t["status"] == "done" for t in cli.queue()["tasks"]), 20)
    pids = set(supervisors(cli).values())
    assert len(pids) == 1  # one process supervised all six, one after the other
    assert [t["deliverable"] for t in cli.queue()["tasks"]] == [str(n) for n in range(6)]


def test_a_sigkilled_chain_loses_no_result_and_starts_nothing_twice(cli):
    env = {"TASK_RUNNER_MAX_CONCURRENT": "2"}
    cli.env.update(env)
    specs = [{"description": f"job {n}", "command": f"sleep 0.4; echo {n}", "worker": "shell", "maxRetries": 3}
             for n in range(10)]
    cli("add", "--stdin-json", input=json.dumps(specs))
    assert wait_until(lambda: sum(t["status"] == "done" for t in cli.queue()["tasks"]) >= 3, 20)
    victim = max(supervisors(cli).items())[1]  # the supervisor of the newest attempt: a chain in flight
    os.kill(victim, signal.SIGKILL)
    # what it held when it died: its attempts without a result (one pass's attempts share a supervisor)
    in_flight = [folder for folder, pid in supervisors(cli).items()
                 if pid == victim and not (cli.dir / "runs" / folder / "result.json").exists()]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not all(t["status"] == "done" for t in cli.queue()["tasks"]):
        cli("dispatch")  # the heartbeat's pass: finds the dead supervisor, recovers, restarts the chain
        time.sleep(0.3)
    tasks = cli.queue()["tasks"]
    assert all(task["status"] == "done" for task in tasks), [(t["id"], t["status"]) for t in tasks]
    assert [task["deliverable"] for task in tasks] == [str(n) for n in range(10)]
    for task in tasks:
        folders = sorted((cli.dir / "runs" / task["id"]).iterdir())
        # every attempt that has a result.json was recorded: as many attempts as folders
        assert task["attempts"] == len(folders)
        results = [f for f in folders if (f / "result.json").exists()]
        # at most the attempt in flight when the chain died has no result (recorded lost)
        assert len(folders) - len(results) <= 1
        # nothing ran twice at once: attempts of one task never overlapped
        spans = []
        for folder in results:
            result = json.loads((folder / "result.json").read_text())
            if result["started_worker"]:
                spans.append((result["started_at"], result["ended_at"]))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    lost = [t["id"] for t in tasks if t["attempts"] > 1]
    assert set(lost) <= {folder.split("/")[0] for folder in in_flight}  # only what the dead one held


def test_cancel_stops_an_adopted_attempt(cli):
    specs = [{"description": "quick", "command": "echo quick", "worker": "shell"},
             {"description": "long", "command": "sleep 30", "worker": "shell"}]
    cli("add", "--stdin-json", input=json.dumps(specs), env={"TASK_RUNNER_MAX_CONCURRENT": "1"})
    assert wait_until(lambda: RunDir(cli.dir, "runs/T-02/1").worker(), 10)
    records = supervisors(cli)
    assert records["T-01/1"] == records["T-02/1"]  # adopted by T-01's supervisor
    began = time.monotonic()
    assert "T-02" in cli("cancel", "T-02").stdout
    assert time.monotonic() - began < 8
    result = json.loads((cli.dir / "runs" / "T-02" / "1" / "result.json").read_text())
    assert result["stopped"]
    assert wait_until(lambda: not os.path.exists(f"/proc/{records['T-02/1']}"), 5)


def test_a_supervisor_adopts_every_attempt_its_pass_starts_and_a_stop_ends_only_its_own(cli):
    cli.env.update(TASK_RUNNER_MAX_CONCURRENT="3")
    cli("add", "first", "--command", "sleep 1", "--worker", "shell")
    specs = [{"description": f"long {n}", "command": "sleep 30", "worker": "shell"} for n in range(3)]
    specs[1].update(description="short-lived", timeout_s=1)
    cli("add", "--stdin-json", "--no-dispatch", input=json.dumps(specs))  # T-02..T-04, started by T-01's pass
    assert wait_until(lambda: all(RunDir(cli.dir, f"runs/T-0{n}/1").worker() for n in (2, 3, 4)), 15)
    records = supervisors(cli)
    assert len(set(records.values())) == 1, records  # T-01's supervisor took all three over
    workers = {n: RunDir(cli.dir, f"runs/T-0{n}/1").worker()["worker_pid"] for n in (2, 3, 4)}
    # T-03 times out after 1 s while the other two go on under the same supervisor
    assert wait_until(lambda: (cli.dir / "runs/T-03/1/result.json").exists(), 10)
    assert json.loads((cli.dir / "runs/T-03/1/result.json").read_text())["timed_out"]
    cli("cancel", "T-02")
    assert json.loads((cli.dir / "runs/T-02/1/result.json").read_text())["stopped"]
    assert not (cli.dir / "runs/T-04/1/result.json").exists()
    assert os.path.exists(f"/proc/{workers[4]}") and not os.path.exists(f"/proc/{workers[2]}")
    assert {t["id"]: t["status"] for t in cli.queue()["tasks"]}["T-04"] == "running"
    cli("cancel", "T-04")
    assert wait_until(lambda: not os.path.exists(f"/proc/{records['T-04/1']}"), 10)  # nothing left: it exits


def test_a_commands_pass_spreads_its_attempts_over_at_most_one_supervisor_per_core(cli):
    specs = [{"description": f"long {n}", "command": "sleep 30", "worker": "shell"} for n in range(4)]
    cli("add", "--stdin-json", input=json.dumps(specs), env={"TASK_RUNNER_MAX_CONCURRENT": "4"})
    assert wait_until(lambda: all(RunDir(cli.dir, f"runs/T-0{n}/1").worker() for n in (1, 2, 3, 4)), 15)
    assert len(set(supervisors(cli).values())) == min(4, os.cpu_count() or 1)
    cli("cancel", "T-01", "T-02", "T-03", "T-04")
