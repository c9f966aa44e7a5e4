"""The sub-agent prompt and the strategy ladder."""

from task_runner.prompt import build_prompt
from task_runner.strategies import first_strategy, next_strategy, strategy_for
from task_runner.workers.signals import parse_report


def test_ladder_advances_after_a_failure_and_repeats_after_a_transient_one():
    assert first_strategy("code-execution") == "exec"
    assert next_strategy("code-execution", "exec", transient=False) == "alternative-tool"
    assert next_strategy("code-execution", "alternative-tool", transient=False) == "subagent-with-context"
    assert next_strategy("code-execution", "subagent-with-context", transient=False) == "subagent-with-context"
    assert next_strategy("code-execution", "alternative-tool", transient=True) == "alternative-tool"
    assert next_strategy("no-such-type", None, transient=False) == "direct"
    assert strategy_for({"type": "info-lookup"}) == "web-search"
    assert strategy_for({"type": "info-lookup", "next_strategy": "alternative-source"}) == "alternative-source"


def test_prompt_carries_task_strategy_notes_dependencies_and_report_format():
    task = {
        "id": "T-12", "description": "deploy the app to staging", "goal": "Deploy the web app to staging",
        "type": "code-execution", "maxRetries": 3, "notes": ["use the staging credentials"],
        "strategies_tried": [{"attempt": 1, "strategy": "exec", "result": "ssh: connection refused",
                              "verification_failure": None}],
    }
    prompt = build_prompt(task, "alternative-tool", [("T-11", "built image v2", "/tmp/build.log")], "/srv/app")
    for expected in ("T-12", "deploy the app to staging", "Deploy the web app to staging", "code-execution",
                     "Attempt: 2 of 3", "alternative-tool", "use the staging credentials",
                     "attempt 1: exec -> ssh: connection refused", "T-11: built image v2 (file: /tmp/build.log)",
                     "Working folder: /srv/app", "DELIVERABLE: ", "DELIVERABLE_PATH: ", "BLOCKED: ", "ACTION: "):
        assert expected in prompt, expected
    # a worker that echoes its prompt must not look finished
    assert parse_report(prompt) == {"deliverable": None, "deliverable_path": None, "blocked": None, "actions": [],
                                    "question": None}
    assert not prompt.startswith("-")  # never mistaken for a CLI flag


def test_prompt_states_the_report_it_needs_and_the_scope():
    prompt = build_prompt({"id": "T-03", "description": "who is the president of France", "type": "info-lookup"},
                          "web-search")
    for expected in ('"DELIVERABLE: "', '"DELIVERABLE_PATH: "', '"BLOCKED: "', '"ACTION: "', '"QUESTION: "',
                     "the answer (a name, a number, a fact)", "as the very last line",
                     "Do not use the task-runner skill", "do not add, queue,\nschedule or spawn tasks"):
        assert expected in prompt, expected
    assert "at most once" not in prompt
    assert parse_report(prompt)["question"] is None


def test_world_changing_tasks_are_told_to_act_at_most_once():
    for kind in ("messaging", "reminder-scheduling"):
        prompt = build_prompt({"id": "T-04", "description": "email Bob the report", "type": kind}, "message-tool")
        assert "do its action at most once" in prompt
        assert "never send or create it twice" in prompt
        assert "say precisely what was done and what was not" in prompt
    delegation = build_prompt({"id": "T-05", "description": "ask the research agent", "type": "agent-delegation"},
                              "delegate")
    assert "is the task itself, not a spawn" in delegation
