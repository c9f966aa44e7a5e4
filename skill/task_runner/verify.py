"""Did an attempt its worker called a success really deliver? Judged from facts, never from wording.

The worker's own verdict (its CLI's terminal event, the DELIVERABLE/BLOCKED report lines,
``report --ok``) is the primary one. This check may overturn a success only on evidence:

- any type: the worker said it did not do the step (a BLOCKED line or a final QUESTION), or
  delivered nothing at all (no text, no file);
- file-creation: the file it reported, or the one file the task names, is missing, empty, or
  was not written during this attempt;
- code-execution: the worker reports permissions it was denied (a command it could not run).

Nothing here reads the answer for key words: "Emmanuel Macron", "$38,990" or "Emailed Bob the
report" are answers, not evidence of failure. Returns None when the attempt stands, else one
line saying what is missing; that becomes the attempt's ``verification_failure``.
"""

import os
import re

from task_runner.timeutil import parse_iso

# A file name in a task's words: "summary.md", "./out/report.csv", "~/notes.txt", "/srv/a.json".
_PATH_RE = re.compile(r"(?:~|\.{0,2}/)?[\w.-]+(?:/[\w.-]+)*\.[A-Za-z0-9]{1,8}\b|(?:~|\.{0,2})?/[\w./-]+")
# Extensions that make a named word a file for sure ("e.g." or "v2.1" are not files).
FILE_EXTENSIONS = frozenset((
    "md", "txt", "csv", "tsv", "json", "jsonl", "yaml", "yml", "toml", "ini", "cfg", "conf", "xml", "html",
    "htm", "css", "js", "ts", "tsx", "jsx", "py", "rb", "go", "rs", "java", "kt", "c", "h", "cpp", "hpp",
    "cs", "php", "sh", "bash", "zsh", "sql", "log", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    "odt", "ods", "png", "jpg", "jpeg", "gif", "svg", "webp", "mp3", "mp4", "wav", "zip", "tar", "gz", "tgz",
    "ics", "vcf", "eml", "rst", "tex", "ipynb", "env", "lock",
))
MTIME_SLACK_S = 1.0  # file systems with coarse timestamps


def verify(task: dict, outcome, *, workdir: str, stderr: str = "", started_at: str | None = None) -> str | None:
    """None when ``outcome`` (ok) stands; else what the evidence says is missing.

    ``started_at`` (the attempt's ISO start) enables the freshness check of files; ``stderr``
    is accepted from callers but is not evidence (warnings and recovered errors live there).
    """
    if outcome.blocked:
        return f"the worker said it did not do it: {outcome.blocked}"
    if outcome.question:
        return f"the worker needs an answer first: {outcome.question}"
    check = CHECKS.get(task.get("type") or "unknown")
    failure = check(task, outcome, workdir, started_at) if check else None
    if failure:
        return failure
    if not (outcome.deliverable or outcome.deliverable_path or (outcome.text or "").strip()
            or (outcome.summary or "").strip()):
        return "the worker delivered nothing (empty result)"
    return None


def _file_creation(task, outcome, workdir, started_at):
    reported = outcome.deliverable_path
    if reported:
        return _file_problem(reported, workdir, started_at, "reported")
    named = named_files(task, workdir)
    if len(named) == 1:
        return _file_problem(named[0], workdir, started_at, "named")
    return None  # no file reported or named: nothing to check against


def _file_problem(path: str, workdir: str, started_at: str | None, how: str) -> str | None:
    full = _resolve(path, workdir)
    if not os.path.isfile(full):
        return f"the {how} file {path} does not exist"
    if os.path.getsize(full) == 0:
        return f"the {how} file {path} is empty"
    since = _timestamp(started_at)
    if since is not None and os.path.getmtime(full) < since - MTIME_SLACK_S:
        return f"the {how} file {path} was not written during this attempt"
    return None


def _code_execution(task, outcome, workdir, started_at):
    if outcome.denials:
        return "the worker was denied: " + "; ".join(outcome.denials)
    return None


def named_files(task: dict, workdir: str) -> list:
    """The files the task's command, description or goal name (with a file extension), in order."""
    found = []
    for text in (task.get("command"), task.get("description"), task.get("goal")):
        for named in _PATH_RE.findall(text or ""):
            named = named.rstrip(".")
            if named.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS and named not in found:
                found.append(named)
    return found


def named_file_written(task: dict, workdir: str, since: str | None) -> str | None:
    """The one file the task names (in its command, description or goal) that this attempt wrote.

    A shell command or a worker that forgot its DELIVERABLE_PATH line still
    delivered the file the user asked for; a file older than the attempt did not count.
    """
    started = _timestamp(since)
    if started is None:
        return None
    found = []
    for text in (task.get("command"), task.get("description"), task.get("goal")):
        for named in _PATH_RE.findall(text or ""):
            path = _resolve(named, workdir)
            if path not in found and os.path.isfile(path) and os.path.getmtime(path) >= started - MTIME_SLACK_S:
                found.append(path)
    return found[0] if len(found) == 1 else None


def _resolve(path: str, workdir: str) -> str:
    return os.path.realpath(os.path.join(workdir, os.path.expanduser(path)))


def _timestamp(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return parse_iso(iso).timestamp()
    except (ValueError, TypeError):
        return None


CHECKS = {"file-creation": _file_creation, "code-execution": _code_execution}
