"""``task-runner intake`` of a 5-item message as a whole process, dispatch pass included.

Target (issue 12 §5): <= 4x ``python -c pass`` of the same interpreter, which
each row prints beside it. The worker is ``agent`` (the OpenClaw default), so
the pass plans sub-agent spawns instead of starting processes: the figure is
task-runner's own cost, not a worker's start-up. Two set-up states: the backup
cron job recorded (inside OpenClaw), and owed with no openclaw CLI on PATH
(outside it); both take setup's fast path.
Usage: python bench/bench_intake.py [--runs N] [--queue-size N]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import clean_env, make_queue  # noqa: E402

LIST = """Can you do these for me:
1. look up the opening hours of the city library
2. write a short summary of the Q3 sales numbers to reports/q3.md
3. run `pytest -x` in ~/projects/api
4. text Ana that I'm running late
5. """
MESSAGES = {
    "5 items": LIST + "compare Notion, Coda and Airtable for the team wiki",
    # A recurring schedule is checked and placed by cron_next.py (croniter's import costs ~40 ms).
    "5 items, one recurring": LIST + "remind me every Monday at 9am to send the weekly report",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--queue-size", type=int, default=100)
    options = parser.parse_args()
    bare, plain = [], clean_env()
    for _ in range(options.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=plain, check=True)
        bare.append((time.perf_counter() - start) * 1000)
    base = statistics.median(bare)
    print(f"python -c pass: {base:.1f} ms median of {options.runs}")
    for owed in (False, True):
        for label, message in MESSAGES.items():
            timings = [time_intake(message, options.queue_size, owed) for _ in range(options.runs)]
            median = statistics.median(timings)
            state = "cron job owed, no openclaw CLI" if owed else "cron job recorded"
            print(f"intake, {label}, {options.queue_size}-task queue, {state}, dispatch pass included: "
                  f"{median:.1f} ms median of {options.runs} = {median / base:.1f}x python -c pass "
                  f"(min {min(timings):.1f}, max {max(timings):.1f})")


def time_intake(message: str, queue_size: int, owed: bool = False) -> float:
    with tempfile.TemporaryDirectory() as folder:
        queue_dir = Path(folder) / "tasks"
        queue_dir.mkdir()
        queue = make_queue(queue_size)
        if not owed:
            queue["cronJob"] = {"status": "ok", "via": "agent"}
        (queue_dir / "task-queue.json").write_text(json.dumps(queue))
        env = clean_env(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=folder, TASK_RUNNER_WORKER="agent")
        if owed:
            env["PATH"] = os.pathsep.join(part for part in env.get("PATH", "").split(os.pathsep)
                                          if not os.path.exists(os.path.join(part, "openclaw")))
        subprocess.run([sys.executable, "-m", "task_runner", "setup"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "task_runner", "intake", message], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
