"""The free text after a command's ids: a note for the next attempt ("retry T-04 with the prod
key", "rerun T-9 (the token expired)") or an answer ("answer T-04: eu-1"), as character spans of
the text so the caller returns them exactly as the user wrote them; a new action after a comma
("skip T-04, then email Bob") is no note."""

from task_runner.parse import control_words, lexicon
from task_runner.parse.phrases import Phrases, Tokens, is_cjk
from task_runner.parse.timed_action import opens_timed_action

PLEASE = Phrases(*(lang.command_fillers for lang in lexicon.LANGUAGES if lang.command_fillers),
                 *(lang.softeners for lang in lexicon.LANGUAGES))
NOTE = lexicon.NOTE_OPENERS
_ADVERBIAL = lexicon.word_set("note_adverbials")
_REASONS = lexicon.phrases("reasons")  # "…, que ya lo pagué yo": the user's reason
_MISTAKES = lexicon.phrases("mistake_words")  # "…，写错了": the user's mistake, the reason for the command
NEW_ACTION = Phrases(*(lang.conj for lang in lexicon.LANGUAGES if lang.conj), *(lang.seq_then for lang in lexicon.LANGUAGES),
                     *(lang.seq_also for lang in lexicon.LANGUAGES),
                     *(lang.new_action_words for lang in lexicon.LANGUAGES if lang.new_action_words))
COLON = frozenset(":：")
_RESTATED = (PLEASE, lexicon.PRONOUN_OBJECTS, lexicon.VERB_COMPLEMENTS, *lexicon.CONTROL_AFTER.values(), *lexicon.CONTROL_BEFORE.values())


def note_end(words: list[str], start: int, right: int, answering: bool = False) -> int:
    """Where a note stops: before ", and skip T-06" or "; then email Bob" (a new action); an answer
    is free text, so a control word in it ends it only with ids ("用顺丰寄，不要用邮政" goes on)."""
    for index in range(start + 1, right):
        if words[index] in (",", ";", "and", "，"):
            action = index + 1
            while action < right and NEW_ACTION.at(words, action):
                action += NEW_ACTION.at(words, action)
            verb = max(t.at(words, action) for t in lexicon.CONTROL_BEFORE.values()) if action < right else 0
            refuses = "".join(words[action:action + verb]) in lexicon.NEGATIONS  # "…发，不要用我私人微信": "don't use …"
            if action < right and (verb and (not (answering or refuses) or _takes_ids(words, action + verb, right))
                                   or lexicon.id_number(words[action]) is not None or _adds(words[action]) or words[action] == "add"
                                   or _for_an_id(words, action, right)):
                return index  # "…, and skip T-06", "…, et ajoute une tâche : …", "…, et pour T-53 : …"
            if lexicon.SEQ["then"].at(words, index + 1) or lexicon.DEP_ONCE.at(words, action):
                return index  # "retry T-10 with `-v` and once it's done email the log": a task that waits for it
            if not answering and action < right and words[start] in lexicon.DETERMINERS and not NOTE.at(words, start) \
                    and lexicon.is_verb(words[action]):
                return index  # "annule T-15, le client a pris ses paniers ailleurs, et envoie un sms à …": news, then a request
    return right


def _for_an_id(words: list[str], at: int, right: int) -> bool:
    """"…, et pour T-53 : …", "…, y para la T-91: …", "…, e per T-119: …": a for-word and an id (an article
    between them at most) open the answer to another task, so the note before them ends there."""
    if at >= right or words[at] not in lexicon.ANSWER_LEADS:
        return False
    at += 1 + (at + 1 < right and words[at + 1] in lexicon.DETERMINERS)
    return at < right and lexicon.id_number(words[at]) is not None


def _takes_ids(words: list[str], start: int, right: int) -> bool:
    """"…, skip T-06", "…, retry all blocked" start a command; "用顺丰寄，不要用邮政" ("don't use …") goes on."""
    window = words[start:min(right, start + 5)]
    return not window or any(lexicon.id_number(w) is not None or w in lexicon.ALL_WORDS for w in window) \
        or any(table.find(window) for table in lexicon.STATUS_WORDS.values())


def answer(tokens: Tokens, start: int, right: int) -> tuple[int, int] | None:
    """An answer is the rest of the clause exactly as written ("answer T-04 eu-1, the staging one"),
    up to a new command; None when there is none (intake then asks for the answer itself)."""
    words = tokens.words
    position = start + (start < right and words[start] in COLON | {",", "-", "—", "–", "，", "→", "⇒", "="})
    if position < right and words[position] == ">" and position > start:
        position += 1  # "answer T-73 -> mint green": an arrow points at the answer like a colon
    if position >= right:
        return None
    return _span(tokens, position, note_end(words, position, right, answering=True))


def _selector_opens(words: list[str], at: int, right: int) -> bool:
    """A selector ("all the failed ones", "alle blockierten") opens the words at ``at``, maybe after a "please"."""
    from task_runner.parse.selectors import selector_at

    at += PLEASE.at(words, at)
    return at < right and words[at] in lexicon.ALL_WORDS and selector_at(words, at)[0] is not None


def note(tokens: Tokens, start: int, right: int) -> tuple[int, int] | None:
    """Where the words after a command's ids that instruct the next attempt are ("but use the
    staging creds"), as character offsets: the caller returns them exactly as the user wrote them."""
    if start >= right:
        return None
    words = tokens.words
    position = start + PLEASE.at(words, start)
    if position >= right:
        return None
    if words[position] == "(":
        close = words.index(")", position) if ")" in words[position:right] else right
        return _span(tokens, position + 1, close) if close > position + 1 else None  # "rerun T-9 (the token expired)"
    separated = words[position] in (",", ":", ";", "-", "—", "–", "，", "、")
    if separated:
        position += 1
    separated = separated or words[position] in _ADVERBIAL
    if position >= right:
        return None
    right = note_end(words, position, right)
    span = _span(tokens, position, right, " .!?,;") if right > position else None
    if lexicon.SIGN_OFFS.at(words, position) >= right - position or all(not w[:1].isalnum() for w in words[position:right]):
        return None  # "done with T-12, thanks"
    if restates(words, position, right):
        return None
    if NOTE.at(words, position) or is_cjk(words[right - 1][:1]) and NOTE.ending_at(words, right) \
            and not any(lexicon.id_number(w) is not None for w in words[position:right]):
        return span  # "with the prod key"; ja puts the opener last: "`--no-cache`で", "本番のキーを使って"
    if not separated or any(lexicon.id_number(w) for w in words[position:right]):
        return None
    if _MISTAKES.find(words, position, right) and not _asks(words[position:right]):
        return span  # "T-224 取消吧，写错了", "T-83はキャンセルで、間違えて追加した": why, no new action
    action = position
    while action < right and NEW_ACTION.at(words, action):
        action += NEW_ACTION.at(words, action)
    action += action > position and action < right and words[action] in COLON  # "cancel T-5, instead: find …"
    if action > position and _selector_opens(words, action, right):
        return None  # "T-4 ist fertig, und dann alle fehlgeschlagenen überspringen": a command of its own
    if action < right and (lexicon.is_verb(words[action]) or words[action] == "add" or _adds(words[action])
                           or lexicon.VERB_PHRASES.at(words, action) or _ends_with_a_request(words, action, right)
                           or action > position and _request_then_verb(words, action)
                           or lexicon.SEQ["then"].find(words[position:action]) and is_cjk(words[action][:1])
                           and lexicon.VERB_PHRASES.find(words[action:right])
                           or any(t.at(words, action) for t in lexicon.CONTROL_BEFORE.values())
                           or opens_timed_action(words, position, action, right)
                           or action > position and lexicon.DEP_ONCE.at(words, action)):
        return None  # "skip T-04, add: …" / "retry T-02, then email Bob" / "跳过T-03，再加一个任务": a new action;
        # "T-33 retry pls, and once it's done email …": a task that waits for it
    return span


def _asks(words: list[str]) -> bool:
    return bool(lexicon.REQUEST.find(words) or lexicon.HELP_ONLY.find(words) or lexicon.REQUEST_END.find(words))


def following(tokens: Tokens, right: int) -> tuple[int, int] | None:
    """"retry T-04. This time use the staging key", "T-173を再試行して。今度は…": the next sentence,
    when a note opener starts it, is the note (only after the command ended its own sentence)."""
    words = tokens.words
    if not 0 < right < len(words) or words[right] not in ".。!！;；":
        return None
    start = right + 1
    if start >= len(words) or not NOTE.at(words, start) or any(lexicon.id_number(w) is not None for w in words[start:]):
        return None
    end = next((i for i in range(start, len(words)) if words[i] in ".。!！?？;；\n"), len(words))
    return _span(tokens, start, end, " .!?,;。") if end > start else None


_STOPS = frozenset(".!;。！；")
_ASKED = _STOPS | frozenset("?？")


def said_with_a_pronoun(words: list[str], start: int, right: int) -> tuple[str, int] | None:
    """"did T-03 myself so mark it done", "la T-12 ya la hice yo, márcala como hecha": the ids with
    no verb at them, and later in their sentence a control verb with a pronoun for them; or in the
    sentence right after ("I think T-24 didn't work. Would it be ok to try it again?", "T-104 hat
    nicht geklappt. Könnten Sie es bitte noch einmal versuchen?"): the pronoun's sentence names no id."""
    found = _said_in(words, start, right)
    if found or not (start < right <= len(words) and (words[right - 1] in _ASKED or right < len(words) and words[right] in _STOPS)):
        return found
    begin = right + (right < len(words) and words[right] in _STOPS)
    end = next((i for i in range(begin, min(len(words), begin + 30)) if words[i] in _ASKED), None)
    return _only_a_command(words, begin, end if end is not None else len(words))


def _only_a_command(words: list[str], begin: int, end: int) -> tuple[str, int] | None:
    """A sentence that is only a control verb and a pronoun for the ids, after its politeness: "would it
    be ok to try it again?", "Könnten Sie es bitte noch einmal versuchen?" (the pronoun, then the words
    that follow ids: "es nochmal versuchen" as "T-104 nochmal versuchen")."""
    at = begin
    for _ in range(4):
        length = lexicon.REQUEST.at(words, at) or lexicon.GREETINGS.at(words, at) or PLEASE.at(words, at)
        if not length or at + length >= end:
            break
        at += length
    pronoun = lexicon.PRONOUN_OBJECTS.at(words, at)
    found = None
    if pronoun:
        after = at + pronoun + PLEASE.at(words, at + pronoun)
        found = next(((verb, after + table.at(words, after)) for verb, table in lexicon.CONTROL_AFTER.items()
                      if verb not in ("pause", "resume") and table.at(words, after)), None)
    if found is None and any(table.at(words, at) for verb, table in lexicon.CONTROL_BEFORE.items() if verb not in ("pause", "resume")):
        found = _said_in(words, at, end)
    if found is None or not NEW_ACTION.at(words, found[1]) and any(word not in _ASKED and not PLEASE.at(words, i) for i, word in enumerate(words[found[1]:end], found[1])):
        return None
    return found


def _said_in(words: list[str], start: int, right: int) -> tuple[str, int] | None:
    for at in range(start, right):
        if lexicon.id_number(words[at]) is not None:
            return None
        attached = control_words.control_without_clitic(words[at])
        for verb, table in lexicon.CONTROL_BEFORE.items():
            length = 1 if attached and table.at([attached], 0) == 1 else table.at(words, at)
            if not length or verb in ("pause", "resume"):
                continue
            after = at + length
            if not attached:
                pronoun = lexicon.PRONOUN_OBJECTS.at(words, after) or int(after < right and words[after] in lexicon.CLITICS)
                before = not pronoun and _pronoun_before(words, start, at)  # "tu peux la marquer comme faite"
                if not pronoun and not before and _bare_at_end(words, at, after, right):
                    pronoun = PLEASE.at(words, after)  # "T-4 failed again, retry please": the verb alone is said of them
                elif not pronoun and not before:
                    continue
                after += pronoun
            tail = lexicon.CONTROL_AFTER[verb].at(words, after) if verb in lexicon.CONTROL_AFTER else 0
            if (attached or " ".join(words[at:at + length])) in lexicon.NEEDS_AFTER and not tail:
                continue
            return verb, after + tail
    return None


def _pronoun_before(words: list[str], start: int, at: int) -> bool:
    """An object pronoun before the control verb, as French, Italian, Spanish and Portuguese put it
    before an infinitive or a "you can": "tu peux la marquer", "la puoi segnare", "lo puedes marcar"."""
    if at > start and words[at - 1] in lexicon.CLITICS:
        return True
    return any(words[k] in lexicon.CLITICS and lexicon.REQUEST.at(words, k + 1) == at - k - 1 for k in range(max(start, at - 4), at - 1))


_OPENS_CLAUSE = frozenset(", ， 、 — – → . ! ; 。 ！ ；".split())


def _bare_at_end(words: list[str], at: int, after: int, right: int) -> bool:
    """A control verb that opens its own clause (after a comma, a full stop, or as the whole text of a
    left-over sentence) and ends the sentence with no object (a softener may follow): "a T-112 deu erro
    outra vez, volta a tentar pf", "T-15 feito. Podes marcar como concluída."; or with only how to try next
    after it, a note one word opens: "T-29 è fallita, riprova con …", "T-52 a planté → réessaye avec …"."""
    opener = at
    while opener > 0 and words[opener - 1] not in _OPENS_CLAUSE and lexicon.REQUEST.at(words, opener - 1) == at - opener + 1:
        opener -= 1  # "T-71 já fiz eu, pode marcar como concluída": a request may open the clause
    if opener > 0 and words[opener - 1] not in _OPENS_CLAUSE:
        return False
    end = after + PLEASE.at(words, after)
    return end >= right or words[end] in ".!?;。！？；" or NOTE.at(words, end) == 1 and end + 1 < right


def _request_then_verb(words: list[str], start: int) -> bool:
    """"…，另外帮我查一下 …": a request and its verb after "also" (not "另外请用 …", how to retry)."""
    verb = start + lexicon.REQUEST.at(words, start)
    return verb > start and verb < len(words) and (lexicon.is_verb(words[verb]) or bool(lexicon.VERB_PHRASES.at(words, verb)))


def _ends_with_a_request(words: list[str], start: int, right: int) -> bool:
    """Japanese puts the verb last: "あとボブにレポートを送って" is a new request, not a note."""
    return is_cjk(words[start][:1]) and bool(lexicon.VERB_PHRASES.ending_at(words, right) or lexicon.REQUEST_END.ending_at(words, right))


def _adds(word: str) -> bool:
    """"add", "加", "ajoute": a word that frames a new task."""
    return word in lexicon.FRAME_PRE and (lexicon.is_verb(word) or is_cjk(word[:1]))


def _span(tokens: Tokens, first: int, stop: int, strip: str = " ") -> tuple[int, int] | None:
    """Character offsets of tokens [first, stop), without surrounding spaces (and ``strip`` at the end)."""
    begin, end = tokens.starts[first], tokens.ends[stop - 1]
    text = tokens.text[begin:end]
    begin += len(text) - len(text.lstrip())
    end = begin + len(tokens.text[begin:end].strip().rstrip(strip))
    return (begin, end) if end > begin else None


def opens_next(words: list[str], at: int, right: int) -> bool:
    """A joining word that opens the next command or task ends an id-first command as a comma does:
    "T-45 passe-le en priorité et T-46 …", "T-12 skip and email Bob …"; so does a reason, with a word
    after it ("la T-76 márcala como hecha que ya lo pagué yo")."""
    if _REASONS.at(words, at) and at + _REASONS.at(words, at) < right:
        return True
    length = NEW_ACTION.at(words, at)
    after = at + length
    return bool(length) and after < right and (lexicon.id_number(words[after]) is not None or lexicon.is_verb(words[after])
                                               or any(table.at(words, after) for table in lexicon.CONTROL_BEFORE.values()))


def past_you_can(words: list[str], position: int, right: int) -> int:
    """After the ids, past "you can" and a pronoun for them, to where their verb may be: "T-06 e
    T-08 pode cancelar", "T-40 et T-45 tu peux les sauter", "T-3 y T-4 los puedes cancelar"."""
    clitic = position + 1 < right and words[position] in lexicon.CLITICS and lexicon.REQUEST.at(words, position + 1)
    position += clitic + (lexicon.REQUEST.at(words, position + clitic) if position < right else 0)
    if position + 1 < right and words[position] in lexicon.CLITICS and words[position - 1] not in lexicon.ID_JOIN_WORDS \
            and not any(table.at(words, position) for table in lexicon.CONTROL_AFTER.values()):
        position += 1  # not "mets T-41 en tête de file": a control phrase may start with a pronoun
    return position


def restates(words: list[str], start: int, right: int) -> bool:
    """The rest of the clause only says the command again ("T-14 hab ich erledigt, kannst du
    abhaken", "T-04 is done, mark it"): no note, and no task either."""
    while start < right and words[start] in (",", ":", ";", "-", "—", "–", "，", "、"):
        start += 1
    last = control_words.control_without_clitic(words[right - 1]) or words[right - 1] if 0 < right <= len(words) else ""  # "annule-la"
    if not start < right <= len(words) or not any(table.mentions(last) for table in _RESTATED):
        return False  # the command's words (and a "please") must take in the clause's last word
    said = start + lexicon.REQUEST.at(words, start)
    if said < right and PLEASE.at(words, said) >= right - said:
        return True  # "T-45 skip, go ahead": only a softener
    return any(at < right and any(_restated(table, words, at) >= right - at
                                  for table in (*lexicon.CONTROL_AFTER.values(), *lexicon.CONTROL_BEFORE.values()))
               for at in {said, _after_verb_and_pronoun(words, said, right)})


FINAL_VERBS = frozenset(("skip", "cancel", "done"))  # each ends the task in its own state: one excludes the others


def restated_verb(words: list[str], start: int, right: int) -> str | None:
    """The imperative of a clause that ``restates`` the command ("T-22 on laisse tomber, annule"):
    when it names another final state than the command did, the user's last order decides (a
    description after an order, "sáltala, ya no hace falta", only gives the reason)."""
    if not restates(words, start, right):
        return None
    while start < right and words[start] in (",", ":", ";", "-", "—", "–", "，", "、"):
        start += 1
    said = start + lexicon.REQUEST.at(words, start)
    for verb in FINAL_VERBS:
        if verb in lexicon.CONTROL_BEFORE and _restated(lexicon.CONTROL_BEFORE[verb], words, said) >= right - said:
            return verb
    return None


def opened(tokens: Tokens, span: tuple[int, int]) -> bool:
    """Whether a note opener, an adverbial ("for now, …") or a bracket starts the note at ``span``:
    a final state (done, skip, cancel) has no next attempt to instruct, so only such a note is one;
    a bare clause after it ("T-18 c'est fait, je l'ai envoyé moi-même") tells what happened or why."""
    at = next((i for i, end in enumerate(tokens.ends) if end > span[0]), len(tokens.words))
    return at > 0 and tokens.words[at - 1] == "(" or bool(NOTE.at(tokens.words, at)) \
        or at < len(tokens.words) and tokens.words[at] in _ADVERBIAL \
        or is_cjk(tokens.words[at][:1] if at < len(tokens.words) else "") and bool(NOTE.find(tokens.words[at:]))


def _restated(table, words: list[str], at: int) -> int:
    """The control phrase at ``at``, a complement ("skip 掉"), a pronoun after it ("先做这个") and a "please"."""
    length = table.at(words, at)
    if not length and at < len(words):
        stem = control_words.control_without_clitic(words[at])  # "…, annule-la", "…, cancélala"
        length = 1 if stem and table.at([stem], 0) == 1 else 0
    if not length:
        return 0
    length += lexicon.VERB_COMPLEMENTS.at(words, at + length)  # "T-217 不用做了 skip 掉": the particle completes it
    length += lexicon.PRONOUN_OBJECTS.at(words, at + length)
    return length + PLEASE.at(words, at + length)


def _after_verb_and_pronoun(words: list[str], at: int, right: int) -> int:
    """After "push it", "ponla", "passe-la", "做这个": any verb with the command's task as its
    pronoun ("T-09 is urgent, push it to the front"); else ``at`` itself."""
    if at >= right or is_cjk(words[at][:1]):
        return at
    word = words[at]
    base = lexicon.verb_base(word)
    if base and base != word:
        return at + 1  # the pronoun is part of the word ("ponla", "passe-la")
    control = any(table.at([word], 0) == 1 for table in lexicon.CONTROL_BEFORE.values())  # "do it first"
    if (base or lexicon.is_verb(word) or control) and at + 1 < right:
        pronoun = lexicon.PRONOUN_OBJECTS.at(words, at + 1) or (words[at + 1] in lexicon.CLITICS)
        return at + 1 + pronoun if pronoun else at
    return at


def in_control_phrase(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is already inside a declared control phrase ("nochmal versuchen"):
    then it is no clitic-bearing or misspelt verb to repair."""
    tables = list(lexicon.CONTROL_BEFORE.values()) + list(lexicon.CONTROL_AFTER.values())
    return any(table.at(words, start) > at - start for table in tables for start in range(max(0, at - 3), at))
