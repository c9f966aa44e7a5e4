"""``serve``: be the queue's clock in the foreground, for a systemd or launchd service."""

from task_runner import clock
from task_runner.commands import Result


def serve(config) -> Result:
    """Runs until stopped (SIGTERM, Ctrl-C); with a detached clock running, waits for it to finish."""
    print(f"task-runner: serving {config.dir} (Ctrl-C to stop)", flush=True)
    clock.serve(config, forever=True)
    return Result({"ok": True}, "")
