"""Verification judges facts, never wording: a success is overturned only on evidence."""

import os
import time

import pytest

from task_runner.verify import named_file_written, named_files, verify
from task_runner.workers.base import Outcome, judged

SINCE = "2026-11-20T10:00:00Z"  # an attempt that started before every file these tests write


def ok(text, path=None, **extra):
    outcome = judged(True, text, **extra)
    if path:
        outcome.deliverable_path = path
    return outcome


def task(type_, description="do it", goal=None, **extra):
    return dict(id="T-01", type=type_, description=description, goal=goal or description, **extra)


@pytest.mark.parametrize("type_,description,answer", [
    ("messaging", "email Bob the quarterly report", "DELIVERABLE: Emailed Bob the report"),
    ("messaging", "text Alice that I'm late", "Done.\nDELIVERABLE: Texted Alice: running 10 min late"),
    ("messaging", "tell the team in #general the deploy is done", "DELIVERABLE: drafted and posted it"),
    ("info-lookup", "who is the president of France", "DELIVERABLE: Emmanuel Macron"),
    ("info-lookup", "what's the weather in Paris today", "DELIVERABLE: Sunny, high of 21°C"),
    ("info-lookup", "how much is a new Tesla Model 3", "DELIVERABLE: $38,990"),
    ("info-lookup", "look up the capital of Australia", "Canberra"),
    ("reminder-scheduling", "remind me at 5pm to call mom", "DELIVERABLE: Reminder set for 17:00 today"),
    ("agent-delegation", "ask the research agent about X", "DELIVERABLE: it answered: X is Y"),
    ("code-execution", "run the tests", "DELIVERABLE: 42 passed"),
    ("unknown", "sort out the thing", "DELIVERABLE: handled"),
])
def test_a_worker_that_says_it_did_it_is_done_whatever_the_words(type_, description, answer, tmp_path):
    assert verify(task(type_, description), ok(answer), workdir=str(tmp_path), started_at=SINCE) is None


def test_stderr_noise_is_not_evidence(tmp_path):
    noise = "Traceback (most recent call last):\nError: deprecated\nFATAL: telemetry off\n\x1b[91mError:\x1b[0m x"
    assert verify(task("code-execution", "run the tests"), ok("DELIVERABLE: 42 passed"), workdir=str(tmp_path),
                  stderr=noise) is None


def test_file_creation_needs_the_reported_file_present_non_empty_and_fresh(tmp_path):
    t = task("file-creation", "write a summary")
    (tmp_path / "summary.md").write_text("# Summary\n")
    assert verify(t, ok("DELIVERABLE: wrote it", "summary.md"), workdir=str(tmp_path), started_at=SINCE) is None
    assert verify(t, ok("x", str(tmp_path / "summary.md")), workdir=str(tmp_path), started_at=SINCE) is None
    assert verify(t, ok("x", "missing.md"), workdir=str(tmp_path)) == "the reported file missing.md does not exist"
    (tmp_path / "empty.md").write_text("")
    assert verify(t, ok("x", "empty.md"), workdir=str(tmp_path)) == "the reported file empty.md is empty"
    os.utime(tmp_path / "summary.md", (1_700_000_000, 1_700_000_000))  # 2023: before the attempt
    assert verify(t, ok("x", "summary.md"), workdir=str(tmp_path), started_at=SINCE) == (
        "the reported file summary.md was not written during this attempt")
    assert verify(t, ok("x", "summary.md"), workdir=str(tmp_path)) is None  # no start time: no freshness check


def test_file_creation_checks_the_one_file_the_task_names_when_none_was_reported(tmp_path):
    t = task("file-creation", "write the notes to notes.txt, e.g. as a list")
    assert verify(t, ok("DELIVERABLE: wrote them"), workdir=str(tmp_path)) == (
        "the named file notes.txt does not exist")
    (tmp_path / "notes.txt").write_text("- one\n")
    assert verify(t, ok("DELIVERABLE: wrote them"), workdir=str(tmp_path), started_at=SINCE) is None
    plain = task("file-creation", "draft a cover letter")  # names no file: nothing to check against
    assert verify(plain, ok("DELIVERABLE: here it is: Dear …"), workdir=str(tmp_path)) is None


def test_named_files_need_a_file_extension():
    assert named_files(task("file-creation", "save to ./out/report.csv and ~/a.md, e.g. v2.1 style, i.e. fast"),
                       "/w") == ["./out/report.csv", "~/a.md"]


def test_code_execution_with_denied_permissions_is_rejected(tmp_path):
    outcome = Outcome(ok=True, summary="ran it", denials=["Bash(make deploy)"])
    assert verify(task("code-execution", "deploy"), outcome, workdir=str(tmp_path)) == (
        "the worker was denied: Bash(make deploy)")


def test_a_worker_that_says_it_did_not_do_it_is_rejected(tmp_path):
    said_blocked = Outcome(ok=True, summary="x", blocked="no credentials")
    assert "did not do it: no credentials" in verify(task("messaging"), said_blocked, workdir=str(tmp_path))
    asked = Outcome(ok=True, summary="x", question="which account?")
    assert "needs an answer first: which account?" in verify(task("unknown"), asked, workdir=str(tmp_path))


def test_nothing_at_all_is_rejected(tmp_path):
    for kind in ("agent-delegation", "unknown", "info-lookup", "messaging"):
        assert verify(task(kind), Outcome(ok=True, text="  "), workdir=str(tmp_path)) == (
            "the worker delivered nothing (empty result)")


def test_named_file_written_during_the_attempt(tmp_path):
    t = task("file-creation", "save the date", command="date -u > stamp.txt")
    assert named_file_written(t, str(tmp_path), SINCE) is None  # not written at all
    (tmp_path / "stamp.txt").write_text("Fri\n")
    os.utime(tmp_path / "stamp.txt", (1_700_000_000, 1_700_000_000))  # 2023: before the attempt
    assert named_file_written(t, str(tmp_path), SINCE) is None
    now = time.time()
    os.utime(tmp_path / "stamp.txt", (now, now))
    assert named_file_written(t, str(tmp_path), SINCE) == str(tmp_path / "stamp.txt")
    assert named_file_written(t, str(tmp_path), None) is None
