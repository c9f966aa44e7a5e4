"""Disk full, read-only folder, odd OS errors: a clear message and exit 3, never a traceback, never half a change.

The disk is a real tmpfs of a few hundred KiB (we run as root in CI); elsewhere
these tests skip and say why.
"""

import errno
import os
import subprocess
from pathlib import Path

import pytest

from conftest import Cli
from task_runner.fsutil import fs_error


def _mount(path, options: str) -> str | None:
    path.mkdir()
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                            capture_output=True, text=True, check=False)
    return None if result.returncode == 0 else f"mount -t tmpfs failed: {result.stderr.strip()}"


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    reason = _mount(disk, "size=256k,mode=0700")
    if reason:
        pytest.skip(reason)
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
def disk_cli(small_disk, workspace):
    cli = Cli(small_disk / "tasks", workspace)
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"
    return cli


def fill(disk, leave: int = 0):
    """Fill the file system, then free ``leave`` bytes (tmpfs counts whole 4 KiB pages)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def temp_files(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_full_disk_add_exits_3_with_a_message_and_changes_nothing(disk_cli, small_disk):
    disk_cli("add", *[f"task {n} " + "x" * 200 for n in range(20)])
    before = disk_cli.queue_path.read_bytes()
    fill(small_disk)
    result = disk_cli("add", "one more", check=3)
    assert "disk is full" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert disk_cli.queue_path.read_bytes() == before
    assert temp_files(disk_cli.dir) == []
    assert "task 19" in disk_cli("status").stdout  # reading still works on a full disk


def test_4_kib_free_add_fails_cleanly_and_nothing_is_added(disk_cli, small_disk):
    disk_cli("add", *[f"task {n} " + "x" * 300 for n in range(30)])  # a queue of ~12 KiB
    before = disk_cli.queue_path.read_bytes()
    assert len(before) > 3 * 4096
    fill(small_disk, leave=4096)
    result = disk_cli("add", "does not fit", "--json", check=3)
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert disk_cli.queue_path.read_bytes() == before
    assert temp_files(disk_cli.dir) == []
    assert "does not fit" not in disk_cli("status").stdout


def test_space_freed_again_and_the_next_add_works(disk_cli, small_disk):
    disk_cli("add", *[f"task {n} " + "x" * 300 for n in range(30)])
    filler = fill(small_disk)
    disk_cli("add", "later", check=3)
    filler.unlink()
    disk_cli("add", "later")
    assert disk_cli.queue()["tasks"][-1]["description"] == "later"


def test_read_only_folder_exits_3_naming_the_cause(disk_cli, small_disk):
    disk_cli("add", "before")
    before = disk_cli.queue_path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = disk_cli("add", "after", check=3)
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert disk_cli.queue_path.read_bytes() == before
    assert "before" in disk_cli("status").stdout


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "disk is full"), (errno.EDQUOT, "quota"), (errno.EROFS, "read-only"),
    (errno.EACCES, "chmod"), (errno.EPERM, "chown"), (errno.ELOOP, "symbolic link"),
    (errno.EISDIR, "folder where a file belongs"), (errno.EIO, "Input/output error"),
])
def test_every_os_error_becomes_a_message_naming_path_cause_and_fix(code, words):
    error = fs_error(OSError(code, os.strerror(code)), "/q/task-queue.json", "write the file", "Nothing was changed.")
    message = str(error)
    assert error.exit_code == 3
    assert message.startswith("/q/task-queue.json: cannot write the file: ") and words in message
    assert message.endswith("Nothing was changed.")


@pytest.mark.parametrize("leave", [0, 4096, 8192, 16384])
def test_a_small_queue_on_a_nearly_full_disk_is_all_or_nothing(disk_cli, small_disk, leave):
    """Whatever fits: exit 0 with the task in the queue, or exit 3 without it; never a traceback."""
    disk_cli("add", "seed")
    fill(small_disk, leave=leave)
    result = disk_cli("add", "maybe", "--no-dispatch", check=None)
    assert "Traceback" not in result.stderr
    added = "maybe" in disk_cli("status").stdout
    assert (result.returncode, added) in ((0, True), (3, False)), result.stderr
    assert temp_files(disk_cli.dir) == []


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOSPC, "No space left on device", "/q/runs/T-01/stdout.log"), "/q/runs/T-01/stdout.log: "),
    (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
])
def test_cli_last_resort_turns_an_escaped_error_into_one_line_and_exit_3(pinned_env, monkeypatch, capsys,
                                                                         error, words):
    """The one handler in cli.main for what no module explained: a message, exit 3, no traceback."""
    from task_runner import cli, config

    def broken(**settings):
        raise error

    monkeypatch.setattr(config, "load_config", broken)  # the first call inside main's try
    assert cli.main(["status"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("task-runner: error: ") and words in err and err.count("\n") == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to another user")
@pytest.mark.parametrize("action", ["read", "write"])
def test_permission_denied_is_a_message_naming_the_file_and_the_fix(tmp_path, action):
    """A real EACCES: a process of user nobody meets a queue file and lock it may not open."""
    import shutil
    import tempfile

    from task_runner.store import QueueStore

    base = Path(tempfile.mkdtemp(prefix="task-runner-eacces-"))  # /tmp/pytest-of-root is closed to nobody
    try:
        base.chmod(0o711)
        folder = base / "tasks"
        QueueStore(folder).ensure()  # queue file and lock owned by root, mode 600
        os.chown(folder, 65534, 65534)
        before = (folder / "task-queue.json").read_bytes()
        reader, writer = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the forked child
            os.close(reader)
            os.setgid(65534)
            os.setuid(65534)
            try:
                store = QueueStore(folder)
                if action == "read":
                    store.read()
                else:
                    with store.transaction() as queue:
                        queue["archivedCount"] = 1
                message = "no error"
            except Exception as error:  # noqa: BLE001 - the forked child reports whatever it met
                message = f"{type(error).__name__}: {error}"
            os.write(writer, message.encode())
            os._exit(0)
        os.close(writer)
        os.waitpid(child, 0)
        with os.fdopen(reader) as pipe:
            message = pipe.read()
        assert message.startswith("QueueError: ") and "permission denied" in message and "chmod" in message
        assert str(folder) in message
        assert (folder / "task-queue.json").read_bytes() == before
    finally:
        shutil.rmtree(base)
