"""``task-runner install-skill``: copy the skill files where an agent looks for skills.

- default (or ``--workspace W``): ``<workspace>/skills/task-runner/``, OpenClaw's per-agent skills,
  highest precedence;
- ``--global``: ``<state dir>/skills/task-runner/``, shared by every agent of the machine
  (state dir: ``OPENCLAW_STATE_DIR``, else ``~/.openclaw``, or ``~/.openclaw-<profile>``);
- ``--claude``: ``~/.claude/skills/task-runner/`` for Claude Code.

Files are copied from the package (see bundle.py), so the installed skill always
matches the installed ``task-runner``. Rerunning updates changed files and
leaves everything else in the folder alone.
"""

import os
from pathlib import Path

from task_runner.fsutil import atomic_write_text

SKILL_NAME = "task-runner"


def openclaw_state_dir(env=os.environ) -> Path:
    if env.get("OPENCLAW_STATE_DIR"):
        return Path(env["OPENCLAW_STATE_DIR"]).expanduser()
    profile = env.get("OPENCLAW_PROFILE")
    return Path("~").expanduser() / (f".openclaw-{profile}" if profile else ".openclaw")


def destination(args, config) -> Path:
    if getattr(args, "global_", False):
        return openclaw_state_dir() / "skills" / SKILL_NAME
    if getattr(args, "claude", False):
        return Path("~/.claude/skills").expanduser() / SKILL_NAME
    return Path(config.workspace) / "skills" / SKILL_NAME


def install(target: Path) -> dict[str, str]:
    """Copy every bundled file into ``target``; returns {relative path: "added" | "updated" | "same"}."""
    from task_runner.bundle import bundle_files  # the packaged skill files: only for install-skill

    states = {}
    for source, relative in bundle_files():
        text = source.read_text(encoding="utf-8")
        path = target / relative
        try:
            states[relative] = "same" if path.read_text(encoding="utf-8") == text else "updated"
        except FileNotFoundError:
            states[relative] = "added"
        except UnicodeDecodeError:
            states[relative] = "updated"
        if states[relative] != "same":
            atomic_write_text(path, text, 0o644)  # plain documentation the agent reads
    return states
