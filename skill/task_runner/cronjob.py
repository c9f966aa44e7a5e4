"""The backup cron job "Task Runner Dispatcher" in OpenClaw's scheduler.

Heartbeats can be off or slow, and event-driven wakes do not carry the
heartbeat scratch, so a scheduler job wakes the main session every 15 minutes
with the system event ``TASK_RUNNER_DISPATCH: …`` (delivered wrapped in "A
scheduled reminder has been triggered …"); SKILL.md tells the agent to run
``task-runner dispatch`` when an event contains it.

We talk to the scheduler through the ``openclaw`` CLI (openclaw.py: every call
bounded, its process group killed at the deadline). Duplicates are prevented
three ways: we list before adding, callers serialise list+add under a lock, and
the job carries a declaration key that makes the gateway's ``cron.add``
idempotent (2026.9+). When the CLI cannot do it, the agent gets the exact
``automations`` call to make (through ``tool_call`` under 2026.9's Tool Search;
there is no ``cron`` tool).
"""

JOB_NAME = "Task Runner Dispatcher"
DECLARATION_KEY = "task-runner-dispatcher"
EVENT_TEXT = "TASK_RUNNER_DISPATCH: check queue and run pending tasks"
EVERY = "15m"
EVERY_MS = 15 * 60 * 1000
DESCRIPTION = "task-runner: wake the main session to run pending tasks (backup for heartbeats)"


class CronResult:
    """What ``ensure_job`` found (a plain class: dataclasses cost ~5 ms of imports, and setup
    imports this module for the tool call on every intake while the job is owed)."""

    def __init__(self, status: str, job_id: str | None = None, reason: str | None = None):
        self.status = status  # "found" | "created" | "unavailable"
        self.job_id = job_id
        self.reason = reason

    def __eq__(self, other):
        return isinstance(other, CronResult) and (self.status, self.job_id, self.reason) == (
            other.status, other.job_id, other.reason)

    def __repr__(self) -> str:
        return f"CronResult(status={self.status!r}, job_id={self.job_id!r}, reason={self.reason!r})"


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
    """The ``args`` of the agent's ``automations`` call (``tool_call {"id": "automations", "args": …}``)."""
    return {"action": "add", "job": job_spec()}


def is_ours(job: dict) -> bool:
    return job.get("name") == JOB_NAME or job.get("declarationKey") == DECLARATION_KEY


def find_job(jobs: list) -> dict | None:
    return next((job for job in jobs if isinstance(job, dict) and is_ours(job)), None)


def add_job(timeout: float | None = None) -> dict:
    from task_runner import openclaw  # the client (subprocess and all): only to talk to the gateway

    timeout = openclaw.CLI_TIMEOUT_S if timeout is None else timeout
    argv = ["cron", "add", "--name", JOB_NAME, "--description", DESCRIPTION,
            "--every", EVERY, "--session", "main", "--system-event", EVENT_TEXT, "--wake", "now", "--json"]
    try:
        document = openclaw.run(argv + ["--declaration-key", DECLARATION_KEY], timeout=timeout)
    except openclaw.OpenClawError as failure:
        if "declaration-key" not in str(failure):
            raise
        document = openclaw.run(argv, timeout=timeout)  # a release before declaration keys
    job = document.get("job")
    return job if isinstance(job, dict) else {}


def ensure_job(timeout: float | None = None) -> CronResult:
    """Find our job or create it through the CLI; ``unavailable`` (with the reason) otherwise."""
    from task_runner import openclaw  # the client (subprocess and all): only to talk to the gateway

    timeout = openclaw.CLI_TIMEOUT_S if timeout is None else timeout
    try:
        job = find_job(openclaw.list_jobs(timeout=timeout))
        if job is not None:
            return CronResult("found", job.get("id"))
        job = add_job(timeout)
    except openclaw.OpenClawError as failure:
        return CronResult("unavailable", reason=str(failure))
    return CronResult("created", job.get("id"))
