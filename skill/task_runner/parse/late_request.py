"""A request that does not open its item: after a time ("demain matin tu peux envoyer …", "tomorrow
morning can you email …", "mañana por la mañana ¿puedes mandar …?"), after a topic ("the brewery thing -
can you check …") or after a date and a need ("para el viernes necesito …"): the request still asks for
the work. A time before it stays in the item's core, where the schedule rules read it."""

import re

from task_runner.parse import lexicon
from task_runner.parse.time_words import is_time_word

_LONGEST = 6  # "next friday in the morning": a time phrase before a request is short
_REQUEST_Q = lexicon.phrases("request_questions")


def before_request(words: list[str], at: int) -> tuple[str, int] | None:
    """("time", the time's length) when only time words stand between ``at`` and a request opener that
    asks ("tu peux", "can you", "¿puedes"), at least one of them more than an article or a preposition."""
    if not any(_asks(words, i) for i in range(at + 1, min(len(words), at + _LONGEST + 2))):
        return None  # no request ahead: the time tables stay unloaded
    news = _own_news(words, at)
    if news:
        return "news", news
    lead = at
    while lead < len(words) and lead - at < _LONGEST and is_time_word(words[lead]) and words[lead] not in "¿¡,":
        lead += 1
    if lead == at or lead >= len(words) or all(word in lexicon.DETERMINERS or word in lexicon.CLITICS
                                               or len(word) < 3 for word in words[at:lead]):
        return None
    asked = lead + (words[lead] == "¿")
    length = _REQUEST_Q.at(words, asked) or (lexicon.REQUEST.at(words, asked) if words[asked] in lexicon.REQUEST_DELEGATES else 0)
    rest = [word for word in words[asked + length:] if any(ch.isalnum() for ch in word)]
    if not length or not rest or lexicon.HELP_ONLY.at(rest, 0) == len(rest):
        return None  # "demain tu peux m'aider ?" names no work yet
    return "time", lead - at


def _asks(words: list[str], at: int) -> int:
    return _REQUEST_Q.at(words, at) or (lexicon.REQUEST.at(words, at) if words[at] in lexicon.REQUEST_DELEGATES else 0)


def _own_news(words: list[str], at: int) -> int:
    """The length of the user's news of themself before a request, no comma between (dictated): "je
    suis garée tu peux m'envoyer …", "sono a casa puoi cercare …", "I'm home now can you send …"; the
    news is no part of the work. 0 without news, or when the request names no work ("… tu peux m'aider ?")."""
    own = lexicon.OWN_PLANS.at(words, at)
    if not own or own < lexicon.REQUEST.at(words, at):  # not "我要你…"
        return 0
    for ask in range(at + own, min(len(words), at + own + _LONGEST)):
        if not any(ch.isalnum() for ch in words[ask]):
            return 0
        length = _asks(words, ask)
        if length:
            rest = [word for word in words[ask + length:] if any(ch.isalnum() for ch in word)]
            return ask - at if rest and lexicon.HELP_ONLY.at(rest, 0) < len(rest) else 0
    return 0


_TOPIC_END = frozenset(",-–—:")
_EMOJI = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]+$")


def topic_then_request(words: list[str], start: int, end: int) -> bool:
    """"the brewery thing - can you check …", "lo de la sintonía, míralo …": a short topic (a noun
    phrase: an article or "lo" first, no verb), a dash or a comma, then a request or its verb: the
    user asks for the work about that topic."""
    named = start < end and (words[start] in lexicon.DETERMINERS or words[start] in lexicon.VAGUE_NOUNS)  # "the …", "lo de …"
    stop = next((i for i in range(start + 1, min(end, start + 8)) if _ends_topic(words, i)), None)
    if stop is None and named:
        stop = _timed_topic_end(words, start, end)
    if stop is None or stop + 1 >= end or not named or any(lexicon.is_verb(w) or w in lexicon.QUESTION_WORDS for w in words[start:stop]):
        return False
    length = lexicon.REQUEST.at(words, stop + 1)
    return bool(length and words[stop + 1] in lexicon.REQUEST_DELEGATES or lexicon.is_verb(words[stop + 1])
                and words[stop + 1] not in lexicon.AMBIGUOUS_VERBS)


def _ends_topic(words: list[str], at: int) -> bool:
    """A dash, comma, colon or an emoji ends the topic ("… annulé 😤 trouve-moi …"); not the colon of a clock time ("10:30")."""
    if _EMOJI.match(words[at]):
        return True
    return words[at] in _TOPIC_END and not (words[at] == ":" and words[at - 1].isdecimal() and words[at + 1:at + 2] != []
                                            and words[at + 1].isdecimal())


def _timed_topic_end(words: list[str], start: int, end: int) -> int | None:
    """"my 10:30 flight got cancelled, find me …", "mein Zug um 8 Uhr fällt aus, such mir …": the thing's
    own time names it, so its time words do not make the topic any longer."""
    counted = 0
    for at in range(start + 1, min(end, start + 16)):
        if _ends_topic(words, at):
            return at
        counted += not is_time_word(words[at])
        if counted > 6:
            return None
    return None


def date_then_need(words: list[str], start: int, end: int) -> bool:
    """"for Friday I need the slides ready", "para el viernes necesito …": a for-word and a short date
    (time words only) before a need frame or a delegating request opener. The time tables load only
    once the opener is found."""
    if not (start < end and words[start] in lexicon.ANSWER_LEADS):
        return False
    need = next((at for at in range(start + 2, min(end, start + 7)) if lexicon.NEED_FRAMES.at(words, at)
                 or lexicon.REQUEST.at(words, at) and words[at] in lexicon.REQUEST_DELEGATES), None)
    date = [word for word in words[start + 1:need] if word != ","] if need else []
    return bool(date) and all(is_time_word(word) or word in lexicon.DETERMINERS for word in date) \
        and any(is_time_word(word) for word in date)


_PURPOSE_LEADS = lexicon.word_set("purpose_leads")
_PURPOSE_LONGEST = 14  # "for the handover on the 29th at 10am": the purpose is a short noun phrase and its date


def purpose_then_request(words: list[str], start: int, end: int) -> bool:
    """"for the handover on the 29th at 10am can you write up …", "para la entrega de llaves del día 30 prepárame …",
    "zur Wohnungsübergabe am 30. schreib mir …": a for-word and a noun phrase (an article first, or a word of
    the for-word's own article, "zur"), no verb in it, then a request that asks or an imperative verb: the
    purpose of the work is said first, the request still asks for it."""
    if not (start + 2 < end and words[start] in _PURPOSE_LEADS):
        return False
    first = start + 1
    if words[first] not in lexicon.DETERMINERS and not words[start].startswith("zu"):
        return False
    for at in range(first + 1, min(end, start + _PURPOSE_LONGEST)):
        word = words[at]
        if word == ",":
            continue
        dated = all(is_time_word(w) and w not in lexicon.MEAL_WORDS or w in lexicon.DETERMINERS or w == "," for w in words[start + 1:at])
        asked = _asks(words, at)
        if asked and at + asked < end:
            return not dated  # "para el viernes búscame …": a date, no purpose (date_then_need reads a need after it)
        if lexicon.is_verb(word):
            return word not in lexicon.AMBIGUOUS_VERBS and at + 1 < end and not word.endswith(_INFINITIVE_ENDINGS) and not dated
        if word in lexicon.QUESTION_WORDS or word in lexicon.PRONOUN_SUBJECTS or word in _FINITE \
                or word in lexicon.CLITICS and at + 1 < end and lexicon.is_verb(words[at + 1]):
            return False  # "for the record I finished it", "para la cena que es el sábado": a statement, no request
    return False


_INFINITIVE_ENDINGS = tuple(sorted(lexicon.word_set("infinitive_endings")))
_FINITE = lexicon.word_set("finite_verbs")
