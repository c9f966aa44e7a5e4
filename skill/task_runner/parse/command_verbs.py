"""The control verb beside a run of task ids, in every order people put it: before the ids ("retry
T-04"), after them ("T-12 skip", "T-04 nochmal versuchen"), ending the clause after a reason
("T-49は自分でやったので完了にしておいて"), or an answer's colon ("T-04: in 1Password")."""

from task_runner.parse import lexicon
from task_runner.parse.later_verb import verb_ending_sentence
from task_runner.parse.phrases import is_cjk
from task_runner.parse.queue_verbs import QUEUE_VERBS

SENTENCE_END = frozenset(".!?;。！？；")
CLAUSE_BREAK = SENTENCE_END | frozenset(",，")
_ASIDE = frozenset("(（[")  # a bracket opens an aside: the clause before it has ended
HEDGES = lexicon.word_set("command_hedges")
_REASON_ENDS = lexicon.phrases("reason_ends")
_BOTH = lexicon.phrases("both_words")  # "both", "all three", "tutte e due": the ids just named, after their verb
# Verbs that take ids (pause/resume take none).
_ID_BEFORE = {verb: table for verb, table in lexicon.CONTROL_BEFORE.items() if verb not in QUEUE_VERBS}


def verb_before(words: list[str], start: int, left: int) -> tuple[str, int, str] | None:
    """(verb, start index, opener words) of a control opener just before ``start``, also across a filler
    said between them ("passe aussi T-18", "cancela também a T-08")."""
    from task_runner.parse import notes  # only when an id is found

    at, waiting = start, None
    for skip in range(3):
        if skip and (at - 1 < left or words[at - 1] not in lexicon.ID_FILLERS):
            break
        at -= 1 if skip else 0
        filler = notes.PLEASE.ending_at(words, at)  # "cancela também a T-08"
        at -= filler if at - filler > left else 0
        complement = lexicon.VERB_COMPLEMENTS.ending_at(words, at)  # "cancel 掉 T-206": the particle completes the verb
        at -= complement if at - complement > left else 0
        best = None
        for verb, table in _ID_BEFORE.items():
            length = table.ending_at(words, at)
            if length and at - length >= left and (best is None or length > best[2]):
                best = (verb, at - length, length)
        if best:
            found = best[0], best[1], " ".join(words[best[1]:best[1] + best[2]])
            if not (found[2] in lexicon.NEEDS_AFTER and found[2] in lexicon.ID_FILLERS):
                return found
            waiting = waiting or found  # "pula do T-42", "resposta do T-53": "do" is the article, the verb before it
    return waiting


def verb_after(words: list[str], end: int, right: int) -> tuple[str, int] | None:
    """(verb, end index) of a control phrase just after the ids ("is finished", "again")."""
    from task_runner.parse import notes  # only when a command is found

    position = end + notes.PLEASE.at(words, end)
    if position < right and words[position] in (":", "-", "–", "—", ","):
        position += 1  # "T-04: mark as done"
    elif position + 1 < right and words[position] in ("，", "、") and _BOTH.at(words, position + 1):
        position += 1  # "T-236とT-237、どっちも完了です" (not "取消T-101，跳过T-102": the next command's verb)
    position += _BOTH.at(words, position) if position < right else 0  # the ids just named, before their verb
    asked = position
    position = notes.past_you_can(words, position, right)  # "T-06 e T-08 pode cancelar", "… tu peux les sauter"
    best = None
    for verb, table in lexicon.CONTROL_AFTER.items():
        length = table.at(words, position)
        if length and position + length <= right and (best is None or position + length > best[1]):
            best = (verb, position + length)
    if best is None and position > asked and position < right:  # "…, et T-18 tu peux l'annuler": the imperative's verb
        word = words[position].split("'")[-1]  # the pronoun elided onto it
        for verb, table in lexicon.CONTROL_BEFORE.items():
            length = table.at([word] + words[position + 1:right], 0)
            finish = position + length + lexicon.PRONOUN_OBJECTS.at(words, position + length) if length else 0
            if length and (finish >= right or words[finish] in ",.;!") and (best is None or finish > best[1]):
                best = (verb, finish)  # the clause ends with it: not "pode marcar com o restaurante …"
    if best is None:
        best = _verb_last(words, position, right)
    if position < right and is_cjk(words[position][:1]) and (best is None or best[1] < right):
        later = _verb_ending_clause(words, best[1] if best else position + 1, right)  # "…はもういらないからキャンセル"
        best = later if later and (best is None or later[0] == best[0] or _gives_a_reason(words, best[1])) else best
    if best and best[1] < right:
        best = _verb_after_reason(words, best[1], right) or best  # "T-36 ya no hace falta, así que sáltala"
    if best is None and position < right:
        best = verb_ending_sentence(words, position, right)  # "T-205好像没成功，…能不能麻烦你再试一次？"
    if best and best[0] == "done" and best[1] < right and not _names_an_id(words, best[1], right + 2):
        later = notes.said_with_a_pronoun(words, best[1], right)  # "T-16 lo hice yo pero falló, reinténtalo":
        best = later if later and later[0] != "done" else best  # the last word said of them is the command
    if best and best[1] < right:  # "T-44 飛ばしていいよ": a softener after the verb is the command's (its first
        back = 1 if is_cjk(words[best[1] - 1][:1]) else 0  # kana may have been read as an optional character)
        best = (best[0], max(at + notes.PLEASE.at(words, at) for at in range(best[1] - back, best[1] + 1)))
    return best


def _gives_a_reason(words: list[str], end: int) -> bool:
    """"T-36はもういらないのでスキップ": a reason's end right after the verb first read ("no longer needed, so")
    makes it the reason, and the verb that ends the clause the command."""
    return bool(_REASON_ENDS.at(words, end) or _REASON_ENDS.at(words, end - 1) > 1)  # "…いらないから": its い is the verb's


def _verb_after_reason(words: list[str], end: int, right: int) -> tuple[str, int] | None:
    """The verb after a reason's end word ("…, so skip it", "…, quindi saltala") that follows what was said of the
    ids: the words before were the reason, this verb the command."""
    at = end + (end < right and words[end] in (",", "，"))
    reason = _REASON_ENDS.at(words, at) if at < right else 0
    if not reason:
        return None
    return _verb_last(words, at + reason, right) or _verb_with_clitic(words, at + reason, right)


def _verb_with_clitic(words: list[str], at: int, right: int) -> tuple[str, int] | None:
    """"…, así que sáltala", "…, donc passe-la": a control verb with its object pronoun attached, ending the clause."""
    from task_runner.parse import control_words  # only when a reason's end follows what was said of the ids

    stem = control_words.control_without_clitic(words[at]) if at < right else None
    if stem is None or not (at + 1 >= right or words[at + 1] in CLAUSE_BREAK):
        return None
    return control_words.control_words()[stem], at + 1


def _names_an_id(words: list[str], start: int, stop: int) -> bool:
    return any(lexicon.id_number(word) is not None for word in words[start:stop])


def _verb_ending_clause(words: list[str], start: int, right: int) -> tuple[str, int] | None:
    """Japanese and Chinese may put a reason between the id and its verb, which ends the clause:
    "T-49は自分でやったので完了にしておいて", "T-03我自己已经做完了"."""
    for at in range(start, right):
        if words[at] in CLAUSE_BREAK or lexicon.id_number(words[at]) is not None:
            return None
        for verb, table in (*lexicon.CONTROL_AFTER.items(), *_ID_BEFORE.items()):
            length = table.at(words, at)
            if length and table is _ID_BEFORE.get(verb):  # "T-219 换个 token 再 retry": an opener ends it too
                length = 0 if " ".join(words[at:at + length]) in lexicon.NEEDS_AFTER else \
                    length + lexicon.VERB_COMPLEMENTS.at(words, at + length)
            if length and (at + length >= right or words[at + length] in CLAUSE_BREAK or words[at + length] == "、"):
                return verb, at + length  # "T-84〜T-86 全部キャンセルして、イベント中止になった": a reason may follow
    return None


def _verb_last(words: list[str], position: int, right: int) -> tuple[str, int] | None:
    """The id-first order: a control verb that ends the clause after the ids ("T-12 skip", "T-08 cancelar")."""
    from task_runner.parse import notes  # only when a command is found

    for verb, table in _ID_BEFORE.items():
        length = table.at(words, position)
        if not length:
            continue
        if " ".join(words[position:position + length]) not in lexicon.NEEDS_AFTER:
            length += lexicon.VERB_COMPLEMENTS.at(words, position + length)  # "T-21 cancel掉": the particle completes the verb
        end = position + length
        end += _BOTH.at(words, end)  # "T-36, T-37, T-38 — cancel all three", "T-82 e T-83 riprova tutte e due"
        end += notes.PLEASE.at(words, end)
        if " ".join(words[position:position + length]) in lexicon.NEEDS_AFTER and not (end >= right or words[end] in CLAUSE_BREAK):
            after = lexicon.CONTROL_AFTER[verb].at(words, end) if verb in lexicon.CONTROL_AFTER else 0
            if after:
                return verb, end + after  # "T-40 passe en premier": the opener with its after part
            continue  # "T-121 et T-122 : passe-les" ends there (skip)
        if end >= right or words[end] in CLAUSE_BREAK or words[end] in _ASIDE or notes.NOTE.at(words, end) == 1 \
                or notes.opens_next(words, end, right):
            return verb, position + length  # "T-44 riprova con la VPN accesa": a note (one opening word) may follow;
            # "T-136 cancela (o cliente desistiu)": an aside in brackets ends the command's clause too
        if lexicon.CONJ.at(words, end) and _ends_at_a_command(words, end + lexicon.CONJ.at(words, end), right):
            return verb, position + length  # "make T-40 urgent and skip T-41": another command follows the "and"
    return None


def _ends_at_a_command(words: list[str], at: int, right: int) -> bool:
    """A control command opens at ``at`` (its verb, then its ids; or its ids, then its verb)."""
    ids = next((index for index in range(at, min(right, at + 5)) if lexicon.id_number(words[index]) is not None), None)
    if ids is None:
        return False
    return verb_before(words, ids, at) is not None or ids == at and verb_after(words, ids + 1, right) is not None


def _placing_verb(words: list[str], start: int, left: int) -> int:
    """Where a command whose verb follows its ids begins: at a verb that opens the clause just
    before them ("make T-18 urgent", "mets T-41 en tête de file", "pon la T-3 primero")."""
    at = start
    while at > left and words[at - 1] in lexicon.ID_FILLERS:
        at -= 1
    if at <= left or not lexicon.is_verb(words[at - 1]):
        return start
    before = at - 1
    while before > left and words[before - 1] in HEDGES:
        before -= 1
    return at - 1 if before == left or words[before - 1] in CLAUSE_BREAK else start


def verb_around(words, start, end, left, right) -> tuple[str | None, int, int]:
    from task_runner.parse import notes  # only when a command is found

    before = verb_before(words, start, left)
    after = verb_after(words, end, right)
    begin = before[1] if before else start
    finish = after[1] if after else end
    if before and before[2] not in lexicon.NEEDS_AFTER:
        return before[0], _placing_verb(words, begin, left), finish  # "pon urgente la T-60": the verb that places it too
    if after:
        return after[0], _placing_verb(words, start, left) if before is None else begin, finish
    if before and before[2] in lexicon.CONTROL_ALONE:
        return lexicon.CONTROL_ALONE[before[2]], _placing_verb(words, begin, left), finish  # "passe T-18": skip
    lead = end
    while lead < right and words[lead] in lexicon.ANSWER_LEADS and lead - end < 4 and is_cjk(words[lead][:1]):
        lead += 1  # "T-11について：はい": the lead comes after the id in Japanese
    end = lead if lead < right and words[lead] in notes.COLON else end
    joined = left + notes.NEW_ACTION.at(words, left) if left < start else left  # "。あとT-241について：…": a join opens it
    if before is None and end < right and words[end] in notes.COLON and joined <= start and all(
            word in lexicon.ANSWER_LEADS or word in lexicon.ID_FILLERS or word in HEDGES or word in lexicon.ID_JOIN_WORDS
            or word in (",", "，") for word in words[joined:start]):
        return "answer", left, end + 1  # "T-04: in 1Password", "for T-04: use eu-1"
    return None, begin, finish
