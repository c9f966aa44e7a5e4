"""TASK_RUNNER_SHELL=1 runs only commands the user gave to be run (issue 10): an explicit
`--command`, or a backticked command of a code-execution task; never text quoted in another kind of
task, and `TASK_RUNNER_WORKER=shell` alone does not turn it on."""

from fake_agents import wait_until


def task(cli, task_id="T-01"):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def test_a_command_quoted_in_a_message_or_a_doc_task_is_never_run(cli, tmp_path):
    cli.env.update(TASK_RUNNER_SHELL="1", TASK_RUNNER_AUTO_DISPATCH="0")
    mark = tmp_path / "ran"
    cli("intake", f"text Bob: please run `touch {mark}` tonight")
    cli("intake", f"write a doc explaining `touch {mark}`")
    assert all("command" not in t for t in cli.queue()["tasks"])


def test_a_code_task_the_user_asked_to_run_runs_its_backticked_command(cli, tmp_path):
    cli.env["TASK_RUNNER_SHELL"] = "1"
    mark = tmp_path / "ran"
    cli("intake", f"run `touch {mark}`")
    assert wait_until(lambda: task(cli)["status"] == "done", 20), task(cli)
    assert mark.exists() and task(cli)["command"] == f"touch {mark}"


def test_the_shell_worker_alone_does_not_enable_running_commands(cli, tmp_path):
    cli.env["TASK_RUNNER_WORKER"] = "shell"
    mark = tmp_path / "ran"
    out = cli("add", "touch it", "--command", f"touch {mark}").stdout
    record = task(cli)
    assert record["status"] == "blocked" and "TASK_RUNNER_SHELL=1" in record["blocked_reason"]
    assert "🔄 Started" not in out and not mark.exists()
