"""Shared behaviour of the fake agent CLIs (claude, codex, opencode, openclaw).

claude, codex and opencode replay what the real CLIs printed (recorded/<tool>/<case>.json,
written by tests/real_cli/record_fakes.py from real runs against a scripted model), with the
session id, final text and folders filled in, so their bytes have the real shape. What a fake
does is chosen by ``FAKE_MODE`` (env) or a ``FAKE:mode[,mode...]`` token in the prompt (read
from stdin or argv, as the real CLI reads it). With a list, each invocation for the same task
takes the next mode (the count lives next to the task's runs, or in ``FAKE_STATE``), so
"error,error,success" fails twice and then succeeds. Modes:

success, write (writes ``FAKE_WRITE``/``FAKE_WRITE:path`` and reports its path), blocked,
question, error (a plain failure), ratelimit (HTTP 429), servererror (HTTP 500), auth (HTTP
401), denied (a refused permission), lostsession and root (claude), dblocked (opencode's
locked SQLite), hang (prints what the real CLI prints before the model answers, then waits),
stubborn (the same, ignoring SIGTERM, and so does a child it starts), noterminal (that prefix,
then exit 0), garbage, crash, slow (sleeps ``FAKE_SLEEP`` s first).

``FAKE_TEXT`` replaces the final message of a success. ``FAKE_LOG=path`` appends one JSON
line per call: tool, argv, cwd, stdin, prompt.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time

MODE_RE = re.compile(r"FAKE:([a-z,]+)")
WRITE_RE = re.compile(r"FAKE_WRITE:(\S+)")
TASK_RE = re.compile(r"\bT-\d+\b")


def _counter_path(prompt):
    state = os.environ.get("FAKE_STATE")
    run_dir = os.environ.get("TASK_RUNNER_RUN_DIR")
    task = os.environ.get("TASK_RUNNER_TASK_ID") or (TASK_RE.search(prompt) or [None])[0] or "none"
    if state:
        os.makedirs(state, exist_ok=True)
        return os.path.join(state, f"{task}.count")
    if run_dir:
        return os.path.join(os.path.dirname(run_dir.rstrip("/")), "fake.count")
    return None


def choose_mode(prompt):
    spec = os.environ.get("FAKE_MODE")
    if not spec:
        match = MODE_RE.search(prompt)
        spec = match.group(1) if match else "success"
    modes = [mode for mode in spec.split(",") if mode]
    path = _counter_path(prompt)
    count = 0
    if path:
        try:
            with open(path) as handle:
                count = int(handle.read().strip() or 0)
        except (OSError, ValueError):
            count = 0
        with open(path, "w") as handle:
            handle.write(str(count + 1))
    return modes[min(count, len(modes) - 1)]


def read_stdin():
    return "" if sys.stdin is None else sys.stdin.read()


def log_call(tool, prompt, stdin=""):
    path = os.environ.get("FAKE_LOG")
    if not path:
        return
    with open(path, "a") as handle:
        handle.write(json.dumps({"tool": tool, "argv": sys.argv[1:], "cwd": os.getcwd(), "stdin": stdin,
                                 "prompt": prompt}) + "\n")


def final_text(prompt, mode):
    task = (TASK_RE.search(prompt) or ["the task"])[0]
    if mode == "write":
        match = WRITE_RE.search(prompt)
        target = os.environ.get("FAKE_WRITE") or (match.group(1) if match else "output.txt")
        path = os.path.abspath(target)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            handle.write(f"content for {task}\n")
        return f"I wrote the file.\nDELIVERABLE: wrote {os.path.basename(path)} for {task}\nDELIVERABLE_PATH: {path}"
    if mode == "blocked":
        return ("I could not log in.\nBLOCKED: the staging credentials are missing\n"
                "ACTION: add STAGING_TOKEN to ~/.openclaw/.env\nACTION: retry " + task)
    if mode == "question":
        return "Two servers match.\nQUESTION: deploy to eu-1 or us-2?"
    if os.environ.get("FAKE_TEXT"):  # the whole final message, for answers a test chooses
        return os.environ["FAKE_TEXT"]
    return f"All done.\nDELIVERABLE: finished {task} (fake result)"


RECORDED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recorded")
TEXT_MODES = ("success", "write", "blocked", "question")
# Failures with no recording of their own: a recorded failure with its message swapped.
PLAIN_ERRORS = {
    "claude": ("lostsession", "No conversation found with session ID: @SESSION@", "Unexpected error: the tool crashed"),
    "codex": ("servererror", "We’re currently experiencing high demand, which may cause temporary errors.",
              "unexpected status 400 Bad Request: invalid request, url: http://127.0.0.1:@PORT@/v1/responses"),
    "opencode": ("auth", "invalid x-api-key", "invalid request"),
}


def recorded(tool, case):
    with open(os.path.join(RECORDED, tool, case + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


def fill(text, session, final=""):
    return (text.replace("@SESSION@", session).replace("@TEXT@", json.dumps(final, ensure_ascii=False)[1:-1])
            .replace("@DIR@", os.getcwd()).replace("@PORT@", "9"))


def replay(tool, prompt, mode, session):
    """Print what the real ``tool`` printed in ``mode`` and exit as it did (never returns)."""
    case, swap = mode, None
    if mode in TEXT_MODES:
        case = "success"
    elif mode == "error":
        case, *swap = PLAIN_ERRORS[tool]
    elif mode in ("hang", "stubborn", "noterminal"):
        case = "hang"
    elif mode == "denied" and tool == "codex":  # codex's sandbox refusal shows only in the model's words
        case, mode = "success", "blocked"
    record = recorded(tool, case)
    stdout, stderr = record["stdout"], record["stderr"]
    if swap:
        stdout, stderr = stdout.replace(*swap), stderr.replace(*swap)
        if tool == "opencode":
            stdout = stdout.replace('"statusCode":401', '"statusCode":400')
    final = final_text(prompt, mode) if mode in TEXT_MODES else ""
    sys.stdout.write(fill(stdout, session, final))
    sys.stdout.flush()
    sys.stderr.write(fill(stderr, session, final))
    sys.stderr.flush()
    if case == "hang" and mode != "noterminal":
        misbehave(mode)
    sys.exit(record["exit"] or 0)


def mode_for(prompt):
    """This call's mode, after the tool-independent misbehaviour (hang and stubborn wait in replay)."""
    mode = choose_mode(prompt)
    return mode if mode in ("hang", "stubborn") else misbehave(mode)


def misbehave(mode):
    """The modes that look the same for every tool. Returns only for the tool-specific ones."""
    if mode == "slow":
        time.sleep(float(os.environ.get("FAKE_SLEEP", "1")))
        return "success"
    if mode == "hang":
        while True:
            time.sleep(60)
    if mode == "stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        child = subprocess.Popen([sys.executable, "-c",
                                  ("import signal,time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                                  "open(__import__('os').environ.get('FAKE_CHILD_PID','/dev/null'),'w')"
                                  ".write(str(__import__('os').getpid()))\nwhile True: time.sleep(60)")])
        del child
        while True:
            time.sleep(60)
    if mode == "garbage":
        print("Welcome!  <<not json>> {broken: json")
        print("\x1b[31msome colour\x1b[0m")
        sys.exit(0)
    if mode == "crash":
        print("Traceback (most recent call last):\n  File \"agent.js\", line 1\nTypeError: boom", file=sys.stderr)
        sys.exit(1)
    return mode


def emit(obj, pretty=False):
    print(json.dumps(obj, indent=2 if pretty else None), flush=True)
