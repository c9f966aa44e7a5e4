"""The language tables merged into lookup structures, built once at import (cheap: no regexes
over word lists; see phrases.py)."""

import re
from functools import lru_cache

from task_runner.parse import lang_de, lang_en, lang_es, lang_zh
from task_runner.parse.phrases import Phrases, words_of

LANGS = (lang_en, lang_es, lang_de, lang_zh)


class Lazy:
    """A regex compiled on first use: compiling is the parser's main start-up cost, and most
    messages never touch most patterns (one CLI call = one fresh process)."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)


def phrases(field: str) -> Phrases:
    """All languages' specs for ``field`` as one phrase table."""
    return Phrases(*(getattr(lang, field) for lang in LANGS if getattr(lang, field, None)))


def word_set(field: str) -> frozenset[str]:
    return frozenset().union(*(getattr(lang, field, frozenset()) for lang in LANGS))


def phrases_by_key(field: str) -> dict[str, Phrases]:
    """Per-key phrase tables of a dict field (CONTROL_BEFORE, STATUS_WORDS, ...)."""
    specs: dict[str, list[str]] = {}
    for lang in LANGS:
        for key, spec in getattr(lang, field, {}).items():
            specs.setdefault(key, []).append(spec)
    return {key: Phrases(*values) for key, values in specs.items()}


_BASE_VERBS = word_set("VERBS")
# "re-run", "re-send": hyphenated spellings of the same verbs.
VERBS = (_BASE_VERBS | {"re-" + verb[2:] for verb in _BASE_VERBS if verb.startswith("re") and len(verb) > 4}
         | {"re" + verb for verb in lang_en.VERBS if len(verb) > 3})  # rebook, resend, reorder
ZH_VERBS = Phrases(lang_zh.VERB_PHRASES)
AMBIGUOUS_VERBS = lang_en.AMBIGUOUS_VERBS
DE_INFINITIVES = frozenset(word for word in lang_de.VERBS if word.endswith("en"))

GREETINGS = phrases("GREETINGS")
REQUEST = phrases("REQUEST")
REQUEST_DELEGATES = word_set("REQUEST_DELEGATES")
FRAME_PRE = word_set("FRAME_PRE")
FRAME_NOUNS = word_set("FRAME_NOUNS")
FRAMING = phrases("FRAMING")
HEADER = word_set("HEADER")
SIGN_OFFS = phrases("SIGN_OFFS")
QUESTION_WORDS = word_set("QUESTION_WORDS")
HOW_TO = phrases("HOW_TO")
EXAMPLE_MARKERS = phrases("EXAMPLE_MARKERS")
WEB_SEARCH = phrases("WEB_SEARCH")
REMINDER_ONLY = phrases("REMINDER_ONLY")
SEQ = {"then": phrases("SEQ_THEN"), "also": phrases("SEQ_ALSO"), "order": phrases("SEQ_ORDER")}
CONJ = phrases("CONJ")
CLAUSE_OPENERS = phrases("CLAUSE_OPENERS")
PRONOUN_OBJECTS = phrases("PRONOUN_OBJECTS")
DEP_RESULT = phrases("DEP_RESULT")
DEP_ONCE = phrases("DEP_ONCE")
DEP_DONE = word_set("DEP_DONE")

CONTROL_BEFORE = phrases_by_key("CONTROL_BEFORE")
CONTROL_AFTER = phrases_by_key("CONTROL_AFTER")
NEEDS_AFTER = frozenset().union(*(getattr(lang, "CONTROL_NEEDS_AFTER", ()) for lang in LANGS))
STATUS_WORDS = phrases_by_key("STATUS_WORDS")
STATUS_ANY = Phrases(*(spec for lang in LANGS for spec in getattr(lang, "STATUS_WORDS", {}).values()))
STATUS_SHOW = word_set("STATUS_SHOW")
STATUS_NOUNS = word_set("STATUS_NOUNS")
STATUS_TOPIC = word_set("STATUS_TOPIC")
STATUS_PHRASES = phrases("STATUS_PHRASES")
ALL_WORDS = word_set("ALL_WORDS") | words_of("所 全")

# Task ids as users write them: T-03, t3, T3, t-3 (one token each, see phrases.Tokens).
ID_TOKEN = re.compile(r"^t-?(\d{1,4})$")
ID_RANGE_TOKEN = re.compile(r"^t-?(\d{1,4})-t-?(\d{1,4})$")  # "T-08-T-10" is one word token
ID_RANGE_WORDS = frozenset("to through thru until - – — ~ .. a al hasta bis 到 至".split())
ID_JOIN_WORDS = frozenset(", ; / & + and or plus y o und oder 和 、 ， 及".split())
ID_TASK_WORDS = frozenset("task tasks tarea tareas aufgabe aufgaben 任 #".split())


def id_number(word: str) -> int | None:
    """The number of a task id token ("t-03" → 3), or None."""
    match = ID_TOKEN.match(word)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


_CLITICS = ("selos", "selas", "selo", "sela", "les", "los", "las", "nos", "le", "lo", "la", "me", "te")


def is_verb(word: str) -> bool:
    """A verb of any table, also with Spanish clitics and the accent they bring ("respóndele", "envíalo")."""
    return verb_base(word) is not None


def verb_base(word: str) -> str | None:
    """The table form of a verb ("respóndele" → "responde"), or None when ``word`` is not one."""
    if word in VERBS:
        return word
    if word.isascii() and not word.endswith(_CLITICS):
        return None
    plain, table = _strip_accents(word), _plain_verbs()
    if plain in table:
        return table[plain]
    for clitic in _CLITICS:
        stem = plain[:-len(clitic)]
        if plain.endswith(clitic) and stem in table and len(stem) >= 3:
            return table[stem]
    return None


def _strip_accents(word: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _plain_verbs() -> dict[str, str]:
    """Spanish verbs without accents (built on first need: most messages never ask)."""
    return {_strip_accents(verb): verb for verb in lang_es.VERBS}
