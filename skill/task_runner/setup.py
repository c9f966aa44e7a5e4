"""First-run setup: the queue, the HEARTBEAT.md block and the backup cron job.

It runs at the start of every ``intake``, so the common case must cost next to
nothing: when the queue records the cron job as done and HEARTBEAT.md already
has our heading, we read those two files and return, with no lock and no
subprocess. Otherwise each part is checked and repaired independently (a
queue made elsewhere still gets its HEARTBEAT.md block and cron job).

The cron job's state lives in the queue's top-level ``cronJob`` field:
``{"status": "ok" | "owed", "via": "cli" | "agent", "jobId", "reason",
"updatedAt", "triedAt"}``. While it is owed, every setup prints the exact tool
call for the agent, until ``setup --cron-done`` or the CLI finds the job. An
absent field means this queue has never been set up by us: that is the first
run, the only one that prints the "⚙️ Task Runner initialized" notice.
"""

import json
from datetime import timedelta
from pathlib import Path

from task_runner import heartbeat

CLI_RETRY = timedelta(minutes=10)  # while owed, how often a setup asks the CLI again
SETUP_LOCK = "setup.lock"


class SetupReport:
    """What one setup found and did (a plain class: dataclasses cost ~6 ms of imports per intake)."""

    def __init__(self, queue_path: Path, heartbeat_path: Path):
        self.queue_path = queue_path
        self.heartbeat_path = heartbeat_path
        self.fast = False  # nothing needed checking
        self.first_run = False
        self.queue_created = False
        self.heartbeat = "present"  # present | appended | created | failed
        self.heartbeat_error: str | None = None
        self.cron = "ok"  # ok (known) | found | created | confirmed | owed
        self.cron_reason: str | None = None
        self.tool_call: dict | None = None

    @property
    def cron_owed(self) -> bool:
        return self.cron == "owed"

    def message(self) -> str:
        """What the user (through the agent) should read now; empty when all was already set up."""
        lines = []
        if self.first_run:
            lines += ["⚙️ Task Runner initialized", f"• Queue: {self.queue_path} "
                      + ("(created)" if self.queue_created else "(existing queue kept)")]
            lines.append(f"• Heartbeat: {self._heartbeat_text()}")
            lines.append(f"• Backup cron job \"Task Runner Dispatcher\" (every 15 min): {self._cron_text()}")
        elif self.heartbeat in ("appended", "created", "failed"):
            lines.append(f"⚙️ Heartbeat: {self._heartbeat_text()}")
        if self.cron_owed:
            lines += [] if self.first_run else [
                "⏰ Task Runner still needs its backup cron job \"Task Runner Dispatcher\" (every 15 min)."]
            lines += ["Make this tool call with the `cron` tool (called `automations` on newer OpenClaw):",
                      json.dumps(self.tool_call, ensure_ascii=False),
                      "then run: task-runner setup --cron-done"]
        return "\n".join(lines)

    def _heartbeat_text(self) -> str:
        return {
            "present": f"dispatcher block already in {self.heartbeat_path}",
            "appended": f"dispatcher block added to {self.heartbeat_path}",
            "created": f"created {self.heartbeat_path} with the dispatcher block",
            "failed": f"could not update {self.heartbeat_path} ({self.heartbeat_error}); "
                      "add the block from HEARTBEAT.md.template by hand",
        }[self.heartbeat]

    def _cron_text(self) -> str:
        return {
            "ok": "already set up",
            "found": "already exists",
            "created": "created with the openclaw CLI",
            "confirmed": "recorded as created by the agent",
            "owed": f"still owed ({self.cron_reason})",
        }[self.cron]

    def as_dict(self) -> dict:
        return {
            "first_run": self.first_run, "queue": str(self.queue_path), "queue_created": self.queue_created,
            "heartbeat": {"path": str(self.heartbeat_path), "state": self.heartbeat,
                          "error": self.heartbeat_error},
            "cron": {"state": self.cron, "owed": self.cron_owed, "reason": self.cron_reason,
                     "tool_call": self.tool_call},
        }


def _peek_cron_state(queue_path: Path):
    """The queue's cronJob field straight from the file (no validation: this is only the fast path)."""
    try:
        document = json.loads(queue_path.read_bytes())
    except (OSError, ValueError):
        return None
    return document.get("cronJob") if isinstance(document, dict) else None


def _heartbeat_present(path: Path) -> bool:
    try:
        return heartbeat.has_block(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False


def _ensure_heartbeat(config, report: SetupReport) -> None:
    from task_runner.config import DEFAULT_DIR

    command = heartbeat.dispatch_command(config.dir, Path(DEFAULT_DIR))
    try:
        report.heartbeat = heartbeat.ensure_block(config.workspace, report.queue_path, command)
    except (OSError, UnicodeDecodeError) as error:
        report.heartbeat = "failed"
        report.heartbeat_error = getattr(error, "strerror", None) or (
            "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else str(error))


def _decide_cron(previous: dict | None, cron_done: bool, moment, timeout: float):
    """(new cronJob state, the report's cron word, why it is owed); the state object is
    ``previous`` itself when nothing needs writing."""
    from task_runner import cronjob
    from task_runner.timeutil import age, to_iso

    stamp = to_iso(moment)
    if cron_done:
        return {"status": "ok", "via": "agent", "jobId": None, "reason": None, "updatedAt": stamp}, "confirmed", None
    if previous and previous.get("status") == "ok":
        return previous, "ok", None
    waited = age(previous.get("triedAt"), moment) if previous else None
    if previous and cronjob.cli_path() is not None and waited is not None and waited < CLI_RETRY:
        return previous, "owed", previous.get("reason")  # asked the CLI a moment ago; do not stall again
    result = cronjob.ensure_job(timeout)
    if result.status in ("found", "created"):
        return ({"status": "ok", "via": "cli", "jobId": result.job_id, "reason": None, "updatedAt": stamp},
                result.status, None)
    if previous and previous.get("status") == "owed" and previous.get("reason") == result.reason \
            and cronjob.cli_path() is None:
        return previous, "owed", result.reason  # nothing new to record: leave the queue file alone
    return ({"status": "owed", "via": None, "jobId": None, "reason": result.reason, "updatedAt": stamp,
             "triedAt": stamp}, "owed", result.reason)


def ensure_setup(config, store, cron_done: bool = False) -> SetupReport:
    """Idempotent first-run setup; what intake calls before anything else."""
    report = SetupReport(queue_path=store.path, heartbeat_path=Path(config.workspace) / heartbeat.FILE_NAME)
    if not cron_done:
        state = _peek_cron_state(store.path)
        if isinstance(state, dict) and state.get("status") == "ok" and _heartbeat_present(report.heartbeat_path):
            report.fast = True
            return report

    from contextlib import ExitStack

    from task_runner import cronjob
    from task_runner.errors import QueueError
    from task_runner.fsutil import file_lock
    from task_runner.timeutil import now

    report.queue_created = store.ensure()
    _ensure_heartbeat(config, report)
    timeout = config.get_float("TASK_RUNNER_OPENCLAW_TIMEOUT", cronjob.CLI_TIMEOUT_S, minimum=0.1)
    lock_wait = 2 * (timeout + 2) + 5  # one list + one add by another process
    with ExitStack() as stack:
        try:
            stack.enter_context(file_lock(store.directory / SETUP_LOCK, lock_wait))
        except QueueError:  # another setup is stuck talking to the gateway: try again next time
            report.cron, report.cron_reason = "owed", "another task-runner setup is still talking to the gateway"
        else:
            previous = store.read().get("cronJob")
            report.first_run = not isinstance(previous, dict)
            previous = previous if isinstance(previous, dict) else None
            state, report.cron, report.cron_reason = _decide_cron(previous, cron_done, now(), timeout)
            if state is not previous:
                with store.transaction() as queue:
                    queue["cronJob"] = state
    if report.cron_owed:
        report.tool_call = cronjob.tool_call()
    return report


def run(args, config) -> int:
    """``task-runner setup [--cron-done]``."""
    from task_runner.config import open_store
    from task_runner.output import emit

    report = ensure_setup(config, open_store(config), cron_done=getattr(args, "cron_done", False))
    text = report.message()
    if report.cron == "confirmed" and not report.first_run:
        text = "\n".join(filter(None, [text, "✅ Backup cron job recorded as created; no more reminders."]))
    if not text:
        text = (f"✅ Task Runner is set up: queue {report.queue_path}, heartbeat block in "
                f"{report.heartbeat_path}, backup cron job in place.")
    emit(args, dict(report.as_dict(), ok=True), text)
    return 0
