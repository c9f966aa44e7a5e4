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
import shutil
from pathlib import Path

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
    from task_runner.bundle import bundle_files
    from task_runner.fsutil import atomic_write_text

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


def run(args, config) -> int:
    from task_runner.output import emit

    target = destination(args, config)
    states = install(target)
    changed = [name for name, state in states.items() if state != "same"]
    lines = [f"📦 task-runner skill {'installed in' if changed else 'already up to date in'} {target}"]
    lines += [f"  • {name}{'' if state == 'same' else f' ({state})'}" for name, state in states.items()]
    on_path = shutil.which("task-runner") is not None
    if not on_path:
        lines.append("⚠️ `task-runner` is not on PATH: OpenClaw lists the skill as not eligible until it is. "
                     "Install this package where the agent's shell finds it (e.g. `pipx install <this package>`).")
    emit(args, {"ok": True, "destination": str(target), "files": list(states), "changed": changed,
                "task_runner_on_path": on_path}, "\n".join(lines))
    return 0
