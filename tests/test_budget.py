"""Budgets: per-attempt limits passed to claude, cost and tokens recorded per attempt, and a queue-wide
ceiling after which nothing new starts (told once). Real supervisors and the fake CLIs, whose final
events carry the real CLIs' cost fields (claude: total_cost_usd 0.000188, usage)."""



from fake_agents import calls, wait_until
from task_runner import budget


def statuses(cli):
    return {t["id"]: t["status"] for t in cli.queue()["tasks"]}


def test_attempt_limits_reach_claude_only(agents, tmp_path):
    limits = {"TASK_RUNNER_MAX_TURNS": "7", "TASK_RUNNER_MAX_COST_USD": "0.25"}
    agents("add", "first", env=limits)
    assert wait_until(lambda: statuses(agents)["T-01"] == "done", 30)
    argv = calls(tmp_path)[0]["argv"]
    assert argv[argv.index("--max-turns") + 1] == "7" and argv[argv.index("--max-budget-usd") + 1] == "0.25"
    agents("add", "second", env=dict(limits, TASK_RUNNER_WORKER="codex"))
    assert wait_until(lambda: statuses(agents)["T-02"] == "done", 30)
    codex = calls(tmp_path)[1]
    assert codex["tool"] == "codex" and "--max-turns" not in codex["argv"]


def test_cost_and_tokens_are_recorded_and_shown(agents):
    agents("add", "look something up")
    assert wait_until(lambda: statuses(agents)["T-01"] == "done", 30)
    entry = agents.queue()["tasks"][0]["strategies_tried"][0]
    assert entry["cost_usd"] == 0.000188 and entry["tokens"]["input"] == 12 and entry["tokens"]["output"] == 7
    shown = agents("status", "T-01").stdout
    assert "💰 T-01 attempt 1: $0.000188, 12 input, 7 output tokens" in shown
    assert agents.json("status")["spent_usd"] == 0.000188


def test_the_queue_budget_stops_new_starts_and_tells_once(agents):
    agents.env["TASK_RUNNER_BUDGET_USD"] = "0.0001"
    agents.env["TASK_RUNNER_MAX_CONCURRENT"] = "1"
    agents("add", "one", "two", "three", "--no-dispatch")
    agents("dispatch")
    assert wait_until(lambda: statuses(agents)["T-01"] == "done", 30)
    told = agents("dispatch").stdout
    assert told.count("💸 The queue's budget is used up ($0.000188 of $0.0001") == 1
    assert statuses(agents) == {"T-01": "done", "T-02": "pending", "T-03": "pending"}
    assert "💸" not in agents("dispatch").stdout  # once
    waiting = agents.json("status", "T-02")["tasks"][0]["waiting_for"]
    assert waiting == "the queue's budget of $0.0001 is used up ($0.000188 spent)"
    raised = agents.json("dispatch", env={"TASK_RUNNER_BUDGET_USD": "5"})
    assert raised["started"] == ["T-02"]


def test_spent_counts_archived_tasks():
    queue = {"tasks": [{"strategies_tried": [{"cost_usd": 0.5}, {"cost_usd": None}, {}]}], "cost": None}
    assert budget.spent(queue) == 0.5
    budget.set_aside(queue, queue["tasks"])
    queue["tasks"] = []
    assert budget.spent(queue) == 0.5


def test_attempt_flags_ignore_what_is_not_a_positive_number():
    def setting(values):
        return lambda key, default=None: values.get(key, default)

    assert budget.attempt_flags("claude", setting({"TASK_RUNNER_MAX_TURNS": "0", "TASK_RUNNER_MAX_COST_USD": "nan"})) == []
    assert budget.attempt_flags("claude", setting({"TASK_RUNNER_MAX_TURNS": "x"})) == []
    assert budget.attempt_flags("opencode", setting({"TASK_RUNNER_MAX_TURNS": "3"})) == []
    assert budget.ceiling(setting({"TASK_RUNNER_BUDGET_USD": "-1"})) is None
