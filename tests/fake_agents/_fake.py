"""Shared behaviour of the fake agent CLIs (claude, codex, opencode, openclaw).

Each fake speaks its tool's real output format; what it does is chosen by
``FAKE_MODE`` (env) or a ``FAKE:mode[,mode...]`` token in the prompt. With a
list, each invocation for the same task takes the next mode (the count lives
next to the task's runs, or in ``FAKE_STATE``), so "error,error,success" fails
twice and then succeeds. Modes:

success, error, crash, hang, stubborn (ignores SIGTERM, and so does a child it
starts), garbage, noterminal, write (writes ``FAKE_WRITE``/``FAKE_WRITE:path``
and reports its path), ratelimit, blocked, slow (sleeps ``FAKE_SLEEP`` s first).

``FAKE_LOG=path`` appends one JSON line per call: tool, argv, cwd, stdin.
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
            count = int(open(path).read().strip() or 0)
        except (OSError, ValueError):
            count = 0
        with open(path, "w") as handle:
            handle.write(str(count + 1))
    return modes[min(count, len(modes) - 1)]


def log_call(tool, prompt):
    path = os.environ.get("FAKE_LOG")
    if not path:
        return
    stdin = "" if sys.stdin is None else sys.stdin.read()
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
    return f"All done.\nDELIVERABLE: finished {task} (fake result)"


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
                                  "import signal,time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                                  "open(__import__('os').environ.get('FAKE_CHILD_PID','/dev/null'),'w')"
                                  ".write(str(__import__('os').getpid()))\nwhile True: time.sleep(60)"])
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
