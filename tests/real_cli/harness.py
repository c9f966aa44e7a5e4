"""Run a real agent CLI through our backend, pointed at a scripted model server on loopback.

Everything a run sees is private to it: a temporary HOME holding the CLI's own config file
(written here, per tools' docs and references/workers.md), a PATH with only the installed CLIs
(scripts/install-agent-clis.sh puts them in .agent-clis/) and the system, and the environment
our backend asks for. The launch is exactly what ``backend(kind).build`` returns, run as the
supervisor runs it (own process group, stdin from the prompt or /dev/null); the verdict is
exactly what ``backend(kind).outcome`` says.
"""

import json
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from scripted_model import ScriptedModel
from task_runner.workers import backend
from task_runner.workers.base import Run

REPO = Path(__file__).resolve().parents[2]
PREFIX = Path(os.environ.get("AGENT_CLIS_PREFIX") or REPO / ".agent-clis")
KINDS = ("claude", "codex", "opencode")
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
API_KEY = "sk-scripted-test"


def cli_path() -> str:
    """The PATH a real run gets: the installed CLIs and their Node first, then the system."""
    return os.pathsep.join([str(PREFIX / "bin"), str(PREFIX / "node" / "bin"), SYSTEM_PATH])


def find(kind: str) -> str | None:
    return shutil.which(kind, path=cli_path())


def version(kind: str) -> str:
    done = subprocess.run([find(kind), "--version"], check=False, capture_output=True, text=True, timeout=60,
                          env={"PATH": cli_path(), "HOME": "/nonexistent"})
    return done.stdout.strip().splitlines()[0] if done.stdout.strip() else "?"


def configure(kind: str, home: Path, url: str, own_retries: bool = False) -> dict:
    """Write ``kind``'s config under ``home`` so it talks to ``url``; returns the env it also needs.

    The CLIs' own retries are off unless ``own_retries`` (codex then prints its
    "Reconnecting... n/5" rounds; claude retries ~10 times).
    """
    if kind == "claude":  # CLAUDE_CODE_MAX_RETRIES=0: one request per failure, not ~10 over 3 min
        env = {"ANTHROPIC_BASE_URL": url, "ANTHROPIC_API_KEY": API_KEY, "DISABLE_AUTOUPDATER": "1",
               "DISABLE_TELEMETRY": "1"}
        return env if own_retries else dict(env, CLAUDE_CODE_MAX_RETRIES="0")
    if kind == "codex":  # 0.171 refuses wire_api "chat"; retries 0: no "Reconnecting... n/5" round
        (home / ".codex").mkdir(parents=True, exist_ok=True)
        (home / ".codex" / "config.toml").write_text(
            'model = "scripted-model"\nmodel_provider = "scripted"\n\n[model_providers.scripted]\n'
            f'name = "scripted"\nbase_url = "{url}/v1"\nwire_api = "responses"\nenv_key = "SCRIPTED_API_KEY"\n'
            + ("" if own_retries else "request_max_retries = 0\nstream_max_retries = 0\n"), encoding="utf-8")
        return {"SCRIPTED_API_KEY": API_KEY}
    if kind == "opencode":  # the bundled @ai-sdk/openai-compatible provider, no npm fetch at run time
        (home / ".config" / "opencode").mkdir(parents=True, exist_ok=True)
        config = {"$schema": "https://opencode.ai/config.json", "model": "scripted/scripted-model",
                  "provider": {"scripted": {"npm": "@ai-sdk/openai-compatible", "name": "Scripted",
                                            "options": {"baseURL": f"{url}/v1", "apiKey": API_KEY},
                                            "models": {"scripted-model": {"name": "Scripted model"}}}}}
        (home / ".config" / "opencode" / "opencode.json").write_text(json.dumps(config), encoding="utf-8")
        return {"OPENCODE_DISABLE_AUTOUPDATE": "1", "OPENCODE_DISABLE_MODELS_FETCH": "1"}
    raise ValueError(kind)


@dataclass
class Attempt:
    """One finished real run: what we launched, what it printed, our verdict, what the model saw."""

    launch: object
    stdout: str
    stderr: str
    exit_code: int | None
    timed_out: bool
    seconds: float
    outcome: object
    requests: list


def start(kind: str, prompt: str, home: Path, workdir: Path, url: str, *, resume: str | None = None,
          task: dict | None = None, own_retries: bool = False, **settings) -> tuple:
    """Build ``kind``'s launch and start it; returns (launch, Popen)."""
    task = task or {"id": "T-01", "type": "unknown", "description": prompt[:80]}
    run = Run(attempt=1, workdir=str(workdir), run_dir=str(workdir / ".run"), timeout_s=60, resume_session=resume,
              setting=lambda key, default=None: settings.get(key, default))
    launch = backend(kind).build(task, prompt, run)
    env = {"PATH": cli_path(), "HOME": str(home), "TERM": "dumb", "LANG": "C.UTF-8", "TMPDIR": str(home / "tmp")}
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    env.update(configure(kind, home, url, own_retries))
    env.update(launch.env)
    process = subprocess.Popen(launch.argv, cwd=workdir, env=env, start_new_session=True, text=True,
                               stdin=subprocess.PIPE if launch.stdin is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return launch, process


def finish(kind: str, launch, process, timeout: float, started: float, requests: list) -> Attempt:
    timed_out = False
    try:
        stdout, stderr = process.communicate(launch.stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(process.pid, signal.SIGKILL)  # as the supervisor does at the end of the grace time
        stdout, stderr = process.communicate()
    outcome = backend(kind).outcome(stdout, stderr, process.returncode, timed_out)
    return Attempt(launch, stdout, stderr, process.returncode, timed_out, time.monotonic() - started, outcome,
                   list(requests))


def attempt(kind: str, script, tmp_path: Path, prompt: str = "Say hello.", *, timeout: float = 60,
            resume: str | None = None, home: Path | None = None, task: dict | None = None, own_retries: bool = False,
            **settings) -> Attempt:
    """One real run of ``kind`` against a model answering with ``script``."""
    home = home or tmp_path / "home"
    workdir = tmp_path / "work"
    workdir.mkdir(parents=True, exist_ok=True)
    with ScriptedModel(script) as model:
        began = time.monotonic()
        launch, process = start(kind, prompt, home, workdir, model.url, resume=resume, task=task,
                                own_retries=own_retries, **settings)
        return finish(kind, launch, process, timeout, began, model.requests)


def explain(result: Attempt) -> str:
    """What a failed assertion prints: the run as it happened."""
    return (f"argv={result.launch.argv}\nexit={result.exit_code} timed_out={result.timed_out} "
            f"({result.seconds:.1f}s)\noutcome={result.outcome}\nstdout={result.stdout[-3000:]}\n"
            f"stderr={result.stderr[-2000:]}")
