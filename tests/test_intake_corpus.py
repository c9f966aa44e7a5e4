"""Accuracy of the intake parse against the hand-labelled corpus in tests/corpus/intake.jsonl.

The corpus was written from the spec (design.md §4, the intake issue) without reading the parser,
so it measures how well the parser generalises, not how well it fits its own examples. Each case
states only what a careful human would be sure of; a key left out of a case is not scored.

The case format and the scorer live in corpus_scoring.py (shared with the blind corpus).

Run with `pytest -s tests/test_intake_corpus.py` to see the per-aspect table and one line per miss.
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from corpus_scoring import (
    ASPECTS,
    NOW,
    check_case,
    cron_equal,
    ideal_doc,
    parse_or_error,
    score_case,
)

CORPUS = Path(__file__).parent / "corpus" / "intake.jsonl"
THRESHOLD = 0.97          # every aspect must reach this accuracy
MIN_CASES = 300
TRIGGER_IDS = ["PT-%02d" % n for n in range(1, 18)] + ["NT-%02d" % n for n in range(1, 8)]


def load_corpus():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def report(cases, docs):
    """Print the per-aspect table and the misses; return {aspect: accuracy}."""
    totals, passes, misses = defaultdict(int), defaultdict(int), defaultdict(list)
    for case in cases:
        for aspect, diff in score_case(case, docs[case["id"]]).items():
            totals[aspect] += 1
            if diff is None:
                passes[aspect] += 1
            else:
                misses[case["id"]].append(diff)
    acc = {a: passes[a] / totals[a] for a in ASPECTS if totals[a]}
    print("\nintake corpus: %d cases, threshold %.2f" % (len(cases), THRESHOLD))
    print("%-12s %7s %9s" % ("aspect", "cases", "accuracy"))
    for a in ASPECTS:
        if totals[a]:
            print("%-12s %7d %8.1f%%%s" % (a, totals[a], 100 * acc[a], "" if acc[a] >= THRESHOLD else "  <"))
    by_id = {c["id"]: c for c in cases}
    for cid, diffs in misses.items():
        msg = by_id[cid]["message"].replace("\n", " / ")
        print("MISS {} {!r}: {}".format(cid, msg[:70], " | ".join(diffs)))
    return acc


# ------------------------------------------------------------------ tests

def test_corpus_is_well_formed():
    cases = load_corpus()
    assert len(cases) >= MIN_CASES, "only %d cases" % len(cases)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}"
    by_id = {c["id"]: c for c in cases}
    for tid in TRIGGER_IDS:
        assert tid in by_id and "trigger" in by_id[tid]["tags"], f"trigger case {tid} missing"
        assert (by_id[tid]["mode"] == "none") == tid.startswith("NT-"), tid
    for c in cases:
        check_case(c)


def _parse_module():
    if importlib.util.find_spec("task_runner.parse") is None:
        pytest.skip("task_runner.parse does not exist yet: corpus scoring waits for the parser")
    module = importlib.import_module("task_runner.parse")
    if not hasattr(module, "parse_message"):
        pytest.skip("task_runner.parse has no parse_message yet: corpus scoring waits for the parser")
    return module


def test_scorer_passes_ideal_documents_and_catches_each_kind_of_miss():
    cases = load_corpus()
    for case in cases:
        assert not any(score_case(case, ideal_doc(case)).values()), case["id"]
    by_id = {c["id"]: c for c in cases}
    doc = ideal_doc(by_id["PT-11"])
    doc["tasks"][2]["depends_on"] = []
    doc["tasks"][0]["schedule"]["cron"] = "*/5 * * * *"
    doc["tasks"][2]["type"] = "info-lookup"
    diffs = score_case(by_id["PT-11"], doc)
    assert diffs["depends_on"] and diffs["cron"] and diffs["type"] and diffs["keywords"] is None
    doc["tasks"].pop(1)
    diffs = score_case(by_id["PT-11"], doc)
    assert diffs["task_count"] and diffs["keywords"]
    doc = ideal_doc(by_id["PT-07"])
    doc["commands"][0]["ids"] = ["T-2"]
    doc["commands"][0]["note"] = "please"
    diffs = score_case(by_id["PT-07"], doc)
    assert diffs["commands"] and diffs["notes"]
    doc = ideal_doc(by_id["PT-01"])
    doc["mode"], doc["status"] = "none", True
    diffs = score_case(by_id["PT-01"], doc)
    assert diffs["mode"] and diffs["status"]
    assert cron_equal("*/15 * * * *", "0,15,30,45 * * * *") and cron_equal("0 18 * * 0", "0 18 * * 7")
    assert not cron_equal("0 9 * * 1", "0 9 * * 2") and not cron_equal("0 9 * * 1", "nonsense")


def test_corpus_accuracy_per_aspect():
    parse = _parse_module()
    cases = load_corpus()
    docs = {c["id"]: parse_or_error(parse.parse_message, c["message"]) for c in cases}
    acc = report(cases, docs)
    low = {a: round(v, 3) for a, v in acc.items() if v < THRESHOLD}
    assert not low, f"aspects below {THRESHOLD:.2f}: {low} (run pytest -s for the misses)"


# A handful of cases that exercise every kind of output, run through the installed console script.
CLI_CASE_IDS = ["PT-01", "PT-07", "PT-11", "PT-13", "PT-16", "NT-02", "NT-07"]
CLI_CASE_TAGS = ["range", "selector", "note", "cron", "zh", "not-before"]


def _cli_cases(cases):
    chosen = [c for c in cases if c["id"] in CLI_CASE_IDS]
    for tag in CLI_CASE_TAGS:
        chosen.append(next(c for c in cases if tag in c["tags"] and c not in chosen))
    return chosen


def test_cli_parse_json_matches_expectations(tmp_path):
    exe = Path(sys.executable).with_name("task-runner")
    if not exe.exists():
        exe = shutil.which("task-runner")
        if exe is None:
            pytest.skip("the task-runner console script is not installed")
    parse = _parse_module()
    env = dict(os.environ, TASK_RUNNER_DIR=str(tmp_path / "tasks"), OPENCLAW_WORKSPACE=str(tmp_path),
               HOME=str(tmp_path), TASK_RUNNER_NOW=NOW.isoformat())
    cases = _cli_cases(load_corpus())
    failures = []
    for case in cases:
        proc = subprocess.run([str(exe), "parse", "--json", case["message"]], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=30)
        if (proc.returncode == 2 and "invalid choice" in proc.stderr) or \
                "No module named 'task_runner." in proc.stderr:
            pytest.skip("`task-runner parse` is not wired into the CLI yet: " + proc.stderr.strip()[-120:])
        assert proc.returncode == 0, "%s: exit %d: %s" % (case["id"], proc.returncode, proc.stderr)
        doc = json.loads(proc.stdout)
        assert doc == json.loads(json.dumps(parse.parse_message(case["message"], now=NOW))), \
            "{}: CLI output differs from parse_message".format(case["id"])
        diffs = [d for d in score_case(case, doc).values() if d]
        if diffs:
            failures.append("{}: {}".format(case["id"], " | ".join(diffs)))
    assert not failures, "\n".join(failures)
