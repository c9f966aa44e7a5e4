"""What every worker backend shares: the launch it asks for and the outcome it reports.

A backend is a module with two functions:

- ``build(task, prompt, run) -> Launch``: the argv (never a shell line), extra
  environment, stdin text and the session id it pre-assigned, if any;
- ``outcome(stdout, stderr, exit_code, timed_out) -> Outcome``: the verdict,
  taken from the tool's own terminal event. An exit code alone is never
  trusted: exit 0 without a terminal event is a failure.

The machine-readable report lines the prompt asks for (``DELIVERABLE:``,
``DELIVERABLE_PATH:``, ``BLOCKED:``, ``ACTION:``) are parsed here once for all
backends.
"""

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Callable, Optional


@dataclass
class Run:
    """One attempt as the dispatcher sees it when it asks a backend for a launch."""

    attempt: int
    workdir: str
    run_dir: str
    timeout_s: int
    resume_session: Optional[str] = None  # session of the previous attempt, when it may be resumed
    setting: Callable[[str, Optional[str]], Optional[str]] = lambda key, default=None: default


@dataclass
class Launch:
    argv: list
    env: dict = field(default_factory=dict)  # added to the supervisor's environment
    stdin: Optional[str] = None  # None: stdin is /dev/null
    session: Optional[str] = None  # pre-assigned session id (claude, openclaw)


@dataclass
class Outcome:
    ok: bool
    transient: bool = False
    summary: str = ""
    text: str = ""
    session: Optional[str] = None
    deliverable: Optional[str] = None
    deliverable_path: Optional[str] = None
    blocked: Optional[str] = None
    actions: list = field(default_factory=list)
    error: Optional[str] = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Outcome":
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


SUMMARY_LIMIT = 200
TAIL_LIMIT = 2000

_REPORT_RE = re.compile(
    r"^\s*[*_`>-]*\s*(DELIVERABLE_PATH|DELIVERABLE|BLOCKED|ACTION)\s*[*_`]*\s*:\s*[*_`]*\s*(.*?)\s*[*_`]*\s*$"
)

# Failures worth the same strategy again: the tool or the network, not the approach.
_TRANSIENT_RE = re.compile(
    r"timed? ?out|timeout|connection (?:refused|reset|closed|error)|ECONNREFUSED|ECONNRESET|ETIMEDOUT"
    r"|network (?:error|is unreachable)|temporarily unavailable|rate[ _-]?limit|too many requests"
    r"|overloaded|usage limit|quota exceeded|try again later"
    r"|\b(?:HTTP|status|code|error|API Error)\D{0,12}(?:429|500|502|503|504|529)\b",
    re.IGNORECASE,
)


def option(run: Run, key: str, flag: str) -> list:
    """``[flag, value]`` when the setting ``key`` is set, else nothing."""
    value = run.setting(key, None)
    return [flag, value] if value else []


def is_transient(text: Optional[str]) -> bool:
    return bool(text) and bool(_TRANSIENT_RE.search(text))


def one_line(text: Optional[str], limit: int = SUMMARY_LIMIT) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def tail(text: Optional[str], limit: int = TAIL_LIMIT) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else "…" + text[-limit:]


def parse_report(text: Optional[str]) -> dict:
    """The DELIVERABLE/DELIVERABLE_PATH/BLOCKED/ACTION lines of a final message (last one wins)."""
    found = {"deliverable": None, "deliverable_path": None, "blocked": None, "actions": []}
    for line in (text or "").splitlines():
        match = _REPORT_RE.match(line)
        if not match or not match.group(2):
            continue
        key, value = match.group(1), match.group(2)
        if key == "ACTION":
            found["actions"].append(value)
        else:
            found[key.lower()] = value
    return found


def judged(ok: bool, text: str, *, session=None, error=None, timed_out=False, stderr="") -> Outcome:
    """An Outcome from a terminal verdict plus the report lines of the final text.

    A worker that says BLOCKED failed, whatever its tool reported; its reason
    becomes the error. Transient is decided from the error text (or a timeout).
    """
    report = parse_report(text)
    if report["blocked"]:
        ok, error = False, error or f"blocked: {report['blocked']}"
    if not ok and not error:
        error = tail(stderr) or "the worker reported failure without a message"
    transient = not ok and (timed_out or (not report["blocked"] and is_transient(error)))
    summary = (report["deliverable"] or _first_line(text)) if ok else (report["blocked"] or error)
    return Outcome(
        ok=ok,
        transient=transient,
        summary=one_line(summary),
        text=text or "",
        session=session,
        error=None if ok else one_line(error, 1000),
        **report,
    )


def no_terminal(tool: str, exit_code, timed_out: bool, stderr: str, session=None, text: str = "",
                missing: str = "a final result event") -> Outcome:
    """The tool ended without its terminal event: a failure whatever the exit code."""
    if timed_out:
        why = f"timed out before {missing}"
    elif exit_code is not None and exit_code < 0:
        why = f"was killed by signal {-exit_code} before {missing}"
    else:
        why = f"exited {exit_code} without {missing}"
    error = f"{tool} {why}" + (f": {tail(stderr, 500)}" if stderr.strip() else "")
    outcome = judged(False, text, session=session, error=error, timed_out=timed_out)
    outcome.transient = timed_out or is_transient(stderr)
    return outcome


def _first_line(text: Optional[str]) -> str:
    for line in (text or "").splitlines():
        if line.strip() and not _REPORT_RE.match(line):
            return line.strip()
    return ""


def json_lines(stdout: str):
    """Each line of ``stdout`` that is a JSON object; other lines (logs, garbage) are skipped."""
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                yield value


def last_json_document(stdout: str) -> Optional[dict]:
    """The last JSON object in ``stdout``, pretty-printed or not, after any log lines."""
    text = stdout.strip()
    if not text:
        return None
    lines = text.splitlines()
    for start in range(len(lines) - 1, -1, -1):
        if lines[start].startswith("{"):  # a top-level object starts in column 0
            try:
                value = json.loads("\n".join(lines[start:]))
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
    return None
