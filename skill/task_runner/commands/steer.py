"""Steering the queue (issue 14): answer a worker's question, pause/resume, urgent, edit, groups, diff.

Each command is one locked change (``commands.change_queue``) through a
lifecycle transition, then the usual follow-up pass, so an answer, a resume or
an urgent task starts at once rather than at the next heartbeat.
"""

from task_runner import admission, ids, render_steer, specs, steering, worktrees
from task_runner.commands import Result
from task_runner.commands.flow import change_queue, news
from task_runner.config import open_store
from task_runner.errors import UserError


def find(queue: dict, task_id: str) -> dict:
    task = next((task for task in queue["tasks"] if task["id"] == task_id), None)
    if task is None:
        raise UserError(f"{task_id} {steering.no_such_task(queue, task_id)}.")
    return task


def _finish(config, change, document: dict, lines: list, exit_code: int = 0) -> Result:
    """The command's own lines, then the follow-up pass's news; ``--json`` gets both."""
    text, delivered, delivery = news(config, change)
    document["dispatch"] = change.report.document(delivered) if change.report else None
    return Result(document, "\n\n".join(filter(None, ["\n".join(lines), text])), exit_code, delivery)


def answer(config, task_id: str, text: str, dispatch: bool = True) -> Result:
    """Give a waiting task the user's answer: it resumes its session (not a retry)."""
    task_id = ids.parse_one(task_id)
    text = " ".join((text or "").split())
    if not text:
        raise UserError(f"the answer is empty; say what {task_id} should know: task-runner answer {task_id} \"…\"",
                        2)

    def apply(queue, policy):
        outcome = steering.apply_command(queue, "answer", [task_id], None, text, policy)
        if outcome["rejected"]:
            raise UserError(f"{task_id} {outcome['rejected'][0]['reason']}.")
        return outcome

    change = change_queue(config, apply, dispatch)
    answered = change.applied["answered"][0]
    document = {"ok": True, "id": task_id, "question": answered["question"], "answer": text,
                "resumes_session": answered["resumes"]}
    return _finish(config, change, document, change.applied["said"])


def _name(value: str | None, what: str = "group") -> str | None:
    if value is None:
        return None
    name = " ".join(value.split())
    if not name or len(name) > 64:
        raise UserError(f"the {what} name must be 1 to 64 characters (got {value!r}).", 2)
    return name


def pause(config, group: str | None = None, stop: bool = False, dispatch: bool = True) -> Result:
    """Nothing new starts (in ``group`` or anywhere); ``stop`` also stops what runs, back to pending."""
    group = _name(group)
    change = change_queue(config, lambda queue, policy: steering.apply_command(
        queue, "pause", [], None, group, policy, stop=stop), dispatch)
    document = {"ok": True, "paused": group or "queue", "group": group, "stopped": change.applied["stopped"]}
    return _finish(config, change, document, change.applied["said"])


def resume(config, group: str | None = None, dispatch: bool = True) -> Result:
    group = _name(group)
    change = change_queue(config, lambda queue, policy: steering.apply_command(
        queue, "resume", [], None, group, policy), dispatch)
    document = {"ok": True, "resumed": group or "queue", "group": group,
                "was_paused": change.applied["was_paused"]}
    return _finish(config, change, document, change.applied["said"])


def group(config, name: str, parallel: int | None, dispatch: bool = True) -> Result:
    """Set a group's parallel limit (``--parallel N``) and show its tasks."""
    name = _name(name)
    if parallel is not None and not 1 <= parallel <= 64:
        raise UserError(f"--parallel must be between 1 and 64 (got {parallel}).", 2)

    def apply(queue, policy):
        settings = admission.set_group(queue, name, parallel) if parallel is not None \
            else admission.group_settings(queue, name)
        members = [{"id": task["id"], "status": task["status"]} for task in queue["tasks"]
                   if task.get("group") == name]
        return {"settings": dict(settings), "tasks": members}

    change = change_queue(config, apply, dispatch and parallel is not None)
    applied = change.applied
    document = {"ok": True, "group": name, **applied["settings"], "tasks": applied["tasks"]}
    return _finish(config, change, document, [render_steer.group_text(name, applied["settings"], applied["tasks"])])


def urgent(config, task_ids: list[str], dispatch: bool = True) -> Result:
    """Move pending tasks to the front of the queue (high priority, ahead of earlier urgent ones)."""
    if not task_ids:
        raise UserError("give the task ids to move to the front (e.g. urgent T-04).", 2)
    change = change_queue(config, lambda queue, policy: steering.apply_command(
        queue, "urgent", task_ids, None, None, policy), dispatch)
    applied = change.applied
    document = {"ok": not applied["rejected"], "moved": applied["changed"], "rejected": applied["rejected"]}
    lines = applied["said"] + render_steer.rejected_lines(applied["rejected"])
    return _finish(config, change, document, lines, 1 if applied["rejected"] else 0)


def edit(config, task_id: str, changes: dict, dispatch: bool = True) -> Result:
    """Change a pending or blocked task; refused, with the reason, while it runs or once it ended."""
    task_id = ids.parse_one(task_id)
    if not changes:
        raise UserError("say what to change: --description, --goal, --command, --type, --after, --not-before, "
                        "--due or --priority.", 2)

    def apply(queue, policy):
        task = find(queue, task_id)
        if task["status"] not in specs.EDITABLE_FROM:
            raise UserError(render_steer.not_editable(task))
        changed = specs.edit_task(task, specs.prepare_changes(queue, task, changes, config.dir), policy.now_iso)
        return {"changed": changed, "task": dict(task)}

    change = change_queue(config, apply, dispatch)
    applied = change.applied
    document = {"ok": True, "id": task_id, "changed": applied["changed"], "task": applied["task"]}
    return _finish(config, change, document, [render_steer.edited_text(task_id, applied["changed"])])


def diff(config, task_id: str, stat_only: bool = False) -> Result:
    """The change a coding task made in its worktree: its branch against the commit it started from."""
    task_id = ids.parse_one(task_id)
    task = find(open_store(config).read(), task_id)
    tree = task.get("worktree")
    if not tree:
        raise UserError(render_steer.no_worktree(task))
    try:
        stat = worktrees.stat(tree)
        text = "" if stat_only else worktrees.diff(tree)
    except worktrees.WorktreeError as error:
        raise UserError(f"{task_id}: git cannot show its branch {tree['branch']} ({error}).") from None
    document = {"ok": True, "id": task_id, "branch": tree["branch"], "base": tree["base"], "repo": tree["repo"],
                "worktree": tree["path"], "stat": stat, "diff": text}
    head = f"🌿 {task_id} on {tree['branch']} (from {tree['base'][:10]} in {tree['repo']}): {stat or 'no changes'}"
    return Result(document, "\n".join(filter(None, [head, text.rstrip("\n")])))
