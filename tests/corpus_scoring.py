"""Scoring of parse documents against hand-labelled corpus cases (shared by the corpus tests).

A case states only what a careful human would be sure of; a key left out of a case is not scored.
Case format (one JSON object per line):
  id, message, mode ("intake"|"dispatcher"|"none"), status (bool), tags,
  commands: [{verb, ids, selector, note?}]  note: null = no note expected, "kw" = note contains kw
  tasks:    [{keywords, type?, depends_on?, cron?, due?, not_before?}]
            keywords: words that must all appear (case-insensitive) in that task's description;
            depends_on: indexes of earlier *expected* tasks, or existing ids ("T-06");
            cron: expected expression or null (compared by fire times, so "*/15" == "0,15,30,45");
            due / not_before: true = must be set, false = must be null.
  blind cases add: lang (en, es, de, zh, fr, pt, ja, it) and unsure (whether a careful parser
  would say it is unsure; scored apart, never part of "exact").
"""
import re
from collections import defaultdict
from datetime import datetime

NOW = datetime(2026, 11, 20, 10, 0, 0).astimezone()   # a Friday, 10:00 in the local zone
ASPECTS = ["mode", "status", "commands", "notes", "task_count", "keywords",
           "type", "depends_on", "cron", "when"]
TASK_ID_RE = re.compile(r"^T-\d{2,}$")
TASK_ASPECT_KEYS = (("type", "type"), ("depends_on", "depends_on"), ("cron", "cron"),
                    ("when", "due"), ("when", "not_before"))


def parse_or_error(parse_message, message):
    """A crash on one message is reported as that case's miss (mode "exception: …"), not a lost table."""
    try:
        return parse_message(message, now=NOW)
    except Exception as exc:  # the table must still show every other case
        return {"mode": f"exception: {type(exc).__name__}: {exc}"}


def ideal_doc(case):
    """The document a perfect parser would return for a case (used to check the scorer itself)."""
    tasks = []
    for t in case.get("tasks", []):
        cron = t.get("cron")
        tasks.append({"description": " ".join(t["keywords"]), "goal": "", "type": t.get("type", "unknown"),
                      "depends_on": t.get("depends_on", []),
                      "schedule": {"cron": cron, "due": "2026-11-27T17:00:00Z" if t.get("due") else None,
                                   "not_before": "2026-11-21T17:00:00Z" if t.get("not_before") else None}})
    commands = [{"verb": c["verb"], "ids": c["ids"], "selector": c["selector"], "note": c.get("note")}
                for c in case.get("commands", [])]
    return {"mode": case["mode"], "status": case.get("status", False), "commands": commands, "tasks": tasks,
            "unsure": ["expected"] if case.get("unsure") else []}


def cron_equal(expected, got):
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
    return "; ".join("{} {}{}".format(v, ",".join(sorted(ids)), f" [{s}]" if s else "")
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
        "mode: want {} got {}".format(case["mode"], doc.get("mode"))
    if "status" in case:
        out["status"] = None if bool(doc.get("status")) == case["status"] else \
            "status: want {} got {}".format(case["status"], doc.get("status"))

    got_cmds = doc.get("commands") or []
    if "commands" in case:
        want, got = _group_commands(case["commands"]), _group_commands(got_cmds)
        out["commands"] = None if want == got else \
            f"commands: want {_fmt_groups(want)} got {_fmt_groups(got)}"
    noted = [c for c in case.get("commands", []) if "note" in c]
    if noted:
        problems = []
        for c in noted:
            notes = [str(g.get("note") or "") for g in got_cmds if g.get("verb") == c["verb"]]
            if c["note"] is None:
                if any(notes):
                    problems.append("{}: want no note got {!r}".format(c["verb"], notes))
            elif not any(c["note"].lower() in n.lower() for n in notes):
                problems.append("{}: want note ~{!r} got {!r}".format(c["verb"], c["note"], notes))
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
        if "cron" in exp and not cron_equal(exp["cron"], sched.get("cron")):
            problems["cron"].append("#%d want %s got %s" % (i, exp["cron"], sched.get("cron")))
        for key in ("due", "not_before"):
            if key in exp and bool(sched.get(key)) != exp[key]:
                problems["when"].append("#%d %s want %s got %s" % (i, key, "set" if exp[key] else "null",
                                                                  sched.get(key)))
    for aspect in [a for a in ASPECTS if a in applicable]:
        out[aspect] = (f"{aspect}: " + "; ".join(problems[aspect])) if problems[aspect] else None
    return out


MODES = {"intake", "dispatcher", "none"}
VERBS = {"skip", "retry", "cancel", "done", "answer", "urgent", "pause", "resume"}
SELECTORS = {None, "all", "blocked", "pending", "running", "done", "skipped"}  # "all": pause/resume
TYPES = {"messaging", "reminder-scheduling", "code-execution", "file-creation",
         "agent-delegation", "info-lookup", "unknown"}
LANGS = ("en", "es", "de", "zh", "fr", "pt", "ja", "it")


def check_case(c, blind=False):
    """Assert that one case is well formed (keys, verbs, ids, keywords present in the message)."""
    from croniter import croniter

    where = "{}: ".format(c.get("id"))
    allowed = {"id", "message", "mode", "status", "commands", "tasks", "tags"} | ({"lang", "unsure"} if blind else set())
    assert set(c) <= allowed, where + str(set(c) - allowed)
    if blind:
        assert c.get("lang") in LANGS, where + "lang {!r}".format(c.get("lang"))
    assert isinstance(c["message"], str) and c["message"].strip(), where + "empty message"
    assert c["mode"] in MODES, where + c["mode"]
    assert isinstance(c.get("status", False), bool) and isinstance(c.get("tags", []), list), where
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
            assert kw.lower() in c["message"].lower(), where + f"keyword {kw!r} not in message"
        assert t.get("type", "unknown") in TYPES, where + str(t)
        for d in t.get("depends_on", []):
            assert (isinstance(d, int) and 0 <= d < n) or TASK_ID_RE.match(str(d)), where + str(t)
        if t.get("cron") is not None:
            assert croniter.is_valid(t["cron"]), where + t["cron"]
        for key in ("due", "not_before"):
            assert isinstance(t.get(key, False), bool), where + str(t)


def blind_figures(cases, docs):
    """Whole-message figures of a blind corpus: {"all": {...}, lang: {...}} plus the misses.

    exact: every scored aspect right; silently_wrong: not exact and the parser said nothing about
    being unsure; unsure: the parser gave at least one reason; unsure_agree: the parser's unsure
    matches the case's (only for cases that state it)."""
    groups, misses = defaultdict(lambda: defaultdict(int)), []
    aspect_totals, aspect_passes = defaultdict(int), defaultdict(int)
    for case in cases:
        doc = docs[case["id"]]
        diffs = score_case(case, doc)
        wrong = [d for d in diffs.values() if d]
        unsure = bool(doc.get("unsure"))
        for aspect, diff in diffs.items():
            aspect_totals[aspect] += 1
            aspect_passes[aspect] += diff is None
        for key in ("all", case.get("lang", "?")):
            g = groups[key]
            g["cases"] += 1
            g["exact"] += not wrong
            g["mode"] += diffs["mode"] is None
            g["silently_wrong"] += bool(wrong) and not unsure
            g["unsure"] += unsure
            if "unsure" in case:
                g["unsure_cases"] += 1
                g["unsure_agree"] += bool(case["unsure"]) == unsure
        if wrong or unsure != bool(case.get("unsure", unsure)):
            misses.append((case, wrong, doc.get("unsure") or []))
    rates = {}
    for key, g in groups.items():
        n = g["cases"]
        rates[key] = {"cases": n, "exact": g["exact"] / n, "mode": g["mode"] / n,
                      "silently_wrong": g["silently_wrong"] / n, "unsure": g["unsure"] / n,
                      "unsure_agree": g["unsure_agree"] / g["unsure_cases"] if g["unsure_cases"] else None}
    aspects = {a: aspect_passes[a] / aspect_totals[a] for a in ASPECTS if aspect_totals[a]}
    return rates, aspects, misses


def print_blind(name, rates, aspects, misses):
    print("\nblind corpus %s: %d cases" % (name, rates["all"]["cases"]))
    print("%-5s %6s %7s %7s %8s %7s %8s" % ("lang", "cases", "exact", "mode", "silent", "unsure", "u-agree"))
    for key in ["all"] + [lang for lang in LANGS if lang in rates] + sorted(set(rates) - set(LANGS) - {"all"}):
        r = rates[key]
        agree = "%7.1f%%" % (100 * r["unsure_agree"]) if r["unsure_agree"] is not None else "       -"
        print("%-5s %6d %6.1f%% %6.1f%% %7.1f%% %6.1f%% %s" % (key, r["cases"], 100 * r["exact"], 100 * r["mode"],
                                                         100 * r["silently_wrong"], 100 * r["unsure"], agree))
    print("%-12s %9s" % ("aspect", "accuracy"))
    for a, v in aspects.items():
        print("%-12s %8.1f%%" % (a, 100 * v))
    for case, wrong, unsure in misses:
        msg = case["message"].replace("\n", " / ")
        print("MISS {} [{}] {!r}: {}{}".format(case["id"], case.get("lang"), msg[:70], " | ".join(wrong) or "-",
                                        " (unsure: {})".format("; ".join(unsure)) if unsure else ""))
