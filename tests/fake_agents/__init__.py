"""Fake agent CLIs for the worker tests, and helpers to run them for real."""

import json
import os
import subprocess
from pathlib import Path

FAKE_DIR = Path(__file__).resolve().parent


def fake_env(**extra) -> dict:
    """The environment of a run that finds the fakes first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{FAKE_DIR}{os.pathsep}{env.get('PATH', '')}"
    env.pop("FAKE_MODE", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def run_launch(launch, cwd, timeout=20, run_dir=None, **env):
    """Run a backend's Launch as the supervisor would (stdin: the launch's text or closed; no shell).

    With ``run_dir``, the stdin text is also written to its ``stdin.txt``, as the supervisor does
    (the openclaw worker reads its prompt from there).
    """
    merged = fake_env(**env)
    merged.update(launch.env)
    if run_dir is not None and launch.stdin is not None:
        from task_runner.rundir import STDIN

        os.makedirs(run_dir, exist_ok=True)
        Path(run_dir, STDIN).write_text(launch.stdin, encoding="utf-8")
    if launch.stdin is not None:
        return subprocess.run(launch.argv, check=False, cwd=cwd, env=merged, input=launch.stdin,
                              capture_output=True, text=True, timeout=timeout)
    return subprocess.run(launch.argv, check=False, cwd=cwd, env=merged, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)


def wait_until(predicate, timeout=30.0, every=0.05):
    """Poll ``predicate`` until it returns something truthy; returns that, or None on timeout."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    return None


def kill_runs(queue_dir) -> None:
    """Test teardown: stop every attempt under ``queue_dir`` that still runs (supervisor and worker group).

    The queue file is moved aside first, so the passes that stopped supervisors
    run on their way out find no queue and start nothing new.
    """
    from task_runner.rundir import RunDir

    queue = Path(queue_dir) / "task-queue.json"
    if queue.exists():
        os.replace(queue, queue.with_name("task-queue.json.teardown"))
    for run_dir in Path(queue_dir).glob("runs/*/*"):
        if (run_dir / "supervisor.json").exists() or (run_dir / "pid.json").exists():
            RunDir.at(run_dir).stop("teardown", wait=2.0)
            RunDir.at(run_dir).kill_group()


def calls(tmp_path) -> list:
    """The fake CLIs' calls logged through FAKE_LOG=tmp_path/calls.jsonl (the ``agents`` fixture)."""
    path = Path(tmp_path) / "calls.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

