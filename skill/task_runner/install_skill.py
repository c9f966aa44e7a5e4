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


def install(target: Path) -> tuple[list[str], list[str]]:
    """Copy every bundled file into ``target``; returns (all files, files that changed)."""
    from task_runner.bundle import bundle_files
    from task_runner.fsutil import atomic_write_text

    files, changed = [], []
    for source, relative in bundle_files():
        text = source.read_text(encoding="utf-8")
        path = target / relative
        files.append(relative)
        try:
            if path.read_text(encoding="utf-8") == text:
                continue
        except (FileNotFoundError, UnicodeDecodeError):
            pass
        atomic_write_text(path, text, 0o644)  # plain documentation the agent reads
        changed.append(relative)
    return files, changed


def run(args, config) -> int:
    from task_runner.output import emit

    target = destination(args, config)
    files, changed = install(target)
    lines = [f"📦 task-runner skill {'installed in' if changed else 'already up to date in'} {target}"]
    lines += [f"  • {name}{' (updated)' if name in changed else ''}" for name in files]
    on_path = shutil.which("task-runner") is not None
    if not on_path:
        lines.append("⚠️ `task-runner` is not on PATH: OpenClaw lists the skill as not eligible until it is "
                     "(install the package with `uv tool install task-runner` or `pipx install task-runner`).")
    emit(args, {"ok": True, "destination": str(target), "files": files, "changed": changed,
                "task_runner_on_path": on_path}, "\n".join(lines))
    return 0
