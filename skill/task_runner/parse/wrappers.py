"""Agent wrappers around the user's words, removed before any rule reads the message.

OpenClaw (2026.9) passes a chat message as ``[Tue 2026-12-01 14:53 UTC] <text>`` plus a
``\\n\\nRuntime: agent=main | session=…`` trailer, sometimes after a runtime-event preface
between ``[[OPENCLAW_INTERNAL_CONTEXT_BEGIN]]`` and ``[[OPENCLAW_INTERNAL_CONTEXT_END]]``; a
cron job arrives as "A scheduled reminder has been triggered. The reminder content is: …".
An agent told to pass the message "exactly" passes all of it, so the parser takes it off.
"""

import re

from task_runner.parse.patterns import Lazy

_CONTEXT_BEGIN, _CONTEXT_END = "[[OPENCLAW_INTERNAL_CONTEXT_BEGIN]]", "[[OPENCLAW_INTERNAL_CONTEXT_END]]"
_STAMP = Lazy(r"^\s*\[[A-Z][a-z]{2},? \d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?: ?[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?"
              r"| ?[+-]\d{2}:?\d{2})?\][ \t]*")
_TRAILER = Lazy(r"\n[ \t]*Runtime: agent=[^\n]*(?:\n[^\n]*){0,3}\s*$")
_REMINDER = Lazy(r"^\s*A scheduled reminder has been triggered\. The reminder content is:\s*(?P<content>.*?)"
                 r"(?:\n\s*Handle this reminder internally\..*)?$", re.DOTALL)


class Unwrapped:
    """The user's text, and whether it came inside a scheduled-reminder wrapper (a system event)."""

    __slots__ = ("text", "reminder")

    def __init__(self, text: str, reminder: bool):
        self.text, self.reminder = text, reminder


def unwrap(text: str) -> Unwrapped:
    while _CONTEXT_BEGIN in text:
        start = text.index(_CONTEXT_BEGIN)
        end = text.find(_CONTEXT_END, start)
        text = text[:start] + (text[end + len(_CONTEXT_END):] if end >= 0 else "")
    if "Runtime: agent=" in text:
        text = _TRAILER.sub("", text)
    if text.lstrip().startswith("["):
        text = _STAMP.sub("", text, count=1)
    reminder = False
    if "A scheduled reminder has been triggered" in text[:200]:
        match = _REMINDER.match(text)
        if match:
            text, reminder = match.group("content").strip(), True
    return Unwrapped(text, reminder)
