"""``task-runner status``: the skill's status table, read without taking the lock."""

import unicodedata

from task_runner.errors import UserError
from task_runner.tasks import STATUS_EMOJI, STATUSES
from task_runner.timeutil import age, humanize, now

SHORT_DESCRIPTION = 60
SHORT_DETAIL = 60


def shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _pad(text: str, width: int) -> str:
    """Left-justify by display width (emoji take two columns in a chat or a terminal)."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if ch == "\ufe0f" else 1 for ch in text)
    return text + " " * max(0, width - shown)


def counts(tasks: list[dict]) -> dict:
    result = {status: 0 for status in STATUSES}
    for task in tasks:
        result[task["status"]] = result.get(task["status"], 0) + 1
    return result


def header(tasks: list[dict]) -> str:
    c = counts(tasks)
    return (f"📋 Task Queue — [{len(tasks)} total, {c['pending']} pending, {c['running']} running, "
            f"{c['done']} done, {c['blocked']} blocked]")


def detail(task: dict, reference, wide: bool) -> str:
    """What follows the description: deliverable, time running, blocked reason."""
    limit = 10_000 if wide else SHORT_DETAIL
    status = task["status"]
    if status == "done" and (task.get("deliverable") or task.get("deliverable_path")):
        return " → " + shorten(task.get("deliverable") or task["deliverable_path"], limit)
    if status == "running":
        running_for = age(task.get("started_at"), reference)
        return f" (started {humanize(running_for)} ago)" if running_for is not None else " (started)"
    if status == "blocked" and task.get("blocked_reason"):
        return " — " + shorten(task["blocked_reason"], limit)
    if status == "skipped" and task.get("blocked_reason"):
        return f" ({shorten(task['blocked_reason'], limit)})"
    if status == "pending" and task.get("retries"):
        return f" (retry {task['retries']} of {task['maxRetries']})"
    return ""


def render(tasks: list[dict], all_tasks: list[dict], wide: bool = False, title: str | None = None) -> str:
    if not all_tasks:
        return "📋 Task Queue — no tasks yet. Send me a list of things to do and I'll queue them."
    lines = [title or header(all_tasks), ""]
    if not tasks:
        lines.append("No tasks match.")
        return "\n".join(lines)
    reference = now()
    width = max(4, max(len(task["id"]) for task in tasks) + 2)
    lines.append(_pad("ID", width) + _pad("Status", 12) + "Description")
    for task in tasks:
        status = f"{STATUS_EMOJI.get(task['status'], '•')} {task['status']}"
        description = task["description"] if wide else shorten(task["description"], SHORT_DESCRIPTION)
        lines.append(_pad(task["id"], width) + _pad(status, 12) + description + detail(task, reference, wide))
    return "\n".join(lines)


def select(tasks: list[dict], wanted_ids: list[str], status: str | None) -> list[dict]:
    chosen = tasks
    if wanted_ids:
        wanted = set(wanted_ids)
        chosen = [task for task in chosen if task["id"] in wanted]
    if status:
        chosen = [task for task in chosen if task["status"] == status]
    return chosen


def run(args, config) -> int:
    from task_runner.config import open_store
    from task_runner.control import expand_ids
    from task_runner.output import emit

    wanted_ids = expand_ids(args.ids)
    if args.archived:
        from task_runner.archive import load_archived

        all_tasks = load_archived(config.dir, args.month)
        title = f"🗄️ Archived tasks{' — ' + args.month if args.month else ''} [{len(all_tasks)} total]"
    else:
        if args.month:
            raise UserError("--month goes with --archived.", 2)
        all_tasks = open_store(config).read()["tasks"]
        title = None
    chosen = select(all_tasks, wanted_ids, args.status_filter)
    missing = sorted(set(wanted_ids) - {task["id"] for task in all_tasks})
    document = {"ok": not missing, "counts": dict(counts(all_tasks), total=len(all_tasks)), "tasks": chosen,
                "missing": missing}
    text = render(chosen, all_tasks, args.wide, title)
    if missing:
        text += "\n" + "\n".join(f"⚠️ {task_id} is not in the queue" for task_id in missing)
    emit(args, document, text)
    return 1 if missing else 0
