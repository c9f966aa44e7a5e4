"""Dispatch benchmarks (issue 4).

1. A dispatch pass on a 10,000-task queue, as a whole ``task-runner dispatch``
   process: with nothing to do (the heartbeat's usual case, no lock taken), and
   with work (two results to consume and two tasks to start, one locked write).
2. The overhead per task of running 200 trivial shell tasks at concurrency 4
   through task-runner (one ``dispatch``, then the supervisors' own passes),
   against ``xargs -P 4`` running the same 200 commands.

    .venv/bin/python bench/bench_dispatch.py [--tasks 10000] [--shell-tasks 200] [--concurrency 4]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from task_runner.ids import format_id
from task_runner.tasks import QUEUE_DEFAULTS, complete_queue, new_task

DONE_ENTRY = {"attempt": 1, "strategy": "exec", "tool": "shell", "attempted_at": "2026-11-20T10:30:00Z",
              "result": "ok", "verification_failure": None}


def env_for(queue_dir: Path, workspace: Path, **extra) -> dict:
    # As installed for real: bytecode is cached (pip compiles it), so no PYTHONDONTWRITEBYTECODE.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TASK_RUNNER_", "OPENCLAW_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=str(workspace), TASK_RUNNER_SHELL="1")
    env.update(extra)
    return env


def write_big_queue(queue_dir: Path, count: int, startable: int) -> None:
    """``count`` tasks: all done but ``startable`` pending shell tasks (added last)."""
    tasks = []
    for number in range(1, count + 1):
        task = new_task(format_id(number), f"task number {number}: check the thing and report back",
                        type="code-execution", added_at="2026-11-20T10:00:00Z", command="true")
        if number <= count - startable:
            task.update(status="done", started_at="2026-11-20T10:30:00Z", completed_at="2026-11-20T11:00:00Z",
                        deliverable="did it", strategies_tried=[dict(DONE_ENTRY)])
        tasks.append(task)
    # archiveDays kept long: the archiver has its own benchmark; this one measures the pass itself
    queue = complete_queue(dict(QUEUE_DEFAULTS, tasks=tasks, lastId=format_id(count), maxConcurrent=2,
                                archiveDays=3650))
    queue_dir.mkdir(parents=True, exist_ok=True)
    (queue_dir / "task-queue.json").write_text(json.dumps(queue, indent=2))


def timed_dispatch(env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "task_runner", "dispatch", "--quiet"], env=env, cwd=cwd, check=True,
                   stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def wait_all_done(queue_path: Path, total: int, timeout: float = 600) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            tasks = json.loads(queue_path.read_text())["tasks"]
        except (OSError, ValueError):
            tasks = []
        if len(tasks) == total and all(task["status"] == "done" for task in tasks):
            return time.perf_counter()
        time.sleep(0.01)
    raise SystemExit(f"not all {total} tasks done after {timeout}s")


def bench_big_queue(root: Path, count: int) -> None:
    workspace = root / "ws"
    workspace.mkdir(exist_ok=True)
    idle = root / "idle"
    write_big_queue(idle, count, 0)
    env = env_for(idle, workspace)
    runs = [timed_dispatch(env, workspace) for _ in range(7)]
    print(f"pass on a {count}-task queue, nothing to do (whole process): "
          f"median {1000 * statistics.median(runs):.0f} ms, min {1000 * min(runs):.0f} ms")
    base = [timed_dispatch(dict(env, TASK_RUNNER_DIR=str(root / "none")), workspace) for _ in range(5)]
    print(f"  same command on an empty folder (process start + imports): median {1000 * statistics.median(base):.0f} ms")
    busy = root / "busy"
    write_big_queue(busy, count, 4)
    env = env_for(busy, workspace)
    starting = timed_dispatch(env, workspace)  # starts 2 of the 4
    wait_results = time.monotonic() + 30
    while time.monotonic() < wait_results and len(list(busy.glob("runs/*/1/result.json"))) < 2:
        time.sleep(0.01)
    print(f"pass on a {count}-task queue that starts 2 tasks (locked write + 2 spawns): {1000 * starting:.0f} ms")


def bench_shell_tasks(root: Path, count: int, concurrency: int) -> None:
    workspace = root / "ws2"
    workspace.mkdir(exist_ok=True)
    queue_dir = root / "shell"
    env = env_for(queue_dir, workspace, TASK_RUNNER_MAX_CONCURRENT=str(concurrency))
    specs = [{"description": f"trivial task {n}", "command": "true", "type": "code-execution"} for n in range(count)]
    subprocess.run([sys.executable, "-m", "task_runner", "add", "--stdin-json", "--no-dispatch"], env=env,
                   cwd=workspace, input=json.dumps(specs), text=True, check=True, capture_output=True)
    start = time.perf_counter()
    timed_dispatch(env, workspace)
    ours = wait_all_done(queue_dir / "task-queue.json", count) - start
    commands = "\n".join("true" for _ in range(count)) + "\n"
    start = time.perf_counter()
    subprocess.run(["xargs", "-P", str(concurrency), "-I", "{}", "sh", "-c", "{}"], input=commands, text=True,
                   check=True)
    theirs = time.perf_counter() - start
    print(f"{count} trivial shell tasks at concurrency {concurrency}: task-runner {ours:.2f} s "
          f"({1000 * ours / count:.0f} ms/task), xargs -P {concurrency} {theirs:.2f} s "
          f"({1000 * theirs / count:.1f} ms/task); overhead {1000 * (ours - theirs) / count:.0f} ms per task")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10000)
    parser.add_argument("--shell-tasks", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    import compileall

    import task_runner

    compileall.compile_dir(Path(task_runner.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="bench-dispatch-") as folder:
        root = Path(folder)
        bench_big_queue(root, args.tasks)
        bench_shell_tasks(root, args.shell_tasks, args.concurrency)


if __name__ == "__main__":
    main()
