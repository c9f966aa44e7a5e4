"""Which mode a message is in: dispatcher (system events), none (answer directly), or intake.

Dispatcher only for a message that *starts* like a system event; a user quoting the string is
not one. "none" covers how-to questions, lists quoted as examples, single questions, single web
searches, reminder-only requests and chit-chat; everything that asks for work to be queued or
managed is intake.
"""

import re

from task_runner.parse import lang_en
from task_runner.parse.lexicon import alternation

_DISPATCH = re.compile(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:system(?:\s*event)?\s*[:>-]\s*)?TASK_RUNNER_DISPATCH\b", re.IGNORECASE)
_HEARTBEAT = re.compile(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:system(?:\s*event)?\s*[:>-]\s*)?(?:\W{0,3})(?:heartbeat\b|read\s+heartbeat\.md)", re.IGNORECASE)
_RUNNER = re.compile(r"task[\s_-]?runner", re.IGNORECASE)
_HOW_TO = re.compile(r"^(?:" + alternation("HOW_TO") + r")", re.IGNORECASE)
_EXAMPLE = re.compile(r"(?<!\w)(?:" + alternation("EXAMPLE_MARKERS") + r")", re.IGNORECASE)
_QUESTION = re.compile(r"^(?:" + alternation("QUESTION_START") + r")(?![\w'])", re.IGNORECASE)
_REQUEST_Q = re.compile(r"^(?:can|could|would|will)\s+(?:you|u)\b|^(?:puedes|podrías|podrias|kannst|könntest|请|能不能|你能)", re.IGNORECASE)
_WEB_SEARCH = re.compile(r"^(?:" + alternation("WEB_SEARCH") + r")(?![\w'])", re.IGNORECASE)
_REMINDER = re.compile(r"^(?:" + alternation("REMINDER_ONLY") + r")(?![\w'])", re.IGNORECASE)
_FRAMING = re.compile(r"(?<![\w-])(?:" + alternation("FRAMING") + r")(?![\w-])", re.IGNORECASE)
_LIST_START = re.compile(r"(?m)^[ \t]*(?:[-*•+]\s|\[[ xX]?\]|\(?\d{1,3}[.)、]|\(\d{1,3}\))|(?:(?<=\s)|(?<=[:：]))\(?1[.)]\s")
_ANSWER_VERB = re.compile(r"^(?:" + "|".join(sorted(lang_en.ANSWER_VERBS)) + r")\b", re.IGNORECASE)
_WORK_TYPES = frozenset(("messaging", "code-execution", "file-creation", "agent-delegation"))


def is_dispatcher(text: str) -> bool:
    if _DISPATCH.match(text):
        return True
    return bool(_HEARTBEAT.match(text)) and bool(_RUNNER.search(text[:500]))


def is_how_to(text: str) -> bool:
    """"How do I add a task?" is a question about the product, even with the word "task" in it."""
    from task_runner.parse.clean import trim

    return bool(_HOW_TO.match(trim(text.lstrip()).core))


def quotes_examples(original: str) -> bool:
    """A list introduced as an example, or a question about what a list should look like."""
    start = _LIST_START.search(original)
    if not start:
        return bool(_EXAMPLE.search(original)) and bool(_QUESTION.match(original.strip())) and not _REQUEST_Q.match(original.strip())
    head = original[:start.start()]
    if _EXAMPLE.search(head):
        return True
    head = head.strip()
    if head and _QUESTION.match(head) and not _REQUEST_Q.match(head):
        return True
    # A list inside a story that ends in a question to us ("the author's routine is: 1) … Do you think it works?")
    return not _FRAMING.search(original) and not _REQUEST_Q.search(original) and any(
        _QUESTION.match(sentence.strip()) for sentence in re.split(r"(?<=[.!?:])\s+|\n", original[start.end():]) if sentence.strip().endswith("?"))


def is_framed(text: str) -> bool:
    return bool(_FRAMING.search(text))


def single_is_work(core: str, raw: str, kind: str, requested: bool, scheduled: bool, framed: bool) -> bool:
    """Whether a message holding exactly one item asks for queued work (else: answer directly)."""
    if _REMINDER.match(core):
        return False
    question = is_question(core, raw) and not requested
    if question and not _REQUEST_Q.match(raw.strip()):
        return False
    if framed:
        return True
    if _WEB_SEARCH.match(core):
        return False
    if _ANSWER_VERB.match(core):
        return False
    if requested:
        return True
    return kind in _WORK_TYPES or scheduled


_CHIT_CHAT = re.compile(r"^(?:(?:" + lang_en.CHIT_CHAT + r"|" + alternation("SIGN_OFFS") + r"|" + alternation("GREETINGS")
                        + r")[\s,.!?:;)(\-]*)+$", re.IGNORECASE)


def is_chit_chat(core: str) -> bool:
    return bool(_CHIT_CHAT.match(core))


_META_ITEM = re.compile(
    r"^(?:(?:please|pls|just|also)\s+)?(?:do|handle|take\s+care\s+of|work\s+on|help(?:\s+me)?\s+with|get|sort(?:\s+out)?|deal\s+with|queue|add|finish|tackle)"
    r"\s+(?:(?:all\s+)?(?:of\s+)?(?:these|this|those|them|the\s+following|following|the\s+list|my\s+list|all\s+of\s+this)"
    r"|(?:a\s+)?(?:few|couple(?:\s+of)?|some|two|three|four|five|several|bunch\s+of|\d+|more|other)\s+(?:more\s+)?(?:things|tasks|items|stuff|errands|jobs|bits)"
    r"|(?:these|those|some)\s+(?:things|tasks|items|errands))\b(?:\s+(?:for\s+me|please|today|tonight|now|pls|asap|real\s+quick|when\s+you\s+can))*[\s?!.:]*$"
    r"|^(?:hacer|haz|hazme|haces|encárgate\s+de)\s+(?:esto|estas?|lo\s+siguiente)(?:\s+cosas)?(?:\s+por\s+mí)?[\s?!.:]*$"
    r"|^(?:das|dies|folgendes)(?:\s+für\s+mich)?\s+(?:machen|erledigen)[\s?!.:]*$|^(?:mach|erledige)\s+(?:das|dies|folgendes)(?:\s+für\s+mich)?[\s?!.:]*$"
    r"|^(?:做|处理|完成)?(?:这些|以下|下面)(?:事情?|任务)?[\s?？!！。:：]*$",
    re.IGNORECASE,
)


def is_meta_item(core: str) -> bool:
    """"do a few things", "handle these", "take care of the following": introductions, not work."""
    return bool(_META_ITEM.match(core))


def is_question(core: str, raw: str) -> bool:
    from task_runner.parse.clean import leading_verb

    if _REQUEST_Q.match(raw.strip()):
        return False
    if raw.rstrip().endswith(("?", "？")):
        return True
    return bool(_QUESTION.match(core)) and leading_verb(core)[0] is None
