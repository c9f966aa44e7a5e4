"""Against a real OpenClaw 2026.9 gateway (no model needed): the skill is eligible; setup creates exactly one
cron job, puts the heartbeat block into the heartbeat job's scratch (where 2026.9 reads it) and not into
HEARTBEAT.md, survives `openclaw doctor --fix`; the ledger, scratch and system-event calls of openclaw.py
work against the real CLI (test_openclaw_e2e.py, which has a gateway running anyway).

Needs the `openclaw` CLI (scripts/install-openclaw.sh, see tests/openclaw/harness.py); skipped otherwise.
Every test has its own HOME, state dir and loopback gateway; the gateway is always stopped.
"""

import json
import os
import shutil
import time

import pytest

from openclaw.harness import (
    OPENCLAW_PATH,
    SKIP_REASON,
    OpenClawEnv,
    free_port,
    requires_openclaw,
)
from task_runner import cronjob, heartbeat

pytestmark = [pytest.mark.openclaw, requires_openclaw]
HEADING = heartbeat.HEADING
USER_CHECKLIST = "# Heartbeat checklist\n\n- Quick scan: anything urgent in the inbox?\n"


@pytest.fixture
def oc(tmp_path):
    env = OpenClawEnv(tmp_path)
    try:
        yield env
    finally:
        env.close()


def test_installed_skill_is_eligible(oc):
    out = oc.task_runner("install-skill").stdout
    assert str(oc.workspace / "skills" / "task-runner") in out
    info = oc.skill_info()
    assert info["name"] == "task-runner" and info["source"] == "openclaw-workspace"
    assert info["eligible"] is True and info["disabled"] is False and info["modelVisible"] is True
    assert info["emoji"] == "📋"
    assert info["requirements"]["bins"] == ["task-runner"] and info["missing"]["bins"] == []
    assert info["filePath"] == str(oc.workspace / "skills" / "task-runner" / "SKILL.md")

    # the requirement is real: without task-runner on PATH the same skill is not eligible
    bare_path = os.pathsep.join(OPENCLAW_PATH + ["/usr/bin", "/bin"])
    info = oc.skill_info(env={"PATH": bare_path})
    assert info["eligible"] is False and info["missing"]["bins"] == ["task-runner"]


def test_global_install_is_found_as_a_managed_skill(oc):
    oc.task_runner("install-skill", "--global")
    info = oc.skill_info()
    assert info["eligible"] is True
    assert info["filePath"] == str(oc.state / "skills" / "task-runner" / "SKILL.md")


def test_setup_against_a_live_gateway_one_cron_job_and_the_block_in_the_heartbeat_scratch(oc):
    # the user already keeps a monitor scratch, and a HEARTBEAT.md that an older task-runner gave our block
    (oc.workspace / "HEARTBEAT.md").write_text(
        heartbeat.with_block(USER_CHECKLIST, heartbeat.render_block(oc.queue_dir / "task-queue.json", "x")),
        encoding="utf-8")
    oc.start_gateway()
    job = oc.heartbeat_job()
    oc.openclaw_json("cron", "scratch", job["id"], "--set", "# Monitor\n\n- anything on fire?\n")
    started = time.monotonic()
    first = oc.task_runner("setup").stdout
    took = time.monotonic() - started
    assert "created with the openclaw CLI" in first, first
    assert "dispatcher block added to the heartbeat job's scratch" in first
    assert "taken out of" in first and "no longer reads" in first
    assert took < 30, f"first setup took {took:.1f}s"
    # 2026.9 never reads HEARTBEAT.md: the user's file keeps every byte of theirs, without our block
    assert (oc.workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == USER_CHECKLIST

    scratch = oc.scratch(job["id"])
    assert scratch.startswith("# Monitor\n\n- anything on fire?\n\n" + HEADING + "\n")
    assert scratch.count(HEADING) == 1 and "TASK_RUNNER_DISPATCH" in scratch
    assert f"task-runner dispatch --dir {oc.queue_dir}" in scratch

    second = json.loads(oc.task_runner("setup", "--json").stdout)
    assert second["heartbeat"]["where"] == "scratch" and second["heartbeat"]["state"] == "scratch-present"
    assert second["cron"]["state"] == "ok"

    # the queue's memory is lost (a fresh TASK_RUNNER_DIR): the job is found, the scratch not duplicated
    shutil.rmtree(oc.queue_dir)
    third = oc.task_runner("setup").stdout
    assert "already exists" in third and "already in the heartbeat job's scratch" in third, third
    assert oc.scratch(job["id"]) == scratch

    jobs = [j for j in oc.cron_jobs() if j["name"] == cronjob.JOB_NAME]
    assert len(jobs) == 1, jobs
    (ours,) = jobs
    assert ours["enabled"] is True
    assert ours["schedule"]["kind"] == "every" and ours["schedule"]["everyMs"] == 15 * 60 * 1000
    assert ours["sessionTarget"] == "main" and ours["wakeMode"] == "now"
    assert ours["payload"] == {"kind": "systemEvent", "text": cronjob.EVENT_TEXT}
    assert ours["declarationKey"] == cronjob.DECLARATION_KEY
    queue = oc.queue()
    assert queue["cronJob"]["status"] == "ok" and queue["cronJob"]["jobId"] == ours["id"]
    assert queue["heartbeatBlock"]["where"] == "scratch" and queue["heartbeatBlock"]["jobId"] == job["id"]

    # the job really wakes the main session with our event (the turn itself then fails: no model here)
    run = oc.run_job(ours["id"])
    assert run.get("enqueued") is True, run
    entry = oc.wait_for_run(ours["id"])
    assert entry["jobName"] == cronjob.JOB_NAME and entry["summary"] == cronjob.EVENT_TEXT
    spec = cronjob.job_spec()
    for key in ("name", "sessionTarget", "wakeMode", "payload", "declarationKey"):
        assert ours[key] == spec[key], key


def test_setup_does_not_fight_doctor_fix(oc):
    """doctor --fix imports HEARTBEAT.md into an empty scratch and deletes it, but leaves it alone beside a
    different scratch. So setup gives the empty scratch the file's lines plus our block, and the file the same
    bytes: doctor then retires the file, and our next setup neither writes it again nor doubles the block."""
    (oc.workspace / "HEARTBEAT.md").write_text(USER_CHECKLIST, encoding="utf-8")
    oc.start_gateway()
    oc.task_runner("setup")
    job = oc.heartbeat_job()
    scratch = oc.scratch(job["id"])
    assert scratch.startswith(USER_CHECKLIST + "\n" + HEADING) and scratch.count(HEADING) == 1
    assert (oc.workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == scratch
    oc.stop_gateway()  # doctor --fix refuses to run beside a live gateway

    doctor = oc.openclaw("doctor", "--fix", "--non-interactive", "--yes", timeout=180)
    assert not (oc.workspace / "HEARTBEAT.md").exists(), doctor.stdout[-2000:] + doctor.stderr[-2000:]
    assert "Migrated" in doctor.stdout and heartbeat.doctor_migrated(oc.state)

    oc.start_gateway()
    assert oc.scratch(job["id"]) == scratch
    shutil.rmtree(oc.queue_dir)  # force the slow path: nothing remembered
    out = oc.task_runner("setup").stdout
    assert "already in the heartbeat job's scratch" in out, out
    assert not (oc.workspace / "HEARTBEAT.md").exists()
    assert oc.scratch(job["id"]) == scratch

    # with the gateway down a setup writes nothing, and still does not recreate the file
    oc.stop_gateway()
    shutil.rmtree(oc.queue_dir)
    down = oc.task_runner("setup", env={"TASK_RUNNER_OPENCLAW_TIMEOUT": "2"}).stdout
    assert "not placed yet" in down and not (oc.workspace / "HEARTBEAT.md").exists()


def test_setup_with_the_gateway_down_owes_the_job_quickly_and_writes_no_heartbeat_file(oc):
    oc.env.update(OPENCLAW_GATEWAY_PORT=str(free_port()))
    started = time.monotonic()
    out = oc.task_runner("setup").stdout
    assert time.monotonic() - started < 30
    assert "still owed" in out and "not reachable" in out.lower()
    assert "Heartbeat: not placed yet" in out and not (oc.workspace / "HEARTBEAT.md").exists()
    call = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert call == cronjob.tool_call()
    # ten minutes have not passed: the next intake-time setup asks nobody and is quick
    started = time.monotonic()
    again = oc.task_runner("setup").stdout
    assert time.monotonic() - started < 5 and "still needs its backup cron job" in again


def test_skip_reason_names_the_installer():
    assert "scripts/install-openclaw.sh" in SKIP_REASON
