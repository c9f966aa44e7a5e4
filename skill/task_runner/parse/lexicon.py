"""The language tables merged: one alternation or word set per field, built once at import."""

import re

from task_runner.parse import lang_de, lang_en, lang_es, lang_zh

LANGS = (lang_en, lang_es, lang_de, lang_zh)
SPACED_LANGS = (lang_en, lang_es, lang_de)


def alternation(field: str) -> str:
    """All languages' fragments for ``field`` as one regex alternation (longest first wins ties)."""
    return "|".join(getattr(lang, field) for lang in LANGS if getattr(lang, field, None))


def merged(field: str) -> dict:
    """Per-key alternations of a dict field (CONTROL_BEFORE, STATUS_WORDS, ...)."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for key, value in getattr(lang, field, {}).items():
            out.setdefault(key, []).append(value)
    return {key: "|".join(values) for key, values in out.items()}


_BASE_VERBS = frozenset().union(*(lang.VERBS for lang in SPACED_LANGS))
# "re-run", "re-send", "e-mail": hyphenated spellings of the same verbs.
VERBS = _BASE_VERBS | {"re-" + verb[2:] for verb in _BASE_VERBS if verb.startswith("re") and len(verb) > 4}
ZH_VERB = re.compile(r"(?:" + lang_zh.REQUEST + r")*(?:" + lang_zh.VERBS + ")")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NEEDS_AFTER = frozenset().union(*(getattr(lang, "CONTROL_NEEDS_AFTER", ()) for lang in LANGS))

STATUS_WORDS = merged("STATUS_WORDS")
STATUS_ANY = "|".join(STATUS_WORDS.values())

# Task ids as users write them: T-03, t3, T3, t-3 (and "task 3" / "#3" next to a command verb).
ID = r"(?<![\w-])[Tt]-?\d{1,4}(?![\w-])"
ID_LOOSE = r"(?:" + ID + r"|(?:tasks?|tareas?|aufgaben?|任务)\s*#?\s*\d{1,4}\b|(?<!\w)#\d{1,4}\b)"
ID_JOIN = r"(?:\s*(?:,|;|/|&|\+|\band\b|\bor\b|\bplus\b|\by\b|\bo\b|\bund\b|\boder\b|和|、|，|及)\s*(?:\band\b\s*)?|\s+)"
ID_RANGE = r"\s*(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|-|–|—|~|\.\.|\ba\b|\bal\b|\bhasta\b|\bbis\b|到|至)\s*"
ID_LIST = ID_LOOSE + r"(?:(?:" + ID_JOIN + r"|" + ID_RANGE + r")" + ID_LOOSE + r")*"


def fill(pattern: str) -> str:
    """Expand the {ids} and {status} holes the STATUS tables use."""
    return pattern.replace("{ids}", "(?:" + ID_LIST + ")").replace("{status}", "(?:" + STATUS_ANY + ")")
