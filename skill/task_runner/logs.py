"""``task-runner logs T-NN [--attempt K] [--follow]``: a task's worker output.

Each attempt of a process worker has ``runs/T-NN/K/`` with ``stdout.log``,
``stderr.log`` and, once it ended, ``result.json``. K counts every attempt the
task ever started (it keeps counting after a ``retry``); the default is the
latest. ``--follow`` keeps printing new output until the attempt ends.
"""

import sys
import time
from pathlib import Path

from task_runner.errors import UserError

POLL_S = 0.2


def attempts(directory: Path, task_id: str) -> list:
    folder = Path(directory) / "runs" / task_id
    if not folder.is_dir():
        return []
    return sorted(int(path.name) for path in folder.iterdir() if path.name.isdigit())


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def _follow(run_dir: Path, out=sys.stdout) -> None:
    """Print stdout.log as it grows (stderr after it) until result.json appears and nothing is left."""
    from task_runner import procinfo, supervisor

    offsets = {"stdout.log": 0, "stderr.log": 0}
    while True:
        ended = (run_dir / supervisor.RESULT).exists()
        for name in offsets:
            try:
                with open(run_dir / name, "rb") as handle:
                    handle.seek(offsets[name])
                    chunk = handle.read()
            except FileNotFoundError:
                continue
            if chunk:
                offsets[name] += len(chunk)
                text = chunk.decode("utf-8", errors="replace")
                out.write(text if name == "stdout.log" else "".join(f"[stderr] {line}\n" for line in text.splitlines()))
                out.flush()
        if ended:
            return
        info = supervisor.supervisor_of(run_dir)
        if info and not procinfo.alive(info.get("pid"), info.get("start_time")) \
                and not (run_dir / supervisor.RESULT).exists():
            out.write("(the supervisor is gone without a result: the attempt was lost)\n")
            return
        time.sleep(POLL_S)


def run(args, config) -> int:
    from task_runner import ids
    from task_runner.output import emit
    from task_runner.supervisor import read_json

    task_id = ids.normalize_id(args.id)
    if task_id is None:
        raise UserError(f"{args.id!r} is not a task id; write it like T-05.")
    numbers = attempts(config.dir, task_id)
    if not numbers:
        raise UserError(f"{task_id} has no worker logs yet (agent-run tasks keep theirs in the agent's session).")
    attempt = args.attempt or numbers[-1]
    if attempt not in numbers:
        raise UserError(f"{task_id} has no attempt {attempt}; its attempts are {', '.join(map(str, numbers))}.")
    run_dir = Path(config.dir) / "runs" / task_id / str(attempt)
    if args.follow and not args.json:
        print(f"📜 {task_id} attempt {attempt} ({run_dir}), following…")
        _follow(run_dir)
        return 0
    result = read_json(run_dir / "result.json")
    stdout, stderr = _read(run_dir / "stdout.log"), _read(run_dir / "stderr.log")
    lines = [f"📜 {task_id} attempt {attempt} of {numbers[-1]} ({run_dir})", stdout.rstrip("\n")]
    if stderr.strip():
        lines += ["--- stderr ---", stderr.rstrip("\n")]
    if result:
        outcome = result.get("outcome") or {}
        ending = "timed out" if result.get("timed_out") else "stopped" if result.get("stopped") else \
            f"exit {result.get('exit_code')}" if result.get("signal") is None else f"signal {result.get('signal')}"
        verdict = "ok" if outcome.get("ok") else f"failed: {outcome.get('error')}"
        lines.append(f"--- ended {result.get('ended_at')} ({ending}, {result.get('duration_s')}s): {verdict}")
    else:
        lines.append("--- still running (use --follow to watch)")
    emit(args, {"ok": True, "id": task_id, "attempt": attempt, "attempts": numbers, "run_dir": str(run_dir),
                "stdout": stdout, "stderr": stderr, "result": result}, "\n".join(lines))
    return 0
