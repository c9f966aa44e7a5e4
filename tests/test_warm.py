"""The warm server (warm.py) and the launcher (launcher.py): a command run warm is the command run
cold, in every way a user or an agent can tell, and the server never runs code that is not on disk."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import base_env, stop_warm_servers, warm_servers
from fake_agents import wait_until

PACKAGE = Path(__file__).resolve().parent.parent / "skill" / "task_runner"


@pytest.fixture
def warm_dir(tmp_path):
    folder = tmp_path / "warm"
    folder.mkdir(mode=0o700)
    yield folder
    stop_warm_servers(folder)


@pytest.fixture
def env(tmp_path, warm_dir):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    return dict(base_env(tmp_path / "tasks", workspace), TASK_RUNNER_WARM_DIR=str(warm_dir),
                TASK_RUNNER_NOW="2026-11-20T10:00:00Z")


def run(env, *args, input=None, cwd=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "task_runner", *args], env=env, input=input, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def wait_for(predicate, timeout=15.0, what="the condition"):
    """``predicate``'s first truthy value; a failure naming ``what`` when none comes in time."""
    value = wait_until(predicate, timeout)
    assert value, f"timed out waiting for {what}"
    return value


def start_server(env, warm_dir) -> int:
    """A first command runs cold and starts the server; returns its pid once it listens."""
    assert run(env, "status").returncode == 0
    wait_for(lambda: list(warm_dir.glob("warm-*.sock")), what="the warm server's socket")
    return wait_for(lambda: warm_servers(warm_dir), what="the warm server")[0]


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name.isdigit() and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def command_child(server: int, cwd: Path) -> int:
    """The server's child that runs a command launched from ``cwd`` (it takes the launcher's cwd)."""
    def find():
        for child in children_of(server):
            try:
                if os.readlink(f"/proc/{child}/cwd") == str(cwd):
                    return child
            except OSError:
                continue
        return None
    return wait_for(find, what="the command's process in the warm server")


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def test_a_command_runs_in_a_child_of_the_warm_server_and_ctrl_c_reaches_it(env, warm_dir, tmp_path):
    server = start_server(env, warm_dir)
    run(env, "add", "wait for me", "--no-dispatch")
    here = tmp_path / "here"
    here.mkdir()
    launcher = subprocess.Popen([sys.executable, "-m", "task_runner", "wait", "T-01", "--timeout", "30"],
                                env=env, cwd=here, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child = command_child(server, here)
    launcher.send_signal(signal.SIGINT)
    out, err = launcher.communicate(timeout=15)
    assert launcher.returncode == 130, (out, err)
    assert "Traceback" not in err
    wait_for(lambda: gone(child), what="the command to stop")


def test_a_killed_launcher_takes_its_command_with_it(env, warm_dir, tmp_path):
    server = start_server(env, warm_dir)
    run(env, "add", "wait for me", "--no-dispatch")
    launcher = subprocess.Popen([sys.executable, "-m", "task_runner", "wait", "T-01", "--timeout", "60"],
                                env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    child = command_child(server, tmp_path)
    launcher.kill()
    launcher.wait(timeout=10)
    wait_for(lambda: gone(child), timeout=5, what="the orphaned command to be killed")


def test_a_command_killed_by_a_signal_kills_its_launcher_the_same_way(env, warm_dir, tmp_path):
    server = start_server(env, warm_dir)
    run(env, "add", "wait for me", "--no-dispatch")
    launcher = subprocess.Popen([sys.executable, "-m", "task_runner", "wait", "T-01", "--timeout", "60"],
                                env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.kill(command_child(server, tmp_path), signal.SIGKILL)
    launcher.wait(timeout=10)
    assert launcher.returncode == -signal.SIGKILL


@pytest.mark.parametrize("args, stdin", [
    (["parse", "--json", "at 3pm, call the vet, and email Ana the minutes"], None),
    (["parse", "--json", "-"], "recuérdame mañana a las 9 llamar al fontanero"),
    (["add", "write the launch notes", "--no-dispatch"], None),
    (["add", "--stdin-json", "--no-dispatch"], json.dumps([{"description": "from a program"}])),
    (["--json", "status"], None),
    (["retry", "T-99"], None),  # an error: exit code and message
    (["bogus"], None),  # a usage error: exit 2, usage on stderr
    (["--version"], None),
])
def test_warm_and_cold_answer_alike(env, warm_dir, tmp_path, args, stdin):
    start_server(env, warm_dir)
    cold_env = dict(env, TASK_RUNNER_WARM="0", TASK_RUNNER_DIR=str(tmp_path / "cold-tasks"))
    warm_env = dict(env, TASK_RUNNER_DIR=str(tmp_path / "warm-tasks"))
    for tz in ("UTC", "Asia/Tokyo"):
        cold = run(dict(cold_env, TZ=tz), *args, input=stdin)
        warm = run(dict(warm_env, TZ=tz), *args, input=stdin)
        cold_out = cold.stdout.replace(str(tmp_path / "cold-tasks"), "DIR")
        warm_out = warm.stdout.replace(str(tmp_path / "warm-tasks"), "DIR")
        assert (warm.returncode, warm_out, warm.stderr) == (cold.returncode, cold_out, cold.stderr), tz
    assert len(warm_servers(warm_dir)) == 1  # still the one server: no command made it restart


def test_the_installed_command_runs_warm_importing_only_built_in_modules(env, warm_dir, tmp_path):
    """What users run is pip's copy of scripts/task-runner (not an entry point, whose wrapper imports
    re); through it, a warm command's own process loads no module from a file but the launcher."""
    installed = Path(sys.executable).with_name("task-runner")
    script = PACKAGE.parent.parent / "scripts" / "task-runner"
    assert installed.read_text().split("\n", 1)[1] == script.read_text().split("\n", 1)[1]
    start_server(env, warm_dir)
    traced = subprocess.run([sys.executable, "-X", "importtime", str(installed), "status"], env=env,
                            capture_output=True, text=True, timeout=60)
    imported = {line.rsplit("|", 1)[1].strip() for line in traced.stderr.splitlines() if line.startswith("import time:")}
    plain = subprocess.run([sys.executable, "-X", "importtime", "-c", "pass"], env=env, capture_output=True, text=True)
    at_start = {line.rsplit("|", 1)[1].strip() for line in plain.stderr.splitlines() if line.startswith("import time:")}
    assert traced.returncode == 0 and traced.stdout == run(dict(env, TASK_RUNNER_WARM="0"), "status").stdout
    assert imported - at_start == {"task_runner", "task_runner.launcher", "_socket"}, imported - at_start


def test_the_timezone_of_each_command_is_its_own(env, warm_dir):
    start_server(env, warm_dir)
    times = {tz: json.loads(run(dict(env, TZ=tz), "parse", "--json", "at 3pm, email Bob the report").stdout)
             ["tasks"][0]["schedule"]["not_before"] for tz in ("UTC", "Asia/Tokyo", "America/New_York")}
    assert len(set(times.values())) == 3, times


def test_a_queue_error_is_told_alike_and_the_file_left_untouched(env, warm_dir, tmp_path):
    start_server(env, warm_dir)
    folder = tmp_path / "tasks"
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / "task-queue.json").write_text("{not json", encoding="utf-8")
    warm = run(env, "status")
    cold = run(dict(env, TASK_RUNNER_WARM="0"), "status")
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    assert warm.returncode == 3 and "not valid JSON" in warm.stderr
    assert (folder / "task-queue.json").read_text(encoding="utf-8") == "{not json"


def spare_ready(server: int, size: int) -> bool:
    """Is a child of the server (the spare: a command's would be gone) asleep, waiting for a
    command, after reading ``size`` bytes itself? (Its own thread's count: /proc/PID/io adds what
    its reaped children read.)"""
    def ready(pid):
        try:
            read = int(Path(f"/proc/{pid}/task/{pid}/io").read_text().split("rchar:")[1].split()[0])
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return read >= size and state == "S"
    return any(ready(child) for child in children_of(server))


def test_the_queue_read_ahead_by_the_spare_serves_only_the_same_bytes(env, warm_dir, tmp_path):
    """Between commands a spare child of the server reads the queue the next one will read
    (QueueStore.read_ahead); a command takes that copy only for the very bytes it reads itself, whatever
    the file's inode, size and time say, and a queue the spare cannot read is told by the
    command, as cold."""
    server = start_server(env, warm_dir)
    cold = dict(env, TASK_RUNNER_WARM="0")  # no request to the server: what it reads is the queue
    assert run(cold, "add", "feed the cat" + " and the dog" * 8000).returncode == 0
    queue = tmp_path / "tasks" / "task-queue.json"
    assert run(env, "add", "water the plants").returncode == 0  # a change the spare reads after
    wait_for(lambda: spare_ready(server, queue.stat().st_size), what="the spare to read the queue ahead")
    info = os.stat(queue)
    data = queue.read_bytes()
    with open(queue, "r+b") as handle:  # same inode, size and time: only the bytes differ
        handle.write(data.replace(b"feed the cat", b"feed the cow"))
    os.utime(queue, ns=(info.st_atime_ns, info.st_mtime_ns))
    warm = json.loads(run(env, "status", "T-01", "--json").stdout)
    assert warm["tasks"][0]["description"].startswith("feed the cow and the dog")
    assert warm == json.loads(run(cold, "status", "T-01", "--json").stdout)

    queue.write_text("{not json", encoding="utf-8")
    broken = run(env, "status")
    assert broken.returncode == 3 and "not valid JSON" in broken.stderr
    assert run(env, "status").returncode == 3  # from a spare that could not read it ahead
    queue.write_bytes(data)
    assert json.loads(run(env, "status", "T-01", "--json").stdout)["tasks"][0]["description"].startswith("feed the cat")
    assert warm_servers(warm_dir) == [server]  # the same server, still serving


@pytest.mark.parametrize("message, fds", [
    (b"hello", 3),  # no length, no marshal
    ((100).to_bytes(4, "big") + b"x" * 100, 3),  # marshal of nothing a launcher sends
    ((5 << 20).to_bytes(4, "big"), 3),  # bigger than any command
    (b"\0\0\0\x10" + b"x" * 16, 1),  # not the three streams
])
def test_a_message_that_is_no_request_is_declined_and_the_server_serves_on(env, warm_dir, message, fds):
    server = start_server(env, warm_dir)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(10)
    client.connect(str(next(warm_dir.glob("warm-*.sock"))))
    descriptors = b"".join(fd.to_bytes(4, sys.byteorder) for fd in (0, 1, 2)[:fds])
    client.sendmsg([message], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, descriptors)])
    reply = client.recv(16)
    client.close()
    assert reply in (b"N", b"")  # declined, or the connection dropped: never a child's pid
    assert run(env, "status").returncode == 0
    assert warm_servers(warm_dir) == [server]


def spares_of(server: int) -> list[int]:
    """The server's children that wait for a command (asleep): its spare."""
    def asleep(pid):
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "S"
        except (OSError, IndexError):
            return False
    return [child for child in children_of(server) if asleep(child)]


def test_a_spare_that_dies_is_replaced_and_leaves_with_its_server(env, warm_dir):
    server = start_server(env, warm_dir)
    assert run(env, "add", "water the plants", "--no-dispatch").returncode == 0
    spare = wait_for(lambda: spares_of(server), what="a spare")[0]
    os.kill(spare, signal.SIGKILL)
    wait_for(lambda: gone(spare), what="the spare to die")
    assert run(env, "add", "feed the cat", "--no-dispatch").returncode == 0  # a child of its own
    assert [task["description"] for task in json.loads(run(env, "--json", "status").stdout)["tasks"]] == [
        "water the plants", "feed the cat"]
    replacement = wait_for(lambda: [pid for pid in spares_of(server) if pid != spare], what="a new spare")[0]
    os.kill(server, signal.SIGKILL)
    wait_for(lambda: gone(replacement), what="the spare to leave with its server")


def test_a_command_that_leaves_the_queue_alone_has_the_next_spare_read_beside_it(env, warm_dir, tmp_path):
    """A read-only command (here a `wait` that blocks) starts the next spare as it starts, so a
    script's next command finds the queue read; one that writes gets it only after it ends."""
    server = start_server(env, warm_dir)
    assert run(env, "add", "water the plants", "--no-dispatch").returncode == 0
    wait_for(lambda: spares_of(server), what="a spare")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    waiting = subprocess.Popen([sys.executable, "-m", "task_runner", "wait", "T-01", "--timeout", "20"], env=env,
                               cwd=elsewhere, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        command = command_child(server, elsewhere)
        beside = wait_for(lambda: [pid for pid in spares_of(server) if pid != command], what="a spare beside it")
        assert waiting.poll() is None and not gone(command), "the spare came only after the command ended"
        assert json.loads(run(env, "--json", "status").stdout)["tasks"][0]["description"] == "water the plants"
        # It ran there: the spare ends with it (a moment after the launcher has the exit status).
        wait_for(lambda: gone(beside[0]), timeout=10, what="the next command to run in the spare read beside the first")
    finally:
        waiting.kill()
        waiting.wait()


def test_a_command_that_writes_has_the_next_spare_read_the_new_queue_before_it_ends(env, warm_dir, tmp_path):
    """The spare is forked as soon as a command has written the queue (readahead.written), not
    when the command ends: here an `add` whose output nobody reads yet (its pipe is full) still
    runs while a spare that read the queue it wrote waits, and the next command runs there."""
    server = start_server(env, warm_dir)
    wait_for(lambda: spares_of(server), what="a spare")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([{"description": f"water plant number {n}"} for n in range(1500)]))
    with batch.open() as stdin:  # ~650 KB of --json output: far more than a pipe holds
        adding = subprocess.Popen([sys.executable, "-m", "task_runner", "--json", "add", "--stdin-json",
                                   "--no-dispatch"], env=env, cwd=elsewhere, stdin=stdin,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        command = command_child(server, elsewhere)
        beside = wait_for(lambda: [pid for pid in spares_of(server) if pid != command],
                          what="a spare forked while the writing command still runs")
        assert adding.poll() is None and not gone(command), "the spare came only after the command ended"
    finally:
        output = adding.communicate(timeout=60)[0]
    assert adding.returncode == 0 and len(json.loads(output)["added"]) == 1500
    assert len(json.loads(run(env, "--json", "status").stdout)["tasks"]) == 1500
    wait_for(lambda: gone(beside[0]), timeout=10, what="the next command to run in that spare")


def test_code_changed_on_disk_is_never_run_by_a_server_started_before(env, tmp_path):
    """A server that imported the package declines once a file of it changed; the command runs
    from the new code, and a server of the new code takes the next one."""
    copy = tmp_path / "src"
    shutil.copytree(PACKAGE, copy / "task_runner", ignore=shutil.ignore_patterns("__pycache__"))
    warm_dir = Path(env["TASK_RUNNER_WARM_DIR"])
    env = dict(env, PYTHONPATH=str(copy))
    old = start_server(env, warm_dir)
    render = copy / "task_runner" / "render.py"
    render.write_text(render.read_text(encoding="utf-8").replace("no tasks yet", "nothing queued (new code)"),
                      encoding="utf-8")
    assert "nothing queued (new code)" in run(env, "status").stdout
    wait_for(lambda: gone(old), what="the old server to leave")

    def served_by_a_new_server():  # a server does not start on files edited in the last 2 s
        assert "nothing queued (new code)" in run(env, "status").stdout
        return list(warm_dir.glob("warm-*.sock")) and warm_servers(warm_dir)
    assert old not in wait_for(served_by_a_new_server, what="a server of the new code")
    assert "nothing queued (new code)" in run(env, "status").stdout


def test_the_server_leaves_when_idle(env, warm_dir):
    env = dict(env, TASK_RUNNER_WARM_IDLE="1")
    server = start_server(env, warm_dir)
    run(env, "status")
    wait_for(lambda: gone(server), timeout=10, what="the idle server to leave")
    assert not list(warm_dir.glob("warm-*.sock"))


def test_one_server_at_a_time(env, warm_dir):
    socket_path = str(warm_dir / "warm-test.sock")
    servers = [subprocess.Popen([sys.executable, "-m", "task_runner.warm", socket_path], env=env)
               for _ in range(3)]
    wait_for(lambda: os.path.exists(socket_path), what="a server to listen")
    time.sleep(0.5)
    assert [server.poll() for server in servers].count(None) == 1
    assert [server.returncode for server in servers if server.returncode is not None] == [0, 0]


@pytest.mark.parametrize("problem", ["open to others", "another user's", "a link"])
def test_a_folder_others_could_listen_in_is_never_used(env, tmp_path, problem):
    folder = tmp_path / "shared"
    if problem == "a link":
        target = tmp_path / "elsewhere"
        target.mkdir(mode=0o700)
        folder.symlink_to(target)
    else:
        folder.mkdir(mode=0o700)
        if problem == "open to others":
            folder.chmod(0o777)
        else:
            if os.getuid() != 0:
                pytest.skip("only root can give a folder to another user")
            os.chown(folder, 65534, 65534)
    env = dict(env, TASK_RUNNER_WARM_DIR=str(folder))
    for _ in range(2):
        result = run(env, "status")
        assert result.returncode == 0 and "Task Queue" in result.stdout
    time.sleep(0.5)
    assert not warm_servers(folder) and not list(Path(os.path.realpath(folder)).glob("warm-*"))


def test_warm_off_starts_no_server(env, warm_dir):
    env = dict(env, TASK_RUNNER_WARM="0")
    assert run(env, "status").returncode == 0
    time.sleep(0.5)
    assert not warm_servers(warm_dir) and not list(warm_dir.iterdir())


@pytest.mark.parametrize("unbuffered", ["1", None])
def test_a_full_stdout_is_told_on_stderr_alike(env, warm_dir, unbuffered):
    """The child's streams are buffered as the launcher's were (-u / PYTHONUNBUFFERED or not), so
    what a failing stdout leaves to say on stderr is said, warm as cold."""
    env = {key: value for key, value in env.items() if key != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    start_server(env, warm_dir)
    run(env, "add", "say hi", "--no-dispatch")
    results = []
    for warm in ("1", "0"):
        with open("/dev/full", "w") as full:
            results.append(subprocess.run([sys.executable, "-m", "task_runner", "status"], stdout=full,
                                          stderr=subprocess.PIPE, text=True, env=dict(env, TASK_RUNNER_WARM=warm),
                                          timeout=60))
    assert [(result.returncode, result.stderr) for result in results] == [(3, results[1].stderr)] * 2
    assert "could not write the output" in results[0].stderr


def test_the_server_holds_no_descriptor_of_the_command_that_started_it(env, warm_dir):
    """An agent's exec tool reads the command's pipes to the end: a server started by that command
    must not keep one open (it would hang the tool until the server leaves)."""
    read_end, write_end = os.pipe()
    try:
        subprocess.run([sys.executable, "-m", "task_runner", "status"], env=env, pass_fds=(write_end,),
                       stdout=subprocess.DEVNULL, timeout=60)
        os.close(write_end)
        wait_for(lambda: warm_servers(warm_dir), what="the warm server")
        os.set_blocking(read_end, False)

        def closed_by_all() -> bool:
            try:
                return os.read(read_end, 1) == b""
            except BlockingIOError:
                return False
        wait_for(closed_by_all, timeout=10, what="every holder of the pipe to close it")
    finally:
        os.close(read_end)


def test_a_command_with_its_standard_input_closed_runs_in_its_own_process(env, warm_dir):
    """With a standard stream closed there is no descriptor to hand over: the command runs
    cold, and answers as it always did."""
    start_server(env, warm_dir)
    results = [subprocess.run([sys.executable, "-m", "task_runner", "status"], env=dict(env, TASK_RUNNER_WARM=warm),
                              capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.close(0))
               for warm in ("1", "0")]
    assert results[0].returncode == 0 and "Task Queue" in results[0].stdout
    assert (results[0].stdout, results[0].stderr) == (results[1].stdout, results[1].stderr)


def test_a_command_whose_launcher_never_says_go_never_runs(env, warm_dir, tmp_path):
    """A launcher that got no pid from the server runs the command itself; so the child waits for
    the launcher's go and, without it, runs nothing (no command runs twice)."""
    start_server(env, warm_dir)
    silent = ("import _socket, os, sys\n"
              "sys.argv = ['task-runner', 'add', 'must never be added', '--no-dispatch']\n"
              "from task_runner import launcher\n"
              "c = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)\n"
              "c.connect(launcher.socket_path(launcher.server_dir()))\n"
              "c.sendmsg([launcher._request()], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, launcher._fds(0, 1, 2))])\n"
              "print(launcher._read(c, 9)[:1].decode())\n"
              "os._exit(0)  # gone before the go\n")
    done = subprocess.run([sys.executable, "-c", silent], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "P", done.stderr
    time.sleep(1.0)
    assert "must never be added" not in run(env, "status").stdout
    assert run(env, "status").returncode == 0 and len(warm_servers(warm_dir)) == 1


def test_a_lost_status_is_told_as_unknown_never_as_a_failure_to_run_again(env, warm_dir, tmp_path):
    """With the server and the command's process both gone, the launcher cannot know whether the
    command took effect: it says so (exit 3) and asks to check before running it again."""
    server = start_server(env, warm_dir)
    run(env, "add", "wait for me", "--no-dispatch")
    launcher = subprocess.Popen([sys.executable, "-m", "task_runner", "wait", "T-01", "--timeout", "60"],
                                env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child = command_child(server, tmp_path)
    os.kill(server, signal.SIGKILL)
    os.kill(child, signal.SIGKILL)
    out, err = launcher.communicate(timeout=15)
    assert launcher.returncode == 3
    assert "whether the command took effect is unknown" in err and "task-runner status" in err
    assert "Traceback" not in err
