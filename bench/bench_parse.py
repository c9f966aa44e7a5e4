"""Parser speed: warm throughput in one process, the cold cost of a fresh process, and the
whole `python -m task_runner parse` command beside `python -c pass` of the same interpreter.

Warm: every corpus message (tests/corpus/intake.jsonl) parsed ROUNDS times in this process,
reported as messages per second. Cold: a fresh interpreter imports task_runner.parse and
parses one message (in-process CPU ms of import + parse). Whole process: wall-clock median of
`python -m task_runner parse MESSAGE` for one line and for a 5-item message, next to the median
of `python -c pass`; the targets are 2.5x and 3x. Bytecode caches are written first and used
(PYTHONDONTWRITEBYTECODE is dropped for the child processes), as an installed package has them.
Usage: python bench/bench_parse.py [--rounds N] [--runs N]
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

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "intake.jsonl"
FALLBACK = [
    "Add these tasks for me: 1. Look up the weather in Paris 2. Create a summary file",
    "retry T-12 but use the staging credentials",
    "Help me with these:\n1. Check disk usage on the server\n2. Clean up log files older than 30 days\n"
    "3. Send me a summary of what was deleted",
    "Show me my tasks",
    "What is the capital of France?",
    "every Monday at 9am send me the sales report",
]
COLD_CASES = {
    "5-item list": "Do these:\n1. renew the domain\n2. email Ana the invoice\n3. run the backup script\n"
                   "4. draft the Q3 memo\n5. compare Notion, Coda and Airtable",
    "control command": "retry T-12 but use the staging credentials",
    "steering (answer)": "for T-04: use the staging db",
    "status request": "what's still pending?",
    "question (none)": "What is the capital of France?",
    "recurring schedule": "every Monday at 9am send me the sales report",
}
COLD_SCRIPT = """
import sys, time
c0 = time.process_time()
from task_runner.parse import parse_message
c1 = time.process_time()
parse_message(sys.argv[1])
c2 = time.process_time()
print((c1 - c0) * 1000, (c2 - c1) * 1000)
"""


def messages() -> list[str]:
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as handle:
            return [json.loads(line)["message"] for line in handle if line.strip()]
    return FALLBACK


def warm(rounds: int) -> tuple[int, float]:
    from task_runner.parse import parse_message

    corpus = messages()
    for message in corpus:  # first pass compiles patterns and builds phrase tables
        parse_message(message)
    started = time.perf_counter()
    for _ in range(rounds):
        for message in corpus:
            parse_message(message)
    elapsed = time.perf_counter() - started
    return len(corpus), rounds * len(corpus) / elapsed


CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
WHOLE_CASES = {"one line": "retry T-12 but use the staging credentials", "5-item message": COLD_CASES["5-item list"]}
TARGETS = {"one line": 2.5, "5-item message": 3.0}


def cold(message: str, runs: int) -> tuple[float, float]:
    imports, parses = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD_SCRIPT, message], capture_output=True, text=True, check=True,
                             env=CHILD_ENV)
        import_ms, parse_ms = map(float, out.stdout.split())
        imports.append(import_ms)
        parses.append(parse_ms)
    return statistics.median(imports), statistics.median(parses)


def wall(argv: list[str], runs: int, env: dict) -> tuple[float, str]:
    """Median wall-clock milliseconds of a fresh process, and its error when it failed."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, env=env)
        times.append((time.perf_counter() - started) * 1000)
        if done.returncode:
            return statistics.median(times), (done.stderr.strip().splitlines() or ["exit %d" % done.returncode])[-1]
    return statistics.median(times), ""


PARSE_ONLY = "import sys; from task_runner.parse import parse_message; import json; print(json.dumps(parse_message(sys.argv[1])))"


def whole_process(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(CHILD_ENV, TASK_RUNNER_DIR=str(Path(home) / "tasks"), OPENCLAW_WORKSPACE=home, HOME=home)
        baseline, _ = wall([sys.executable, "-c", "pass"], runs, env)
        print(f"whole process (median wall ms of {runs} runs):  python -c pass = {baseline:.1f}")
        for label, command in (("task_runner parse", [sys.executable, "-m", "task_runner", "parse", "--json"]),
                               ("parse_message only", [sys.executable, "-c", PARSE_ONLY])):
            for name, message in WHOLE_CASES.items():
                took, error = wall(command + [message], runs, env)
                ratio = took / baseline
                verdict = f"FAILED: {error[:90]}" if error else "ok" if ratio <= TARGETS[name] else f"over the {TARGETS[name]}x target"
                print(f"  {label:<18} {name:<15} {took:7.1f}  = {ratio:4.1f}x python -c pass ({verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="warm passes over the corpus (default 20)")
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per cold case (default 9)")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-c", "import task_runner.cli, task_runner.parse, task_runner.lifecycle"], check=True,
                   env=CHILD_ENV)  # write bytecode caches
    count, rate = warm(args.rounds)
    print(f"warm: {rate:,.0f} messages/s ({count} messages x {args.rounds} rounds, one process)")
    print("cold (fresh process, median CPU ms):  import  + first parse = total")
    for name, message in COLD_CASES.items():
        import_ms, parse_ms = cold(message, args.runs)
        print(f"  {name:<20} {import_ms:6.1f}  + {parse_ms:6.1f}     = {import_ms + parse_ms:6.1f}")
    whole_process(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
