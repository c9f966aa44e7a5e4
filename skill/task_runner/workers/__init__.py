"""Worker backends, one module per kind, and the choice of kind for a task.

Backends are imported only when a task is spawned or its result consumed, so
a dispatch pass with nothing to start pays nothing for them.

``auto`` (the default) resolves, in order:
1. the task's own ``worker`` field, fixed when it was added (``TASK_RUNNER_WORKER`` then, or
   "auto"); ``TASK_RUNNER_WORKER`` of now only for older tasks without one;
2. ``shell`` for a task with an explicit ``command`` when ``TASK_RUNNER_SHELL=1``;
3. ``agent`` when running under OpenClaw's exec tool: OpenClaw sets
   ``OPENCLAW_SHELL=exec`` in the environment of every command its ``exec``
   tool runs (docs.openclaw.ai/help/environment, "Runtime-injected env vars"),
   and only there is an agent reading our output that can call sessions_spawn;
4. the first of ``claude``, ``codex``, ``opencode`` found on PATH;
5. ``agent`` (someone has to spawn the work; the plan says how).
"""

import importlib
import os

from task_runner import procinfo
from task_runner.kinds import WorkerKind

KINDS = WorkerKind.KINDS
CLI_ORDER = ("claude", "codex", "opencode")
PROCESS_KINDS = frozenset(KINDS) - {"agent"}


def backend(kind: str):
    if kind not in KINDS:
        raise ValueError(f"unknown worker kind {kind!r}; use one of: auto, {', '.join(KINDS)}")
    return importlib.import_module(f"task_runner.workers.{kind}")


def inside_openclaw(environ=None) -> bool:
    return (environ if environ is not None else os.environ).get("OPENCLAW_SHELL") == "exec"


def _truthy(value) -> bool:
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


def resolve(task: dict, setting=lambda key, default=None: default, environ=None, which=procinfo.which) -> str:
    """The worker kind that runs ``task``, following the order in the module docstring."""
    # A task keeps the kind it was added with ("auto" included): the setting of now counts only for
    # tasks written before kinds were fixed at add time (issue 10).
    for choice in (task["worker"],) if task.get("worker") else (setting("TASK_RUNNER_WORKER", None),):
        if choice and choice != "auto":
            if choice not in KINDS:
                raise ValueError(f"unknown worker kind {choice!r}; use one of: auto, {', '.join(KINDS)}")
            return choice
    if task.get("command") and _truthy(setting("TASK_RUNNER_SHELL", None)):
        return "shell"
    if inside_openclaw(environ):
        return "agent"
    for kind in CLI_ORDER:
        if which(kind):
            return kind
    return "agent"


# Where each agent CLI comes from, for the message that says it is missing.
PACKAGES = {"claude": "@anthropic-ai/claude-code", "codex": "@openai/codex", "opencode": "opencode-ai",
            "openclaw": "openclaw"}


def preflight(kind: str, task: dict, setting=lambda key, default=None: default, which=procinfo.which):
    """Why ``kind`` cannot run ``task`` at all, as (reason, unblock steps); None when it can start.

    Checked before the task is marked running, so a missing binary or a setting the
    worker refuses (claude's bypassPermissions as root, the openclaw worker under
    OpenClaw's exec, a shell task without a command) is one clear blocked notice,
    not a "Started" notice and three failed attempts.
    """
    if kind in PACKAGES and not which(kind):
        return (f"the {kind} worker needs the `{kind}` command, which is not on PATH",
                [f"Install it: npm install -g {PACKAGES[kind]} (or put it on the PATH task-runner runs with)",
                 "Or pick another worker: TASK_RUNNER_WORKER=claude|codex|opencode|shell|agent"])
    check = getattr(backend(kind), "preflight", None)
    return check(task, setting) if check else None
