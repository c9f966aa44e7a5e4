"""Coding tasks in a git repository run in worktrees of their own: a real repository, two tasks run at
once by the fake claude writing files, their branches, diffs and the clean-up at archive time."""

import json
import os
import subprocess
import time

import pytest

from fake_agents import FAKE_DIR, kill_runs, wait_until
from task_runner import worktrees


def git(cwd, *args):
    return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(tmp_path):
    path = tmp_path / "project"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    (path / "README.md").write_text("# project\n")
    git(path, "add", "README.md")
    git(path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first")
    return path


@pytest.fixture
def agents(cli, queue_dir, tmp_path, repo):
    cli.env["PATH"] = f"{FAKE_DIR}{os.pathsep}{cli.env['PATH']}"
    cli.env["TASK_RUNNER_WORKER"] = "claude"
    cli.env["FAKE_LOG"] = str(tmp_path / "calls.jsonl")
    cli.env["FAKE_SLEEP"] = "0.5"
    yield cli
    kill_runs(queue_dir)


def task(cli, task_id):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def test_two_coding_tasks_run_at_once_in_two_worktrees(agents, repo, queue_dir, tmp_path):
    agents("add", "Write notes/a.md FAKE:write FAKE_WRITE:notes/a.md", "--type", "file-creation",
           "--workdir", repo, "--no-dispatch")
    agents("add", "Write notes/b.md FAKE:write FAKE_WRITE:notes/b.md", "--type", "code-execution",
           "--workdir", repo, "--no-dispatch")
    started = agents.json("dispatch")["started"]
    assert started == ["T-01", "T-02"]
    assert wait_until(lambda: all(t["status"] == "done" for t in agents.queue()["tasks"]), 30), agents.queue()
    cwds = {json.loads(line)["cwd"] for line in (tmp_path / "calls.jsonl").read_text().splitlines()}
    assert cwds == {str(queue_dir / "worktrees" / "T-01"), str(queue_dir / "worktrees" / "T-02")}
    assert not (repo / "notes").exists()  # the user's checkout is untouched
    for task_id, name in (("T-01", "a.md"), ("T-02", "b.md")):
        done = task(agents, task_id)
        assert done["worktree"]["branch"] == f"task-runner/{task_id}"
        assert done["deliverable"].endswith(f"(branch task-runner/{task_id}: 1 file changed, 1 insertion(+))")
        assert git(repo, "show", f"task-runner/{task_id}:notes/{name}") == f"content for {task_id}\n"
        diff = agents.json("diff", task_id)
        assert diff["stat"] == "1 file changed, 1 insertion(+)" and f"+content for {task_id}" in diff["diff"]
        assert f"notes/{name}" in diff["diff"] and ("a.md" in diff["diff"]) == (name == "a.md")
    assert git(repo, "branch", "--show-current").strip() == "main"
    assert "🌿 T-01 on task-runner/T-01" in agents("diff", "T-01", "--stat").stdout


def test_archived_tasks_lose_their_worktree_but_keep_the_branch(agents, repo, queue_dir):
    agents("add", "Write out.txt FAKE:write FAKE_WRITE:out.txt", "--type", "file-creation", "--workdir", repo)
    assert wait_until(lambda: task(agents, "T-01")["status"] == "done", 30)
    tree = queue_dir / "worktrees" / "T-01"
    assert tree.is_dir()
    time.sleep(1.1)  # completed_at has whole seconds: archiveDays 0 takes what finished before this second
    archived = agents.json("archive", env={"TASK_RUNNER_ARCHIVE_DAYS": "0"})
    assert archived["archived"] == ["T-01"], archived
    assert not tree.exists()
    assert git(repo, "show", "task-runner/T-01:out.txt") == "content for T-01\n"
    assert str(tree) not in git(repo, "worktree", "list")


def test_worktrees_never_and_non_coding_tasks_run_in_place(agents, repo, tmp_path):
    agents("add", "Write x.txt FAKE:write FAKE_WRITE:x.txt", "--type", "file-creation", "--workdir", repo,
           env={"TASK_RUNNER_WORKTREES": "never"})
    assert wait_until(lambda: task(agents, "T-01")["status"] == "done", 30)
    assert (repo / "x.txt").exists() and "worktree" not in task(agents, "T-01")
    agents("add", "Look up the weather", "--type", "info-lookup", "--workdir", repo)
    assert wait_until(lambda: task(agents, "T-02")["status"] == "done", 30)
    assert "worktree" not in task(agents, "T-02")
    assert "has no worktree" in agents("diff", "T-02", check=1).stderr


def test_a_folder_that_is_not_a_repository_runs_in_place(agents, tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    agents("add", "Write y.txt FAKE:write FAKE_WRITE:y.txt", "--type", "file-creation", "--workdir", plain)
    assert wait_until(lambda: task(agents, "T-01")["status"] == "done", 30)
    assert (plain / "y.txt").exists() and "worktree" not in task(agents, "T-01")


def test_wanted_follows_the_setting(repo):
    coding = {"id": "T-01", "type": "code-execution"}
    lookup = {"id": "T-02", "type": "info-lookup"}

    def setting(mode):
        return lambda key, default=None: mode if key == "TASK_RUNNER_WORKTREES" else default

    assert worktrees.wanted(coding, "claude", str(repo), setting("auto"))
    assert not worktrees.wanted(lookup, "claude", str(repo), setting("auto"))
    assert worktrees.wanted(lookup, "codex", str(repo / "sub"), setting("always"))
    assert not worktrees.wanted(coding, "claude", str(repo), setting("never"))
    assert not worktrees.wanted(coding, "shell", str(repo), setting("always"))
    assert not worktrees.wanted(coding, "claude", "/", setting("always"))


def test_a_repository_without_a_commit_cannot_branch(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    with pytest.raises(worktrees.WorktreeError):
        worktrees.ensure({"id": "T-01"}, str(empty), tmp_path / "q")


def test_tasks_naming_one_file_run_together_in_separate_worktrees(agents, repo, queue_dir):
    """File scopes hold within one tree; two worktrees are two trees, so neither waits."""
    for n in (1, 2):
        agents("add", f"Rewrite README.md FAKE:write FAKE_WRITE:README.md (take {n})", "--type", "code-execution",
               "--workdir", repo, "--no-dispatch")
    assert agents.json("dispatch")["started"] == ["T-01", "T-02"]
    assert wait_until(lambda: all(t["status"] == "done" for t in agents.queue()["tasks"]), 30), agents.queue()
    assert git(repo, "show", "task-runner/T-01:README.md") == "content for T-01\n"
    assert git(repo, "show", "task-runner/T-02:README.md") == "content for T-02\n"
    assert (repo / "README.md").read_text() == "# project\n"
    # in place (no worktrees) the second one waits for the first
    agents("add", "Rewrite README.md again FAKE:slow", "Fix README.md once more FAKE:slow", "--type",
           "code-execution", "--workdir", repo, "--no-dispatch", env={"TASK_RUNNER_WORKTREES": "never"})
    assert agents.json("dispatch", env={"TASK_RUNNER_WORKTREES": "never"})["started"] == ["T-03"]
