"""What the words around a control command found by commands.py say about it: that the user refuses
it ("don't cancel T-03", "T-03 不用取消") or orders another final state after it ("T-22 on laisse
tomber, annule")."""

from task_runner.parse import lexicon
from task_runner.parse.queue_verbs import QUEUE_VERBS

_NEGATION_AFTER = lexicon.phrases("negations_after")  # "キャンセルしないで", "annule pas"
_CLAUSE_BREAK = frozenset(".!?;。！？；,，")
_ID_BEFORE = {verb: table for verb, table in lexicon.CONTROL_BEFORE.items() if verb not in QUEUE_VERBS}


def restated_verb(words: list[str], finish: int, right: int) -> str | None:
    """The final state a clause after the command orders again (notes.restated_verb), the rest of the
    sentence or only its next clause: "T-217 不用做了 skip 掉，另外帮我写个周报" skips T-217."""
    from task_runner.parse import notes  # only when a command is found

    at = finish
    while at < right and words[at] in _CLAUSE_BREAK:
        at += 1
    stop = next((index for index in range(at, right) if words[index] in _CLAUSE_BREAK), right)
    return notes.restated_verb(words, finish, right) or (notes.restated_verb(words, finish, stop) if stop < right else None)


def negated(words: list[str], verb: str, left: int, begin: int, end: int, finish: int) -> bool:
    """"don't cancel T-03", "T-03 不用取消", "T-03はキャンセルしないで": a negation just before the verb
    (before the ids, or between them and a verb after them) or one that follows the verb refuses the
    order. A reason between id and verb ("T-03不需要了，取消吧") is no negation of the verb."""
    if any(_negation(words, at) for at in range(max(left, begin - 2), begin)) or _NEGATION_AFTER.at(words, finish) \
            or finish > 0 and _NEGATION_AFTER.at(words, finish - 1):
        return True
    if "".join(words[end:finish]) in lexicon.NEGATIONS and any(table.at(words, finish) for table in _ID_BEFORE.values()):
        return True  # "T-5不要重试": what read as the verb ("不要", Japanese "unneeded") negates the verb after it
    tables = [table for table in (lexicon.CONTROL_AFTER.get(verb), _ID_BEFORE.get(verb)) if table is not None]
    return any(_negation(words, at) and any(table.at(words, later) for later in (at + 1, at + 2) for table in tables)
               for at in range(end, finish))  # "T-37 不要 cancel 掉": an opener after the negation is refused too


def _negation(words: list[str], at: int) -> bool:
    """A negation word, not the middle of an A-not-A question ("能不能取消T-5", "T-205失败了，能不能再跑一遍？")."""
    return words[at] in lexicon.NEGATIONS and not (0 < at < len(words) - 1 and words[at - 1] == words[at + 1])
