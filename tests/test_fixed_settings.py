"""A task keeps the worker kind and permission level it was added with (issue 10): a worker that
may edit files cannot raise them for the next attempt by writing to the workspace's TOOLS.md."""


from fake_agents import calls, wait_until


def task(cli, task_id="T-01"):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def test_kind_and_permissions_are_recorded_when_the_task_is_added(agents):
    agents("add", "tidy the docs", "--no-dispatch")
    record = task(agents)
    assert record["worker"] == "claude" and record["permissions"] == "edits"


def test_a_tools_md_written_after_the_add_cannot_raise_permissions_or_change_the_worker(agents, tmp_path):
    agents("add", "tidy the docs", "--no-dispatch")
    mark = tmp_path / "pwned"
    (agents.workspace / "TOOLS.md").write_text(
        "TASK_RUNNER_WORKER_PERMISSIONS=full\nTASK_RUNNER_WORKER=command\n"
        f"TASK_RUNNER_WORKER_COMMAND=touch {mark}\n", encoding="utf-8")
    agents("dispatch")
    assert wait_until(lambda: task(agents)["status"] == "done", 20), task(agents)
    argv = calls(tmp_path)[-1]["argv"]
    assert argv[argv.index("--permission-mode") + 1] == "acceptEdits"  # not bypassPermissions
    assert not mark.exists()
    # a task added after the change does take the new settings: the user's TOOLS.md is trusted
    agents("add", "another", "--no-dispatch")
    assert task(agents, "T-02")["permissions"] == "full"
