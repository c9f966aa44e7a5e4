"""Record what the real CLIs print, for the fakes in tests/fake_agents/ to replay byte for byte.

    .venv/bin/python tests/real_cli/record_fakes.py [CASE ...]   (after scripts/install-agent-clis.sh)

Each case runs the real CLI through our backend against the scripted model (harness.py) and
writes tests/fake_agents/recorded/<kind>/<case>.json: {"version", "stdout", "stderr", "exit"}.
Run-specific values become placeholders the fakes fill in: @SESSION@ (session or thread id),
@TEXT@ (the final message, JSON-escaped where it sits in JSON), @DIR@ (the run's folders),
@PORT@ (the model server's port). Re-run it when a CLI's output changes.
"""

import json
import re
import sys
import tempfile
import uuid
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2] / "skill")]

from real_cli.harness import KINDS, attempt, find, finish, start, version  # noqa: E402 (after sys.path)
from scripted_model import Reply, ScriptedModel, in_order  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "fake_agents" / "recorded"
TEXT = "RECORDED-FINAL-TEXT"
DENIED = {
    "claude": {"name": "Bash", "arguments": {"command": "curl -s http://127.0.0.1:9/x -o out.txt",
                                             "description": "fetch the page"}},
    "opencode": {"name": "read", "arguments": {"filePath": "/etc/hostname"}},
}


def cases(kind: str) -> dict:
    found = {"success": (in_order(Reply(text=TEXT)), {}), "servererror": (in_order(Reply(status=500)), {}),
             "ratelimit": (in_order(Reply(status=429)), {}), "auth": (in_order(Reply(status=401)), {}),
             "hang": (in_order(Reply(hang=True)), {"timeout": 6})}
    if kind in DENIED:
        found["denied"] = (in_order(Reply(tool_calls=[DENIED[kind]]), Reply(text=TEXT)), {})
    if kind in ("claude", "codex"):  # their own retry rounds, as a default config prints them
        found["ratelimit-retried"] = (in_order(Reply(status=429)), {"own_retries": True})
    lost = "ses_" + uuid.uuid4().hex[:24] if kind == "opencode" else str(uuid.uuid4())
    found["lostsession"] = (in_order(Reply(text=TEXT)), {"resume": lost})
    if kind == "claude":  # the limits TASK_RUNNER_MAX_TURNS / TASK_RUNNER_MAX_COST_USD set
        read = Reply(tool_calls=[{"name": "Read", "arguments": {"file_path": "/etc/hostname"}}])
        found["maxturns"] = (in_order(read, Reply(text=TEXT)), {"TASK_RUNNER_MAX_TURNS": "1"})
        found["budget"] = (in_order(read, Reply(text=TEXT)), {"TASK_RUNNER_MAX_COST_USD": "0.0001"})
        found["root"] = (in_order(Reply(text=TEXT)), {"TASK_RUNNER_WORKER_PERMISSIONS": "full"})
    return found


def normalise(text: str, session: str | None, folder: str) -> str:
    if session:
        text = text.replace(session, "@SESSION@")
    text = text.replace(TEXT, "@TEXT@").replace(folder, "@DIR@")
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:@PORT@", text)


def save(kind: str, case: str, stdout: str, stderr: str, exit_code, session, folder: str) -> None:
    target = OUT / kind / f"{case}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {"version": version(kind), "stdout": normalise(stdout, session, folder),
              "stderr": normalise(stderr, session, folder), "exit": exit_code}
    target.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{kind:8} {case:12} exit={exit_code} {len(stdout):6} bytes -> {target.relative_to(OUT.parent)}")


def record_locked_database(folder: Path) -> bool:
    """opencode's concurrent first runs: keep trying fresh homes until one fails on its SQLite."""
    for trial in range(8):
        home = folder / f"locked{trial}"
        with ScriptedModel(in_order(Reply(text=TEXT))) as model:
            runs = []
            for index in range(3):
                (home / f"w{index}").mkdir(parents=True)
                runs.append(start("opencode", "Say hello.", home, home / f"w{index}", model.url))
            results = [finish("opencode", launch, process, 90, 0.0, []) for launch, process in runs]
        for result in results:
            if not result.outcome.ok and ("database is locked" in result.stderr or "Failed query" in result.stderr):
                save("opencode", "dblocked", result.stdout, result.stderr, result.exit_code, None, str(folder))
                return True
    return False


def main(only: list) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for kind in KINDS:
            if not find(kind):
                print(f"{kind}: not installed, skipped (scripts/install-agent-clis.sh)")
                continue
            for case, (script, options) in cases(kind).items():
                if only and case not in only:
                    continue
                case_dir = folder / kind / case
                case_dir.mkdir(parents=True)
                result = attempt(kind, script, case_dir, **options)
                session = result.outcome.session or result.launch.session or options.get("resume")
                save(kind, case, result.stdout, result.stderr, result.exit_code if not result.timed_out else None,
                     session, str(folder))
            if kind == "opencode" and (not only or "dblocked" in only) and not record_locked_database(folder):
                print("opencode: no 'database is locked' in 8 trials; dblocked.json left as it was")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
