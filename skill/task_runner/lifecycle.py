"""The life of a task: its fields, its statuses, and every change of status (docs/design.md §2).

This is the only module that writes a task's ``status`` or its bookkeeping fields
(``run``, ``attempts``, ``retries``, ``next_strategy``, ``resume_session``,
``retry_after``, ``blocked_by``, ``worker_blocked``, ``completed_at`` …). Everything
else reads tasks and asks for a change by calling one of the functions below, so
a reader who wants to know how a task can end up ``blocked`` reads this file.

Tasks stay plain dicts: the queue file is shared with the prompt-only skill and
other tools, and fields we do not know must survive a round trip untouched.

The rules that decide what happens after an attempt (issue 9):

- an explicit success, once verified, is ``done`` (a recurring task is put back
  to ``pending`` for its next run);
- a worker that says it cannot go on (``BLOCKED:``) or a permanent failure (bad
  credentials, missing binary, permission denied) blocks at once with the
  concrete steps that unblock it;
- a transient failure (rate limit, overload, network, timeout) waits
  ``retry_after`` (exponential backoff) and resumes the stored session;
- any other failure retries with the next strategy until ``maxRetries``;
- an attempt *lost* without a result (killed supervisor, crash, an agent that
  never reported) of a task that acts on the world (messages, reminders) is
  never re-run automatically: it may already have happened, so the user decides.
"""

from datetime import datetime, timedelta

from task_runner import render
from task_runner.goal import make_goal
from task_runner.kinds import Status, TaskType
from task_runner.strategies import next_strategy, strategy_for
from task_runner.timeutil import now, to_iso

TERMINAL = Status.TERMINAL

# The 16 fields every task carries (design.md §2), in the prompt-only skill's order.
TASK_FIELDS = (
    "id", "description", "goal", "type", "status", "retries", "maxRetries", "subagent_session",
    "strategies_tried", "deliverable", "deliverable_path", "blocked_reason", "user_action_required",
    "added_at", "started_at", "completed_at",
)
_TASK_FIELD_SET = frozenset(TASK_FIELDS)
_FIELD_DEFAULTS = {"strategies_tried": list, "retries": lambda: 0, "type": lambda: TaskType.UNKNOWN,
                   "status": lambda: Status.PENDING}

QUEUE_DEFAULTS = {
    "version": "1.0",
    "maxConcurrent": 2,
    "maxRetries": 3,
    "archiveDays": 7,
    "taskRunnerDir": "~/.openclaw/tasks/",
    "lastId": None,
    "archivedCount": 0,
}

# Which statuses each control verb may move a task from.
CONTROL_FROM = {
    "retry": frozenset((Status.BLOCKED, Status.SKIPPED)),
    "skip": frozenset((Status.PENDING, Status.RUNNING, Status.BLOCKED)),
    "cancel": frozenset((Status.PENDING, Status.RUNNING, Status.BLOCKED)),
    "done": frozenset((Status.PENDING, Status.RUNNING, Status.BLOCKED, Status.SKIPPED)),
}
CANCELLED = "cancelled by user"
MAY_HAVE_ACTED = "may already have happened"


class Policy:
    """What the rules need from the settings: the moment, and the retry backoff."""

    def __init__(self, moment: datetime | None = None, backoff_s: float = 30.0):
        self.moment = moment or now()
        self.backoff_s = backoff_s

    @property
    def now_iso(self) -> str:
        return to_iso(self.moment)


# ---------------------------------------------------------------- records


def new_task(task_id: str, description: str, *, goal: str | None = None, type: str = TaskType.UNKNOWN,
             max_retries: int = 3, added_at: str | None = None, **optional) -> dict:
    """A fresh pending task with every fixed field present; ``optional`` fields only when given."""
    task = {field: None for field in TASK_FIELDS}
    task.update(id=task_id, description=description, goal=goal or make_goal(description), type=type,
                status=Status.PENDING, retries=0, maxRetries=max_retries, strategies_tried=[],
                added_at=added_at or to_iso(now()))
    task.update({key: value for key, value in optional.items() if value is not None})
    return task


def complete_queue(queue: dict) -> dict:
    """Fill what an older writer left out, in place, touching no field that is there.

    Values of the wrong type are left for validation to report rather than
    being "repaired" into something else.
    """
    for key, value in QUEUE_DEFAULTS.items():
        queue.setdefault(key, value)
    tasks = queue.setdefault("tasks", [])
    if isinstance(tasks, list):
        for task in tasks:
            if isinstance(task, dict):
                _complete_task(task, queue["maxRetries"])
    return queue


def _complete_task(task: dict, default_retries) -> None:
    if _TASK_FIELD_SET <= task.keys():  # every task we wrote: one set comparison, not 16 lookups
        return
    for field in TASK_FIELDS:
        if field in task:
            continue
        if field == "maxRetries":
            task[field] = default_retries
        elif field == "goal" and isinstance(task.get("description"), str):
            task[field] = make_goal(task["description"])
        else:
            task[field] = _FIELD_DEFAULTS.get(field, lambda: None)()


def is_live(task: dict) -> bool:
    return task["status"] not in TERMINAL


# ---------------------------------------------------------------- attempts


def start(task: dict, run: dict, policy: Policy, log) -> None:
    """Mark ``task`` running with the attempt ``run`` describes (persisted before any process starts)."""
    task.update(attempts=run["attempt"], status=Status.RUNNING, started_at=policy.now_iso, run=run)
    task.pop("retry_after", None)
    task.pop("answer_pending", None)
    if run.get("session"):
        task["subagent_session"] = run["session"]
    log.add("started", task["id"], render.started_text(task, run["kind"]), policy.now_iso)


def attach(task: dict, session: str, run_id: str | None, policy: Policy) -> None:
    """The agent spawned the sub-agent of a planned ``agent`` attempt."""
    run = task.setdefault("run", {"kind": "agent", "started_at": task.get("started_at"),
                                  "attempt": task.get("attempts") or 1})
    run.update(attached_at=policy.now_iso, session=session, run_id=run_id)
    task["subagent_session"] = session


def finish(task: dict, outcome, failure: str | None, policy: Policy, log) -> None:
    """Record one finished attempt of a running task: its entry, then done, pending or blocked.

    ``failure`` is the verification's finding (None when the deliverable checks out).
    """
    run = task.pop("run", None) or {}
    asked = None if outcome.blocked else outcome.question  # its own outcome: no failed check, no retry
    ok = outcome.ok and failure is None and not asked
    _record_entry(task, run, outcome, None if asked else failure, policy)
    if outcome.session:
        task["subagent_session"] = outcome.session
    task.pop("next_strategy", None)
    task.pop("resume_session", None)
    if asked:  # a sub-agent is spawned afresh, never resumed
        ask(task, asked, None if run.get("kind") == "agent" else outcome.session or run.get("session"), policy, log)
        return
    if ok:
        _succeed(task, outcome, run, policy, log)
        return
    task["retries"] = int(task.get("retries") or 0) + 1  # every failed attempt counts
    if outcome.blocked or getattr(outcome, "permanent", False):
        block(task, outcome.blocked or outcome.error, outcome.actions, policy, log)
        return
    if task["retries"] >= _max_retries(task):
        block(task, failure or outcome.error, (), policy, log)
        return
    transient = outcome.transient and failure is None
    _retry_later(task, run, transient, outcome.session, policy)


def ask(task: dict, question: str, session: str | None, policy: Policy, log) -> None:
    """The worker needs the user: ``blocked``, ``waiting_answer`` keeps the question and session."""
    task["waiting_answer"] = {"question": question, "session": session, "asked_at": policy.now_iso}
    block(task, f"waiting for your answer: {question}", render.answer_steps(task), policy, log, "question")


def answer(task: dict, text: str, policy: Policy) -> None:
    """Back to pending with the answer: the same session resumes, told only the answer, same strategy."""
    waiting = task.pop("waiting_answer")
    task.setdefault("answers", []).append({"question": waiting.get("question"), "answer": text, "at": policy.now_iso})
    task.update(status=Status.PENDING, blocked_reason=None, user_action_required=None, completed_at=None,
                next_strategy=(task.get("strategies_tried") or [{}])[-1].get("strategy") or strategy_for(task))
    if waiting.get("session"):
        task.update(resume_session=waiting["session"], answer_pending=True)


def lose(task: dict, why: str, policy: Policy, log) -> None:
    """An attempt ended with no result at all (crash, kill, an agent that never reported).

    Work that acts on the world may have happened: it is blocked for the user to
    check rather than run again. Anything else is a failed attempt that resumes
    its stored session, so the work done so far is not repeated.
    """
    run = task.get("run") or {}
    session = run.get("session") or task.get("subagent_session")
    if task.get("type") in TaskType.ACTS_ON_WORLD:
        task.pop("run", None)
        _record_entry(task, run, None, None, policy, result=f"lost: {why}")
        task.pop("next_strategy", None)
        block(task, f"its attempt was lost ({why}); the action {MAY_HAVE_ACTED}",
              render.may_have_acted_steps(task), policy, log)
        return
    log.add("lost", task["id"], render.lost_text(task, why), policy.now_iso)
    task.pop("run", None)
    _record_entry(task, run, None, None, policy, result=f"lost: {why}")
    task["retries"] = int(task.get("retries") or 0) + 1
    if task["retries"] >= _max_retries(task):
        block(task, f"lost: {why}", (), policy, log)
        return
    _retry_later(task, run, True, session if run.get("kind") != "agent" else None, policy, wait=False)


def refuse_start(task: dict, reason: str, actions, policy: Policy, log) -> None:
    """The task cannot start at all (its worker is missing): blocked before any attempt."""
    block(task, reason, actions, policy, log)


def block(task: dict, reason: str | None, actions, policy: Policy, log, notice: str = "blocked") -> None:
    said = task.pop("worker_blocked", None) or {}
    task["blocked_reason"] = said.get("reason") or reason or "it kept failing"
    task["user_action_required"] = render.numbered(list(actions or ()) or said.get("actions")
                                                   or render.default_unblock_steps(task))
    task.pop("retry_after", None)
    _terminal(task, Status.BLOCKED, policy.now_iso)
    log.add(notice, task["id"], render.blocked_text(task), policy.now_iso)


def _record_entry(task: dict, run: dict, outcome, failure, policy: Policy, result: str | None = None) -> None:
    """One ``strategies_tried`` entry per finished attempt (design.md §2)."""
    if result is None:
        result = outcome.summary if outcome.ok else (outcome.error or outcome.summary)
    tried = task.setdefault("strategies_tried", [])
    entry = {
        "attempt": len(tried) + 1, "strategy": run.get("strategy") or strategy_for(task),
        "tool": run.get("kind") or "agent",
        "attempted_at": run.get("started_at") or task.get("started_at") or policy.now_iso,
        "result": render.one_line(result) or None, "verification_failure": failure,
    }
    for key in ("cost_usd", "tokens"):
        value = getattr(outcome, key, None) if outcome is not None else None
        if value is not None:
            entry[key] = value
    tried.append(entry)
    if outcome is not None and outcome.blocked:
        task["worker_blocked"] = {"reason": outcome.blocked, "actions": list(outcome.actions)}


def _max_retries(task: dict) -> int:
    return int(task["maxRetries"]) if task.get("maxRetries") is not None else QUEUE_DEFAULTS["maxRetries"]


def _retry_later(task: dict, run: dict, transient: bool, session: str | None, policy: Policy,
                 wait: bool = True) -> None:
    """Back to pending: a transient failure resumes its session, after a doubling wait
    (``wait=False`` for a lost attempt: nothing says the service needs a rest)."""
    task["status"] = Status.PENDING
    task["next_strategy"] = next_strategy(task.get("type") or TaskType.UNKNOWN, run.get("strategy"), transient)
    task.pop("worker_blocked", None)
    if transient:
        if session:
            task["resume_session"] = session
        delay = policy.backoff_s * 2 ** max(0, int(task.get("retries") or 1) - 1)
        if wait and delay > 0:
            task["retry_after"] = to_iso(policy.moment + timedelta(seconds=delay))


def _succeed(task: dict, outcome, run: dict, policy: Policy, log) -> None:
    task.update(deliverable=outcome.deliverable or outcome.summary or "done",
                deliverable_path=outcome.deliverable_path, blocked_reason=None, user_action_required=None)
    task.pop("worker_blocked", None)
    cron = (task.get("schedule") or {}).get("cron")
    if not cron:
        _terminal(task, Status.DONE, policy.now_iso)
        log.add("done", task["id"], render.done_text(task), policy.now_iso)
        return
    from task_runner.schedule import next_cron_time

    following = next_cron_time(cron, policy.moment)
    reschedule(task, to_iso(following))
    log.add("done", task["id"], render.done_text(task, following), policy.now_iso)


def reschedule(task: dict, not_before: str) -> None:
    """A recurring task is one task: after each run it waits for its next cron time."""
    task["schedule"]["not_before"] = not_before
    task.update(status=Status.PENDING, retries=0, strategies_tried=[], completed_at=None)


def _terminal(task: dict, status: str, when: str) -> None:
    """Terminal statuses always carry ``completed_at``."""
    task["status"] = status
    task["completed_at"] = when


# ---------------------------------------------------------------- dependencies


def blocker_of(task: dict, by_id: dict) -> dict | None:
    for dep in task.get("depends_on") or ():
        other = by_id.get(dep)
        if other is not None and other["status"] in (Status.BLOCKED, Status.SKIPPED):
            return other
    return None


def block_dependants(queue: dict, policy: Policy, log) -> None:
    """Pending tasks whose dependency is blocked or skipped are blocked too, transitively."""
    waiting = [task for task in queue["tasks"] if task.get("depends_on") and task["status"] == Status.PENDING]
    if not waiting:
        return
    by_id = {task["id"]: task for task in queue["tasks"]}
    changed = True
    while changed:
        changed = False
        for task in waiting:
            blocker = blocker_of(task, by_id) if task["status"] == Status.PENDING else None
            if blocker is None:
                continue
            task["blocked_by"] = blocker["id"]
            block(task, render.depends_on_blocked(blocker), render.unblock_dependency_steps(task, blocker),
                  policy, log)
            changed = True


def release_dependants(queue: dict, retried: list[str]) -> list[str]:
    """Tasks blocked only because a retried task was blocked go back to pending, transitively."""
    released, freed = [], set(retried)
    changed = True
    while changed:
        changed = False
        for task in queue["tasks"]:
            if task["status"] == Status.BLOCKED and task.get("blocked_by") in freed:
                task.update(status=Status.PENDING, blocked_reason=None, user_action_required=None,
                            completed_at=None)
                del task["blocked_by"]
                freed.add(task["id"])
                released.append(task["id"])
                changed = True
    return released


# ---------------------------------------------------------------- the user's commands


def control(task: dict, verb: str, policy: Policy, note: str | None = None) -> None:
    """Apply ``retry``/``skip``/``cancel``/``done`` (the caller checked ``CONTROL_FROM``), or ``hold``:
    ``pause --stop`` sent a running task back to pending, its session kept, not a failed attempt."""
    if verb == "hold":
        run = task.get("run") or {}
        _retry_later(task, run, True, run.get("session") if run.get("kind") != "agent" else None, policy, wait=False)
    elif verb == "retry":
        task.update(status=Status.PENDING, retries=0, strategies_tried=[], blocked_reason=None,
                    user_action_required=None, completed_at=None, started_at=None)
        for field in ("blocked_by", "retry_after", "worker_blocked", "next_strategy", "answer_pending"):
            task.pop(field, None)
    elif verb in ("skip", "cancel"):
        _terminal(task, Status.SKIPPED, policy.now_iso)
        if verb == "cancel":
            task["blocked_reason"] = CANCELLED
    else:
        _terminal(task, Status.DONE, policy.now_iso)
        task["deliverable"] = task.get("deliverable") or render.MARKED_DONE
        task.update(blocked_reason=None, user_action_required=None)
    task.pop("run", None)
    task.pop("waiting_answer", None)
    if note:
        task.setdefault("notes", []).append(note)
