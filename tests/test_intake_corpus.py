"""Accuracy of the intake parse against the hand-labelled corpus in tests/corpus/intake.jsonl.

The corpus was written from the spec (design.md §4, the intake issue) without reading the parser,
so it measures how well the parser generalises, not how well it fits its own examples. Each case
states only what a careful human would be sure of; a key left out of a case is not scored.

Case format (one JSON object per line):
  id, message, mode ("intake"|"dispatcher"|"none"), status (bool), tags,
  commands: [{verb, ids, selector, note?}]  note: null = no note expected, "kw" = note contains kw
  tasks:    [{keywords, type?, depends_on?, cron?, due?, not_before?}]
            keywords: words that must all appear (case-insensitive) in that task's description;
            depends_on: indexes of earlier *expected* tasks, or existing ids ("T-06");
            cron: expected expression or null (compared by fire times, so "*/15" == "0,15,30,45");
            due / not_before: true = must be set, false = must be null.

Run with `pytest -s tests/test_intake_corpus.py` to see the per-aspect table and one line per miss.
"""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus" / "intake.jsonl"
THRESHOLD = 0.97          # every aspect must reach this accuracy
MIN_CASES = 300
NOW = datetime(2026, 11, 20, 10, 0, 0).astimezone()   # a Friday, 10:00 in the local zone
MODES = {"intake", "dispatcher", "none"}
VERBS = {"skip", "retry", "cancel", "done"}
SELECTORS = {None, "blocked", "pending", "running", "done", "skipped"}
TYPES = {"messaging", "reminder-scheduling", "code-execution", "file-creation",
         "agent-delegation", "info-lookup", "unknown"}
TRIGGER_IDS = ["PT-%02d" % n for n in range(1, 18)] + ["NT-%02d" % n for n in range(1, 8)]
ASPECTS = ["mode", "status", "commands", "notes", "task_count", "keywords",
           "type", "depends_on", "cron", "when"]
TASK_ID_RE = re.compile(r"^T-\d{2,}$")
TASK_ASPECT_KEYS = (("type", "type"), ("depends_on", "depends_on"), ("cron", "cron"),
                    ("when", "due"), ("when", "not_before"))


def load_corpus():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------ scoring helpers

def _cron_equal(expected, got):
    """Same expression, or the same next 20 fire times (so equivalent spellings pass)."""
    if expected is None or got is None:
        return expected == got
    if expected.split() == str(got).split():
        return True
    from croniter import croniter
    base = NOW.replace(tzinfo=None)
    try:
        a, b = croniter(expected, base), croniter(str(got), base)
        return all(a.get_next(datetime) == b.get_next(datetime) for _ in range(20))
    except Exception:  # an unparsable expression from the parser is simply wrong
        return False


def _group_commands(commands):
    """{(verb, selector): set(ids)}: "retry T-02 and T-05" may come back as one command or two."""
    groups = defaultdict(set)
    for c in commands:
        groups[(c.get("verb"), c.get("selector"))].update(c.get("ids") or [])
    return dict(groups)


def _fmt_groups(groups):
    return "; ".join("%s %s%s" % (v, ",".join(sorted(ids)), " [%s]" % s if s else "")
                     for (v, s), ids in sorted(groups.items(), key=str)) or "-"


def _align(expected_tasks, got_tasks):
    """Map expected task index -> parsed task index, matching keywords in order (greedy)."""
    mapping, j = {}, 0
    for i, exp in enumerate(expected_tasks):
        kws = [k.lower() for k in exp["keywords"]]
        for k in range(j, len(got_tasks)):
            desc = str(got_tasks[k].get("description") or "").lower()
            if all(kw in desc for kw in kws):
                mapping[i], j = k, k + 1
                break
    return mapping


def score_case(case, doc):
    """Return {aspect: None (pass) | "one-line diff"} for every aspect the case specifies."""
    out = {}
    out["mode"] = None if doc.get("mode") == case["mode"] else \
        "mode: want %s got %s" % (case["mode"], doc.get("mode"))
    if "status" in case:
        out["status"] = None if bool(doc.get("status")) == case["status"] else \
            "status: want %s got %s" % (case["status"], doc.get("status"))

    got_cmds = doc.get("commands") or []
    if "commands" in case:
        want, got = _group_commands(case["commands"]), _group_commands(got_cmds)
        out["commands"] = None if want == got else \
            "commands: want %s got %s" % (_fmt_groups(want), _fmt_groups(got))
    noted = [c for c in case.get("commands", []) if "note" in c]
    if noted:
        problems = []
        for c in noted:
            notes = [str(g.get("note") or "") for g in got_cmds if g.get("verb") == c["verb"]]
            if c["note"] is None:
                if any(notes):
                    problems.append("%s: want no note got %r" % (c["verb"], notes))
            elif not any(c["note"].lower() in n.lower() for n in notes):
                problems.append("%s: want note ~%r got %r" % (c["verb"], c["note"], notes))
        out["notes"] = "; ".join(problems) or None

    if "tasks" not in case:
        return out
    exp_tasks, got_tasks = case["tasks"], doc.get("tasks") or []
    out["task_count"] = None if len(exp_tasks) == len(got_tasks) else \
        "count: want %d got %d %s" % (len(exp_tasks), len(got_tasks),
                                      [str(t.get("description"))[:40] for t in got_tasks])
    mapping = _align(exp_tasks, got_tasks)
    if exp_tasks:
        missing = [i for i in range(len(exp_tasks)) if i not in mapping]
        out["keywords"] = None if not missing else "keywords: no task for %s" % (
            [exp_tasks[i]["keywords"] for i in missing])

    problems, applicable = defaultdict(list), set()
    for i, exp in enumerate(exp_tasks):
        scored = {aspect for aspect, key in TASK_ASPECT_KEYS if key in exp}
        applicable |= scored
        if i not in mapping:
            for aspect in scored:
                problems[aspect].append("#%d not found" % i)
            continue
        got = got_tasks[mapping[i]]
        sched = got.get("schedule") or {}
        if "type" in exp and got.get("type") != exp["type"]:
            problems["type"].append("#%d want %s got %s" % (i, exp["type"], got.get("type")))
        if "depends_on" in exp:
            want = {mapping.get(d, "unmatched #%d" % d) if isinstance(d, int) else d
                    for d in exp["depends_on"]}
            have = set(got.get("depends_on") or [])
            if want != have:
                problems["depends_on"].append("#%d want %s got %s" % (i, sorted(want, key=str),
                                                                     sorted(have, key=str)))
        if "cron" in exp and not _cron_equal(exp["cron"], sched.get("cron")):
            problems["cron"].append("#%d want %s got %s" % (i, exp["cron"], sched.get("cron")))
        for key in ("due", "not_before"):
            if key in exp and bool(sched.get(key)) != exp[key]:
                problems["when"].append("#%d %s want %s got %s" % (i, key, "set" if exp[key] else "null",
                                                                  sched.get(key)))
    for aspect in [a for a in ASPECTS if a in applicable]:
        out[aspect] = ("%s: " % aspect + "; ".join(problems[aspect])) if problems[aspect] else None
    return out


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
        print("MISS %s %r: %s" % (cid, msg[:70], " | ".join(diffs)))
    return acc


# ------------------------------------------------------------------ tests

def test_corpus_is_well_formed():
    cases = load_corpus()
    assert len(cases) >= MIN_CASES, "only %d cases" % len(cases)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids: %s" % sorted({i for i in ids if ids.count(i) > 1})
    by_id = {c["id"]: c for c in cases}
    for tid in TRIGGER_IDS:
        assert tid in by_id and "trigger" in by_id[tid]["tags"], "trigger case %s missing" % tid
        assert (by_id[tid]["mode"] == "none") == tid.startswith("NT-"), tid
    from croniter import croniter
    for c in cases:
        where = "%s: " % c["id"]
        assert set(c) <= {"id", "message", "mode", "status", "commands", "tasks", "tags"}, where + str(set(c))
        assert isinstance(c["message"], str) and c["message"].strip(), where + "empty message"
        assert c["mode"] in MODES, where + c["mode"]
        assert isinstance(c.get("status", False), bool) and isinstance(c["tags"], list), where
        if c["mode"] != "intake":
            assert not c.get("status") and not c.get("commands") and not c.get("tasks"), where
        for cmd in c.get("commands", []):
            assert cmd["verb"] in VERBS and cmd["selector"] in SELECTORS, where + str(cmd)
            assert all(TASK_ID_RE.match(i) for i in cmd["ids"]), where + str(cmd)
            assert bool(cmd["ids"]) != bool(cmd["selector"]), where + "ids xor selector: " + str(cmd)
        for n, t in enumerate(c.get("tasks", [])):
            assert set(t) <= {"keywords", "type", "depends_on", "cron", "due", "not_before"}, where + str(t)
            assert 1 <= len(t["keywords"]) <= 3, where + str(t)
            for kw in t["keywords"]:
                assert kw.lower() in c["message"].lower(), where + "keyword %r not in message" % kw
            assert t.get("type", "unknown") in TYPES, where + str(t)
            for d in t.get("depends_on", []):
                assert (isinstance(d, int) and 0 <= d < n) or TASK_ID_RE.match(str(d)), where + str(t)
            if t.get("cron") is not None:
                assert croniter.is_valid(t["cron"]), where + t["cron"]
            for key in ("due", "not_before"):
                assert isinstance(t.get(key, False), bool), where + str(t)


def _parse_module():
    if importlib.util.find_spec("task_runner.parse") is None:
        pytest.skip("task_runner.parse does not exist yet: corpus scoring waits for the parser")
    module = importlib.import_module("task_runner.parse")
    if not hasattr(module, "parse_message"):
        pytest.skip("task_runner.parse has no parse_message yet: corpus scoring waits for the parser")
    return module


def _parse_or_error(parse, message):
    """A crash on one message is reported as that case's miss (mode "exception: …"), not a lost table."""
    try:
        return parse.parse_message(message, now=NOW)
    except Exception as exc:  # the table must still show every other case
        return {"mode": "exception: %s: %s" % (type(exc).__name__, exc)}


def _ideal_doc(case):
    """The document a perfect parser would return for a case (used to check the scorer itself)."""
    tasks = []
    for t in case["tasks"]:
        cron = t.get("cron")
        tasks.append({"description": " ".join(t["keywords"]), "goal": "", "type": t.get("type", "unknown"),
                      "depends_on": t.get("depends_on", []),
                      "schedule": {"cron": cron, "due": "2026-11-27T17:00:00Z" if t.get("due") else None,
                                   "not_before": "2026-11-21T17:00:00Z" if t.get("not_before") else None}})
    commands = [{"verb": c["verb"], "ids": c["ids"], "selector": c["selector"], "note": c.get("note")}
                for c in case["commands"]]
    return {"mode": case["mode"], "status": case["status"], "commands": commands, "tasks": tasks}


def test_scorer_passes_ideal_documents_and_catches_each_kind_of_miss():
    cases = load_corpus()
    for case in cases:
        assert not any(score_case(case, _ideal_doc(case)).values()), case["id"]
    by_id = {c["id"]: c for c in cases}
    doc = _ideal_doc(by_id["PT-11"])
    doc["tasks"][2]["depends_on"] = []
    doc["tasks"][0]["schedule"]["cron"] = "*/5 * * * *"
    doc["tasks"][2]["type"] = "info-lookup"
    diffs = score_case(by_id["PT-11"], doc)
    assert diffs["depends_on"] and diffs["cron"] and diffs["type"] and diffs["keywords"] is None
    doc["tasks"].pop(1)
    diffs = score_case(by_id["PT-11"], doc)
    assert diffs["task_count"] and diffs["keywords"]
    doc = _ideal_doc(by_id["PT-07"])
    doc["commands"][0]["ids"] = ["T-2"]
    doc["commands"][0]["note"] = "please"
    diffs = score_case(by_id["PT-07"], doc)
    assert diffs["commands"] and diffs["notes"]
    doc = _ideal_doc(by_id["PT-01"])
    doc["mode"], doc["status"] = "none", True
    diffs = score_case(by_id["PT-01"], doc)
    assert diffs["mode"] and diffs["status"]
    assert _cron_equal("*/15 * * * *", "0,15,30,45 * * * *") and _cron_equal("0 18 * * 0", "0 18 * * 7")
    assert not _cron_equal("0 9 * * 1", "0 9 * * 2") and not _cron_equal("0 9 * * 1", "nonsense")


def test_corpus_accuracy_per_aspect():
    parse = _parse_module()
    cases = load_corpus()
    docs = {c["id"]: _parse_or_error(parse, c["message"]) for c in cases}
    acc = report(cases, docs)
    low = {a: round(v, 3) for a, v in acc.items() if v < THRESHOLD}
    assert not low, "aspects below %.2f: %s (run pytest -s for the misses)" % (THRESHOLD, low)


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
            "%s: CLI output differs from parse_message" % case["id"]
        diffs = [d for d in score_case(case, doc).values() if d]
        if diffs:
            failures.append("%s: %s" % (case["id"], " | ".join(diffs)))
    assert not failures, "\n".join(failures)
