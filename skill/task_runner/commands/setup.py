"""``setup`` and ``install-skill``: the OpenClaw integration commands."""

import shutil
from pathlib import Path

from task_runner.commands import Result
from task_runner.config import open_store
from task_runner.install_skill import SKILL_NAME, install, openclaw_state_dir
from task_runner.setup import ensure_setup


def setup(config, cron_done: bool = False) -> Result:
    report = ensure_setup(config, open_store(config), cron_done=cron_done)
    text = report.message()
    if report.cron == "confirmed" and not report.first_run:
        text = "\n".join(filter(None, [text, "✅ Backup cron job recorded as created; no more reminders."]))
    if not text:
        text = (f"✅ Task Runner is set up: queue {report.queue_path}, heartbeat block in "
                f"{report.heartbeat_path}, backup cron job in place.")
    return Result(dict(report.as_dict(), ok=True), text)


def install_skill(config, where: str) -> Result:
    """``where``: "workspace", "global" (~/.openclaw/skills) or "claude" (~/.claude/skills)."""
    target = {"global": lambda: openclaw_state_dir() / "skills" / SKILL_NAME,
              "claude": lambda: Path("~/.claude/skills").expanduser() / SKILL_NAME,
              "workspace": lambda: Path(config.workspace) / "skills" / SKILL_NAME}[where]()
    states = install(target)
    changed = [name for name, state in states.items() if state != "same"]
    lines = [f"📦 task-runner skill {'installed in' if changed else 'already up to date in'} {target}"]
    lines += [f"  • {name}{'' if state == 'same' else f' ({state})'}" for name, state in states.items()]
    on_path = shutil.which("task-runner") is not None
    if not on_path:
        lines.append("⚠️ `task-runner` is not on PATH: OpenClaw lists the skill as not eligible until it is. "
                     "Install this package where the agent's shell finds it (e.g. `pipx install <this package>`).")
    return Result({"ok": True, "destination": str(target), "files": list(states), "changed": changed,
                   "task_runner_on_path": on_path}, "\n".join(lines))
