"""Every sentence task-runner says to a person, built from data (docs/design.md §4).

Confirmations, the status table, control lines, notices, the pass report and
archive messages all come from here, so the wording (the skill's templates:
"📋 Added N tasks to queue:", "✅ T-NN done — …", "🚫 T-NN blocked after N
attempts") lives in one place. Nothing here reads files or changes a task.
"""

import re
import unicodedata
from datetime import datetime
from functools import lru_cache

from task_runner.sanitize import clean
from task_runner.timeutil import age, humanize, local_tz, now, parse_iso

STATUS_EMOJI = {"pending": "⏳", "running": "🔄", "done": "✅", "blocked": "🚫", "skipped": "⏭️", "lost": "⚠️"}
SHORT_DESCRIPTION = 60
SHORT_DETAIL = 60
SUMMARY_LIMIT = 200
MARKED_DONE = "marked done by user"
AGENT_ONLY_HEADING = "## For the agent only (do not relay)"
ALL_BLOCKED = ("All tasks are blocked. Each one above says what it needs; once that is done, reply "
               "\"retry T-NN\" (or \"retry all blocked\").")
NOT_FOR_US = "Not a task request; nothing was queued. Answer the user directly."
_NUMBERED_RE = re.compile(r"^\d+[.)]\s")
_CONTROL_DONE = {"retry": "back to pending with a fresh retry budget", "skip": "skipped",
                 "cancel": "cancelled", "done": "marked done"}
_WHY_NOT = {
    ("retry", "done"): "is already done; add it again as a new task if it must run again",
    ("retry", "pending"): "is already pending; it will start when a slot is free",
    ("retry", "running"): "is running now; cancel it first if you want a fresh start",
    ("done", "done"): "is already done",
}


# ---------------------------------------------------------------- small pieces


def one_line(text: str | None, limit: int = SUMMARY_LIMIT) -> str:
    line = _single_spaced(text or "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def shorten(text, limit: int) -> str:
    text = _single_spaced(str(text))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _single_spaced(text: str) -> str:
    """One line, no control or escape sequences, single spaces. Printable text (no control, format or
    odd space characters) with no double space needs only a strip: most rows of a status table."""
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(clean(text).split())


def numbered(steps) -> list:
    """``["1. do this", "2. then that"]`` from plain or already numbered steps."""
    return [text if _NUMBERED_RE.match(text) else f"{index}. {text}"
            for index, text in enumerate((_line(step).strip() for step in steps), 1)]


def _line(text) -> str:
    """User or worker text for one line: no control or escape sequences, no line breaks (sanitize)."""
    return clean(str(text), keep_newlines=False)


def _safe(text) -> str:
    """User or worker text of several lines: no control or escape sequences (sanitize)."""
    return clean(str(text))


def _pad(text: str, width: int) -> str:
    """Left-justify by display width (emoji take two columns in a chat or a terminal)."""
    return text + " " * max(0, width - (len(text) if text.isascii() else _display_width(text)))


@lru_cache(maxsize=64)  # the table pads the same few status cells on every row
def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if ch == "\ufe0f" else 1 for ch in text)


def _when(iso: str) -> str:
    return f"{parse_iso(iso).astimezone(local_tz()):%a %d %b %H:%M}"


# ---------------------------------------------------------------- notices


def done_text(task: dict, next_run: datetime | None = None) -> str:
    lines = [f"✅ {task['id']} done — {_safe(task.get('deliverable') or 'finished')}"]
    if task.get("deliverable_path"):
        lines.append(f"   📄 {_line(task['deliverable_path'])}")
    if next_run:
        lines.append(f"   ⏰ next run {next_run.astimezone(local_tz()):%a %d %b %H:%M}")
    return "\n".join(lines)


def blocked_text(task: dict) -> str:
    if task.get("waiting_answer"):  # not stuck: it asks the user something (lifecycle.ask)
        return question_text(task, task["waiting_answer"].get("question"))
    if task.get("blocked_by"):
        return f"🚫 {task['id']} blocked — {_safe(task.get('blocked_reason'))}"
    tried = task.get("strategies_tried") or []
    count = f"after {len(tried)} attempt{'' if len(tried) == 1 else 's'}" if tried else "before it could start"
    lines = [f"🚫 {task['id']} blocked {count} — {_safe(task.get('blocked_reason') or 'it kept failing')}"]
    if tried:
        lines.append("What was tried:")
    for entry in tried:
        why = _line(entry.get("result") or "no result")
        if entry.get("verification_failure"):
            why += f" (check failed: {_line(entry['verification_failure'])})"
        lines.append(f"  {entry.get('attempt')}. {entry.get('strategy')} via {entry.get('tool')}: {why}")
    steps = task.get("user_action_required") or []
    if isinstance(steps, str):
        steps = [steps]
    if steps:
        lines.append("What you can do:")
        lines += [f"  {_line(step)}" for step in steps]
    lines.append(f"Then reply \"retry {task['id']}\".")
    return "\n".join(lines)


def question_text(task: dict, question: str) -> str:
    return (f"❓ {task['id']} asks: {_safe(question)}\n"
            f"Reply \"answer {task['id']} <your answer>\" and it goes on where it stopped.")


def answer_steps(task: dict) -> list:
    return [f"Answer it: task-runner answer {task['id']} \"<your answer>\" (in chat: \"answer {task['id']} …\")"]


def started_text(task: dict, kind: str) -> str:
    if kind == "agent":
        return f"🔄 {task['id']} handed to a sub-agent — {_line(task['description'])}"
    return f"🔄 Started {task['id']} ({kind}) — {_line(task['description'])}"


def lost_text(task: dict, why: str) -> str:
    return f"⚠️ {task['id']} lost its worker ({_line(why)}); the attempt counts as failed and the task goes back to the queue."


def stalled_text(task: dict, minutes: int) -> str:
    return f"⏸️ {task['id']} stalled (no output for {minutes} min); stopping it — the attempt counts as failed."


def default_unblock_steps(task: dict) -> list:
    return [f"See what the worker said: task-runner logs {task['id']}",
            f"Fix the cause, or tell the next attempt what to do differently (\"retry {task['id']} but …\")"]


def may_have_acted_steps(task: dict) -> list:
    return [f"Check whether it already happened (task-runner logs {task['id']} shows what the worker did)",
            f"If it did, reply \"done {task['id']}\"; if not, reply \"retry {task['id']}\""]


def depends_on_blocked(blocker: dict) -> str:
    return f"depends on {blocker['id']} which is {blocker['status']}"


def unblock_dependency_steps(task: dict, blocker: dict) -> list:
    return [f"Unblock {blocker['id']} first; \"retry {blocker['id']}\" puts {task['id']} back too"]


# ---------------------------------------------------------------- confirmations and control lines


def schedule_text(schedule: dict | None) -> str:
    if not schedule:
        return ""
    from task_runner.schedule import describe_schedule  # croniter-free, but only needed with a schedule

    return describe_schedule(schedule)


def confirmation(added: list[dict], queue: dict) -> str:
    """The skill's confirmation: one line for one task, a bulleted list for several."""

    def line(task):
        extra = schedule_text(task.get("schedule"))
        after = task.get("depends_on")
        return f"{task['id']}: {_line(task['description'])}" + (f" (after {', '.join(after)})" if after else "") \
            + (f" {extra}" if extra else "")

    pending = sum(1 for task in queue["tasks"] if task["status"] == "pending")
    tail = f"Queue now has {pending} pending task{'' if pending == 1 else 's'}."
    if len(added) == 1:
        return f"Added {line(added[0])}. {tail}"
    return "\n".join([f"📋 Added {len(added)} tasks to queue:"] + [f"• {line(task)}" for task in added]
                     + ["", tail])


def why_not(verb: str, status: str, allowed) -> str:
    return _WHY_NOT.get((verb, status), f"is {status}; {verb} applies to {', '.join(sorted(allowed))} tasks")


def control_lines(outcome: dict, queue: dict) -> list[str]:
    """One line per task a control command touched or could not touch."""
    by_id = {task["id"]: task for task in queue["tasks"]}
    lines = list(outcome.get("said") or ())  # steering verbs say it themselves (steering.apply_command)
    for task_id in [] if "said" in outcome else outcome["changed"]:
        task = by_id[task_id]
        lines.append(f"{STATUS_EMOJI[task['status']]} {task_id} {_CONTROL_DONE[outcome['verb']]} — "
                     f"{_line(task['description'])}")
    for task_id in outcome["stopped"]:
        lines.append(f"⏹️ {task_id}: its worker was stopped")
    for task_id in outcome["released"]:
        lines.append(f"⏳ {task_id} back to pending (its dependency is being retried)")
    for rejection in outcome["rejected"]:
        lines.append(f"⚠️ {rejection['id']} {_line(rejection['reason'])}")
    if not (outcome["changed"] or outcome["rejected"] or outcome.get("said")) and outcome.get("selector"):
        lines.append(f"No {outcome['selector']} tasks to {outcome['verb']}.")
    return lines


# ---------------------------------------------------------------- the status table


def counts(tasks: list[dict]) -> dict:
    result = dict.fromkeys(("pending", "running", "done", "blocked", "skipped"), 0)
    for task in tasks:
        result[task["status"]] = result.get(task["status"], 0) + 1
    return result


def header(tasks: list[dict], paused: str | None = None, c: dict | None = None) -> str:
    c = c or counts(tasks)
    return (f"📋 Task Queue — [{len(tasks)} total, {c['pending']} pending, {c['running']} running, "
            f"{c['done']} done, {c['blocked']} blocked]") + (f" ⏸️ {paused}" if paused else "")


def _detail(task: dict, view: dict, reference, wide: bool) -> str:
    """What follows the description: deliverable, liveness, why it waits, why it is blocked."""
    limit = 10_000 if wide else SHORT_DETAIL
    status = task["status"]
    due = (task.get("schedule") or {}).get("due")
    suffix = f" ⏰ due {_when(due)}" if due and status not in ("done", "skipped") else ""
    if status == "done" and (task.get("deliverable") or task.get("deliverable_path")):
        return " → " + shorten(task.get("deliverable") or task["deliverable_path"], limit)
    if status == "running":
        if view.get("live") is False:
            return f" (lost: {view.get('state')}; the next pass recovers it)" + suffix
        running_for = age(task.get("started_at"), reference)
        return (f" (started {humanize(running_for)} ago)" if running_for is not None else " (started)") + suffix
    if status == "blocked" and task.get("blocked_reason"):
        return " — " + shorten(task["blocked_reason"], limit)
    if status == "skipped" and task.get("blocked_reason"):
        return f" ({shorten(task['blocked_reason'], limit)})"
    if status == "pending":
        waits = view.get("waiting_for")
        text = f" (waiting: {waits})" if waits else ""
        if task.get("retries"):
            text += f" (retry {task['retries']} of {task['maxRetries']})"
        return text + suffix
    return suffix


_NO_VIEW: dict = {}


def status_table(tasks: list[dict], all_tasks: list[dict], views: dict | None = None, wide: bool = False,
                 title: str | None = None) -> str:
    """The skill's status table; ``views`` maps an id to what status learned beyond the file
    (liveness of running attempts, why a pending task waits)."""
    if not all_tasks:
        return "📋 Task Queue — no tasks yet. Send me a list of things to do and I'll queue them."
    lines = [title or header(all_tasks), ""]
    if not tasks:
        lines.append("No tasks match.")
        return "\n".join(lines)
    reference, views = now(), views or {}
    width = max(4, max(len(task["id"]) for task in tasks) + 2)
    lines.append(_pad("ID", width) + _pad("Status", 12) + "Description")
    status_cells: dict = {}  # a handful of distinct cells, padded once each
    for task in tasks:
        view = views.get(task["id"], _NO_VIEW)
        shown = "lost" if view.get("live") is False else task["status"]
        cell = status_cells.get(shown)
        if cell is None:
            cell = status_cells[shown] = _pad(f"{STATUS_EMOJI.get(shown, '•')} {shown}", 12)
        description = _line(task["description"]) if wide else shorten(task["description"], SHORT_DESCRIPTION)
        lines.append(_pad(task["id"], width) + cell + description + _detail(task, view, reference, wide))
    return "\n".join(lines)


def waiting_reason(kind: str, value: str) -> str:
    """Why a pending task does not start yet, for the table."""
    if kind == "dependency":
        return f"after {value}"
    if kind == "retry":
        return f"retry at {_when(value)} (backoff)"
    if kind == "start":
        return f"starts {_when(value)}"
    return value  # admission.Gate says it in words: paused, group limit, phase, files, budget


# ---------------------------------------------------------------- the pass report


def spawn_plan(plan: list) -> list[str]:
    """The agent-only block: one sessions_spawn call per planned task."""
    lines = [AGENT_ONLY_HEADING, "🤖 Start these sub-agents now, one sessions_spawn call each:"]
    for entry in plan:
        lines += ["", f"{entry['id']}: {spawn_instruction(entry)}", f"--- prompt for {entry['id']} ---",
                  _safe(entry["prompt"]), f"--- end of prompt for {entry['id']} ---"]
    return lines


def spawn_instruction(entry: dict) -> str:
    """What the agent must do for one plan entry, in words it can follow exactly."""
    return (
        f"Call sessions_spawn with label \"{entry['label']}\", runTimeoutSeconds {entry['timeout_s']} and "
        f"task = the prompt below; then run: task-runner attach {entry['id']} --session <childSessionKey> "
        f"--run <runId>. When it announces its result, run: task-runner report {entry['id']} --ok "
        f"--result \"<one line>\" [--deliverable-path P]  (or --failed --reason \"…\" --action \"step\" …)."
    )


def pass_text(delivered: list, plan: list, running: list, waiting: list, blocked: list) -> str:
    """What a dispatch pass tells its reader; exactly ``HEARTBEAT_OK`` when there is nothing."""
    lines = [_safe(event["text"]) for event in delivered]
    if blocked and not running and not waiting and any(event["type"] == "blocked" for event in delivered):
        lines.append(ALL_BLOCKED)
    if plan:
        lines += ([""] if lines else []) + spawn_plan(plan)
    if lines:
        return "\n".join(lines)
    if running or waiting:
        return f"⏳ Nothing new: {len(running)} running, {len(waiting)} pending."
    return "HEARTBEAT_OK"


def left_out_text(left_out: dict) -> str:
    """What a message over the parser's limits lost, and what to do (intake.left_out)."""
    lines = []
    if left_out.get("at_tasks_limit"):
        more = left_out.get("items_left_out") or 0
        lines.append(f"⚠️ A message holds at most {left_out['tasks_limit']} tasks: the first "
                     f"{left_out['tasks_limit']} were queued"
                     + (f" and {more:,} more items were left out." if more else "; anything after them was left out."))
    if left_out.get("chars_unread"):
        lines.append(f"⚠️ Only the first {left_out['chars_limit']:,} of its {left_out['chars']:,} characters were "
                     f"read; the last {left_out['chars_unread']:,} were not, so nothing in them was queued.")
    if lines:
        lines.append("Send the rest in smaller messages, or queue them with task-runner add --stdin-json.")
    return "\n".join(lines)


def not_dispatched(error: str) -> str:
    return (f"⚠️ Saved, but the tasks could not be started now ({error}); "
            "the next heartbeat or `task-runner dispatch` starts them.")


# ---------------------------------------------------------------- archive and logs


def archive_text(archived: list, files: list, errors: list) -> str:
    if archived:
        names = ", ".join(f"archive/{path.name}" for path in files)
        text = f"🗄️ Archived {len(archived)} task(s): {', '.join(archived)} → {names}"
    else:
        text = "🗄️ Nothing to archive."
    return "\n".join([text] + [f"⚠️ {error}" for error in errors])


def archived_title(count: int, month: str | None) -> str:
    return f"🗄️ Archived tasks{' — ' + month if month else ''} [{count} total]"


def logs_text(task_id: str, attempt: int, last: int, run_dir, stdout: str, stderr: str, result: dict | None,
              lost: bool = False) -> str:
    lines = [f"📜 {task_id} attempt {attempt} of {last} ({run_dir})", _safe(stdout).rstrip("\n")]
    if stderr.strip():
        lines += ["--- stderr ---", _safe(stderr).rstrip("\n")]
    if result:
        outcome = result.get("outcome") or {}
        ending = "timed out" if result.get("timed_out") else "stopped" if result.get("stopped") else \
            f"exit {result.get('exit_code')}" if result.get("signal") is None else f"signal {result.get('signal')}"
        verdict = "ok" if outcome.get("ok") else f"failed: {_line(outcome.get('error'))}"
        lines.append(f"--- ended {result.get('ended_at')} ({ending}, {result.get('duration_s')}s): {verdict}")
    elif lost:
        lines.append("--- lost: its supervisor is gone without a result (the next pass records it)")
    else:
        lines.append("--- still running (use --follow to watch)")
    return "\n".join(lines)


def sent_text(count: int) -> str:
    if not count:
        return "Nothing to mark: every notice dispatch printed was already marked as sent."
    return f"✅ {count} notice{'' if count == 1 else 's'} marked as sent to the user."


def away_text(events: list, table: str) -> str:
    """What happened while the user was away (task outcomes; "started" lines are left out), then ``table``."""
    outcomes = [event["text"] for event in events if event.get("type") != "started"]
    return "\n".join(["While you were away:", *outcomes, "", table]) if outcomes else table

