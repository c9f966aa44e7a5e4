"""Reading what a worker says: its report lines, its failure texts, its terminal noise.

- ``parse_report``: the lines the prompt asks every worker to end with
  (``DELIVERABLE:``, ``DELIVERABLE_PATH:``, ``BLOCKED:``, ``ACTION:``, ``QUESTION:``);
- ``classify``/``status_verdict``: whether a failure is worth the same approach again after a
  wait (``transient``), can never succeed by retrying (``permanent``), or neither. The texts
  are those the real CLIs print (claude 2.1, codex 0.171, opencode 1.18; see
  references/workers.md); a structured status code, when a backend has one, wins over text;
- ``strip_escapes``: terminal escape and control sequences (colour codes on opencode's stderr,
  window titles, clipboard writes) never reach an Outcome, the queue or a notice.
"""

import re

# Pattern sources, compiled by their first use (re's own cache keeps them): a pass that only
# plans sub-agent spawns never reads a worker's words, and compiling these cost ~1.5 ms per command.
_REPORT = (
    r"^\s*[*_`>-]*\s*(DELIVERABLE_PATH|DELIVERABLE|BLOCKED|ACTION|QUESTION)\s*[*_`]*\s*:\s*[*_`]*\s*(.*?)\s*[*_`]*\s*$",
)

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences, C1 CSI, then
# any control character but tab and newline.
_ESCAPE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]",
)

TRANSIENT_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 529})
PERMANENT_STATUSES = frozenset({401, 403, 404})

_TRANSIENT = (
    r"timed? ?out|timeout|connection (?:refused|reset|closed|error)|ECONNREFUSED|ECONNRESET|ETIMEDOUT"
    r"|network (?:error|is unreachable)|temporarily unavailable|rate[ _-]?limit|too many requests"
    r"|overloaded|usage limit|quota exceeded|try again later|high demand|stream disconnected"
    r"|exceeded retry limit|database is locked|Failed query:\s*CREATE TABLE|SQLITE_BUSY"
    # a stored session that is gone (claude, codex, opencode): the retry starts a new one
    r"|No conversation found with session ID|no rollout found for thread id|Session not found"
    r"|\b(?:HTTP|status|code|error|API Error)\D{0,12}(?:408|429|5\d\d)\b",
    re.IGNORECASE,
)
_PERMANENT = (
    r"invalid (?:x-)?api[ _-]?key|authentication|unauthori[sz]ed|forbidden|permission denied|not logged in"
    r"|cannot be used with root|unknown (?:option|argument)|unexpected argument|unrecognized (?:option|argument)"
    r"|\b(?:HTTP|status|code|API Error)\D{0,12}(?:401|403)\b",
    re.IGNORECASE,
)


def strip_escapes(text: str) -> str:
    """``text`` without terminal escape sequences or control characters (tab and newline stay)."""
    return re.compile(*_ESCAPE).sub("", text.replace("\r\n", "\n")) if text else text


def is_report_line(line: str) -> bool:
    match = re.compile(*_REPORT).match(line)
    return bool(match and match.group(2))


def parse_report(text: str | None) -> dict:
    """The report lines of a final message (the last of each kind wins; ACTION lines add up).

    A QUESTION counts only as the last report line: a worker that asked, then went on and
    delivered, does not need the user.
    """
    found = {"deliverable": None, "deliverable_path": None, "blocked": None, "actions": [], "question": None}
    last = None
    for line in (text or "").splitlines():
        match = re.compile(*_REPORT).match(line)
        if not match or not match.group(2):
            continue
        key, value = match.group(1), match.group(2)
        last = key
        if key == "ACTION":
            found["actions"].append(value)
        else:
            found[key.lower()] = value
    if last != "QUESTION":
        found["question"] = None
    return found


def status_verdict(status) -> str | None:
    """``transient``/``permanent``/None for an HTTP status a tool reported."""
    if not isinstance(status, int) or isinstance(status, bool):
        return None
    if status in TRANSIENT_STATUSES or 500 <= status <= 599:
        return "transient"
    if status in PERMANENT_STATUSES:
        return "permanent"
    return None


def classify(text: str | None) -> str | None:
    """``transient``/``permanent``/None from a failure text (transient wins: it names the cause)."""
    if not text:
        return None
    if re.compile(*_TRANSIENT).search(text):
        return "transient"
    if re.compile(*_PERMANENT).search(text):
        return "permanent"
    return None
