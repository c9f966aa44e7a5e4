"""A worker's QUESTION makes its task wait; `answer` resumes the same session, not as a retry.

Real processes: the CLI, detached supervisors and the fake claude/codex/opencode that replay the
real CLIs' output, resuming the session they are given (--resume, exec resume, --session).
"""


import pytest

from fake_agents import calls, wait_until


def task(cli, task_id="T-01"):
    return next(t for t in cli.queue()["tasks"] if t["id"] == task_id)


RESUME = {"claude": lambda argv, session: argv[argv.index("--resume") + 1] == session,
          "codex": lambda argv, session: argv[argv.index("resume") + 1] == session,
          "opencode": lambda argv, session: argv[argv.index("--session") + 1] == session}


@pytest.mark.parametrize("tool", ["claude", "codex", "opencode"])
def test_a_question_waits_and_the_answer_resumes_the_same_session(agents, tmp_path, tool):
    agents.env["TASK_RUNNER_WORKER"] = tool
    agents("add", "Deploy the release FAKE:question,success", "--type", "code-execution", "--no-dispatch")
    agents("dispatch")
    assert wait_until(lambda: task(agents)["status"] == "blocked", 30), task(agents)
    waiting = task(agents)
    assert waiting["blocked_reason"] == "waiting for your answer: deploy to eu-1 or us-2?"
    assert waiting["waiting_answer"]["question"] == "deploy to eu-1 or us-2?"
    assert waiting["retries"] == 0  # a question is not a failed attempt
    assert 'task-runner answer T-01' in waiting["user_action_required"][0]
    session = waiting["waiting_answer"]["session"]
    assert session
    told = agents("dispatch").stdout
    assert "❓ T-01 asks: deploy to eu-1 or us-2?" in told

    answered = agents.json("answer", "T-01", "eu-1,", "the", "staging", "one")
    assert answered["ok"] and answered["resumes_session"] == session
    assert wait_until(lambda: task(agents)["status"] == "done", 30), task(agents)
    done = task(agents)
    assert done["retries"] == 0 and len(done["strategies_tried"]) == 2
    assert done["answers"] == [{"question": "deploy to eu-1 or us-2?", "answer": "eu-1, the staging one",
                                "at": done["answers"][0]["at"]}]
    assert "waiting_answer" not in done and done["deliverable"] == "finished T-01 (fake result)"
    first, second = calls(tmp_path)
    assert RESUME[tool](second["argv"], session)
    # the resumed session is told the answer, not the whole task again
    assert "Their answer: eu-1, the staging one" in second["prompt"]
    assert "Task: Deploy the release" not in second["prompt"]


def test_answer_is_refused_for_a_task_that_asked_nothing(agents):
    agents("add", "plain task", "--no-dispatch")
    result = agents("answer", "T-01", "yes", check=1)
    assert "T-01 is pending and asked nothing" in result.stderr
    assert "retry T-01 --note" in result.stderr
    assert agents("answer", "T-09", "yes", check=1).stderr.strip().endswith("T-09 no such task.")
    assert agents("answer", "T-01", "   ", check=2).stderr.count("the answer is empty") == 1


def test_a_question_then_blocked_is_blocked(agents):
    """BLOCKED wins over a QUESTION: the worker said it cannot go on at all."""
    agents("add", "Log in FAKE:blocked", "--no-dispatch")
    agents("dispatch")
    assert wait_until(lambda: task(agents)["status"] == "blocked", 30)
    assert "waiting_answer" not in task(agents)
    assert task(agents)["blocked_reason"] == "the staging credentials are missing"


def test_agent_worker_reports_a_question_and_gets_the_answer_in_its_next_prompt(cli):
    cli.env["TASK_RUNNER_WORKER"] = "agent"
    cli("add", "Book the venue", "--no-dispatch")
    cli("dispatch")
    cli("attach", "T-01", "--session", "agent:main:subagent:a1")
    reported = cli.json("report", "T-01", "--question", "Which date, the 4th or the 11th?",
                        "--result", "Two dates are free.")
    assert reported["status"] == "blocked"
    waiting = task(cli)
    assert waiting["blocked_reason"] == "waiting for your answer: Which date, the 4th or the 11th?"
    assert waiting["retries"] == 0
    told = [event["text"] for event in reported["dispatch"]["events"]]
    assert any(text.startswith("❓ T-01 asks: Which date, the 4th or the 11th?") for text in told)
    assert "waiting for your answer: Which date" in cli("status").stdout
    # a sub-agent cannot be resumed: the next one gets the whole task with the answer
    document = cli.json("answer", "T-01", "the 11th")
    assert document["resumes_session"] is None
    prompt = document["dispatch"]["plan"][0]["prompt"]
    assert "Task: Book the venue" in prompt
    assert "Q: Which date, the 4th or the 11th? A: the 11th" in prompt
