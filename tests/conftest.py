"""Shared fixtures: a private queue folder per test and the real CLI as a subprocess."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "fixtures"  # copied from the prompt-only skill
FAKE_AGENTS = Path(__file__).resolve().parent / "fake_agents"


# The suite's own folder for warm servers (launcher.py): commands run warm, as a user's do, by a
# server of the code under test that no other checkout or shell shares, stopped when the suite ends.
WARM_DIR = Path(tempfile.mkdtemp(prefix="tr-warm-"))
os.environ["TASK_RUNNER_WARM_DIR"] = str(WARM_DIR)  # for tests that pass this process's environment on
# Marks every process this session starts (an environment without TASK_RUNNER_* keeps it), so the
# servers such a process started elsewhere are found and stopped at the end, and only those.
os.environ["TR_TEST_SESSION"] = uuid.uuid4().hex


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: takes a minute or more of real time (-m 'not slow' skips it)")


def warm_servers(folder: Path | None = None) -> list[int]:
    """The pids of the warm servers listening in ``folder`` (in any folder: None); not their
    children (a command's process, the spare), which have the server's command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if len(command) > 3 and command[1:3] == [b"-m", b"task_runner.warm"] and (
                folder is None or command[3].startswith(str(folder).encode())):
            found[int(entry.name)] = parent
    return sorted(pid for pid, parent in found.items() if parent not in found)


def stop_warm_servers(folder: Path | None = None, environment_holds: str | None = None) -> None:
    """Kill the warm servers listening in ``folder`` (any folder: None), or only those whose
    environment holds ``environment_holds`` (a server has the environment of the command that
    started it, and this session's tests name their own temporary folders in it)."""
    for pid in warm_servers(folder):
        try:
            if environment_holds and environment_holds.encode() not in Path(f"/proc/{pid}/environ").read_bytes():
                continue  # another test session's, or the developer's own
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


@pytest.fixture(scope="session", autouse=True)
def warm_servers_stop_with_the_session(tmp_path_factory):
    """At the end: the suite's server, and those that tests with an environment of their own
    started elsewhere (never another session's: a run beside this one keeps its servers)."""
    base = str(tmp_path_factory.getbasetemp())
    yield
    stop_warm_servers(WARM_DIR)
    stop_warm_servers(environment_holds=base)
    stop_warm_servers(environment_holds=f"TR_TEST_SESSION={os.environ['TR_TEST_SESSION']}")


def base_env(queue_dir: Path, workspace: Path) -> dict:
    """A clean environment: no TASK_RUNNER_* or OPENCLAW_* leaking in from the developer's shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TASK_RUNNER_", "OPENCLAW_"))}
    # No background clock unless a test asks for one (test_clock.py): it would outlive the test.
    env.update(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=str(workspace), PYTHONUNBUFFERED="1",
               TASK_RUNNER_CLOCK="0", TASK_RUNNER_WARM_DIR=str(WARM_DIR))
    return env


class Cli:
    """Runs ``python -m task_runner`` in a fresh process, as an agent's exec tool would."""

    def __init__(self, queue_dir: Path, workspace: Path):
        self.dir = queue_dir
        self.workspace = workspace
        self.env = base_env(queue_dir, workspace)

    def __call__(self, *args, input: str | None = None, env: dict | None = None, timeout: float = 60,
                 check: int | None = 0) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "task_runner", *map(str, args)],
            input=input, capture_output=True, text=True, timeout=timeout,
            env=dict(self.env, **(env or {})), cwd=self.workspace,
        )
        if check is not None and result.returncode != check:
            raise AssertionError(
                f"task-runner {' '.join(map(str, args))} exited {result.returncode}, expected {check}\n"
                f"stdout: {result.stdout}\nstderr: {result.stderr}")
        return result

    def json(self, *args, **kwargs) -> dict:
        return json.loads(self(*args, "--json", **kwargs).stdout)

    @property
    def queue_path(self) -> Path:
        return self.dir / "task-queue.json"

    def queue(self) -> dict:
        return json.loads(self.queue_path.read_text(encoding="utf-8"))


@pytest.fixture
def queue_dir(tmp_path) -> Path:
    return tmp_path / "tasks"


@pytest.fixture
def workspace(tmp_path) -> Path:
    path = tmp_path / "workspace"
    path.mkdir()
    return path


@pytest.fixture
def cli(queue_dir, workspace) -> Cli:
    return Cli(queue_dir, workspace)


@pytest.fixture
def pinned_env(monkeypatch, queue_dir, workspace):
    """For in-process tests: the same clean environment as the CLI gets."""
    for key in list(os.environ):
        if key.startswith(("TASK_RUNNER_", "OPENCLAW_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("TASK_RUNNER_DIR", str(queue_dir))
    monkeypatch.setenv("OPENCLAW_WORKSPACE", str(workspace))
    monkeypatch.setenv("TASK_RUNNER_CLOCK", "0")
    return queue_dir


@pytest.fixture
def agents(cli, queue_dir, tmp_path):
    """The CLI with the fake agent CLIs first on PATH, claude as the worker, each call logged
    (fake_agents.calls). Retries start at once here; the backoff has its own tests."""
    from fake_agents import FAKE_DIR, kill_runs

    cli.env["PATH"] = f"{FAKE_DIR}{os.pathsep}{cli.env['PATH']}"
    cli.env["TASK_RUNNER_WORKER"] = "claude"
    cli.env["FAKE_LOG"] = str(tmp_path / "calls.jsonl")
    cli.env["TASK_RUNNER_RETRY_BACKOFF"] = "0"
    yield cli
    kill_runs(queue_dir)


@pytest.fixture
def shell_allowed(cli):
    """For tests whose tasks run their own commands: the user's opt-in the shell worker needs."""
    cli.env["TASK_RUNNER_SHELL"] = "1"

