"""The README's two fresh-machine commands stay true."""

import os
import re
import subprocess
import sys

from conftest import REPO, base_env

README = (REPO / "README.md").read_text(encoding="utf-8")


def fresh_machine_commands() -> tuple[str, str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2, commands
    return commands[0], commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    _, test_command = fresh_machine_commands()
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_main_job_command_runs_the_task_list_to_done(tmp_path):
    """Everything after the install step, as written, with the installed task-runner."""
    main_job, _ = fresh_machine_commands()
    install = ".venv/bin/pip install -q . && "
    assert install in main_job
    after_install = main_job.split(install, 1)[1]
    launcher = tmp_path / ".venv" / "bin" / "task-runner"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m task_runner "$@"\n')
    launcher.chmod(0o755)
    env = {k: v for k, v in base_env(tmp_path, tmp_path).items()
           if k not in ("TASK_RUNNER_DIR", "OPENCLAW_WORKSPACE")}
    env["PATH"] = os.environ["PATH"]
    result = subprocess.run(["bash", "-c", after_install], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "📋 Added 3 tasks to queue:" in result.stdout
    assert "📋 Task Queue — [3 total, 0 pending, 0 running, 3 done, 0 blocked]" in result.stdout
    assert (tmp_path / "demo" / "tasks" / "task-queue.json").exists()
    assert (tmp_path / "demo" / "HEARTBEAT.md").exists()
