"""``python -m task_runner`` runs the command line (through the warm server when one serves)."""

from task_runner.launcher import main

main()
