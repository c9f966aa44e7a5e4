"""What each command pays to import, from ``python -X importtime`` (a figure, not a test).

For each command it runs a fresh interpreter with -X importtime and prints the total import
time, the ten most expensive modules of ours and of the standard library or dependencies, beside
``python -c pass``. Run: ``python bench/bench_imports.py``.
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")
COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "status": ["-m", "task_runner", "status"],
    "add": ["-m", "task_runner", "add", "water the plants", "--no-dispatch"],
    "dispatch": ["-m", "task_runner", "dispatch"],
    "parse": ["-m", "task_runner", "parse", "remind me to call mum every Monday at 9"],
    "intake": ["-m", "task_runner", "intake", "do these: 1. look up flights 2. then book one",
               "--no-dispatch"],
}


def profile(args: list[str], env: dict) -> list[tuple[int, int, str]]:
    run = subprocess.run([sys.executable, "-X", "importtime", *args], env=env, capture_output=True, text=True)
    rows = []
    for line in run.stderr.splitlines():
        match = LINE.match(line)
        if match:
            rows.append((int(match.group(1)), int(match.group(2)), match.group(4)))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TASK_RUNNER_", "OPENCLAW_"))}
        env.update(TASK_RUNNER_DIR=str(Path(folder) / "tasks"), OPENCLAW_WORKSPACE=folder,
                   PATH="/usr/bin:/bin")
        print(f"{'command':<16} {'imports ms':>10}  most expensive (cumulative ms)")
        for name, args in COMMANDS.items():
            rows = profile(args, env)
            total = sum(self for self, _, _ in rows) / 1000
            top = sorted(((cumulative, module) for _, cumulative, module in rows
                          if module.startswith("task_runner") or "." not in module), reverse=True)[:6]
            shown = ", ".join(f"{module} {cumulative / 1000:.1f}" for cumulative, module in top)
            print(f"{name:<16} {total:>10.1f}  {shown}")


if __name__ == "__main__":
    main()
