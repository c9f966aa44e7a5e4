"""The backup cron job through the openclaw CLI, against a fake CLI that keeps its jobs in a file.

The fake speaks the JSON of OpenClaw 2026.9's `cron list --json` / `cron add --json` (checked against
the real one in test_openclaw_integration.py) and can play a gateway that is down, one that hangs,
and a release without --declaration-key. Every call is logged, so "no subprocess" is checkable.
"""

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from task_runner import cronjob

FAKE = textwrap.dedent("""\
    #!{python}
    import json, os, sys, time
    argv = sys.argv[1:]
    state = os.environ["FAKE_OPENCLAW_STATE"]
    with open(os.environ["FAKE_OPENCLAW_LOG"], "a") as log:
        log.write(json.dumps(argv) + "\\n")
    mode = os.environ.get("FAKE_OPENCLAW_MODE", "ok")
    if mode == "hang":
        import subprocess
        child = subprocess.Popen(["sleep", "300"])  # a grandchild that must die with us
        with open(state + ".pids", "a") as handle:
            handle.write(f"{{os.getpid()}} {{child.pid}}\\n")
        time.sleep(300)
    if mode == "down":
        print(json.dumps({{"ok": False, "error": {{"type": "cli_error",
              "message": "Gateway not reachable at ws://127.0.0.1:18789 (ECONNREFUSED)."}}}}))
        sys.exit(1)
    if mode == "old" and "--declaration-key" in argv:
        print("error: unknown option '--declaration-key'", file=sys.stderr)
        sys.exit(1)
    jobs = json.load(open(state)) if os.path.exists(state) else []
    if argv[:2] == ["cron", "list"]:
        print(json.dumps({{"jobs": jobs, "total": len(jobs), "hasMore": False}}, indent=2))
    elif argv[:2] == ["cron", "add"]:
        time.sleep(float(os.environ.get("FAKE_OPENCLAW_ADD_DELAY", "0")))
        opt = lambda name: argv[argv.index(name) + 1] if name in argv else None
        key = opt("--declaration-key")
        same = [j for j in jobs if key and j.get("declarationKey") == key]
        if same:
            print(json.dumps({{"created": False, "updated": False, "job": same[0]}}))
            sys.exit(0)
        every = opt("--every")
        job = {{"id": f"job-{{len(jobs) + 1}}", "name": opt("--name"), "enabled": True,
               "schedule": {{"kind": "every", "everyMs": int(every[:-1]) * 60000}},
               "sessionTarget": opt("--session"), "wakeMode": opt("--wake"),
               "payload": {{"kind": "systemEvent", "text": opt("--system-event")}}}}
        if key:
            job["declarationKey"] = key
        jobs.append(job)
        json.dump(jobs, open(state, "w"))
        print(json.dumps({{"created": True, "job": job}}))
    else:
        sys.exit(2)
    """)


class FakeOpenClaw:
    def __init__(self, tmp_path: Path):
        self.bin = tmp_path / "fakebin"
        self.bin.mkdir()
        self.state = tmp_path / "fake-jobs.json"
        self.log = tmp_path / "fake-calls.log"
        self.log.touch()
        script = self.bin / "openclaw"
        script.write_text(FAKE.format(python=sys.executable), encoding="utf-8")
        script.chmod(0o755)

    def env(self, cli, mode="ok", **extra) -> dict:
        return dict(PATH=f"{self.bin}{os.pathsep}{cli.env['PATH']}", FAKE_OPENCLAW_STATE=str(self.state),
                    FAKE_OPENCLAW_LOG=str(self.log), FAKE_OPENCLAW_MODE=mode, **extra)

    def calls(self) -> list:
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def jobs(self) -> list:
        return json.loads(self.state.read_text()) if self.state.exists() else []


@pytest.fixture
def fake(tmp_path) -> FakeOpenClaw:
    return FakeOpenClaw(tmp_path)


def ours(jobs):
    return [job for job in jobs if job["name"] == "Task Runner Dispatcher"]


def test_cli_creates_the_job_once_then_fast_path_makes_no_call(cli, fake):
    out = cli("setup", env=fake.env(cli)).stdout
    assert "created with the openclaw CLI" in out and "still owed" not in out
    (job,) = ours(fake.jobs())
    assert job["schedule"] == {"kind": "every", "everyMs": 900000}
    assert job["sessionTarget"] == "main" and job["wakeMode"] == "now"
    assert job["payload"] == {"kind": "systemEvent", "text": cronjob.EVENT_TEXT}
    assert job["declarationKey"] == cronjob.DECLARATION_KEY
    assert [call[:2] for call in fake.calls()] == [["cron", "list"], ["cron", "add"]]
    assert "--all" in fake.calls()[0]  # a job the user disabled still counts
    state = cli.queue()["cronJob"]
    assert state["status"] == "ok" and state["via"] == "cli" and state["jobId"] == job["id"]

    calls = len(fake.calls())
    for _ in range(3):
        assert cli("setup", env=fake.env(cli)).stdout.startswith("✅ Task Runner is set up")
    assert len(fake.calls()) == calls  # fast path: no subprocess at all


def test_existing_job_is_found_not_duplicated_across_restarts(cli, fake, queue_dir):
    cli("setup", env=fake.env(cli))
    # the queue folder is lost (new machine state, restart with a fresh TASK_RUNNER_DIR): the job is not
    for path in queue_dir.iterdir():
        path.unlink()
    out = cli("setup", env=fake.env(cli)).stdout
    assert "already exists" in out
    assert len(ours(fake.jobs())) == 1
    assert [call[1] for call in fake.calls()] == ["list", "add", "list"]


def test_job_created_by_the_agent_without_declaration_key_is_recognised_by_name(cli, fake):
    fake.state.write_text(json.dumps([{"id": "agent-made", "name": "Task Runner Dispatcher"}]))
    cli("setup", env=fake.env(cli))
    assert cli.queue()["cronJob"]["jobId"] == "agent-made"
    assert [call[1] for call in fake.calls()] == ["list"]


def test_concurrent_setups_create_exactly_one_job(cli, fake):
    env = dict(cli.env, **fake.env(cli, FAKE_OPENCLAW_ADD_DELAY="0.3"))
    # an old release without declaration keys: only our own list+add serialisation prevents duplicates
    env["FAKE_OPENCLAW_MODE"] = "old"
    procs = [subprocess.Popen([sys.executable, "-m", "task_runner", "setup"], env=env, cwd=cli.workspace,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), outputs
    assert len(ours(fake.jobs())) == 1
    assert "declarationKey" not in ours(fake.jobs())[0]
    assert sum("initialized" in out for out, _ in outputs) == 1
    assert (cli.workspace / "HEARTBEAT.md").read_text(encoding="utf-8").count("## Task Runner Dispatcher") == 1


def test_gateway_down_owes_the_job_then_cli_retry_after_ten_minutes_finds_it(cli, fake):
    t0 = "2026-03-10T08:00:00Z"
    out = cli("setup", env=fake.env(cli, "down", TASK_RUNNER_NOW=t0)).stdout
    assert "still owed" in out and "ECONNREFUSED" in out
    assert json.loads(next(line for line in out.splitlines() if line.startswith("{"))) == cronjob.tool_call()
    assert cli.queue()["cronJob"]["status"] == "owed"
    calls = len(fake.calls())

    # five minutes later: reminded, but the CLI is not asked again (each try costs a node start-up)
    out = cli("setup", env=fake.env(cli, "ok", TASK_RUNNER_NOW="2026-03-10T08:05:00Z")).stdout
    assert "still needs its backup cron job" in out
    assert len(fake.calls()) == calls

    # eleven minutes later, with the gateway up: the CLI creates it and the reminders stop
    out = cli("setup", env=fake.env(cli, "ok", TASK_RUNNER_NOW="2026-03-10T08:11:00Z")).stdout
    assert "still needs" not in out
    assert cli.queue()["cronJob"]["status"] == "ok"
    assert len(ours(fake.jobs())) == 1


def test_hanging_cli_is_bounded_and_its_process_group_killed(cli, fake):
    started = time.monotonic()
    out = cli("setup", env=fake.env(cli, "hang", TASK_RUNNER_OPENCLAW_TIMEOUT="0.5"), timeout=60).stdout
    assert time.monotonic() - started < 10  # 0.5 s CLI timeout + 2 s grace, once (list fails first)
    assert "did not answer" in out and "still owed" in out
    time.sleep(0.2)
    for line in Path(str(fake.state) + ".pids").read_text().split("\n"):
        for pid in line.split():
            assert not _alive(int(pid)), f"process {pid} of the hung CLI survived"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(")")[-1].split()[0] == "Z")


def test_release_without_declaration_keys_still_gets_the_job(cli, fake):
    cli("setup", env=fake.env(cli, "old"))
    (job,) = ours(fake.jobs())
    assert "declarationKey" not in job
    adds = [call for call in fake.calls() if call[1] == "add"]
    assert len(adds) == 2 and "--declaration-key" in adds[0] and "--declaration-key" not in adds[1]


def test_cron_done_stops_reminders_without_asking_the_cli(cli, fake):
    cli("setup", env=fake.env(cli, "down"))
    calls = len(fake.calls())
    cli("setup", "--cron-done", env=fake.env(cli, "down"))
    assert len(fake.calls()) == calls
    assert "still needs" not in cli("setup", env=fake.env(cli, "down")).stdout
    assert cli.queue()["cronJob"]["via"] == "agent"
