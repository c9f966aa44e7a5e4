"""The backup cron job "Task Runner Dispatcher" in OpenClaw's scheduler.

Heartbeats can be off, slow, or (OpenClaw >= 2026.8) no longer read
HEARTBEAT.md, so a scheduler job wakes the main session every 15 minutes with
the system event ``TASK_RUNNER_DISPATCH: …``; SKILL.md tells the agent to run
``task-runner dispatch`` when it sees it.

We talk to the scheduler through the ``openclaw`` CLI, which finds the gateway
and its credentials the same way the agent's own tools do (openclaw.json,
OPENCLAW_GATEWAY_TOKEN/PORT/URL, OPENCLAW_STATE_DIR). Every call is bounded:
the CLI's own ``--timeout`` plus a hard subprocess deadline after which its
whole process group is killed. Duplicates are prevented three ways: we list
before adding, callers serialise list+add under a lock, and the job carries a
declaration key that makes the gateway's ``cron.add`` idempotent (2026.9+).
When the CLI cannot do it, the agent gets the exact ``cron`` tool call to make.
"""

import json
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass

JOB_NAME = "Task Runner Dispatcher"
DECLARATION_KEY = "task-runner-dispatcher"
EVENT_TEXT = "TASK_RUNNER_DISPATCH: check queue and run pending tasks"
EVERY = "15m"
EVERY_MS = 15 * 60 * 1000
DESCRIPTION = "task-runner: wake the main session to run pending tasks (backup for heartbeats)"
CLI_TIMEOUT_S = 8.0  # per CLI call (TASK_RUNNER_OPENCLAW_TIMEOUT); a live gateway answers in about a second


@dataclass
class CronResult:
    status: str  # "found" | "created" | "unavailable"
    job_id: str | None = None
    reason: str | None = None


def job_spec() -> dict:
    """The job as the scheduler stores it (also the ``job`` of the agent's tool call)."""
    return {
        "name": JOB_NAME,
        "declarationKey": DECLARATION_KEY,
        "description": DESCRIPTION,
        "schedule": {"kind": "every", "everyMs": EVERY_MS},
        "sessionTarget": "main",
        "wakeMode": "now",
        "payload": {"kind": "systemEvent", "text": EVENT_TEXT},
    }


def tool_call() -> dict:
    """The call the agent makes with its scheduler tool (``cron``; ``automations`` on newer releases)."""
    return {"action": "add", "job": job_spec()}


def is_ours(job: dict) -> bool:
    return job.get("name") == JOB_NAME or job.get("declarationKey") == DECLARATION_KEY


def find_job(jobs: list) -> dict | None:
    return next((job for job in jobs if isinstance(job, dict) and is_ours(job)), None)


def cli_path() -> str | None:
    return shutil.which("openclaw")


class CliFailure(Exception):
    """The CLI is missing, timed out, or the gateway did not answer; the message says which."""


def _run(argv: list[str], timeout: float) -> dict:
    """Run one ``openclaw`` command that prints JSON; kill its process group at the deadline."""
    try:
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, start_new_session=True)
    except OSError as error:
        raise CliFailure(f"cannot run {argv[0]}: {error.strerror}") from None
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise CliFailure(f"`{' '.join(argv[1:3])}` did not answer within {timeout:g}s") from None
    try:
        document = json.loads(out) if out.strip() else None
    except json.JSONDecodeError:
        document = None
    if process.returncode != 0 or not isinstance(document, dict) or document.get("ok") is False:
        error = document.get("error") if isinstance(document, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        text = (message or err.strip() or out.strip() or f"exit {process.returncode}").splitlines()[0]
        raise CliFailure(f"`{' '.join(argv[1:3])}` failed: {text}")
    return document


def list_jobs(cli: str, timeout: float = CLI_TIMEOUT_S) -> list:
    """All scheduler jobs, disabled ones too (a job the user disabled still counts as ours)."""
    document = _run([cli, "cron", "list", "--all", "--json", "--timeout", str(int(timeout * 1000))],
                    timeout + 2)
    jobs = document.get("jobs")
    if not isinstance(jobs, list):
        raise CliFailure("`cron list --json` returned no jobs array")
    return jobs


def add_job(cli: str, timeout: float = CLI_TIMEOUT_S) -> dict:
    argv = [cli, "cron", "add", "--name", JOB_NAME, "--description", DESCRIPTION,
            "--every", EVERY, "--session", "main", "--system-event", EVENT_TEXT, "--wake", "now",
            "--json", "--timeout", str(int(timeout * 1000))]
    try:
        document = _run(argv + ["--declaration-key", DECLARATION_KEY], timeout + 2)
    except CliFailure as failure:
        if "declaration-key" not in str(failure):
            raise
        document = _run(argv, timeout + 2)  # a release before declaration keys
    job = document.get("job")
    return job if isinstance(job, dict) else {}


def ensure_job(timeout: float = CLI_TIMEOUT_S) -> CronResult:
    """Find our job or create it through the CLI; ``unavailable`` (with the reason) otherwise."""
    cli = cli_path()
    if cli is None:
        return CronResult("unavailable", reason="the openclaw CLI is not on PATH")
    try:
        job = find_job(list_jobs(cli, timeout))
        if job is not None:
            return CronResult("found", job.get("id"))
        job = add_job(cli, timeout)
    except CliFailure as failure:
        return CronResult("unavailable", reason=str(failure))
    return CronResult("created", job.get("id"))
