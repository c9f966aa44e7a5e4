"""The one client of the ``openclaw`` CLI: scheduler jobs, heartbeat scratch, the task ledger, wakes.

We talk to OpenClaw through its CLI, which finds the gateway and its
credentials the same way the agent's own tools do (openclaw.json,
OPENCLAW_GATEWAY_TOKEN/PORT/URL, OPENCLAW_STATE_DIR), so nothing here knows
where the gateway is. Every call is bounded: gateway commands get the CLI's
own ``--timeout`` and every process gets a hard deadline after which its whole
process group is killed (the CLI is a node process that may spawn others).
Anything that goes wrong (no CLI, a timeout, a refusal, output that is not
the JSON we expect) is an ``OpenClawError`` whose message says which; callers
decide whether that matters.

Shapes, as OpenClaw 2026.9 prints them (docs/cli/{cron,tasks,system}.md and
dist/): ``cron list --all --json`` -> ``{"jobs": [...]}``, the heartbeat job is
the one with ``payload.kind == "heartbeat"``; ``cron scratch ID --json`` ->
``{"scratch": {"content", "revision"} | null, "currentRevision"}``;
``tasks show LOOKUP --json`` -> the task record (``label``, ``status``,
``progressSummary``, ``runId``, ``childSessionKey``, …) or, exit 1,
``{"ok": false, "error": {"message": "Task not found: …"}}``; ``tasks list
--json`` -> ``{"tasks": [...]}``; ``tasks cancel`` prints "Cancelled <id> …";
``system event --json`` -> ``{"ok": true}``.
"""

import json
import os
import re
import signal
import subprocess

from task_runner import procinfo

CLI_TIMEOUT_S = 8.0  # per call (TASK_RUNNER_OPENCLAW_TIMEOUT); a live gateway answers in 1-4 s
GRACE_S = 2.0  # node start-up on top of the CLI's own --timeout
TIMEOUT_KEY = "TASK_RUNNER_OPENCLAW_TIMEOUT"


class OpenClawError(Exception):
    """The CLI is missing, timed out, or the gateway refused or did not answer; the message says which."""


def cli_path() -> str | None:
    return procinfo.which("openclaw")


def timeout_from(setting) -> float:
    """TASK_RUNNER_OPENCLAW_TIMEOUT from a ``setting(key, default)`` callable, else 8 s."""
    try:
        value = float(setting(TIMEOUT_KEY, None) or CLI_TIMEOUT_S)
    except (TypeError, ValueError):
        return CLI_TIMEOUT_S
    return value if value > 0 else CLI_TIMEOUT_S


def run(args: list[str], *, timeout: float = CLI_TIMEOUT_S, gateway: bool = True, input: str | None = None,
        json_output: bool = True):
    """Run ``openclaw ARGS``: the parsed JSON document (``json_output``) or the text it printed.

    ``gateway`` commands get ``--timeout`` in milliseconds; the process gets ``timeout`` plus a
    grace period, then its process group is killed.
    """
    cli = cli_path()
    if cli is None:
        raise OpenClawError("the openclaw CLI is not on PATH")
    argv = [cli, *args] + (["--timeout", str(max(1, int(timeout * 1000)))] if gateway else [])
    name = f"`openclaw {' '.join(args[:2])}`"
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
    except OSError as error:
        raise OpenClawError(f"cannot run {cli}: {error.strerror}") from None
    try:
        out, err = process.communicate(input, timeout=timeout + GRACE_S)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise OpenClawError(f"{name} did not answer within {timeout:g}s") from None
    if not json_output:
        if process.returncode != 0:
            raise OpenClawError(f"{name} failed: {_first_line(err, out, process.returncode)}")
        return out
    document = _json_document(out)
    if process.returncode != 0 or not isinstance(document, dict) or document.get("ok") is False:
        error = document.get("error") if isinstance(document, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        if process.returncode == 0 and not message and not isinstance(document, dict):
            message = "printed no JSON document"
        raise OpenClawError(f"{name} failed: {message or _first_line(err, out, process.returncode)}")
    return document


def _json_document(out: str):
    """The JSON document on stdout; tolerates log lines before it (plugins may print some)."""
    text = out.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        start = text.find("\n{")
        try:
            return json.loads(text[start + 1:]) if start >= 0 else None
        except ValueError:
            return None


def _first_line(err: str, out: str, code) -> str:
    for text in (err, out):
        for line in (text or "").splitlines():
            if line.strip():
                return line.strip()
    return f"exit {code}"


# --- scheduler jobs and the heartbeat's scratch -------------------------------------------------

def list_jobs(*, timeout: float = CLI_TIMEOUT_S) -> list:
    """All scheduler jobs, disabled ones too."""
    jobs = run(["cron", "list", "--all", "--json"], timeout=timeout).get("jobs")
    if not isinstance(jobs, list):
        raise OpenClawError("`openclaw cron list --json` returned no jobs array")
    return [job for job in jobs if isinstance(job, dict)]


def heartbeat_job(jobs: list | None = None, *, agent: str = "main", timeout: float = CLI_TIMEOUT_S) -> dict | None:
    """The system-owned heartbeat job (``payload.kind == "heartbeat"``) of ``agent``, else the first one;
    None on releases where heartbeats are not scheduler jobs (they read HEARTBEAT.md)."""
    jobs = list_jobs(timeout=timeout) if jobs is None else jobs
    beats = [job for job in jobs if isinstance(job.get("payload"), dict) and job["payload"].get("kind") == "heartbeat"]
    return next((job for job in beats if job.get("agentId") == agent), beats[0] if beats else None)


def get_scratch(job_id: str, *, timeout: float = CLI_TIMEOUT_S) -> tuple[str | None, int]:
    """(the job's scratch text or None when it has none, its current revision)."""
    document = run(["cron", "scratch", job_id, "--json"], timeout=timeout)
    scratch = document.get("scratch")
    content = scratch.get("content") if isinstance(scratch, dict) else None
    revision = document.get("currentRevision")
    return (content if isinstance(content, str) else None), (revision if isinstance(revision, int) else 0)


def set_scratch(job_id: str, text: str | None, *, expected_revision: int | None = None,
                timeout: float = CLI_TIMEOUT_S) -> int:
    """Replace the job's scratch (None removes it); with ``expected_revision`` the write fails instead
    of overwriting a concurrent edit. Returns the new revision."""
    args = ["cron", "scratch", job_id]
    args += ["--unset"] if text is None else ["--file", "-"]
    if expected_revision is not None:
        args += ["--expected-revision", str(expected_revision)]
    document = run(args, timeout=timeout, input=text)
    revision = document.get("currentRevision")
    return revision if isinstance(revision, int) else 0


# --- the background task ledger (sub-agents) ----------------------------------------------------

def tasks_show(lookup: str, *, timeout: float = CLI_TIMEOUT_S) -> dict | None:
    """The ledger record of a task by task id, run id or session key; None when there is none."""
    try:
        return run(["tasks", "show", lookup, "--json"], timeout=timeout, gateway=False)
    except OpenClawError as error:
        if "not found" in str(error).lower():
            return None
        raise


def tasks_list(runtime: str | None = "subagent", *, timeout: float = CLI_TIMEOUT_S) -> list:
    """Ledger records, newest first (``runtime`` None: every kind)."""
    args = ["tasks", "list", "--json"] + (["--runtime", runtime] if runtime else [])
    tasks = run(args, timeout=timeout, gateway=False).get("tasks")
    if not isinstance(tasks, list):
        raise OpenClawError("`openclaw tasks list --json` returned no tasks array")
    return [task for task in tasks if isinstance(task, dict)]


def tasks_cancel(lookup: str, *, timeout: float = CLI_TIMEOUT_S) -> bool:
    """Cancel a running task; False when it is not found or no longer running (nothing to stop)."""
    try:
        out = run(["tasks", "cancel", lookup], timeout=timeout, gateway=False, json_output=False)
    except OpenClawError as error:
        if re.search(r"not found|could not cancel|already terminal", str(error), re.IGNORECASE):
            return False
        raise
    return out.strip().startswith("Cancelled")


# --- system events ------------------------------------------------------------------------------

def system_event(text: str, mode: str = "now", session_key: str | None = None, *,
                 timeout: float = CLI_TIMEOUT_S) -> bool:
    """Enqueue ``text`` as a system event on the main session (or ``session_key``); ``now`` wakes it."""
    args = ["system", "event", "--text", text, "--mode", mode, "--json"]
    if session_key:
        args += ["--session-key", session_key]
    return run(args, timeout=timeout).get("ok") is True


WAKE_PREFIX = "TASK_RUNNER_DISPATCH: "


def wake(text: str, setting=lambda key, default=None: default) -> bool:
    """Wake the main session now with ``TASK_RUNNER_DISPATCH: <text>``, so the agent runs dispatch
    and relays a notice within seconds instead of at the next cron tick. False (nothing raised)
    when there is no CLI or the gateway does not take it; safe from a detached supervisor, which
    has no terminal and its own session: the CLI needs neither."""
    if cli_path() is None:
        return False
    line = " ".join(str(text).split())
    try:
        return system_event(WAKE_PREFIX + line, mode="now", timeout=timeout_from(setting))
    except OpenClawError:
        return False
