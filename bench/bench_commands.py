"""Command start-up ratios (issue 12 §5): whole-process medians against ``python -c pass``.

Every command an agent runs is a fresh Python process, so what counts is the
whole process, interpreter start included, measured against the bare start of
the same interpreter in the same run (the ratio is what carries across
machines). Not a timed test: it prints the figures beside the targets. The command is the
installed ``task-runner`` script beside the interpreter, as users run it.

Each command is timed twice: as users run it (warm: a warm server forks a ready copy of the
package, launcher.py) and with ``TASK_RUNNER_WARM=0`` (cold: the whole package imported by
the command's own process, as the first command does, and as every command did before 0.5.0).
Warm commands are timed as an agent sends them, a moment apart (``--gap``, 0.5 s: an agent's turn
takes seconds), which gives the server time to read the queue ahead (warm.py), and back to back
as a script sends them, which does not.

    .venv/bin/python bench/bench_commands.py [--runs 15]
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_intake import MESSAGES  # noqa: E402
from bench_store import clean_env, numbered, write_steady_queue  # noqa: E402

PY = sys.executable
# The command as users run it: the script pip installed beside the interpreter (else the module).
INSTALLED = Path(PY).with_name("task-runner")
TR = [str(INSTALLED)] if INSTALLED.exists() else [PY, "-m", "task_runner"]


def median_ms(argv: list[str], env: dict, runs: int, before=None, stdin: str | None = None,
              gap: float = 0.0) -> float | None:
    """The median wall time in ms, ``gap`` seconds after the last command; None when the command
    failed (its row says so). A "{n}" in ``argv`` is a new number at every run."""
    timings = []
    for _ in range(runs):
        if before:
            before()
        run_argv = numbered(argv)
        time.sleep(gap)
        start = time.perf_counter()
        done = subprocess.run(run_argv, env=env, input=stdin, text=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        timings.append((time.perf_counter() - start) * 1000)
        if done.returncode != 0:
            print(f"{' '.join(argv[len(TR):len(TR) + 2])}: exit {done.returncode}: {done.stderr.strip()[:200]}", file=sys.stderr)
            return None
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between warm commands (0.5)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="tr-bench-commands-"))
    try:
        rows = measure(root, args.runs, args.gap)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    # The bare interpreter timed the way each column is: a process that starts after the machine
    # idled for ``gap`` seconds pays for waking it (~2 ms here), so a warm command 0.5 s apart is
    # held against `python -c pass` 0.5 s apart, and the back-to-back and cold ones against it back to back.
    (_, base, _), (_, base_gap, _) = rows[0], rows[1]
    print(f"whole-process medians of {args.runs} runs of {' '.join(TR)}; python -c pass = {base:.1f} ms back to "
          f"back, {base_gap:.1f} ms {args.gap:g} s apart; warm: {args.gap:g} s apart, and back to back")
    print(f"{'command':<34} {'cold ms':>8} {'ratio':>6} {'warm ms':>8} {'ratio':>6} {'b2b ms':>7} {'ratio':>6}"
          f" {'target':>7}")
    for name, cold, warm, back_to_back, target in rows[2:]:
        if None in (cold, warm, back_to_back):
            print(f"{name:<34} {'failed':>8}")
            continue
        over = [] if target is None else [column for column, ratio in (("warm", warm / base_gap),
                                                                        ("b2b", back_to_back / base)) if ratio > target]
        verdict = "" if target is None else (f"over ({', '.join(over)})" if over else "ok")
        print(f"{name:<34} {cold:>8.1f} {cold / base:>5.1f}× {warm:>8.1f} {warm / base_gap:>5.1f}× "
              f"{back_to_back:>7.1f} {back_to_back / base:>5.1f}× {'' if target is None else f'≤{target:g}×':>7} "
              f"{verdict}")


def both(argv: list[str], env: dict, runs: int, gap: float, before=None, stdin: str | None = None,
         series=None) -> tuple:
    """The median cold (no warm server), warm (through the server, ``gap`` apart) and warm back to
    back of one command; ``before`` runs before each run, ``series`` before each of the three."""
    series = series or (lambda: None)
    series()
    cold = median_ms(argv, dict(env, TASK_RUNNER_WARM="0"), runs, before, stdin)
    ready = subprocess.run([*TR, "--version"], env=env, capture_output=True)  # starts the server
    deadline = time.monotonic() + 20
    while ready.returncode == 0 and not list(Path(env["TASK_RUNNER_WARM_DIR"]).glob("warm-*.sock")):
        if time.monotonic() > deadline:
            print("the warm server did not start: warm figures are cold ones", file=sys.stderr)
            break
        time.sleep(0.05)
    series()
    warm = median_ms(argv, env, runs, before, stdin, gap)
    series()
    return cold, warm, median_ms(argv, env, runs, before, stdin)


def measure(root: Path, runs: int, gap: float) -> list:
    workspace = root / "workspace"
    workspace.mkdir()
    (root / "warm").mkdir(mode=0o700)
    rows = [("python -c pass", median_ms([PY, "-c", "pass"], clean_env(), runs), None),
            ("python -c pass, apart", median_ms([PY, "-c", "pass"], clean_env(), runs, gap=gap), None)]

    def fresh_dir(name: str) -> dict:
        # The agent worker only plans spawns: the figure is task-runner's own cost, not a worker's.
        # The bench's own warm server, which leaves a minute after the last command.
        return clean_env(TASK_RUNNER_DIR=str(root / name), OPENCLAW_WORKSPACE=str(workspace),
                         TASK_RUNNER_WORKER="agent", TASK_RUNNER_CLOCK="0",
                         TASK_RUNNER_WARM_DIR=str(root / "warm"), TASK_RUNNER_WARM_IDLE="60")

    for label, message in (("intake of a 5-item message", MESSAGES["5 items"]),
                           ("intake of 5 items, one recurring", MESSAGES["5 items, one recurring"])):
        env = fresh_dir("intake")
        shutil.rmtree(root / "intake", ignore_errors=True)
        subprocess.run([*TR, "setup"], env=env, check=True, capture_output=True)  # once, as in real use
        set_up = (root / "intake" / "task-queue.json").read_text()

        def reset(folder=root / "intake", text=set_up):  # the set-up queue again, no tasks in it
            (folder / "task-queue.json").write_text(text)
            shutil.rmtree(folder / "runs", ignore_errors=True)
            for leftover in ("events.jsonl", "events.cursor.json"):
                (folder / leftover).unlink(missing_ok=True)

        rows.append((label, *both([*TR, "intake", "-"], env, runs, gap, reset, message), 4))
    env = fresh_dir("parse")
    rows.append(("parse of one line", *both([*TR, "parse", "remind me at 5pm to call Ana"], env, runs, gap), 2.5))
    for size, target_status, target_add in ((1_000, 3, 3), (10_000, 8, 8)):
        name = f"q{size}"
        env = fresh_dir(name)
        (root / name).mkdir(mode=0o700)
        queue_file = root / name / "task-queue.json"
        write_steady_queue(root / name, size)
        saved = {path: path.read_bytes() for path in (queue_file, queue_file.with_name("task-queue.json.checked"))}

        def reset(saved=saved, folder=root / name):  # the queue as it was, with the record of its check
            for path, data in saved.items():
                path.write_bytes(data)
            for leftover in ("events.jsonl", "events.cursor.json"):
                (folder / leftover).unlink(missing_ok=True)

        # Set up once a series: each command follows the one before, as a user's do (a queue
        # rewritten behind the server's back between two commands is read again by the second).
        rows.append((f"status at {size:,} tasks", *both([*TR, "status"], env, runs, gap, series=reset), target_status))
        rows.append((f"add at {size:,} tasks", *both([*TR, "add", "water plant {n}"], env, runs, gap, series=reset),
                     target_add))
    return rows


if __name__ == "__main__":
    main()
