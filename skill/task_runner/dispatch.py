"""The dispatch pass: READ → RECOVER → DECIDE → PERSIST → REPORT (issue 4, design.md §1).

A pass is safe to run at any moment from any number of processes. It reads
the queue without the lock first; when nothing needs doing (every running
worker alive, no free slot or nothing startable, no event to deliver) it
reports from that read and never takes the lock. Otherwise, in one locked
transaction, it:

1. RECOVERS every running task: a process worker is alive while its
   supervisor's pid runs with the recorded start time (procinfo). A result.json
   is consumed; a dead supervisor without one means the attempt was lost (it
   counts, recorded "lost", and the task goes back to pending); no output for
   TASK_RUNNER_STALL_MINUTES stops it (a failed attempt). An ``agent`` task
   not attached within TASK_RUNNER_ATTACH_MINUTES, or attached but silent past
   its timeout plus that bound, is lost.
2. Consumes results: the backend's Outcome, then the type's verification;
   one ``strategies_tried`` entry per finished attempt; done, or retries+1 and
   pending with the next strategy, or blocked at maxRetries with the worker's
   own BLOCKED reason and ACTION steps. Pending dependants of a blocked or
   skipped task are blocked too ("depends on T-NN which is blocked"),
   transitively; ``retry`` of the dependency releases them (control.py).
3. DECIDES: pending tasks in ``added_at`` order whose dependencies are done
   and whose ``not_before`` has passed, up to the free slots of maxConcurrent.
   A recurring (cron) task is one task: each success puts it back to pending
   with ``not_before`` at the next cron time (its first run waits for the
   first cron time too).
4. PERSISTS them as running (attempt number, run folder, session) and appends
   its notifications to events.jsonl, all before the lock is released; only
   then spawns the supervisors, so two passes never start a task twice nor
   exceed the limit.
5. REPORTS from what was persisted: the undelivered events (exactly once,
   events.py), the agent's spawn plan, "All tasks are blocked." when so, or
   exactly ``HEARTBEAT_OK``. Passes run by supervisors (``--quiet``) deliver
   nothing and never plan ``agent`` tasks: nobody reads their output.
"""

import os
from datetime import datetime, timedelta
from pathlib import Path

from task_runner import events as notices
from task_runner.tasks import TERMINAL, set_terminal
from task_runner.timeutil import now, parse_iso, to_iso

RUNS_DIR = "runs"
SPAWN_GRACE_S = 60  # a run with no supervisor record after this long never started
SILENT_KINDS = frozenset({"openclaw"})  # print one document at the end: silence is not a stall
STALL_MARKER = "stalled"
LIVE_STATES = frozenset({"alive", "starting", "waiting"})


class Context:
    """What one pass knows besides the queue: settings, clock, where things are.

    A plain class: the dataclass machinery costs ~10 ms of imports and code
    generation on every CLI call that runs a pass.
    """

    def __init__(self, *, directory: Path, workspace: Path, moment: datetime, max_concurrent: int,
                 stall_s: int, attach_s: int, timeout_s: int, grace_s: float, deliver: bool, setting,
                 archive_days: int):
        self.directory = directory
        self.workspace = workspace
        self.moment = moment
        self.max_concurrent = max_concurrent
        self.stall_s = stall_s
        self.attach_s = attach_s
        self.timeout_s = timeout_s
        self.grace_s = grace_s
        self.deliver = deliver
        self.setting = setting
        self.archive_days = archive_days
        self.kinds: dict = {}  # worker kind per (worker, has command), resolved once a pass

    @property
    def now_iso(self) -> str:
        return to_iso(self.moment)

    def workdir(self, task: dict) -> str:
        return task.get("workdir") or self.setting("TASK_RUNNER_WORKDIR", None) or str(self.workspace)


class PassReport:
    """What a pass tells its reader: the text, the --json document, and the agent's spawn plan."""

    def __init__(self, text: str, document: dict, plan: list | None = None):
        self.text = text
        self.document = document
        self.plan = plan or []


def context(config, store, queue: dict, deliver: bool) -> Context:
    return Context(
        directory=Path(store.directory), workspace=Path(config.workspace), moment=now(),
        max_concurrent=config.effective(queue, "maxConcurrent"),
        stall_s=60 * config.get_int("TASK_RUNNER_STALL_MINUTES", 20, minimum=1),
        attach_s=60 * config.get_int("TASK_RUNNER_ATTACH_MINUTES", 10, minimum=1),
        timeout_s=config.get_int("TASK_RUNNER_TIMEOUT", 1800, minimum=1),
        grace_s=config.get_float("TASK_RUNNER_KILL_GRACE", 5.0),
        deliver=deliver, setting=config.get, archive_days=config.effective(queue, "archiveDays"),
    )


# ---------------------------------------------------------------- reading the state (no side effects)


def _older(iso: str | None, seconds: float, ctx: Context) -> bool:
    if not iso:
        return True
    try:
        return (ctx.moment - parse_iso(iso)).total_seconds() > seconds
    except ValueError:
        return True


def _run_dir(ctx: Context, run: dict) -> Path:
    return ctx.directory / run["dir"]


def run_state(task: dict, ctx: Context) -> str:
    """alive | starting | waiting (live) — finished | lost | stalled | unattached | overdue (to handle)."""
    from task_runner import procinfo, supervisor

    run = task.get("run")
    if not run or run.get("kind") == "agent":
        # Agent-driven (or started by the prompt-only skill): we can only bound the silence.
        run = run or {"attached_at": task.get("started_at"), "timeout_s": task.get("timeout_s")}
        if not run.get("attached_at"):
            return "unattached" if _older(run.get("started_at"), ctx.attach_s, ctx) else "waiting"
        limit = float(run.get("timeout_s") or ctx.timeout_s) + ctx.attach_s
        return "overdue" if _older(run["attached_at"], limit, ctx) else "alive"
    run_dir = _run_dir(ctx, run)
    if (run_dir / supervisor.RESULT).exists():
        return "finished"
    info = supervisor.supervisor_of(run_dir)
    if info is None:
        return "lost" if _older(run.get("started_at"), SPAWN_GRACE_S, ctx) else "starting"
    if not procinfo.alive(info.get("pid"), info.get("start_time")):
        # it may have written its result just before exiting
        return "finished" if (run_dir / supervisor.RESULT).exists() else "lost"
    if run.get("kind") not in SILENT_KINDS and not (run_dir / STALL_MARKER).exists():
        if _silent_for(run_dir, ctx) > ctx.stall_s:
            return "stalled"
    return "alive"


def _silent_for(run_dir: Path, ctx: Context) -> float:
    latest = 0.0
    for name in ("stdout.log", "stderr.log", "pid.json"):
        try:
            latest = max(latest, (run_dir / name).stat().st_mtime)
        except FileNotFoundError:
            continue
    return ctx.moment.timestamp() - latest if latest else 0.0


def _blocker(task: dict, by_id: dict) -> dict | None:
    for dep in task.get("depends_on") or ():
        other = by_id.get(dep)
        if other is not None and other["status"] in ("blocked", "skipped"):
            return other
    return None


def _deps_done(task: dict, by_id: dict) -> bool:
    # A dependency missing from the live queue was archived, which only happens to finished tasks.
    return all(by_id[dep]["status"] == "done" for dep in task.get("depends_on") or () if dep in by_id)


def _needs_first_run_time(task: dict) -> bool:
    schedule = task.get("schedule") or {}
    return bool(schedule.get("cron")) and not schedule.get("not_before")


def _due(task: dict, ctx: Context) -> bool:
    not_before = (task.get("schedule") or {}).get("not_before")
    if not not_before:
        return not _needs_first_run_time(task)
    try:
        return parse_iso(not_before) <= ctx.moment
    except ValueError:
        return True


def _kind(task: dict, ctx: Context) -> str | None:
    """The worker kind that would run ``task`` now; None when this pass cannot start it.

    An unknown kind (only a hand-edited queue has one) is returned as is: the
    attempt then fails with the backend's message naming the valid kinds.
    """
    from task_runner.workers import resolve

    key = (task.get("worker"), bool(task.get("command")))
    if key not in ctx.kinds:
        try:
            ctx.kinds[key] = resolve(task, ctx.setting)
        except ValueError:
            ctx.kinds[key] = task.get("worker")
    kind = ctx.kinds[key]
    return None if kind == "agent" and not ctx.deliver else kind


def _startable(task: dict, by_id: dict, ctx: Context) -> bool:
    return (task["status"] == "pending" and _deps_done(task, by_id) and _due(task, ctx)
            and _kind(task, ctx) is not None)


def _archive_due(queue: dict, ctx: Context) -> bool:
    """Cheap check for the archiver: a finished task older than archiveDays that nothing needs."""
    cutoff_at = ctx.moment - timedelta(days=ctx.archive_days)
    cutoff = to_iso(cutoff_at)
    needed = {dep for task in queue["tasks"] if task["status"] not in TERMINAL for dep in task.get("depends_on") or ()}
    for task in queue["tasks"]:
        completed = task.get("completed_at")
        if task["status"] not in TERMINAL or not completed or task["id"] in needed:
            continue
        if completed.endswith("Z") and len(completed) == len(cutoff):  # our own UTC stamps compare as text
            if completed < cutoff:
                return True
        elif _older(completed, ctx.archive_days * 86400, ctx):
            return True
    return False


def _work_to_do(queue: dict, ctx: Context) -> bool:
    """Would a locked pass change anything? Checked on an unlocked read."""
    if notices.has_work(ctx.directory, queue, ctx.deliver):
        return True
    by_id = {task["id"]: task for task in queue["tasks"]}
    running = 0
    for task in queue["tasks"]:
        status = task["status"]
        if status == "running":
            if run_state(task, ctx) not in LIVE_STATES:
                return True
            running += 1
        elif status == "pending" and (_needs_first_run_time(task) or _blocker(task, by_id)):
            return True
    if running < ctx.max_concurrent and any(_startable(task, by_id, ctx) for task in queue["tasks"]):
        return True
    return _archive_due(queue, ctx)


# ---------------------------------------------------------------- changing the queue (inside the lock)


def finish(task: dict, outcome, ctx: Context, log: "notices.Events", stderr: str = "") -> None:
    """Record one finished attempt of a running task: entry, then done / pending / blocked."""
    from task_runner.prompt import next_strategy, strategy_for
    from task_runner.workers.base import one_line

    run = task.pop("run", None) or {}
    failure = None
    if outcome.ok:
        from task_runner.verify import named_file_written, verify

        workdir = run.get("workdir") or ctx.workdir(task)
        if not outcome.deliverable_path:
            outcome.deliverable_path = named_file_written(task, workdir, run.get("started_at"))
        failure = verify(task, outcome, workdir=workdir, stderr=stderr)
    ok = outcome.ok and failure is None
    strategy = run.get("strategy") or strategy_for(task)
    tried = task.setdefault("strategies_tried", [])
    tried.append({
        "attempt": len(tried) + 1, "strategy": strategy, "tool": run.get("kind") or "agent",
        "attempted_at": run.get("started_at") or task.get("started_at") or ctx.now_iso,
        "result": one_line(outcome.summary if outcome.ok else (outcome.error or outcome.summary)) or None,
        "verification_failure": failure,
    })
    if outcome.session:
        task["subagent_session"] = outcome.session
    task.pop("next_strategy", None)
    task.pop("resume_session", None)
    if outcome.blocked:
        task["worker_blocked"] = {"reason": outcome.blocked, "actions": list(outcome.actions)}
    if ok:
        _succeed(task, outcome, run, ctx, log)
        return
    transient = outcome.transient and failure is None
    task["retries"] = int(task.get("retries") or 0) + 1
    if task["retries"] >= int(task.get("maxRetries") if task.get("maxRetries") is not None else 3):
        _block(task, failure or outcome.error, ctx, log)
        return
    task["status"] = "pending"
    task["next_strategy"] = next_strategy(task.get("type") or "unknown", strategy, transient)
    if transient and outcome.session:
        task["resume_session"] = outcome.session


def _succeed(task: dict, outcome, run: dict, ctx: Context, log) -> None:
    path = outcome.deliverable_path
    if path:
        path = os.path.normpath(os.path.join(run.get("workdir") or ctx.workdir(task), os.path.expanduser(path)))
    task.update(deliverable=outcome.deliverable or outcome.summary or "done", deliverable_path=path,
                blocked_reason=None, user_action_required=None)
    task.pop("worker_blocked", None)
    cron = (task.get("schedule") or {}).get("cron")
    if not cron:
        set_terminal(task, "done", ctx.now_iso)
        log.add("done", task["id"], notices.done_text(task), ctx.now_iso)
        return
    from task_runner.schedule import next_cron_time

    following = next_cron_time(cron, ctx.moment)
    task["schedule"]["not_before"] = to_iso(following)
    task.update(status="pending", retries=0, strategies_tried=[], completed_at=None)
    log.add("done", task["id"], notices.done_text(task, following.strftime("%a %d %b %H:%M")), ctx.now_iso)


def _block(task: dict, reason: str | None, ctx: Context, log) -> None:
    said = task.pop("worker_blocked", None) or {}
    task["blocked_reason"] = said.get("reason") or reason or "it kept failing"
    task["user_action_required"] = notices.numbered(said.get("actions") or [
        f"See what the worker said: task-runner logs {task['id']}",
        f"Fix the cause, or tell the next attempt what to do differently (\"retry {task['id']} but …\")",
    ])
    set_terminal(task, "blocked", ctx.now_iso)
    log.add("blocked", task["id"], notices.blocked_text(task), ctx.now_iso)


def _lose(task: dict, why: str, ctx: Context, log) -> None:
    from task_runner.workers.base import Outcome

    log.add("lost", task["id"], notices.lost_text(task, why), ctx.now_iso)
    finish(task, Outcome(ok=False, transient=True, summary=f"lost: {why}", error=f"lost: {why}"), ctx, log)


def _consume(task: dict, ctx: Context, log) -> None:
    from task_runner.supervisor import RESULT, read_json
    from task_runner.workers.base import Outcome

    run_dir = _run_dir(ctx, task["run"])
    result = read_json(run_dir / RESULT)
    if result is None:  # unreadable: treat like a supervisor that died without a result
        _lose(task, "its result.json is unreadable", ctx, log)
        return
    outcome = Outcome.from_dict(result.get("outcome") or {"ok": False, "error": "no outcome recorded"})
    if result.get("stopped") and (run_dir / STALL_MARKER).exists():
        minutes = ctx.stall_s // 60
        outcome = Outcome(ok=False, summary=f"stalled: no output for {minutes} min",
                          error=f"stalled: no output for {minutes} min", session=outcome.session)
    finish(task, outcome, ctx, log, stderr=result.get("stderr_tail") or "")


def _recover(queue: dict, ctx: Context, log, stops: list) -> None:
    from task_runner import supervisor

    for task in queue["tasks"]:
        if task["status"] != "running":
            continue
        state = run_state(task, ctx)
        if state == "finished":
            _consume(task, ctx, log)
        elif state == "lost":
            supervisor.kill_worker(_run_dir(ctx, task["run"]))
            _lose(task, "its supervisor died without a result", ctx, log)
        elif state == "unattached":
            _lose(task, f"no sub-agent was attached within {ctx.attach_s // 60} min", ctx, log)
        elif state == "overdue":
            _lose(task, "no report came back within its timeout", ctx, log)
        elif state == "stalled":
            run_dir = _run_dir(ctx, task["run"])
            (run_dir / STALL_MARKER).write_text(ctx.now_iso + "\n", encoding="utf-8")
            stops.append(run_dir)
            log.add("stalled", task["id"], notices.stalled_text(task, ctx.stall_s // 60), ctx.now_iso)


def _block_dependants(queue: dict, ctx: Context, log) -> None:
    by_id = {task["id"]: task for task in queue["tasks"]}
    changed = True
    while changed:
        changed = False
        for task in queue["tasks"]:
            blocker = _blocker(task, by_id) if task["status"] == "pending" else None
            if blocker is None:
                continue
            task.update(blocked_by=blocker["id"],
                        blocked_reason=f"depends on {blocker['id']} which is {blocker['status']}",
                        user_action_required=notices.numbered([
                            f"Unblock {blocker['id']} first; \"retry {blocker['id']}\" puts {task['id']} back too"]))
            set_terminal(task, "blocked", ctx.now_iso)
            log.add("blocked", task["id"], notices.blocked_text(task), ctx.now_iso)
            changed = True


def _schedule_first_runs(queue: dict, ctx: Context) -> None:
    from task_runner.schedule import next_cron_time

    for task in queue["tasks"]:
        if task["status"] == "pending" and _needs_first_run_time(task):
            task["schedule"]["not_before"] = to_iso(next_cron_time(task["schedule"]["cron"], ctx.moment))


def _start(task: dict, kind: str, by_id: dict, ctx: Context, log, plan: list, spawns: list) -> bool:
    """Mark ``task`` running and prepare its launch; False when it could not even be prepared."""
    from task_runner.prompt import build_prompt, strategy_for
    from task_runner.workers import agent, backend
    from task_runner.workers.base import Outcome, Run

    attempt = int(task.get("attempts") or 0) + 1
    strategy = strategy_for(task)
    workdir = ctx.workdir(task)
    timeout_s = int(task.get("timeout_s") or ctx.timeout_s)
    dependencies = [(dep, by_id[dep].get("deliverable"), by_id[dep].get("deliverable_path"))
                    for dep in task.get("depends_on") or () if dep in by_id]
    prompt = build_prompt(task, strategy, dependencies, workdir)
    run = {"attempt": attempt, "kind": kind, "strategy": strategy, "started_at": ctx.now_iso,
           "workdir": workdir, "timeout_s": timeout_s}
    task.update(attempts=attempt, status="running", started_at=ctx.now_iso, run=run)
    if kind == "agent":
        run["attached_at"] = None
        plan.append(agent.plan_entry(task, prompt, timeout_s))
        log.add("started", task["id"], notices.started_text(task, kind), ctx.now_iso)
        return True
    run["dir"] = f"{RUNS_DIR}/{task['id']}/{attempt}"
    try:
        launch = backend(kind).build(task, prompt, Run(
            attempt=attempt, workdir=workdir, run_dir=str(_run_dir(ctx, run)), timeout_s=timeout_s,
            resume_session=task.get("resume_session"), setting=ctx.setting))
    except ValueError as error:
        finish(task, Outcome(ok=False, summary=str(error), error=str(error)), ctx, log)
        return False
    run["session"] = launch.session
    if launch.session:
        task["subagent_session"] = launch.session
    spawns.append((task["id"], attempt, _run_dir(ctx, run), {
        "argv": launch.argv, "cwd": workdir, "env": launch.env, "stdin": launch.stdin,
        "timeout_s": timeout_s, "grace_s": ctx.grace_s, "kind": kind, "task_id": task["id"],
        "attempt": attempt, "queue_dir": str(ctx.directory), "workspace": str(ctx.workspace),
        "session": launch.session,
    }))
    log.add("started", task["id"], notices.started_text(task, kind), ctx.now_iso)
    return True


def _decide(queue: dict, ctx: Context, log, plan: list, spawns: list) -> None:
    tasks = queue["tasks"]
    by_id = {task["id"]: task for task in tasks}
    free = ctx.max_concurrent - sum(1 for task in tasks if task["status"] == "running")
    if free <= 0:
        return
    pending = sorted((task for task in tasks if task["status"] == "pending"), key=lambda t: t.get("added_at") or "")
    for task in pending:
        if free <= 0:
            break
        if not (_deps_done(task, by_id) and _due(task, ctx)):
            continue
        kind = _kind(task, ctx)
        if kind is not None and _start(task, kind, by_id, ctx, log, plan, spawns):
            free -= 1


def _archive(queue: dict, ctx: Context) -> list:
    if not _archive_due(queue, ctx):
        return []
    from task_runner.archive import archive_tasks

    return archive_tasks(queue, ctx.directory, ctx.moment, ctx.archive_days).archived


# ---------------------------------------------------------------- the pass


def dispatch_pass(config, store, quiet: bool = False) -> PassReport:
    """One whole pass; the report says what a reader should be told."""
    deliver = not quiet
    if not store.exists():
        return _report([], [], None, None) if deliver else PassReport("", {"ok": True})
    queue = store.read()
    ctx = context(config, store, queue, deliver)
    if not _work_to_do(queue, ctx):
        return _report([], [], queue, ctx)
    plan, spawns, stops = [], [], []
    with store.transaction() as queue:
        ctx = context(config, store, queue, deliver)
        log = notices.Events(ctx.directory, queue)
        _recover(queue, ctx, log, stops)
        _schedule_first_runs(queue, ctx)
        _block_dependants(queue, ctx, log)
        archived = _archive(queue, ctx)
        _decide(queue, ctx, log, plan, spawns)
        delivered = log.commit(queue, deliver)
    _launch(spawns, stops, config, store)
    report = _report(delivered, plan, queue, ctx)
    report.document["archived"] = archived
    return report


def _launch(spawns: list, stops: list, config, store) -> None:
    """Outside the lock: start the supervisors, stop stalled ones; record a spawn that failed."""
    from task_runner import supervisor

    for run_dir in stops:
        supervisor.stop(run_dir, wait=0)
    failed = []
    for task_id, attempt, run_dir, spec in spawns:
        try:
            supervisor.spawn(run_dir, spec)
        except OSError as error:
            failed.append((task_id, attempt, f"could not start the supervisor: {error}"))
    if not failed:
        return
    from task_runner.workers.base import Outcome

    with store.transaction() as queue:
        ctx = context(config, store, queue, deliver=False)
        log = notices.Events(ctx.directory, queue)
        for task in queue["tasks"]:
            for task_id, attempt, why in failed:
                if task["id"] == task_id and task["status"] == "running" and (task.get("run") or {}).get("attempt") == attempt:
                    finish(task, Outcome(ok=False, summary=why, error=why), ctx, log)
        log.commit(queue, deliver=False)


def _report(delivered: list, plan: list, queue: dict | None, ctx: Context | None) -> PassReport:
    """What to tell the reader, from the persisted queue. A task waiting for its scheduled
    time is "scheduled", not pending: it does not keep heartbeats from being HEARTBEAT_OK."""
    tasks = queue["tasks"] if queue else []
    running = [task["id"] for task in tasks if task["status"] == "running"]
    waiting = [task["id"] for task in tasks if task["status"] == "pending" and _due(task, ctx)]
    scheduled = [task["id"] for task in tasks if task["status"] == "pending" and not _due(task, ctx)]
    blocked = [task["id"] for task in tasks if task["status"] == "blocked"]
    lines = [event["text"] for event in delivered]
    if plan:
        from task_runner.workers import agent

        lines.append("🤖 Start these sub-agents now, one sessions_spawn call each:")
        for entry in plan:
            lines += ["", f"{entry['id']}: {agent.instruction(entry)}", f"--- prompt for {entry['id']} ---",
                      entry["prompt"], f"--- end of prompt for {entry['id']} ---"]
    if blocked and not running and not waiting and any(event["type"] == "blocked" for event in delivered):
        lines.append(notices.ALL_BLOCKED)
    if lines:
        text = "\n".join(lines)
    elif running or waiting:
        text = f"⏳ Nothing new: {len(running)} running, {len(waiting)} pending."
    else:
        text = "HEARTBEAT_OK"
    document = {"ok": True, "heartbeat_ok": text == "HEARTBEAT_OK", "events": delivered, "plan": plan,
                "started": [event["id"] for event in delivered if event["type"] == "started"],
                "running": running, "pending": waiting, "scheduled": scheduled, "blocked": blocked,
                "archived": [], "text": text}
    return PassReport(text if ctx is None or ctx.deliver else "", document, plan)


# ---------------------------------------------------------------- commands


def run(args, config) -> int:
    return dispatch_and_report(args, config)


def dispatch_and_report(args, config) -> int:
    from task_runner.config import open_store
    from task_runner.output import emit

    report = dispatch_pass(config, open_store(config), quiet=getattr(args, "quiet", False))
    if not getattr(args, "quiet", False):
        emit(args, report.document, report.text)
    return 0


def _running_task(queue: dict, task_id: str, verb: str) -> dict:
    from task_runner.errors import UserError

    task = next((task for task in queue["tasks"] if task["id"] == task_id), None)
    if task is None:
        raise UserError(f"{task_id}: no such task.")
    run = task.get("run")
    if task["status"] != "running" or (run is not None and run.get("kind") != "agent"):
        why = f"is {task['status']}" if task["status"] != "running" else f"runs under a {run['kind']} worker"
        raise UserError(f"{task_id} {why}; only a running agent task can be given to {verb}.")
    return task


def _task_id(text: str) -> str:
    from task_runner import ids
    from task_runner.errors import UserError

    task_id = ids.normalize_id(text)
    if task_id is None:
        raise UserError(f"{text!r} is not a task id; write it like T-05.")
    return task_id


def run_attach(args, config) -> int:
    """``attach ID --session KEY [--run RUN_ID]``: the agent spawned the sub-agent of a planned task."""
    from task_runner.config import open_store
    from task_runner.output import emit

    task_id = _task_id(args.id)
    store = open_store(config)
    with store.transaction() as queue:
        task = _running_task(queue, task_id, "attach")
        run = task.setdefault("run", {"kind": "agent", "started_at": task.get("started_at")})
        run.update(attached_at=to_iso(now()), session=args.session, run_id=args.run)
        task["subagent_session"] = args.session
    emit(args, {"ok": True, "id": task_id, "session": args.session, "run": args.run},
         f"🔗 {task_id} attached to {args.session}. When it reports back, run: task-runner report {task_id} --ok|--failed …")
    return 0


def run_report(args, config) -> int:
    """``report ID --ok|--failed …``: the outcome of an agent-run attempt, then a pass."""
    from task_runner.config import open_store
    from task_runner.output import emit
    from task_runner.workers.agent import outcome_from_report

    task_id = _task_id(args.id)
    store = open_store(config)
    with store.transaction() as queue:
        task = _running_task(queue, task_id, "report")
        ctx = context(config, store, queue, deliver=False)
        log = notices.Events(ctx.directory, queue)
        outcome = outcome_from_report(bool(args.ok), args.result, deliverable_path=args.deliverable_path,
                                      reason=args.reason, actions=args.action,
                                      session=(task.get("run") or {}).get("session") or task.get("subagent_session"))
        finish(task, outcome, ctx, log)
        status = task["status"]
        log.commit(queue, deliver=False)
    report = dispatch_pass(config, store)
    emit(args, {"ok": True, "id": task_id, "status": status, "dispatch": report.document}, report.text)
    return 0


def stop_task(task: dict, config) -> bool:
    """Stop the worker of a task that just left ``running`` (cancel, skip, done)."""
    from task_runner import supervisor

    run = task.get("run") or {}
    if not run.get("dir"):
        return False  # agent-driven: the sub-agent belongs to the agent
    return supervisor.stop(Path(config.dir) / run["dir"], wait=5.0)
