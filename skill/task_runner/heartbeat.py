"""The dispatcher block: where each OpenClaw release reads its heartbeat instructions.

Our block tells the agent to run ``task-runner dispatch`` on every heartbeat.
OpenClaw releases before 2026.8 read it from the workspace's HEARTBEAT.md;
2026.8+ never read that file (``doctor --lint`` calls it legacy, ``doctor
--fix`` imports it into the heartbeat job's scratch and deletes it) and inject
the heartbeat job's *monitor scratch* instead. So the same block goes into one
of two texts the user also owns, and the rules are the same for both: we only
ever append, at the end, after exactly one blank line, once (found again by its
heading), and every other byte stays as it was; ``without_block`` takes exactly
our block out again. A line that is exactly ``tasks:`` would be read by OpenClaw
as a schedule block, so the template must never contain one (a test checks).
"""

import os
import re
import shlex
from pathlib import Path

from task_runner.fsutil import atomic_write_text

HEADING = "## Task Runner Dispatcher"
FILE_NAME = "HEARTBEAT.md"


def template_text() -> str:
    from task_runner.bundle import skill_file  # the packaged skill files: only when the block is written

    return skill_file("HEARTBEAT.md.template").read_text(encoding="utf-8")


def dispatch_command(queue_dir: Path, default_dir: Path) -> str:
    """What the heartbeat runs: plain ``task-runner dispatch`` unless the queue lives elsewhere."""
    if Path(queue_dir).expanduser().resolve() == Path(default_dir).expanduser().resolve():
        return "task-runner dispatch"
    return f"task-runner dispatch --dir {shlex.quote(str(queue_dir))}"


def notify_route(channel: str | None = None, target: str | None = None) -> str:
    """How a heartbeat or cron turn reaches the user: the route recorded at setup
    (TASK_RUNNER_NOTIFY_CHANNEL / TASK_RUNNER_NOTIFY_TARGET), else the one the agent knows."""
    if target:
        where = f"channel `{channel}` and target `{target}`" if channel else f"target `{target}`"
        return f"action `send` with {where} (recorded at setup), one message per notice, verbatim."
    return ("give it the channel and target of the user's chat you know (it fails without a target here); "
            "if you know none, ask the user once and record them as TASK_RUNNER_NOTIFY_CHANNEL=… and "
            "TASK_RUNNER_NOTIFY_TARGET=… lines in TOOLS.md.")


def render_block(queue_path: Path, command: str, route: str | None = None) -> str:
    return (template_text()
            .replace("{queue_path}", str(queue_path))
            .replace("{dispatch_command}", command)
            .replace("{notify_route}", route or notify_route()))


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


def without_block(text: str) -> str:
    """``text`` with our block (heading to the next heading of the same or a higher level) and the
    blank line we put before it taken out; ``text`` itself when it has no block."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == HEADING), None)
    if start is None:
        return text
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"#{1,2} ", lines[i])), len(lines))
    before, after = lines[:start], lines[end:]
    if not after and before and not before[-1].strip():
        before = before[:-1]  # the blank line we put before a block at the end
    return "".join(before + after)


def merged(existing: str | None, block: str) -> str | None:
    """``existing`` with our block appended, or None when it already has it."""
    if existing and has_block(existing):
        return None
    return with_block(existing or "", block)


def ensure_block(workspace: Path, block: str) -> str:
    """Make HEARTBEAT.md hold ``block``; returns "present", "appended" or "created".

    Raises OSError when the file cannot be read or written and UnicodeDecodeError
    when it is not UTF-8 (we will not rewrite bytes we cannot read back exactly).
    """
    path = Path(workspace) / FILE_NAME
    target = path.resolve() if path.is_symlink() else path  # keep the user's symlink, write its target
    try:
        existing = target.read_bytes().decode("utf-8")
    except FileNotFoundError:
        existing = None
    if existing is not None and has_block(existing):
        return "present"
    write_file(workspace, with_block(existing or "", block))
    return "created" if existing is None else "appended"


def write_file(workspace: Path, text: str) -> None:
    """Replace HEARTBEAT.md's text atomically, keeping its mode and a symlink the user made."""
    path = Path(workspace) / FILE_NAME
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644  # a workspace file the agent and the user read, like the rest of the workspace
    atomic_write_text(target, text, mode)


def read_file(workspace: Path) -> str | None:
    """HEARTBEAT.md's text, None when it is missing or not UTF-8."""
    path = Path(workspace) / FILE_NAME
    try:
        return (path.resolve() if path.is_symlink() else path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def remove_file_block(workspace: Path) -> bool:
    """Take our block out of HEARTBEAT.md, which a release that reads the scratch never reads; the
    file goes when nothing but our block was in it."""
    path = Path(workspace) / FILE_NAME
    target = path.resolve() if path.is_symlink() else path
    try:
        existing = target.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return False
    if not has_block(existing):
        return False
    rest = without_block(existing)
    if not rest.strip() and not path.is_symlink():
        target.unlink()
        return True
    atomic_write_text(target, rest, os.stat(target).st_mode & 0o7777)
    return True


def doctor_migrated(state_dir: Path) -> bool:
    """``openclaw doctor --fix`` moved a HEARTBEAT.md into the scratch (it keeps the original under
    ``backups/heartbeat-migration/``): never write that file again, it would only be moved again."""
    return (Path(state_dir) / "backups" / "heartbeat-migration").exists()


def ensure_scratch(job_id: str, block: str, timeout: float, legacy: str | None = None) -> tuple[str, str | None]:
    """Make the heartbeat job's scratch hold our block: ("present" | "added", adopted text or None).

    An empty scratch beside a HEARTBEAT.md with the user's own lines (``legacy``) takes that file's
    lines with our current block appended, exactly what ``doctor --fix`` would import; the caller
    then gives the file the same bytes, so doctor, finding the scratch identical, archives and
    removes the file instead of leaving it ("already has different cron scratch"). The write is
    compare-and-swap guarded, so an edit made meanwhile (the user, the agent's
    ``heartbeat_respond``, another setup) is merged again, never overwritten.
    Raises OpenClawError when the gateway cannot be asked.
    """
    from task_runner import openclaw

    user_lines = without_block(legacy) if legacy else ""
    for _ in range(3):
        existing, revision = openclaw.get_scratch(job_id, timeout=timeout)
        adopt = (not existing or not existing.strip()) and bool(user_lines.strip())
        text = with_block(user_lines, block) if adopt else merged(existing, block)
        if text is None:
            return "present", None
        try:
            openclaw.set_scratch(job_id, text, expected_revision=revision, timeout=timeout)
            return "added", (text if adopt else None)
        except openclaw.OpenClawError as error:
            if "concurrently" not in str(error):
                raise
    raise openclaw.OpenClawError("the heartbeat scratch kept changing while we wrote it; run task-runner setup again")


def remove_scratch_block(job_id: str, timeout: float) -> bool:
    """Take our block out of the heartbeat job's scratch (the scratch goes if only our block was there)."""
    from task_runner import openclaw

    existing, revision = openclaw.get_scratch(job_id, timeout=timeout)
    if not existing or not has_block(existing):
        return False
    rest = without_block(existing)
    openclaw.set_scratch(job_id, rest if rest.strip() else None, expected_revision=revision, timeout=timeout)
    return True
