"""What OpenClaw's task ledger says about the sub-agents of running ``agent`` attempts.

The agent's ``attach`` and ``report`` calls are not reliable inside OpenClaw (a
completion arriving mid-turn drops the agent's pending tool calls), so every
pass that can reach the ``openclaw`` CLI asks the ledger itself: a sub-agent
spawned but never attached is found by its label (the task id), and one that
ended without a report is finished from the ledger's status and result. A
dropped ``attach`` or ``report`` then costs one pass, not a retry.

The questions are asked before the queue lock is taken (each is a CLI call of
about a second); the pass applies the answers under the lock, and only to a
task still running the attempt that was asked about.
"""

from task_runner.lifecycle import Status
from task_runner.timeutil import parse_iso


class Answer:
    """What the ledger said about one attempt: a child to attach and/or its finished Outcome."""

    def __init__(self, attempt, child: dict | None, outcome):
        self.attempt = attempt
        self.child = child
        self.outcome = outcome


def _started_ms(run: dict) -> int | None:
    try:
        return int(parse_iso(run["started_at"]).timestamp() * 1000)
    except (KeyError, TypeError, ValueError):
        return None


def must_ask(queue: dict) -> bool:
    """Whether a pass over ``queue`` has questions for the ledger (asked before the lock is taken)."""
    return bool(_questions(queue))


def _questions(queue: dict) -> list:
    """The running agent attempts, when the ledger can be asked about them (OpenClaw is here)."""
    agent_runs = [task for task in queue["tasks"] if task["status"] == Status.RUNNING
                  and (task.get("run") or {}).get("kind") == "agent"]
    if not agent_runs:
        return []
    from task_runner import openclaw  # the OpenClaw client: only with agent tasks running

    return agent_runs if openclaw.cli_path() is not None else []


def ask(queue: dict, setting) -> dict:
    """{task id: Answer} for the running agent attempts the ledger knows more about than the queue."""
    agent_runs = _questions(queue)
    if not agent_runs:
        return {}
    from task_runner.workers import agent

    answers = {}
    for task in agent_runs:
        run = dict(task["run"])
        child = None
        if not (run.get("session") or run.get("run_id")):
            child = agent.find_child(task["id"], setting, since_ms=_started_ms(run))
            if child is None:
                continue
            run.update(child)
        outcome = agent.ledger_outcome(run, setting)
        if child is not None or outcome is not None:
            answers[task["id"]] = Answer(run.get("attempt"), child, outcome)
    return answers
