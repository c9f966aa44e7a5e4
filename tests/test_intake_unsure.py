"""intake never guesses silently (issue 13): what it could not read it hands to the agent, what it
doubts it names."""

import json
import re

import pytest


@pytest.fixture(autouse=True)
def queue_only(cli):
    cli.env["TASK_RUNNER_AUTO_DISPATCH"] = "0"


def test_a_message_it_cannot_read_adds_nothing_and_hands_over_the_exact_add_call(cli):
    result = cli("intake", "Привет! Сделай, пожалуйста, отчёт о продажах и отправь его Ивану")
    out = result.stdout
    assert out.startswith("🤔 I could not read this message for certain, so nothing was queued")
    assert "## For the agent only (do not relay)" in out
    assert not cli.queue_path.exists() or cli.queue()["tasks"] == []
    document = cli.json("intake", "Привет! Сделай, пожалуйста, отчёт")
    assert document["handover"] is True and document["unsure"] and document["added"] == []
    # the shape it shows is what `add --stdin-json` takes
    shape = re.search(r"^(\[\{.*\}\])$", out, re.MULTILINE).group(1)
    tasks = json.loads(shape.replace("<the user's words for one task>", "Сделать отчёт о продажах"))
    tasks.append({"description": "Отправить отчёт Ивану", "type": "messaging", "depends_on": [0]})
    added = cli.json("add", "--stdin-json", input=json.dumps(tasks))["added"]
    assert [task["id"] for task in added] == ["T-01", "T-02"] and added[1]["depends_on"] == ["T-01"]


def test_a_doubtful_item_is_queued_and_named_with_the_way_to_fix_it(cli):
    message = "1. book flights to Rome 2. fix the thing with the stuff somehow and also maybe call"
    parsed = cli.json("parse", message)
    if not parsed["unsure"]:
        pytest.skip("the parser is sure of this message now; the doubt path is covered by its own tests")
    out = cli("intake", message).stdout
    assert "📋 Added 2 tasks to queue:" in out
    doubt = out[out.index("⚠️ Queued as I read it"):]
    assert "T-01, T-02" in doubt and "task-runner edit T-NN" in doubt and "task-runner cancel T-NN" in doubt
    assert len(cli.queue()["tasks"]) == 2


def test_a_message_it_reads_says_nothing_about_doubt(cli):
    out = cli("intake", "do these: 1. look up the train times to Lyon 2. then book the 9:10 one").stdout
    assert "not sure" not in out and "🤔" not in out


def test_a_message_about_a_queued_task_it_could_not_read_says_to_run_the_command(cli):
    cli("add", "water the plants")
    out = cli("intake", "T-01 fa' quella cosa pure").stdout
    assert "the message names T-01" in out
    agent_part = out[out.index("## For the agent only (do not relay)"):]
    assert "task-runner retry|skip|cancel|done|urgent T-NN" in agent_part and "task-runner status" in agent_part
    assert [task["id"] for task in cli.queue()["tasks"]] == ["T-01"]  # nothing new was queued
