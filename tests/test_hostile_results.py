"""One bad task never stops the others (issue 10).

Real attempts run under real supervisors (``sleep 60``); each supervisor is
then SIGKILLed with its worker's group, and the run folder is left as a hostile
or broken worker would leave it: a malformed result.json of every shape, a
10 MB one, a link, a malformed pid record. One ``dispatch`` pass must lose or
fail each of those attempts with the reason and still start and finish every
other task.
"""

import json
import os
import signal
import time
from datetime import timedelta

import pytest

from fake_agents import wait_until
from task_runner import procinfo
from task_runner.store import QueueStore
from task_runner.timeutil import now, to_iso

RESULTS = {
    "an array": (b"[]", "result.json has no outcome object"),
    "outcome a string": (b'{"outcome": "x"}', "result.json has no outcome object"),
    "summary a number": (b'{"outcome": {"ok": true, "summary": 5}}', "outcome.summary is 5, not text"),
    "ok missing": (b'{"outcome": {"summary": "done"}}', "outcome.ok is missing"),
    "NaN": (b'{"outcome": {"ok": true, "cost_usd": NaN}}', "result.json is not valid JSON"),
    "not UTF-8": (b'{"outcome": {"ok": true, "summary": "caf\xe9"}}', "result.json is not valid JSON"),
    "100,000 deep": (b'{"outcome": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "result.json is not valid JSON"),
    "10 MB": (b'{"outcome": {"ok": true, "text": "' + b"x" * (10 << 20) + b'"}}', "result.json is over 1 MB"),
    "a link": (None, "result.json cannot be read: it is a symbolic link"),
}
PID_RECORDS = {
    "pid record an array": (b"[]", b'{"pid": "abc"}'),
    "pid record of huge numbers": (b'{"supervisor_pid": 1e400, "worker_pid": ' + b"9" * 5000 + b"}", b"{}"),
}


@pytest.fixture
def shell(cli):
    cli.env.update(TASK_RUNNER_SHELL="1", TASK_RUNNER_MAX_CONCURRENT="16", TASK_RUNNER_MAX_RETRIES="0")
    return cli


def running_attempts(cli, count: int) -> dict:
    """task id -> its run folder, once ``count`` attempts run with a recorded worker."""
    def ready():
        tasks = [t for t in cli.queue()["tasks"] if t["status"] == "running"]
        folders = {t["id"]: cli.dir / t["run"]["dir"] for t in tasks}
        records = {tid: _json(folder / "pid.json") for tid, folder in folders.items()}
        if len(folders) == count and all("worker_pid" in r for r in records.values()):
            return folders
        return None
    folders = wait_until(ready, 40, every=0.1)
    assert folders, "the attempts never all started"
    return folders


def _json(path):
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}


def kill_attempt(folder) -> None:
    """SIGKILL the supervisor (so it writes no result of its own) and the worker's group."""
    record = _json(folder / "pid.json")
    os.kill(record["supervisor_pid"], signal.SIGKILL)
    os.killpg(record["worker_pgid"], signal.SIGKILL)
    assert wait_until(lambda: not procinfo.alive(record["supervisor_pid"], record["supervisor_start"]), 10)


def test_every_malformed_result_loses_only_its_attempt_and_the_pass_goes_on(shell, tmp_path):
    victim = tmp_path / "victim.json"
    victim.write_text('{"outcome": {"ok": true, "summary": "forged"}}')
    names = list(RESULTS)
    for name in names:
        shell("add", f"hostile {name}", "--command", "sleep 60", "--no-dispatch")
    shell("dispatch")
    folders = running_attempts(shell, len(names))
    by_name = dict(zip(names, sorted(folders)))
    for name, task_id in by_name.items():
        folder = folders[task_id]
        kill_attempt(folder)
        content, _ = RESULTS[name]
        if content is None:
            (folder / "result.json").symlink_to(victim)
        else:
            (folder / "result.json").write_bytes(content)
    shell("add", "good one", "--command", "echo good-1", "--no-dispatch")
    shell("add", "good two", "--command", "echo good-2", "--no-dispatch")
    started = time.monotonic()
    result = shell("dispatch")
    assert time.monotonic() - started < 20
    assert "Traceback" not in result.stderr
    def good_done():
        return len([t for t in shell.queue()["tasks"] if t["description"].startswith("good")
                    and t["status"] == "done"]) == 2
    assert wait_until(good_done, 30), shell("status").stdout
    tasks = {t["id"]: t for t in shell.queue()["tasks"]}
    for name, task_id in by_name.items():
        assert tasks[task_id]["status"] == "blocked", (name, tasks[task_id])
        assert RESULTS[name][1] in tasks[task_id]["blocked_reason"], (name, tasks[task_id]["blocked_reason"])
    assert victim.read_text() == '{"outcome": {"ok": true, "summary": "forged"}}'
    assert "Traceback" not in shell("status").stderr


@pytest.mark.parametrize("name", list(PID_RECORDS))
def test_a_malformed_pid_record_loses_that_attempt_and_the_others_finish(shell, name):
    pid_record, supervisor_record = PID_RECORDS[name]
    shell("add", "hostile", "--command", "sleep 60", "--no-dispatch")
    shell("dispatch")
    folder = running_attempts(shell, 1)["T-01"]
    kill_attempt(folder)
    (folder / "pid.json").write_bytes(pid_record)
    (folder / "supervisor.json").write_bytes(supervisor_record)
    with QueueStore(shell.dir).transaction() as queue:  # as it will look two minutes from now
        queue["tasks"][0]["run"]["started_at"] = to_iso(now() - timedelta(minutes=2))
    shell("add", "good", "--command", "echo good", "--no-dispatch")
    result = shell("dispatch")
    assert "Traceback" not in result.stderr
    assert wait_until(lambda: shell.queue()["tasks"][1]["status"] == "done", 30), shell("status").stdout
    hostile = shell.queue()["tasks"][0]
    assert hostile["status"] == "blocked"
    assert "its supervisor died without a result" in hostile["blocked_reason"]


def test_status_and_logs_of_a_malformed_attempt_speak(shell):
    shell("add", "hostile", "--command", "echo visible; sleep 60", "--no-dispatch")
    shell("dispatch")
    folder = running_attempts(shell, 1)["T-01"]
    kill_attempt(folder)
    (folder / "result.json").write_bytes(b'{"outcome": {"ok": true, "summary": 5}}')
    for command in (["status"], ["logs", "T-01"], ["status", "T-01"]):
        result = shell(*command)
        assert "Traceback" not in result.stderr
    assert "visible" in shell("logs", "T-01").stdout
