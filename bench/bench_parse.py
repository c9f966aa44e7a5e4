"""Parser speed: warm throughput in one process, the cold cost of a fresh process, and the
whole `task-runner parse` command (the installed script) beside `python -c pass` of the same interpreter.

Warm: every corpus message (tests/corpus/intake.jsonl) parsed ROUNDS times in this process,
reported as messages per second. Cold: a fresh interpreter imports task_runner.parse and
parses one message (in-process CPU ms of import + parse). Whole process: wall-clock median of
`task-runner parse MESSAGE` (the installed script; warm once its server runs) for one line and for a 5-item message, next to the median
of `python -c pass`; the targets are 2.5x and 3x. The processes run in interleaved rounds (one
of each per round), so a busy moment of the machine slows all of them alike; the CPU time of
each (user + system) is printed beside its wall time. Two rows show where the command's time
goes: parse_message alone in a script, and the same script leaving without the interpreter's
teardown (os._exit after the output), which is what the command line adds beyond the parser.
Bytecode caches are written first and used (PYTHONDONTWRITEBYTECODE is dropped for the child
processes), as an installed package has them.
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
    "deadline": "pay the rent by Friday 5pm",
    "start time": "tomorrow at 3pm call the bank",
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


def run_once(argv: list[str], env: dict) -> tuple[float, float, str]:
    """Wall and CPU (user + system) milliseconds of one fresh process, and its error when it failed."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    error = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.stderr.close()
    wall = (time.perf_counter() - started) * 1000
    code = os.waitstatus_to_exitcode(status)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, (error.strip().splitlines() or [f"exit {code}"])[-1] if code else ""


PARSE_ONLY = "import sys; from task_runner.parse import parse_message; import json; print(json.dumps(parse_message(sys.argv[1])))"
NO_TEARDOWN = PARSE_ONLY + "; sys.stdout.flush(); import os; os._exit(0)"


def whole_process(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(CHILD_ENV, TASK_RUNNER_DIR=str(Path(home) / "tasks"), OPENCLAW_WORKSPACE=home, HOME=home)
        installed = Path(sys.executable).with_name("task-runner")
        command = [str(installed)] if installed.exists() else [sys.executable, "-m", "task_runner"]
        commands = [("task-runner parse", [*command, "parse", "--json"]),
                    ("parse_message only", [sys.executable, "-c", PARSE_ONLY]),
                    ("  without teardown", [sys.executable, "-c", NO_TEARDOWN])]
        cases = [("baseline", "", [sys.executable, "-c", "pass"])] + [
            (label, name, command + [message]) for label, command in commands for name, message in WHOLE_CASES.items()]
        walls, cpus, errors = ({key[:2]: [] for key in cases} for _ in range(3))
        for _ in range(runs):  # interleaved: one process of each case per round
            for label, name, argv in cases:
                wall, cpu, error = run_once(argv, env)
                walls[label, name].append(wall)
                cpus[label, name].append(cpu)
                if error:
                    errors[label, name].append(error)
        baseline, baseline_cpu = statistics.median(walls["baseline", ""]), statistics.median(cpus["baseline", ""])
        print(f"whole process (median of {runs} interleaved runs, wall ms / CPU ms):  python -c pass = {baseline:.1f} / "
              f"{baseline_cpu:.1f}")
        for label, name, _ in cases[1:]:
            took, cpu = statistics.median(walls[label, name]), statistics.median(cpus[label, name])
            ratio = took / baseline
            failed = errors[label, name]
            verdict = f"FAILED: {failed[-1][:90]}" if failed else "ok" if ratio <= TARGETS[name] else f"over the {TARGETS[name]}x target"
            print(f"  {label:<18} {name:<15} {took:7.1f} / {cpu:5.1f}  = {ratio:4.1f}x python -c pass ({verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="warm passes over the corpus (default 20)")
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per case (default 15)")
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
