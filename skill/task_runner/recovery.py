"""RECOVER, the first step of a pass (inside the lock): what became of every running attempt.

A result.json is consumed (the backend's Outcome, then the type's verification of
facts, verify.py); a dead supervisor without one, an agent never attached, or
one silent past its bound is lost (lifecycle.lose decides what that means); a
worker silent past its stall deadline is marked and stopped; OpenClaw's ledger
answers (ledger.py) attach or finish agent attempts. ``ctx`` is the pass's
dispatch.Context.
"""

import os

from task_runner import lifecycle, probe, procinfo, render, worktrees
from task_runner.lifecycle import Status
from task_runner.rundir import STALLED, RunDir


def _verdict(task: dict, outcome, run: dict, ctx, stderr: str = "") -> str | None:
    """The type's check of facts for an attempt its worker called a success (verify.py)."""
    if not outcome.ok:
        return None
    from task_runner.verify import named_file_written, verify  # only when an attempt ended

    workdir = run.get("workdir") or ctx.workdir(task)
    if not outcome.deliverable_path:
        outcome.deliverable_path = named_file_written(task, workdir, run.get("started_at"))
    elif outcome.deliverable_path:
        outcome.deliverable_path = os.path.normpath(os.path.join(workdir, os.path.expanduser(outcome.deliverable_path)))
    return verify(task, outcome, workdir=workdir, stderr=stderr, started_at=run.get("started_at"))


def finish(task: dict, outcome, ctx, log, stderr: str = "") -> None:
    """Verify a finished attempt of a running task, then record it (lifecycle.finish)."""
    run = task.get("run") or {}
    failure = _verdict(task, outcome, run, ctx, stderr)
    if failure is None:
        worktrees.settle(task, outcome)
    lifecycle.finish(task, outcome, failure, ctx.policy, log)


def _consume(task: dict, ctx, log) -> None:
    from task_runner.workers.base import Outcome  # only when an attempt ended

    folder = RunDir(ctx.directory, task["run"]["dir"])
    try:
        result = folder.read_result()
        outcome = Outcome.from_dict(result["outcome"])
    except ValueError as error:  # a malformed result loses this attempt, never the pass
        lifecycle.lose(task, f"its {error}", ctx.policy, log)
        return
    if result.get("stopped") and folder.marked(STALLED):
        minutes = ctx.probe.stall_s // 60
        why = f"stalled: no output for {minutes} min"
        outcome = Outcome(ok=False, summary=why, error=why, session=outcome.session)
    stderr = result.get("stderr_tail") if isinstance(result.get("stderr_tail"), str) else ""
    finish(task, outcome, ctx, log, stderr=stderr)


def apply_ledger(queue: dict, answers: dict, ctx, log) -> None:
    """Attach the children the agent never attached; finish the attempts that ended without a report."""
    if not answers:
        return
    for task in queue["tasks"]:
        answer = answers.get(task["id"])
        run = task.get("run") or {}
        if answer is None or task["status"] != Status.RUNNING or run.get("attempt") != answer.attempt:
            continue  # the queue moved on since the ledger was asked
        if answer.child and not run.get("session"):
            lifecycle.attach(task, answer.child["session"], answer.child.get("run_id"), ctx.policy)
        if answer.outcome is not None:
            finish(task, answer.outcome, ctx, log)


def _left_to_its_supervisor(task: dict, ctx) -> bool:
    """In a supervisor's pass: another attempt's result whose supervisor still lives is left to
    that supervisor's own pass, which records it and adopts the next task (no new process)."""
    info = probe.run_dir(task, ctx.probe).supervisor()
    return bool(info) and info["pid"] != os.getpid() and procinfo.alive(info["pid"], info.get("start_time"))


def recover(queue: dict, ctx, log, stops: list) -> None:
    for task in queue["tasks"]:
        if task["status"] != Status.RUNNING:
            continue
        state = probe.run_state(task, ctx.probe)
        if state == "finished":
            if ctx.chain and _left_to_its_supervisor(task, ctx):
                continue
            _consume(task, ctx, log)
        elif state == "lost":
            folder = probe.run_dir(task, ctx.probe)
            if folder is not None:
                folder.kill_group()
            lifecycle.lose(task, "its supervisor died without a result", ctx.policy, log)
        elif state == "unattached":
            lifecycle.lose(task, f"no sub-agent was attached within {ctx.probe.attach_s // 60} min", ctx.policy, log)
        elif state == "overdue":
            lifecycle.lose(task, "no report came back within its timeout", ctx.policy, log)
        elif state == "stalled":
            folder = probe.run_dir(task, ctx.probe)
            folder.mark(STALLED, ctx.policy.now_iso)
            stops.append(folder)
            log.add("stalled", task["id"], render.stalled_text(task, ctx.probe.stall_s // 60), ctx.policy.now_iso)
