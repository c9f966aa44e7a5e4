"""The ``agent`` worker: the calling agent spawns the sub-agent itself.

In OpenClaw a skill cannot start a sub-agent session from a shell command;
only the agent can, with its ``sessions_spawn`` tool (parameters ``task``,
``label``, ``runTimeoutSeconds``; it answers with the child session key and a
run id). So a dispatch pass hands the agent a spawn plan, the agent makes the
calls, records each with ``task-runner attach T-NN --session KEY [--run ID]``
and, when the sub-agent announces its result, ``task-runner report T-NN
--ok|--failed ...``.

The agent's tool calls are not reliable: OpenClaw drops the not-yet-started
ones when a completion arrives mid-turn ("Skipped to process an incoming
message."), and delivers completions twice or three times. So OpenClaw's own
task ledger is the second source of truth: ``ledger_outcome`` finishes an
attempt from the ledger record of its sub-agent when no report came,
``find_child`` finds a sub-agent the agent spawned but never attached (by its
label), and ``cancel`` stops the sub-agent of a task the user cancelled. All
three answer "unknown" (None / False) when OpenClaw cannot be asked; a later
pass asks again.
"""

import re

from task_runner.workers.base import Outcome, judged, one_line

RUNNING = frozenset({"queued", "running"})
FAILED = {"failed": "the sub-agent failed", "timed_out": "the sub-agent timed out",
          "lost": "the sub-agent was lost (its run ended without a result)",
          "cancelled": "cancelled"}
_REPORT_KEY_RE = re.compile(r"\s+(?=(?:DELIVERABLE_PATH|DELIVERABLE|BLOCKED|ACTION)\s*:)")


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


def unescape(text: str | None) -> str | None:
    """Completion events carry the child's ``<`` and ``>`` as ``&lt;`` ``&gt;`` (``&`` itself untouched),
    and agents paste them into ``report`` as they are."""
    return text.replace("&lt;", "<").replace("&gt;", ">") if text else text


def outcome_from_report(ok: bool, result: str | None, *, deliverable_path: str | None = None,
                        reason: str | None = None, actions=(), session: str | None = None,
                        question: str | None = None) -> Outcome:
    """The outcome of an agent-driven attempt from what ``report`` was told.

    The result text may itself carry report lines; explicit flags win. ``question``
    (``report --question``) is the worker's final QUESTION line.
    """
    text, reason = unescape(result) or "", unescape(reason)
    if question and question.strip():
        text, ok = f"{text}\nQUESTION: {' '.join(unescape(question).split())}".strip(), False
    outcome = judged(ok, text, session=session, error=None if ok else (reason or text or "reported failed"))
    if deliverable_path:
        outcome.deliverable_path = deliverable_path
    if ok and not outcome.deliverable and text.strip():
        outcome.deliverable = one_line(text)
    if not ok:
        outcome.blocked = outcome.blocked or (one_line(reason) if reason else None)
        outcome.actions = [unescape(action) for action in actions] or outcome.actions
    return outcome


def _lookup(run: dict) -> str | None:
    return (run or {}).get("run_id") or (run or {}).get("session")


def _timeout(setting) -> float:
    from task_runner.openclaw import timeout_from

    return timeout_from(setting)


def ledger_outcome(run: dict, setting) -> Outcome | None:
    """The attempt's Outcome from OpenClaw's task ledger, or None while its sub-agent still runs, or
    when the ledger has no record of it or cannot be read (ask again next pass).

    succeeded: ok, judged from the result's DELIVERABLE/BLOCKED/ACTION lines (the ledger collapses
    newlines, so the lines are split again at those keys); failed, timed_out (transient), lost:
    failures; cancelled: a failure "cancelled".
    """
    from task_runner import openclaw

    lookup = _lookup(run)
    if not lookup:
        return None
    try:
        record = openclaw.tasks_show(lookup, timeout=_timeout(setting))
    except openclaw.OpenClawError:
        return None
    if not isinstance(record, dict) or record.get("status") in RUNNING:
        return None
    if run.get("session") and record.get("childSessionKey") not in (None, run["session"]):
        return None  # a record of another sub-agent: not this attempt's to finish
    status = record.get("status")
    session = record.get("childSessionKey") or run.get("session")
    text = unescape(str(record.get("progressSummary") or record.get("terminalSummary") or "")).strip()
    text = _REPORT_KEY_RE.sub("\n", text)
    if status == "succeeded":
        outcome = judged(True, text, session=session)
        if outcome.ok and not outcome.deliverable and text:
            outcome.deliverable = one_line(text)
        return outcome
    if status not in FAILED:
        return None  # a status this release does not document: leave the attempt to its timeout
    error = unescape(str(record.get("error") or "")).strip() or FAILED[status]
    if status == "cancelled":
        error = "cancelled"
    outcome = judged(False, text, session=session, error=error, timed_out=status == "timed_out")
    if status == "cancelled":
        outcome.transient = False
    return outcome


def find_child(label: str, setting, since_ms: int | None = None) -> dict | None:
    """The sub-agent spawned with ``label`` (the task id) per the ledger, newest first:
    ``{"session", "run_id"}``; ``since_ms`` skips children created before the attempt started."""
    from task_runner import openclaw

    try:
        records = openclaw.tasks_list("subagent", timeout=_timeout(setting))
    except openclaw.OpenClawError:
        return None
    for record in records:
        created = record.get("createdAt")
        if record.get("label") != label or not record.get("childSessionKey"):
            continue
        if since_ms is not None and isinstance(created, (int, float)) and created < since_ms:
            continue
        return {"session": record["childSessionKey"], "run_id": record.get("runId")}
    return None


def cancel(run: dict, setting) -> bool:
    """Stop the sub-agent of an attempt the user cancelled (skipped, marked done); True when OpenClaw
    cancelled a running one."""
    from task_runner import openclaw

    lookup = _lookup(run)
    if not lookup:
        return False
    try:
        return openclaw.tasks_cancel(lookup, timeout=_timeout(setting))
    except openclaw.OpenClawError:
        return False
