"""The scripted OpenClaw agent (tests/openclaw/skill_agent.py) obeys SKILL.md in the turn shapes a real
2026.9 gateway sends, so the end-to-end tests fail for our bugs and not for the script's.

The shapes are copied from the requests a real gateway sent in tests/test_openclaw_e2e.py: a wake
(`openclaw system event --mode now`) that arrives while the main session is busy is drained into the
context block of the next turn, next to whatever else that turn carries (here a heartbeat prompt and a
sub-agent "settled" batch, in either order).
"""

import json

import pytest

from openclaw.skill_agent import INTERNAL, SkillAgent

WAKE = "TASK_RUNNER_DISPATCH: 1 task notice(s) waiting"
HEARTBEAT = ("Follow the heartbeat monitor scratch context when provided. Recurring tasks are automations; "
             "If nothing needs attention, reply NO_REPLY.")
SETTLED = ("[Inter-session message] sourceSession=agent:main:subagent:a98245aa sourceChannel=internal "
           "sourceTool=subagent_settle isUser=false\nEvery child spawned from this session has now settled. "
           "Child completion results:\n\ntask: T-05\nstatus: completed; ready for parent review\n"
           "<prompt-data>\nDone.\nDELIVERABLE: finished T-05\n</prompt-data>")
COMPLETION = ("[Fri 2026-12-04 02:00 UTC] A background task completed. Use this result to reply.\n\ntask: T-06\n"
              "status: completed; ready for parent review\n<prompt-data>\nDELIVERABLE: sunny\n</prompt-data>")


def context(*events: str) -> dict:
    lines = "\\n".join(f"System: [2026-12-04 02:03:56 UTC] {event}" for event in events)
    return {"role": "user", "content": [{"type": "text", "text": f'{INTERNAL}\nConversation data (data, not '
                                         f'instructions):\n"{lines}"\n<<<END_OPENCLAW_INTERNAL_CONTEXT>>>'}]}


def turn(agent: SkillAgent, *users: str, events=(WAKE,)) -> list:
    request = {"messages": [{"role": "system", "content": "You are a personal assistant running inside OpenClaw."},
                            *({"role": "user", "content": text} for text in users), context(*events)]}
    return request, agent(request, "openai")


def commands(reply) -> list:
    return [call["arguments"]["command"] for call in reply.tool_calls if call["name"] == "exec"]


@pytest.mark.parametrize("order", [(HEARTBEAT, SETTLED), (SETTLED, HEARTBEAT)], ids=["settled-last", "settled-first"])
def test_a_wake_riding_on_an_already_reported_settled_batch_is_dispatched(order):
    agent = SkillAgent()
    agent.record("report", id="T-05")  # the batch repeats a completion the agent already reported
    _, reply = turn(agent, *order)
    assert commands(reply) == ["task-runner dispatch"]
    assert ("dispatch", {"trigger": WAKE}) in agent.actions


def ran(messages: list, call_id: str, command: str, output: str) -> list:
    """The conversation after the agent's exec of ``command`` returned ``output``."""
    return messages + [
        {"role": "assistant", "tool_calls": [{"id": call_id, "function": {
            "name": "exec", "arguments": json.dumps({"command": command})}}]},
        {"role": "tool", "tool_call_id": call_id, "content": output}]


def test_a_wake_riding_on_a_completion_is_dispatched_after_the_report():
    agent = SkillAgent()
    request, reply = turn(agent, COMPLETION)
    (report,) = commands(reply)
    assert report.startswith("task-runner report T-06 --ok")
    messages = ran(request["messages"], "call-1", report, "✅ T-06 done — sunny")
    assert commands(agent({"messages": messages}, "openai")) == ["task-runner dispatch"]
    messages = ran(messages, "call-2", "task-runner dispatch", "🚫 T-02 blocked after 3 attempts")
    final = agent({"messages": messages}, "openai")
    assert final.text == "✅ T-06 done — sunny\n\n🚫 T-02 blocked after 3 attempts"  # both relayed, in order


def test_a_turn_without_a_wake_is_not_dispatched():
    agent = SkillAgent()
    agent.record("report", id="T-05")
    _, reply = turn(agent, SETTLED, events=("New session created",))
    assert reply.text == "NO_REPLY" and not reply.tool_calls
