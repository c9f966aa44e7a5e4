"""A date or clock time in a statement after the request: "trouve un train pour tatie, elle doit être à
l'hôpital à 9h45", "vê os autocarros, a minha sogra tem de estar em Viseu às 11h", "check when the visit
is, he said tuesday 10am", "guarda i treni, vorremmo arrivare verso le 10". The request opens the item
with its verb; the time sits in a later clause (after a comma or a semicolon) that is no request of its
own (no verb opens it) and that the time does not open: it says when something else happens, so it is
no start of the task. Only a bare date or time: an explicit start cue ("she's free after 6") still
starts it, and a deadline ("he needs it by 5") is read as before. A "since" word is no start cue there
("que Codex arregle el formulario, no llegan los mensajes desde el viernes", "controlla il router, non va
da venerdì"): the statement says how long something has been so."""

import re

from task_runner.parse import lexicon
from task_runner.parse.clause import statement
from task_runner.parse.clean import is_time_word, starts_with_verb
from task_runner.parse.phrases import Tokens
from task_runner.parse.reminder_day import reminds_right_before

_BREAKS = ",;"
_START_WORDS = frozenset(word.lower() for lang in lexicon.LANGUAGES for phrase in lang.start_cues.split("|")
                         for word in phrase.split() if word.isalpha() and len(word) > 2)
_SINCE = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.since_cues.split("|") if phrase)
_STATE_VERBS = frozenset(word for lang in lexicon.LANGUAGES for word in lang.state_verbs.split("|") if word and " " not in word)
_LOOK = 160


def _hands_over(head: str) -> bool:
    """"have codex fix the contact form", "que Codex arregle …" (read without its "que": "Codex arregle …"): a request
    handed to an agent opens the item too."""
    from task_runner.parse.classify import classify, delegates

    return delegates(head) or classify(head) == "agent-delegation"


def in_a_statement(text: str, match: re.Match) -> bool:
    """Whether the bare date or time of ``match`` sits in a statement after the item's request."""
    if match.group("start") and " ".join(match.group("start").lower().split()) not in _SINCE or match.group("due") or match.group("rel") or match.group("half"):
        return False
    begin = max(0, match.start() - _LOOK)
    cut = max(text.rfind(mark, begin, match.start()) for mark in _BREAKS)
    if cut <= 0:
        return False
    head, clause = text[:cut], text[cut + 1:match.start()]
    if not head.strip() or not (starts_with_verb(head) or _hands_over(head)) or reminds_right_before(head):
        return False
    words = [word for word in Tokens(clause).words if word not in ",;:"]
    while words and lexicon.CONJ.at(words, 0):
        words = words[lexicon.CONJ.at(words, 0):]
    if len(words) < 2 or all(is_time_word(word) or word in lexicon.TIME_PHRASE_WORDS for word in words):
        return False  # "…, tomorrow at 9": the time opens the clause, a start
    if any(word.lower() in _START_WORDS for word in words):
        return False  # "…, aber erst nach Ladenschluss um 19 Uhr": a start cue of the clause
    if match.group("start") and words[0].lower() in lexicon.NEGATIONS:
        return True  # "…, no imprime desde el martes": a negated verb since a day states how long, it asks nothing
    if words[0] in lexicon.DETERMINERS and any(word.lower() in _STATE_VERBS for word in words[2:4]):
        return True  # "…, a prova é dia 9 às 14h", "…, the exam is on the 9th": its subject a noun, it says when that is
    return not starts_with_verb(" ".join(words))  # "…, then call Ann at 5": a request of its own


def before_a_lookup(text: str, match: re.Match) -> bool:
    """Whether the bare date or time of ``match`` sits in a statement about a thing that opens the item, before
    a lookup about it: "o caminhão da mudança chega sábado às 6h, dá pra ver se precisa reservar o elevador?",
    "the van comes on saturday at 8, can you check where it may park?". Finding something out about what
    happens then does not wait for it (a task of another kind, "…, pick her up", may)."""
    if match.group("start") or match.group("due"):
        return False
    cuts = [at for at in (text.find(mark, match.end()) for mark in _BREAKS) if at >= 0]
    if not cuts:
        return False
    head, rest = text[:min(cuts)], text[min(cuts) + 1:].strip()
    words, asked = Tokens(head[:200]).words, Tokens(rest[:80]).words
    if not words or words[0] not in lexicon.DETERMINERS or not statement(head) or starts_with_verb(head):
        return False
    at = lexicon.REQUEST.at(asked, 0)
    return at < len(asked) and lexicon.TYPE_VERBS.get(asked[at]) == "info-lookup"
