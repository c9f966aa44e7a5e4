"""A real CLI as the worker of a real queue: add, dispatch, detached supervisor, result, done (marker real_cli).

The whole chain a user gets: our prompt (build_prompt) reaches the real CLI on stdin through
the supervisor, the scripted model answers, and the task is done on attempt 1 with the
model's answer as its deliverable, whatever its words; a 200 KB task too (argv would
refuse it: the prompt goes through spec.json and stdin).
"""

import json
import os

import pytest

from fake_agents import kill_runs, wait_until
from real_cli.harness import KINDS, cli_path, configure, find
from scripted_model import Reply, ScriptedModel, in_order

pytestmark = pytest.mark.real_cli


@pytest.mark.parametrize("notes_kb", [0, 200])
@pytest.mark.parametrize("kind", KINDS)
def test_a_lookup_runs_through_the_real_cli_and_is_done(kind, notes_kb, cli, queue_dir, tmp_path):
    if not find(kind):
        pytest.skip(f"{kind} is not installed: run scripts/install-agent-clis.sh")
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    with ScriptedModel(in_order(Reply(text="Looked it up.\nDELIVERABLE: Emmanuel Macron"))) as model:
        cli.env.update(PATH=cli_path() + os.pathsep + cli.env["PATH"], HOME=str(home), TMPDIR=str(home / "tmp"),
                       TASK_RUNNER_WORKER=kind, **configure(kind, home, model.url))
        try:
            description = "who is the president of France" + (
                " (background notes: " + "lorem ipsum " * (notes_kb * 85) + "end of notes)" if notes_kb else "")
            cli("add", "--stdin-json", "--no-dispatch",
                input=json.dumps([{"description": description, "type": "info-lookup"}]))
            cli("dispatch")

            def finished():
                task = cli.queue()["tasks"][0]
                return task if task["status"] in ("done", "blocked") else None

            task = wait_until(finished, 90, every=0.2)
        finally:
            kill_runs(queue_dir)
        prompts = [str(body) for _, body in model.requests]
    assert task and task["status"] == "done", cli.queue()
    assert task["deliverable"] == "Emmanuel Macron"
    assert len(task["strategies_tried"]) == 1
    assert task["strategies_tried"][0]["tokens"]["output"] > 0  # what the attempt used, from the CLI
    wanted = ["who is the president of France", "Do not use the task-runner skill"] + (
        ["end of notes"] if notes_kb else [])
    assert any(all(part in body for part in wanted) for body in prompts)
