"""Steering the queue (issue 14): answer a worker's question, pause/resume, urgent, edit, groups, diff.

Each command is one locked change (``commands.change_queue``) through a
lifecycle transition, then the usual follow-up pass, so an answer, a resume or
an urgent task starts at once rather than at the next heartbeat.
"""

from task_runner import ids, lifecycle, render
from task_runner.commands import Result, change_queue, news
from task_runner.errors import UserError


def find(queue: dict, task_id: str) -> dict:
    task = next((task for task in queue["tasks"] if task["id"] == task_id), None)
    if task is None:
        issued = ids.id_number(task_id) <= ids.highest_number(queue)
        raise UserError(f"{task_id}: no such task" + (" (it may have been archived)." if issued else "."))
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
        task = find(queue, task_id)
        if not task.get("waiting_answer"):
            raise UserError(render.not_waiting(task))
        question = task["waiting_answer"].get("question")
        lifecycle.answer(task, text, policy)
        return {"question": question, "resumes": task.get("resume_session")}

    change = change_queue(config, apply, dispatch)
    applied = change.applied
    document = {"ok": True, "id": task_id, "question": applied["question"], "answer": text,
                "resumes_session": applied["resumes"]}
    return _finish(config, change, document, [render.answered_text(task_id, applied["resumes"])])
