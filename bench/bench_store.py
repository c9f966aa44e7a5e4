"""Whole-process timings of ``task-runner add`` and ``task-runner status`` on queues of growing size.

Every CLI call an agent makes is a fresh Python process, so this measures
what the agent waits for: interpreter start, imports, read, lock, write.
Usage: python bench/bench_store.py [--runs N]
"""

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (0, 100, 1_000, 10_000)
STATUSES = ("pending", "running", "done", "blocked", "skipped")


def make_queue(size: int) -> dict:
    tasks = []
    for n in range(1, size + 1):
        status = STATUSES[n % len(STATUSES)]
        tasks.append({
            "id": f"T-{n:02d}", "description": f"benchmark task number {n} with a realistic description",
            "goal": f"Benchmark task number {n}.", "type": "info-lookup", "status": status, "retries": 0,
            "maxRetries": 3, "subagent_session": None, "strategies_tried": [], "deliverable": None,
            "deliverable_path": None, "blocked_reason": None, "user_action_required": None,
            "added_at": "2026-11-20T08:00:00Z", "started_at": None,
            "completed_at": "2026-11-20T09:00:00Z" if status in ("done", "blocked", "skipped") else None,
        })
    return {"version": "1.0", "maxConcurrent": 2, "maxRetries": 3, "archiveDays": 7,
            "taskRunnerDir": "~/.openclaw/tasks/", "lastId": tasks[-1]["id"] if tasks else None,
            "archivedCount": 0, "tasks": tasks}


def steady_queue(size: int) -> str:
    """The file of a ``size``-task queue as task-runner leaves it between commands: one task per
    line, every field filled, and no attempt "running" without a supervisor (a real queue runs at
    most maxConcurrent, all alive; dead ones would make every pass a mass recovery)."""
    from task_runner.lifecycle import complete_queue
    from task_runner.store import format_queue

    queue = make_queue(size)
    for task in queue["tasks"]:
        if task["status"] == "running":
            task.update(status="done", completed_at="2026-11-20T09:00:00Z")
    return format_queue(complete_queue(queue))[0]


def write_steady_queue(folder: Path, size: int) -> None:
    """``steady_queue(size)`` written by a transaction, so the file and its record in
    task-queue.json.checked are what task-runner leaves after any write of its own."""
    from task_runner.store import QueueStore

    document = json.loads(steady_queue(size))
    with QueueStore(folder).transaction() as queue:
        queue.clear()
        queue.update(document)


def clean_env(**extra) -> dict:
    """An environment for timing: bytecode caches compiled and used.

    With PYTHONDONTWRITEBYTECODE set (some agent shells set it) every process
    would recompile every module and the figures would mean nothing.
    """
    import compileall

    import task_runner

    compileall.compile_dir(Path(task_runner.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("TASK_RUNNER_")}
    env.update(extra)
    return env


# Numbers for "{n}" in a command line: every run adds a task of its own. The same `add` again
# would be answered "Already queued" and write nothing, which is not what the figure is about.
_RUN_NUMBERS = itertools.count(1)


def numbered(argv: list[str]) -> list[str]:
    """``argv`` with each "{n}" replaced by a number no run has had yet."""
    number = str(next(_RUN_NUMBERS))
    return [word.replace("{n}", number) for word in argv]


def median_ms(argv: list[str], env: dict, runs: int) -> float:
    timings = []
    for _ in range(runs):
        run_argv = numbered(argv)
        start = time.perf_counter()
        subprocess.run(run_argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    exe = [sys.executable, "-m", "task_runner"]
    baseline = median_ms([sys.executable, "-c", "pass"], clean_env(), runs)
    print(f"python -c pass: {baseline:.1f} ms median of {runs}")
    print(f"{'tasks':>7} {'add ms':>8} {'status ms':>10}")
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            queue_dir = Path(folder) / "tasks"
            queue_dir.mkdir()
            write_steady_queue(queue_dir, size)
            env = clean_env(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=folder, TASK_RUNNER_AUTO_DISPATCH="0")
            add = median_ms(exe + ["add", "one more task {n}", "--no-dispatch"], env, runs)
            status = median_ms(exe + ["status"], env, runs)
        print(f"{size:>7} {add:>8.1f} {status:>10.1f}")


if __name__ == "__main__":
    main()
