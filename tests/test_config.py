"""Configuration precedence, markdown config files, workspace detection, and bad values."""

from pathlib import Path

import pytest

from task_runner.config import detect_workspace, load_config, read_config_file
from task_runner.errors import UserError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_config_lines_are_read_with_their_line_numbers(tmp_path):
    tools = write(tmp_path / "TOOLS.md", "\n".join([
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
    ]))
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
