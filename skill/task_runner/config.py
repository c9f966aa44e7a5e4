"""Configuration: where the queue and the workspace are, and the TASK_RUNNER_* settings.

Precedence (design.md §3): CLI flag > environment > ``KEY=value`` lines in the
workspace's TOOLS.md, then AGENTS.md > values in the queue file > defaults.
Every value remembers where it came from, so a bad one is reported with its
source (``TOOLS.md:12`` or ``env TASK_RUNNER_MAX_CONCURRENT``).
"""

import os
import re
from pathlib import Path

from task_runner.errors import UserError

DEFAULT_DIR = "~/.openclaw/tasks/"
WORKSPACE_FILES = ("HEARTBEAT.md", "TOOLS.md", "AGENTS.md")
CONFIG_FILES = ("TOOLS.md", "AGENTS.md")
WORKER_KINDS = ("auto", "claude", "codex", "opencode", "openclaw", "shell", "command", "agent")

# Settings that also live in the queue file, keyed by the queue field they override.
QUEUE_SETTINGS = {
    "maxConcurrent": ("TASK_RUNNER_MAX_CONCURRENT", 1),
    "maxRetries": ("TASK_RUNNER_MAX_RETRIES", 0),
    "archiveDays": ("TASK_RUNNER_ARCHIVE_DAYS", 0),
}
# Settings checked as soon as they are read, with the smallest value allowed.
NUMERIC_SETTINGS = {
    "TASK_RUNNER_MAX_CONCURRENT": 1,
    "TASK_RUNNER_MAX_RETRIES": 0,
    "TASK_RUNNER_ARCHIVE_DAYS": 0,
    "TASK_RUNNER_STALL_MINUTES": 1,
    "TASK_RUNNER_ATTACH_MINUTES": 1,
    "TASK_RUNNER_TIMEOUT": 1,
    "TASK_RUNNER_LOCK_TIMEOUT": 0,
}

# `KEY=value`, tolerating markdown around it: list bullets, backticks, `export`, quotes, trailing comments.
_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?`?(?:export\s+)?(TASK_RUNNER_[A-Z0-9_]+)\s*=\s*(.*?)\s*$"
)


class Config:
    """Resolved settings of one command. ``values`` maps each key to (raw value, source)."""

    __slots__ = ("dir", "workspace", "values")

    def __init__(self, dir: Path, workspace: Path, values: dict | None = None):
        self.dir = dir
        self.workspace = workspace
        self.values = values or {}

    def get(self, key: str, default=None):
        entry = self.values.get(key)
        return default if entry is None else entry[0]

    def source(self, key: str) -> str | None:
        entry = self.values.get(key)
        return None if entry is None else entry[1]

    def get_int(self, key: str, default: int, minimum: int = 0) -> int:
        entry = self.values.get(key)
        return default if entry is None else _parse_int(entry[0], entry[1], key, minimum)

    def get_float(self, key: str, default: float, minimum: float = 0) -> float:
        entry = self.values.get(key)
        if entry is None:
            return default
        value, source = entry
        try:
            number = float(value)
        except ValueError:
            raise UserError(f"{source}: {key}={value!r} is not a number; set it to a number like 10.") from None
        if number < minimum:
            raise UserError(f"{source}: {key}={value!r} must be at least {minimum:g}.")
        return number

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self.get(key)
        if value is None:
            return default
        return value.strip().lower() in ("1", "true", "yes", "on")

    def effective(self, queue: dict, name: str) -> int:
        """A queue-level setting: configured value, else the queue file's value."""
        key, minimum = QUEUE_SETTINGS[name]
        return self.get_int(key, queue[name], minimum)


def _parse_int(value: str, source: str, key: str, minimum: int) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise UserError(
            f"{source}: {key}={value!r} is not a whole number; set it to a number like {max(minimum, 2)}."
        ) from None
    if number < minimum:
        raise UserError(f"{source}: {key}={value!r} must be {minimum} or more.")
    return number


def _strip_value(raw: str) -> str:
    """Drop a trailing ``# comment`` and the backticks or quotes around a markdown value."""
    value = raw
    if value.startswith(('"', "'")) and len(value) > 1 and value[0] in value[1:]:
        return value[1:value.index(value[0], 1)]
    value = re.sub(r"\s+#.*$", "", value).strip()
    return value.strip("`").strip()


def read_config_file(path: Path) -> dict:
    """``TASK_RUNNER_*`` lines of a markdown file, as key -> (value, "FILE:LINE"); the rest is ignored.

    Lines inside code fences count too: the prompt-only skill told users to
    paste its settings as a fenced block. The first occurrence of a key wins.
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return {}
    found = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE_RE.match(line)
        if match and match.group(1) not in found:
            found[match.group(1)] = (_strip_value(match.group(2)), f"{path}:{number}")
    return found


def detect_workspace(flag: str | None = None, env=os.environ, cwd: Path | None = None) -> Path:
    """--workspace > OPENCLAW_WORKSPACE (OpenClaw itself sets OPENCLAW_WORKSPACE_DIR) > the current
    folder if it holds HEARTBEAT.md, TOOLS.md or AGENTS.md > OpenClaw's default workspace."""
    if flag:
        return Path(flag).expanduser()
    for key in ("OPENCLAW_WORKSPACE", "OPENCLAW_WORKSPACE_DIR"):
        if env.get(key):
            return Path(env[key]).expanduser()
    here = cwd or Path.cwd()
    if any((here / name).is_file() for name in WORKSPACE_FILES):
        return here
    if env.get("OPENCLAW_STATE_DIR"):
        return Path(env["OPENCLAW_STATE_DIR"]).expanduser() / "workspace"
    home = Path("~").expanduser()
    profile = env.get("OPENCLAW_PROFILE")
    if not profile:
        return home / ".openclaw" / "workspace"
    # design.md's ~/.openclaw/workspace-<profile>, unless only OpenClaw 2026.9's own layout exists.
    documented = home / ".openclaw" / f"workspace-{profile}"
    current = home / f".openclaw-{profile}" / "workspace"
    return current if current.is_dir() and not documented.is_dir() else documented


def load_config(dir: str | None = None, workspace: str | None = None, overrides: dict | None = None,
                env=os.environ, cwd: Path | None = None) -> Config:
    """Resolve every setting once per command; raises UserError naming the source of a bad value."""
    workspace_path = detect_workspace(workspace, env, cwd)
    values: dict = {}
    for name in reversed(CONFIG_FILES):  # TOOLS.md wins over AGENTS.md
        values.update(read_config_file(workspace_path / name))
    values.update({k: (v, f"env {k}") for k, v in env.items() if k.startswith("TASK_RUNNER_")})
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = (str(value), f"option for {key}")
    if dir:
        values["TASK_RUNNER_DIR"] = (dir, "option --dir")
    for key, minimum in NUMERIC_SETTINGS.items():
        entry = values.get(key)
        if entry is not None and key != "TASK_RUNNER_LOCK_TIMEOUT":
            _parse_int(entry[0], entry[1], key, minimum)
    worker = values.get("TASK_RUNNER_WORKER")
    if worker and worker[0] not in WORKER_KINDS:
        raise UserError(f"{worker[1]}: TASK_RUNNER_WORKER={worker[0]!r} is not one of {', '.join(WORKER_KINDS)}.")
    dir_setting = values.get("TASK_RUNNER_DIR", (DEFAULT_DIR, "default"))[0]
    if not dir_setting:
        raise UserError(f"{values['TASK_RUNNER_DIR'][1]}: TASK_RUNNER_DIR is empty; give it a folder path.")
    return Config(dir=Path(dir_setting).expanduser(), workspace=workspace_path, values=values)


def dir_setting(config: Config) -> str:
    """TASK_RUNNER_DIR as the user wrote it (with ``~``), for the queue's taskRunnerDir field."""
    return config.get("TASK_RUNNER_DIR", DEFAULT_DIR)


def open_store(config: Config):
    """The queue store of this configuration."""
    from task_runner.store import QueueStore

    return QueueStore(config.dir, config.get_float("TASK_RUNNER_LOCK_TIMEOUT", 10.0), dir_setting(config))
