"""The dispatcher block in the workspace's HEARTBEAT.md.

OpenClaw releases before 2026.8 read HEARTBEAT.md on every heartbeat; our block
tells the agent to run ``task-runner dispatch`` there. The user owns the rest of
the file, so we only ever append: the block goes at the end, after exactly one
blank line, once (found again by its heading), and every other byte of the file
stays as it was. A line that is exactly ``tasks:`` would be read by OpenClaw as
a schedule block, so the template must never contain one (a test checks).
"""

import os
import shlex
from pathlib import Path

HEADING = "## Task Runner Dispatcher"
FILE_NAME = "HEARTBEAT.md"


def template_text() -> str:
    from task_runner.bundle import skill_file

    return skill_file("HEARTBEAT.md.template").read_text(encoding="utf-8")


def dispatch_command(queue_dir: Path, default_dir: Path) -> str:
    """What the heartbeat runs: plain ``task-runner dispatch`` unless the queue lives elsewhere."""
    if Path(queue_dir).expanduser().resolve() == Path(default_dir).expanduser().resolve():
        return "task-runner dispatch"
    return f"task-runner dispatch --dir {shlex.quote(str(queue_dir))}"


def render_block(queue_path: Path, command: str) -> str:
    return (template_text()
            .replace("{queue_path}", str(queue_path))
            .replace("{dispatch_command}", command))


def has_block(text: str) -> bool:
    return any(line.strip() == HEADING for line in text.splitlines())


def with_block(existing: str, block: str) -> str:
    """``existing`` followed by the block after one blank line, in the file's own line endings."""
    newline = "\r\n" if "\r\n" in existing else "\n"
    block = block.replace("\r\n", "\n").replace("\n", newline)
    if not existing or existing.endswith(newline * 2):
        separator = ""
    elif existing.endswith(newline):
        separator = newline
    else:
        separator = newline * 2
    return existing + separator + block


def ensure_block(workspace: Path, queue_path: Path, command: str = "task-runner dispatch") -> str:
    """Make HEARTBEAT.md hold our block; returns "present", "appended" or "created".

    Raises OSError when the file cannot be read or written and UnicodeDecodeError
    when it is not UTF-8 (we will not rewrite bytes we cannot read back exactly).
    """
    path = Path(workspace) / FILE_NAME
    target = path.resolve() if path.is_symlink() else path  # keep the user's symlink, write its target
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raw = None
    if raw is not None:
        existing = raw.decode("utf-8")
        if has_block(existing):
            return "present"
        mode = os.stat(target).st_mode & 0o7777
    else:
        existing = ""
        mode = 0o644  # a workspace file the agent and the user read, like the rest of the workspace
    from task_runner.fsutil import atomic_write_text

    atomic_write_text(target, with_block(existing, render_block(queue_path, command)), mode)
    return "created" if raw is None else "appended"
