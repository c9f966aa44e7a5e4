"""Throughput (issue 12 §4): 200 trivial shell tasks at concurrency 4, side by side.

- task-runner: one ``add --stdin-json`` of all the tasks (its pass starts the
  first four), the supervisors' own passes start the rest, ``wait`` returns
  when the last result is recorded. Measured from the add to wait's exit.
- task-spooler (``tsp -S 4``, a private TS_SOCKET): 200 ``tsp echo N`` then a
  wait for every job. Skipped with a note when ``tsp`` is not installed
  (``apt-get install task-spooler``).
- ``xargs -P 4``: the floor, no queue at all.

Per-task overhead is wall time / tasks (the commands themselves take ~1 ms).

    .venv/bin/python bench/bench_throughput.py [--tasks 200] [--concurrency 4] [--rounds 3]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def env_for(queue_dir: Path, workspace: Path, concurrency: int) -> dict:
    # As installed for real: bytecode cached (some agent shells set PYTHONDONTWRITEBYTECODE; with it
    # every supervisor would compile the package again and the figure would mean nothing).
    import compileall

    import task_runner

    compileall.compile_dir(Path(task_runner.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TASK_RUNNER_", "OPENCLAW_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=str(workspace),
               TASK_RUNNER_MAX_CONCURRENT=str(concurrency), TASK_RUNNER_CLOCK="0", TASK_RUNNER_SHELL="1")
    return env


def task_runner(root: Path, count: int, concurrency: int) -> float:
    queue_dir, workspace = root / "queue", root / "workspace"
    workspace.mkdir(parents=True)
    env = env_for(queue_dir, workspace, concurrency)
    specs = [{"description": f"echo {n}", "command": f"echo {n}", "worker": "shell"} for n in range(count)]
    cli = [sys.executable, "-m", "task_runner"]
    began = time.perf_counter()
    subprocess.run([*cli, "add", "--stdin-json"], input=json.dumps(specs), env=env, cwd=workspace, check=True,
                   capture_output=True, text=True)
    done = subprocess.run([*cli, "wait", "--timeout", "600"], env=env, cwd=workspace, capture_output=True, text=True)
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"task-runner: wait exited {done.returncode}: {done.stdout[-500:]} {done.stderr[-500:]}")
    statuses = [task["status"] for task in json.loads((queue_dir / "task-queue.json").read_text())["tasks"]]
    if statuses.count("done") != count:  # a figure is only worth printing when every task really ran
        raise SystemExit(f"task-runner: only {statuses.count('done')} of {count} tasks are done: {set(statuses)}")
    return took


def task_spooler(root: Path, count: int, concurrency: int) -> float | None:
    tsp = shutil.which("tsp") or shutil.which("ts")
    if tsp is None:
        return None
    env = dict(os.environ, TS_SOCKET=str(root / "tsp.socket"), TS_SAVELIST_DIR=str(root), TMPDIR=str(root))
    subprocess.run([tsp, "-S", str(concurrency)], env=env, check=True, capture_output=True)
    began = time.perf_counter()
    ids = [subprocess.run([tsp, "-n", "echo", str(n)], env=env, check=True, capture_output=True,
                          text=True).stdout.strip() for n in range(count)]
    for job in ids:
        subprocess.run([tsp, "-w", job], env=env, capture_output=True)
    took = time.perf_counter() - began
    subprocess.run([tsp, "-K"], env=env, capture_output=True)
    return took


def xargs(count: int, concurrency: int) -> float:
    began = time.perf_counter()
    subprocess.run(["xargs", "-P", str(concurrency), "-n", "1", "echo"], input="\n".join(map(str, range(count))),
                   text=True, check=True, capture_output=True)
    return time.perf_counter() - began


def median_of(rounds: int, run) -> float | None:
    values = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="tr-bench-", ignore_cleanup_errors=True) as root:
            value = run(Path(root))
        if value is None:
            return None
        values.append(value)
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    n, c = args.tasks, args.concurrency
    rows = [("task-runner", median_of(args.rounds, lambda root: task_runner(root, n, c))),
            (f"task-spooler (tsp -S {c})", median_of(args.rounds, lambda root: task_spooler(root, n, c))),
            (f"xargs -P {c}", median_of(args.rounds, lambda root: xargs(n, c)))]
    spooler = rows[1][1]
    print(f"{n} trivial shell tasks at concurrency {c}, median of {args.rounds} rounds")
    print(f"{'runner':<26} {'wall s':>8} {'ms/task':>8} {'× tsp':>7}")
    for name, wall in rows:
        if wall is None:
            print(f"{name:<26} {'—':>8} {'—':>8} {'—':>7}   (not installed: apt-get install task-spooler)")
            continue
        ratio = f"{wall / spooler:.1f}" if spooler else "—"
        print(f"{name:<26} {wall:>8.2f} {1000 * wall / n:>8.1f} {ratio:>7}")
    if spooler:
        print(f"target (issue 12 §4): task-runner ≤ 4 × task-spooler = {4 * spooler:.2f} s")


if __name__ == "__main__":
    main()
