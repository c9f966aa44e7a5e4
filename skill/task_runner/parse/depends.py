"""Which earlier tasks (0-based, same message) or existing tasks (T-NN) an item waits for.

Cues, in order: an existing id after "after/once/when/depends on"; the sequencer the item
started with ("then", "after that", "and if it is"); "once X is done" naming an earlier item;
result words ("with the result", "whatever fails", "based on that"); a pronoun object right
after the verb ("send it", "look it up and text it"); a definite noun naming what an earlier
item produced ("write a report" … "send the report").
"""

import re

from task_runner.parse import lexicon
from task_runner.parse.commands import expand_ids
from task_runner.parse.lexicon import alternation

_AFTER_ID = re.compile(
    r"(?:after|once|when|as\s+soon\s+as|following|depends?\s+on|dependent\s+on|wait\s+for|blocked\s+by|después\s+de|cuando"
    r"|nach|sobald|wenn|等|在)\s+(?:task\s+)?(?P<ids>" + lexicon.ID_LIST + r")",
    re.IGNORECASE,
)
_ONCE = re.compile(
    r"(?:^|\b)(?:" + alternation("DEP_ONCE") + r")\s+(?P<what>.{1,80}?)\s+(?:is|are|has\s+been|have\s+been|'s|gets?|comes?)?\s*(?:"
    + alternation("DEP_DONE") + r")\b",
    re.IGNORECASE,
)
_RESULT = re.compile(r"(?<!\w)(?:" + alternation("DEP_RESULT") + r")(?!\w)", re.IGNORECASE)
_PRONOUN = re.compile(
    r"^(?P<verb>[\w'-]+)\s+(?:(?:me|us|him|her|them|mir|uns|ihm|ihr)\s+)?(?:up\s+|out\s+|over\s+|back\s+)?"
    r"(?:" + alternation("PRONOUN_OBJECTS") + r")\b",
    re.IGNORECASE,
)
_ES_ENCLITIC = re.compile(r"^\w+(?:lo|la|los|las)\b", re.IGNORECASE)
_THE_NOUN = re.compile(r"\b(?:the|that|those|this|these|el|la|los|las|den|die|das)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]{3,})\b", re.IGNORECASE)
_PRODUCERS = re.compile(
    r"\b(?:write|create|draft|generate|make|prepare|compile|pull|collect|gather|find|research|get|fetch|download|build"
    r"|summari[sz]e|export|record|take|put\s+together|produce|design|book|order|buy|look\s+up|scrape|crea|escribe|prepara"
    r"|erstelle|schreibe|finde)\b",
    re.IGNORECASE,
)
_STOP_NOUNS = frozenset("thing things one ones way time day week stuff same team user client".split())


def dependencies(cores: list[str], cues: list[str]) -> list[list]:
    """depends_on for every item; ``cores`` are the trimmed texts, ``cues`` their sequencer cues."""
    result = []
    for index, core in enumerate(cores):
        deps: list = []
        for match in _AFTER_ID.finditer(core):
            deps.extend(i for i in expand_ids(match.group("ids")) if i not in deps)
        if index:
            earlier = _earlier(core, cues[index], cores[:index])
            if earlier is not None and earlier not in deps:
                deps.insert(0, earlier)
        result.append(deps)
    return result


def _earlier(core: str, cue: str, before: list[str]) -> int | None:
    previous = len(before) - 1
    once = _ONCE.search(core)
    if once:
        named = _mentioned(once.group("what"), before)
        return previous if named is None else named
    if cue in ("then", "cond") or _RESULT.search(core):
        return previous
    if _PRONOUN.match(core) and _PRONOUN.match(core).group("verb").lower() in lexicon.VERBS:
        return previous
    if lexicon.CJK.search(core) and re.search(r"它|结果|这个", core):
        return previous
    first = core.split(" ", 1)[0]
    if first.lower() in lexicon.VERBS and _ES_ENCLITIC.match(first) and not first.lower().endswith(("ala", "ola")):
        return previous
    for match in _THE_NOUN.finditer(core):
        noun = match.group("noun").lower().rstrip("s")
        if noun in _STOP_NOUNS:
            continue
        for position in range(previous, -1, -1):
            if _PRODUCERS.search(before[position]) and re.search(r"\b" + re.escape(noun) + r"s?\b", before[position], re.IGNORECASE):
                return position
    return None


def _mentioned(words: str, before: list[str]) -> int | None:
    """The latest earlier item sharing a content word with ``words`` ("once the backup is done")."""
    content = [w for w in re.findall(r"[\w-]{4,}", words.lower()) if w not in ("that", "this", "those", "these", "everything")]
    for position in range(len(before) - 1, -1, -1):
        lowered = before[position].lower()
        if any(w.rstrip("s") in lowered for w in content):
            return position
    return None
