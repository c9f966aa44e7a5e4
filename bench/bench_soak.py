"""Soak benchmark (issue 10): a queue under load, with supervisors killed at random.

500 short shell tasks run at concurrency 4 while 16 client processes loop on
``add`` / ``status`` / ``retry --status blocked`` (each loop bounded in count
and time) and a killer SIGKILLs random live supervisors. Every worker appends
its start and end to a ledger, so afterwards we can count:

- lost: a task whose ``add`` succeeded but that is in neither queue nor archive;
- duplicated: a description queued twice, or two attempts of one task running
  at the same time (an attempt re-run after its supervisor was killed is not
  a duplicate: that attempt was lost, and the task is at-least-once);
- stuck: a task still pending or running once the run has settled.

All three must be 0. It prints the p99 (and max) latency of the clients'
commands, how many failed, and the size of TASK_RUNNER_DIR before and after
``task-runner archive`` with TASK_RUNNER_ARCHIVE_DAYS=0. A benchmark, not a test:

    .venv/bin/python bench/bench_soak.py [--tasks 500] [--concurrency 4] [--clients 16] [--kills 40]
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from task_runner import procinfo

BATCH = 50


def env_for(queue_dir: Path, workspace: Path, ledger: Path, concurrency: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TASK_RUNNER_", "OPENCLAW_"))}
    env.update(TASK_RUNNER_DIR=str(queue_dir), OPENCLAW_WORKSPACE=str(workspace), TASK_RUNNER_SHELL="1",
               TASK_RUNNER_MAX_CONCURRENT=str(concurrency), TASK_RUNNER_MAX_RETRIES="20",
               TASK_RUNNER_RETRY_BACKOFF="0", TASK_RUNNER_CLOCK="0", TASK_RUNNER_ARCHIVE_DAYS="3650",
               TASK_RUNNER_DEDUPE_MINUTES="0", SOAK_LEDGER=str(ledger))
    return env


def worker_command(name: str) -> str:
    """A short task that records when each attempt ran (one line per write: O_APPEND keeps them
    whole), holding a lock of its task while it runs: an attempt that finds the lock taken runs
    while an earlier attempt of its task still does, and says so (an "overlap" line)."""
    stamp = "date +%s.%N"
    return (f'exec 9>>"$SOAK_LEDGER.$TASK_RUNNER_TASK_ID.lock"; flock -n 9 || '
            f'echo "$TASK_RUNNER_TASK_ID $TASK_RUNNER_ATTEMPT overlap $({stamp})" >> "$SOAK_LEDGER"; '
            f'echo "$TASK_RUNNER_TASK_ID $TASK_RUNNER_ATTEMPT start $({stamp})" >> "$SOAK_LEDGER"; '
            f"sleep 0.$((RANDOM % 3)); echo {name} done; "
            f'echo "$TASK_RUNNER_TASK_ID $TASK_RUNNER_ATTEMPT end $({stamp})" >> "$SOAK_LEDGER"')


class Runner:
    """Runs ``task-runner`` commands and keeps their latency and failures (thread-safe)."""

    def __init__(self, env: dict, cwd: Path):
        self.env, self.cwd = env, cwd
        self.latencies: list[float] = []
        self.by_command: dict = {}
        self.failures: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, *args: str, stdin: str | None = None, measure: bool = True) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "task_runner", *args], input=stdin, capture_output=True,
                                text=True, env=self.env, cwd=self.cwd, timeout=300)
        elapsed = time.perf_counter() - started
        with self.lock:
            if measure:
                self.latencies.append(elapsed)
                self.by_command.setdefault(args[0], []).append(elapsed)
            if result.returncode != 0:
                self.failures.append(f"{' '.join(args[:2])} exit {result.returncode}: {result.stderr.strip()[:200]}")
        return result


def add_tasks(run: Runner, names: list[str]) -> list[str]:
    """Add ``names`` (as --stdin-json batches); the names whose add succeeded."""
    added = []
    for start in range(0, len(names), BATCH):
        batch = names[start:start + BATCH]
        specs = [{"description": name, "command": worker_command(name)} for name in batch]
        if run("add", "--stdin-json", stdin=json.dumps(specs)).returncode == 0:
            added += batch
    return added


def client(number: int, run: Runner, commands: int, deadline: float, added: list) -> None:
    rng = random.Random(number)
    for step in range(commands):
        if time.monotonic() > deadline:
            return
        choice = rng.random()
        if choice < 0.5:
            run("status", "--json")
        elif choice < 0.8:
            name = f"client {number} item {step}"
            if run("add", name, "--command", worker_command(name.replace(" ", "-"))).returncode == 0:
                added.append(name)
        else:
            run("retry", "--status", "blocked")
        time.sleep(rng.uniform(0.05, 0.3))


def killer(queue_dir: Path, kills: int, deadline: float, stop: threading.Event, killed: list) -> None:
    rng = random.Random(10)
    while len(killed) < kills and time.monotonic() < deadline and not stop.is_set():
        time.sleep(rng.uniform(0.2, 1.2))
        records = []
        for path in (queue_dir / "runs").glob("*/*/pid.json"):
            try:
                record = json.loads(path.read_text())
            except (OSError, ValueError):
                continue
            if not (path.parent / "result.json").exists() and procinfo.alive(
                    record.get("supervisor_pid"), record.get("supervisor_start")):
                records.append(record)
        if records:
            victim = rng.choice(records)
            try:
                os.kill(victim["supervisor_pid"], signal.SIGKILL)
                killed.append((victim["supervisor_pid"], time.time()))
            except ProcessLookupError:
                pass


def all_tasks(run: Runner) -> list[dict]:
    live = json.loads(run("status", "--json", measure=False).stdout)["tasks"]
    archived = json.loads(run("status", "--archived", "--json", measure=False).stdout)["tasks"]
    return live + archived


def settle(run: Runner, timeout: float) -> list[dict]:
    """Run passes (as a heartbeat would) until nothing is pending or running, or ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        run("dispatch", "--quiet", measure=False)
        tasks = all_tasks(run)
        if not any(t["status"] in ("pending", "running") for t in tasks) or time.monotonic() > deadline:
            return tasks
        time.sleep(1.0)


def overlapping_attempts(ledger: Path) -> int:
    """Tasks of which two attempts ran at once: one found the lock of an earlier one still held, or
    two recorded [start, end] spans overlap. An attempt without an end was killed (its supervisor
    died and the pass that found it killed its group) at a time the ledger does not know: only the
    lock tells whether it still ran when the next attempt started."""
    spans: dict = {}
    overlapping = set()
    for line in ledger.read_text().splitlines() if ledger.exists() else ():
        task_id, attempt, what, stamp = line.split()
        if what == "overlap":
            overlapping.add(task_id)
            continue
        spans.setdefault(task_id, {}).setdefault(attempt, [None, None])[0 if what == "start" else 1] = float(stamp)
    for task_id, attempts in spans.items():
        ended = sorted((start, end) for start, end in attempts.values() if None not in (start, end))
        if any(later[0] < earlier[1] for earlier, later in zip(ended, ended[1:])):
            overlapping.add(task_id)
    return len(overlapping)


def folder_size(path: Path) -> int:
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink())


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--client-commands", type=int, default=25, help="commands per client at most")
    parser.add_argument("--kills", type=int, default=40, help="supervisors to SIGKILL at most")
    parser.add_argument("--seconds", type=float, default=600, help="bound of the loaded phase")
    parser.add_argument("--settle", type=float, default=600, help="bound of the settling phase")
    parser.add_argument("--keep", action="store_true", help="keep the queue folder and ledger to look at")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="soak-") as name:
        if options.keep:
            name = tempfile.mkdtemp(prefix="soak-kept-")
            print(f"kept in {name}")
        root = Path(name)
        queue_dir, workspace, ledger = root / "tasks", root / "workspace", root / "ledger.txt"
        workspace.mkdir()
        run = Runner(env_for(queue_dir, workspace, ledger, options.concurrency), workspace)
        started = time.monotonic()
        deadline = started + options.seconds
        names = [f"soak task {number}" for number in range(1, options.tasks + 1)]
        added: list = add_tasks(run, names)
        stop, killed = threading.Event(), []
        threads = [threading.Thread(target=client, args=(n, run, options.client_commands, deadline, added))
                   for n in range(options.clients)]
        threads.append(threading.Thread(target=killer, args=(queue_dir, options.kills, deadline, stop, killed)))
        for thread in threads:
            thread.start()
        for thread in threads[:-1]:
            thread.join()
        loaded = time.monotonic() - started
        tasks = settle(run, options.settle)
        stop.set()
        threads[-1].join()
        by_description: dict = {}
        for task in tasks:
            by_description.setdefault(task["description"], []).append(task["id"])
        lost = [name for name in added if name not in by_description]
        duplicated = sum(1 for found in by_description.values() if len(found) > 1) + overlapping_attempts(ledger)
        stuck = [task["id"] for task in tasks if task["status"] in ("pending", "running")]
        blocked = [task["id"] for task in tasks if task["status"] == "blocked"]
        reruns = sum(max(0, len(task.get("strategies_tried") or ()) - 1) for task in tasks)
        lost_attempts = sum(1 for task in tasks for entry in task.get("strategies_tried") or ()
                            if str(entry.get("result", "")).startswith("lost"))
        before = folder_size(queue_dir)
        run.env["TASK_RUNNER_ARCHIVE_DAYS"] = "0"
        archive = run("archive", measure=False)
        after = folder_size(queue_dir)
        total = time.monotonic() - started
        client_latencies = run.latencies
        print(f"tasks added: {len(added)} ({options.tasks} + {len(added) - len([n for n in added if n in names])}"
              f" by clients); supervisors killed: {len(killed)}; attempts lost: {lost_attempts}; "
              f"attempts re-run: {reruns}")
        print(f"lost: {len(lost)}  duplicated: {duplicated}  stuck: {len(stuck)}  (blocked: {len(blocked)})")
        print(f"client commands: {len(client_latencies)}, failed: {len(run.failures)}; latency p50 "
              f"{percentile(client_latencies, 0.5):.3f}s p99 {percentile(client_latencies, 0.99):.3f}s "
              f"max {max(client_latencies, default=0):.3f}s")
        for command, values in sorted(run.by_command.items()):
            print(f"  {command}: {len(values)} commands, p50 {percentile(values, 0.5):.3f}s "
                  f"p99 {percentile(values, 0.99):.3f}s max {max(values):.3f}s")
        print(f"TASK_RUNNER_DIR: {before / 1e6:.2f} MB before archiving, {after / 1e6:.2f} MB after "
              f"({archive.stdout.strip().splitlines()[0][:80] if archive.stdout.strip() else archive.stderr[:80]})")
        print(f"time: {loaded:.0f}s loaded, {total:.0f}s in all")
        for failure in run.failures[:10]:
            print(f"  failed: {failure}")
        for task_id in stuck[:10]:
            print(f"  stuck: {task_id}")
        return 0 if not (lost or duplicated or stuck) else 1


if __name__ == "__main__":
    raise SystemExit(main())
