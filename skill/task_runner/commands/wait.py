"""``wait`` (as in pueue): block until tasks finish; the exit code says how they ended.

0 when every task waited for is done, 1 when any ended blocked or skipped (or
is not in the queue at all), 124 when ``--timeout`` passed first. The queue
file is read without the lock, and only when its mtime changed (a stat every
0.2 s costs nothing); a task that left the queue was archived, which happens
only to finished tasks, so its archived status is what counts. A recurring
task has finished when its next run did (it is back to waiting for its next
time with more attempts than when the wait began).
"""

import time

from task_runner.archive import Archive
from task_runner.commands import Result
from task_runner.config import open_store
from task_runner.errors import UserError
from task_runner.lifecycle import Status

POLL_S = 0.05  # a stat of the queue file per poll; the queue is read again only when it changed
TIMED_OUT = 124


def _chosen(queue: dict, wanted_ids: list[str], status: str | None) -> dict:
    """id -> attempts at the start, for the tasks to wait for (every live task when none is named)."""
    tasks = queue["tasks"]
    if wanted_ids or status:
        chosen = [task for task in tasks if task["id"] in wanted_ids or (status and task["status"] == status)]
    else:
        chosen = [task for task in tasks if task["status"] not in Status.TERMINAL]
    start = {task["id"]: int(task.get("attempts") or 0) for task in chosen}
    start.update((task_id, 0) for task_id in wanted_ids if task_id not in start)
    return start


def _state(task: dict | None, attempts_then: int) -> str | None:
    """The finished status of ``task``, or None while it still has work ahead."""
    if task is None:
        return None
    if task["status"] in Status.TERMINAL:
        return task["status"]
    recurring = bool((task.get("schedule") or {}).get("cron"))
    if (recurring and task["status"] == Status.PENDING and int(task.get("attempts") or 0) > attempts_then
            and not task.get("retries") and not task.get("retry_after")):
        return Status.DONE
    return None


def wait(config, wanted_ids: list[str], status: str | None = None, timeout: float | None = None) -> Result:
    if timeout is not None and not 0 <= timeout < 10**9:  # also refuses nan and inf
        raise UserError(f"--timeout {timeout}: give a number of seconds, 0 or more.", 2)
    store = open_store(config)
    if not store.exists():
        raise UserError(f"there is no queue in {config.dir} yet; add a task first.")
    queue_path = store.directory / "task-queue.json"
    queue = store.read()
    start = _chosen(queue, wanted_ids, status)
    give_up = None if timeout is None else time.monotonic() + timeout
    finished: dict = {}
    seen = None
    archive = None
    while True:
        mtime = queue_path.stat().st_mtime_ns if queue_path.exists() else None
        if mtime != seen:
            seen = mtime
            queue = store.read()
            by_id = {task["id"]: task for task in queue["tasks"]}
            for task_id, attempts in start.items():
                if task_id in finished:
                    continue
                if task_id in by_id:
                    state = _state(by_id[task_id], attempts)
                else:
                    archive = archive or Archive(store.directory)
                    state = archive.status_of(task_id) or "missing"
                if state:
                    finished[task_id] = state
        if len(finished) == len(start) or (give_up is not None and time.monotonic() >= give_up):
            break
        time.sleep(POLL_S if give_up is None else max(0.0, min(POLL_S, give_up - time.monotonic())))
    return _result(start, finished, by_id)


def _result(start: dict, finished: dict, by_id: dict) -> Result:
    reports = []
    for task_id in start:
        task = by_id.get(task_id) or {}
        state = finished.get(task_id)
        reports.append({"id": task_id, "finished": state is not None and state != "missing",
                        "status": state or task.get("status"), "missing": state == "missing",
                        "deliverable": task.get("deliverable"), "blocked_reason": task.get("blocked_reason")})
    timed_out = len(finished) < len(start)
    failed = any(report["status"] != Status.DONE for report in reports if report["id"] in finished)
    code = TIMED_OUT if timed_out else 1 if failed else 0
    return Result({"ok": code == 0, "timed_out": timed_out, "tasks": reports, "exit_code": code},
                  wait_text(reports, timed_out), code)


MARKS = {Status.DONE: "✅", Status.BLOCKED: "🛑", Status.SKIPPED: "⏭️"}


def wait_text(reports: list, timed_out: bool) -> str:
    """One line per task; what is still unfinished after a timeout says so."""
    lines = []
    for report in reports:
        if report["missing"]:
            lines.append(f"⚠️ {report['id']} is not in the queue")
        elif not report["finished"]:
            lines.append(f"⏳ {report['id']} is still {report['status']}")
        else:
            lines.append(f"{MARKS.get(report['status'], '•')} {report['id']} {report['status']}")
    if timed_out:
        lines.append("Timed out before every task finished.")
    return "\n".join(lines) if lines else "Nothing to wait for."
