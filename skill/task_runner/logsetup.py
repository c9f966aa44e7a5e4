"""Logging: module loggers everywhere, configured once per process here.

Commands log warnings to stderr (``TASK_RUNNER_LOG_LEVEL`` raises or lowers
that); the detached supervisors, whose stderr nobody reads, log to
``TASK_RUNNER_DIR/task-runner.log`` instead of leaving raw tracebacks in
their run folders. The log file is opened like every file of the queue folder:
0600 and never through a planted link (then the log goes to stderr, which a
supervisor sends to its run folder's supervisor.log).
"""

import logging
import os
import sys
from pathlib import Path

from task_runner.errors import QueueError
from task_runner.fsutil import open_private

LOG_FILE = "task-runner.log"
FORMAT = "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"


def level() -> int:
    name = os.environ.get("TASK_RUNNER_LOG_LEVEL", "WARNING").strip().upper()
    value = logging.getLevelName(name)
    return value if isinstance(value, int) else logging.WARNING


def open_log(queue_dir) -> int:
    """A descriptor appending to ``queue_dir/task-runner.log`` (0600, never through a link), for a
    handler or a detached process's stdout/stderr; a QueueError naming the cause otherwise."""
    return open_private(Path(queue_dir) / LOG_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND)


def setup_logging(queue_dir: str | None = None) -> None:
    """To ``queue_dir/task-runner.log`` when given (detached processes), else to stderr."""
    root = logging.getLogger("task_runner")
    root.setLevel(level())
    handler: logging.Handler | None = None
    if queue_dir:
        try:
            handler = logging.StreamHandler(os.fdopen(open_log(queue_dir), "a", encoding="utf-8"))
            handler.setFormatter(logging.Formatter(FORMAT))
        except (OSError, QueueError) as error:
            print(f"task-runner: cannot log to {LOG_FILE}: {error}", file=sys.stderr)
    if handler is None:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("task-runner: %(levelname)s: %(message)s"))
    root.addHandler(handler)


def record_crash(queue_dir, error: BaseException) -> str | None:
    """Log an unexpected exception's traceback to ``queue_dir/task-runner.log``; its path, or None."""
    if queue_dir is None or not Path(queue_dir).is_dir():
        return None
    log = logging.getLogger("task_runner")
    if not log.handlers:
        try:
            setup_logging(str(queue_dir))
        except OSError:
            return None
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return str(Path(queue_dir) / LOG_FILE)

