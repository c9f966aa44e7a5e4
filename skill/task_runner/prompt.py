"""The worker's prompt for one attempt: the task, its strategy (strategies.py), what to report."""

from task_runner.lifecycle import TaskType
from task_runner.strategies import describe

# Written so that none of these lines parses as a report line itself: a worker that
# echoes its prompt must not look finished.
REPORT_INSTRUCTIONS = """\
Your final reply must end with report lines, each on its own line, keyword first, nothing after them.
When you did the task:
- "DELIVERABLE: " followed by one line with the result itself: the answer (a name, a number, a fact),
  or exactly what you did ("Emailed Bob the report", "Reminder set for 17:00");
- "DELIVERABLE_PATH: " followed by the absolute path of the file you created or changed (only if you did).
When you could not do it (missing access, credentials, a tool that refused), do not pretend:
- "BLOCKED: " followed by one line saying why, and what you did do before you stopped, if anything;
- "ACTION: " followed by one concrete step the user can take (one ACTION line per step, in order).
When you cannot go on without a decision or a fact only the user has:
- "QUESTION: " followed by the one question, as the very last line (say what you did so far above it)."""

SCOPE_RULES = """\
Do this one task yourself. Do not use the task-runner skill or command, and do not add, queue,
schedule or spawn tasks or sub-agent sessions for it (its queue is not yours to change)."""

AT_MOST_ONCE = """\
This task acts on the world: do its action at most once. If an earlier attempt may have done it
(or part of it), check first (sent messages, existing reminders) and never send or create it twice.
If you stop half-way, say precisely what was done and what was not (who got the message, which
reminder exists) in your BLOCKED line."""


def build_prompt(task: dict, strategy: str, dependency_results=(), workdir: str | None = None) -> str:
    """The whole prompt for one attempt.

    ``dependency_results``: ``(id, deliverable, deliverable_path)`` of the
    tasks this one depends on, all done.
    """
    task_type = task.get("type") or TaskType.UNKNOWN
    attempt = len(task.get("strategies_tried") or []) + 1
    lines = [
        f"You are a worker for task {task['id']} of a task queue. Do this one task, then report.",
        "",
        f"Task: {task.get('description') or ''}",
        f"Goal: {task.get('goal') or task.get('description') or ''}",
        f"Type: {task_type}",
        f"Attempt: {attempt} of {max(1, int(task.get('maxRetries') or 0))}",
        f"Strategy for this attempt: {strategy}: {describe(task_type, strategy)}",
    ]
    if workdir:
        lines.append(f"Working folder: {workdir} (create files here unless the task names another place)")
    if task.get("command"):
        lines.append(f"Command the user gave: {task['command']}")
    lines += ["", SCOPE_RULES]
    if task_type == TaskType.DELEGATION:
        lines.append("(Handing the work to the one agent or tool this task names is the task itself, not a spawn.)")
    if task_type in TaskType.ACTS_ON_WORLD:
        lines += ["", AT_MOST_ONCE]
    tried = task.get("strategies_tried") or []
    if tried:
        lines += ["", "Earlier attempts (do not repeat what failed):"]
        for entry in tried:
            why = entry.get("verification_failure") or entry.get("result") or "no result"
            lines.append(f"- attempt {entry.get('attempt')}: {entry.get('strategy')} -> {why}")
    notes = task.get("notes") or []
    if notes:
        lines += ["", "Notes from the user (follow them):"]
        lines += [f"- {note}" for note in notes]
    answers = task.get("answers") or []
    if answers:
        lines += ["", "Your questions and the user's answers:"]
        lines += [f"- Q: {entry.get('question')} A: {entry.get('answer')}" for entry in answers]
    dependency_results = list(dependency_results)
    if dependency_results:
        lines += ["", "Results of the tasks this one depends on:"]
        for dep_id, deliverable, path in dependency_results:
            lines.append(f"- {dep_id}: {deliverable or '(no summary)'}" + (f" (file: {path})" if path else ""))
    lines += ["", REPORT_INSTRUCTIONS]
    return "\n".join(lines)


def answer_prompt(task: dict) -> str:
    """What a resumed session is told after its question: the answer, not the whole task again."""
    last = (task.get("answers") or [{}])[-1]
    return "\n".join([
        f"The user answered your question about task {task['id']}.",
        f"Your question: {last.get('question')}",
        f"Their answer: {last.get('answer')}",
        "", "Go on with the task from where you stopped.", "", REPORT_INSTRUCTIONS])
