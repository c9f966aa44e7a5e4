"""What is true of a task right now, beyond what the queue file says (read only, no lock).

The dispatch pass and ``status`` ask the same questions: is this running
attempt still alive (a dead worker must not be shown as running)? Why does this
pending task not start yet (a dependency, its start time, a retry backoff)?
Both answer them here, so the table and the pass never disagree.
"""

from datetime import datetime

from task_runner import render
from task_runner.lifecycle import Status
from task_runner.rundir import STALLED, RunDir
from task_runner.timeutil import parse_iso, to_iso

SILENT_KINDS = frozenset({"openclaw"})  # print one document at the end: silence is not a stall
LIVE_STATES = frozenset({"alive", "starting", "waiting"})
DEAD_STATES = frozenset({"lost", "unattached", "overdue"})  # shown as lost at once, before any pass


class Settings:
    """The bounds a probe needs (plain class: dataclasses cost ~5 ms of imports per command)."""

    def __init__(self, directory, moment: datetime, stall_s: int, attach_s: int, timeout_s: int):
        self.directory = directory
        self.moment = moment
        self.stall_s = stall_s
        self.attach_s = attach_s
        self.timeout_s = timeout_s

    @classmethod
    def from_config(cls, config, moment: datetime) -> "Settings":
        return cls(config.dir, moment, 60 * config.get_int("TASK_RUNNER_STALL_MINUTES", 20, minimum=1),
                   60 * config.get_int("TASK_RUNNER_ATTACH_MINUTES", 10, minimum=1),
                   config.get_int("TASK_RUNNER_TIMEOUT", 1800, minimum=1))


def seconds_since(iso: str | None, moment: datetime) -> float:
    """How long ago ``iso`` was; unknown or unreadable times count as long ago."""
    if not iso:
        return float("inf")
    try:
        return (moment - parse_iso(iso)).total_seconds()
    except ValueError:
        return float("inf")


def run_dir(task: dict, settings: Settings) -> RunDir | None:
    run = task.get("run") or {}
    return RunDir(settings.directory, run["dir"]) if isinstance(run.get("dir"), str) else None


def run_state(task: dict, settings: Settings) -> str:
    """alive | starting | waiting (live); finished | lost | stalled | unattached | overdue (to handle)."""
    run = task.get("run")
    if not run or run.get("kind") == "agent" or not isinstance(run.get("dir"), str):
        # Agent-driven (or started by the prompt-only skill): we can only bound the silence.
        run = run or {"attached_at": task.get("started_at"), "timeout_s": task.get("timeout_s")}
        if not run.get("attached_at"):
            late = seconds_since(run.get("started_at") or task.get("started_at"), settings.moment) > settings.attach_s
            return "unattached" if late else "waiting"
        limit = float(run.get("timeout_s") or settings.timeout_s) + settings.attach_s
        return "overdue" if seconds_since(run["attached_at"], settings.moment) > limit else "alive"
    folder = RunDir(settings.directory, run["dir"])
    stall = None if run.get("kind") in SILENT_KINDS else settings.stall_s
    return folder.probe(settings.moment, seconds_since(run.get("started_at"), settings.moment), stall,
                        run.get("supervisor"))


def deps_done(task: dict, by_id: dict) -> bool:
    # A dependency missing from the live queue was archived, which only happens to finished tasks.
    return all(by_id[dep]["status"] == Status.DONE for dep in task.get("depends_on") or () if dep in by_id)


def needs_first_run_time(task: dict) -> bool:
    schedule = task.get("schedule") or {}
    return bool(schedule.get("cron")) and not schedule.get("not_before")


def _passed(iso: str | None, moment: datetime) -> bool:
    if not iso:
        return True
    try:
        return parse_iso(iso) <= moment
    except ValueError:
        return True


def waiting_for(task: dict, by_id: dict, moment: datetime) -> tuple[str, str] | None:
    """Why a pending task cannot start now: ("dependency", ids) | ("start", iso) | ("retry", iso)."""
    waiting = [dep for dep in task.get("depends_on") or () if dep in by_id and by_id[dep]["status"] != Status.DONE]
    if waiting:
        return "dependency", ", ".join(waiting)
    not_before = (task.get("schedule") or {}).get("not_before")
    if needs_first_run_time(task):
        return "start", to_iso(moment)  # placed at its first cron time by the next pass
    if not _passed(not_before, moment):
        return "start", not_before
    if not _passed(task.get("retry_after"), moment):
        return "retry", task["retry_after"]
    return None


def due_now(task: dict, moment: datetime) -> bool:
    """Its start time and any retry backoff have passed (dependencies aside)."""
    if needs_first_run_time(task):
        return False
    return _passed((task.get("schedule") or {}).get("not_before"), moment) and _passed(task.get("retry_after"), moment)


def views(tasks: list[dict], all_tasks: list[dict], settings: Settings, gate=None) -> dict:
    """For ``status``: per task id, the liveness of a running attempt and why a pending task waits
    (``gate``: admission.Gate, for a pause, a group limit, a phase, a file in use, the budget)."""
    by_id = {task["id"]: task for task in all_tasks}
    result = {}
    for task in tasks:
        if task["status"] == Status.RUNNING:
            state = run_state(task, settings)
            result[task["id"]] = {"live": state not in DEAD_STATES, "state": state}
        elif task["status"] == Status.PENDING:
            reason = waiting_for(task, by_id, settings.moment) or (gate.why_not(task) if gate else None)
            if reason:
                result[task["id"]] = {"waiting_for": render.waiting_reason(*reason), "wait": reason[0]}
    return result


def next_deadline(tasks: list[dict], settings: Settings, after: float | None = None) -> float | None:
    """The earliest moment (epoch seconds, later than ``after``, default now) a pass would act on.

    A start time or retry backoff, a cron task not yet placed at its first run
    (now), a process attempt's stall deadline (last output +
    TASK_RUNNER_STALL_MINUTES), an agent attempt's attach or report deadline.
    None when nothing waits for a time: what is left ends by itself (a
    supervisor records its attempt and runs the next pass). The clock passes
    the time of its last pass as ``after``: a time it already ran a pass for
    (a due task that waits for a free slot) does not wake it again.
    """
    moment = settings.moment.timestamp()
    after = moment if after is None else after
    found = []
    for task in tasks:
        status = task.get("status")
        if status == Status.PENDING:
            if needs_first_run_time(task):
                found.append(moment)
                continue
            times = [_epoch((task.get("schedule") or {}).get("not_before")), _epoch(task.get("retry_after"))]
            found.append(max((value for value in times if value is not None), default=None))
        elif status == Status.RUNNING:
            found.append(_running_deadline(task, settings))
    found = [value for value in found if value is not None and value > after]
    return min(found) if found else None


def _running_deadline(task: dict, settings: Settings) -> float | None:
    run = task.get("run") or {}
    if run.get("kind") == "agent" or not isinstance(run.get("dir"), str):
        started = _epoch(run.get("started_at") or task.get("started_at"))
        attached = _epoch(run.get("attached_at"))
        if attached is None:
            return None if started is None else started + settings.attach_s
        return attached + float(run.get("timeout_s") or settings.timeout_s) + settings.attach_s
    if run.get("kind") in SILENT_KINDS:
        return None  # its supervisor enforces the timeout
    folder = RunDir(settings.directory, run["dir"])
    if folder.marked(STALLED):
        return None
    silent = folder.silent_for(settings.moment)
    if not silent:
        started = _epoch(run.get("started_at"))
        return None if started is None else started + settings.stall_s
    return settings.moment.timestamp() - silent + settings.stall_s


def _epoch(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return parse_iso(iso).timestamp()
    except ValueError:
        return None
