"""Against a real OpenClaw: the skill is eligible, and setup creates exactly one cron job in a live gateway.

Needs the `openclaw` CLI (2026.9.x on Node 24): `scripts/install-openclaw.sh` puts both into
`.openclaw-test/` (or set OPENCLAW_TEST_PREFIX), or have `openclaw` on PATH. Without it the tests are
skipped with that instruction. Everything runs with a temporary HOME and OPENCLAW_STATE_DIR and a gateway
on a free loopback port with its own token, so no real OpenClaw state is read or touched; the gateway is
always stopped (its whole process group) at the end.
"""

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

from conftest import REPO
from task_runner import cronjob

PREFIX = Path(os.environ.get("OPENCLAW_TEST_PREFIX", REPO / ".openclaw-test"))
TOKEN = "task-runner-test-token"


def find_openclaw() -> tuple[str | None, list[str]]:
    """The openclaw executable and the folders it needs first on PATH (its own Node)."""
    local = PREFIX / "bin" / "openclaw"
    if local.exists():
        return str(local), [str(PREFIX / "bin"), str(PREFIX / "node" / "bin")]
    found = shutil.which("openclaw")
    return found, ([str(Path(found).parent)] if found else [])


OPENCLAW, OPENCLAW_PATH = find_openclaw()
pytestmark = pytest.mark.skipif(
    OPENCLAW is None,
    reason=f"OpenClaw is not installed: run scripts/install-openclaw.sh (Node 24 + openclaw 2026.9.x into "
           f"{PREFIX}) or put openclaw on PATH",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OpenClawEnv:
    """A throwaway OpenClaw home: state dir, workspace, and (when started) a loopback gateway."""

    def __init__(self, root: Path):
        self.root = root
        self.home = root / "home"
        self.state = root / "state"
        self.workspace = root / "workspace"
        self.queue_dir = root / "tasks"
        self.tmp = root / "tmp"  # Node's os.tmpdir(): OpenClaw's state locks and compile cache stay here
        for path in (self.home, self.state, self.workspace, self.tmp):
            path.mkdir(parents=True)
        # keep the gateway's log with the test instead of /tmp/openclaw
        (self.state / "openclaw.json").write_text(json.dumps({"logging": {"file": str(root / "gateway.log")}}))
        self.port = None
        self.gateway = None
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENCLAW_", "TASK_RUNNER_"))}
        tools = [str(Path(sys.executable).parent)]  # where `task-runner` is installed
        # Node's compile cache (seconds per CLI start-up) is kept with the OpenClaw install, not in /tmp
        cache = PREFIX / "node-compile-cache" if OPENCLAW.startswith(str(PREFIX)) else self.tmp / "node-cache"
        self.env = dict(base, HOME=str(self.home), TMPDIR=str(self.tmp), NODE_COMPILE_CACHE=str(cache),
                        OPENCLAW_STATE_DIR=str(self.state),
                        OPENCLAW_WORKSPACE_DIR=str(self.workspace), OPENCLAW_WORKSPACE=str(self.workspace),
                        TASK_RUNNER_DIR=str(self.queue_dir),
                        PATH=os.pathsep.join(OPENCLAW_PATH + tools + [base.get("PATH", "")]))

    def openclaw(self, *args, timeout=60, env=None) -> subprocess.CompletedProcess:
        return subprocess.run([OPENCLAW, *args], env=dict(self.env, **(env or {})), cwd=self.workspace,
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)

    def task_runner(self, *args, timeout=120) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "task_runner", *args], env=self.env, cwd=self.workspace,
                                capture_output=True, text=True, timeout=timeout)
        assert result.returncode == 0, result.stderr + result.stdout
        return result

    def start_gateway(self) -> None:
        self.port = free_port()
        self.env.update(OPENCLAW_GATEWAY_TOKEN=TOKEN, OPENCLAW_GATEWAY_PORT=str(self.port))
        log = open(self.root / "gateway.out", "w")
        self.gateway = subprocess.Popen(
            [OPENCLAW, "gateway", "--allow-unconfigured", "--bind", "loopback", "--port", str(self.port),
             "--auth", "token", "--token", TOKEN],
            env=self.env, cwd=self.workspace, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
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
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
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
        result = self.openclaw("cron", "list", "--all", "--json")
        assert result.returncode == 0, result.stdout + result.stderr
        return json.loads(result.stdout)["jobs"]

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
        import hashlib

        folder = Path("/tmp") / f"openclaw-state-locks-{os.getuid()}"
        for database in self.state.rglob("*.sqlite"):
            digest = hashlib.sha256(os.path.realpath(database).encode()).hexdigest()[:8]
            for lock in folder.glob(f"*.{digest}.lock.sqlite"):
                lock.unlink(missing_ok=True)
        try:
            folder.rmdir()
        except OSError:
            pass  # other OpenClaw processes still use it


@pytest.fixture
def oc(tmp_path):
    env = OpenClawEnv(tmp_path)
    try:
        yield env
    finally:
        env.stop_gateway()
        env.remove_state_locks()


def test_installed_skill_is_eligible(oc):
    out = oc.task_runner("install-skill").stdout
    assert str(oc.workspace / "skills" / "task-runner") in out
    info = oc.skill_info()
    assert info["name"] == "task-runner" and info["source"] == "openclaw-workspace"
    assert info["eligible"] is True and info["disabled"] is False and info["modelVisible"] is True
    assert info["emoji"] == "📋"
    assert info["requirements"]["bins"] == ["task-runner"] and info["missing"]["bins"] == []
    assert [(spec["kind"], spec["bins"]) for spec in info["install"]] == [("uv", ["task-runner"])]
    assert info["filePath"] == str(oc.workspace / "skills" / "task-runner" / "SKILL.md")

    # the requirement is real: without task-runner on PATH the same skill is not eligible
    bare_path = os.pathsep.join(OPENCLAW_PATH + ["/usr/bin", "/bin"])
    info = oc.skill_info(env={"PATH": bare_path})
    assert info["eligible"] is False and info["missing"]["bins"] == ["task-runner"]


def test_global_install_is_found_as_a_managed_skill(oc):
    oc.task_runner("install-skill", "--global")
    info = oc.skill_info()
    assert info["eligible"] is True
    assert info["filePath"] == str(oc.state / "skills" / "task-runner" / "SKILL.md")


def test_setup_twice_against_a_live_gateway_creates_exactly_one_cron_job(oc):
    (oc.workspace / "HEARTBEAT.md").write_text("# Checklist\n\n- inbox\n", encoding="utf-8")
    oc.start_gateway()
    first = oc.task_runner("setup").stdout
    assert "created with the openclaw CLI" in first, first
    second = oc.task_runner("setup").stdout
    assert "still owed" not in second and "initialized" not in second

    # the queue's memory of it is lost (a fresh TASK_RUNNER_DIR): the gateway's job is found, not duplicated
    shutil.rmtree(oc.queue_dir)
    third = oc.task_runner("setup").stdout
    assert "already exists" in third, third

    jobs = [job for job in oc.cron_jobs() if job["name"] == cronjob.JOB_NAME]
    assert len(jobs) == 1, jobs
    (job,) = jobs
    assert job["enabled"] is True
    assert job["schedule"]["kind"] == "every" and job["schedule"]["everyMs"] == 15 * 60 * 1000
    assert job["sessionTarget"] == "main" and job["wakeMode"] == "now"
    assert job["payload"] == {"kind": "systemEvent", "text": "TASK_RUNNER_DISPATCH: check queue and run pending tasks"}
    assert job["declarationKey"] == cronjob.DECLARATION_KEY
    queue = json.loads((oc.queue_dir / "task-queue.json").read_text(encoding="utf-8"))
    assert queue["cronJob"]["status"] == "ok" and queue["cronJob"]["jobId"] == job["id"]
    assert (oc.workspace / "HEARTBEAT.md").read_text(encoding="utf-8").count("## Task Runner Dispatcher") == 1

    # the job really wakes the main session with our event (the agent turn itself then fails here:
    # there is no model configured, which is beyond what this test is about)
    run = oc.openclaw("cron", "run", job["id"], "--json")
    assert json.loads(run.stdout).get("enqueued") is True, run.stdout + run.stderr
    entry = oc.wait_for_run(job["id"])
    assert entry["jobName"] == cronjob.JOB_NAME and entry["summary"] == cronjob.EVENT_TEXT

    # the tool call the agent is given when the CLI cannot do it describes this same job
    spec = cronjob.job_spec()
    for key in ("name", "sessionTarget", "wakeMode", "payload", "declarationKey"):
        assert job[key] == spec[key], key
    assert job["schedule"]["everyMs"] == spec["schedule"]["everyMs"]


def test_setup_with_the_gateway_down_owes_the_job_quickly(oc):
    oc.env.update(OPENCLAW_GATEWAY_TOKEN=TOKEN, OPENCLAW_GATEWAY_PORT=str(free_port()))
    started = time.monotonic()
    out = oc.task_runner("setup").stdout
    assert time.monotonic() - started < 30
    assert "still owed" in out and "not reachable" in out.lower()
    call = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert call == cronjob.tool_call()
