"""Trimming one item: greetings, request openers, sequencers, task framing and sign-offs come off.

What was trimmed is reported too (the sequencer cue feeds ``depends``, a request opener tells
``mode`` the user is delegating), so each rule reads the words only once.
"""

import re

from task_runner.parse import lang_de, lexicon
from task_runner.parse.lexicon import alternation

_SEQ_THEN = alternation("SEQ_THEN")
_SEQ_ALSO = alternation("SEQ_ALSO")
_SEQ_ORDER = alternation("SEQ_ORDER")

_LEAD = re.compile(
    r"^(?:"
    r"(?P<greet>(?:" + alternation("GREETINGS") + r")(?![\w'])[\s,!.:;—–-]*)"
    r"|(?P<then>(?:" + _SEQ_THEN + r")(?![\w'])[\s,:]*)"
    r"|(?P<also>(?:" + _SEQ_ALSO + r")(?![\w'])[\s,:]*)"
    r"|(?P<order>(?:" + _SEQ_ORDER + r")(?![\w'])[\s,:]*)"
    r"|(?P<frame>(?:(?:add|new|create|another|one\s+more|quick|añade|agrega|nueva|neue)\s+)?(?:a\s+|an\s+|the\s+|these\s+|this\s+|some\s+|following\s+)?"
    r"(?:tasks?|to-?dos?|items?|tareas?|aufgaben?|任务|待办)(?:\s+(?:for\s+me|for\s+today|please))?\s*[:：\-–—]+\s*"
    r"|(?:add|añade|agrega|füge\s+hinzu|添加)\s*[:：]\s*)"
    r"|(?P<req>(?:" + alternation("REQUEST") + r")(?![\w'])[\s,]*)"
    r")",
    re.IGNORECASE,
)
_ADD_TO_LIST = re.compile(
    r"^(?:add|put|queue|agrega|añade|füge)\s+(?P<body>.+?)\s+(?:to|on|in|into|a|zu|en)\s+(?:my|the|our|mi|la|meine|die)\s+"
    r"(?:task\s*list|tasks?|queue|to-?do(?:\s+list)?|list|backlog|lista|tareas|cola|aufgaben(?:liste)?|liste)(?:\s+hinzu)?$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"(?:^|[\s,.;!—–-]+)(?:" + alternation("SIGN_OFFS") + r")[\s!.?,:;)(\W]*$", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\s,.;:!?)\]}>—–\-，。；：！？、]+|[\s,;:(\[{<—–\-，；：、]+$")
_TRAILING_POLITE = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thx|now|asap|real\s+quick|quickly|por\s+favor|bitte|谢谢)[\s.!?？。]*$", re.IGNORECASE)
_TRAILING_STOP = re.compile(r"[\s.!。！]+$")
_EMOJI_TAIL = re.compile(r"[\s\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+$")


class Trimmed:
    """An item's core words plus what came off the front."""

    __slots__ = ("core", "cue", "requested", "framed")

    def __init__(self, core: str, cue: str, requested: bool, framed: bool):
        self.core, self.cue, self.requested, self.framed = core, cue, requested, framed


def trim(text: str) -> Trimmed:
    cue, requested, framed = "", False, False
    core = text.strip()
    for _ in range(12):  # bounded: each pass removes one opener
        core = _EDGE_PUNCT.sub("", core)
        match = _LEAD.match(core)
        if not match or match.end() == 0:
            break
        kind = match.lastgroup
        if kind in ("then", "also", "order") and not cue:
            cue = kind
        requested |= kind == "req" and bool(re.match(r"(?:can|could|would|will|i|we|need|puedes|podr|necesito|quiero|kannst|könntest|ich|请|帮|我|你|麻烦)", match.group(), re.I))
        framed |= kind == "frame"
        core = core[match.end():]
    for _ in range(3):
        stripped = _TRAILING_POLITE.sub("", _SIGN_OFF.sub("", core))
        stripped = _EMOJI_TAIL.sub("", stripped)
        if stripped == core:
            break
        core = stripped
    listed = _ADD_TO_LIST.match(core)
    if listed:
        core, framed = listed.group("body"), True
    core = _TRAILING_STOP.sub("", _EDGE_PUNCT.sub("", core))
    return Trimmed(core.strip(), cue, requested, framed)


def first_word(text: str) -> str:
    """The first word, lowercased, without punctuation ("Email," → "email")."""
    match = re.match(r"[\s\"'(¿¡]*([\w'’-]+)", text)
    return match.group(1).lower().replace("’", "'") if match else ""


_TIME_WORDS = frozenset("""
every each on by before at in this next tomorrow tonight today daily weekly monthly hourly nightly weekdays weekends
the a an morning afternoon evening night noon am pm first thing later soon asap eod sometime week day month
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
mon tue wed thu fri sat sun minutes minute hours hour days o'clock cada todos los mañana hoy jeden morgen heute täglich um
and or of from to until the 1st 2nd 3rd last end
""".split())
_LEADING_CLAUSE = re.compile(
    r"^(?:if|when|once|after|before|as\s+soon\s+as|whenever|unless|si|cuando|wenn|sobald|falls|on|every|each|by|at|in|this|next|tomorrow|today|tonight)"
    r"\b[^,]{1,80},\s*", re.IGNORECASE)
_DE_INFINITIVES = frozenset(word for word in lang_de.VERBS if word.endswith("en"))
_TIME_TOKEN = re.compile(r"^(?:\d{1,2}(?::\d\d)?(?:am|pm|h)?|\d+(?:st|nd|rd|th)?)[,.]?$", re.IGNORECASE)


def leading_verb(core: str) -> tuple[str | None, str]:
    """The imperative verb an item opens with, after a leading clause or time words
    ("every Monday at 9am send …", "once T-03 is done, deploy …"), and the text from that verb on."""
    core = _LEADING_CLAUSE.sub("", core)
    position = 0
    for match in re.finditer(r"\S+", core[:400]):
        bare = match.group().lower().strip(",.;:\"'()")
        if bare in lexicon.VERBS:
            return bare, core[match.start():]
        if bare not in _TIME_WORDS and not _TIME_TOKEN.match(bare) or position >= 8:
            break
        position += 1
    return None, core


def starts_with_verb(text: str) -> bool:
    """True when the trimmed text opens with an imperative verb (any supported language)."""
    core = trim(text).core
    if lexicon.CJK.match(core[:1]):
        return bool(lexicon.ZH_VERB.search(core[:12]))
    words = core.split()
    if words and words[-1].lower().strip(",.;:!?") in _DE_INFINITIVES:
        return True  # German puts the infinitive last: "die Flüge nach Wien buchen"
    return leading_verb(core)[0] is not None
