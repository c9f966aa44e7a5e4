"""A git worktree per coding task, so parallel attempts never write into each other's files.

A code-execution or file-creation task run by claude, codex or opencode in a
workdir inside a git repository gets ``<queue dir>/worktrees/T-NN`` on a new
branch ``task-runner/T-NN`` made from the repository's HEAD
(``TASK_RUNNER_WORKTREES``: ``auto`` those task types, ``always`` every task
of those workers, ``never``). Retries and answers reuse it. When an attempt
succeeds, what the worker changed is committed on the branch (the worker
usually leaves it uncommitted) and the deliverable names the branch and its
diff stat. Worktrees of archived tasks are removed; their branches stay. Nothing
is ever pushed or merged: that is the user's call.
"""

import os
from pathlib import Path

CODING_KINDS = frozenset(("claude", "codex", "opencode"))
CODING_TYPES = frozenset(("code-execution", "file-creation"))
MODES = ("auto", "always", "never")
BRANCH_PREFIX = "task-runner/"
FOLDER = "worktrees"
GIT_TIMEOUT_S = 30
_IDENTITY = ["-c", "user.name=task-runner", "-c", "user.email=task-runner@localhost"]


class WorktreeError(Exception):
    """git refused (not a repository with a commit, a broken worktree): the task runs in place."""


def _git(cwd, *args: str) -> str:
    """git's stdout; a WorktreeError when it fails or cannot run."""
    import subprocess  # only when git runs

    try:
        done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True,
                              timeout=GIT_TIMEOUT_S, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise WorktreeError(f"git {args[0]}: {error}") from None
    if done.returncode != 0:
        raise WorktreeError(f"git {args[0]}: {(done.stderr or done.stdout).strip()[:300]}")
    return done.stdout


def repository_of(folder: str) -> Path | None:
    """The top of the git repository ``folder`` is in (a ``.git`` entry above it), without running git."""
    path = Path(os.path.realpath(os.path.expanduser(folder)))
    for candidate in (path, *path.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def wanted(task: dict, kind: str | None, workdir: str, setting) -> bool:
    """Should this attempt run in the task's own worktree?"""
    mode = (setting("TASK_RUNNER_WORKTREES", "auto") or "auto").strip().lower()
    if mode == "never" or kind not in CODING_KINDS:
        return False
    if mode != "always" and task.get("type") not in CODING_TYPES:
        return False
    return repository_of(workdir) is not None


def path_for(directory, task_id: str) -> Path:
    return Path(directory) / FOLDER / task_id


def branch_for(task_id: str) -> str:
    return BRANCH_PREFIX + task_id


def ensure(task: dict, workdir: str, directory) -> dict:
    """The task's worktree, created on first use: ``{"path", "branch", "base", "repo", "workdir"}``.

    ``workdir`` is where the worker runs: the same place inside the worktree as
    the task's workdir is inside its repository.
    """
    known = task.get("worktree")
    if known and Path(known.get("path", "")).is_dir():
        return known
    repo = repository_of(workdir)
    if repo is None:
        raise WorktreeError(f"{workdir} is not in a git repository")
    base = _git(repo, "rev-parse", "HEAD").strip()
    path, branch = path_for(directory, task["id"]), branch_for(task["id"])
    path.parent.mkdir(parents=True, exist_ok=True)
    if _git(repo, "branch", "--list", branch).strip():
        _git(repo, "worktree", "add", str(path), branch)
    else:
        _git(repo, "worktree", "add", "-b", branch, str(path), base)
    inside = os.path.relpath(os.path.realpath(os.path.expanduser(workdir)), repo)
    return {"path": str(path), "branch": branch, "base": base, "repo": str(repo),
            "workdir": str(path if inside == "." else path / inside)}


def commit_work(worktree: dict, message: str) -> str | None:
    """Commit whatever the worker left in the worktree; the diff stat of the branch against its base."""
    path = worktree["path"]
    _git(path, "add", "-A")
    if _git(path, "status", "--porcelain").strip():
        _git(path, *_IDENTITY, "commit", "-q", "--no-verify", "-m", message)
    return stat(worktree)


def stat(worktree: dict) -> str | None:
    """The one-line summary of ``git diff --stat`` of the branch against its base; None when unchanged."""
    lines = _git(worktree["repo"], "diff", "--stat", worktree["base"], worktree["branch"]).strip().splitlines()
    return lines[-1].strip() if lines else None


def diff(worktree: dict) -> str:
    """The change of the task: its branch against the base, plus anything not yet committed."""
    text = _git(worktree["repo"], "diff", "--stat", "-p", worktree["base"], worktree["branch"])
    if Path(worktree["path"]).is_dir():
        _git(worktree["path"], "add", "-A", "-N")  # untracked files show up in the diff (intent only)
        pending = _git(worktree["path"], "diff", "--stat", "-p")
        if pending.strip():
            text += "\n# not committed yet (the attempt is running or did not finish):\n" + pending
    return text


def remove(worktree: dict, message: str) -> None:
    """Remove the worktree of an archived task; its branch keeps every change (committed first)."""
    path = Path(worktree.get("path", ""))
    if not path.is_dir():
        return
    try:
        commit_work(worktree, message)
    except WorktreeError:
        pass  # a worktree git cannot read any more: removing it is all that is left
    _git(worktree["repo"], "worktree", "remove", "--force", str(path))


def place(task: dict, kind: str, workdir: str, directory, setting) -> str:
    """The folder an attempt runs in: the task's worktree (made now, recorded on the task) when it
    gets one, else ``workdir``. A repository git cannot branch (no commit yet) runs in place."""
    if not wanted(task, kind, workdir, setting):
        return workdir
    try:
        task["worktree"] = ensure(task, workdir, directory)
    except WorktreeError:
        return workdir
    return task["worktree"]["workdir"]


def settle(task: dict, outcome) -> None:
    """A successful attempt in a worktree: commit its changes on the branch and name both in the deliverable."""
    tree = task.get("worktree")
    if not tree or not outcome.ok or outcome.question:
        return
    try:
        summary = commit_work(tree, f"{task['id']}: {task.get('description') or ''}"[:200])
    except WorktreeError as error:
        summary = f"could not commit: {error}"
    said = outcome.deliverable or outcome.summary or "done"
    outcome.deliverable = f"{said} (branch {tree['branch']}: {summary or 'no changes'})"


def retire(tasks: list[dict]) -> None:
    """Archived tasks: their worktrees go, their branches stay."""
    for task in tasks:
        if task.get("worktree"):
            try:
                remove(task["worktree"], f"{task['id']}: left in its worktree when archived")
            except WorktreeError:
                pass  # already gone or unreadable: the branch is all that matters
