"""First-run setup: the queue, the heartbeat's dispatcher block and the backup cron job.

It runs at the start of every ``intake``, so the common case must cost next to
nothing: when the queue records the cron job as done and the heartbeat block as
placed, we read the queue (and, for the file, HEARTBEAT.md) and return, with no
lock and no subprocess. So do we while the cron job is owed for want of an
openclaw CLI and there is still none on PATH (outside OpenClaw): the slow path
would write nothing and print the same tool call. Otherwise each part is checked
and repaired independently, with one ``openclaw cron list`` shared by both.

Where the heartbeat block goes depends on the release (heartbeat.py): into the
heartbeat job's scratch when the gateway has a heartbeat job (2026.8+), where
HEARTBEAT.md is never read, and a block we had put in HEARTBEAT.md is taken out
again (``doctor --fix`` would import it a second time); into HEARTBEAT.md when
there is no openclaw CLI at all or the gateway has no heartbeat job (older
releases), but never once ``doctor --fix`` has migrated that file. With a CLI
whose gateway does not answer we write nothing and ask again later.

State lives in the queue's top-level fields ``cronJob`` (``{"status": "ok" |
"owed", "via": "cli" | "agent", "jobId", "reason", "updatedAt", "triedAt"}``)
and ``heartbeatBlock`` (``{"where": "scratch" | "file" | null, "jobId",
"reason", "updatedAt", "triedAt"}``). While the cron job is owed, every setup
prints the exact tool call for the agent, until ``setup --cron-done`` or the CLI
finds the job. An absent ``cronJob`` means this queue has never been set up by
us: that is the first run, the only one that prints the "⚙️ Task Runner
initialized" notice.
"""

import json
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

from task_runner import heartbeat, procinfo
from task_runner.config import DEFAULT_DIR
from task_runner.errors import QueueError
from task_runner.fsutil import file_lock
from task_runner.install_skill import openclaw_state_dir
from task_runner.timeutil import age, now, to_iso

CLI_RETRY = timedelta(minutes=10)  # while something is owed, how often a setup asks the CLI again
NO_CLI = "the openclaw CLI is not on PATH"
SETUP_LOCK = "setup.lock"
HEARTBEAT_FIELD = "heartbeatBlock"


class SetupReport:
    """What one setup found and did (a plain class: dataclasses cost ~6 ms of imports per intake)."""

    def __init__(self, queue_path: Path, heartbeat_path: Path):
        self.queue_path = queue_path
        self.heartbeat_path = heartbeat_path
        self.fast = False  # nothing needed checking
        self.first_run = False
        self.queue_created = False
        # file: present | appended | created | failed; scratch: scratch-present | scratch-added;
        # owed (just tried, will try again) | waiting (tried a moment ago: say nothing new)
        self.heartbeat = "present"
        self.heartbeat_error: str | None = None
        self.heartbeat_job: str | None = None
        self.heartbeat_file_cleared = False  # our block was taken out of HEARTBEAT.md
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
        elif self.heartbeat in ("appended", "created", "failed", "scratch-added", "owed"):
            lines.append(f"⚙️ Heartbeat: {self._heartbeat_text()}")
        if self.cron_owed:
            lines += [] if self.first_run else [
                "⏰ Task Runner still needs its backup cron job \"Task Runner Dispatcher\" (every 15 min)."]
            lines += [("Make this call with the `automations` tool (through `tool_call`: "
                       "{\"id\": \"automations\", \"args\": <the JSON below>}):"),
                      json.dumps(self.tool_call, ensure_ascii=False),
                      "then run: task-runner setup --cron-done"]
        return "\n".join(lines)

    def done_text(self) -> str:
        """The line for an explicit ``setup`` that found everything in place."""
        where = "the heartbeat job's scratch" if self.heartbeat.startswith("scratch") else str(self.heartbeat_path)
        return (f"✅ Task Runner is set up: queue {self.queue_path}, heartbeat block in {where}, "
                "backup cron job in place.")

    def _heartbeat_text(self) -> str:
        scratch = f"the heartbeat job's scratch ({self.heartbeat_job})"
        text = {
            "present": f"dispatcher block already in {self.heartbeat_path}",
            "appended": f"dispatcher block added to {self.heartbeat_path}",
            "created": f"created {self.heartbeat_path} with the dispatcher block",
            "failed": f"could not update {self.heartbeat_path} ({self.heartbeat_error}); "
                      "add the block from HEARTBEAT.md.template by hand",
            "scratch-present": f"dispatcher block already in {scratch}",
            "scratch-added": f"dispatcher block added to {scratch}",
            "owed": f"not placed yet ({self.heartbeat_error}); setup tries again within 10 minutes",
            "waiting": f"not placed yet ({self.heartbeat_error})",
        }[self.heartbeat]
        if self.heartbeat_file_cleared:
            text += f"; taken out of {self.heartbeat_path}, which this OpenClaw no longer reads"
        return text

    def _cron_text(self) -> str:
        return {
            "ok": "already set up",
            "found": "already exists",
            "created": "created with the openclaw CLI",
            "confirmed": "recorded as created by the agent",
            "owed": f"still owed ({self.cron_reason})",
        }[self.cron]

    def as_dict(self) -> dict:
        where = "scratch" if self.heartbeat.startswith("scratch") else (
            None if self.heartbeat in ("owed", "waiting") else "file")
        return {
            "first_run": self.first_run, "queue": str(self.queue_path), "queue_created": self.queue_created,
            "heartbeat": {"path": str(self.heartbeat_path), "state": self.heartbeat, "where": where,
                          "job_id": self.heartbeat_job, "error": self.heartbeat_error,
                          "file_cleared": self.heartbeat_file_cleared},
            "cron": {"state": self.cron, "owed": self.cron_owed, "reason": self.cron_reason,
                     "tool_call": self.tool_call},
        }


class GatewayView:
    """One ``openclaw cron list`` shared by the cron and the heartbeat decisions (each call costs 1-3 s)."""

    def __init__(self, jobs: list | None = None, reason: str | None = None, cli: bool = True,
                 recent: bool = False):
        self.jobs = jobs  # None: not asked, or the gateway did not answer (``reason``)
        self.reason = reason
        self.cli = cli  # an openclaw CLI is on PATH
        self.recent = recent  # asked a moment ago without success: do not stall again


def _peek(queue_path: Path) -> dict:
    """The queue's top level straight from the file (no validation: this is only the fast path)."""
    try:
        document = json.loads(queue_path.read_bytes())
    except (OSError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _heartbeat_present(path: Path) -> bool:
    try:
        return heartbeat.has_block(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False


def _heartbeat_settled(state, heartbeat_path: Path) -> bool:
    if not isinstance(state, dict):
        return False
    return state.get("where") == "scratch" or (state.get("where") == "file" and _heartbeat_present(heartbeat_path))


def _recently_tried(states, moment) -> str | None:
    """The reason recorded by a failed CLI attempt less than CLI_RETRY ago, if any."""

    for state in states:
        if isinstance(state, dict) and state.get("triedAt"):
            waited = age(state["triedAt"], moment)
            if waited is not None and waited < CLI_RETRY:
                return state.get("reason") or "the gateway did not answer"
    return None


def _cli_on_path() -> bool:
    """``openclaw.cli_path()`` without importing the client (subprocess costs ~3 ms): the same lookup."""
    return procinfo.which("openclaw") is not None


def _owed_without_cli(state) -> bool:
    """The cron job is owed for want of a CLI, and there is still none: nothing to try or record."""
    return (isinstance(state, dict) and state.get("status") == "owed" and state.get("reason") == NO_CLI
            and not _cli_on_path())


def _ask_gateway(needed: bool, previous: tuple, moment, timeout: float) -> GatewayView:
    from task_runner import openclaw

    if not _cli_on_path():
        return GatewayView(reason=NO_CLI, cli=False)
    if not needed:
        return GatewayView()
    recent = _recently_tried(previous, moment)
    if recent:
        return GatewayView(reason=recent, recent=True)
    try:
        return GatewayView(jobs=openclaw.list_jobs(timeout=timeout))
    except openclaw.OpenClawError as failure:
        return GatewayView(reason=str(failure))


def _decide_cron(previous: dict | None, cron_done: bool, stamp: str, view: GatewayView, timeout: float):
    """(new cronJob state, the report's cron word, why it is owed); the state object is
    ``previous`` itself when nothing needs writing."""
    from task_runner import cronjob, openclaw  # the openclaw CLI: only when setup has work to do

    if cron_done:
        return {"status": "ok", "via": "agent", "jobId": None, "reason": None, "updatedAt": stamp}, "confirmed", None
    if previous and previous.get("status") == "ok":
        return previous, "ok", None
    if previous and view.recent:
        return previous, "owed", previous.get("reason") or view.reason
    reason = view.reason
    if view.jobs is not None:
        job = cronjob.find_job(view.jobs)
        status = "found"
        if job is None:
            status = "created"
            try:
                job = cronjob.add_job(timeout)
            except openclaw.OpenClawError as failure:
                reason = str(failure)
        if reason is None:
            return ({"status": "ok", "via": "cli", "jobId": job.get("id"), "reason": None, "updatedAt": stamp},
                    status, None)
    if previous and previous.get("status") == "owed" and previous.get("reason") == reason and not view.cli:
        return previous, "owed", reason  # nothing new to record: leave the queue file alone
    return ({"status": "owed", "via": None, "jobId": None, "reason": reason, "updatedAt": stamp,
             "triedAt": stamp}, "owed", reason)


def _block(config, queue_path: Path) -> str:

    command = heartbeat.dispatch_command(config.dir, Path(DEFAULT_DIR))
    route = heartbeat.notify_route(config.get("TASK_RUNNER_NOTIFY_CHANNEL"), config.get("TASK_RUNNER_NOTIFY_TARGET"))
    return heartbeat.render_block(queue_path, command, route)


def _place_in_file(config, report: SetupReport) -> None:
    try:
        report.heartbeat = heartbeat.ensure_block(config.workspace, _block(config, report.queue_path))
    except (OSError, UnicodeDecodeError) as error:
        report.heartbeat = "failed"
        report.heartbeat_error = getattr(error, "strerror", None) or (
            "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else str(error))


def _place_heartbeat(config, report: SetupReport, previous, view: GatewayView, stamp: str, timeout: float):
    """Put the block where this release reads it; returns the new heartbeatBlock state (``previous``
    itself when nothing needs writing)."""
    from task_runner import openclaw

    if _heartbeat_settled(previous, report.heartbeat_path):
        report.heartbeat = "scratch-present" if previous["where"] == "scratch" else "present"
        report.heartbeat_job = previous.get("jobId")
        return previous
    migrated = heartbeat.doctor_migrated(openclaw_state_dir())
    if isinstance(previous, dict) and previous.get("where") == "file" and not migrated:
        _place_in_file(config, report)  # the user took the block out of HEARTBEAT.md: put it back
        return previous
    job = openclaw.heartbeat_job(view.jobs) if view.jobs is not None else None
    if job is not None and job.get("id"):
        block = _block(config, report.queue_path)
        try:
            state, adopted = heartbeat.ensure_scratch(job["id"], block, timeout, heartbeat.read_file(config.workspace))
        except openclaw.OpenClawError as failure:
            view = GatewayView(reason=str(failure))
        else:
            report.heartbeat, report.heartbeat_job = f"scratch-{state}", job["id"]
            try:
                if adopted is not None:  # the file gets the scratch's bytes: doctor --fix then retires it
                    heartbeat.write_file(config.workspace, adopted)
                else:
                    report.heartbeat_file_cleared = heartbeat.remove_file_block(config.workspace)
            except (OSError, UnicodeDecodeError):
                pass  # HEARTBEAT.md is only read by older releases: harmless here
            return {"where": "scratch", "jobId": job["id"], "reason": None, "updatedAt": stamp}
    elif (view.jobs is not None or not view.cli) and not migrated:
        _place_in_file(config, report)  # an older release, or no OpenClaw CLI to ask: HEARTBEAT.md
        return {"where": "file", "jobId": None, "reason": None, "updatedAt": stamp}
    reason = view.reason or "openclaw doctor moved HEARTBEAT.md into the heartbeat scratch; setup needs the gateway"
    report.heartbeat, report.heartbeat_error = ("waiting" if view.recent else "owed"), reason
    if view.recent and isinstance(previous, dict):
        return previous
    return {"where": None, "jobId": None, "reason": reason, "updatedAt": stamp, "triedAt": stamp}


def ensure_setup(config, store, cron_done: bool = False) -> SetupReport:
    """Idempotent first-run setup; what intake calls before anything else."""
    report = SetupReport(queue_path=store.path, heartbeat_path=Path(config.workspace) / heartbeat.FILE_NAME)
    if not cron_done:
        top = _peek(store.path)
        cron = top.get("cronJob")
        block = top.get(HEARTBEAT_FIELD)
        if _heartbeat_settled(block, report.heartbeat_path) and isinstance(cron, dict) and (
                cron.get("status") == "ok" or _owed_without_cli(cron)):
            report.fast = True
            report.heartbeat = "scratch-present" if block["where"] == "scratch" else "present"
            report.heartbeat_job = block.get("jobId")
            if cron.get("status") != "ok":  # what the slow path would say, without its lock and reads
                report.cron, report.cron_reason = "owed", NO_CLI
                report.tool_call = _tool_call()
            return report

    from task_runner import openclaw  # the openclaw CLI: only when setup has work to do

    report.queue_created = store.ensure()
    timeout = config.get_float(openclaw.TIMEOUT_KEY, openclaw.CLI_TIMEOUT_S, minimum=0.1)
    lock_wait = 4 * (timeout + openclaw.GRACE_S) + 5  # list + add + scratch get/set by another process
    with ExitStack() as stack:
        try:
            stack.enter_context(file_lock(store.directory / SETUP_LOCK, lock_wait))
        except QueueError:  # another setup is stuck talking to the gateway: try again next time
            report.cron, report.cron_reason = "owed", "another task-runner setup is still talking to the gateway"
            report.heartbeat, report.heartbeat_error = "waiting", report.cron_reason
        else:
            top = store.read()
            previous = top.get("cronJob") if isinstance(top.get("cronJob"), dict) else None
            previous_block = top.get(HEARTBEAT_FIELD) if isinstance(top.get(HEARTBEAT_FIELD), dict) else None
            report.first_run = previous is None
            moment = now()
            stamp = to_iso(moment)
            cron_needs = not cron_done and not (previous and previous.get("status") == "ok")
            view = _ask_gateway(cron_needs or not _heartbeat_settled(previous_block, report.heartbeat_path),
                                (previous, previous_block), moment, timeout)
            state, report.cron, report.cron_reason = _decide_cron(previous, cron_done, stamp, view, timeout)
            block_state = _place_heartbeat(config, report, previous_block, view, stamp, timeout)
            if state is not previous or block_state is not previous_block:
                with store.transaction() as queue:
                    queue["cronJob"] = state
                    queue[HEARTBEAT_FIELD] = block_state
    if report.cron_owed:
        report.tool_call = _tool_call()
    return report


def _tool_call() -> dict:
    from task_runner import cronjob  # the backup cron job: only while it is owed

    return cronjob.tool_call()


def uninstall(config, store, timeout: float | None = None) -> dict:
    """Take our heartbeat block out of the heartbeat job's scratch and out of HEARTBEAT.md, leaving every
    other line of both; {"scratch": bool, "file": bool} (what was removed), "error" when the gateway
    could not be asked. The cron job is the user's to delete (``openclaw cron rm``)."""
    from task_runner import openclaw

    timeout = timeout or config.get_float(openclaw.TIMEOUT_KEY, openclaw.CLI_TIMEOUT_S, minimum=0.1)
    removed = {"scratch": False, "file": heartbeat.remove_file_block(config.workspace)}
    block = store.read().get(HEARTBEAT_FIELD) if store.exists() else None
    try:
        job_id = (block or {}).get("jobId") or (openclaw.heartbeat_job(timeout=timeout) or {}).get("id")
        removed["scratch"] = bool(job_id) and heartbeat.remove_scratch_block(job_id, timeout)
    except openclaw.OpenClawError as failure:
        removed["error"] = str(failure)
    if store.exists():
        with store.transaction() as queue:
            queue.pop(HEARTBEAT_FIELD, None)
    return removed
