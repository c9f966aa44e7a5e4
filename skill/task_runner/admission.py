"""May a ready task start now? The rules beyond dependencies and start times (issue 14).

A pending task whose dependencies are done and whose time has come still waits when:

- the queue is paused, or its group is (``pause [--group G]``);
- its group already runs as many tasks as the group's ``parallel`` limit;
- it starts after a group (``after_group``) of which some task is not done yet;
- it names a file or folder (scopes.py) that a running task in the same tree names;
- the queue's budget (budget.py) is used up.

The dispatch pass asks ``Gate.why_not`` for each candidate in order and tells
the gate about each task it starts (``admit``), so the limits hold within one
pass; ``status`` asks the same gate, so the table says why a task waits.
"""

from task_runner import budget, scopes, worktrees
from task_runner.lifecycle import Status


def paused(queue: dict) -> dict | None:
    return queue.get("paused") or None


def pause(queue: dict, group: str | None, when: str) -> None:
    """Nothing new starts (in ``group``, or anywhere) until ``resume``."""
    if group:
        queue.setdefault("groups", {}).setdefault(group, {})["paused"] = when
    else:
        queue["paused"] = {"at": when}


def resume(queue: dict, group: str | None) -> bool:
    """Lift a pause; False when there was none."""
    if group:
        settings = (queue.get("groups") or {}).get(group) or {}
        return settings.pop("paused", None) is not None
    return queue.pop("paused", None) is not None


def set_group(queue: dict, name: str, parallel: int | None) -> dict:
    """A group's own limit of tasks running at once (None: only maxConcurrent)."""
    settings = queue.setdefault("groups", {}).setdefault(name, {})
    if parallel is None:
        settings.pop("parallel", None)
    else:
        settings["parallel"] = parallel
    return settings


def pause_note(queue: dict) -> str | None:
    """For the status header: what is paused."""
    groups = sorted(name for name, settings in (queue.get("groups") or {}).items()
                    if isinstance(settings, dict) and settings.get("paused"))
    if paused(queue):
        return "paused: nothing new starts (task-runner resume)"
    if groups:
        return f"paused group{'s' if len(groups) > 1 else ''} {', '.join(groups)} (task-runner resume --group G)"
    return None


def group_settings(queue: dict, name: str | None) -> dict:
    return ((queue.get("groups") or {}).get(name) or {}) if name else {}


class Gate:
    """The admission state of one pass: running tasks per group and the scopes in use.

    ``workdir_of(task)`` is the folder a task runs in (or would run in now: its
    worktree when it gets one), so scopes in separate worktrees never meet.
    """

    def __init__(self, queue: dict, setting, workdir_of):
        self.queue = queue
        self.setting = setting
        self.workdir_of = workdir_of
        self.running = [task for task in queue["tasks"] if task["status"] == Status.RUNNING]
        self.budget = budget.exhausted(queue, setting)
        self._scopes: dict = {}
        self.held_by_budget = False

    def _scope(self, task: dict) -> list:
        if task["id"] not in self._scopes:
            named = task.get("files") or scopes.named_paths(task.get("description"))
            self._scopes[task["id"]] = scopes.scope(task, self.workdir_of(task)) if named else []
        return self._scopes[task["id"]]

    def why_not(self, task: dict) -> tuple[str, str] | None:
        """(kind, detail) of what holds ``task`` back: paused | group | phase | files | budget."""
        if paused(self.queue):
            return "paused", "the queue is paused"
        group = task.get("group")
        settings = group_settings(self.queue, group)
        if settings.get("paused"):
            return "paused", f"group {group} is paused"
        limit = settings.get("parallel")
        if limit and sum(1 for other in self.running if other.get("group") == group) >= limit:
            return "group", f"group {group} runs {limit} at a time"
        phase = task.get("after_group")
        if phase:
            open_tasks = [other["id"] for other in self.queue["tasks"]
                          if other.get("group") == phase and other["status"] != Status.DONE]
            if open_tasks:
                return "phase", f"after group {phase} ({', '.join(open_tasks)} not done)"
        mine = self._scope(task) if self.running else None
        if mine:
            for other in self.running:
                shared = scopes.overlap(mine, self._scope(other))
                if shared:
                    return "files", f"{other['id']} is working on {shared}"
        if self.budget:
            self.held_by_budget = True
            return "budget", f"the queue's budget of ${self.budget[1]:g} is used up (${self.budget[0]:g} spent)"
        return None

    def admit(self, task: dict) -> None:
        """``task`` was just started by this pass: it counts against its group and holds its scope."""
        self._scopes.pop(task["id"], None)  # its workdir may now be its worktree
        self.running.append(task)


def planned_workdir(task: dict, kind: str | None, base: str, directory, setting) -> str:
    """Where ``task`` runs: its running attempt's folder, else its worktree when it would get one."""
    run = task.get("run") or {}
    if run.get("workdir"):
        return run["workdir"]
    if task.get("worktree"):
        return task["worktree"].get("workdir") or task["worktree"]["path"]
    if worktrees.wanted(task, kind, base, setting):
        return str(worktrees.path_for(directory, task["id"]))
    return base


def for_status(queue: dict, config) -> Gate:
    """The gate ``status`` asks, resolving worker kinds only for tasks that name files."""

    def kind_of(task):
        from task_runner.workers import resolve  # only for a task with a file scope

        try:
            return resolve(task, config.get)
        except ValueError:
            return None

    def workdir_of(task):
        base = task.get("workdir") or config.get("TASK_RUNNER_WORKDIR", None) or str(config.workspace)
        return planned_workdir(task, kind_of(task), base, config.dir, config.get)

    return Gate(queue, config.get, workdir_of)


PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}


def ordered(pending) -> list[dict]:
    """Dispatch order: priority, then the latest ``urgent`` first, then ``added_at`` (stable sorts)."""
    by_added = sorted(pending, key=lambda task: task.get("added_at") or "")
    by_promotion = sorted(by_added, key=lambda task: task.get("promoted_at") or "", reverse=True)
    return sorted(by_promotion, key=lambda task: PRIORITY_ORDER.get(task.get("priority") or "normal", 1))
