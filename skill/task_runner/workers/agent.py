"""The ``agent`` worker: the calling agent spawns the sub-agent itself.

In OpenClaw a skill cannot start a sub-agent session from a shell command;
only the agent can, with its ``sessions_spawn`` tool (parameters ``task``,
``label``, ``runTimeoutSeconds``; it answers with the child session key and a
run id). So a dispatch pass hands the agent a spawn plan, the agent makes the
calls, records each with ``task-runner attach T-NN --session KEY [--run ID]``
and, when the sub-agent announces its result, ``task-runner report T-NN
--ok|--failed ...``. No process is supervised here; the report is the
terminal event.
"""

from task_runner.workers.base import Outcome, judged, one_line


def plan_entry(task: dict, prompt: str, timeout_s: int) -> dict:
    return {"id": task["id"], "label": task["id"], "prompt": prompt, "timeout_s": int(timeout_s)}


def instruction(entry: dict) -> str:
    """What the agent must do for one plan entry, in words it can follow exactly."""
    return (
        f"Call sessions_spawn with label \"{entry['label']}\", runTimeoutSeconds {entry['timeout_s']} and "
        f"task = the prompt below; then run: task-runner attach {entry['id']} --session <childSessionKey> "
        f"--run <runId>. When it announces its result, run: task-runner report {entry['id']} --ok "
        f"--result \"<one line>\" [--deliverable-path P]  (or --failed --reason \"…\" --action \"step\" …)."
    )


def outcome_from_report(ok: bool, result: str | None, *, deliverable_path: str | None = None,
                        reason: str | None = None, actions=(), session: str | None = None) -> Outcome:
    """The outcome of an agent-driven attempt from what ``report`` was told.

    The result text may itself carry report lines; explicit flags win.
    """
    text = result or ""
    outcome = judged(ok, text, session=session, error=None if ok else (reason or text or "reported failed"))
    if deliverable_path:
        outcome.deliverable_path = deliverable_path
    if ok and not outcome.deliverable and text.strip():
        outcome.deliverable = one_line(text)
    if not ok:
        outcome.blocked = outcome.blocked or (one_line(reason) if reason else None)
        outcome.actions = list(actions) or outcome.actions
    return outcome
