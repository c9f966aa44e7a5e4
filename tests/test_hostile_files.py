"""A hostile file system: planted links, foreign or open folders, litter of killed writers."""

import os
import subprocess
import sys
import time

import pytest

from task_runner.errors import QueueError
from task_runner.fsutil import (
    atomic_write_text,
    ensure_dir,
    open_private,
    read_private,
    remove_stale_temps,
    write_private,
)

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


@pytest.fixture
def victim(tmp_path):
    """A file outside the queue folder that a planted link points at."""
    path = tmp_path / "victim.txt"
    path.write_text("precious\n")
    return path


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_planted_lock_link_is_refused_and_its_target_untouched(cli, victim):
    cli("add", "first")
    before = cli.queue_path.read_bytes()
    (cli.dir / "task-queue.json.lock").unlink()
    (cli.dir / "task-queue.json.lock").symlink_to(victim)
    result = cli("add", "second", check=3)
    assert "task-queue.json.lock" in result.stderr and "symbolic link" in result.stderr
    assert "Traceback" not in result.stderr
    assert victim.read_text() == "precious\n"
    assert cli.queue_path.read_bytes() == before


def test_planted_temp_links_for_every_likely_pid_are_never_written_through(cli, victim):
    cli("add", "first")
    start = os.getpid()
    for pid in range(start, start + 400):  # the next writers' pids, as the old naming made them
        (cli.dir / f".task-queue.json.{pid}.tmp").symlink_to(victim)
    cli("add", "second")
    assert victim.read_text() == "precious\n"
    assert [t["description"] for t in cli.queue()["tasks"]] == ["first", "second"]
    assert not cli.queue_path.is_symlink()


def test_queue_file_that_is_a_link_is_refused(cli, victim):
    cli.dir.mkdir(mode=0o700)
    cli.queue_path.symlink_to(victim)
    result = cli("status", check=3)
    assert "symbolic link" in result.stderr and victim.read_text() == "precious\n"


def test_write_private_and_open_private_refuse_links_and_create_0600(tmp_path, victim):
    log = tmp_path / "stdout.log"
    log.symlink_to(victim)
    with pytest.raises(QueueError, match="symbolic link"):
        write_private(log, "output\n", append=True)
    with pytest.raises(QueueError, match="symbolic link"):
        open_private(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with pytest.raises(QueueError, match="symbolic link"):
        read_private(log)
    assert victim.read_text() == "precious\n"
    fresh = tmp_path / "events.jsonl"
    write_private(fresh, "one\n")
    write_private(fresh, b"two\n", append=True)
    assert fresh.read_text() == "one\ntwo\n" and fresh.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileNotFoundError):
        read_private(tmp_path / "absent")


def test_atomic_write_never_follows_a_planted_target_link(tmp_path, victim):
    target = tmp_path / "supervisor.json"
    target.symlink_to(victim)
    atomic_write_text(target, "{}\n")
    assert victim.read_text() == "precious\n"  # the link itself was replaced
    assert not target.is_symlink() and target.read_text() == "{}\n"
    assert target.stat().st_mode & 0o777 == 0o600


def test_missing_parents_are_created_0700(tmp_path):
    deep = tmp_path / "a" / "b" / "runs" / "T-01"
    ensure_dir(deep)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "runs", deep):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_queue_folder_and_parents_created_private(cli):
    cli.dir = cli.dir / "nested" / "deeper"
    cli.env["TASK_RUNNER_DIR"] = str(cli.dir)
    cli("add", "x")
    assert cli.dir.stat().st_mode & 0o777 == 0o700
    assert cli.dir.parent.stat().st_mode & 0o777 == 0o700
    assert cli.queue_path.stat().st_mode & 0o777 == 0o600
    assert (cli.dir / "task-queue.json.lock").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("mode, who", [(0o770, "group"), (0o707, "others"), (0o777, "group and others")])
def test_folder_writable_by_others_is_refused_untouched(cli, mode, who):
    cli("add", "x")
    before = cli.queue_path.read_bytes()
    cli.dir.chmod(mode)
    for command in (["status"], ["add", "y"]):
        result = cli(*command, check=3)
        assert f"writable by {who}" in result.stderr and f"chmod 700 {cli.dir}" in result.stderr
    assert cli.queue_path.read_bytes() == before


@needs_root
def test_folder_owned_by_another_user_is_refused(cli):
    cli("add", "x")
    before = cli.queue_path.read_bytes()
    os.chown(cli.dir, 65534, 65534)
    result = cli("add", "y", check=3)
    assert "belongs to" in result.stderr and "chown" in result.stderr and str(cli.dir) in result.stderr
    assert cli.queue_path.read_bytes() == before


def test_lock_path_that_is_a_folder_exits_3_with_a_message(cli):
    cli("add", "x")
    (cli.dir / "task-queue.json.lock").unlink()
    (cli.dir / "task-queue.json.lock").mkdir()
    result = cli("add", "y", check=3)
    assert "task-queue.json.lock" in result.stderr and "folder where a file belongs" in result.stderr
    assert "Traceback" not in result.stderr


def test_stale_temps_of_dead_writers_are_removed_by_the_next_writer(cli, victim):
    cli("add", "first")
    old = time.time() - 120
    dead = dead_pid()
    stale_file = cli.dir / f".task-queue.json.{dead}.tmp"
    stale_file.write_text("half a queue")
    stale_link = cli.dir / f".task-queue.json.{dead}.0123abcd.tmp"
    stale_link.symlink_to(victim)
    live = cli.dir / f".task-queue.json.{os.getpid()}.tmp"  # its writer (us) still runs
    live.write_text("in progress")
    fresh = cli.dir / f".task-queue.json.{dead}.fffe.tmp"  # too young to judge
    fresh.write_text("just now")
    for path in (stale_file, stale_link, live):
        os.utime(path, (old, old), follow_symlinks=False)
    cli("add", "second")
    assert not stale_file.exists() and not stale_link.is_symlink()
    assert live.exists() and fresh.exists()
    assert victim.read_text() == "precious\n"


def test_remove_stale_temps_ignores_other_files(tmp_path):
    target = tmp_path / "result.json"
    other = tmp_path / ".other.json.1.tmp"
    other.write_text("x")
    os.utime(other, (0, 0))
    assert remove_stale_temps(target) == 0 and other.exists()


def test_temp_names_are_unpredictable(tmp_path, monkeypatch):
    seen = []
    real_open = os.open

    def spy(path, flags, *args):
        if str(path).endswith(".tmp"):
            seen.append((os.path.basename(path), flags))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", spy)
    for _ in range(2):
        atomic_write_text(tmp_path / "q.json", "{}")
    (first, flags), (second, _) = seen
    assert first != second and first.startswith(f".q.json.{os.getpid()}.") and len(first.split(".")[-2]) == 16
    assert flags & os.O_EXCL and flags & os.O_NOFOLLOW


@pytest.mark.parametrize("data, words", [
    ({"x": float("nan")}, "not valid JSON"),
    ({"x": "caf\udce9"}, "not valid UTF-8"),
])
def test_atomic_write_json_refuses_what_is_not_json_and_writes_nothing(tmp_path, data, words):
    from task_runner.fsutil import atomic_write_json

    target = tmp_path / "result.json"
    target.write_text("old\n")
    with pytest.raises(QueueError, match=words):
        atomic_write_json(target, data)
    assert target.read_text() == "old\n" and not list(tmp_path.glob(".*.tmp"))


def test_a_fifo_planted_as_the_queue_does_not_hang_the_reader(cli):
    cli.dir.mkdir(mode=0o700)
    os.mkfifo(cli.queue_path)
    result = cli("status", check=3, timeout=20)
    assert "not a regular file" in result.stderr and str(cli.queue_path) in result.stderr
