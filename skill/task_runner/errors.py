"""Errors that end a command with a message and a documented exit code.

design.md §4: 1 for a user error (bad id, bad input), 2 for a usage error,
3 when the queue file (or its lock) cannot be used.
"""


class TaskRunnerError(Exception):
    """A failure the user should read: the message says what is wrong and what to do."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UserError(TaskRunnerError):
    exit_code = 1


class UsageError(TaskRunnerError):
    exit_code = 2


class QueueError(TaskRunnerError):
    """The queue file, an archive file or the lock cannot be read or trusted."""

    exit_code = 3
