"""Beside a command, the reason for it: "can you make T-45 urgent please? the solicitor needs it by
tomorrow", "mach T-7 dringend, der Chef braucht es bis morgen". A statement in prose (no verb first,
no request, no list mark, no question) that points back with an object pronoun ("it", "es", "das")
speaks of the commanded task; it is no task of its own, even with a deadline in it ("the report must
be done by Friday", which names its own thing, stays a task)."""

from task_runner.parse import clean, lexicon, mode
from task_runner.parse.classify import delegates
from task_runner.parse.phrases import Tokens


def is_reason(task: dict) -> bool:
    item, trimmed, _ = task["_meta"]
    core = trimmed.core
    if item.listed or item.framed or trimmed.requested or trimmed.framed or trimmed.cue or item.cue:
        return False
    if clean.starts_with_verb(core) or delegates(core) or mode.is_question(core, item.text):
        return False
    words = Tokens(core[:200]).words
    return any(lexicon.PRONOUN_OBJECTS.at(words, at) == 1 and words[at - 1].isalpha() for at in range(2, len(words)))
