"""``intake`` and ``parse``: act on a chat message at once.

Parse (pure) → if it is about tasks: first-run setup, then control commands and
new tasks in one locked transaction → confirm from what was persisted → the
follow-up pass in the same call, so new work starts now, not at the next
heartbeat. A status request gets the table after that pass, so it shows what
is true now.
"""


from task_runner import control, render, render_intake, render_steer, steering
from task_runner.commands import Result
from task_runner.commands.flow import change_queue, news
from task_runner.config import open_store
from task_runner.setup import ensure_setup
from task_runner.specs import apply_specs, dedupe_minutes, fixed_settings


def left_out(message: str, parsed: dict) -> dict | None:
    """What of ``message`` the parser did not read or queue (None: nothing), so intake can say it.

    The parser keeps the first ``MAX_CHARS`` characters (parse/text.py ``sanitize``) and the first
    ``MAX_TASKS`` tasks (parse/__init__.py ``_tasks``) without saying so; a parse document that
    has its own ``left_out`` wins over this count, which counts the message's list items.
    """
    from task_runner.parse import MAX_TASKS
    from task_runner.parse.text import MAX_CHARS

    unread = max(0, len(message) - MAX_CHARS)
    full = len(parsed.get("tasks") or ()) >= MAX_TASKS
    if not (unread or full):
        return None
    items = _list_items(message)
    return {"tasks_limit": MAX_TASKS, "at_tasks_limit": full, "items_left_out": max(0, items - MAX_TASKS) if full else 0,
            "chars_limit": MAX_CHARS, "chars": len(message), "chars_unread": unread}


def _list_items(message: str) -> int:
    """Lines that open like a list item ("12. ", "3) ", "- ", "* ", "• ")."""
    count = 0
    for line in message.splitlines():
        head = line.lstrip()[:12]
        number = head.split(".", 1)[0].split(")", 1)[0]
        if head[:2] in ("- ", "* ", "• ") or (number.isdigit() and head[len(number):len(number) + 1] in (".", ")")):
            count += 1
    return count


def _chat_specs(tasks: list) -> list:
    """The parsed tasks as specs. A command quoted in chat is a task's command only in a
    code-execution task the user asked to run; quoted in anything else ("text Bob: please run
    `make deploy` tonight", "write a doc explaining `rm -rf`") it stays words (issue 10)."""
    return [task if task.get("type") == "code-execution" or not task.get("command")
            else {key: value for key, value in task.items() if key != "command"} for task in tasks]


def _apply_parsed(config, parsed: dict):
    def apply(queue, policy):
        outcomes = [steering.apply_command(queue, command["verb"], command["ids"], command.get("selector"),
                                           command.get("note"), policy, chat=True)
                    if command["verb"] in steering.VERBS else
                    control.apply(queue, command["verb"], command["ids"], command.get("selector"), command.get("note"), policy)
                    for command in parsed["commands"]]
        duplicates = []  # a redelivered chat message queues nothing twice
        added = apply_specs(queue, _chat_specs(parsed["tasks"]), config.effective(queue, "maxRetries"), config.dir,
                            dedupe_minutes=dedupe_minutes(config), duplicates=duplicates,
                            fixed=fixed_settings(config)) if parsed["tasks"] else []
        lines = [line for outcome in outcomes for line in render.control_lines(outcome, queue)]
        said = [render.confirmation(added, queue) if added else "", render_steer.duplicates_text(duplicates),
                render.left_out_text(parsed["left_out"]) if parsed.get("left_out") else ""]
        return {"commands": outcomes, "added": added, "lines": lines, "duplicates": duplicates,
                "confirmation": "\n".join(filter(None, said)),
                "stop": [stop for outcome in outcomes for stop in outcome["stop"]]}

    return apply


def intake(config, message: str, dispatch_after: bool = True) -> Result:
    from task_runner.parse import parse_message

    parsed = parse_message(message)
    parsed.setdefault("left_out", left_out(message, parsed))
    mode = parsed["mode"]
    if mode == "dispatcher":
        from task_runner.commands.passes import dispatch  # the archive with it: only for a dispatcher event

        return dispatch(config)
    document = {"ok": True, "mode": mode, "added": [], "commands": [], "status": None, "setup": None,
                "dispatch": None, "unsure": parsed.get("unsure", []), "left_out": parsed["left_out"]}
    if mode == "none":
        return Result(document, render.NOT_FOR_US)
    unsure = document["unsure"]
    if unsure and not (parsed["tasks"] or parsed["commands"] or parsed["status"]):
        return Result(dict(document, ok=True, handover=True), render_intake.unreadable_text(unsure))
    setup = ensure_setup(config, open_store(config))
    document["setup"] = setup.as_dict()
    change = change_queue(config, _apply_parsed(config, parsed), dispatch_after)
    applied = change.applied
    text, delivered, delivery = news(config, change)
    document.update(
        added=applied["added"], duplicates=applied["duplicates"], ok=not any(outcome["rejected"] for outcome in applied["commands"]),
        commands=[{key: value for key, value in outcome.items() if key != "stop"} for outcome in applied["commands"]],
        dispatch=change.report.document(delivered) if change.report else None)
    sections = [setup.message(), "\n".join(applied["lines"]), applied["confirmation"], text,
                render_intake.doubts_text(unsure, applied["added"]) if unsure else ""]
    if parsed["status"]:
        from task_runner.commands.status import table  # only when the message asks for the status

        query = parsed.get("status_query") or {}
        chosen, shown = table(config, open_store(config).read(), query.get("ids") or [], query.get("status"))
        document["status"] = {"tasks": chosen}
        sections.append(shown)
    return Result(document, "\n\n".join(section for section in sections if section),
                  0 if document["ok"] else 1, delivery)
