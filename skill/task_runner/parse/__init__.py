"""Natural-language parser: one chat message → the design.md §4 ``parse --json`` document.

Pure: no queue access, no files, no clock other than ``now`` (defaults to timeutil.now()).
Cheap to import (one CLI call parses one message in a fresh process): the rules that turn items
into tasks (tasks.py) load only for a message that has items, and the schedule rules, datetime
and the clock only for an item that mentions a time.
Pipeline: sanitize → unwrap agent wrappers → dispatcher? → mask spans (code, quotes, URLs, paths) and fix typos →
how-to question? → control commands and status requests → split the rest into items → trim,
classify, schedule, link dependencies (tasks.py) → decide the mode.
"""

from task_runner.parse import chat_only, clean, commands, doubts, id_alternatives, mail, mode, preambles, split, unread
from task_runner.parse.list_asks import has_open_boxes
from task_runner.parse.queue_verbs import QUEUE_VERBS
from task_runner.parse.text import Masked, Repaired, sanitize
from task_runner.parse.wrappers import unwrap

_QUOTE_MARKS = "\"'“”«»„「」『』‘’ "  # around a quoted group name, no part of it

MAX_TASKS = 100  # a brain dump is 10–30 items; beyond this the message is not a task list


def parse_message(text, now=None) -> dict:
    """The parse document for one message (any input: bytes, junk and megabytes are fine);
    ``now``, an aware datetime, is the moment relative times count from (default: the clock)."""
    unwrapped = unwrap(sanitize(text))
    text = unwrapped.text
    event = mode.system_event(text)
    if event or unwrapped.reminder:
        return _empty(event or "none")  # a reminder the agent set for itself is not a request to queue work
    pasted = mail.quoted(text)  # a pasted mail: the quoted material of the ask, no tasks of its own
    mailed, text = pasted != text, pasted
    masked = Masked(text)
    repaired = Repaired(masked.text)
    body = repaired.text
    unsure = [doubts.language_reason()] if doubts.foreign_script(text) else []
    if mode.is_how_to(body) or chat_only.is_chat_only(body):
        return _empty("intake" if unsure else "none", unsure)
    found = commands.extract(body)
    if found.status is not None and not found.status["ids"] and not found.commands and has_open_boxes(body):
        found.status = None  # "…☐ rentar 40 sillas\nme ayudas con lo que falta?": what is left of the pasted list
    for command in found.commands:
        span = command["note"]
        command["note"] = masked.restore(repaired.original(*span)) if span else None
        if command["note"] and command["verb"] in QUEUE_VERBS:
            command["note"] = command["note"].strip(_QUOTE_MARKS) or command["note"]  # a group's name: "pause the “deploy” group"
    quoted = mode.quotes_examples(text) or (not (found.commands or found.status) and mode.narrative_question(text))
    items = [] if quoted else preambles.lead_in_questions(preambles.drop_preambles(split.split_body(found.rest)))
    tasks, reasons, read = _tasks_of(items, masked, body, found, now)
    unsure += reasons + id_alternatives.either_ids(body)
    if not (found.commands or found.status or tasks):
        unsure += [] if quoted else doubts.message_reasons(clean.trim(masked.restore(found.rest)).core)
        if not (unsure or quoted or read):  # a request no rule read as work is handed over, never dropped
            unsure += unread.unread_requests([masked.restore(item.text) for item in items])
        if not (unsure or quoted) and items:
            unsure += doubts.message_hedged(clean.trim(masked.restore(found.rest)).core)
        unsure += unread.unclaimed_ids(unread.named_ids(body), {}) if not quoted else []
        if not (unsure or quoted):  # "reprend la file", "ponto de situação das tarefas": never answered as chat unsaid
            unsure += unread.about_the_queue(body)
        if mailed and not unsure:  # "hier die Mail vom Vermieter, kümmer dich drum" + the mail: handed over, never chat
            unsure.append(mail.handed_over(clean.trim(masked.restore(found.rest)).core))
        return _empty("intake" if unsure else "none", unsure)
    document = {"mode": "intake", "status": found.status is not None, "commands": found.commands, "tasks": tasks,
                "unsure": unsure}
    if found.status is not None:
        if found.status["ids"]:
            found.status["status"] = None
        document["status_query"] = found.status
    unsure += mail.vague_handovers(tasks) if mailed and not unsure else []
    withdrawn = {unread.id_number(i) for command in found.commands for i in command.pop("_withdrawn", ())}
    unsure += unread.unclaimed_ids([n for n in unread.named_ids(body) if n not in withdrawn], document)
    return document


def _tasks_of(items: list, masked: Masked, body: str, found: commands.Found, now) -> tuple[list[dict], list[str], bool]:
    """The items' tasks and doubts, and whether some item read as a task even if the message then
    turns out to ask for none (tasks.py, loaded only for a message that has items)."""
    if not items:
        return [], [], False
    from task_runner.parse.tasks import tasks_of

    return tasks_of(items, masked, body, found, now, MAX_TASKS)


def _empty(kind: str, unsure: list[str] | None = None) -> dict:
    return {"mode": kind, "status": False, "commands": [], "tasks": [], "unsure": unsure or []}
