"""First-run setup: queue, HEARTBEAT.md block, notice, idempotence (no OpenClaw involved here).

The cron job through a (fake) openclaw CLI is in test_setup_cron.py; the real
OpenClaw in test_openclaw_integration.py.
"""

import json
import os
import shutil

import pytest

from conftest import EXAMPLES
from task_runner import cronjob, heartbeat

HEADING = "## Task Runner Dispatcher"
OTHER_BEFORE = "# Heartbeat checklist\n\n- Quick scan: anything urgent in the inbox?\n\n## Weather\nCheck the forecast.\n"
OTHER_AFTER = "\n## Later section\nwritten by the user after our block\n"


def no_openclaw_env(cli) -> dict:
    """PATH without any openclaw, so the cron job is always owed in these tests."""
    path = os.pathsep.join(p for p in cli.env["PATH"].split(os.pathsep)
                           if not os.path.exists(os.path.join(p, "openclaw")))
    return {"PATH": path}


@pytest.fixture
def run_setup(cli):
    env = no_openclaw_env(cli)

    def run(*args, check=0):
        return cli("setup", *args, env=env, check=check)
    return run


def block_of(text: str) -> str:
    return text[text.index(HEADING):]


def test_fresh_setup_creates_queue_heartbeat_and_prints_notice(cli, run_setup, workspace, queue_dir):
    out = run_setup().stdout
    queue = cli.queue()
    for key in ("version", "maxConcurrent", "maxRetries", "archiveDays", "taskRunnerDir", "lastId",
                "archivedCount", "tasks"):
        assert key in queue
    assert queue["tasks"] == [] and queue["lastId"] is None and queue["archivedCount"] == 0
    assert queue["cronJob"]["status"] == "owed"
    assert oct(queue_dir.stat().st_mode & 0o777) == "0o700"
    assert oct(cli.queue_path.stat().st_mode & 0o777) == "0o600"

    text = (workspace / "HEARTBEAT.md").read_text(encoding="utf-8")
    assert text.startswith(HEADING + "\n")
    assert str(cli.queue_path) in text and "task-runner dispatch" in text and "TASK_RUNNER_DISPATCH" in text

    assert out.startswith("⚙️ Task Runner initialized")
    assert str(cli.queue_path) in out and "(created)" in out
    assert str(workspace / "HEARTBEAT.md") in out
    assert "still owed" in out and "task-runner setup --cron-done" in out
    call = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert call == cronjob.tool_call()
    job = call["job"]
    assert job["name"] == "Task Runner Dispatcher"
    assert job["schedule"] == {"kind": "every", "everyMs": 900000}
    assert job["sessionTarget"] == "main" and job["wakeMode"] == "now"
    assert job["payload"] == {"kind": "systemEvent", "text": "TASK_RUNNER_DISPATCH: check queue and run pending tasks"}


def test_block_goes_after_unrelated_sections_and_everything_else_stays_byte_for_byte(run_setup, workspace):
    original = OTHER_BEFORE.encode()
    (workspace / "HEARTBEAT.md").write_bytes(original)
    run_setup()
    after = (workspace / "HEARTBEAT.md").read_bytes()
    assert after.startswith(original)
    assert after[len(original):].startswith(b"\n" + HEADING.encode() + b"\n")  # exactly one blank line

    # the user keeps writing after our block; setups never touch the file again
    with open(workspace / "HEARTBEAT.md", "ab") as handle:
        handle.write(OTHER_AFTER.encode())
    edited = (workspace / "HEARTBEAT.md").read_bytes()
    for _ in range(3):
        run_setup()
    assert (workspace / "HEARTBEAT.md").read_bytes() == edited
    assert edited.decode().count(HEADING) == 1


@pytest.mark.parametrize("before, separator", [
    ("", ""),
    ("no newline at the end", "\n\n"),
    ("one newline\n", "\n"),
    ("already a blank line\n\n", ""),
    ("two blank lines\n\n\n", ""),
    ("windows\r\nline endings\r\n", "\r\n"),
])
def test_one_blank_line_before_the_block_whatever_the_file_ends_with(run_setup, workspace, before, separator):
    (workspace / "HEARTBEAT.md").write_bytes(before.encode())
    run_setup()
    after = (workspace / "HEARTBEAT.md").read_bytes().decode()
    assert after.startswith(before)
    assert after[len(before):].startswith(separator + HEADING)
    if "\r\n" in before:  # the block follows the file's line endings
        assert after[len(before):].count("\n") == after[len(before):].count("\r\n")


def test_block_already_in_the_middle_is_left_alone(run_setup, workspace, cli):
    block = heartbeat.render_block(cli.queue_path, "task-runner dispatch")
    content = OTHER_BEFORE + "\n" + block + OTHER_AFTER
    (workspace / "HEARTBEAT.md").write_text(content, encoding="utf-8")
    run_setup()
    run_setup()
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == content


def test_no_line_of_ours_is_exactly_tasks_colon(tmp_path):
    """OpenClaw reads a `tasks:` line as a schedule block."""
    block = heartbeat.render_block(tmp_path / "task-queue.json", "task-runner dispatch --dir /x")
    template = heartbeat.template_text()
    for text in (block, template):
        assert all(line.strip() != "tasks:" for line in text.splitlines())
    assert template.splitlines()[0] == HEADING
    assert "{queue_path}" not in block and "{dispatch_command}" not in block


def test_preexisting_prompt_skill_queue_is_kept_and_still_gets_heartbeat_block(cli, run_setup, workspace, queue_dir):
    queue_dir.mkdir()
    shutil.copy(EXAMPLES / "task-queue.prompt-skill.json", cli.queue_path)
    original = json.loads(cli.queue_path.read_text(encoding="utf-8"))
    out = run_setup().stdout
    queue = cli.queue()
    assert queue["tasks"] == original["tasks"] and queue["lastId"] == "T-02"
    for key, value in original.items():
        assert queue[key] == value
    assert "⚙️ Task Runner initialized" in out and "existing queue kept" in out
    assert HEADING in (workspace / "HEARTBEAT.md").read_text(encoding="utf-8")


def test_queue_set_up_elsewhere_without_heartbeat_block_gets_it(cli, run_setup, workspace):
    run_setup("--cron-done")
    (workspace / "HEARTBEAT.md").write_text("# mine\n", encoding="utf-8")  # e.g. a new workspace
    out = run_setup().stdout
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8").startswith("# mine\n\n" + HEADING)
    assert "Initialized" not in out and "dispatcher block added" in out


def test_repeated_setup_notice_once_reminder_until_cron_done(cli, run_setup, workspace):
    first = run_setup().stdout
    heartbeat_after_first = (workspace / "HEARTBEAT.md").read_bytes()
    queue_after_first = cli.queue_path.read_bytes()
    second = run_setup().stdout
    assert "initialized" in first and "initialized" not in second
    assert "still needs its backup cron job" in second and "--cron-done" in second
    assert cli.queue_path.read_bytes() == queue_after_first  # nothing new: the queue is not rewritten

    done = run_setup("--cron-done").stdout
    assert "recorded" in done
    assert cli.queue()["cronJob"]["status"] == "ok" and cli.queue()["cronJob"]["via"] == "agent"
    later = run_setup().stdout
    assert "still needs" not in later and "initialized" not in later
    assert (workspace / "HEARTBEAT.md").read_bytes() == heartbeat_after_first
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8").count(HEADING) == 1


def test_setup_json(cli, workspace):
    document = cli.json("setup", env=no_openclaw_env(cli))
    assert document["ok"] and document["first_run"] and document["queue_created"]
    assert document["heartbeat"]["state"] == "created"
    assert document["cron"]["owed"] and document["cron"]["tool_call"] == cronjob.tool_call()


def test_symlinked_heartbeat_file_stays_a_symlink(run_setup, workspace, tmp_path):
    real = tmp_path / "real-heartbeat.md"
    real.write_text("# shared\n", encoding="utf-8")
    (workspace / "HEARTBEAT.md").symlink_to(real)
    run_setup()
    assert (workspace / "HEARTBEAT.md").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# shared\n\n" + HEADING)


def test_unreadable_heartbeat_is_reported_not_fatal_and_left_untouched(cli, run_setup, workspace):
    junk = b"\xff\xfe not utf-8 \x80\n"
    (workspace / "HEARTBEAT.md").write_bytes(junk)
    out = run_setup().stdout
    assert (workspace / "HEARTBEAT.md").read_bytes() == junk
    assert "could not update" in out and "by hand" in out
    assert cli.queue_path.exists()


def test_custom_queue_dir_is_named_in_the_heartbeat_command(cli, workspace, tmp_path):
    other = tmp_path / "elsewhere"
    cli("--dir", other, "setup", env=no_openclaw_env(cli))
    text = (workspace / "HEARTBEAT.md").read_text(encoding="utf-8")
    assert f"task-runner dispatch --dir {other}" in text
    assert str(other / "task-queue.json") in text


def test_default_queue_dir_heartbeat_command_is_plain(tmp_path):
    default = tmp_path / "home" / ".openclaw" / "tasks"
    assert heartbeat.dispatch_command(default, default) == "task-runner dispatch"


def test_corrupt_queue_stops_setup_with_exit_3_and_is_untouched(cli, run_setup, queue_dir):
    queue_dir.mkdir()
    cli.queue_path.write_text('{"tasks": [', encoding="utf-8")
    result = run_setup(check=3)
    assert "task-queue.json" in result.stderr
    assert cli.queue_path.read_text(encoding="utf-8") == '{"tasks": ['


def test_notify_route_recorded_at_setup_is_in_the_heartbeat_block(cli, run_setup, workspace):
    (workspace / "TOOLS.md").write_text("TASK_RUNNER_NOTIFY_CHANNEL=telegram\nTASK_RUNNER_NOTIFY_TARGET=123456789\n",
                                        encoding="utf-8")
    run_setup()
    block = block_of((workspace / "HEARTBEAT.md").read_text(encoding="utf-8"))
    assert "`message` tool" in block and "channel `telegram` and target `123456789`" in block


def test_without_a_recorded_route_the_block_says_how_to_find_one(run_setup, workspace):
    run_setup()
    block = block_of((workspace / "HEARTBEAT.md").read_text(encoding="utf-8"))
    assert "TASK_RUNNER_NOTIFY_CHANNEL" in block and "TASK_RUNNER_NOTIFY_TARGET" in block


def test_a_heartbeat_file_doctor_migrated_is_not_written_again(cli, workspace, tmp_path):
    """doctor --fix archived HEARTBEAT.md under the state dir: without a gateway to ask, write nothing."""
    state = tmp_path / "state"
    (state / "backups" / "heartbeat-migration").mkdir(parents=True)
    env = dict(no_openclaw_env(cli), OPENCLAW_STATE_DIR=str(state))
    out = cli("setup", env=env).stdout
    assert not (workspace / "HEARTBEAT.md").exists()
    assert "Heartbeat: not placed yet" in out and "doctor" in out
    assert cli.queue()["heartbeatBlock"]["where"] is None
