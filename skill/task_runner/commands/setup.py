"""``setup`` and ``install-skill``: the OpenClaw integration commands."""

import shutil
from pathlib import Path

from task_runner.commands import Result
from task_runner.config import open_store
from task_runner.install_skill import SKILL_NAME, install, openclaw_state_dir
from task_runner.setup import ensure_setup, uninstall


def setup(config, cron_done: bool = False) -> Result:
    report = ensure_setup(config, open_store(config), cron_done=cron_done)
    text = report.message()
    if report.cron == "confirmed" and not report.first_run:
        text = "\n".join(filter(None, [text, "✅ Backup cron job recorded as created; no more reminders."]))
    return Result(dict(report.as_dict(), ok=True), text or report.done_text())


def remove(config) -> Result:
    """``setup --uninstall``: our heartbeat block out of the scratch and HEARTBEAT.md (the rest stays)."""
    removed = uninstall(config, open_store(config))
    places = [name for name, label in (("scratch", "the heartbeat job's scratch"), ("file", "HEARTBEAT.md"))
              if removed.get(name)]
    text = ("🧹 Removed the dispatcher block from " + " and ".join(
        "the heartbeat job's scratch" if place == "scratch" else "HEARTBEAT.md" for place in places) + "."
            if places else "🧹 No dispatcher block was found; nothing to remove.")
    if removed.get("error"):
        text += f"\n⚠️ The heartbeat job could not be checked: {removed['error']}"
    text += "\nThe backup cron job is yours to delete: openclaw cron rm <its id> (openclaw cron list)."
    return Result(dict(removed, ok=not removed.get("error")), text, 0 if not removed.get("error") else 3)


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
                     "Install it where the agent's shell finds it: `python3 -m pip install --user .` from a clone.")
    return Result({"ok": True, "destination": str(target), "files": list(states), "changed": changed,
                   "task_runner_on_path": on_path}, "\n".join(lines))
