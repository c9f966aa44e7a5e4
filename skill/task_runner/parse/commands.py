"""Control commands (skip / retry / cancel / done on ids or selectors) and status requests.

Both are found before any task splitting; ``extract`` returns them with the spans of text they
used, so "skip T-04 and add: buy milk" leaves only "and add: buy milk" for the task splitter.
A command inside a question ("should I retry T-03?") or a dependency ("after T-06",
"once T-06 is done") is not a command.
"""

import re

from task_runner.ids import format_id
from task_runner.parse import lexicon
from task_runner.parse.clean import trim
from task_runner.parse.lexicon import alternation, fill, merged

_ID_LIST = re.compile(lexicon.ID_LIST, re.IGNORECASE)
_ID_ONE = re.compile(lexicon.ID_LOOSE, re.IGNORECASE)
_RANGE_GAP = re.compile(r"^" + lexicon.ID_RANGE + r"$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_MAX_RANGE = 200

_WORD_EDGE = r"(?:^|(?<=[\s,;:.!?¿¡(]))"
_FILLER = r"(?:\s+(?:the|task|tasks|job|about|with|on|for|la|las|el|los|die|der|den|aufgabe|tarea|number|no\.?|一下|下))"
_BEFORE = {
    verb: re.compile(_WORD_EDGE + r"(?P<w>" + words + r")" + _FILLER + r"{0,2}\s*$", re.IGNORECASE)
    for verb, words in merged("CONTROL_BEFORE").items()
}
_AFTER = {
    verb: re.compile(r"^\s*(?:(?:please|pls|bitte|por\s+favor|请)\s*)?(?:(?:as|als|como|为)\s*)?(?P<w>" + words + r")(?![A-Za-z0-9_])", re.IGNORECASE)
    for verb, words in merged("CONTROL_AFTER").items()
}
_NEGATED = re.compile(r"(?:don'?t|do\s+not|never|no|nicht|不要|别)\s+\S*\s*$", re.IGNORECASE)
_DEPENDENCY = re.compile(
    r"(?:after|once|when|as\s+soon\s+as|until|till|before|following|depends?\s+on|dependent\s+on|wait\s+for|blocked\s+by"
    r"|después\s+de|cuando|nach|sobald|wenn|等|在)\s*$",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"^(?:" + alternation("QUESTION_START") + r")(?![\w'])|.*[?？]\s*$", re.IGNORECASE | re.DOTALL)
_REQUEST_QUESTION = re.compile(
    r"^(?:can|could|would|will)\s+(?:you|u)\b|^(?:puedes|podrías|kannst|könntest|请|能不能|你能)", re.IGNORECASE)
_NOTE = re.compile(
    r"\s*[,:;—–-]?\s*(?P<note>(?:but|with|using|use|because|since|as|this\s+time|next\s+time|and\s+(?:use|try|make\s+sure)"
    r"|pero|con|usando|aber|mit|diesmal|但是|用|这次)\b[^\n.!?。！？]*)",
    re.IGNORECASE,
)
_NEW_ACTION = re.compile(
    r"(?:and\s+|also\s+|then\s+|plus\s+|y\s+|und\s+)*(?:please\s+)?(?:" + "|".join(merged("CONTROL_BEFORE").values()) + r"|add|new\s+task|"
    + "|".join(sorted(lexicon.VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ALL = r"everything|every|all|each|todas?|todos?|alles|alle|所有|全部"
_NOUN = r"tasks?|ones|jobs|items|tareas|aufgaben|任务|queue|cola|warteschlange|list"
_SELECTOR = re.compile(
    _WORD_EDGE + r"(?P<w>" + "|".join(f"(?P<{verb}>{words})" for verb, words in merged("CONTROL_BEFORE").items()) + r")\s*"
    r"(?:(?P<all>" + _ALL + r")(?![A-Za-z])(?:\s+(?:of\s+)?(?:the|my|our|las|los|die|meine)(?![A-Za-z]))?\s*)?(?:(?:the|my|las|los|die)\s+)?"
    r"(?:(?P<status>" + lexicon.STATUS_ANY + r")(?![A-Za-z])\s*的?\s*)?(?:(?P<noun>" + _NOUN + r")(?![A-Za-z]))?"
    r"(?:\s+(?:that'?s\s+|that\s+|which\s+)?(?:are\s+|is\s+|have\s+|has\s+)?(?P<status2>" + lexicon.STATUS_ANY + r")(?![A-Za-z]))?"
    r"(?P<end>\s*(?:[.!?;,\n。！？]|$|\band\b))?",
    re.IGNORECASE,
)
_STATUS_KEYS = [(key, re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)) for key, words in lexicon.STATUS_WORDS.items()]
_STATUS = re.compile(r"(?:" + fill(alternation("STATUS")) + r")", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"(?<=[.!?;。！？；])\s*|\n+|\s*,\s*|\s+(?:and|also|then|y|und|dann)\s+|然后|还有")
_SENTENCE_END = re.compile(r"[.!?;\n。！？；]")


_SHORT_HEADER = re.compile(r"^[^:：]{1,30}[:：]\s*")
_ID_RE_STRICT = re.compile(lexicon.ID)
_HOW = re.compile(r"^how\s+(?:do|can|should|would|to)\b", re.IGNORECASE)


class Found:
    """What ``extract`` found: commands, an optional status query, and the text left for tasks."""

    __slots__ = ("commands", "status", "rest")

    def __init__(self, commands: list, status: dict | None, rest: str):
        self.commands, self.status, self.rest = commands, status, rest


def extract(text: str) -> Found:
    used: list[tuple[int, int]] = []
    commands = _id_commands(text, used) + _selector_commands(text, used)
    status = _status(text, used)
    rest = text
    for start, end in sorted(used, reverse=True):
        rest = rest[:start] + "\n" + rest[end:]
    commands.sort(key=lambda c: c.pop("_at"))
    return Found(commands, status, rest)


def expand_ids(text: str) -> list[str]:
    """Ids in an id list, ranges expanded, normalised, de-duplicated in order."""
    found: list[str] = []
    matches = list(_ID_ONE.finditer(text))
    for index, match in enumerate(matches):
        number = int(_DIGITS.search(match.group()).group())
        previous = matches[index - 1] if index else None
        if previous and _RANGE_GAP.match(text[previous.end():match.start()]):
            low = int(_DIGITS.search(previous.group()).group())
            numbers = range(low + 1, number + 1) if 0 < number - low <= _MAX_RANGE else [number]
        else:
            numbers = [number]
        for n in numbers:
            if n > 0 and format_id(n) not in found:
                found.append(format_id(n))
    return found


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right = _SENTENCE_END.search(text, end)
    return left, (right.start() + 1 if right and text[right.start()] in "?？" else right.start() if right else len(text))


def _is_question(clause: str) -> bool:
    core = trim(clause).core
    return bool(_QUESTION.match(core)) and not _REQUEST_QUESTION.match(clause.strip())


def _id_commands(text: str, used: list) -> list[dict]:
    commands = []
    for match in _ID_LIST.finditer(text):
        clause_start, clause_end = _clause_bounds(text, match.start(), match.end())
        prefix = text[max(clause_start, match.start() - 80):match.start()]
        suffix = text[match.end():min(clause_end, match.end() + 80)]
        if _DEPENDENCY.search(prefix):
            continue
        verb, start, end = _verb_around(prefix, suffix, match)
        if verb is None or _NEGATED.search(text[clause_start:start]):
            continue
        if _is_question(text[clause_start:clause_end]):
            continue
        ids = expand_ids(match.group())
        if not ids:
            continue
        note = _note(text, end, clause_end)
        if note:
            end = clause_end
        commands.append({"verb": verb, "ids": ids, "selector": None, "note": note, "_at": start})
        used.append((start, end))
    return commands


def _note(text: str, start: int, end: int) -> str | None:
    """Words after a command's ids that instruct the next attempt ("but use the staging creds")."""
    rest = text[start:end]
    if _NOTE.match(rest):
        return _NOTE.match(rest).group("note").strip()
    stripped = rest.strip(" ,;:—–-")
    if not stripped or not re.match(r"\s*[,;:—–-]", rest) or _NEW_ACTION.match(stripped) or _ID_ONE.search(stripped):
        return None
    return stripped.rstrip(" .!")


def _verb_around(prefix: str, suffix: str, match: re.Match) -> tuple[str | None, int, int]:
    """The command verb for an id list, from the words just before and/or just after it."""
    before = after = None
    for verb, pattern in _BEFORE.items():
        found = pattern.search(prefix)
        if found and (before is None or found.start() > before[1].start()):
            before = (verb, found)
    for verb, pattern in _AFTER.items():
        found = pattern.match(suffix)
        if found and (after is None or found.end() > after[1].end()):
            after = (verb, found)
    start = match.start() - len(prefix) + before[1].start() if before else match.start()
    end = match.end() + after[1].end() if after else match.end()
    if before and before[1].group("w").lower() not in lexicon.NEEDS_AFTER:
        return before[0], start, end
    if after:
        return after[0], start, end
    return None, start, end


def _selector_commands(text: str, used: list) -> list[dict]:
    commands = []
    for match in _SELECTOR.finditer(text):
        if any(start <= match.start() < end for start, end in used):
            continue
        status_word = match.group("status") or match.group("status2")
        has_all, noun, ended = match.group("all"), match.group("noun"), match.group("end") is not None
        if not ((has_all and (status_word or noun or ended)) or (status_word and (noun or ended))
                or (noun and noun.lower() in ("queue", "cola", "warteschlange") and ended)):
            continue
        if match.group("w").lower() in lexicon.NEEDS_AFTER:
            continue
        clause_start, clause_end = _clause_bounds(text, match.start(), match.end())
        if _is_question(text[clause_start:clause_end]) or _NEGATED.search(text[clause_start:match.start()]):
            continue
        verb = next(v for v in ("retry", "skip", "cancel", "done") if match.group(v))
        selector = _status_key(status_word) if status_word else "all"
        end = match.end("end") if ended and match.group("end").strip() in ("", ".", "!", ";", ",") else match.end() - len(match.group("end") or "")
        commands.append({"verb": verb, "ids": [], "selector": selector, "note": None, "_at": match.start()})
        used.append((match.start(), end))
    return commands


def _status_key(word: str | None) -> str | None:
    if not word:
        return None
    for key, pattern in _STATUS_KEYS:
        if pattern.search(word):
            return key
    return None


def _status(text: str, used: list) -> dict | None:
    """A status request: the first clause that *is* one (not a task that mentions "status")."""
    query = None
    position = 0
    for piece in _CLAUSE_SPLIT.split(text):
        start = text.find(piece, position) if piece else position
        position = start + len(piece)
        if not piece.strip() or any(s <= start < e for s, e in used):
            continue
        core = _SHORT_HEADER.sub("", trim(piece).core)
        about_ids = bool(_ID_RE_STRICT.search(piece)) and piece.rstrip().endswith(("?", "？")) and not _HOW.match(core)
        if not (_STATUS.match(core) or about_ids):
            continue
        query = query or {"ids": [], "status": None}
        for task_id in expand_ids(piece):
            if task_id not in query["ids"]:
                query["ids"].append(task_id)
        if query["status"] is None:
            for key, pattern in _STATUS_KEYS:
                if pattern.search(core):
                    query["status"] = key
                    break
        used.append((start, start + len(piece)))
    return query
