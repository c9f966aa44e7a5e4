"""The dispatch pass: READ → RECOVER → DECIDE → PERSIST → REPORT (docs/design.md §1).

A pass is safe to run at any moment from any number of processes. It reads the
queue without the lock first; when nothing needs doing (every running worker
alive, no free slot or nothing startable) it reports from that read and never
takes the lock. Otherwise, in one locked transaction, it:

1. RECOVERS every running task (recovery.py, probe.py): a result.json is consumed (the
   backend's Outcome, then the type's verification of facts); a dead
   supervisor without one, an agent never attached, or one silent past its
   bound is lost (lifecycle.lose decides what that means); a silent worker is
   stalled and stopped.
2. DECIDES: pending tasks by priority then ``added_at``, whose dependencies are
   done and whose start time and backoff have passed, up to the free slots of
   maxConcurrent. A task whose worker cannot start at all (binary missing) is
   blocked before it is marked running.
3. PERSISTS them as running and appends the notices to events.jsonl, all before
   the lock is released; only then are the supervisors spawned, so two passes
   never start a task twice nor exceed the limit.
4. REPORTS what was persisted (the command layer delivers the notices).

Archiving is housekeeping: only passes with ``housekeeping=True`` (heartbeat,
cron, ``task-runner dispatch``) do it, never a pass that follows a user's command.
"""

import os
from datetime import timedelta

from task_runner import (
    admission,
    background,
    budget,
    ledger,
    lifecycle,
    probe,
    procinfo,
    recovery,
    render,
    strategies,
    worktrees,
)
from task_runner import events as notices
from task_runner.errors import QueueError
from task_runner.lifecycle import Status
from task_runner.rundir import RunDir, spawn_supervisor
from task_runner.timeutil import now, to_iso


class Context:
    """What one pass knows besides the queue: settings, clock, where things are."""

    def __init__(self, config, store, queue: dict, plan_agents: bool):
        moment = now()
        self.config = config
        self.directory = store.directory
        self.workspace = config.workspace
        self.probe = probe.Settings.from_config(config, moment)
        self.policy = lifecycle.Policy(moment, config.get_float("TASK_RUNNER_RETRY_BACKOFF", 30.0))
        self.max_concurrent = config.effective(queue, "maxConcurrent")
        self.archive_days = config.effective(queue, "archiveDays")
        self.grace_s = config.get_float("TASK_RUNNER_KILL_GRACE", 5.0)
        self.plan_agents = plan_agents  # someone reads this pass's output and can spawn sub-agents
        self.setting = config.get
        self.kinds: dict = {}  # worker kind per (worker, has command), resolved once a pass
        self.chain = None  # a supervisor's pass that adopts what it starts: {"pid", "start_time"} of it

    @property
    def moment(self):
        return self.policy.moment

    def workdir(self, task: dict) -> str:
        return task.get("workdir") or self.setting("TASK_RUNNER_WORKDIR", None) or str(self.workspace)


class PassResult:
    """What a pass did, as data: ids per state, the notices it recorded, the agent's spawn plan."""

    def __init__(self, queue: dict | None, ctx: Context | None, recorded: list, plan: list, archived: list):
        tasks = queue["tasks"] if queue else []
        moment = ctx.moment if ctx else now()
        self.queue = queue
        self.adopted: list = []  # the run folders a supervisor's pass handed to it (dispatch_pass's adopt)
        self.recorded = recorded
        self.plan = plan
        self.archived = archived
        self.running, self.pending, self.scheduled, self.blocked = [], [], [], []
        for task in tasks:  # one sweep: a pass over 10,000 tasks reads each once
            status = task["status"]
            if status == Status.PENDING:
                (self.pending if probe.due_now(task, moment) else self.scheduled).append(task["id"])
            elif status == Status.RUNNING:
                self.running.append(task["id"])
            elif status == Status.BLOCKED:
                self.blocked.append(task["id"])
        self.started = [event["id"] for event in recorded if event["type"] == "started"]

    def document(self, delivered: list) -> dict:
        text = self.text(delivered)
        return {"ok": True, "heartbeat_ok": text == "HEARTBEAT_OK", "events": delivered, "plan": self.plan,
                "started": self.started, "running": self.running, "pending": self.pending,
                "scheduled": self.scheduled, "blocked": self.blocked, "archived": self.archived, "text": text}

    def text(self, delivered: list) -> str:
        return render.pass_text(delivered, self.plan, self.running, self.pending, self.blocked)


# ---------------------------------------------------------------- reading the state (no side effects)


def _kind(task: dict, ctx: Context) -> str | None:
    """The worker kind that would run ``task`` now; None when this pass cannot start it.

    An unknown kind (only a hand-edited queue has one) is returned as is: the
    attempt then fails with the backend's message naming the valid kinds.
    """
    from task_runner.workers import resolve  # the worker backends: only when a task may start

    key = (task.get("worker"), bool(task.get("command")))
    if key not in ctx.kinds:
        try:
            ctx.kinds[key] = resolve(task, ctx.setting)
        except ValueError:
            ctx.kinds[key] = task.get("worker")
    kind = ctx.kinds[key]
    return None if kind == "agent" and not ctx.plan_agents else kind


def _startable(task: dict, by_id: dict, ctx: Context) -> bool:
    return (task["status"] == Status.PENDING and probe.deps_done(task, by_id) and probe.due_now(task, ctx.moment)
            and _kind(task, ctx) is not None)


def _archive_due(queue: dict, ctx: Context) -> bool:
    """Cheap check for the archiver: a finished task older than archiveDays that nothing needs."""
    cutoff = to_iso(ctx.moment - timedelta(days=ctx.archive_days))
    needed = {dep for task in queue["tasks"] if lifecycle.is_live(task) for dep in task.get("depends_on") or ()}
    for task in queue["tasks"]:
        completed = task.get("completed_at")
        if task["status"] not in lifecycle.TERMINAL or not completed or task["id"] in needed:
            continue
        if completed.endswith("Z") and len(completed) == len(cutoff):  # our own UTC stamps compare as text
            if completed < cutoff:
                return True
        elif probe.seconds_since(completed, ctx.moment) > ctx.archive_days * 86400:
            return True
    return False


def _work_to_do(queue: dict, ctx: Context, housekeeping: bool) -> bool:
    """Would a locked pass change anything? Checked on an unlocked read."""
    if notices.has_leftover(ctx.directory, queue):
        return True
    by_id = {task["id"]: task for task in queue["tasks"]}
    running = 0
    for task in queue["tasks"]:
        status = task["status"]
        if status == Status.RUNNING:
            if probe.run_state(task, ctx.probe) not in probe.LIVE_STATES:
                return True
            running += 1
        elif status == Status.PENDING and (probe.needs_first_run_time(task) or lifecycle.blocker_of(task, by_id)):
            return True
    startable = [task for task in queue["tasks"] if running < ctx.max_concurrent and _startable(task, by_id, ctx)]
    if startable:
        gate = _gate(queue, ctx)
        if any(gate.why_not(task) is None for task in startable) or budget.untold(queue, gate.budget):
            return True
    return housekeeping and (_archive_due(queue, ctx) or notices.compaction_due(
        ctx.directory, queue, _day_ago(ctx), background.routes(ctx.config)))


def _day_ago(ctx: Context) -> str:
    return to_iso(ctx.moment - timedelta(days=1))


# ---------------------------------------------------------------- changing the queue (inside the lock)


def _schedule_first_runs(queue: dict, ctx: Context) -> None:
    for task in queue["tasks"]:
        if task["status"] == Status.PENDING and probe.needs_first_run_time(task):
            from task_runner.schedule import next_cron_time  # only for a recurring task not yet placed

            task["schedule"]["not_before"] = to_iso(next_cron_time(task["schedule"]["cron"], ctx.moment))


def fixed_setting(task: dict, setting):
    """The settings an attempt of ``task`` sees: the permission level it was added with, over the
    one of now (a worker that edited TOOLS.md cannot raise it for the next attempt)."""
    permissions = task.get("permissions")
    if not permissions:
        return setting
    return lambda key, default=None: permissions if key == "TASK_RUNNER_WORKER_PERMISSIONS" else setting(key, default)


def _start(task: dict, kind: str, by_id: dict, ctx: Context, log, plan: list, spawns: list) -> bool:
    """Mark ``task`` running and prepare its launch; False when it could not start at all."""
    from task_runner.prompt import answer_prompt, build_prompt
    from task_runner.workers import agent, backend, preflight

    setting = fixed_setting(task, ctx.setting)
    refusal = preflight(kind, task, setting)
    if refusal:
        reason, actions = refusal if isinstance(refusal, tuple) else (refusal, ())
        lifecycle.refuse_start(task, reason, actions, ctx.policy, log)
        return False
    attempt = int(task.get("attempts") or 0) + 1
    strategy = strategies.strategy_for(task)
    workdir = worktrees.place(task, kind, ctx.workdir(task), ctx.directory, ctx.setting)
    timeout_s = int(task.get("timeout_s") or ctx.probe.timeout_s)
    dependencies = [(dep, by_id[dep].get("deliverable"), by_id[dep].get("deliverable_path"))
                    for dep in task.get("depends_on") or () if dep in by_id]
    prompt = build_prompt(task, strategy, dependencies, workdir)
    if task.get("answer_pending") and task.get("resume_session") and kind != "agent":
        prompt = answer_prompt(task)
    run = {"attempt": attempt, "kind": kind, "strategy": strategy, "started_at": ctx.policy.now_iso,
           "workdir": workdir, "timeout_s": timeout_s}
    if kind == "agent":
        run["attached_at"] = None
        lifecycle.start(task, run, ctx.policy, log)
        plan.append(agent.plan_entry(task, prompt, timeout_s))
        return True
    folder = RunDir.for_attempt(ctx.directory, task["id"], attempt)
    run["dir"] = folder.relative
    if ctx.chain:  # this process adopts it: a probe knows whose it is before its records exist
        run["supervisor"] = ctx.chain
    from task_runner.workers.base import Outcome, Run

    try:
        launch = backend(kind).build(task, prompt, Run(
            attempt=attempt, workdir=workdir, run_dir=str(folder.path), timeout_s=timeout_s,
            resume_session=task.get("resume_session"), setting=setting))
    except ValueError as error:
        run["session"] = None
        lifecycle.start(task, run, ctx.policy, log)
        lifecycle.finish(task, Outcome(ok=False, permanent=True, summary=str(error), error=str(error)),
                         None, ctx.policy, log)
        return False
    run["session"] = launch.session
    lifecycle.start(task, run, ctx.policy, log)
    spawns.append((task["id"], attempt, folder, {
        "argv": launch.argv, "cwd": workdir, "env": launch.env, "stdin": launch.stdin,
        "timeout_s": timeout_s, "grace_s": ctx.grace_s, "kind": kind, "task_id": task["id"],
        "attempt": attempt, "queue_dir": str(ctx.directory), "workspace": str(ctx.workspace),
        "session": launch.session,
    }))
    return True


def _gate(queue: dict, ctx: Context) -> admission.Gate:
    """Pause, group limits, phases, file scopes and the budget (admission.py), as this pass sees them."""
    return admission.Gate(queue, ctx.setting, lambda task: admission.planned_workdir(
        task, _kind(task, ctx), ctx.workdir(task), ctx.directory, ctx.setting))


def _decide(queue: dict, ctx: Context, log, plan: list, spawns: list) -> None:
    tasks = queue["tasks"]
    by_id = {task["id"]: task for task in tasks}
    free = ctx.max_concurrent - sum(1 for task in tasks if task["status"] == Status.RUNNING)
    gate = _gate(queue, ctx)
    for task in admission.ordered(task for task in tasks if task["status"] == Status.PENDING):
        if free <= 0:
            break
        if not (probe.deps_done(task, by_id) and probe.due_now(task, ctx.moment)) or gate.why_not(task):
            continue
        kind = _kind(task, ctx)
        if kind is not None and _start(task, kind, by_id, ctx, log, plan, spawns):
            gate.admit(task)
            free -= 1
    if gate.held_by_budget:
        budget.tell_once(queue, gate.budget, log, ctx.policy.now_iso)


def _housekeeping(queue: dict, ctx: Context, log) -> list:
    """Archive old finished tasks (and their run folders); compact delivered notices."""
    log.compact(queue, _day_ago(ctx), background.routes(ctx.config))
    if not _archive_due(queue, ctx):
        return []
    from task_runner.archive import archive_tasks

    return archive_tasks(queue, ctx.directory, ctx.moment, ctx.archive_days).archived


# ---------------------------------------------------------------- the pass


def dispatch_pass(config, store, plan_agents: bool = True, housekeeping: bool = False,
                  push_inline: bool = False, adopt=None, known: dict | None = None) -> PassResult:
    """One whole pass, then its notices pushed and the clock started for what waits for a time.

    ``plan_agents``: a reader will act on a spawn plan (not a supervisor's pass);
    ``push_inline``: push in this process (a detached one), not through a detached pusher;
    ``adopt(folder, spec)``: a supervisor's pass hands it every attempt it starts instead of
    spawning a supervisor for them (``report.adopted`` lists their folders);
    ``known``: the queue this process has just written, for the unlocked first look (a 10,000-task
    queue costs ~20 ms to parse again); the locked step reads the file as always.
    """
    report = _pass(config, store, plan_agents, housekeeping, adopt, known)
    background.after_pass(config, report, push_inline)
    return report


def _pass(config, store, plan_agents: bool, housekeeping: bool, adopt=None, known=None) -> PassResult:
    if not store.exists():
        return PassResult(None, None, [], [], [])
    queue = known if known is not None else store.read()
    ctx = Context(config, store, queue, plan_agents)
    answers = ledger.ask(queue, config.get)  # OpenClaw's view of agent attempts, asked before the lock
    if not answers and not _work_to_do(queue, ctx, housekeeping):
        return PassResult(queue, ctx, [], [], [])
    with store.transaction() as queue:
        step = _locked_step(queue, config, store, plan_agents, housekeeping, adopt, answers)
    return step.launch(config, store, adopt)


class LockedStep:
    """What a pass decided under the lock; ``launch`` acts on it once the queue is written."""

    def __init__(self, queue: dict, ctx: Context, recorded: list, plan: list, spawns: list, stops: list,
                 archived: list):
        self.queue, self.ctx, self.recorded, self.plan = queue, ctx, recorded, plan
        self.spawns, self.stops, self.archived = spawns, stops, archived

    def launch(self, config, store, adopt=None) -> PassResult:
        report = PassResult(self.queue, self.ctx, self.recorded, self.plan, self.archived)
        report.adopted = _launch(self.spawns, self.stops, config, store, adopt)
        return report


def _locked_step(queue: dict, config, store, plan_agents: bool, housekeeping: bool, adopt, answers) -> LockedStep:
    ctx = Context(config, store, queue, plan_agents)
    ctx.chain = {"pid": os.getpid(), "start_time": procinfo.start_time(os.getpid())} if adopt else None
    log = notices.Events(ctx.directory, queue)
    plan, spawns, stops, archived = [], [], [], []
    recovery.apply_ledger(queue, answers, ctx, log)
    recovery.recover(queue, ctx, log, stops)
    _schedule_first_runs(queue, ctx)
    lifecycle.block_dependants(queue, ctx.policy, log)
    if housekeeping:
        archived = _housekeeping(queue, ctx, log)
    _decide(queue, ctx, log, plan, spawns)
    return LockedStep(queue, ctx, log.commit(queue), plan, spawns, stops, archived)


def pass_in_transaction(config, store, queue: dict) -> LockedStep | None:
    """A command's follow-up pass inside the command's own transaction (one read and one write
    instead of two: ~80 ms of a 10,000-task ``add``); None when the ledger must be asked first,
    which is never done under the lock. ``finish_pass`` launches it once the queue is written."""
    if ledger.must_ask(queue):
        return None
    return _locked_step(queue, config, store, True, False, None, {})


def finish_pass(step: LockedStep, config, store) -> PassResult:
    report = step.launch(config, store)
    background.after_pass(config, report, False)
    return report


def _launch(spawns: list, stops: list, config, store, adopt=None) -> list:
    """Outside the lock: hand the attempts to ``adopt`` (a supervisor's pass) or to one new
    supervisor, stop stalled ones; record a start that failed. Returns the adopted run folders."""
    for folder in stops:
        folder.stop(to_iso(now()), wait=0)
    failed, adopted = [], []
    if adopt is not None:
        for task_id, attempt, folder, spec in spawns:
            try:
                adopt(folder, spec)
                adopted.append(folder)
            except (OSError, QueueError) as error:  # one attempt's folder failing never stops the pass
                failed.append((task_id, attempt, f"could not start the attempt: {error}"))
    else:
        # One supervisor per core at most: each is one Python thread, so attempts spread over the
        # cores are supervised in parallel, while more processes than cores would only queue for
        # the lock (200 shell tasks at -S 4 on 2 cores: 1.7 s with one, 1.3 s with two).
        share = max(1, min(len(spawns), os.cpu_count() or 1))
        for first in range(share if spawns else 0):
            group = spawns[first::share]
            try:
                spawn_supervisor([(folder, spec) for _, _, folder, spec in group])
            except (OSError, QueueError) as error:
                failed += [(task_id, attempt, f"could not start the supervisor: {error}")
                           for task_id, attempt, _, _ in group]
    if not failed:
        return adopted
    from task_runner.workers.base import Outcome

    with store.transaction() as queue:
        ctx = Context(config, store, queue, plan_agents=False)
        log = notices.Events(ctx.directory, queue)
        for task in queue["tasks"]:
            for task_id, attempt, why in failed:
                if task["id"] == task_id and task["status"] == Status.RUNNING \
                        and (task.get("run") or {}).get("attempt") == attempt:
                    lifecycle.finish(task, Outcome(ok=False, summary=why, error=why), None, ctx.policy, log)
        log.commit(queue)
    return adopted
