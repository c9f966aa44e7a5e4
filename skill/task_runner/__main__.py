"""``python -m task_runner`` runs the command line."""

from task_runner.cli import run

run()
