"""``logs T-NN [--attempt K] [--follow]``: a task's worker output.

Each attempt of a process worker has ``runs/T-NN/K/`` (rundir.py). K counts
every attempt the task ever started (it keeps counting after a ``retry``);
the default is the latest. ``--follow`` keeps printing until the attempt ends.
"""

import sys
import time
from pathlib import Path

from task_runner import ids, procinfo, render
from task_runner.commands import Result
from task_runner.errors import UserError
from task_runner.rundir import RESULT, RUNS_DIR, STDERR, STDOUT, RunDir
from task_runner.sanitize import clean

POLL_S = 0.2


def attempts(directory: Path, task_id: str) -> list:
    folder = Path(directory) / RUNS_DIR / task_id
    if not folder.is_dir():
        return []
    return sorted(int(path.name) for path in folder.iterdir() if path.name.isdigit())


def follow(run_dir: RunDir, out=sys.stdout, raw: bool = False) -> None:
    """Print stdout.log as it grows (stderr after it) until result.json appears and nothing is left;
    terminal escapes are removed unless ``raw``."""
    offsets = {STDOUT: 0, STDERR: 0}
    while True:
        ended = run_dir.has_result()
        for name in offsets:
            try:
                with open(run_dir.file(name), "rb") as handle:
                    handle.seek(offsets[name])
                    chunk = handle.read()
            except FileNotFoundError:
                continue
            if chunk:
                offsets[name] += len(chunk)
                text = chunk.decode("utf-8", errors="replace")
                text = text if raw else clean(text)
                out.write(text if name == STDOUT else "".join(f"[stderr] {line}\n" for line in text.splitlines()))
                out.flush()
        if ended:
            return
        info = run_dir.supervisor()
        if info and not procinfo.alive(info.get("pid"), info.get("start_time")) and not run_dir.has_result():
            out.write("(the supervisor is gone without a result: the attempt was lost)\n")
            return
        time.sleep(POLL_S)


def logs(config, task_id: str, attempt: int | None, raw: bool = False) -> tuple[RunDir, Result]:
    """The attempt's output, cleaned of terminal escapes; with ``raw`` exactly as the worker wrote it."""
    task_id = ids.parse_one(task_id)
    numbers = attempts(config.dir, task_id)
    if not numbers:
        raise UserError(f"{task_id} has no worker logs yet (agent-run tasks keep theirs in the agent's session).")
    attempt = attempt or numbers[-1]
    if attempt not in numbers:
        raise UserError(f"{task_id} has no attempt {attempt}; its attempts are {', '.join(map(str, numbers))}.")
    run_dir = RunDir.for_attempt(config.dir, task_id, attempt)
    try:
        result = run_dir.read_result()
    except ValueError:
        result = None
    stdout, stderr = run_dir.read_tail(STDOUT), run_dir.read_tail(STDERR)
    info = run_dir.supervisor()
    lost = not run_dir.has_result() and not (info and procinfo.alive(info.get("pid"), info.get("start_time")))
    document = {"ok": True, "id": task_id, "attempt": attempt, "attempts": numbers, "run_dir": str(run_dir.path),
                "stdout": stdout, "stderr": stderr, "result": result, "live": not lost and result is None}
    text = render.logs_text(task_id, attempt, numbers[-1], run_dir.path, stdout, stderr,
                            result if run_dir.file(RESULT).exists() else None, lost)
    if raw:
        text = stdout + (f"--- stderr ---\n{stderr}" if stderr else "")
    return run_dir, Result(document, text)
