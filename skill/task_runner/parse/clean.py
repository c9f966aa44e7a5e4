"""Trimming one item: greetings, request openers, sequencers, task framing and sign-offs come off.

What was trimmed is reported too (the sequencer cue feeds ``depends``, a request opener tells
``mode`` the user is delegating), so each rule reads the words only once.
"""

import re
import unicodedata
from functools import lru_cache

from task_runner.parse import late_request, lexicon, loans, preambles, then_dependency
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, has_cjk, has_kana, kanji_word_head
from task_runner.parse.time_words import is_time_word, time_token

# One-word greetings that are also ordinary words ("team lunch", "well water") only count
# when punctuation follows them.
_ALWAYS_GREETINGS = lexicon.word_set("sure_greetings")
_TAIL_POLITE = lexicon.phrases("tail_polite")
_FROM_NOW = lexicon.phrases("from_now_words")
_STRONG_SIGN_OFF = tuple(sorted(lexicon.word_set("strong_sign_offs")))  # what such a sign-off starts with
_EDGE = frozenset(",.;:!?)]}>—–-，。；：！？、…\"'")
_LIST_ADD_VERBS = lexicon.alternation("list_add_verbs")
_ADD_TO_LIST = Lazy(
    r"^(?:" + _LIST_ADD_VERBS + r")\s+(?P<body>.+?)\s+(?:" + lexicon.alternation("list_add_preps") + r")\s+(?:"
    + lexicon.alternation("list_owners") + r")\s+(?:" + lexicon.regex_alternatives("list_names") + r")(?:\s+(?:"
    + lexicon.alternation("list_add_tails") + "))?$",
    re.IGNORECASE,
)
_ADD_WORDS = tuple(verb[:6] for verb in _LIST_ADD_VERBS.phrases)  # a cheap test before the pattern (which wants a blank after)
_CLAUSE_END = frozenset(":：。、，,")
_DRAWN_OUT = frozenset("〜～")  # a request drawn out in chat ("つくっといて〜") ends there
_FIRST_WORD = Lazy(r"[\s\"'(¿¡]*([\w'’-]+)")


class Trimmed:
    """An item's core words plus what came off the front."""

    __slots__ = ("core", "cue", "requested", "framed", "asked")

    def __init__(self, core: str, cue: str, requested: bool, framed: bool, asked: bool = False):
        self.core, self.cue, self.requested, self.framed = core, cue, requested, framed
        self.asked = asked  # any request or need opener came off ("il faudrait …", "can you …")


def _is_edge(word: str) -> bool:
    return word in _EDGE or (len(word) == 1 and unicodedata.category(word)[0] in "SP" and word not in "#@$%&+`")


@lru_cache(maxsize=1024)
def trim(text: str) -> Trimmed:
    """Memoised: clause decisions ask about the same pieces of text more than once."""
    tokens = Tokens(text.strip())
    words = tokens.words
    count = len(words)
    cue, requested, framed, asked, timed = "", False, False, False, None
    start = 0
    for _ in range(16):  # bounded: each pass removes one opener
        while start < count and _is_edge(words[start]):
            start += 1
        if start >= count:
            break
        length = _opener(words, start)
        if not length:
            break
        kind, length = length
        timed = (start, start + length) if kind == "time" else timed  # "demain matin tu peux …": kept
        if kind in lexicon.SEQ and not cue:
            cue = kind
        requested |= kind == "request" and words[start] in lexicon.REQUEST_DELEGATES or kind == "need"
        framed |= kind == "frame"
        asked |= kind == "need" or kind == "request" and (length > 1 or words[start] in lexicon.REQUEST_DELEGATES)
        start += length
    end = _trim_tail(words, start, count)
    handled = _asked_to_handle_it(words, start, end)
    if handled:  # "j'ai besoin du devis pour vendredi, tu peux t'occuper de ça ?": a request for what came before
        end, requested = _trim_tail(words, start, end - handled), True
    core = tokens.text[tokens.starts[start]:tokens.ends[end - 1]] if end > start else ""
    core = tokens.text[tokens.starts[timed[0]]:tokens.ends[timed[1] - 1]] + " " + core if timed and core else core
    requested |= asks_you_to(words[start:end]) or late_request.topic_then_request(words, start, end) \
        or late_request.date_then_need(words, start, end) or late_request.purpose_then_request(words, start, end)
    listed = _ADD_TO_LIST.match(core) if core[:6].lower().startswith(_ADD_WORDS) else None
    if listed:
        core, framed = listed.group("body"), True
    return Trimmed(core.strip(), cue, requested, framed, asked)


def asks_you_to(words: list[str], anywhere: bool = False) -> bool:
    """"mi prepari … ?", "¿me preparas …?", "tu m'envoies … ?", "você me manda …?": an object pronoun,
    then the verb in the second person (its table form, or that form plus -s), asks for the work
    like "can you …" (not an answer verb: "me explicas …?" is answered); ``anywhere``: also at the
    start of a later clause ("…, ¿me lo preparas …?")."""
    if anywhere:
        return asks_you_to(words) or any(asks_you_to(words[i + 1:]) for i, word in enumerate(words[:60]) if word in (",", "¿"))
    words = [word for word in words[:4] if word != "¿"]
    if words[:1] and words[0] in lexicon.REQUEST_DELEGATES and words[0] not in lexicon.CLITICS and not lexicon.is_verb(words[0]):
        words = words[1:]
    if len(words) < 3:
        return False
    clitic, verb = words[0], words[2] if words[1] in lexicon.CLITICS else words[1]  # "¿me lo preparas …?"
    head, apostrophe, tail = clitic.partition("'")
    if apostrophe and tail and head + "e" in lexicon.CLITICS:  # "m'envoies", "t'occupes"
        clitic, verb = head + "e", tail
    if clitic not in lexicon.CLITICS or not verb.isalpha():
        return False
    base = lexicon.verb_base(verb) or (lexicon.verb_base(verb[:-1]) if verb.endswith("s") and len(verb) > 4 else None)
    return base is not None and base not in lexicon.ANSWER_VERBS and verb not in lexicon.ANSWER_VERBS


_INFINITIVE_MARKERS, _YOU_SUBJECTS = lexicon.word_set("infinitive_markers"), lexicon.word_set("you_subjects")
_SORRY = lexicon.phrases("apologies")  # "sorry find out if …", "perdona mándale …": an apology before the verb asks nothing


def _opener(words: list[str], at: int) -> tuple[str, int] | None:
    """The kind and length of the opener at ``at``: greeting, sequencer, task framing or request."""
    if words[at] in _INFINITIVE_MARKERS and at + 1 < len(words) and lexicon.is_verb(words[at + 1]):
        return "marker", 1  # "mi serve di cercare …", "poi di scrivere …": the item's verb follows
    length = lexicon.GREETINGS.at(words, at) or int(_SORRY.at(words, at) == 1 and lexicon.is_verb(words[at + 1] if at + 1 < len(words) else ""))
    if length == 1 and words[at] in lexicon.TIME_CUES and words[at + 1:at + 2] and words[at + 1][:1].isdigit():
        length = 0  # "um 14 Uhr …" is a clock time, not a hesitation
    if length and (words[at] in _ALWAYS_GREETINGS or length > 1 or (at + 1 < len(words) and _is_edge(words[at + 1]))
                   or at + 1 < len(words) and lexicon.is_verb(words[at + 1]) and words[at + 1] not in lexicon.AMBIGUOUS_VERBS
                   or lexicon.REQUEST.at(words, at + length) or lexicon.HELP_ONLY.at(words, at + length)  # "guagliò me fai 'na cortesia?"
                   or _opens_request(words, at + length)):
        return "greet", length
    for kind, table in lexicon.SEQ.items():
        length = table.at(words, at)
        if length and lexicon.DEADLINE_CUES.at(words, at) > length:
            continue  # "e prima di venerdì manda …": the order word opens a deadline cue, it stays with its date
        if length and not kanji_word_head(words, at, length) and not (at + length < len(words) and words[at + length] in lexicon.TIME_PHRASE_WORDS
                           and not (kind in ("then", "order") and _article_of_a_thing(words, at + length))) and not (at == 0 and then_dependency.before_an_id(words, at, length)):
            return kind, length
    length = _frame_at(words, at)
    if length:
        return "frame", length
    preamble = preambles.before_the_ask(words, at)
    if preamble:
        return "need", preamble  # "not sure if you can do this, but …": what follows is asked for
    need, length = lexicon.NEED_FRAMES.at(words, at), lexicon.REQUEST.at(words, at)
    if need >= length and need and at + need < len(words) and words[at + need] not in lexicon.VERBS:
        return "need", need  # "I need a summary of …", "ayúdame con la carta …"
    if need > length and at + need < len(words):
        return "request", need  # "mi serve cercare …", "ho bisogno di cercare …": needing an action asks for it
    if length and not kanji_word_head(words, at, length):
        return "request", length
    return late_request.before_request(words, at)  # "demain matin tu peux …": a time, then the request


def without_you(text: str) -> str:
    """The text without a leading subject "you" before its verb ("tu l'envoies à Mathilde" → "l'envoies à
    Mathilde"): after "then" it asks for the next step in the second person ("puis tu l'envoies", "e depois
    você manda"). Only there: on its own "tu réserves une table ?" may be a question."""
    words = text.split(None, 3)
    if len(words) < 2 or words[0].lower() not in _YOU_SUBJECTS:
        return text
    verb = words[1].lower().strip(",.;:!?")
    if you_form_or_verb(verb, True) or verb in lexicon.CLITICS and len(words) > 2 and you_form_or_verb(words[2].lower().strip(",.;:!?"), True):
        return text.lstrip()[len(words[0]):].lstrip()
    return text


def _opens_request(words: list[str], at: int) -> bool:
    """"alors faut que tu …", "allora segnati che …", "so I need you to …": a one-word greeting before a
    request or need opener of several words (or one that delegates, or one before a verb: "allora devi
    chiamare …") is a greeting, not the request's object."""
    length = lexicon.REQUEST.at(words, at)
    return bool(length > 1 or length and (words[at] in lexicon.REQUEST_DELEGATES or at + 1 < len(words) and lexicon.is_verb(words[at + 1]))
                or lexicon.NEED_FRAMES.at(words, at))


_FRAME_TAIL = lexicon.word_set("frame_tail")
_FRAME_ADD_VERBS = lexicon.word_set("frame_add_verbs")
_FRAME_SEPARATORS = frozenset(":：-–—,")


def _frame_at(words: list[str], at: int) -> int:
    """"add task:", "new tasks -", "todo:", "add:", "任务：" → length of the framing, else 0."""
    position = at
    while position < len(words) and words[position] in lexicon.FRAME_PRE:
        position += 1
    if position < len(words) and words[position] in lexicon.FRAME_NOUNS:
        position += 1
    elif "".join(words[position:position + 2]) in lexicon.FRAME_NOUNS:
        position += 2
    elif not (position > at and words[at] in _FRAME_ADD_VERBS):
        return 0
    while position < len(words) and words[position] in _FRAME_TAIL:
        position += 1
    if position < len(words) and words[position] in _FRAME_SEPARATORS:
        return position + 1 - at
    return 0


def frames_a_task(head: str) -> bool:
    """"und pack noch eine dazu", "y añade otra", "et ajoute une autre": the whole head before a colon is a
    frame that adds a task (read as "add task:"), so what follows the colon is the task."""
    words = Tokens(head[:80]).words + [":"]
    at = lexicon.CONJ.at(words, 0)
    return len(words) - at > 2 and _frame_at(words, at) == len(words) - at


_META_VERBS = lexicon.phrases("meta_verbs")
_META_OBJECTS = lexicon.phrases("meta_objects")
_META_TAIL = lexicon.word_set("meta_tail")


def _asked_to_handle_it(words: list[str], start: int, end: int) -> int:
    """The length of a last clause, after a comma, that asks us to handle what came before it ("…, tu peux
    t'occuper de ça ?", "…, podes tratar disso?", "…, puoi occuparti di questo?": a request, a meta verb
    and a pronoun object, and nothing else), else 0. Without it the item reads as a question to answer."""
    comma = next((i for i in range(end - 1, start, -1) if words[i] == ","), None)
    if comma is None or comma - start < 3:
        return 0
    at = comma + 1
    request = lexicon.REQUEST.at(words, at)
    verb = _META_VERBS.at(words, at + request)
    if not verb and request:
        verb, request = _META_VERBS.at(words, at), 0  # "podes tratar de" is one meta verb
    if not verb:
        return 0
    rest = _META_OBJECTS.at(words, at + request + verb)
    tail = at + request + verb + rest
    return end - comma if rest and all(word in _META_TAIL for word in words[tail:end]) else 0


def _trim_tail(words: list[str], start: int, end: int) -> int:
    opened = "(" in words[start:end]
    for _ in range(6):
        while end > start and _is_edge(words[end - 1]) and not (opened and words[end - 1] == ")"):
            end -= 1
        length = lexicon.SIGN_OFFS.ending_at(words, end)
        before = end - length - 1
        if length and end - length > start and (before < start or _is_edge(words[before]) or words[end - length].startswith(_STRONG_SIGN_OFF)):
            end -= length
            continue
        length = _TAIL_POLITE.ending_at(words, end)
        if length and end - length > start and not _FROM_NOW.ending_at(words, end):  # "… 20 minutes from now"
            end -= length
            continue
        break
    return end


@lru_cache(maxsize=1)
def _leading_clause() -> re.Pattern:
    """A clause opener ("once", "every", "tomorrow", …) up to its comma: "once T-03 is done, …"."""
    openers = "|".join(sorted(map(re.escape, lexicon.CLAUSE_WORDS), key=len, reverse=True))
    return re.compile(r"^(?:" + openers + r")\b[^,]{1,80},\s*", re.IGNORECASE)


def first_word(text: str) -> str:
    """The first word, lowercased, without punctuation ("Email," → "email")."""
    match = _FIRST_WORD.match(text)
    return match.group(1).lower().replace("’", "'") if match else ""


def leading_verb(core: str) -> tuple[str | None, str]:
    """The imperative verb an item opens with, after a leading clause or time words
    ("every Monday at 9am send …", "once T-03 is done, deploy …"), and the text from that verb on."""
    if "," in core[:100] and core.split(" ", 1)[0].lower() in lexicon.CLAUSE_WORDS:
        found = _verb_after_time_words(core)  # "every Monday at 6:30 send me X, because …": the verb comes first
        done = found[0] in lexicon.DEP_DONE  # "después de que termine la T-44, mándale …": the condition's done-word, no request
        once = _verb_after_time_words(_after_once_done(core))  # "quando è pronta mandala all'amministratore, il dottor …": the request before the comma
        return found if found[0] and not done else once if once[0] and once[1] != core else _verb_after_time_words(_after_once_done(_leading_clause().sub("", core)))
    return _verb_after_time_words(_after_once_done(_after_negated_condition(core)))


def _after_negated_condition(core: str) -> str:
    """"if Rosa hasn't replied send her a reminder", "si Rosa no contesta mándale …", "wenn Rosa nicht geantwortet
    hat schick …": a negated condition without a comma; the request is the first verb past the condition's own."""
    tokens = Tokens(core[:200])
    words = tokens.words
    opener = lexicon.CLAUSE_OPENERS.at(words, 0)
    if not opener or any(word in ",;:" for word in words[:12]):
        return core
    negation = next((at for at in range(opener + 1, min(len(words), opener + 5)) if words[at] in _NOT), None)
    verb = None if negation is None else next(
        (at for at in range(negation + 2, min(len(words), negation + 5)) if lexicon.is_verb(words[at])), None)
    said = verb and words[verb - 1] not in _NOT and not any(word in lexicon.PRONOUN_SUBJECTS for word in words[negation:verb])
    return core[tokens.starts[verb]:] if said else core  # not "si no contesta no pasa nada", "…, I will call her"


_NOT = lexicon.NEGATIONS | frozenset(word for lang in lexicon.LANGUAGES for word in lang.negations_after.split("|") if " " not in word)
_PLAIN_ARTICLES = lexicon.word_set("plain_articles")


def _verb_after_time_words(core: str) -> tuple[str | None, str]:
    position = 0
    tokens = core[:400].split()
    lowered = [token.lower().strip(",.;:\"'()") for token in tokens]
    offset, skip = 0, 0
    for index, token in enumerate(tokens):
        start = core.index(token, offset)
        offset = start + len(token)
        bare = lowered[index]
        if skip:
            skip -= 1
            continue
        if lexicon.is_verb(bare) or loans.loan_verb_before_object(bare, lowered[index + 1] if index + 1 < len(lowered) else ""):
            return bare, core[start:]  # also "checker si …", "schedulare una call": an English verb borrowed
        asked = lexicon.REQUEST.at(lowered, index) if position else 0
        if asked and (lowered[index] in lexicon.REQUEST_DELEGATES
                      or index + asked < len(lowered) and lexicon.is_verb(lowered[index + asked])):
            skip = asked - 1  # "first thing tomorrow can you check …", "antes del jueves hay que enviar …"
            continue
        if bare in lexicon.CLITICS and index + 1 < len(tokens) and lexicon.is_verb(tokens[index + 1].lower().strip(",.;:")):
            continue  # "lui envoyer un message": the verb comes after its pronoun
        after = tokens[index + 1] if index + 1 < len(tokens) else ""  # "die Texte … schreiben": a capital after an article is a noun
        article = (bare in _PLAIN_ARTICLES or bare in lexicon.DETERMINERS and after[:1].isupper()) and not is_time_word(after.lower().strip(",."))
        elided = "'" in bare.replace("’", "'") and all(part in lexicon.TIME_PHRASE_WORDS for part in bare.replace("’", "'").split("'"))  # "fra un'ora"
        if article or bare not in lexicon.TIME_PHRASE_WORDS and not time_token(bare) and not elided or position >= 12:
            break  # "the deploy worked" is a statement; "on the 1st of every month, pay …" is not
        position += 1
    return None, core


def _after_once_done(core: str) -> str:
    """"once it's done email the log", "quand c'est fini envoie …": the condition without a comma."""
    tokens = Tokens(core[:200])
    opener = lexicon.DEP_ONCE.at(tokens.words, 0)
    if not opener:
        return core
    words = tokens.words
    after = opener
    while after < min(len(words) - 1, opener + 6) and (words[after] in lexicon.ID_FILLERS or lexicon.id_number(words[after])
                                                        or words[after] in lexicon.ID_JOIN_WORDS and lexicon.id_number(words[after - 1])):
        after += 1
    if after > opener and lexicon.id_number(words[after - 1]) and lexicon.is_verb(words[after]) \
            and words[after] not in lexicon.DEP_DONE:
        return core[tokens.starts[after]:]  # "after T-5 send the report": the waited-for ids, then the request
    for end in range(opener, min(len(words), opener + 6)):
        if words[end] in lexicon.DEP_DONE and end + 1 < len(words) and words[end + 1] not in lexicon.DEP_DONE:  # "quando tiver pronto": the last one
            after = end + 1  # "cuando acabe la T-05 mándale …": the subject may follow the done-word
            while after < min(len(words) - 1, end + 4) and (words[after] in lexicon.ID_FILLERS or lexicon.id_number(words[after])):
                after += 1
            verb = next((at for at in range(end + 2, min(len(words), end + 5)) if words[end + 1].partition("'")[0] + "'" * ("'" in words[end + 1]) in lexicon.DETERMINERS
                         and lexicon.is_verb(words[at])), None)  # "une fois que t'as le numéro envoie-le …": what is had, then the request
            return core[tokens.starts[verb or (after if lexicon.id_number(words[after - 1]) else end + 1)]:]
    return core


def _article_of_a_thing(words: list[str], at: int) -> bool:
    """"danach den Pressetext …", "danach an Frau Köhler schicken": an article (a time filler too, "den 12.")
    before a word that is no time, or the word before a recipient ("an", "to") before a name or such an article."""
    if at + 1 >= len(words):
        return False
    if words[at] in lexicon.DETERMINERS:  # "danach die zwei günstigsten …": a count of things, not "die zwei Wochen"
        counted = words[at + 1] in _NUMBER_WORDS and at + 2 < len(words) and words[at + 2].isalpha() and not (
            is_time_word(words[at + 2]) or lexicon.is_verb(words[at + 2]) or words[at + 2] in _FUNCTION_WORDS)
        return counted or not is_time_word(words[at + 1])
    return words[at] in _RECIPIENT_WORDS and (_article_of_a_thing(words, at + 1) if words[at + 1] in lexicon.DETERMINERS
                                              else not is_time_word(words[at + 1]))  # not "an dem Tag", "to noon"


_RECIPIENT_WORDS = lexicon.word_set("recipient_words")
_NUMBER_WORDS = frozenset(lexicon.merged("numbers"))
_FUNCTION_WORDS = lexicon.word_set("function_words")


def cjk_action(words: list[str]) -> bool:
    """A Japanese request verb in ``words`` that is no show-verb ("スキャンして", not "教えて"): the text asks for work
    (Chinese verb phrases are single characters too often to tell)."""
    return has_kana("".join(words[:200])) and any(length and "".join(words[at:at + length]) not in lexicon.STATUS_SHOW
               for at in range(len(words)) for length in (lexicon.VERB_PHRASES.at(words, at),))


def you_form_or_verb(word: str, after_sequencer: bool) -> bool:
    """A verb, or after a sequencer its second person ("escribes", "mandas": the verb's form plus -s)."""
    return lexicon.is_verb(word) or after_sequencer and len(word) > 4 and word.endswith("s") and lexicon.is_verb(word[:-1])


def verb_after_a_time(core: str) -> str | None:
    """The verb after a leading time phrase of the same clause that names a time (a number, a day,
    a part of the day: not only articles and fillers, not across a comma)."""
    verb, rest = leading_verb(core)
    lead = core[:len(core) - len(rest)].lower().split() if verb else []
    if not lead or any("," in word or "，" in word for word in lead):
        return None
    return verb if any(word[:1].isdecimal() or word in lexicon.SCHEDULE_WORDS for word in lead) else None


def starts_with_verb(text: str) -> bool:
    """True when the trimmed text opens with an imperative verb (any supported language)."""
    core = trim(text).core
    if has_cjk(core[:8]) or has_cjk(core[:40]) and not lexicon.is_verb(first_word(core)):  # "letter.mdに手紙を書いて"
        words = Tokens(core).words
        clause = next((i for i, word in enumerate(words) if word in _CLAUSE_END or word in _DRAWN_OUT and (  # "…に転送して：「…」"
            lexicon.REQUEST_END.ending_at(words, i) or lexicon.VERB_PHRASES.ending_at(words, i))), len(words))  # "…つくっといて〜 Notionでいいよ"
        return bool(lexicon.VERB_PHRASES.find(words[:30]) or lexicon.REQUEST_END.ending_at(words, len(words))
                    or lexicon.VERB_PHRASES.ending_at(words, len(words)) or lexicon.VERB_PHRASES.ending_at(words, clause)
                    or lexicon.REQUEST_END.ending_at(words, clause) or lexicon.loan_before_particle(words))
    head = Tokens(core[:80]).words
    if lexicon.VAGUE_VERBS.at(head, 0) > 1 or lexicon.READING_VERBS.at(head, 0) > 1:
        return True  # "kümmer dich mal um …", "ocúpate de …": a request, if a vague one; "passe en revue …", "go through …"
    if head and lexicon.VAGUE_VERBS.at([head[0].partition("-")[0]], 0) and any(w in lexicon.VAGUE_NOUNS for w in head[1:3]):
        return True  # "trata-me daquilo das finanças": a one-word vague verb (its pronoun written on) and a vague noun
    words = core.split()
    if any(word.strip(",.;:!?") in lexicon.DE_INFINITIVES for word in words[1:]):
        return True  # German puts the infinitive last: "die Flüge nach Wien buchen", "morgen die Werkstatt anrufen wegen …"
    return leading_verb(core)[0] is not None
