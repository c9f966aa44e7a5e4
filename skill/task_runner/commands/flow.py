"""The sequence every queue-changing command shares: apply under the lock → stop the workers
that left ``running`` → follow-up pass → the news for the reader."""

import json

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
    one write of the queue); if that pass fails, the change alone is written.
    """
    store = open_store(config)
    policy = lifecycle.Policy()
    step, note = None, None
    with store.transaction() as written:
        applied = apply(written, policy)
        stops = [stop for entry in (applied if isinstance(applied, list) else [applied])
                 for stop in (entry.get("stop") or () if isinstance(entry, dict) else ())]
        if auto_dispatch(config, dispatch) and not stops:
            step, note = _pass_within(config, store, written)
    stopped = stop_attempts(config, stops)
    for entry in applied if isinstance(applied, list) else [applied]:
        if isinstance(entry, dict) and "stopped" in entry:
            entry["stopped"] = [task_id for task_id, _ in entry["stop"] if task_id in stopped]
    report = None
    try:
        if step is not None:
            report = finish_pass(step, config, store)
        elif auto_dispatch(config, dispatch) and note is None:
            # What we wrote is the pass's first look, unless stopping workers let others write since.
            report = dispatch_pass(config, store, known=None if stops else written)
    except (QueueError, OSError) as error:
        note = render.not_dispatched(str(error).splitlines()[0])
    return Change(applied, report, note, store)


def _pass_within(config, store, queue: dict):
    """The follow-up pass inside the change's transaction: (its step, None), (None, None) when it
    must run after the lock, or (None, why) when it failed and ``queue`` holds the change alone."""
    saved = store.savepoint(queue)
    try:
        return pass_in_transaction(config, store, queue), None
    except (QueueError, OSError) as error:
        queue.clear()
        queue.update(json.loads(saved))
        return None, render.not_dispatched(str(error).splitlines()[0])


def news(config, change: Change | None) -> tuple[str, list, events.Delivery | None]:
    """The follow-up pass's news for the reader: (text, delivered events, delivery to commit)."""
    if change is None or change.report is None:
        return (change.note or "") if change else "", [], None
    store = change.store or open_store(config)
    delivery = deliver(config, store, change.report.queue)  # the queue the pass persisted: not read again
    delivered = delivery.events if delivery else []
    text = change.report.text(delivered) if (delivered or change.report.plan) else ""
    return "\n\n".join(filter(None, [text, change.note])), delivered, delivery
