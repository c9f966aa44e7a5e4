"""``task-runner status``: the skill's table, filters, JSON, shortening."""

import json

import pytest


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def test_missing_queue_says_no_tasks_yet_and_creates_nothing(cli):
    assert "no tasks yet" in cli("status").stdout
    assert cli.json("status")["counts"]["total"] == 0
    assert not cli.dir.exists()


def test_table_rows_follow_the_skill_template(cli):
    long = "research every open-source vector database and compare their licences, speed and hosting costs"
    cli("add", "fetch exchange rates", "deploy the site", "call the bank", long, "old chore")
    queue = cli.queue()
    tasks = queue["tasks"]
    tasks[0].update(status="done", deliverable="EUR/USD 1.08 saved", completed_at="2026-11-20T09:00:00Z")
    tasks[1].update(status="running", started_at="2026-11-20T10:30:00Z")
    tasks[2].update(status="blocked", blocked_reason="needs the account number", completed_at="2026-11-20T09:00:00Z")
    tasks[4].update(status="skipped", completed_at="2026-11-20T09:00:00Z")
    cli.queue_path.write_text(json.dumps(queue))
    lines = cli("status", env={"TASK_RUNNER_NOW": "2026-11-20T10:45:00Z"}).stdout.splitlines()
    assert lines[0] == "📋 Task Queue — [5 total, 1 pending, 1 running, 1 done, 1 blocked]"
    assert lines[2].split() == ["ID", "Status", "Description"]
    assert lines[3].startswith("T-01") and lines[3].endswith("fetch exchange rates → EUR/USD 1.08 saved")
    assert "✅ done" in lines[3]
    assert lines[4].endswith("deploy the site (started 15m ago)") and "🔄 running" in lines[4]
    assert "⏳ pending" in lines[6] and lines[6].endswith("…")
    assert lines[5].endswith("call the bank — needs the account number") and "🚫 blocked" in lines[5]
    assert "⏭️ skipped" in lines[7]
    wide = cli("status", "--wide").stdout
    assert long in wide


def test_filters_by_id_and_status(cli):
    cli("add", "a", "b", "c")
    cli("skip", "T-02")
    assert [t["id"] for t in cli.json("status", "t1", "T-03")["tasks"]] == ["T-01", "T-03"]
    assert [t["id"] for t in cli.json("status", "--status", "skipped")["tasks"]] == ["T-02"]
    document = json.loads(cli("status", "T-07", "--json", check=1).stdout)
    assert document["missing"] == ["T-07"]
    assert "No tasks match." in cli("status", "--status", "running").stdout


def test_json_is_one_document_with_counts(cli):
    cli("add", "a", "b")
    document = cli.json("status")
    assert document["counts"] == {"pending": 2, "running": 0, "done": 0, "blocked": 0, "skipped": 0, "total": 2}
    assert [t["id"] for t in document["tasks"]] == ["T-01", "T-02"]
