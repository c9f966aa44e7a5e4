"""A throwaway OpenClaw: its own HOME and state dir, a gateway on a free loopback port, and optionally
our scripted model (tests/scripted_model.py) declared as the only provider.

Needs the `openclaw` CLI (2026.9.x on Node 24): `scripts/install-openclaw.sh` puts both into
`.openclaw-test/` (or set OPENCLAW_TEST_PREFIX), or have `openclaw` on PATH; `OPENCLAW` is None
otherwise and the suites skip with that instruction. No real OpenClaw state is read or touched, and
the gateway (its whole process group) is always stopped by the fixture.
"""

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
PREFIX = Path(os.environ.get("OPENCLAW_TEST_PREFIX", REPO / ".openclaw-test"))
TOKEN = "task-runner-test-token"
MODEL_REF = "scripted/scripted-1"


def find_openclaw() -> tuple[str | None, list[str]]:
    """The openclaw executable and the folders it needs first on PATH (its own Node)."""
    local = PREFIX / "bin" / "openclaw"
    if local.exists():
        return str(local), [str(PREFIX / "bin"), str(PREFIX / "node" / "bin")]
    found = shutil.which("openclaw")
    return found, ([str(Path(found).parent)] if found else [])


OPENCLAW, OPENCLAW_PATH = find_openclaw()
SKIP_REASON = (f"OpenClaw is not installed: run scripts/install-openclaw.sh (Node 24 + openclaw 2026.9.x into "
               f"{PREFIX}) or put openclaw on PATH")
requires_openclaw = pytest.mark.skipif(OPENCLAW is None, reason=SKIP_REASON)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def provider_config(model_url: str) -> dict:
    """openclaw.json entries that make our scripted server the model of every agent turn."""
    return {
        "models": {"mode": "merge", "providers": {"scripted": {
            "baseUrl": f"{model_url}/v1", "apiKey": "any", "api": "openai-completions",
            "models": [{"id": "scripted-1", "name": "Scripted", "reasoning": False, "input": ["text"],
                        "cost": {"input": 0, "output": 0, "cacheRead": 0, "cacheWrite": 0},
                        "contextWindow": 200000, "maxTokens": 8192}]}}},
        "agents": {"defaults": {"model": {"primary": MODEL_REF}}},
    }


class OpenClawEnv:
    """A throwaway OpenClaw home: state dir, workspace, and (when started) a loopback gateway."""

    def __init__(self, root: Path, config: dict | None = None):
        self.root = root
        self.home = root / "home"
        self.state = root / "state"
        self.workspace = root / "workspace"
        self.queue_dir = root / "tasks"
        self.tmp = root / "tmp"  # Node's os.tmpdir(): OpenClaw's state locks and compile cache stay here
        for path in (self.home, self.state, self.workspace, self.tmp):
            path.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        # keep the gateway's log with the test instead of /tmp/openclaw
        self.config = {"logging": {"file": str(root / "gateway.log")},
                       "gateway": {"mode": "local", "bind": "loopback", "port": self.port,
                                   "auth": {"mode": "token", "token": TOKEN}}}
        self.update_config(config or {})
        self.gateway = None
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENCLAW_", "TASK_RUNNER_"))}
        tools = [str(Path(sys.executable).parent)]  # where `task-runner` is installed
        # Node's compile cache (seconds per CLI start-up) is kept with the OpenClaw install, not in /tmp
        cache = PREFIX / "node-compile-cache" if OPENCLAW.startswith(str(PREFIX)) else self.tmp / "node-cache"
        self.env = dict(base, HOME=str(self.home), TMPDIR=str(self.tmp), NODE_COMPILE_CACHE=str(cache),
                        OPENCLAW_STATE_DIR=str(self.state),
                        OPENCLAW_WORKSPACE_DIR=str(self.workspace), OPENCLAW_WORKSPACE=str(self.workspace),
                        OPENCLAW_GATEWAY_TOKEN=TOKEN, OPENCLAW_GATEWAY_PORT=str(self.port),
                        TASK_RUNNER_DIR=str(self.queue_dir),
                        PATH=os.pathsep.join(OPENCLAW_PATH + tools + [base.get("PATH", "")]))

    def update_config(self, extra: dict) -> None:
        """Deep-merge ``extra`` into openclaw.json (before the gateway starts)."""
        def merge(into: dict, new: dict) -> None:
            for key, value in new.items():
                if isinstance(value, dict) and isinstance(into.get(key), dict):
                    merge(into[key], value)
                else:
                    into[key] = value
        merge(self.config, extra)
        (self.state / "openclaw.json").write_text(json.dumps(self.config, indent=2))

    def openclaw(self, *args, timeout=60, env=None, input=None) -> subprocess.CompletedProcess:
        return subprocess.run([OPENCLAW, *args], check=False, env=dict(self.env, **(env or {})), cwd=self.workspace,
                              capture_output=True, text=True, timeout=timeout, input=input,
                              stdin=None if input is not None else subprocess.DEVNULL)

    def openclaw_json(self, *args, timeout=60):
        result = self.openclaw(*args, timeout=timeout)
        assert result.returncode == 0, f"openclaw {' '.join(args)}: {result.stdout}{result.stderr}"
        return json.loads(result.stdout)

    def task_runner(self, *args, timeout=120, input=None, check=True, env=None) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "task_runner", *args], check=False,
                                env=dict(self.env, **(env or {})), cwd=self.workspace, capture_output=True, text=True, timeout=timeout, input=input)
        if check:
            assert result.returncode == 0, result.stderr + result.stdout
        return result

    def queue(self) -> dict:
        """The queue file; none yet (a test run alone, before any task was queued) is an empty queue."""
        path = self.queue_dir / "task-queue.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"tasks": []}

    def task(self, task_id: str) -> dict:
        return next(task for task in self.queue()["tasks"] if task["id"] == task_id)

    def start_gateway(self) -> None:
        with open(self.root / "gateway.out", "w") as log:
            self.gateway = subprocess.Popen(
                [OPENCLAW, "gateway", "--allow-unconfigured", "--bind", "loopback", "--port", str(self.port),
                 "--auth", "token", "--token", TOKEN],
                env=self.env, cwd=self.workspace, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.gateway.poll() is not None:
                pytest.fail(f"the gateway exited with {self.gateway.returncode}:\n{self.gateway_output()}")
            if self.openclaw("cron", "list", "--json", timeout=30).returncode == 0:
                return
            time.sleep(0.5)
        pytest.fail(f"the gateway did not answer within 90 s:\n{self.gateway_output()}")

    def gateway_output(self) -> str:
        return (self.root / "gateway.out").read_text(errors="replace")[-3000:]

    def stop_gateway(self) -> None:
        if self.gateway is None or self.gateway.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.gateway.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.gateway.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def cron_jobs(self) -> list:
        return self.openclaw_json("cron", "list", "--all", "--json")["jobs"]

    def heartbeat_job(self) -> dict:
        return next(job for job in self.cron_jobs() if (job.get("payload") or {}).get("kind") == "heartbeat")

    def scratch(self, job_id: str) -> str | None:
        document = self.openclaw_json("cron", "scratch", job_id, "--json")
        return (document.get("scratch") or {}).get("content")

    def run_job(self, job_id: str, timeout: float = 60) -> dict:
        """``cron run`` a job now. A run of the same job still going (a heartbeat the gateway started on its
        own, or one an earlier wake set off) refuses with ``"ran": false, "reason": "already-running"`` and
        exit 1: wait for it to end and ask again, as a user would."""
        deadline = time.monotonic() + timeout
        while True:
            result = self.openclaw("cron", "run", job_id, "--json", timeout=timeout)
            document = json.loads(result.stdout or "{}")
            if result.returncode == 0 or document.get("reason") != "already-running" or time.monotonic() > deadline:
                assert result.returncode == 0, f"openclaw cron run {job_id}: {result.stdout}{result.stderr}"
                return document
            time.sleep(0.5)

    def wait_for_run(self, job_id: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self.openclaw("cron", "runs", "--id", job_id, "--json")
            finished = [entry for entry in json.loads(result.stdout or "{}").get("entries", [])
                        if entry.get("action") == "finished"]
            if finished:
                return finished[0]
            time.sleep(0.5)
        pytest.fail(f"no finished run of {job_id} within {timeout:g}s")

    def skill_info(self, env=None) -> dict:
        result = self.openclaw("skills", "info", "task-runner", "--json", env=env)
        return json.loads(result.stdout)

    def remove_state_locks(self) -> None:
        """OpenClaw keeps empty lock files per state database in /tmp/openclaw-state-locks-<uid> (a fixed
        path, not TMPDIR), named by a hash of the database path: remove ours, nothing else."""
        folder = Path("/tmp") / f"openclaw-state-locks-{os.getuid()}"
        for database in self.state.rglob("*.sqlite"):
            digest = hashlib.sha256(os.path.realpath(database).encode()).hexdigest()[:8]
            for lock in folder.glob(f"*.{digest}.lock.sqlite"):
                lock.unlink(missing_ok=True)
        try:
            folder.rmdir()
        except OSError:
            pass  # other OpenClaw processes still use it

    def close(self) -> None:
        self.stop_gateway()
        self.remove_state_locks()
