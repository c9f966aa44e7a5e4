"""Configuration: where the queue and the workspace are, and the TASK_RUNNER_* settings.

Precedence (design.md §3): CLI flag > environment > ``KEY=value`` lines in the
workspace's TOOLS.md, then AGENTS.md > values in the queue file > defaults.
Every value remembers where it came from, so a bad one is reported with its
source (``TOOLS.md:12`` or ``env TASK_RUNNER_MAX_CONCURRENT``). Numbers are
finite and bounded; a value out of range stops the command naming its source.

Settings that make task-runner run something (``EXECUTION_KEYS``) are taken
only from trusted places: the environment, options, and the workspace named
explicitly (--workspace, OPENCLAW_WORKSPACE, OPENCLAW_WORKSPACE_DIR) or
OpenClaw's default one. A TOOLS.md merely found in the current folder could
have been written by anyone (a cloned repository, a downloaded archive), so
those keys are ignored there, with a warning.
"""

import math
import os
import re
import sys
from pathlib import Path

from task_runner.errors import UserError
from task_runner.kinds import WorkerKind
from task_runner.store import QueueStore

DEFAULT_DIR = "~/.openclaw/tasks/"
WORKSPACE_FILES = ("HEARTBEAT.md", "TOOLS.md", "AGENTS.md")
CONFIG_FILES = ("TOOLS.md", "AGENTS.md")
WORKER_KINDS = WorkerKind.ALL
EXECUTION_KEYS = frozenset({
    "TASK_RUNNER_WORKER_COMMAND", "TASK_RUNNER_SHELL", "TASK_RUNNER_WORKER",
    "TASK_RUNNER_WORKER_PERMISSIONS", "TASK_RUNNER_NOTIFY",
})

# Settings that also live in the queue file, keyed by the queue field they override.
QUEUE_SETTINGS = {
    "maxConcurrent": ("TASK_RUNNER_MAX_CONCURRENT", 1),
    "maxRetries": ("TASK_RUNNER_MAX_RETRIES", 0),
    "archiveDays": ("TASK_RUNNER_ARCHIVE_DAYS", 0),
}
# Whole-number settings, checked as soon as they are read: (smallest, largest) allowed.
NUMERIC_SETTINGS = {
    "TASK_RUNNER_MAX_CONCURRENT": (1, 64),
    "TASK_RUNNER_MAX_RETRIES": (0, 100),
    "TASK_RUNNER_ARCHIVE_DAYS": (0, 3650),
    "TASK_RUNNER_STALL_MINUTES": (1, 7 * 24 * 60),
    "TASK_RUNNER_ATTACH_MINUTES": (1, 7 * 24 * 60),
    "TASK_RUNNER_TIMEOUT": (1, 7 * 24 * 3600),
}
# Settings in seconds that may have a fraction.
FLOAT_SETTINGS = {
    "TASK_RUNNER_LOCK_TIMEOUT": (0, 3600),
    "TASK_RUNNER_RETRY_BACKOFF": (0, 7 * 24 * 3600),
    "TASK_RUNNER_KILL_GRACE": (0, 3600),
    "TASK_RUNNER_OPENCLAW_TIMEOUT": (0, 7 * 24 * 3600),
}
# Any other number a caller asks for is at most this (finite, and fits every consumer).
DEFAULT_MAXIMUM = 10**9
VALUE_LIMIT = 65536  # characters of one setting
FILE_LIMIT = 4 * 1024 * 1024  # bytes of TOOLS.md / AGENTS.md read; settings live near the top

# `KEY=value`, tolerating markdown around it: list bullets, backticks, `export`, quotes, trailing comments.
_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?`?(?:export\s+)?(TASK_RUNNER_[A-Z0-9_]+)\s*=(.*)$"
)


class Config:
    """Resolved settings of one command. ``values`` maps each key to (raw value, source).

    ``untrusted`` holds the keys whose value came from a workspace found only by
    looking at the current folder; ``ignored`` the execution settings dropped
    from there (key -> (value, source)).
    """

    __slots__ = ("dir", "ignored", "untrusted", "values", "workspace")

    def __init__(self, dir: Path, workspace: Path, values: dict | None = None,
                 untrusted: frozenset = frozenset(), ignored: dict | None = None):
        self.dir = dir
        self.workspace = workspace
        self.values = values or {}
        self.untrusted = untrusted
        self.ignored = ignored or {}

    def get(self, key: str, default=None):
        entry = self.values.get(key)
        return default if entry is None else entry[0]

    def source(self, key: str) -> str | None:
        entry = self.values.get(key)
        return None if entry is None else entry[1]

    def trusted(self, key: str) -> bool:
        """True when ``key`` is set by a trusted place (env, option, the named or default workspace).

        Execution settings from elsewhere never reach ``values`` at all, so
        ``get`` already returns only trusted ones; this answers "may I act on it".
        """
        return key in self.values and key not in self.untrusted

    def get_int(self, key: str, default: int, minimum: int = 0, maximum: int | None = None) -> int:
        entry = self.values.get(key)
        if entry is None:
            return default
        return _parse_int(entry[0], entry[1], key, minimum, _maximum(key, maximum))

    def get_float(self, key: str, default: float, minimum: float = 0, maximum: float | None = None) -> float:
        entry = self.values.get(key)
        if entry is None:
            return default
        return _parse_float(entry[0], entry[1], key, minimum, _maximum(key, maximum))

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self.get(key)
        if value is None:
            return default
        return value.strip().lower() in ("1", "true", "yes", "on")

    def effective(self, queue: dict, name: str) -> int:
        """A queue-level setting: configured value, else the queue file's value."""
        key, minimum = QUEUE_SETTINGS[name]
        return self.get_int(key, queue[name], minimum)


def _maximum(key: str, maximum):
    if maximum is not None:
        return maximum
    bounds = NUMERIC_SETTINGS.get(key) or FLOAT_SETTINGS.get(key)
    return bounds[1] if bounds else DEFAULT_MAXIMUM


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _parse_int(value: str, source: str, key: str, minimum: int, maximum: int = DEFAULT_MAXIMUM) -> int:
    text = value.strip()
    try:
        number = int(text) if len(text) <= 20 else None
    except ValueError:
        number = None
    if number is None:
        raise UserError(
            f"{source}: {key}={_shown(value)} is not a whole number of sane size; "
            f"set it to a number like {max(minimum, 2)}.")
    if number < minimum:
        raise UserError(f"{source}: {key}={_shown(value)} must be {minimum} or more.")
    if number > maximum:
        raise UserError(f"{source}: {key}={_shown(value)} must be at most {maximum}.")
    return number


def _parse_float(value: str, source: str, key: str, minimum: float, maximum: float = DEFAULT_MAXIMUM) -> float:
    try:
        number = float(value) if len(value) <= 40 else math.inf
    except ValueError:
        raise UserError(f"{source}: {key}={_shown(value)} is not a number; set it to a number like 10.") from None
    if not math.isfinite(number):
        raise UserError(f"{source}: {key}={_shown(value)} is not a finite number; set it to a number like 10.")
    if number < minimum:
        raise UserError(f"{source}: {key}={_shown(value)} must be at least {minimum:g}.")
    if number > maximum:
        raise UserError(f"{source}: {key}={_shown(value)} must be at most {maximum:g}.")
    return number


def _strip_value(raw: str) -> str:
    """Drop a trailing ``# comment`` and the backticks or quotes around a markdown value."""
    value = raw.strip()
    if value.startswith(('"', "'")) and len(value) > 1 and value[0] in value[1:]:
        return value[1:value.index(value[0], 1)]
    comment = _COMMENT_RE.search(value)  # a fixed-width search: linear even on a hostile line
    if comment:
        value = value[:comment.start()]
    return value.strip().strip("`").strip()


_COMMENT_RE = re.compile(r"\s#")


def read_config_file(path: Path) -> dict:
    """``TASK_RUNNER_*`` lines of a markdown file, as key -> (value, "FILE:LINE"); the rest is ignored.

    Lines inside code fences count too: the prompt-only skill told users to
    paste its settings as a fenced block. The first occurrence of a key wins.
    A file that cannot be read counts as absent; only its first 4 MiB are read.
    """
    try:
        with open(path, "rb") as handle:
            text = handle.read(FILE_LIMIT).decode("utf-8", errors="replace")
    except OSError:
        return {}
    found = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE_RE.match(line)
        if match and match.group(1) not in found:
            key, source = match.group(1), f"{path}:{number}"
            if len(match.group(2)) > VALUE_LIMIT:
                raise UserError(f"{source}: the value of {key} is longer than {VALUE_LIMIT:,} characters; "
                                "shorten it.")
            found[key] = (_strip_value(match.group(2)), source)
    return found


def detect_workspace(flag: str | None = None, env=os.environ, cwd: Path | None = None) -> Path:
    """--workspace > OPENCLAW_WORKSPACE (OpenClaw itself sets OPENCLAW_WORKSPACE_DIR) > the current
    folder if it holds HEARTBEAT.md, TOOLS.md or AGENTS.md > OpenClaw's default workspace."""
    return find_workspace(flag, env, cwd)[0]


def find_workspace(flag: str | None = None, env=os.environ, cwd: Path | None = None) -> tuple[Path, bool]:
    """The workspace (see ``detect_workspace``) and whether it is trusted: named, or OpenClaw's default,
    rather than merely found in the current folder."""
    if flag:
        return Path(flag).expanduser(), True
    for key in ("OPENCLAW_WORKSPACE", "OPENCLAW_WORKSPACE_DIR"):
        if env.get(key):
            return Path(env[key]).expanduser(), True
    here = cwd or Path.cwd()
    if any((here / name).is_file() for name in WORKSPACE_FILES):
        return here, False
    if env.get("OPENCLAW_STATE_DIR"):
        return Path(env["OPENCLAW_STATE_DIR"]).expanduser() / "workspace", True
    home = Path("~").expanduser()
    profile = env.get("OPENCLAW_PROFILE")
    if not profile:
        return home / ".openclaw" / "workspace", True
    # design.md's ~/.openclaw/workspace-<profile>, unless only OpenClaw 2026.9's own layout exists.
    documented = home / ".openclaw" / f"workspace-{profile}"
    current = home / f".openclaw-{profile}" / "workspace"
    return (current if current.is_dir() and not documented.is_dir() else documented), True


def load_config(dir: str | None = None, workspace: str | None = None, overrides: dict | None = None,
                env=os.environ, cwd: Path | None = None, warn=None) -> Config:
    """Resolve every setting once per command; raises UserError naming the source of a bad value.

    ``warn(message)`` (default: a line on stderr) hears about each execution
    setting ignored because its file was found only in the current folder.
    """
    workspace_path, trusted = find_workspace(workspace, env, cwd)
    from_files: dict = {}
    for name in reversed(CONFIG_FILES):  # TOOLS.md wins over AGENTS.md
        from_files.update(read_config_file(workspace_path / name))
    ignored = {}
    if not trusted:
        ignored = {key: entry for key, entry in from_files.items() if key in EXECUTION_KEYS}
        for key in ignored:
            del from_files[key]
        for key, (_, source) in sorted(ignored.items()):
            (warn or _warn)(
                f"ignored {key} from {source}: settings that run programs are read only from the "
                "environment, options, or the workspace named by --workspace / OPENCLAW_WORKSPACE "
                "(or OpenClaw's default workspace), never from a file found in the current folder.")
    values = dict(from_files)
    values.update({k: (v, f"env {k}") for k, v in env.items() if k.startswith("TASK_RUNNER_")})
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = (str(value), f"option for {key}")
    if dir:
        values["TASK_RUNNER_DIR"] = (dir, "option --dir")
    untrusted = frozenset() if trusted else frozenset(k for k in from_files if values[k] == from_files[k])
    _check(values)
    dir_setting = values.get("TASK_RUNNER_DIR", (DEFAULT_DIR, "default"))[0]
    if not dir_setting:
        raise UserError(f"{values['TASK_RUNNER_DIR'][1]}: TASK_RUNNER_DIR is empty; give it a folder path.")
    return Config(dir=Path(dir_setting).expanduser(), workspace=workspace_path, values=values,
                  untrusted=untrusted, ignored=ignored)


def _check(values: dict) -> None:
    """Every value a text we can use, every known number finite and within its bounds."""
    for key, (value, source) in values.items():
        if "\0" in value:
            raise UserError(f"{source}: {key} holds a NUL character; remove it.")
        if len(value) > VALUE_LIMIT:
            raise UserError(f"{source}: the value of {key} is longer than {VALUE_LIMIT:,} characters; shorten it.")
    for key, (minimum, maximum) in NUMERIC_SETTINGS.items():
        if key in values:
            _parse_int(*values[key], key, minimum, maximum)
    for key, (minimum, maximum) in FLOAT_SETTINGS.items():
        if key in values:
            _parse_float(*values[key], key, minimum, maximum)
    worker = values.get("TASK_RUNNER_WORKER")
    if worker and worker[0] not in WORKER_KINDS:
        raise UserError(f"{worker[1]}: TASK_RUNNER_WORKER={_shown(worker[0])} is not one of "
                        f"{', '.join(WORKER_KINDS)}.")


def _warn(message: str) -> None:
    print(f"task-runner: warning: {message}", file=sys.stderr)


def dir_setting(config: Config) -> str:
    """TASK_RUNNER_DIR as the user wrote it (with ``~``), for the queue's taskRunnerDir field."""
    return config.get("TASK_RUNNER_DIR", DEFAULT_DIR)


def open_store(config: Config):
    """The queue store of this configuration."""
    return QueueStore(config.dir, config.get_float("TASK_RUNNER_LOCK_TIMEOUT", 10.0), dir_setting(config))
