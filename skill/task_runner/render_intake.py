"""The sentences of intake when the parser is unsure (render.py holds the rest)."""

from task_runner.render import AGENT_ONLY_HEADING

HANDOVER_SHAPE = ('[{"description": "<the user\'s words for one task>", "type": "info-lookup", '
                  '"depends_on": [], "schedule": {"cron": null, "due": null, "not_before": null}}]')


# A doubt may be about tasks already queued (an id nothing took up, words about the queue): then the
# fix is a command, not a new task.
ABOUT_QUEUED = ("If it is about tasks already queued (it names T-NN, or asks how they stand), run what it "
                "asks for instead: task-runner retry|skip|cancel|done|urgent T-NN, task-runner answer T-NN "
                "\"…\", task-runner pause|resume, or task-runner status; ask the user if you cannot tell.")


def unreadable_text(reasons: list[str]) -> str:
    """Nothing was queued: the reader is told why, the agent how to queue it itself."""
    return "\n".join([
        "🤔 I could not read this message for certain, so nothing was queued (" + "; ".join(reasons) + ").",
        "", AGENT_ONLY_HEADING,
        "Split the user's message into tasks yourself, in their words, and queue them with:",
        "task-runner add --stdin-json <<'TASK_RUNNER_TASKS_END'", HANDOVER_SHAPE, "TASK_RUNNER_TASKS_END",
        "(type: messaging, reminder-scheduling, code-execution, file-creation, agent-delegation, info-lookup "
        "or unknown; depends_on: 0-based indexes of earlier tasks in the list, or ids like \"T-06\")",
        ABOUT_QUEUED,
    ])


def doubts_text(reasons: list[str], added: list[dict]) -> str:
    """Queued as read, with what may be misread named so it can be fixed."""
    ids = ", ".join(task["id"] for task in added) or "nothing"
    return "\n".join([f"⚠️ Queued as I read it ({ids}), but I am not sure about: " + "; ".join(reasons) + ".",
                      AGENT_ONLY_HEADING,
                      "If the user meant otherwise, fix it: task-runner edit T-NN --description \"…\", "
                      "task-runner cancel T-NN, or task-runner add \"…\" for a missing task.", ABOUT_QUEUED])
