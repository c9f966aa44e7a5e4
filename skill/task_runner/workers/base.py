"""What every worker backend shares: the launch it asks for and the outcome it reports.

A backend is a module with these functions:

- ``build(task, prompt, run) -> Launch``: the argv (never a shell line), extra
  environment, stdin text (the prompt, whenever the CLI reads it from stdin, so
  a prompt of any length fits) and the session id it pre-assigned, if any;
- ``outcome(stdout, stderr, exit_code, timed_out) -> Outcome``: the verdict,
  taken from the tool's own terminal event and every failure signal it prints
  (status codes, denied permissions, error lists). An exit code alone is never
  trusted: exit 0 without a terminal event is a failure;
- ``preflight(task, setting) -> str | None`` (optional): why it cannot start at all.

The report lines the prompt asks for (``DELIVERABLE:``, ``DELIVERABLE_PATH:``,
``BLOCKED:``, ``ACTION:``, ``QUESTION:``) are read in ``signals`` for all backends.
"""

import json
import math

from task_runner.workers.signals import (
    classify,
    is_report_line,
    parse_report,
    strip_escapes,
)

SUMMARY_LIMIT = 200
TAIL_LIMIT = 2000
TEXT_LIMIT = 20000  # the final message kept in result.json and the attempt entry
FIELD_LIMIT = 2000  # any other text field


class _Record:
    """A plain record class (dataclasses cost ~5 ms of imports: every pass that starts or ends an
    attempt would pay them). ``_FIELDS``: (name, default or a zero-argument factory, is factory)."""

    _FIELDS: tuple = ()

    def __init__(self, *args, **kwargs):
        names = [name for name, _, _ in self._FIELDS]
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes at most {len(names)} positional arguments")
        given = dict(zip(names, args))
        for name in kwargs:
            if name in given or name not in names:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated argument {name!r}")
        given.update(kwargs)
        for name, default, factory in self._FIELDS:
            if name in given:
                setattr(self, name, given[name])
            elif default is _REQUIRED:
                raise TypeError(f"{type(self).__name__}: missing argument {name!r}")
            else:
                setattr(self, name, default() if factory else default)

    def to_dict(self) -> dict:
        return {name: _copied(getattr(self, name)) for name, _, _ in self._FIELDS}

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.to_dict().items())})"


_REQUIRED = object()


def _copied(value):
    """What dataclasses.asdict did: lists and dicts copied, so the dict does not alias the record."""
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    return value


class Run(_Record):
    """One attempt as the dispatcher sees it when it asks a backend for a launch: ``attempt``,
    ``workdir``, ``run_dir``, ``timeout_s``, ``resume_session`` (the previous attempt's session, when
    it may be resumed) and ``setting(key, default)``."""

    _FIELDS = (("attempt", _REQUIRED, False), ("workdir", _REQUIRED, False), ("run_dir", _REQUIRED, False),
               ("timeout_s", _REQUIRED, False), ("resume_session", None, False),
               ("setting", lambda key, default=None: default, False))


class Launch(_Record):
    """``argv``; ``env`` added to the supervisor's environment; ``stdin`` (None: /dev/null);
    ``session``, a pre-assigned session id (claude, openclaw, command)."""

    _FIELDS = (("argv", _REQUIRED, False), ("env", dict, True), ("stdin", None, False), ("session", None, False))


class Outcome(_Record):
    """How one attempt ended, as its worker told it. Every text in it is free of terminal escapes.

    ``ok`` the worker delivered; ``transient`` worth the same approach again after a wait
    (rate limit, overload, 5xx, network, a locked database, a timeout); ``permanent`` block
    after this attempt, a retry cannot help (bad credentials, a denied permission, root with
    bypassPermissions, a worker that said BLOCKED or asked a QUESTION). ``denials`` names what
    the worker was not allowed to do; ``cost_usd``/``tokens`` what the attempt used, when the
    tool says.
    """

    _FIELDS = (("ok", _REQUIRED, False), ("transient", False, False), ("permanent", False, False),
               ("summary", "", False), ("text", "", False), ("session", None, False), ("deliverable", None, False),
               ("deliverable_path", None, False), ("blocked", None, False), ("actions", list, True),
               ("question", None, False), ("denials", list, True), ("error", None, False),
               ("cost_usd", None, False), ("tokens", None, False))

    def __setattr__(self, name: str, value) -> None:
        # Every text is cleaned on its way in, at construction and on any later assignment.
        if name in _TEXT_FIELDS and value is not None:
            value = _clean(value, TEXT_LIMIT if name == "text" else FIELD_LIMIT)
        elif name in _LIST_FIELDS and isinstance(value, (list, tuple)):
            value = [_clean(item, FIELD_LIMIT) for item in value]
        object.__setattr__(self, name, value)

    @classmethod
    def from_dict(cls, data) -> "Outcome":
        """An Outcome from a result.json written by a worker's supervisor; ValueError for any bad shape.

        ValueError, not TypeError, for a wrong type too: the caller loses that one attempt
        with the message and goes on with the pass. Unknown keys are ignored (a newer
        writer); a known key of the wrong type, a non-finite number or a missing ``ok`` is
        refused with the field named.
        """
        if not isinstance(data, dict):
            raise ValueError(f"outcome is {type(data).__name__}, not an object")  # noqa: TRY004
        if "ok" not in data:
            raise ValueError("outcome.ok is missing")
        known = {}
        for name, _, _ in cls._FIELDS:
            if name in data:
                accepts, wanted = _SHAPES[name]
                if not accepts(data[name]):
                    raise ValueError(f"outcome.{name} is {_shown(data[name])}, not {wanted}")
                known[name] = data[name]
        return cls(**known)


_TEXT_FIELDS = frozenset(("summary", "text", "session", "deliverable", "deliverable_path", "blocked", "question",
                          "error"))
_LIST_FIELDS = frozenset(("actions", "denials"))


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _text(value) -> bool:
    return isinstance(value, str)


def _text_or_none(value) -> bool:
    return value is None or isinstance(value, str)


def _texts(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _flag(value) -> bool:
    return isinstance(value, bool)


_SHAPES = {
    "ok": (_flag, "true/false"), "transient": (_flag, "true/false"), "permanent": (_flag, "true/false"),
    "summary": (_text, "text"), "text": (_text, "text"),
    **{name: (_text_or_none, "text or null")
       for name in ("session", "deliverable", "deliverable_path", "blocked", "question", "error")},
    "actions": (_texts, "a list of texts"), "denials": (_texts, "a list of texts"),
    "cost_usd": (lambda value: value is None or _finite(value), "a finite number or null"),
    "tokens": (lambda value: value is None or (isinstance(value, dict) and all(
        isinstance(key, str) and _finite(count) for key, count in value.items())), "an object of finite numbers"),
}


def _shown(value) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, float) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _clean(value: str, limit: int) -> str:
    text = strip_escapes(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def option(run: Run, key: str, flag: str) -> list:
    """``[flag, value]`` when the setting ``key`` is set, else nothing."""
    value = run.setting(key, None)
    return [flag, value] if value else []


def one_line(text: str | None, limit: int = SUMMARY_LIMIT) -> str:
    line = " ".join(strip_escapes(text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def tail(text: str | None, limit: int = TAIL_LIMIT) -> str:
    text = strip_escapes(text or "").strip()
    return text if len(text) <= limit else "…" + text[-limit:]


def judged(ok: bool, text: str, *, session=None, error=None, timed_out=False, stderr="", transient=None,
           permanent=None, denials=(), cost_usd=None, tokens=None) -> Outcome:
    """An Outcome from a terminal verdict, the tool's own signals and the report lines of the final text.

    A worker that says BLOCKED or ends on a QUESTION failed, whatever its tool reported, and
    is permanent (it told us what it needs); so is an attempt with denied permissions. Unless
    the backend decided from a structured signal (a status code), transient and permanent are
    read from the error text; a timeout is transient.
    """
    text = strip_escapes(text or "")
    report = parse_report(text)
    denials = list(denials)
    if report["blocked"] or report["question"] or denials:
        ok = False
        said = [f"denied permission for {'; '.join(denials)}"] if denials else []
        if report["blocked"]:
            said.append(f"blocked: {report['blocked']}")
            if denials:  # what the user reads must name what was refused
                report["blocked"] += f" (denied: {'; '.join(denials)})"
        elif report["question"]:
            said.append(f"the worker needs an answer: {report['question']}")
        error = "; ".join(said) + (f" ({error})" if error else "")
        transient, permanent = False, True
    if not ok and not error:
        error = tail(stderr) or "the worker reported failure without a message"
    if ok:
        transient, permanent = False, False
    else:
        verdict = classify(error)
        transient = (timed_out or verdict == "transient") if transient is None else transient
        permanent = (not transient and verdict == "permanent") if permanent is None else permanent
    if ok:
        summary = report["deliverable"] or _first_line(text)
    else:
        summary = report["blocked"] or report["question"] or error
    return Outcome(
        ok=ok, transient=transient, permanent=permanent, summary=one_line(summary), text=text, session=session,
        error=None if ok else one_line(error, 1000), denials=denials, cost_usd=cost_usd, tokens=tokens, **report,
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
    verdict = classify(stderr)
    return judged(False, text, session=session, error=error, timed_out=timed_out,
                  transient=timed_out or verdict == "transient", permanent=not timed_out and verdict == "permanent")


def numbers(source, names: dict) -> dict | None:
    """``{ours: source[theirs]}`` for each of ``names`` that is a finite number; None when none is."""
    if not isinstance(source, dict):
        return None
    found = {ours: source[theirs] for theirs, ours in names.items() if _finite(source.get(theirs))}
    return found or None


def finite_or_none(value) -> float | None:
    return float(value) if _finite(value) else None


def _first_line(text: str | None) -> str:
    for line in (text or "").splitlines():
        if line.strip() and not is_report_line(line):
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


def last_json_document(stdout: str) -> dict | None:
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
