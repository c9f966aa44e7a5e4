"""The dispatch pass end to end: the real CLI, detached supervisors, fake agent CLIs, real signals."""

import json
import os
import signal
import subprocess
import sys
import time

from fake_agents import calls, wait_until
from task_runner import procinfo


def add(cli, *descriptions, **options):
    args = ["add", *descriptions, "--no-dispatch"]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", str(value)]
    return cli(*args)


def task(cli, task_id):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def statuses(cli):
    return {t["id"]: t["status"] for t in cli.queue()["tasks"]}


def all_settled(cli, wanted=("done", "blocked", "skipped")):
    return all(status in wanted for status in statuses(cli).values())


def worker_record(pid_file, timeout=10.0) -> dict:
    """pid.json once it names the worker: the supervisor writes it first with its own pid only."""
    def read():
        try:
            return json.loads(pid_file.read_text())
        except (OSError, ValueError):
            return {}
    assert wait_until(lambda: "worker_pid" in read(), timeout), "the worker never started"
    return read()


def test_six_tasks_at_two_finish_from_one_dispatch(agents, queue_dir):
    agents.env["FAKE_SLEEP"] = "0.3"
    add(agents, *[f"Task number {n} FAKE:slow" for n in range(1, 7)])
    first = agents("dispatch")
    assert first.stdout.count("🔄 Started") == 2
    most_running = 0

    def finished():
        nonlocal most_running
        most_running = max(most_running, list(statuses(agents).values()).count("running"))
        return all_settled(agents, ("done",))

    assert wait_until(finished, 40), statuses(agents)
    assert most_running <= 2
    for n in range(1, 7):
        record = task(agents, f"T-0{n}")
        assert record["deliverable"] == f"finished T-0{n} (fake result)"
        assert len(record["strategies_tried"]) == 1 and record["subagent_session"]
    # all that happened is announced once, at the next reading pass
    report = agents("dispatch").stdout
    assert report.count("✅") == 6 and report.count("🔄 Started") == 4  # 2 were told by the first
    assert agents("dispatch").stdout.strip() == "HEARTBEAT_OK"


def test_three_failures_block_with_the_attempts_listed(agents, tmp_path):
    add(agents, "deploy the app FAKE:error,ratelimit,blocked", type="code-execution")
    agents("dispatch")
    assert wait_until(lambda: all_settled(agents), 40), statuses(agents)
    record = task(agents, "T-01")
    assert record["status"] == "blocked" and record["retries"] == 3
    tried = record["strategies_tried"]
    assert [entry["attempt"] for entry in tried] == [1, 2, 3]
    # error → next rung; rate limit (transient) → same rung again; the worker's BLOCKED reason wins
    assert [entry["strategy"] for entry in tried] == ["exec", "alternative-tool", "alternative-tool"]
    assert record["blocked_reason"] == "the staging credentials are missing"
    assert record["user_action_required"] == ["1. add STAGING_TOKEN to ~/.openclaw/.env", "2. retry T-01"]
    report = agents("dispatch").stdout
    assert "🚫 T-01 blocked after 3 attempts — the staging credentials are missing" in report
    assert "What was tried:" in report and "  3. alternative-tool via claude" in report
    assert "All tasks are blocked." in report
    # the transient failure resumed the same claude session
    argvs = [call["argv"] for call in calls(tmp_path)]
    second_session = argvs[1][argvs[1].index("--session-id") + 1]
    assert "--resume" not in argvs[1]
    assert argvs[2][argvs[2].index("--resume") + 1] == second_session


def test_hang_times_out_and_the_retry_succeeds(agents, queue_dir):
    add(agents, "slow thing FAKE:hang,success", timeout=1)
    agents.env["TASK_RUNNER_KILL_GRACE"] = "0.5"
    agents("dispatch")
    assert wait_until(lambda: all_settled(agents), 30), statuses(agents)
    record = task(agents, "T-01")
    assert record["status"] == "done"
    first, second = record["strategies_tried"]
    assert "timed out" in first["result"]
    assert first["strategy"] == second["strategy"] == "direct"  # a timeout is transient
    result = json.loads((queue_dir / "runs/T-01/1/result.json").read_text())
    assert result["timed_out"] and result["signal"] == signal.SIGTERM


def test_kill_9_of_a_supervisor_is_lost_and_re_run(agents, queue_dir):
    add(agents, "long job FAKE:hang,success")
    agents("dispatch")
    pid_file = queue_dir / "runs/T-01/1/pid.json"
    assert wait_until(pid_file.exists, 10)
    assert wait_until((queue_dir / "runs/T-01/fake.count").exists, 10)  # the fake chose "hang"
    info = json.loads(pid_file.read_text())
    os.kill(info["supervisor_pid"], signal.SIGKILL)
    assert wait_until(lambda: not procinfo.alive(info["supervisor_pid"], info["supervisor_start"]), 5)
    report = agents("dispatch").stdout
    assert "⚠️ T-01 lost its worker (its supervisor died without a result)" in report
    assert "🔄 Started T-01" in report
    assert wait_until(lambda: task(agents, "T-01")["status"] == "done", 20)
    record = task(agents, "T-01")
    assert record["strategies_tried"][0]["result"] == "lost: its supervisor died without a result"
    assert record["attempts"] == 2
    # the orphaned worker of the lost attempt was killed, not left running beside the re-run
    assert wait_until(lambda: not procinfo.alive(info["worker_pid"], info["worker_start"]), 5)


def test_dependency_chain_runs_in_order_and_passes_results_on(agents, tmp_path):
    add(agents, "fetch the data FAKE:success")
    add(agents, "summarise it FAKE:success", after="T-01")
    add(agents, "publish the summary FAKE:success", after="T-02")
    first = agents("dispatch").stdout
    assert "Started T-01" in first and "T-02" not in first
    assert wait_until(lambda: all_settled(agents), 30), statuses(agents)
    started = [json.loads(line)["id"] for line in (agents.dir / "events.jsonl").read_text().splitlines()
               if json.loads(line)["type"] == "started"]
    assert started == ["T-01", "T-02", "T-03"]
    prompts = {call["prompt"].split("task ")[1].split(" ")[0]: call["prompt"] for call in calls(tmp_path)}
    assert "- T-01: finished T-01 (fake result)" in prompts["T-02"]
    assert "- T-02: finished T-02 (fake result)" in prompts["T-03"]


def test_blocked_dependency_blocks_dependants_and_retry_releases_them(agents):
    add(agents, "log in to staging FAKE:error,success", max_retries=1)
    add(agents, "run the migration FAKE:success", after="T-01")
    add(agents, "tell the team FAKE:success", after="T-02")
    agents("dispatch")
    assert wait_until(lambda: all_settled(agents), 20), statuses(agents)
    assert statuses(agents) == {"T-01": "blocked", "T-02": "blocked", "T-03": "blocked"}
    assert task(agents, "T-02")["blocked_reason"] == "depends on T-01 which is blocked"
    assert task(agents, "T-03")["blocked_reason"] == "depends on T-02 which is blocked"
    report = agents("dispatch").stdout
    assert "🚫 T-02 blocked — depends on T-01 which is blocked" in report
    assert "🚫 T-03 blocked — depends on T-02 which is blocked" in report
    agents("retry", "T-01")
    agents("dispatch")
    assert wait_until(lambda: all_settled(agents, ("done",)), 30), statuses(agents)


def test_concurrent_dispatches_never_exceed_the_limit_nor_start_twice(agents, queue_dir):
    agents.env["TASK_RUNNER_MAX_CONCURRENT"] = "3"
    add(agents, *[f"job {n} FAKE:hang" for n in range(1, 11)])
    procs = [subprocess.Popen([sys.executable, "-m", "task_runner", "dispatch", "--json"], env=agents.env,
                              cwd=agents.workspace, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), outputs
    started = [task_id for out, _ in outputs for task_id in json.loads(out)["started"]]
    assert len(started) == len(set(started)) == 3
    assert list(statuses(agents).values()).count("running") == 3
    assert len([path for path in queue_dir.glob("runs/*/*") if path.is_dir()]) == 3


def test_cancel_stops_a_running_worker(agents, queue_dir):
    add(agents, "endless FAKE:hang")
    agents("dispatch")
    info = worker_record(queue_dir / "runs/T-01/1/pid.json")
    agents("cancel", "T-01")
    assert not procinfo.alive(info["worker_pid"], info["worker_start"])
    result = json.loads((queue_dir / "runs/T-01/1/result.json").read_text())
    assert result["stopped"]
    time.sleep(0.3)  # the supervisor's own pass must not bring it back
    assert task(agents, "T-01")["status"] == "skipped"
    assert "Started" not in agents("dispatch").stdout


def test_stalled_worker_is_stopped_and_counts_as_failed(agents, queue_dir):
    add(agents, "quiet one FAKE:hang,success")
    agents("dispatch")
    assert wait_until((queue_dir / "runs/T-01/fake.count").exists, 10)  # the fake chose "hang"
    later = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 25 * 60))
    report = agents("dispatch", env={"TASK_RUNNER_NOW": later}).stdout
    assert "⏸️ T-01 stalled (no output for 20 min)" in report
    assert wait_until(lambda: task(agents, "T-01")["status"] == "done", 20), statuses(agents)
    first = task(agents, "T-01")["strategies_tried"][0]
    assert first["result"] == "stalled: no output for 20 min"


def test_verification_failure_is_a_failed_attempt(agents, tmp_path):
    # the worker says it succeeded but the file the task names was not written: a fact, not wording
    add(agents, "write the report to report.md FAKE:success,write", type="file-creation")
    agents.env["FAKE_WRITE"] = str(agents.workspace / "report.md")
    agents("dispatch")
    assert wait_until(lambda: all_settled(agents), 20), statuses(agents)
    record = task(agents, "T-01")
    assert record["strategies_tried"][0]["verification_failure"] == "the named file report.md does not exist"
    assert record["status"] == "done" and record["deliverable_path"] == str(agents.workspace / "report.md")


def test_shell_worker_opt_in_runs_the_users_command(cli, queue_dir):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    add(cli, "count the files", command="ls | wc -l > count.txt && echo counted", type="code-execution")
    cli("dispatch")
    assert wait_until(lambda: all_settled(cli), 20), statuses(cli)
    record = task(cli, "T-01")
    assert record["status"] == "done" and record["deliverable"] == "counted"
    assert (cli.workspace / "count.txt").exists()
    assert "counted" in cli("logs", "T-01").stdout


def test_shell_file_creation_delivers_the_file_its_command_names(cli, queue_dir):
    """No DELIVERABLE_PATH line from a plain command: the file the task named, written by this
    attempt, is the deliverable; a file the command did not write is not."""
    cli.env["TASK_RUNNER_SHELL"] = "1"
    (cli.workspace / "old.txt").write_text("from yesterday\n")
    os.utime(cli.workspace / "old.txt", (time.time() - 3600, time.time() - 3600))
    add(cli, "save the date", command="date -u > stamp.txt", type="file-creation")
    add(cli, "pretend to write old.txt", command="true", type="file-creation", max_retries=1)
    cli("dispatch")
    assert wait_until(lambda: all_settled(cli), 20), statuses(cli)
    record = task(cli, "T-01")
    assert record["status"] == "done" and record["deliverable_path"] == str(cli.workspace / "stamp.txt")
    assert task(cli, "T-02")["status"] == "blocked"
    assert task(cli, "T-02")["strategies_tried"][0]["verification_failure"] == \
        "the named file old.txt was not written during this attempt"
