"""``task-runner intake`` and ``parse``: act on a chat message at once.

Parse (pure) → if it is about tasks: first-run setup, then control commands
and new tasks in one locked transaction → confirm from what was persisted →
one dispatch pass in the same call, so new work starts now, not at the next
heartbeat.
"""

import sys

from task_runner.errors import UserError

NOT_FOR_US = "Not a task request; nothing was queued. Answer the user directly."


def read_message(argument: str) -> str:
    message = sys.stdin.read() if argument == "-" else argument
    if not message.strip():
        raise UserError("the message is empty; pass the user's message as an argument or on stdin with -.", 2)
    return message


def run_parse(args, config) -> int:
    import json

    from task_runner.parse import parse_message

    print(json.dumps(parse_message(read_message(args.message)), ensure_ascii=False, indent=2))
    return 0


def apply_parsed(queue: dict, parsed: dict, config) -> dict:
    """Apply commands, then new tasks, inside one transaction; returns what changed."""
    from task_runner import control
    from task_runner.add import apply_specs

    outcomes = [control.apply(queue, command["verb"], command["ids"], command.get("selector"),
                              command.get("note"))
                for command in parsed["commands"]]
    added = apply_specs(queue, parsed["tasks"], config, "task") if parsed["tasks"] else []
    lines = [line for outcome in outcomes for line in control.summary_lines(outcome, queue)]
    return {"commands": outcomes, "added": added, "lines": lines}


def status_view(queue: dict, query: dict | None, wide: bool = False) -> tuple[list, str]:
    from task_runner.status import render, select

    query = query or {}
    chosen = select(queue["tasks"], query.get("ids") or [], query.get("status"))
    return chosen, render(chosen, queue["tasks"], wide)


def run(args, config) -> int:
    from task_runner.output import emit
    from task_runner.parse import parse_message

    parsed = parse_message(read_message(args.message))
    mode = parsed["mode"]
    document = {"ok": True, "mode": mode, "added": [], "commands": [], "status": None,
                "setup": None, "dispatch": None}
    if mode == "none":
        emit(args, document, NOT_FOR_US)
        return 0
    if mode == "dispatcher":
        from task_runner.dispatch import dispatch_and_report

        return dispatch_and_report(args, config)

    from task_runner.add import confirmation
    from task_runner.config import open_store
    from task_runner.control import stop_worker
    from task_runner.followup import follow_up, news
    from task_runner.setup import ensure_setup

    store = open_store(config)
    setup = ensure_setup(config, store)
    sections = [setup.message()]
    document["setup"] = setup.as_dict()
    with store.transaction() as queue:
        applied = apply_parsed(queue, parsed, config)
        sections += ["\n".join(applied["lines"])] if applied["lines"] else []
        if applied["added"]:
            sections.append(confirmation(applied["added"], queue))
    for outcome in applied["commands"]:
        for task in outcome["stop"]:
            stop_worker(task, config)
    document["added"] = applied["added"]
    document["commands"] = [{key: value for key, value in outcome.items() if key != "stop"}
                            | {"stopped": [task["id"] for task in outcome["stop"]]}
                            for outcome in applied["commands"]]
    document["ok"] = not any(outcome["rejected"] for outcome in applied["commands"])
    # A status request also gets a pass first: the table must show what is true now (finished or
    # lost workers recovered), not what was true at the last heartbeat.
    report = follow_up(args, config, store)
    if report is not None:
        document["dispatch"] = report.document
        sections.append(news(report))
    if parsed["status"]:
        chosen, table = status_view(store.read(), parsed.get("status_query"))
        document["status"] = {"tasks": chosen}
        sections.append(table)
    emit(args, document, "\n\n".join(section for section in sections if section))
    return 0 if document["ok"] else 1
