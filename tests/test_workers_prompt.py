"""The sub-agent prompt and the strategy ladder."""

from task_runner.prompt import build_prompt, first_strategy, next_strategy, strategy_for
from task_runner.workers.base import parse_report


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
    assert parse_report(prompt) == {"deliverable": None, "deliverable_path": None, "blocked": None, "actions": []}
    assert not prompt.startswith("-")  # never mistaken for a CLI flag
