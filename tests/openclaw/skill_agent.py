"""A scripted model that follows SKILL.md literally, for driving a real OpenClaw gateway.

It is the `script(request, wire) -> Reply` of tests/scripted_model.py. OpenClaw sends the whole
conversation with every request; the agent decides from its last messages, as a model would:

- a user message -> `exec task-runner intake -` with the user's words on stdin (the wrapper OpenClaw puts
  around them left out, as SKILL.md asks; ``pass_wrapper`` passes everything, as a sloppy model does);
- a system event or cron reminder that CONTAINS `TASK_RUNNER_DISPATCH`, or a heartbeat whose monitor scratch
  holds our block -> `exec task-runner dispatch`;
- a sub-agent completion ("A background task completed … task: T-NN … <prompt-data>…</prompt-data>") ->
  `exec task-runner report T-NN --ok --result …` (or `--failed --reason … --action …` when the child wrote
  BLOCKED, `--failed --reason <status>` when its run failed), unless the scenario drops that report; a
  "… has now settled" batch repeating completions -> a report only for those not reported yet;
- a tool result after one of our `task-runner` commands: the part under "## For the agent only (do not
  relay)" becomes one `tool_call {"id": "sessions_spawn", …}` per task; their results become
  `task-runner attach` commands; a result "Skipped to process an incoming message." is run again;
  otherwise the reply is the relayable part of the turn's outputs, or NO_REPLY when there is none;
- a `System: [time] TASK_RUNNER_DISPATCH: …` line in the turn's context (OpenClaw drains a wake sent while
  the session was busy into whatever turn comes next: a user's message, a completion) -> `dispatch` too,
  after that turn's own commands;
- a sub-agent's own turn ("[Subagent Task]") -> ``child(task_id, attempt, prompt)``: its text, or a
  Reply (an HTTP error, a model that never answers).

Everything it did is in ``actions`` (kind, details) for the tests' assertions.
"""

import json
import re
import shlex
import threading

from scripted_model import Reply

AGENT_ONLY = "## For the agent only (do not relay)"
INTERNAL = "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>"
SKIPPED = "Skipped to process an incoming message."
_SYSTEM_EVENT = re.compile(r"System: \[[^\]]*\] ([^\"\\\n]*TASK_RUNNER_DISPATCH[^\"\\\n]*)")
RUNTIME_EVENTS = ("An async command completion event", "[OpenClaw runtime event]", "System:")
_WRAPPER_HEAD = re.compile(r"^\[[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d [A-Z]+\] ")
_PLAN = re.compile(r"--- prompt for (T-\d+) ---\n(.*?)\n--- end of prompt for \1 ---", re.DOTALL)
_TIMEOUT = re.compile(r"^(T-\d+): Call sessions_spawn with label \"T-\d+\", runTimeoutSeconds (\d+)", re.MULTILINE)


def text_of(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def users_words(text: str) -> str:
    """What the user wrote: OpenClaw's `[Tue 2026-12-01 14:53 UTC] ` prefix and `Runtime: …` trailer removed."""
    text = _WRAPPER_HEAD.sub("", text, count=1)
    return re.split(r"\n\nRuntime: agent=", text, maxsplit=1)[0].strip()


def exec_call(command: str) -> dict:
    """SKILL.md: give exec a yieldMs of 60000, so a first command that sets up OpenClaw (10-30 s) is not
    sent to the background ("Command still running …")."""
    return {"name": "exec", "arguments": {"command": command, "yieldMs": 60000}}


class SkillAgent:
    def __init__(self, child=None):
        self.child = child or (lambda task_id, attempt, prompt: f"Done.\nDELIVERABLE: finished {task_id}")
        self.pass_wrapper = False
        self.drop_attach: set = set()  # task ids whose attach the agent "loses"
        self.drop_report: set = set()  # task ids whose completion the agent answers with NO_REPLY
        self.actions: list = []
        self.child_prompts: dict = {}  # task id -> [prompt of each attempt]
        self.lock = threading.Lock()

    def record(self, kind: str, **details) -> None:
        with self.lock:
            self.actions.append((kind, details))

    def done(self, kind: str, **match) -> list:
        with self.lock:
            return [d for k, d in self.actions if k == kind and all(d.get(key) == v for key, v in match.items())]

    # --- the model -------------------------------------------------------------------------------

    def __call__(self, request: dict, wire: str) -> Reply:
        self.request = request
        messages = [m for m in request.get("messages", []) if not text_of(m).startswith(INTERNAL)]
        if not messages:
            return Reply(text="NO_REPLY")
        last = messages[-1]
        if last["role"] == "tool":
            return self.after_tools(messages)
        if last["role"] != "user":
            return Reply(text="NO_REPLY")
        return self.new_turn(text_of(last), messages)

    def new_turn(self, text: str, messages: list) -> Reply:
        if "[Subagent Task]" in text and "You are running as a subagent" in text:
            return self.child_turn(text)
        if "has now settled" in text:  # a batch repeating completions: report only those not reported yet
            return self.or_dispatch(self.settled(text))
        if "A background task completed" in text or "[Internal task completion event]" in text:
            return self.or_dispatch(self.completion(text))
        heartbeat = "heartbeat monitor scratch" in text.lower() or "[OpenClaw heartbeat poll]" in text
        runtime = text.startswith(RUNTIME_EVENTS) or users_words(text).startswith(RUNTIME_EVENTS)
        wake = self.wake_event()
        if wake and (heartbeat or runtime or "TASK_RUNNER_DISPATCH" in text):
            self.record("dispatch", trigger=wake)
            return Reply(tool_calls=[exec_call("task-runner dispatch")])
        if heartbeat:
            # our block in the monitor scratch says what to run (it may arrive in a context message)
            context = "\n".join(text_of(m) for m in self.request.get("messages", ()))
            match = re.search(r"run `(task-runner dispatch[^`]*)`", context)
            self.record("heartbeat", prompt=text, ours=bool(match))
            if match:
                return Reply(tool_calls=[exec_call(match.group(1))])
            return Reply(text="NO_REPLY")
        if "TASK_RUNNER_DISPATCH" in text:
            self.record("dispatch", trigger=text)
            return Reply(tool_calls=[exec_call("task-runner dispatch")])
        if runtime:
            self.record("runtime-event", text=text)  # OpenClaw talking, not the user: nothing for intake
            return Reply(text="NO_REPLY")
        words = text if self.pass_wrapper else users_words(text)
        self.record("intake", words=words)
        return Reply(tool_calls=[exec_call(
            f"task-runner intake - <<'TASK_RUNNER_MESSAGE_END'\n{words}\nTASK_RUNNER_MESSAGE_END")])

    def wake_event(self) -> str | None:
        """The last ``TASK_RUNNER_DISPATCH`` system event of this turn: OpenClaw drains queued system events
        into the next turn's context block as "System: [time] …" lines, whatever that turn is about (a
        wake sent while the session was busy can ride on a sub-agent's completion)."""
        context = "\n".join(text_of(m) for m in self.request.get("messages", ()) if text_of(m).startswith(INTERNAL))
        events = _SYSTEM_EVENT.findall(context)
        return events[-1] if events else None

    def or_dispatch(self, reply: Reply) -> Reply:
        """SKILL.md: a system event holding TASK_RUNNER_DISPATCH means `dispatch`, also inside another turn;
        when that turn has nothing else to run, dispatch now (after_tools does it after its commands)."""
        wake = self.wake_event()
        if wake and not reply.tool_calls:
            self.record("dispatch", trigger=wake)
            return Reply(tool_calls=[exec_call("task-runner dispatch")])
        return reply

    def child_turn(self, text: str) -> Reply:
        match = re.search(r"\[Subagent Task\]\s*\n(.*?)\n\s*Begin\.", text, re.DOTALL)
        prompt = match.group(1).strip() if match else text
        task = re.search(r"worker for task (T-\d+)", prompt)
        attempt = re.search(r"^Attempt: (\d+)", prompt, re.MULTILINE)
        task_id = task.group(1) if task else "?"
        with self.lock:
            self.child_prompts.setdefault(task_id, []).append(prompt)
        self.record("child", id=task_id)
        answer = self.child(task_id, int(attempt.group(1)) if attempt else 1, prompt)
        return answer if isinstance(answer, Reply) else Reply(text=answer)

    def settled(self, text: str) -> Reply:
        reported = {d["id"] for d in self.done("report")}
        missing = [task_id for task_id in dict.fromkeys(re.findall(r"^task: (T-\d+)", text, re.MULTILINE))
                   if task_id not in reported]
        self.record("settled", missing=missing)
        if not missing:
            return Reply(text="NO_REPLY")
        return self.completion(text.split(f"task: {missing[0]}", 1)[0][-200:] + f"task: {missing[0]}"
                               + text.split(f"task: {missing[0]}", 1)[1])

    def completion(self, text: str) -> Reply:
        task = re.search(r"^task: (T-\d+)", text, re.MULTILINE)
        result = re.search(r"<prompt-data>\n(.*?)\n</prompt-data>", text, re.DOTALL)
        task_id, result = (task.group(1) if task else None), (result.group(1) if result else "")
        if task_id is None or task_id in self.drop_report:
            self.record("completion-ignored", id=task_id)
            return Reply(text="NO_REPLY")
        status = re.search(r"^status: (.*)$", text, re.MULTILINE)
        status = status.group(1).strip() if status else "completed"
        self.record("report", id=task_id, result=result, status=status)
        blocked = re.search(r"^BLOCKED:\s*(.*)$", result, re.MULTILINE)
        if not status.startswith("completed"):  # the sub-agent's run itself failed
            command = (f"task-runner report {task_id} --failed --reason {shlex.quote(status)}"
                       + (f" --result {shlex.quote(result)}" if result else ""))
        elif blocked:
            actions = re.findall(r"^ACTION:\s*(.*)$", result, re.MULTILINE)
            command = (f"task-runner report {task_id} --failed --reason {shlex.quote(blocked.group(1))}"
                       + "".join(f" --action {shlex.quote(action)}" for action in actions))
        else:
            command = f"task-runner report {task_id} --ok --result {shlex.quote(result)}"
        return Reply(tool_calls=[exec_call(command)])

    def after_tools(self, messages: list) -> Reply:
        index = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
        calls = messages[index].get("tool_calls") or []
        results = {m.get("tool_call_id"): text_of(m) for m in messages[index + 1:] if m["role"] == "tool"}
        skipped = [call for call in calls if results.get(call.get("id"), "").strip() == SKIPPED]
        if skipped:  # SKILL.md: run a skipped command again
            self.record("rerun", calls=[call["function"]["name"] for call in skipped])
            return Reply(tool_calls=[{"name": call["function"]["name"],
                                      "arguments": json.loads(call["function"]["arguments"] or "{}")}
                                     for call in skipped])
        spawned = []
        for call in calls:
            arguments = json.loads(call["function"]["arguments"] or "{}")
            if call["function"]["name"] == "tool_call" and arguments.get("id") == "sessions_spawn":
                spawned.append((arguments["args"]["label"], spawn_result(results.get(call["id"], ""))))
        if spawned:
            commands = []
            for label, result in spawned:
                if label in self.drop_attach or not result.get("childSessionKey"):
                    self.record("attach-dropped", id=label)
                    continue
                self.record("attach", id=label, session=result["childSessionKey"], run=result.get("runId"))
                commands.append(f"task-runner attach {label} --session {shlex.quote(result['childSessionKey'])}"
                                f" --run {shlex.quote(result.get('runId') or '')}")
            if commands:
                return Reply(tool_calls=[exec_call(" ; ".join(commands))])
            return self.final(messages)
        output = next((results.get(call["id"], "") for call in calls if call["function"]["name"] == "exec"), "")
        if AGENT_ONLY in output:
            plan = _PLAN.findall(output)
            timeouts = dict(_TIMEOUT.findall(output))
            self.record("spawn", ids=[task_id for task_id, _ in plan])
            return Reply(tool_calls=[{"name": "tool_call", "arguments": {"id": "sessions_spawn", "args": {
                "task": prompt, "label": task_id, "runTimeoutSeconds": int(timeouts.get(task_id, 1800))}}}
                for task_id, prompt in plan])
        wake = self.wake_event()
        if wake and not self.ran_this_turn(messages, "task-runner dispatch"):
            self.record("dispatch", trigger=wake)
            return Reply(tool_calls=[exec_call("task-runner dispatch")])
        return self.final(messages)

    @staticmethod
    def commands_this_turn(messages: list) -> list:
        """(exec command, its output) of every exec call since the turn's user message."""
        turn = messages[max(i for i, m in enumerate(messages) if m["role"] == "user") + 1:]
        results = {m.get("tool_call_id"): text_of(m) for m in turn if m["role"] == "tool"}
        return [(json.loads(call["function"]["arguments"] or "{}").get("command", ""), results.get(call["id"], ""))
                for m in turn if m["role"] == "assistant" for call in m.get("tool_calls") or ()
                if call["function"]["name"] == "exec"]

    def ran_this_turn(self, messages: list, command: str) -> bool:
        return any(ran.startswith(command) for ran, _ in self.commands_this_turn(messages))

    def final(self, messages: list) -> Reply:
        """The relayable parts of this turn's intake/dispatch/report outputs (never the agent-only part)."""
        outputs = [output.split(AGENT_ONLY)[0].strip() for command, output in self.commands_this_turn(messages)
                   if re.match(r"task-runner (intake|dispatch|report|status)", command)
                   and output.strip() != SKIPPED]
        quiet = [output for output in outputs if not output or output.startswith(("HEARTBEAT_OK", "⏳ Nothing new"))]
        relay = "\n\n".join(output for output in outputs if output not in quiet)
        if not relay:
            return Reply(text="HEARTBEAT_OK" if any(quiet) else "NO_REPLY")
        self.record("relay", text=relay)
        return Reply(text=relay)


def spawn_result(text: str) -> dict:
    """`childSessionKey` and `runId` from a tool_call(sessions_spawn) result as OpenClaw 2026.9 returns it."""
    try:
        document = json.loads(text)
    except ValueError:
        return {}
    result = document.get("result") if isinstance(document, dict) else None
    details = result.get("details") if isinstance(result, dict) else None
    if isinstance(details, dict) and details.get("childSessionKey"):
        return details
    for part in (result or {}).get("content") or ():
        try:
            inner = json.loads(part.get("text", ""))
        except ValueError:
            continue
        if isinstance(inner, dict) and inner.get("childSessionKey"):
            return inner
    return {}
