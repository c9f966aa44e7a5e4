"""The goal a task gets from its description: one module for the queue (lifecycle.py) and the
chat parser (parse/tasks.py), which must agree and which the parser reaches without importing
the queue's modules."""

import re

LIST_MARK = r"^\s*(?:[-*•+]\s+|\d+[.)]\s+|\[[ xX]?\]\s+)"


def make_goal(description: str) -> str:
    """A one-sentence objective from the user's words: list marks and extra spaces gone, one final stop."""
    head = description.lstrip()[:1]
    if head and (head in "-*•+[" or head.isdigit()):  # else no list mark, and no pattern to compile
        description = re.sub(LIST_MARK, "", description)
    text = " ".join(description.split()).rstrip(" .;,:!")
    return text[:1].upper() + text[1:] + "." if text else ""
