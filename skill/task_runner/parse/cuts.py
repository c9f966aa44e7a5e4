"""Where a sentence splits into two requests (split.py reads the sentence; this decides each cut).

At each comma, "and" or sequencer that may start a new clause, ``cut_cue`` looks at a bounded
window on each side and says whether the text after it is a request of its own, and with which
cue ("then", "also", "now", "cond", or "" for a plain cut); None keeps the sentence whole: a
condition before its request, a relative clause, a weekday list, one job in two verbs.
"""

from task_runner.parse import clause, lexicon, lists, loans
from task_runner.parse.clean import (
    first_word,
    is_time_word,
    starts_with_verb,
    trim,
    verb_after_a_time,
    without_you,
    you_form_or_verb,
)
from task_runner.parse.phrases import Tokens, has_kana, is_cjk

BREAKS = frozenset(",;，；、")  # the marks that may end a clause inside a sentence
_PERSON_OBJECTS = lexicon.word_set("person_objects")
_INFINITIVE_MARKERS = lexicon.word_set("infinitive_markers")


def cut_cue(left: str, right: str, words: list[str], index: int, kind: str, opener_follows: bool,
              last: str) -> str | None:
    """The cue of the clause starting at ``right`` when the sentence splits there, else None."""
    left_core = trim(left).core
    if not left_core:
        return None
    left_words = Tokens(left_core).words
    if kind == "comma" and len(left_words) <= 4 and lexicon.DEP_ONCE.at(left_words, 0):
        return None  # "…, quando terminar, manda …": a short condition belongs to what follows
    if clause.waits_for_a_task(left_words) or opener_follows and len(left_words) == 1 and lexicon.is_verb(left_words[0]):
        return None  # "quand T-03 est terminée, envoie …", "T-01が終わったら、…": the condition of what follows
    if kind == "then" and all(lexicon.id_number(word) or word in lexicon.ID_JOIN_WORDS for word in left_words):
        return None  # "T-5完成后把报告发给安娜": the ids waited for, not a task of their own
    if kind == "comma" and index < len(words) and words[index] == "、" and not has_kana(left_core) and lexicon.DIGEST_VERBS.find(left_words):
        return None  # "…过一遍，整理出谁订过、订了几桌、付没付清": after a digest verb, the 、 list names what it lists
    right_trim = trim(without_you(right) if kind in lexicon.SEQ else right)  # "puis tu l'envoies …"
    if kind == "comma" and (clause.relative_clause(right) or clause.weekday_list(left_core, right_trim.core)):
        return None  # "such einen Gutachter in Bochum, der samstags …", "每周一、三、五早上8点…": no new clause
    if kind == "comma" and _infinitive_clause(right_trim.core) and not _infinitive_clause(left_core):
        return None  # "erinnere mich daran, die Kühltheke zu checken": what the reminder is about, no request of its own
    right_core = clause.strip_result_lead(right_trim.core)
    if kind in lexicon.SEQ:
        right_core = clause.strip_use_lead(right_core)  # "…, then use that to write …"
    next_word = first_word(right_core)
    if next_word in lexicon.CLITICS and you_form_or_verb(first_word(right_core[len(next_word):]), kind in lexicon.SEQ and not next_word.endswith("s")) \
            and not clause.article_subject(Tokens(right_core[:80]).words):
        next_word = first_word(right_core[len(next_word):])  # "lui envoyer …" (a plural article agrees: "las pruebas" is no "le escribes")
    if kind in lexicon.SEQ and you_form_or_verb(next_word, True) and not lexicon.is_verb(next_word):
        next_word = next_word[:-1]  # "y luego le escribes a Rubén": a request in the second person after "then"
    if kind in lexicon.SEQ and not lexicon.is_verb(next_word) and next_word.isascii():
        next_word = lexicon.with_pronouns_attached(next_word) or next_word  # "poi prenotalo": the pronoun written on
    if next_word and not lexicon.is_verb(next_word) and is_time_word(next_word):
        next_word = verb_after_a_time(right_core) or next_word  # "…, and tomorrow call the plumber", "y a partir de las 18:00 escríbele"
    cjk = is_cjk(right_core[:1]) or _digits_then_cjk(right_core) or kind in lexicon.SEQ and clause.verb_then_kana(left_words, right_core)  # "…して、あとAmazonで…"
    right_words = Tokens(right_trim.core[:80]).words  # "confere … e me manda o link": after a plain "and", what a lookup found, sent to the user
    if (kind != "also" and clause.one_job(left_words, right_words) or kind == "conj" and clause.found_sent_back(left_core, right_words)) and not (
            kind == "then" and lexicon.verb_type(first_word(right_trim.core)) == "messaging"):  # "…, then text me the reading" is a step
        return None
    if kind == "comma" and (_tells_the_one_messaged(left_core, right_core) or _message_then_its_words(left_words, right)
                            or _message_goes_on(left_core, left_words, right)):
        return None
    if (cjk or is_cjk(left_core[-1:]) and has_kana(right_core[:200])) and kind == "comma" and (  # "…を直す、Googleマップの…を差し替える"
            lexicon.VERB_PHRASES.ending_at(left_words, len(left_words)) or _request_end(left_words) and _asks(right_core) or _plain(left_words)
                                    and _plain(Tokens(right_core[:200]).words)):
        return ""  # "…を探して、…を送って", "…を調べておいて、…", "…を確認する、…を探す": each verb closes a request
    if kind in ("comma", "conj") and left_words and left_words[-1] in lexicon.DE_INFINITIVES \
            and any(word in lexicon.DE_INFINITIVES for word in right_core.split()[1:12]) \
            and left.rstrip()[-len(left_words[-1]):][:1].islower() and not (len(left_words) > 1 and left_words[-2] in lexicon.NEGATIONS):
        return ""  # "die Steuererklärung machen, die Versicherung kündigen und …": one infinitive per task
    if kind == "conj" and has_kana(left_core) and not lexicon.VERB_PHRASES.ending_at(left_words, len(left_words)):
        return None  # "「…」と伝えて": と after a quote or noun is not "and"
    if kind == "conj" and words[index] not in BREAKS and _reminded_of_more(left_words, first_word(right_core)):
        return None  # "remind me at 5 to cash up and take the float to the bank": one reminder of two things
    lone_verb = len(right_core.split()) == 1 and next_word not in lexicon.AMBIGUOUS_VERBS  # "…, redeploy"
    if lone_verb and kind == "conj" and next_word in lexicon.DE_INFINITIVES and left_words[-1] in lexicon.DE_INFINITIVES:
        return None  # "die Belege sortieren und zusammenfassen": two verbs, one object
    verb_follows = (lexicon.is_verb(next_word) and (len(right_core.split()) >= 2 or lone_verb)) or _verb_final(right_core) or _loan_first(right_core) or (
        cjk and bool(lexicon.VERB_PHRASES.at(Tokens(right_core[:8]).words, 0))) or cjk and clause.verb_after_cjk_time(right_core[:16])
    requested = right_trim.requested and (lexicon.is_verb(next_word) or cjk)
    if kind == "now":
        return "now" if verb_follows or requested or cjk and bool(lexicon.VERB_PHRASES.find(Tokens(right_core[:40]).words)) else None
    if kind in lexicon.SEQ:
        if not (index < len(words) and words[index] in BREAKS) and left_words and left_words[-1] in lists.OBJECT_WORDS:
            return None  # "find a supplier for pure water filters": after "for" a word is its object, no "also" (it. pure)
        if kind == "then" and last in lexicon.NOT_THEN_BEFORE:
            return None
        if kind == "then" and first_word(left_core) in ("if", "when", "once", "si", "wenn"):
            return None
        if cjk and is_cjk(left_core[-1:]) and len(left_core) <= _CJK_PLACE and not has_kana(left_core) and not (index < len(words) and words[index] in BREAKS) \
                and not lexicon.VERB_PHRASES.find(left_words) and not lexicon.REQUEST_END.find(left_words) \
                and not any(lexicon.id_number(word) is not None for word in left_words):  # "T-04 完成之后" waits for a task
            return None  # "另外在拼多多再买两卷胶带": a place (a few characters, no verb) before a bare 再 is the next verb's
        if cjk and not (opener_follows or verb_follows or requested) and _cjk_stub(right_core):
            return None  # "报销材料那个弄完没": a word or two and no verb after "弄完" end a question, no next step
        if opener_follows or verb_follows or lexicon.is_verb(next_word) or requested or cjk:
            return "also" if kind == "then" and _also_after(right) else kind
        return kind if kind == "also" and lists.another_need(left, right_core) else None
    if opener_follows:
        return "cond" if kind == "conj" and (starts_with_verb(left) or clause.need_before_a_comma(left, words, index)) else None
    if requested:
        return ""  # "I've been meaning to ask, could you please dig up …"
    if not verb_follows:
        return None
    if cjk:
        return ""
    if not starts_with_verb(left) and clause.statement(left_core) and not clause.statement(right_core):
        return ""  # "the car is making a weird noise, so book a mechanic": the statement is only context
    if kind in ("comma", "conj") and clause.frame_list(left, words, index):
        return None
    if len(left_core.split()) < 2 and lexicon.verb_base(left_core) in (None, left_core) or not (starts_with_verb(left) or clause.need_before_a_comma(left, words, index)
                                          or _hands_on(left) or kind == "conj" and _pronoun_on(left_core)):
        return None  # one word, unless an object pronoun is written onto the verb ("corrige-la", "correggilo")
    before_last = words[index - 2] if index >= 2 else ""
    if (kind == "conj" and last in lexicon.VERBS and last not in lexicon.AMBIGUOUS_VERBS and left.rstrip()[-len(last):][:1].islower()
            and last not in lexicon.DE_INFINITIVES and before_last not in clause.FINITE):
        return None  # "benchmark read and write throughput": two verbs sharing one object ("is open and" is not)
    return "then" if right_core != right_trim.core else ""


def _pronoun_on(core: str) -> bool:
    """"prenotalo per due e manda …": an imperative with its object pronoun written on opens a request."""
    head = first_word(core)
    return len(core.split()) > 1 and head.isascii() and lexicon.with_pronouns_attached(head) is not None


def _loan_first(core: str) -> bool:
    """"… pis checker si la salle …", "e poi schedulare una call": a clause opened by a borrowed English verb."""
    words = Tokens(core[:60]).words
    return len(words) > 1 and loans.loan_verb_before_object(words[0], words[1]) is not None


_CJK_PLACE = 6  # "在拼多多", "在京东商城": a place before the verb is a few characters ("跟小陈说评审改到周五" is a request)
_REMINDER_STARTS = lexicon.phrases("reminder_starts")
_INFINITIVE_ENDINGS = tuple(sorted(lexicon.word_set("infinitive_endings")))


def _reminded_of_more(left: list[str], verb: str) -> bool:
    """"remind me at 5 to cash up and take the float …", "recuérdame a las 8 comprar leche y llamar a mamá",
    "ricordami di comprare il latte e chiamare la mamma": a reminder of what the user is to do (its infinitive), then
    "and" (no comma: ", and order 30 boxes" asks again) and another infinitive right after it (no time of its own:
    "… and every Saturday at 9 to clean the bike" is another reminder): one reminder of both. Not an imperative ("… y llama a Ana", a request of its own),
    and in English (whose infinitive is its imperative) not a verb of work we do ("… and email the Grange hotel")."""
    verb = verb.partition("'")[2] or verb  # "et d'appeler maman"
    start = next((at for at in range(min(len(left), 8)) if _REMINDER_STARTS.at(left, at)), None)
    if start is None or not verb.isalpha():
        return False
    after = left[start + _REMINDER_STARTS.at(left, start):]
    marked = next((at for at in range(min(len(after) - 1, 8)) if after[at] in _INFINITIVE_MARKERS and after[at + 1].isalpha()), None)
    if verb.endswith(_INFINITIVE_ENDINGS) and len(verb) > 4:  # "… y sacar la basura", "… e portare fuori …"
        return marked is not None or any(word.endswith(_INFINITIVE_ENDINGS) and len(word) > 4 for word in after[:8])
    return marked is not None and after[marked] == "to" and lexicon.is_verb(verb) and lexicon.verb_type(verb) is None  # "to cash up and take …"


def _infinitive_clause(text: str) -> bool:
    """A clause (up to its next break) that ends in an infinitive marker and an infinitive after
    words of its own ("die Kühltheke zu checken"): a verb-final infinitive clause hangs on the clause
    before it ("erinnere mich daran, …", "vergiss nicht, …"); a list of them ("X zu kaufen, Y zu
    bestellen") is not this, as the clause before ends the same way."""
    end = min((text.find(mark) for mark in BREAKS | {".", "!", "?"} if mark in text), default=len(text))
    words = text[:end].split()
    return len(words) >= 3 and words[-2].lower() in _INFINITIVE_MARKERS and words[-1][:1].islower() \
        and (lexicon.is_verb(words[-1]) or words[-1].endswith("n"))


def _cjk_stub(text: str) -> bool:
    """At most two words up to the clause's end: no clause of its own."""
    words = Tokens(text[:12]).words
    end = next((at for at, word in enumerate(words) if word in BREAKS or word in "。！？?!"), len(words))
    return end <= 2


def _request_end(words: list[str]) -> bool:
    """A Japanese request ending closes the clause as its verb would ("調べておいて", "確認してください"): the
    verb tables hold the plain te-forms, not each one with every ending after it."""
    return len(words) > 2 and has_kana(words[-1]) and bool(lexicon.REQUEST_END.ending_at(words, len(words)))


def _asks(core: str) -> bool:
    """The clause after makes a request of its own (not "…を手伝ってほしい、武蔵小杉あたりで", a detail)."""
    words = Tokens(core[:200].rstrip(" 。.!！")).words
    return bool(lexicon.VERB_PHRASES.find(words) or lexicon.REQUEST_END.ending_at(words, len(words)))


def _also_after(right: str) -> bool:
    """"et puis aussi écris à …", "and then also email …", "e depois também …": an "also" right after the "then"
    adds a request, it does not order it after the one before (no dependency)."""
    return bool(lexicon.SEQ["also"].at(Tokens(right[:60]).words, 0))


def _plain(words: list[str]) -> bool:
    return bool(words) and has_kana(words[-1]) and bool(lexicon.PLAIN_VERB_PHRASES.ending_at(words, len(words)))


def _verb_final(text: str) -> bool:
    """German puts the infinitive last ("die Plakate drucken"), or before a causative ("… drucken lassen"),
    or at the end of its own clause before a comma ("… in den Kalender legen, die Protokolle auszudrucken")."""
    return _infinitive_last(text) or "," in text and _infinitive_last(text.split(",", 1)[0])


def _infinitive_last(text: str) -> bool:
    words = [word.lower().strip(",.;:!?") for word in text.split()[-3:]]
    if len(words) >= 3 and words[-1] in lexicon.CAUSATIVES:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in lexicon.DE_INFINITIVES


def _digits_then_cjk(text: str) -> bool:
    """"6点以后再重启…", "3号前…": a clause in a script without spaces that opens with a number."""
    return text[:1].isdecimal() and is_cjk(text.lstrip("0123456789")[:1])


def _tells_the_one_messaged(left: str, right: str) -> bool:
    """"给房东发消息，提醒他收物业费的事", "text the landlord, remind him to collect the fee": after a message, a
    clause whose verb has a person pronoun for its object (after it, or at the clause's end after a verb
    that follows its object: "把取票码告诉他") says what the message tells that person."""
    words = Tokens(right[:60]).words
    verb = lexicon.VERB_PHRASES.at(words, 0) or int(bool(words) and lexicon.is_verb(words[0]))
    if not (verb and verb < len(words) and (words[verb] in _PERSON_OBJECTS or _object_first_to_a_person(words))):
        return False
    from task_runner.parse.classify import classify  # an item rule: only when such a clause is found
    return classify(right) in ("messaging", "reminder-scheduling") and classify(left) == "messaging"


def _message_goes_on(left_core: str, left: list[str], right: str) -> bool:
    """"escribe en el grupo que la cena es el viernes, que confirmen antes del miércoles", "tell the group that
    dinner is on Friday, that they should confirm": after a message that already says its that-clause, a comma
    and another that-word add to what it says; no request of ours opens with "que"."""
    if not left or lexicon.MESSAGE_THAT.find(left, 1) is None or not lexicon.MESSAGE_THAT.at(Tokens(right[:40]).words, 0):
        return False
    from task_runner.parse.classify import classify  # an item rule: only when such a clause is found
    return classify(left_core) == "messaging"


def _message_then_its_words(left: list[str], right: str) -> bool:
    """"跟妈妈说一声，明天去医院复查我陪她去", "给王老师发消息，问一下周五家长会改到几点了": a message that ends in its
    verb, with nothing said yet, is followed by what it says, unless the clause after asks for something of its
    own ("…，帮我查一下天气", "…，提醒我明天开会")."""
    if not lexicon.MESSAGE_OPEN_ENDS.ending_at(left, len(left)):
        return False
    words = [word for word in Tokens(right[:80]).words if word not in BREAKS]
    if not words or lexicon.VERB_PHRASES.at(words, 0) and not lexicon.MESSAGE_ASKS.at(words, 0) \
            or clause.verb_after_cjk_time("".join(words)):
        return False  # "…，订一下周六的餐厅", "…，5点以后再发给小李" are requests; "…，问一下…" what the message asks
    return not any(lexicon.REQUEST.at(words, at) or lexicon.HELP_ONLY.at(words, at) for at in range(len(words))) \
        and not any(lexicon.TO_THE_USER_CJK.at(words, at) for at in range(len(words)))


def _object_first_to_a_person(words: list[str]) -> bool:
    """"把取票码告诉他": the clause puts its object first and ends (at its first mark) with a verb and a person
    pronoun, so that person is its object as in "remind him to …"."""
    end = next((at for at, word in enumerate(words) if word in BREAKS or word in "。；！？"), len(words))
    return end >= 2 and words[end - 1] in _PERSON_OBJECTS and bool(lexicon.VERB_PHRASES.ending_at(words, end - 1))


def _hands_on(left: str) -> bool:
    """"que Claude Code revise …, y …": a request handed to an agent is a request like one with a verb."""
    from task_runner.parse.classify import delegates  # an item rule: only for a clause without a verb first

    return delegates(left.strip())


def may_start_clause(words: list[str], index: int) -> bool:
    """Cheap pre-check before the full decision: can a new clause start at word ``index``?"""
    if index >= len(words):
        return False
    word = words[index]
    if word in lexicon.CLITICS and index + 1 < len(words) and lexicon.is_verb(words[index + 1]):
        return True  # "et lui envoyer un message"
    filler = lexicon.GREETINGS.at(words, index)
    if filler and index + filler < len(words) and lexicon.is_verb(words[index + filler]):
        return True  # "… and uh make a checklist": a hesitation before the verb
    return (lexicon.is_verb(word) or bool(loans.loan_verb_before_object(word, words[index + 1] if index + 1 < len(words) else "")) or bool(lexicon.REQUEST.at(words, index)) or is_time_word(word) or bool(lexicon.DEP_RESULT.at(words, index))
            or is_cjk(word[:1]) or index >= 2 and is_cjk(words[index - 2][-1:]) or any(w in lexicon.DE_INFINITIVES for w in words[index:index + 8]))
