"""The sentences of the steering commands (commands/steer.py): answer, pause, resume, group, edit, diff.

Apart from render.py only to keep each module short; same rules: built from data, no I/O.
"""

from task_runner.render import SHORT_DETAIL, one_line, shorten


def pause_text(group: str | None, stopped: list, empty: bool = False) -> str:
    group = one_line(group) if group else None
    where = f"Group {group} paused" if group else "Queue paused"
    tail = f"; stopped {', '.join(stopped)} (back to pending)" if stopped else "; running tasks go on"
    if empty:
        tail = f"; no task is in it yet (add one with --group {group})"
    return f"⏸️ {where}: nothing new starts{tail}. Resume with: task-runner resume" + (
        f" --group {group}" if group else "")


def resume_text(group: str | None, was_paused: bool) -> str:
    where = f"group {one_line(group)}" if group else "the queue"
    return f"▶️ Resumed {where}." if was_paused else f"▶️ {where[0].upper() + where[1:]} was not paused."


def no_such_group(name: str, verb: str, groups: list) -> str:
    known = f" (its groups: {', '.join(one_line(group) for group in groups)})" if groups else " (it has no groups)"
    said = f"⚠️ No group of the queue is named \"{shorten(one_line(name), SHORT_DETAIL)}\"{known}: nothing was "
    if verb == "resume":
        return said + "resumed."
    return said + "paused. Pause everything, or put tasks in a group with: task-runner add \"…\" --group NAME"


def group_text(name: str, settings: dict, members: list) -> str:
    limit = f"runs {settings['parallel']} at a time" if settings.get("parallel") else "no limit of its own"
    state = ", paused" if settings.get("paused") else ""
    listed = ", ".join(f"{item['id']} {item['status']}" for item in members) or "no tasks yet"
    return f"👥 Group {one_line(name)}: {limit}{state}. Tasks: {listed}."


def not_editable(task: dict) -> str:
    if task["status"] == "running":
        return (f"{task['id']} is running; edit it once it waits (task-runner pause --stop, or cancel "
                f"{task['id']} and add it again).")
    return f"{task['id']} is {task['status']}; only a pending or blocked task can be edited (add a new task instead)."


def edited_text(task_id: str, changed: dict) -> str:
    if not changed:
        return f"✏️ {task_id}: nothing changed (the values were already those)."
    shown = ", ".join(f"{field} → {shorten(value if value is not None else 'none', SHORT_DETAIL)}"
                      for field, value in changed.items())
    return f"✏️ {task_id} edited: {shown}."


def no_worktree(task: dict) -> str:
    return (f"{task['id']} has no worktree: only code-execution and file-creation tasks run by claude, codex or "
            "opencode in a git repository get one (TASK_RUNNER_WORKTREES=auto|always|never).")


def asked_nothing(task: dict) -> str:
    return (f"is {task['status']} and asked nothing; to tell its next attempt something, "
            f"use: task-runner retry {task['id']} --note \"…\" (or edit {task['id']})")


def moved_text(task_id: str) -> str:
    return f"⏫ {task_id} moved to the front of the queue."


def rejected_lines(rejected: list) -> list:
    return [f"⚠️ {item['id']} {item['reason']}" for item in rejected]


def answered_text(task_id: str, session: str | None) -> str:
    how = "its session resumes with your answer" if session else "its next attempt gets your answer"
    return f"💬 {task_id} answered; {how} (this does not count as a retry)."


def budget_text(spent: float, ceiling: float) -> str:
    return (f"💸 The queue's budget is used up (${spent:g} of ${ceiling:g}, TASK_RUNNER_BUDGET_USD): nothing new "
            "starts. Raise the budget to go on; running attempts finish.")


def attempt_costs(tasks: list[dict]) -> str:
    """For ``status T-NN``: what each attempt used, as its CLI reported it."""
    lines = []
    for task in tasks:
        for entry in task.get("strategies_tried") or ():
            tokens = entry.get("tokens") or {}
            used = [f"${entry['cost_usd']:g}"] if entry.get("cost_usd") is not None else []
            used += [f"{tokens[key]:g} {key}" for key in ("input", "output") if key in tokens]
            if used:
                lines.append(f"   💰 {task['id']} attempt {entry.get('attempt')}: {', '.join(used)} tokens"
                             if tokens else f"   💰 {task['id']} attempt {entry.get('attempt')}: {used[0]}")
    return "\n".join(lines)


def duplicates_text(duplicates: list) -> str:
    return "\n".join(f"♻️ Already queued as {item['id']}: {one_line(item['description'], 1000)} (nothing added; "
                     "--allow-duplicate adds it anyway)" for item in duplicates)
