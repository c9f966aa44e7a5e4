"""Per-type verification of what a successful worker delivered."""

from task_runner.verify import verify
from task_runner.workers.base import Outcome, judged


def ok(text, path=None):
    outcome = judged(True, text)
    if path:
        outcome.deliverable_path = path
    return outcome


def task(type_, description="do it", goal=None, **extra):
    return dict(id="T-01", type=type_, description=description, goal=goal or description, **extra)


def test_file_creation_needs_an_existing_non_empty_file_inside_the_workdir(tmp_path):
    t = task("file-creation", "write a summary to summary.md")
    (tmp_path / "summary.md").write_text("# Summary\n")
    assert verify(t, ok("DELIVERABLE: wrote it", "summary.md"), workdir=str(tmp_path)) is None
    assert verify(t, ok("DELIVERABLE: wrote it", str(tmp_path / "summary.md")), workdir=str(tmp_path)) is None
    assert "no DELIVERABLE_PATH" in verify(t, ok("DELIVERABLE: wrote it"), workdir=str(tmp_path))
    assert "does not exist" in verify(t, ok("x", "missing.md"), workdir=str(tmp_path))
    (tmp_path / "empty.md").write_text("")
    assert "is empty" in verify(t, ok("x", "empty.md"), workdir=str(tmp_path))


def test_file_outside_workdir_only_when_the_task_named_that_place(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "report.csv").write_text("a,b\n")
    work = tmp_path / "work"
    work.mkdir()
    plain = task("file-creation", "make a report")
    assert "outside" in verify(plain, ok("x", str(elsewhere / "report.csv")), workdir=str(work))
    named = task("file-creation", f"save the report to {elsewhere}/report.csv")
    assert verify(named, ok("x", str(elsewhere / "report.csv")), workdir=str(work)) is None
    escape = task("file-creation", "make a report")
    assert "outside" in verify(escape, ok("x", "../elsewhere/report.csv"), workdir=str(work))


def test_code_execution_rejects_error_markers_at_the_end_of_stderr(tmp_path):
    t = task("code-execution", "run the tests")
    assert verify(t, ok("42 passed"), workdir=str(tmp_path), stderr="warning: slow\n") is None
    trace = "Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad"
    assert "Traceback" in verify(t, ok("done"), workdir=str(tmp_path), stderr=trace)
    assert "FATAL" in verify(t, ok("done"), workdir=str(tmp_path), stderr="FATAL: cannot connect")
    assert "Error:" in verify(t, ok("done"), workdir=str(tmp_path), stderr="npm ERR!\nError: ENOENT")
    long_ago = "Error: transient\n" + "fine\n" * 1000  # only the end of stderr counts
    assert verify(t, ok("done"), workdir=str(tmp_path), stderr=long_ago) is None


def test_info_lookup_needs_key_terms_and_no_error_page(tmp_path):
    t = task("info-lookup", "look up the weather in Paris", goal="Find the current weather forecast for Paris")
    assert verify(t, ok("DELIVERABLE: Paris: 18°C and sunny"), workdir=str(tmp_path)) is None
    assert "no key term" in verify(t, ok("DELIVERABLE: Bananas are yellow"), workdir=str(tmp_path))
    assert "error page" in verify(t, ok("<html><title>404 Not Found</title> Paris weather"), workdir=str(tmp_path))
    assert "nothing" in verify(t, Outcome(ok=True), workdir=str(tmp_path))


def test_messaging_needs_a_confirmation(tmp_path):
    t = task("messaging", "tell the team in #general that the deploy is done")
    assert verify(t, ok("DELIVERABLE: message sent to #general (id 123)"), workdir=str(tmp_path)) is None
    assert "did not confirm" in verify(t, ok("DELIVERABLE: drafted the message"), workdir=str(tmp_path))
    assert "did not confirm" in verify(t, ok("DELIVERABLE: message not sent, channel missing"), workdir=str(tmp_path))


def test_delegation_and_unknown_need_a_non_empty_deliverable(tmp_path):
    for kind in ("agent-delegation", "unknown", "reminder-scheduling"):
        assert verify(task(kind), ok("DELIVERABLE: handled"), workdir=str(tmp_path)) is None
        assert verify(task(kind), Outcome(ok=True, text="  "), workdir=str(tmp_path))


def test_named_file_written_during_the_attempt(tmp_path):
    import os
    import time

    from task_runner.verify import named_file_written

    t = task("file-creation", "save the date", command="date -u > stamp.txt")
    since = "2026-11-20T10:00:00Z"
    assert named_file_written(t, str(tmp_path), since) is None  # not written at all
    (tmp_path / "stamp.txt").write_text("Fri\n")
    os.utime(tmp_path / "stamp.txt", (1_700_000_000, 1_700_000_000))  # 2023: before the attempt
    assert named_file_written(t, str(tmp_path), since) is None
    now = time.time()
    os.utime(tmp_path / "stamp.txt", (now, now))
    assert named_file_written(t, str(tmp_path), since) == str(tmp_path / "stamp.txt")
    assert named_file_written(t, str(tmp_path), None) is None
