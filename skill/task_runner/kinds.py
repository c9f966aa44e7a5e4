"""The names everything agrees on: a task's statuses, its types, and the worker kinds.

One place read by the command line (its choices), the schema checks, the parser and the
lifecycle. It imports nothing, so the cheapest command can know them.
"""


class Status:
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    BLOCKED = "blocked"
    SKIPPED = "skipped"
    ALL = (PENDING, RUNNING, DONE, BLOCKED, SKIPPED)
    TERMINAL = frozenset((DONE, BLOCKED, SKIPPED))


class TaskType:
    MESSAGING = "messaging"
    REMINDER = "reminder-scheduling"
    CODE = "code-execution"
    FILE = "file-creation"
    DELEGATION = "agent-delegation"
    LOOKUP = "info-lookup"
    UNKNOWN = "unknown"
    ALL = (MESSAGING, REMINDER, CODE, FILE, DELEGATION, LOOKUP, UNKNOWN)
    # Work that changes the world outside the queue: repeating it repeats its effect.
    ACTS_ON_WORLD = frozenset((MESSAGING, REMINDER))


class WorkerKind:
    AUTO = "auto"
    AGENT = "agent"
    KINDS = ("claude", "codex", "opencode", "openclaw", "shell", "command", "agent")  # what can run a task
    ALL = (AUTO,) + KINDS  # what a setting or a task may name
