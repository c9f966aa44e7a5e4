"""File scopes: tasks naming the same file or folder never run at once in one tree.

The end-to-end test runs real supervisors and the fake claude; each call appends its start and end
to a log, and the log proves the two README.md tasks never overlapped while a third ran beside them.
"""

import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fake_agents import FAKE_DIR, kill_runs, wait_until
from task_runner import scopes


def test_named_paths_reads_files_and_folders_not_urls_or_words():
    text = "Fix README.md and src/app.py, see https://example.com/a/b.html; update docs/ and/or the v2.1 notes."
    assert scopes.named_paths(text) == ["README.md", "src/app.py", "docs/"]
    assert scopes.named_paths("Email Bob about lunch") == []
    assert scopes.named_paths("edit ~/notes/todo.txt and ./build.sh") == ["~/notes/todo.txt", "./build.sh"]


def test_overlap_is_the_same_path_or_one_inside_the_other(tmp_path):
    base = str(tmp_path)
    readme = scopes.scope({"description": "fix README.md"}, base)
    docs = scopes.scope({"files": ["docs"]}, base)
    guide = scopes.scope({"description": "rewrite docs/guide.md"}, base)
    assert scopes.overlap(readme, scopes.scope({"files": ["./README.md"]}, base)) == os.path.join(base, "README.md")
    assert scopes.overlap(docs, guide) == os.path.join(base, "docs", "guide.md")
    assert scopes.overlap(readme, guide) is None
    assert scopes.overlap(scopes.scope({"files": ["doc"]}, base), guide) is None  # doc is not docs/
    # the same file in another tree (a worktree) is another file
    assert scopes.overlap(readme, scopes.scope({"description": "fix README.md"}, base + "/wt")) is None


@given(st.lists(st.from_regex(r"[a-z]{1,6}(/[a-z]{1,6}){0,3}", fullmatch=True), min_size=1, max_size=4),
       st.lists(st.from_regex(r"[a-z]{1,6}(/[a-z]{1,6}){0,3}", fullmatch=True), min_size=1, max_size=4))
def test_overlap_is_symmetric_and_means_a_shared_prefix(first, second):
    a = scopes.scope({"files": first}, "/w")
    b = scopes.scope({"files": second}, "/w")
    assert (scopes.overlap(a, b) is None) == (scopes.overlap(b, a) is None)
    shared = any(x == y or x.startswith(y + "/") or y.startswith(x + "/") for x in a for y in b)
    assert (scopes.overlap(a, b) is not None) == shared


@pytest.fixture
def agents(cli, queue_dir, tmp_path):
    cli.env["PATH"] = f"{FAKE_DIR}{os.pathsep}{cli.env['PATH']}"
    cli.env["TASK_RUNNER_WORKER"] = "claude"
    cli.env["FAKE_LOG"] = str(tmp_path / "calls.jsonl")
    cli.env["FAKE_SLEEP"] = "1"
    cli.env["TASK_RUNNER_MAX_CONCURRENT"] = "3"
    yield cli
    kill_runs(queue_dir)


def test_two_tasks_on_one_file_never_run_at_once(agents, tmp_path):
    """The concurrency log: every fake call records when it began and ended (slow mode sleeps 1 s)."""
    log = tmp_path / "spans.jsonl"
    wrapper = tmp_path / "bin" / "claude"
    wrapper.parent.mkdir()
    wrapper.write_text(
        "#!/usr/bin/env python3\nimport json, os, subprocess, sys, time\n"
        f"log = {str(log)!r}\n"
        "task = os.environ.get('TASK_RUNNER_TASK_ID')\n"
        "open(log, 'a').write(json.dumps({'task': task, 'at': time.time(), 'edge': 'start'}) + '\\n')\n"
        f"code = subprocess.run([{str(FAKE_DIR / 'claude')!r}, *sys.argv[1:]]).returncode\n"
        "open(log, 'a').write(json.dumps({'task': task, 'at': time.time(), 'edge': 'end'}) + '\\n')\n"
        "sys.exit(code)\n")
    wrapper.chmod(0o755)
    agents.env["PATH"] = f"{wrapper.parent}{os.pathsep}{agents.env['PATH']}"
    agents("add", "Fix the typos in README.md FAKE:slow", "Add a usage section to README.md FAKE:slow",
           "Write the changelog FAKE:slow", "--type", "code-execution", "--no-dispatch")
    first = agents.json("dispatch")
    assert first["started"] == ["T-01", "T-03"]
    waiting = agents.json("status", "T-02")["tasks"][0]["waiting_for"]
    assert waiting.startswith("T-01 is working on ") and waiting.endswith("README.md")
    assert wait_until(lambda: all(t["status"] == "done" for t in agents.queue()["tasks"]), 40), agents.queue()
    spans = {}
    for line in log.read_text().splitlines():
        event = json.loads(line)
        spans.setdefault(event["task"], {})[event["edge"]] = event["at"]
    one, two, other = spans["T-01"], spans["T-02"], spans["T-03"]
    assert two["start"] >= one["end"] or one["start"] >= two["end"]  # never at the same time
    assert other["start"] < one["end"] and one["start"] < other["end"]  # the unrelated one ran beside


def test_files_flag_declares_a_scope(agents):
    agents.env["TASK_RUNNER_WORKER"] = "agent"
    agents("add", "tidy the styles", "--files", "web/css", "--no-dispatch")
    agents("add", "make the button blue", "--files", "web/css/button.css", "--no-dispatch")
    agents("add", "update the footer", "--files", "web/html", "--no-dispatch")
    plan = [entry["id"] for entry in agents.json("dispatch")["plan"]]
    assert plan == ["T-01", "T-03"]
    assert agents.queue()["tasks"][0]["files"] == ["web/css"]
    assert "T-01 is working on" in agents("status").stdout
