"""Which strategy an attempt uses: a ladder per task type, simplest first.

The first attempt takes the first rung; after a failure the next attempt takes
the next rung (the last rung repeats), except after a transient failure
(timeout, connection refused, rate limit), where the same strategy is worth
another go. The chosen strategy is kept on the task as ``next_strategy`` until
the attempt starts (lifecycle.py); the prompt describes it to the worker.
"""

STRATEGIES = {
    "code-execution": (
        ("exec", "run the command or script directly with your shell/exec tool"),
        ("alternative-tool", "use a different tool or method than before (another binary, an API, a script you write)"),
        ("subagent-with-context", "investigate first (read configs, logs, docs), then run it with what you learned"),
    ),
    "file-creation": (
        ("write-file", "write the file directly with your file tools"),
        ("generate-with-script", "produce the file with a small script or another generator"),
        ("subagent-with-context", "gather the missing inputs first, then write the file"),
    ),
    "info-lookup": (
        ("web-search", "search the web or the obvious source and read the best results"),
        ("alternative-source", "use a different source than before (official docs, another site, an API)"),
        ("subagent-with-context", "break the question down and research each part"),
    ),
    "messaging": (
        ("message-tool", "send it with the messaging tool for the named channel"),
        ("alternative-channel", "send it through another configured channel or method"),
        ("subagent-with-context", "find the right recipient/channel details first, then send"),
    ),
    "reminder-scheduling": (
        ("scheduler-tool", "create it with the scheduler/cron tool you have"),
        ("alternative-scheduler", "use another scheduling mechanism (cron, at, a calendar API)"),
        ("subagent-with-context", "check what schedulers are available first, then create it"),
    ),
    "agent-delegation": (
        ("delegate", "hand the work to the named agent or tool and collect its answer"),
        ("delegate-with-context", "delegate again with the full context and a precise brief"),
        ("do-it-yourself", "do the work yourself instead of delegating"),
    ),
    "unknown": (
        ("direct", "do the task directly with the tools you have"),
        ("alternative-approach", "take a different approach than before"),
        ("subagent-with-context", "research what is needed first, then do it"),
    ),
}


def ladder(task_type: str):
    return STRATEGIES.get(task_type) or STRATEGIES["unknown"]


def first_strategy(task_type: str) -> str:
    return ladder(task_type)[0][0]


def next_strategy(task_type: str, last_strategy: str | None, transient: bool) -> str:
    """The strategy after an attempt with ``last_strategy`` failed (transiently or not)."""
    names = [name for name, _ in ladder(task_type)]
    if last_strategy not in names:
        return names[0]
    if transient:
        return last_strategy
    return names[min(names.index(last_strategy) + 1, len(names) - 1)]


def strategy_for(task: dict) -> str:
    """The strategy of the attempt about to start."""
    return task.get("next_strategy") or first_strategy(task.get("type") or "unknown")


def describe(task_type: str, strategy: str) -> str:
    return dict(ladder(task_type)).get(strategy, strategy)
