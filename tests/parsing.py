"""What the parser tests share: the moment they parse at (a Friday, 10:00 UTC) and a parse at it."""

from datetime import datetime, timezone

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def parse_at_now(text: str) -> dict:
    return parse_message(text, now=NOW)


def commands_of(doc: dict) -> list[tuple]:
    """(verb, ids, selector) of each command of a parse document."""
    return [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]]


def intake_at_now(text: str) -> dict:
    """The parse document of a message that must be read as intake (anything else fails the test)."""
    doc = parse_at_now(text)
    assert doc["mode"] == "intake", doc
    return doc


def tasks_at_now(text: str) -> list[dict]:
    """The tasks of an intake parse (a message read as anything else fails the test)."""
    return intake_at_now(text)["tasks"]


def descriptions_at_now(text: str) -> list[str]:
    return [task["description"] for task in tasks_at_now(text)]


def starts_at_now(text: str) -> list:
    """Each task's not_before."""
    return [task["schedule"]["not_before"] for task in tasks_at_now(text)]


def dues_at_now(text: str) -> list:
    """Each task's due."""
    return [task["schedule"]["due"] for task in tasks_at_now(text)]
