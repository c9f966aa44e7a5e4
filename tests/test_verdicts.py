"""What the user is told is what happened (issue 9), with real processes, real signals and fakes
that print what the real CLIs print."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from fake_agents import calls, kill_runs, wait_until
from task_runner import procinfo


def task(cli, task_id="T-01"):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def settled(cli, task_id="T-01"):
    return task(cli, task_id)["status"] in ("done", "blocked", "skipped")


def worker_of(cli, task_id="T-01"):
    """pid.json of the task's current attempt once the worker runs."""
    run = task(cli, task_id).get("run") or {}
    path = cli.dir / run.get("dir", "none") / "pid.json"
    try:
        record = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return record if "worker_pid" in record else None


def kill_attempt(cli, task_id="T-01") -> dict:
    """SIGKILL an attempt's supervisor and worker group, as a crash or an OOM kill would; wait until gone."""
    pids = worker_of(cli, task_id)
    os.kill(pids["supervisor_pid"], signal.SIGKILL)
    os.killpg(pids["worker_pgid"], signal.SIGKILL)
    assert wait_until(lambda: not procinfo.alive(pids["supervisor_pid"], pids["supervisor_start"])
                      and not procinfo.alive(pids["worker_pid"], pids["worker_start"]), 5)
    return pids


# ---------------------------------------------------------------- verdicts from facts


@pytest.mark.parametrize("kind, description, text", [
    ("messaging", "email Bob the quarterly report", "Done.\nDELIVERABLE: Emailed Bob the report"),
    ("info-lookup", "who is the president of France", "DELIVERABLE: Emmanuel Macron"),
    ("info-lookup", "what is the weather in Paris today", "DELIVERABLE: Sunny, high of 21°C"),
    ("info-lookup", "how much does a 2026 Model 3 cost", "DELIVERABLE: $38,990"),
])
def test_an_explicit_success_is_done_on_the_first_attempt(agents, tmp_path, kind, description, text):
    agents("add", description, "--type", kind, env={"FAKE_TEXT": text})
    assert wait_until(lambda: settled(agents), 20)
    record = task(agents)
    assert record["status"] == "done", record
    assert record["deliverable"] == text.split("DELIVERABLE: ")[1]
    assert len(record["strategies_tried"]) == 1 and record["strategies_tried"][0]["verification_failure"] is None
    assert len(calls(tmp_path)) == 1  # the email went out once


def test_a_messaging_attempt_killed_mid_run_is_never_started_again(agents, tmp_path):
    agents("add", "text Ana that the train is late FAKE:hang", "--type", "messaging")
    assert wait_until(lambda: worker_of(agents), 15)
    kill_attempt(agents)
    out = agents("dispatch").stdout
    record = task(agents)
    assert record["status"] == "blocked" and "may already have happened" in record["blocked_reason"]
    assert any("done T-01" in step for step in record["user_action_required"])
    assert "🚫 T-01 blocked" in out
    time.sleep(0.5)
    agents("dispatch")
    assert [path.name for path in (agents.dir / "runs" / "T-01").iterdir() if path.is_dir()] == ["1"]


def test_a_crashed_attempt_resumes_its_stored_session(agents, tmp_path):
    agents("add", "refactor the parser FAKE:hang,success", "--type", "code-execution")
    assert wait_until(lambda: worker_of(agents) and (agents.dir / "runs" / "T-01" / "fake.count").exists(), 15)
    session = task(agents)["run"]["session"]
    kill_attempt(agents)
    agents("dispatch")
    assert wait_until(lambda: settled(agents), 20), (task(agents), agents("status").stdout)
    argv = calls(tmp_path)[-1]["argv"]
    assert argv[argv.index("--resume") + 1] == session


# ---------------------------------------------------------------- retries that make sense


def test_a_rate_limited_attempt_waits_with_backoff_and_resumes(agents, tmp_path):
    agents.env["TASK_RUNNER_RETRY_BACKOFF"] = "30"
    agents("add", "summarise the news FAKE:ratelimit,success", "--type", "info-lookup")
    assert wait_until(lambda: task(agents)["status"] == "pending" and task(agents).get("retry_after"), 20)
    record = task(agents)
    assert record["retries"] == 1 and record["resume_session"]
    table = agents("status").stdout
    assert "retry at" in table and "(backoff)" in table
    assert len(calls(tmp_path)) == 1  # not retried in the same second
    later = agents("status", "--json", env={"TASK_RUNNER_NOW": record["retry_after"]})
    assert later.returncode == 0


def test_a_missing_worker_binary_blocks_before_anything_starts(cli):
    cli.env["TASK_RUNNER_WORKER"] = "codex"
    cli.env["PATH"] = "/usr/bin:/bin"  # no codex here
    out = cli("add", "fix the login bug", "--type", "code-execution").stdout
    assert "🔄 Started" not in out
    record = task(cli)
    assert record["status"] == "blocked" and record.get("attempts") is None
    assert "`codex` command, which is not on PATH" in record["blocked_reason"]
    assert any("npm install -g @openai/codex" in step for step in record["user_action_required"])
    assert "blocked before it could start" in out


# ---------------------------------------------------------------- honest status


def test_status_shows_a_dead_attempt_as_lost_at_once(agents):
    agents("add", "long research FAKE:hang", "--type", "info-lookup")
    assert wait_until(lambda: worker_of(agents), 15)
    kill_attempt(agents)
    table = agents("status", env={"TASK_RUNNER_AUTO_DISPATCH": "0"}).stdout
    row = next(line for line in table.splitlines() if line.startswith("T-01"))
    assert "⚠️ lost" in row and "running" not in row
    listed = agents.json("status")["tasks"][0]
    assert listed["status"] == "running" and listed["live"] is False
    assert "lost" in agents("logs", "T-01").stdout


def test_status_says_why_a_pending_task_waits_and_when_it_is_due(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    cli("add", "draft the invoice", "--due", "2099-01-01T17:00")
    cli("add", "send the invoice", "--after", "T-01")
    cli("add", "water the plants", "--not-before", "2099-01-02T09:00")
    rows = {line.split()[0]: line for line in cli("status").stdout.splitlines() if line.startswith("T-")}
    assert "⏰ due" in rows["T-01"]
    assert "(waiting: after T-01)" in rows["T-02"]
    assert "(waiting: starts" in rows["T-03"]


# ---------------------------------------------------------------- no start after a stop


CANCEL_RACE = r"""
import subprocess, sys, time, random
delay = float(sys.argv[1])
dispatch = subprocess.Popen([sys.executable, "-m", "task_runner", "dispatch"], stdout=subprocess.DEVNULL)
time.sleep(delay)
done = subprocess.run([sys.executable, "-m", "task_runner", "cancel", "T-01", "--no-dispatch"],
                      capture_output=True, text=True)
dispatch.wait()
print(done.returncode)
"""


def test_a_cancel_between_persist_and_spawn_always_stops_the_work(cli, tmp_path):
    """40 random races of a dispatch that starts T-01 and a cancel of T-01: a task the cancel
    changed never does its work (the worker waits 0.4 s, then leaves a mark)."""
    cli.env["TASK_RUNNER_SHELL"] = "1"
    rng = random.Random(9)
    ran_after_cancel = 0
    for trial in range(40):
        folder = tmp_path / f"q{trial}"
        env = dict(cli.env, TASK_RUNNER_DIR=str(folder))
        mark = tmp_path / f"mark{trial}"
        cli("add", "touch a file", "--command", f"sleep 0.4; touch {mark}", "--no-dispatch", env=env)
        result = subprocess.run([sys.executable, "-c", CANCEL_RACE, str(rng.uniform(0, 0.15))], env=env,
                                capture_output=True, text=True, timeout=60, cwd=cli.workspace)
        cancelled = result.stdout.strip() == "0"
        time.sleep(0.6)
        if cancelled and mark.exists():
            ran_after_cancel += 1
        kill_runs(folder)
    assert ran_after_cancel == 0


# ---------------------------------------------------------------- notices exactly once


def test_notices_survive_a_pass_whose_stdout_fails(cli):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "say hi", "--command", "echo hi", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: task(cli)["status"] == "done", 20)
    with open("/dev/full", "w") as full:
        failed = subprocess.run([sys.executable, "-m", "task_runner", "dispatch"], stdout=full,
                                stderr=subprocess.PIPE, text=True, env=cli.env, cwd=cli.workspace, timeout=30)
    assert failed.returncode == 3 and "stay undelivered" in failed.stderr
    assert cli("dispatch").stdout.strip() == "✅ T-01 done — hi"  # still there for the next reader
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"  # and only once


def test_a_user_facing_command_shows_what_happened_while_away(cli):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "say hi", "--command", "echo hi", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: task(cli)["status"] == "done", 20)
    out = cli("status").stdout
    assert out.startswith("While you were away:\n✅ T-01 done — hi")
    assert "While you were away" not in cli("status").stdout


# ---------------------------------------------------------------- ids, archive, committed changes


TOMORROW = {"TASK_RUNNER_ARCHIVE_DAYS": "0", "TASK_RUNNER_NOW": "2099-01-01T00:00:00Z"}


def test_ids_are_never_reused_after_the_queue_file_is_deleted(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    cli("add", "first")
    cli("done", "T-01")
    assert cli.json("archive", env=TOMORROW)["archived"] == ["T-01"]
    cli.queue_path.unlink()
    added = cli.json("add", "second")["added"]
    assert added[0]["id"] == "T-02"


def test_archiving_never_replaces_a_different_task_with_the_same_id(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    cli("add", "the first T-01")
    cli("done", "T-01")
    assert cli.json("archive", env=TOMORROW)["archived"] == ["T-01"]
    queue = cli.queue()  # a queue started again by hand, before ids continued from the archive
    queue.update(lastId=None, tasks=[])
    cli.queue_path.write_text(json.dumps(queue))
    stray = cli.json("add", "another T-01?")["added"][0]
    assert stray["id"] == "T-02"  # continued after the archive, so this can no longer happen by itself
    queue = cli.queue()
    queue["tasks"][0]["id"] = "T-01"
    cli.queue_path.write_text(json.dumps(queue))
    cli("done", "T-01")
    assert cli.json("archive", env=TOMORROW)["archived"] == ["T-01"]
    archived = cli.json("status", "--archived")["tasks"]
    assert sorted(t["description"] for t in archived) == ["another T-01?", "the first T-01"]
    assert [t.get("idConflict") for t in archived if t["description"] == "another T-01?"] == [True]


def test_a_users_turn_never_archives_and_a_dependency_on_an_archived_task_is_satisfied(cli):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli.env.update(TOMORROW)
    cli("add", "build", "--command", "true", "--no-dispatch")
    cli("done", "T-01", env={"TASK_RUNNER_NOW": "2098-12-01T00:00:00Z"})
    cli("add", "another", "--no-dispatch")
    assert [t["id"] for t in cli.queue()["tasks"]] == ["T-01", "T-02"]  # nothing archived in a user's turn
    cli("dispatch")  # housekeeping archives T-01
    assert [t["id"] for t in cli.queue()["tasks"]] == ["T-02"]
    added = cli.json("add", "deploy the site", "--after", "T-01", "--no-dispatch")["added"][0]
    assert added["id"] == "T-03" and added.get("depends_on") in (None, [])


def test_a_committed_change_whose_pass_fails_exits_0_and_says_so(cli):
    cli.dir.mkdir(parents=True, mode=0o700)
    (cli.dir / "events.jsonl").mkdir()  # the follow-up pass cannot record notices
    result = cli("add", "something to do", check=None)
    assert result.returncode == 0, result.stderr
    assert "Added T-01" in result.stdout and "next heartbeat" in result.stdout
    assert [(t["id"], t["status"]) for t in cli.queue()["tasks"]] == [("T-01", "pending")]


def test_a_change_and_its_pass_are_one_queue_write(pinned_env, monkeypatch, capsys):
    """The pass that follows a change runs inside the change's transaction: one read, one write,
    and the task is running in that one write. A change that stops a worker keeps its own write."""
    from task_runner import cli, store

    writes = []
    real = store.atomic_write_text
    monkeypatch.setattr(store, "atomic_write_text", lambda path, text: (writes.append(text), real(path, text)))
    monkeypatch.setenv("TASK_RUNNER_SHELL", "1")
    assert cli.main(["add", "wait a bit", "--command", "sleep 30"]) == 0
    out = capsys.readouterr().out
    statuses = [[task["status"] for task in json.loads(text)["tasks"]] for text in writes]
    assert statuses == [["running"]], out
    assert "Added T-01" in out
    writes.clear()
    assert cli.main(["cancel", "T-01"]) == 0  # stops a worker: the pass reads what it left
    statuses = [[task["status"] for task in json.loads(text)["tasks"]] for text in writes]
    assert statuses and statuses[0] == ["skipped"], (statuses, capsys.readouterr().out)


def test_a_heartbeat_notice_stays_for_the_user_until_the_agent_says_it_was_sent(cli):
    """dispatch (a heartbeat or cron turn) tells the agent; the user's own next command still shows the
    notice until `dispatch --sent` says the message tool delivered it: a failed send loses nothing."""
    cli.env["TASK_RUNNER_SHELL"] = "1"
    cli("add", "say hi", "--command", "echo hi", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: task(cli)["status"] == "done", 20)
    assert cli("dispatch").stdout.strip() == "✅ T-01 done — hi"  # told to the agent once
    assert cli("dispatch").stdout.strip() == "HEARTBEAT_OK"
    assert "While you were away:\n✅ T-01 done — hi" in cli("status").stdout  # the send may have failed
    cli("add", "say bye", "--command", "echo bye", "--no-dispatch")
    cli("dispatch")
    assert wait_until(lambda: task(cli, "T-02")["status"] == "done", 20)
    assert cli("dispatch").stdout.strip() == "✅ T-02 done — bye"
    assert cli.json("dispatch", "--sent")["acknowledged"] == 2  # T-02's start and its end
    assert "While you were away" not in cli("status").stdout
    assert cli("dispatch", "--sent").stdout.startswith("Nothing to mark")
