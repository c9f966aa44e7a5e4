"""``parse``: the parse contract document of a chat message, with no side effects.

Its own module so that it imports the parser and nothing of the queue.
"""

import json

from task_runner.commands import Result
from task_runner.parse import parse_message


def parse(message: str) -> Result:
    parsed = parse_message(message)
    return Result(parsed, json.dumps(parsed, ensure_ascii=False, indent=2), 0)  # the contract document, always
