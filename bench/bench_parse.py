"""Parser speed: warm throughput in one process, and the cold cost a fresh CLI process pays.

Warm: every corpus message (tests/corpus/intake.jsonl) parsed ROUNDS times in this process,
reported as messages per second. Cold: a fresh interpreter imports task_runner.parse and
parses one message; the in-process CPU time of import + parse is what every `task-runner parse`
call adds on top of interpreter start (the target is under 15 ms).
Usage: python bench/bench_parse.py [--rounds N] [--runs N]
"""

import argparse
import json
import statistics
import subprocess
import sys
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


def cold(message: str, runs: int) -> tuple[float, float]:
    imports, parses = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD_SCRIPT, message], capture_output=True, text=True, check=True)
        import_ms, parse_ms = map(float, out.stdout.split())
        imports.append(import_ms)
        parses.append(parse_ms)
    return statistics.median(imports), statistics.median(parses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="warm passes over the corpus (default 20)")
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per cold case (default 9)")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-c", "import task_runner.parse"], check=True)  # write bytecode caches
    count, rate = warm(args.rounds)
    print(f"warm: {rate:,.0f} messages/s ({count} messages x {args.rounds} rounds, one process)")
    print("cold (fresh process, median CPU ms):  import  + first parse = total")
    for name, message in COLD_CASES.items():
        import_ms, parse_ms = cold(message, args.runs)
        print(f"  {name:<20} {import_ms:6.1f}  + {parse_ms:6.1f}     = {import_ms + parse_ms:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
