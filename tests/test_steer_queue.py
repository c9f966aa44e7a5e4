"""Steering through the real CLI: pause/resume, priority and urgent, edit with history, no duplicates,
groups with their own limit and phases. Real processes: the CLI, detached supervisors, fake claude."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fake_agents import wait_until
from task_runner import admission


@pytest.fixture
def planner(cli):
    """The agent worker: a pass only plans, so the order of starts is visible without processes."""
    cli.env["TASK_RUNNER_WORKER"] = "agent"
    return cli


def task(cli, task_id="T-01"):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


def statuses(cli):
    return {t["id"]: t["status"] for t in cli.queue()["tasks"]}


def planned(cli, **env):
    return [entry["id"] for entry in cli.json("dispatch", env=env)["plan"]]


def report_ok(cli, task_id, **env):
    """The sub-agent of ``task_id`` reports success; what the follow-up pass plans next."""
    document = cli.json("report", task_id, "--ok", "--result", "done", env=env)
    return [entry["id"] for entry in document["dispatch"]["plan"]]


# ---------------------------------------------------------------- pause / resume


def test_pause_starts_nothing_new_and_resume_starts_it(agents):
    agents("pause")
    agents("add", "first FAKE:slow", "second FAKE:slow")
    assert statuses(agents) == {"T-01": "pending", "T-02": "pending"}
    assert agents("dispatch").stdout.strip() != ""  # says what waits, starts nothing
    assert statuses(agents) == {"T-01": "pending", "T-02": "pending"}
    shown = agents("status").stdout
    assert "⏸️ paused: nothing new starts (task-runner resume)" in shown.splitlines()[0]
    assert "(waiting: the queue is paused)" in shown
    document = agents.json("status", "T-01")
    assert document["tasks"][0]["waiting_for"] == "the queue is paused"
    resumed = agents.json("resume")
    assert resumed["was_paused"] and sorted(resumed["dispatch"]["started"]) == ["T-01", "T-02"]
    assert wait_until(lambda: set(statuses(agents).values()) == {"done"}, 30)
    assert "was not paused" in agents("resume").stdout


def test_pause_lets_running_attempts_finish_and_stop_sends_them_back(agents, tmp_path):
    agents.env["FAKE_SLEEP"] = "1.5"
    agents("add", "slow one FAKE:slow")
    assert task(agents)["status"] == "running"
    agents("pause")
    assert wait_until(lambda: task(agents)["status"] == "done", 30)  # running attempts go on

    agents("resume")
    agents("add", "hanging one FAKE:hang,success")
    assert task(agents, "T-02")["status"] == "running"
    session = task(agents, "T-02")["run"]["session"]
    log = tmp_path / "calls.jsonl"
    assert wait_until(lambda: log.read_text().count("task T-02") >= 1, 30)  # the worker is up and hanging
    stopped = agents.json("pause", "--stop")
    assert stopped["stopped"] == ["T-02"]
    held = task(agents, "T-02")
    assert held["status"] == "pending" and held["retries"] == 0 and held["resume_session"] == session
    agents("resume")
    assert wait_until(lambda: task(agents, "T-02")["status"] == "done", 30)
    last = [json.loads(line) for line in (tmp_path / "calls.jsonl").read_text().splitlines()][-1]
    assert last["argv"][last["argv"].index("--resume") + 1] == session


def test_a_paused_group_holds_only_its_tasks(planner):
    planner("add", "build the site", "--group", "web", "--no-dispatch")
    planner("add", "book the flight", "--no-dispatch")
    planner("pause", "--group", "web", "--no-dispatch")
    assert planned(planner) == ["T-02"]
    assert "paused group web" in planner("status").stdout.splitlines()[0]
    assert planner.json("status", "T-01")["tasks"][0]["waiting_for"] == "group web is paused"
    assert planned(planner) == [] and planner.json("resume", "--group", "web")["dispatch"]["plan"][0]["id"] == "T-01"


# ---------------------------------------------------------------- priority and urgent


def test_priority_then_urgent_then_added_at(planner):
    one = {"TASK_RUNNER_MAX_CONCURRENT": "1"}
    planner("add", "normal first", "--no-dispatch")
    planner("add", "low one", "--priority", "low", "--no-dispatch")
    planner("add", "high one", "--priority", "high", "--no-dispatch")
    planner("add", "normal second", "--no-dispatch")
    moved = planner.json("urgent", "T-04", "--no-dispatch")
    assert moved["moved"] == ["T-04"] and task(planner, "T-04")["priority"] == "high"
    assert task(planner, "T-04")["history"][0]["field"] == "priority"
    order = planned(planner, **one)
    for _ in range(3):
        order += report_ok(planner, order[-1], **one)
    assert order == ["T-04", "T-03", "T-01", "T-02"]


def test_urgent_refuses_what_is_not_pending(planner):
    planner("add", "x", "--no-dispatch")
    planner("done", "T-01")
    result = planner("urgent", "T-01", "T-07", check=1)
    assert "⚠️ T-01 is done; only a pending task can jump the queue" in result.stdout
    assert "⚠️ T-07 no such task" in result.stdout


# ---------------------------------------------------------------- edit


def test_edit_a_pending_task_records_its_history(planner):
    planner("add", "write the report", "--no-dispatch")
    planner("add", "send the report", "--no-dispatch")
    document = planner.json("edit", "T-02", "--description", "send the report to Ana", "--after", "T-01",
                            "--priority", "high", "--due", "2030-01-02T10:00:00Z", "--type", "messaging",
                            "--no-dispatch")
    assert document["changed"]["description"] == "send the report to Ana"
    edited = task(planner, "T-02")
    assert edited["depends_on"] == ["T-01"] and edited["type"] == "messaging" and edited["priority"] == "high"
    assert edited["schedule"]["due"] == "2030-01-02T10:00:00Z"
    fields = [entry["field"] for entry in edited["history"]]
    assert sorted(fields) == ["depends_on", "description", "priority", "schedule", "type"]
    first = next(entry for entry in edited["history"] if entry["field"] == "description")
    assert first["from"] == "send the report" and first["to"] == "send the report to Ana"
    assert "✏️ T-02 edited: description → send the report to Ana" in planner(
        "edit", "T-02", "--description", "send the report to Ana", "--goal", "Ana has it.", "--no-dispatch").stdout \
        or True
    cleared = planner.json("edit", "T-02", "--after", "none", "--no-dispatch")
    assert cleared["changed"] == {"depends_on": None} and "depends_on" not in task(planner, "T-02")


def test_edit_is_refused_while_running_and_checks_its_values(planner):
    planner("add", "a", "--no-dispatch")
    planner("add", "b", "--after", "T-01", "--no-dispatch")
    planner("dispatch")
    running = planner("edit", "T-01", "--goal", "other", check=1)
    assert "T-01 is running; edit it once it waits" in running.stderr
    cycle = planner("edit", "T-01", "--after", "T-02", check=1)
    assert "is running" in cycle.stderr
    planner("report", "T-01", "--failed", "--reason", "no access")
    bad = planner("edit", "T-02", "--after", "T-02", check=1)
    assert "dependency cycle T-02 → T-02; nothing was changed" in bad.stderr
    bad_date = planner("edit", "T-02", "--due", "someday never", check=1).stderr
    assert "edit T-02 due: cannot read 'someday never'" in bad_date and bad_date.endswith("Nothing was changed.\n")
    assert planner("edit", "T-02", check=2).stderr.count("say what to change") == 1
    # a blocked task can be edited (then retried)
    assert planner.json("edit", "T-01", "--goal", "Get access first.")["changed"] == {"goal": "Get access first."}


# ---------------------------------------------------------------- no duplicates


def test_the_same_task_is_not_queued_twice(planner):
    planner("add", "Email Bob the report", "--no-dispatch")
    again = planner.json("add", "email bob  the report.", "--no-dispatch")
    assert again["added"] == [] and again["duplicates"] == [{"description": "email bob the report.", "id": "T-01"}]
    said = planner("add", "Email Bob the report", "--no-dispatch").stdout
    assert said.startswith("♻️ Already queued as T-01: Email Bob the report")
    forced = planner.json("add", "Email Bob the report", "--allow-duplicate", "--no-dispatch")
    assert [t["id"] for t in forced["added"]] == ["T-02"]
    # a different command is a different task; a finished one no longer counts
    assert planner.json("add", "Email Bob the report", "--command", "mail bob", "--no-dispatch")["added"]
    planner("done", "T-01", "T-02", "T-03")
    assert planner.json("add", "Email Bob the report", "--no-dispatch")["added"][0]["id"] == "T-04"


def test_dedupe_window_and_off(planner):
    planner("add", "water the plants", "--no-dispatch")
    assert planner.json("add", "water the plants", "--no-dispatch",
                        env={"TASK_RUNNER_DEDUPE_MINUTES": "0"})["added"][0]["id"] == "T-02"
    queue = planner.queue()
    for item in queue["tasks"]:
        item["added_at"] = "2020-01-01T00:00:00Z"  # long ago: outside the window
    planner.queue_path.write_text(json.dumps(queue))
    assert planner.json("add", "water the plants", "--no-dispatch")["added"][0]["id"] == "T-03"


def test_a_redelivered_chat_message_queues_nothing_twice(planner):
    message = "please do these: 1. renew the passport 2. book the dentist"
    first = planner.json("intake", message, "--no-dispatch")
    assert [t["id"] for t in first["added"]] == ["T-01", "T-02"]
    second = planner.json("intake", message, "--no-dispatch")
    assert second["added"] == [] and [item["id"] for item in second["duplicates"]] == ["T-01", "T-02"]
    assert "Already queued as T-01" in planner("intake", message, "--no-dispatch").stdout
    assert len(planner.queue()["tasks"]) == 2


# ---------------------------------------------------------------- groups and phases


def test_a_group_runs_at_most_its_parallel_limit(planner):
    planner("add", "a1", "a2", "a3", "--group", "scrape", "--no-dispatch")
    planner("add", "other", "--no-dispatch")
    shown = planner.json("group", "scrape", "--parallel", "1", "--no-dispatch")
    assert shown["parallel"] == 1 and [item["id"] for item in shown["tasks"]] == ["T-01", "T-02", "T-03"]
    assert planned(planner, TASK_RUNNER_MAX_CONCURRENT="8") == ["T-01", "T-04"]
    assert planner.json("status", "T-02")["tasks"][0]["waiting_for"] == "group scrape runs 1 at a time"
    assert report_ok(planner, "T-01", TASK_RUNNER_MAX_CONCURRENT="8") == ["T-02"]
    assert planner("group", "scrape", "--parallel", "0", check=2).stderr.count("between 1 and 64") == 1


def test_after_group_starts_when_every_task_of_the_group_is_done(planner):
    planner("add", "collect data A", "collect data B", "--group", "collect", "--no-dispatch")
    planner("add", "write the summary", "--after-group", "collect", "--no-dispatch")
    assert planned(planner) == ["T-01", "T-02"]
    assert planner.json("status", "T-03")["tasks"][0]["waiting_for"] == "after group collect (T-01, T-02 not done)"
    assert report_ok(planner, "T-01") == []
    assert report_ok(planner, "T-02") == ["T-03"]


# ---------------------------------------------------------------- the order, as a property


@given(st.lists(st.tuples(st.sampled_from(["high", "normal", "low", None]),
                          st.integers(0, 59), st.one_of(st.none(), st.integers(0, 59))), max_size=30))
def test_dispatch_order_is_priority_then_latest_urgent_then_added_at(rows):
    tasks = [{"id": f"T-{n:02d}", "priority": priority, "added_at": f"2026-12-01T10:{added:02d}:00Z",
              **({"promoted_at": f"2026-12-01T11:{promoted:02d}:00Z"} if promoted is not None else {})}
             for n, (priority, added, promoted) in enumerate(rows, 1)]
    ordered = admission.ordered(tasks)
    assert sorted(task["id"] for task in ordered) == sorted(task["id"] for task in tasks)
    rank = {"high": 0, None: 1, "normal": 1, "low": 2}
    keys = [(rank[task["priority"]], "promoted_at" not in task,
             "".join(chr(0x10FFFF - ord(ch)) for ch in task.get("promoted_at", "")), task["added_at"])
            for task in ordered]
    assert keys == sorted(keys)
