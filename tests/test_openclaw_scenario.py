"""Issue 5's end-to-end scenario: a real user's OpenClaw workspace, one intake message.

The workspace has a HEARTBEAT.md with the user's own sections, a TOOLS.md with our keys among other
notes, and the queue the prompt-only skill left (T-01 done on March 10th, T-02 running). The user
skips the running task and hands over four tasks of four types in one message. Inside OpenClaw the
worker is the agent itself (sessions_spawn), which TOOLS.md selects here explicitly.
"""

import json
import os
import shutil

from conftest import EXAMPLES

NOW = "2026-03-20T09:00:00Z"
HEARTBEAT = (
    "# Heartbeat checklist\n"
    "\n"
    "## Inbox\n"
    "- Anything urgent from Dana? Tell me right away.\n"
    "\n"
    "## Weather\n"
    "- If rain is forecast for tomorrow, remind me to take the bike in.\n"
)
TOOLS = (
    "# TOOLS.md - local notes\n"
    "\n"
    "## Cameras\n"
    "- living-room → 192.168.1.20\n"
    "\n"
    "## task-runner\n"
    "```\n"
    "TASK_RUNNER_MAX_CONCURRENT=2\n"
    "TASK_RUNNER_WORKER=agent\n"
    "TASK_RUNNER_ARCHIVE_DAYS=7\n"
    "```\n"
)
MESSAGE = (
    "Skip T-02, it's not needed anymore. And do these for me:\n"
    "1. look up the opening hours of the Louvre\n"
    "2. write a packing list for the Paris trip to packing-list.md\n"
    "3. run `pytest -x` in ~/code/shop\n"
    "4. text Sam that I'll be 10 minutes late\n"
)


def test_skip_running_task_and_add_four_tasks_of_four_types(cli, workspace, tmp_path):
    # the default queue folder of a real install, ~/.openclaw/tasks/, under a private HOME
    home = tmp_path / "home"
    cli.env["HOME"] = str(home)
    del cli.env["TASK_RUNNER_DIR"]
    cli.dir = queue_dir = home / ".openclaw" / "tasks"
    (workspace / "HEARTBEAT.md").write_text(HEARTBEAT, encoding="utf-8")
    (workspace / "TOOLS.md").write_text(TOOLS, encoding="utf-8")
    queue_dir.mkdir(parents=True)
    shutil.copy(EXAMPLES / "task-queue.prompt-skill.json", cli.queue_path)
    before = json.loads(cli.queue_path.read_text(encoding="utf-8"))
    path = os.pathsep.join(p for p in cli.env["PATH"].split(os.pathsep)  # an OpenClaw without its CLI here
                           if not os.path.exists(os.path.join(p, "openclaw")))

    result = cli("intake", "-", input=MESSAGE, env={"TASK_RUNNER_NOW": NOW, "PATH": path})
    out = result.stdout

    # --- what the user reads, in order: setup, the skip, the four tasks, what started
    notice, skipped, added = out.index("⚙️ Task Runner initialized"), out.index("⏭️ T-02 skipped"), \
        out.index("📋 Added 4 tasks to queue:")
    spawn = out.index("🤖 Start these sub-agents now")
    assert notice < skipped < added < spawn
    assert "existing queue kept" in out and "dispatcher block added" in out and "still owed" in out
    for line in ("• T-03: look up the opening hours of the Louvre",
                 "• T-04: write a packing list for the Paris trip to packing-list.md",
                 "• T-05: run `pytest -x` in ~/code/shop",
                 "• T-06: text Sam that I'll be 10 minutes late"):
        assert line in out
    plan = out[spawn:]
    assert 'sessions_spawn with label "T-03"' in plan and 'sessions_spawn with label "T-04"' in plan
    assert "T-05" not in plan and "T-06" not in plan  # maxConcurrent 2 from TOOLS.md
    assert "task-runner attach T-03 --session" in plan

    # --- the queue
    queue = cli.queue()
    for key in ("version", "maxConcurrent", "maxRetries", "archiveDays", "taskRunnerDir"):
        assert queue[key] == before[key]
    assert queue["lastId"] == "T-06"
    tasks = {task["id"]: task for task in queue["tasks"]}
    # a user's turn never archives (issue 9): T-01, done months ago, is still there, untouched
    assert list(tasks) == ["T-01", "T-02", "T-03", "T-04", "T-05", "T-06"]
    assert tasks["T-01"] == before["tasks"][0]
    assert queue["archivedCount"] == 0 and not (queue_dir / "archive").exists()

    t02 = tasks["T-02"]
    assert t02["status"] == "skipped" and t02["completed_at"] == NOW
    for field in ("description", "goal", "retries", "subagent_session", "strategies_tried", "added_at"):
        assert t02[field] == before["tasks"][1][field]  # the prompt-only skill's record, kept whole

    assert {tid: tasks[tid]["type"] for tid in ("T-03", "T-04", "T-05", "T-06")} == {
        "T-03": "info-lookup", "T-04": "file-creation", "T-05": "code-execution", "T-06": "messaging"}
    assert [tasks[tid]["status"] for tid in ("T-03", "T-04", "T-05", "T-06")] == [
        "running", "running", "pending", "pending"]
    assert tasks["T-05"]["command"] == "pytest -x"
    for tid in ("T-03", "T-04", "T-05", "T-06"):
        assert tasks[tid]["added_at"] == NOW and tasks[tid]["retries"] == 0
        assert tasks[tid]["strategies_tried"] == [] and tasks[tid]["completed_at"] is None
    assert queue["cronJob"]["status"] == "owed"

    # --- the workspace: HEARTBEAT.md gained our block once, TOOLS.md is untouched
    heartbeat = (workspace / "HEARTBEAT.md").read_text(encoding="utf-8")
    assert heartbeat.startswith(HEARTBEAT + "\n## Task Runner Dispatcher\n")
    assert str(cli.queue_path) in heartbeat and "`task-runner dispatch`" in heartbeat
    assert (workspace / "TOOLS.md").read_text(encoding="utf-8") == TOOLS

    # --- the next message is a status question: no second notice, no second block
    later = cli("intake", "show me the tasks", env={"TASK_RUNNER_NOW": "2026-03-20T09:05:00Z", "PATH": path}).stdout
    assert "📋 Task Queue" in later and "initialized" not in later
    for tid in ("T-01", "T-02", "T-03", "T-04", "T-05", "T-06"):
        assert tid in later
    assert (workspace / "HEARTBEAT.md").read_text(encoding="utf-8") == heartbeat
