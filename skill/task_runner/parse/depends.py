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
_THE_NOUN = re.compile(r"\b(?:the|that|those|el|la|los|las|den|die|das)\s+(?P<phrase>[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)
_FUNCTION = frozenset("""
and or of to for in on with from at by that which who about as into onto than then but so if when while before after
is are was were be it them me us my your our their his her this these those a an the
""".split())
_STOP_NOUNS = frozenset("thing things one ones way time day week month year stuff same team user client end rest".split())
# Verbs whose object is something new that later items can refer to as "the X".
_PRODUCERS = frozenset("""
write draft create make generate prepare compile pull collect gather scrape download get fetch take record design build
summarise summarize export produce compose outline sketch render transcribe find research list shortlist order buy book
""".split())
_BOTH = re.compile(r"\b(?:both|both\s+of\s+them|the\s+two|all\s+of\s+them|all\s+three|everything\s+above)\b", re.IGNORECASE)


def dependencies(cores: list[str], cues: list[str], contexts: list[str]) -> list[list]:
    """depends_on for every item; ``cores`` are the trimmed texts, ``cues`` their sequencer cues,
    ``contexts`` the header each item came under ("queue this after T-10: …")."""
    result = []
    for index, core in enumerate(cores):
        deps: list = []
        for match in _AFTER_ID.finditer(contexts[index] + " " + core):
            deps.extend(i for i in expand_ids(match.group("ids")) if i not in deps)
        if index:
            if _BOTH.search(core) and index >= 2:
                earlier = [index - 2, index - 1]
            else:
                found = _earlier(core, cues[index], cores[:index])
                earlier = [] if found is None else [found]
            deps[:0] = [position for position in earlier if position not in deps]
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
        noun = _head_noun(match.group("phrase"))
        if not noun:
            continue
        for position in range(previous, -1, -1):
            if _introduces(before[position], noun):
                return position
    return None


def _head_noun(phrase: str) -> str | None:
    """The last word of a definite noun phrase before any function word ("the final logo files" → file)."""
    head = None
    for word in phrase.lower().split():
        if word in _FUNCTION:
            break
        head = word
    if not head or len(head) < 3 or head in _STOP_NOUNS:
        return None
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def _introduces(text: str, noun: str) -> bool:
    """An earlier item brings ``noun`` into being: an indefinite mention ("put them in a CSV",
    "write a report") or the item's own verb ("chart em" → the chart)."""
    word = re.escape(noun) + r"(?:s|es)?\b"
    if re.search(r"\b(?:a|an|some|new|into|as)\s+(?:[\w-]+\s+){0,3}" + word, text, re.IGNORECASE):
        return True
    if re.match(r"\s*" + word, text, re.IGNORECASE):
        return True
    first = text.split(" ", 1)[0].lower()
    return first in _PRODUCERS and bool(re.search(r"\b" + word, text, re.IGNORECASE))


def _mentioned(words: str, before: list[str]) -> int | None:
    """The latest earlier item sharing a content word with ``words`` ("once the backup is done")."""
    content = [w for w in re.findall(r"[\w-]{4,}", words.lower()) if w not in ("that", "this", "those", "these", "everything")]
    for position in range(len(before) - 1, -1, -1):
        lowered = before[position].lower()
        if any(w.rstrip("s") in lowered for w in content):
            return position
    return None
