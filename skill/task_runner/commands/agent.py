"""``attach`` and ``report``: the ``agent`` worker protocol (the calling agent spawns sub-agents).

``report`` is idempotent and bound to its attempt: OpenClaw delivers a
completion two or three times, and a late report of an old attempt must never
be credited to the next one. A repeated report is a no-op that says
"already recorded" (exit 0); a report naming another run or session is refused
(exit 0, said so).
"""

from task_runner import dispatch as passes
from task_runner import events, ids, lifecycle, recovery
from task_runner.commands import Result
from task_runner.commands.flow import Change, news
from task_runner.config import open_store
from task_runner.errors import UserError
from task_runner.lifecycle import Status


def _agent_task(queue: dict, task_id: str) -> dict:
    task = next((task for task in queue["tasks"] if task["id"] == task_id), None)
    if task is None:
        raise UserError(f"{task_id}: no such task.")
    return task


def _check_running_agent(task: dict, verb: str) -> None:
    run = task.get("run")
    if task["status"] != Status.RUNNING or (run is not None and run.get("kind") != "agent"):
        why = f"is {task['status']}" if task["status"] != Status.RUNNING else f"runs under a {run['kind']} worker"
        raise UserError(f"{task['id']} {why}; only a running agent task can be given to {verb}.")


def attach(config, task_id: str, session: str, run_id: str | None) -> Result:
    task_id = ids.parse_one(task_id)
    store = open_store(config)
    with store.transaction() as queue:
        task = _agent_task(queue, task_id)
        _check_running_agent(task, "attach")
        lifecycle.attach(task, session, run_id, lifecycle.Policy())
    return Result({"ok": True, "id": task_id, "session": session, "run": run_id},
                  f"🔗 {task_id} attached to {session}. When it reports back, run: "
                  f"task-runner report {task_id} --ok|--failed …")


def _same_attempt(entry_or_run: dict, session: str | None, run_id: str | None) -> bool:
    """Does a report naming ``session``/``run_id`` belong to this run? (unnamed: yes)"""
    if run_id and entry_or_run.get("run_id") and entry_or_run["run_id"] != run_id:
        return False
    return not (session and entry_or_run.get("session") and entry_or_run["session"] != session)


def report(config, task_id: str, ok: bool, result: str, deliverable_path: str | None, reason: str | None,
           actions: list, session: str | None = None, run_id: str | None = None,
           question: str | None = None) -> Result:
    from task_runner.workers.agent import outcome_from_report  # only agent workers report

    task_id = ids.parse_one(task_id)
    store = open_store(config)
    with store.transaction() as queue:
        task = _agent_task(queue, task_id)
        run = task.get("run") or {}
        last = (task.get("strategies_tried") or [{}])[-1]
        if task["status"] != Status.RUNNING or run.get("kind") not in (None, "agent"):
            if task["status"] == Status.RUNNING or last.get("tool") != "agent":
                _check_running_agent(task, "report")  # never run by an agent: a mistaken report
            said = f"already recorded: {task_id} is {task['status']}"
            return Result({"ok": True, "id": task_id, "status": task["status"], "recorded": False,
                           "reason": said}, f"ℹ️ {said}. Nothing changed.")
        if not _same_attempt(run, session, run_id):
            said = f"this report is for an earlier attempt of {task_id}; the current attempt is still running"
            return Result({"ok": True, "id": task_id, "status": task["status"], "recorded": False,
                           "reason": said}, f"ℹ️ {said}. Nothing changed.")
        ctx = passes.Context(config, store, queue, plan_agents=False)
        log = events.Events(ctx.directory, queue)
        outcome = outcome_from_report(ok, result, deliverable_path=deliverable_path, reason=reason,
                                      actions=actions, session=run.get("session") or task.get("subagent_session"),
                                      question=question)
        recovery.finish(task, outcome, ctx, log)
        status = task["status"]
        log.commit(queue)
    change = Change({}, passes.dispatch_pass(config, store), None, store)
    text, delivered, delivery = news(config, change)
    return Result({"ok": True, "id": task_id, "status": status, "recorded": True,
                   "dispatch": change.report.document(delivered)}, text or f"Recorded: {task_id} is {status}.",
                  0, delivery)
