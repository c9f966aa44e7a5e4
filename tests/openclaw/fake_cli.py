#!/usr/bin/env python3
"""A fake `openclaw` CLI for the client's unit tests: it prints exactly what OpenClaw 2026.9.6 prints
(captured from the real CLI against a live gateway; the real one is exercised in
test_openclaw_integration.py and test_openclaw_e2e.py) for the commands openclaw.py uses, from a
JSON state file: {"tasks": [ledger records], "jobs": [...], "scratch": {job id: {...}}, "events": []}.

FAKE_OPENCLAW_STATE: the state file; FAKE_OPENCLAW_LOG: one JSON argv per line;
FAKE_OPENCLAW_MODE: ok | down (gateway commands fail like an unreachable gateway) | hang
(sleeps, with a grandchild that must die with it; pids in STATE.pids).
"""

import json
import os
import subprocess
import sys
import time

argv = sys.argv[1:]
state_path = os.environ["FAKE_OPENCLAW_STATE"]
with open(os.environ["FAKE_OPENCLAW_LOG"], "a") as log:
    log.write(json.dumps(argv) + "\n")
mode = os.environ.get("FAKE_OPENCLAW_MODE", "ok")
state = {}
if os.path.exists(state_path):
    with open(state_path) as handle:
        state = json.load(handle)
GATEWAY_DOWN = {"ok": False, "error": {"type": "cli_error",
                                       "message": "Gateway not reachable at ws://127.0.0.1:18789 (ECONNREFUSED)."}}


def save():
    with open(state_path, "w") as handle:
        json.dump(state, handle)


def opt(name):
    return argv[argv.index(name) + 1] if name in argv else None


def out(document):
    print(json.dumps(document, indent=2))


def find(lookup):
    return next((t for t in state.get("tasks", [])
                 if lookup in (t.get("taskId"), t.get("runId"), t.get("childSessionKey"))), None)


def miss(lookup):
    return f"Task not found: {lookup}. Run `openclaw tasks list` to see recent task ids."


if mode == "hang":
    child = subprocess.Popen(["sleep", "300"])
    with open(state_path + ".pids", "a") as handle:
        handle.write(f"{os.getpid()} {child.pid}\n")
    time.sleep(300)
if argv[:1] == ["--version"]:
    print("OpenClaw 2026.9.6 (eb377ac)")
elif argv[:1] == ["tasks"]:  # the ledger is read locally: works with the gateway down
    if argv[1] == "list":
        tasks = [t for t in state.get("tasks", []) if not opt("--runtime") or t.get("runtime") == opt("--runtime")]
        out({"count": len(tasks), "runtime": opt("--runtime"), "status": None, "tasks": tasks})
    elif argv[1] == "show":
        task = find(argv[2])
        if task is None:
            out({"ok": False, "error": {"type": "cli_error", "message": miss(argv[2])}})
            sys.exit(1)
        out(task)
    elif argv[1] == "cancel":
        task = find(argv[2])
        if task is None:
            print(miss(argv[2]), file=sys.stderr)
            sys.exit(1)
        if task["status"] not in ("queued", "running"):
            print("Task is already terminal.", file=sys.stderr)
            sys.exit(1)
        task["status"] = "cancelled"
        save()
        print(f"Cancelled {task['taskId']} (subagent) run {task['runId']}.")
elif mode == "down":
    out(GATEWAY_DOWN)
    sys.exit(1)
elif argv[:2] == ["cron", "list"]:
    jobs = state.get("jobs", [])
    out({"jobs": jobs, "total": len(jobs), "offset": 0, "limit": 200, "hasMore": False, "nextOffset": None})
elif argv[:2] == ["cron", "scratch"]:
    job, scratch = argv[2], state.setdefault("scratch", {})
    current = scratch.get(job)
    revision = current["revision"] if current else 0
    if "--file" not in argv and "--unset" not in argv:
        out({"scratch": current, "currentRevision": revision, "maxBytes": 262144})
    else:
        if opt("--expected-revision") is not None and int(opt("--expected-revision")) != revision:
            print(f"Error: cron scratch changed concurrently (current revision {revision})", file=sys.stderr)
            sys.exit(1)
        scratch[job] = None if "--unset" in argv else {"content": sys.stdin.read(), "revision": revision + 1,
                                                         "updatedAtMs": int(time.time() * 1000)}
        save()
        out({"ok": True, "scratch": scratch[job], "currentRevision": revision + 1, "maxBytes": 262144})
elif argv[:2] == ["system", "event"]:
    state.setdefault("events", []).append({"text": opt("--text"), "mode": opt("--mode"),
                                           "sessionKey": opt("--session-key")})
    save()
    out({"ok": True})
else:
    print(f"error: unknown command '{' '.join(argv[:2])}'", file=sys.stderr)
    sys.exit(1)
