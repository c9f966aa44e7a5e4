"""Did the attempt deliver what its type promises? (the skill's verification guide, made concrete)

Called only for attempts whose worker reported success. Returns None when the
check passes, or a short text saying what is missing; that text becomes the
attempt's ``verification_failure`` and the attempt counts as failed.
"""

import os
import re

ERROR_MARKERS = re.compile(r"Traceback \(most recent call last\)|\bFATAL\b|Error:")
ERROR_PAGE = re.compile(
    r"\b404\b.{0,20}not found|page not found|403 forbidden|access denied|service unavailable"
    r"|captcha|are you a robot|enable javascript|<html|<!doctype html",
    re.IGNORECASE,
)
SENT = re.compile(r"\b(sent|delivered|posted|message[_ ]?id|messageId)\b", re.IGNORECASE)
NOT_SENT = re.compile(r"\b(not sent|failed to (send|deliver)|could not (send|deliver)|unable to (send|deliver))\b",
                      re.IGNORECASE)
STOPWORDS = frozenset(
    "the and for with from that this into about what which when where your their there have has was were "
    "will would should could them then than also just only make find look check find list give show tell "
    "using used use please task goal".split()
)
_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{2,}")
_PATH_RE = re.compile(r"(?:~|\.{0,2}/)?[\w.-]+(?:/[\w.-]+)*\.[A-Za-z0-9]{1,8}\b|(?:~|\.{0,2})?/[\w./-]+")
STDERR_TAIL = 2000


def verify(task: dict, outcome, *, workdir: str, stderr: str = "") -> str | None:
    check = CHECKS.get(task.get("type") or "unknown", _deliverable_present)
    return check(task, outcome, workdir, stderr)


def _text(outcome) -> str:
    return (outcome.deliverable or outcome.text or outcome.summary or "").strip()


def _deliverable_present(task, outcome, workdir, stderr):
    if not _text(outcome):
        return "the worker delivered nothing (empty result)"
    return None


def _file_creation(task, outcome, workdir, stderr):
    reported = outcome.deliverable_path
    if not reported:
        return "no DELIVERABLE_PATH reported for a file-creation task"
    path = os.path.realpath(os.path.join(workdir, os.path.expanduser(reported)))
    if not os.path.isfile(path):
        return f"the reported file {reported} does not exist"
    if os.path.getsize(path) == 0:
        return f"the reported file {reported} is empty"
    if not any(_inside(path, place) for place in _allowed_places(task, workdir)):
        return f"the reported file {reported} is outside the task's folder and the places it named"
    return None


def named_file_written(task: dict, workdir: str, since: str | None) -> str | None:
    """The one file the task names (in its command, description or goal) that this attempt wrote.

    A shell command or a worker that forgot its DELIVERABLE_PATH line still
    delivered the file the user asked for; a file older than the attempt did not count.
    """
    if not since:
        return None
    from task_runner.timeutil import parse_iso

    started = parse_iso(since).timestamp() - 1
    found = []
    for text in (task.get("command"), task.get("description"), task.get("goal")):
        for named in _PATH_RE.findall(text or ""):
            path = os.path.realpath(os.path.join(workdir, os.path.expanduser(named)))
            if path not in found and os.path.isfile(path) and os.path.getmtime(path) >= started:
                found.append(path)
    return found[0] if len(found) == 1 else None


def _allowed_places(task, workdir):
    places = [os.path.realpath(workdir)]
    if task.get("workdir"):
        places.append(os.path.realpath(os.path.expanduser(task["workdir"])))
    for text in (task.get("description"), task.get("goal")):
        # A bare file name names a place under the workdir, which is already allowed.
        places += [os.path.realpath(os.path.join(workdir, os.path.expanduser(named)))
                   for named in _PATH_RE.findall(text or "") if "/" in named or named.startswith("~")]
    return places


def _inside(path: str, place: str) -> bool:
    return path == place or path.startswith(place.rstrip(os.sep) + os.sep)


def _code_execution(task, outcome, workdir, stderr):
    end = (stderr or "")[-STDERR_TAIL:]
    marker = ERROR_MARKERS.search(end)
    if marker:
        return f"error marker {marker.group(0)!r} at the end of stderr"
    return None


def _info_lookup(task, outcome, workdir, stderr):
    text = _text(outcome)
    if not text:
        return "the lookup returned nothing"
    if ERROR_PAGE.search(text[:2000]):
        return "the result looks like an error page, not an answer"
    wanted = _terms(task.get("goal") or task.get("description") or "")
    if wanted and not wanted & _terms(outcome.text + " " + text):
        return "the result shares no key term with the goal (" + ", ".join(sorted(wanted)[:5]) + ")"
    return None


def _messaging(task, outcome, workdir, stderr):
    text = _text(outcome) + " " + (outcome.text or "")
    if NOT_SENT.search(text) or not SENT.search(text):
        return "the worker did not confirm that the message was sent"
    return None


def _terms(text: str) -> set:
    """Lower-case word stems (first 5 letters) that carry meaning."""
    return {word.lower()[:5] for word in _WORD_RE.findall(text) if word.lower() not in STOPWORDS and len(word) >= 4}


CHECKS = {
    "file-creation": _file_creation,
    "code-execution": _code_execution,
    "info-lookup": _info_lookup,
    "messaging": _messaging,
    "agent-delegation": _deliverable_present,
    "reminder-scheduling": _deliverable_present,
    "unknown": _deliverable_present,
}
