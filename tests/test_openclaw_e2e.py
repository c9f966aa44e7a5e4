"""End to end inside a real OpenClaw 2026.9 gateway: only the model is replaced, by a scripted model that
follows SKILL.md literally (tests/openclaw/skill_agent.py on tests/scripted_model.py).

One gateway on loopback with a throwaway HOME/OPENCLAW_STATE_DIR serves the whole module, and the
queue carries over from test to test (each test works on its own new tasks). The agent's turns are
real: OpenClaw builds the prompts, runs `exec` (our CLI), `tool_call` -> sessions_spawn, runs the
sub-agents (their model turns come back to the script), delivers completions, runs the cron job and
the heartbeat. Skipped, with the reason, when OpenClaw is not installed.
"""

import json
import os
import re
import subprocess
import sys
import time

import pytest

from openclaw.harness import OpenClawEnv, provider_config, requires_openclaw
from openclaw.skill_agent import SkillAgent
from scripted_model import ScriptedModel
from task_runner import cronjob, heartbeat

pytestmark = [pytest.mark.openclaw, requires_openclaw]


class Claw:
    def __init__(self, env: OpenClawEnv, model: ScriptedModel, agent: SkillAgent):
        self.env, self.model, self.agent = env, model, agent

    def say(self, message: str, timeout: float = 120) -> dict:
        """One user turn through the gateway, as a chat message would arrive."""
        result = self.env.openclaw("agent", "--agent", "main", "--message", message, "--json", timeout=timeout)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return json.loads(result.stdout)

    def tasks(self, *ids) -> list:
        queue = self.env.queue()
        return [task for task in queue["tasks"] if task["id"] in ids] if ids else queue["tasks"]

    def new_ids(self, before: int) -> list:
        return [task["id"] for task in self.tasks()[before:]]

    def wait(self, predicate, timeout: float = 90, what: str = "the condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.5)
        pytest.fail(f"{what} not reached within {timeout:g}s; agent actions: {self.agent.actions[-12:]}")

    def statuses(self, ids) -> dict:
        return {task["id"]: task["status"] for task in self.tasks(*ids)}

    def ledger(self, label: str) -> list:
        return [task for task in self.env.openclaw_json("tasks", "list", "--runtime", "subagent", "--json")["tasks"]
                if task.get("label") == label]


def reply_text(result: dict) -> str:
    payloads = (result.get("result") or {}).get("payloads") or []
    return "\n".join(p.get("text") or "" for p in payloads if isinstance(p, dict))


@pytest.fixture(scope="module")
def claw(tmp_path_factory):
    agent = SkillAgent()
    with ScriptedModel(agent) as model:
        env = OpenClawEnv(tmp_path_factory.mktemp("claw"), provider_config(model.url))
        # heartbeats run without a chat route (target none); shell tasks allowed; retries without backoff
        env.update_config({"agents": {"defaults": {"heartbeat": {"target": "none"}}}})
        env.env.update(TASK_RUNNER_SHELL="1", TASK_RUNNER_RETRY_BACKOFF="0")
        env.task_runner("install-skill")
        env.start_gateway()
        try:
            yield Claw(env, model, agent)
        finally:
            env.close()
            # for a post-mortem: every request the model got, and what the agent did
            (env.root / "model-requests.json").write_text(json.dumps(model.requests, indent=1, default=str))
            (env.root / "agent-actions.json").write_text(json.dumps(agent.actions, indent=1, default=str))


@pytest.fixture(autouse=True)
def scenario(claw):
    """Each test sets its own child behaviour and drops; nothing leaks into the next one."""
    yield
    claw.agent.child = SkillAgent().child
    claw.agent.pass_wrapper = False
    claw.agent.drop_attach.clear()
    claw.agent.drop_report.clear()


def test_a_task_message_is_queued_spawned_attached_and_done(claw):
    claw.agent.child = lambda task_id, attempt, prompt: (
        "Checked the museum's site.\nDELIVERABLE: open 9:00-18:00 <closed on Tuesdays>")
    result = claw.say("Do these for me:\n1. look up the opening hours of the Louvre\n"
                      "2. look up the opening hours of the Musee d'Orsay")
    ids = [task["id"] for task in claw.tasks()[:2]]
    assert len(ids) == 2
    # the user got the confirmation, never the agent-only spawn plan
    relayed = [d["text"] for d in claw.agent.done("relay")] + [reply_text(result)]
    assert any("📋 Added 2 tasks" in text for text in relayed)
    assert not any("--- prompt for" in text or "For the agent only" in text for text in relayed)
    assert claw.agent.done("spawn") and sorted(d["id"] for d in claw.agent.done("attach")) == ids
    done = claw.wait(lambda: all(s == "done" for s in claw.statuses(ids).values()) and claw.tasks(*ids),
                     what="both tasks done")
    for task in done:
        assert task["deliverable"] == "open 9:00-18:00 <closed on Tuesdays>"  # &lt;/&gt; unescaped
        assert task["subagent_session"].startswith("agent:main:subagent:")
        assert len(task["strategies_tried"]) == 1
        (record,) = claw.ledger(task["id"])
        assert record["status"] == "succeeded" and record["childSessionKey"] == task["subagent_session"]
    # the sub-agents were told not to use task-runner or spawn anything themselves
    for task_id in ids:
        prompt = claw.agent.child_prompts[task_id][0]
        assert re.search(r"Do not use the task-runner skill", prompt) and "spawn" in prompt
    # first-run setup happened inside the agent's exec: the cron job and the scratch block exist
    assert any(job["name"] == cronjob.JOB_NAME for job in claw.env.cron_jobs())


def test_a_failing_child_is_retried_then_blocked(claw):
    """The child claims a file it never wrote: each attempt fails verification, the next one gets another
    strategy, and after maxRetries attempts the task is blocked with steps for the user."""
    before = len(claw.tasks())
    missing = claw.env.root / "nowhere" / "summary.md"
    claw.agent.child = lambda task_id, attempt, prompt: (
        f"Wrote it.\nDELIVERABLE: the summary\nDELIVERABLE_PATH: {missing}" if "summary.md" in prompt
        else "DELIVERABLE: done")
    claw.say("Do these for me:\n1. write a summary of the meeting notes to summary.md")
    (task_id,) = claw.new_ids(before)
    (task,) = claw.wait(lambda: [t for t in claw.tasks(task_id) if t["status"] == "blocked"], timeout=120,
                        what=f"{task_id} blocked")
    assert len(claw.agent.child_prompts[task_id]) == task["maxRetries"] == 3
    assert len(task["strategies_tried"]) == 3
    assert len({entry["strategy"] for entry in task["strategies_tried"]}) > 1  # another strategy each time
    assert all(entry["verification_failure"] for entry in task["strategies_tried"])
    assert task["blocked_reason"] and task["user_action_required"]
    # later attempts were told what failed before
    assert "Earlier attempts" in claw.agent.child_prompts[task_id][-1]


def test_the_cron_job_run_dispatches(claw):
    (job,) = [job for job in claw.env.cron_jobs() if job["name"] == cronjob.JOB_NAME]
    seen = len(claw.agent.done("dispatch"))
    run = claw.env.run_job(job["id"])
    assert run.get("enqueued") is True
    dispatches = claw.wait(lambda: claw.agent.done("dispatch")[seen:], timeout=60, what="a dispatch from the cron job")
    trigger = dispatches[0]["trigger"]
    # the event arrives wrapped, not at the start: SKILL.md says "contains"
    assert "scheduled reminder" in trigger and cronjob.EVENT_TEXT in trigger
    assert not trigger.startswith("TASK_RUNNER_DISPATCH")


def test_the_heartbeat_scratch_holds_our_block_and_is_in_the_heartbeat_prompt(claw):
    job = claw.env.heartbeat_job()
    scratch = claw.env.scratch(job["id"])
    assert scratch.count(heartbeat.HEADING) == 1
    assert not (claw.env.workspace / "HEARTBEAT.md").exists()  # 2026.9 does not read it; we do not write it
    seen = len(claw.agent.done("heartbeat"))
    claw.env.run_job(job["id"])
    beats = claw.wait(lambda: claw.agent.done("heartbeat")[seen:], timeout=60, what="a heartbeat turn")
    assert beats[0]["ours"], beats[0]["prompt"][:2000]
    prompts = [json.dumps(body) for _, body in claw.model.requests if "heartbeat monitor scratch" in json.dumps(body)]
    assert any(heartbeat.HEADING in prompt and "task-runner dispatch" in prompt for prompt in prompts)


def test_intake_strips_the_wrapper_when_the_agent_passes_it(claw):
    before = len(claw.tasks())
    claw.agent.pass_wrapper = True
    claw.agent.child = lambda task_id, attempt, prompt: "DELIVERABLE: sunny, 24°C"
    claw.say("Do these for me:\n1. check the weather in Lisbon for tomorrow\n2. check the weather in Porto")
    intake = claw.agent.done("intake")[-1]["words"]
    assert re.match(r"\[\w{3} \d{4}-\d\d-\d\d \d\d:\d\d UTC\] Do these", intake)  # passed with the wrapper
    tasks = claw.tasks(*claw.new_ids(before))
    assert [task["description"] for task in tasks] == ["check the weather in Lisbon for tomorrow",
                                                        "check the weather in Porto"]


def test_a_shell_task_ending_wakes_the_main_session_within_10_seconds(claw):
    before = len(claw.tasks())
    seen = len(claw.agent.actions)
    claw.say("Do these for me:\n1. run `sleep 2; uname -s`")
    (task_id,) = claw.new_ids(before)
    claw.wait(lambda: claw.statuses([task_id])[task_id] == "done", timeout=60, what=f"{task_id} done")
    ended = time.monotonic()
    woken = re.compile(r"TASK_RUNNER_DISPATCH: (?!check queue and run pending tasks)\S")

    def wake_turns():
        return [details for kind, details in claw.agent.actions[seen:] if kind in ("dispatch", "heartbeat")
                and woken.search(details.get("trigger") or details.get("prompt") or "")]
    claw.wait(wake_turns, timeout=10, what="a TASK_RUNNER_DISPATCH wake of the main session")
    assert time.monotonic() - ended <= 10


def test_a_dropped_attach_and_a_dropped_report_finish_from_the_ledger_in_one_pass(claw):
    before = len(claw.tasks())
    claw.agent.child = lambda task_id, attempt, prompt: f"DELIVERABLE: summary of {task_id}"
    claw.agent.drop_attach.add(f"T-{before + 1:02d}")
    claw.agent.drop_report.update({f"T-{before + 1:02d}", f"T-{before + 2:02d}"})
    claw.say("Do these for me:\n1. summarize the first chapter of Moby Dick\n2. look up the French word for whale")
    ids = claw.new_ids(before)
    claw.wait(lambda: all(r and r[0]["status"] == "succeeded" for r in map(claw.ledger, ids)), timeout=60,
              what=f"both children finished in the ledger ({[claw.ledger(i) for i in ids]}, queue {claw.tasks(*ids)})")
    assert all(s == "running" for s in claw.statuses(ids).values())
    claw.env.task_runner("dispatch")  # one pass
    tasks = claw.tasks(*ids)
    assert [t["status"] for t in tasks] == ["done", "done"], tasks
    assert [t["deliverable"] for t in tasks] == [f"summary of {ids[0]}", f"summary of {ids[1]}"]
    assert tasks[0]["subagent_session"] == claw.ledger(ids[0])[0]["childSessionKey"]  # attached from the ledger


def test_duplicated_completions_record_one_attempt(claw):
    before = len(claw.tasks())
    claw.agent.child = lambda task_id, attempt, prompt: "DELIVERABLE: the invoice total is 120 EUR"
    claw.say("Do these for me:\n1. add up the invoice totals in the March folder")
    (task_id,) = claw.new_ids(before)
    claw.wait(lambda: claw.statuses([task_id])[task_id] == "done", what=f"{task_id} done")
    # the completion is delivered again (as OpenClaw does): the agent reports it a second and third time
    for _ in range(2):
        again = claw.env.task_runner("report", task_id, "--ok", "--result", "DELIVERABLE: the invoice total is 120 EUR")
        assert "already recorded" in again.stdout
    (task,) = claw.tasks(task_id)
    assert len(task["strategies_tried"]) == 1 and task["status"] == "done"


def test_cancel_of_an_agent_task_cancels_its_child_in_the_ledger(claw):
    from scripted_model import Reply

    before = len(claw.tasks())
    claw.agent.child = lambda task_id, attempt, prompt: (
        Reply(hang=True) if "lease contract" in prompt else "DELIVERABLE: done")  # this child never answers
    claw.say("Do these for me:\n1. translate the lease contract into German")
    (task_id,) = claw.new_ids(before)
    claw.wait(lambda: (records := claw.ledger(task_id)) and records[0]["status"] == "running", what="the child running")
    out = claw.env.task_runner("cancel", task_id).stdout
    assert task_id in out
    claw.wait(lambda: claw.ledger(task_id)[0]["status"] == "cancelled", timeout=30, what="the child cancelled")
    assert claw.statuses([task_id])[task_id] in ("skipped", "cancelled")


WAKE_FROM_DETACHED = """
import json, os, sys
if os.fork():
    os._exit(0)
os.setsid()
if os.fork():
    os._exit(0)
for fd in (0, 1, 2):
    os.close(fd)
os.open(os.devnull, os.O_RDWR); os.dup(0); os.dup(0)
from task_runner import openclaw
ok = openclaw.wake("T-07 done — uname printed Linux", lambda key, default=None: default)
with open(sys.argv[1], "w") as handle:
    json.dump({"ok": ok, "tty": os.isatty(0), "own_session": os.getsid(0) != int(sys.argv[2])}, handle)
"""


def test_ledger_scratch_and_wake_calls_against_the_real_cli(claw, monkeypatch):
    from task_runner import openclaw
    from task_runner.workers import agent

    oc = claw.env
    for key, value in oc.env.items():
        monkeypatch.setenv(key, value)
    assert {task["label"] for task in openclaw.tasks_list()} >= {"T-01", "T-02"}
    assert openclaw.tasks_show("no-such-run") is None
    (record,) = [task for task in openclaw.tasks_list() if task["label"] == "T-01"][:1]
    assert openclaw.tasks_show(record["runId"])["childSessionKey"] == record["childSessionKey"]
    assert openclaw.tasks_cancel(record["runId"]) is False  # already terminal: nothing to stop
    assert openclaw.tasks_cancel("no-such-run") is False
    assert agent.ledger_outcome({"kind": "agent", "session": None, "run_id": "no-such-run"},
                                lambda key, default=None: default) is None
    job = openclaw.heartbeat_job()
    assert job and job["payload"]["kind"] == "heartbeat"
    content, revision = openclaw.get_scratch(job["id"])
    assert heartbeat.has_block(content) and revision >= 1
    assert openclaw.set_scratch(job["id"], content, expected_revision=revision) == revision + 1
    with pytest.raises(openclaw.OpenClawError, match="concurrently"):
        openclaw.set_scratch(job["id"], "a stale write\n", expected_revision=revision)
    assert openclaw.get_scratch(job["id"]) == (content, revision + 1)

    # a wake from a detached, terminal-less process (as a supervisor is) reaches the gateway
    result = oc.root / "wake.json"
    subprocess.run([sys.executable, "-c", WAKE_FROM_DETACHED, str(result), str(os.getsid(0))], env=oc.env,
                   check=True, timeout=30)
    deadline = time.monotonic() + 30
    while not result.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert json.loads(result.read_text()) == {"ok": True, "tty": False, "own_session": True}
