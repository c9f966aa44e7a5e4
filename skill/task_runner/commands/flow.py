"""The sequence every queue-changing command shares: apply under the lock → stop the workers
that left ``running`` → follow-up pass → the news for the reader."""

from task_runner import events, lifecycle, render
from task_runner.commands import deliver
from task_runner.config import open_store
from task_runner.dispatch import dispatch_pass, finish_pass, pass_in_transaction
from task_runner.errors import QueueError
from task_runner.rundir import RunDir
from task_runner.timeutil import now, to_iso

STOP_WAIT_S = 5.0


class Change:
    """The outcome of ``change_queue``: what the apply step returned and the follow-up pass."""

    def __init__(self, applied, report, note: str | None, store=None):
        self.applied = applied
        self.report = report
        self.note = note
        self.store = store  # the store the change was made through: its last read is trusted


def auto_dispatch(config, requested: bool) -> bool:
    return requested and config.get_bool("TASK_RUNNER_AUTO_DISPATCH", True)


def stop_attempts(config, stops: list) -> list[str]:
    """Stop the attempts of tasks that just left ``running``; the ids whose worker was stopped."""
    stopped = []
    for task_id, run in stops:
        if isinstance(run.get("dir"), str):
            if RunDir(config.dir, run["dir"]).stop(to_iso(now()), wait=STOP_WAIT_S):
                stopped.append(task_id)
        elif run.get("kind") == "agent" and run.get("session"):
            from task_runner.workers import agent  # the OpenClaw ledger: only for agent tasks

            if agent.cancel(run, config.get):
                stopped.append(task_id)
    return stopped


def change_queue(config, apply, dispatch: bool) -> Change:
    """Apply ``apply(queue, policy)`` under the lock; stop what it stopped; run the follow-up pass.

    ``apply`` returns a dict; its ``"stop"`` entries, ``(id, run)`` pairs, are
    stopped after the lock is released. Once the change is committed, a
    failing follow-up pass never turns it into a failure: the note says so and
    the next heartbeat starts the work (issue 9: a committed change exits 0).
    A change that stops nothing has its pass in the same transaction (one read and
    one write of the queue). If that pass fails, nothing was written: the change
    is applied again, alone (``apply`` changes only the queue it is given).
    """
    store = open_store(config)
    with_pass = auto_dispatch(config, dispatch)
    note = None
    try:
        applied, stops, step, written = _apply(config, store, apply, with_pass)
    except _PassError as failed:
        note = render.not_dispatched(failed.reason)
        applied, stops, step, written = _apply(config, store, apply, False)
    stopped = stop_attempts(config, stops)
    for entry in applied if isinstance(applied, list) else [applied]:
        if isinstance(entry, dict) and "stopped" in entry:
            entry["stopped"] = [task_id for task_id, _ in entry["stop"] if task_id in stopped]
    report = None
    try:
        if step is not None:
            report = finish_pass(step, config, store)
        elif with_pass and note is None:
            # What we wrote is the pass's first look, unless stopping workers let others write since.
            report = dispatch_pass(config, store, known=None if stops else written)
    except (QueueError, OSError) as error:
        note = render.not_dispatched(str(error).splitlines()[0])
    return Change(applied, report, note, store)


class _PassError(Exception):
    """The pass inside a change's transaction failed: the transaction is abandoned unwritten."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _apply(config, store, apply, with_pass: bool):
    """One locked transaction: the change, then (unless it stopped a worker) the pass's locked
    step; (applied, stops, the pass's step or None, the queue as written)."""
    step = None
    with store.transaction() as queue:
        applied = apply(queue, lifecycle.Policy())
        stops = [stop for entry in (applied if isinstance(applied, list) else [applied])
                 for stop in (entry.get("stop") or () if isinstance(entry, dict) else ())]
        if with_pass and not stops:
            try:
                step = pass_in_transaction(config, store, queue)
            except (QueueError, OSError) as error:
                raise _PassError(str(error).splitlines()[0]) from None
    return applied, stops, step, queue


def news(config, change: Change | None) -> tuple[str, list, events.Delivery | None]:
    """The follow-up pass's news for the reader: (text, delivered events, delivery to commit)."""
    if change is None or change.report is None:
        return (change.note or "") if change else "", [], None
    store = change.store or open_store(config)
    delivery = deliver(config, store, change.report.queue)  # the queue the pass persisted: not read again
    delivered = delivery.events if delivery else []
    text = change.report.text(delivered) if (delivered or change.report.plan) else ""
    return "\n\n".join(filter(None, [text, change.note])), delivered, delivery
