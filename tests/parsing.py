"""What the parser tests share: the moment they parse at (a Friday, 10:00 UTC) and a parse at it."""

from datetime import datetime, timezone

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def parse_at_now(text: str) -> dict:
    return parse_message(text, now=NOW)


def commands_of(doc: dict) -> list[tuple]:
    """(verb, ids, selector) of each command of a parse document."""
    return [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]]
