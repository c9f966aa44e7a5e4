"""Beside a command, the reason for it: "can you make T-45 urgent please? the solicitor needs it by
tomorrow", "mach T-7 dringend, der Chef braucht es bis morgen". A statement in prose (no verb first,
no request, no list mark, no question) that points back with an object pronoun ("it", "es", "das")
speaks of the commanded task; it is no task of its own, even with a deadline in it ("the report must
be done by Friday", which names its own thing, stays a task)."""

from task_runner.parse import clause, clean, lexicon, mode
from task_runner.parse.classify import delegates
from task_runner.parse.phrases import Tokens

_OF = lexicon.word_set("of_words")
_NEWS = lexicon.phrases("news_openers")


def is_reason(task: dict) -> bool:
    item, trimmed, _ = task["_meta"]
    core = trimmed.core
    if item.listed or item.framed or trimmed.requested or trimmed.framed or trimmed.cue or item.cue:
        return False
    if clean.starts_with_verb(core) or delegates(core) or mode.is_question(core, item.text):
        return False
    words = Tokens(core[:200]).words
    return any(lexicon.PRONOUN_OBJECTS.at(words, at) == 1 and words[at - 1].isalpha() for at in range(2, len(words)))


def states_news(task: dict) -> bool:
    """"pausa el grupo comunidad, la junta se ha aplazado a enero", "annulla da T-319 a T-321, la cena è
    saltata": beside a command, a clause in prose with its own subject and finite verb (an article and a
    noun that may read as a verb, "la junta", included) and no request in it is the news the command
    answers, no task of its own (a deadline in it is the news's date, "se ha aplazado a enero"); so is one
    opened by a subject and its having or lacking ("we have a", "on a une", "hay un", "estamos sin")."""
    item, trimmed, _ = task["_meta"]
    core = trimmed.core
    if item.listed or item.framed or trimmed.framed or item.cue or trimmed.cue not in ("", "order"):
        return False  # "finalement c'est samedi": an order word opening the news is no step of a list
    words = Tokens(core[:200]).words
    if not words or mode.is_question(core, item.text) or delegates(core):
        return False
    opener = _NEWS.at(words, 0)  # "…, on a une coupure réseau jusqu'à midi", "…, hay un corte hasta el mediodía"
    if opener:
        return not lexicon.REQUEST.find(words, opener)
    if lexicon.REQUEST.find(words):
        return False
    verb, rest = clean.leading_verb(core)
    before = core[:len(core) - len(rest)].lower().split()[-1:] if verb else []
    opens_with_a_noun = clause.article_subject(words) or not clean.starts_with_verb(core) \
        or bool(before) and (before[0] in lexicon.DETERMINERS or before[0] in _OF)  # "al final la junta es …", "la cena di classe"
    return opens_with_a_noun and (clause.statement(core) or words[0] in clause.FINITE)
