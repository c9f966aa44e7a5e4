"""Fake agent CLIs for the worker tests, and helpers to run them for real."""

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


def run_launch(launch, cwd, timeout=20, **env):
    """Run a backend's Launch as the supervisor would (stdin closed, no shell); returns CompletedProcess."""
    merged = fake_env(**env)
    merged.update(launch.env)
    return subprocess.run(launch.argv, cwd=cwd, env=merged, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)
