"""Logging: module loggers everywhere, configured once per process here.

Commands log warnings to stderr (``TASK_RUNNER_LOG_LEVEL`` raises or lowers
that); the detached supervisors, whose stderr nobody reads, log to
``TASK_RUNNER_DIR/task-runner.log`` instead of leaving raw tracebacks in
their run folders.
"""

import logging
import os
from pathlib import Path

LOG_FILE = "task-runner.log"
FORMAT = "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"


def level() -> int:
    name = os.environ.get("TASK_RUNNER_LOG_LEVEL", "WARNING").strip().upper()
    value = logging.getLevelName(name)
    return value if isinstance(value, int) else logging.WARNING


def setup_logging(queue_dir: str | None = None) -> None:
    """To ``queue_dir/task-runner.log`` when given (detached processes), else to stderr."""
    root = logging.getLogger("task_runner")
    root.setLevel(level())
    if queue_dir:
        handler: logging.Handler = logging.FileHandler(Path(queue_dir) / LOG_FILE, encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
    else:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("task-runner: %(levelname)s: %(message)s"))
    root.addHandler(handler)
