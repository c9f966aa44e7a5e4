"""Control commands (skip / retry / cancel / done on ids or selectors; answer / urgent on ids;
pause / resume of the queue, queue_verbs.py) and status requests.

Both are found before any task splitting; ``extract`` returns them with the spans of text they
used, so "skip T-04 and add: buy milk" leaves only "and add: buy milk" for the task splitter.
A command inside a question ("should I retry T-03?") or a dependency ("after T-06",
"once T-06 is done") is not a command.
"""

from task_runner.parse import clause, lexicon
from task_runner.parse.clean import trim
from task_runner.parse.command_checks import negated, restated_verb
from task_runner.parse.command_corrections import corrected
from task_runner.parse.command_verbs import CLAUSE_BREAK, HEDGES, SENTENCE_END, verb_after, verb_around, verb_before
from task_runner.parse.control_repair import repair_control_verbs
from task_runner.parse.idtext import corrected_groups, id_groups
from task_runner.parse.mode import is_question
from task_runner.parse.phrases import Tokens, is_cjk
from task_runner.parse.queue_verbs import QUEUE_VERBS, queue_commands
from task_runner.parse.selectors import selector_at, selector_in_bracket
from task_runner.parse.status import find_status, status_filter

_RELATIVES = lexicon.word_set("relatives") - lexicon.DETERMINERS
_DEPENDENCY = lexicon.DEP_BEFORE_ID
# The verbs a selector may go with ("retry all blocked").
_SELECTOR_VERBS = ("retry", "skip", "cancel", "done")
_SELECTOR_BEFORE = {verb: lexicon.CONTROL_BEFORE[verb] for verb in _SELECTOR_VERBS}
_SELECTOR_AFTER = {verb: lexicon.CONTROL_AFTER[verb] for verb in _SELECTOR_VERBS}


class Found:
    """What ``extract`` found: commands, an optional status query, and the text left for tasks."""

    __slots__ = ("commands", "status", "rest")

    def __init__(self, commands: list, status: dict | None, rest: str):
        self.commands, self.status, self.rest = commands, status, rest


def extract(text: str) -> Found:
    tokens = Tokens(text)
    repair_control_verbs(tokens.words)
    used: list[tuple[int, int]] = []
    commands = corrected(tokens, _id_commands(tokens, used), used)
    commands += queue_commands(tokens, used)
    commands += _selector_commands(tokens, used)
    status = find_status(tokens, used)
    rest = text
    for start, end in sorted((start, clause.command_tail(tokens, end)) for start, end in used)[::-1]:
        rest = rest[:_joined_from(tokens, start)] + "\n" + rest[end:]
    commands.sort(key=lambda c: c.pop("_at"))
    return Found(commands, status, rest)


def _joined_from(tokens: Tokens, start: int) -> int:
    """Where a command's text starts once the joining word before it goes too: "buy milk and pause
    everything" leaves "buy milk", not "buy milk and"."""
    from task_runner.parse import notes  # only when a command is found

    if start not in tokens.starts:
        return start
    index = tokens.starts.index(start)
    length = notes.NEW_ACTION.ending_at(tokens.words, index)
    please = notes.PLEASE.ending_at(tokens.words, index - length)
    length += please if please == index - length else 0  # "go ahead and retry T-31" leaves nothing
    return tokens.starts[index - length] if length and index - length >= 0 else start


def _clause(tokens: Tokens, start: int, end: int, breaks: frozenset = SENTENCE_END) -> tuple[int, int]:
    """Token bounds of the sentence around [start, end): up to the punctuation or line break."""
    words, text = tokens.words, tokens.text
    left = start
    while left > 0 and words[left - 1] not in breaks and "\n" not in text[tokens.ends[left - 1]:tokens.starts[left]]:
        left -= 1
    right = end
    while right < len(words) and words[right] not in breaks and "\n" not in text[tokens.ends[right - 1]:tokens.starts[right]]:
        right += 1
    if right < len(words) and words[right] in ("?", "？"):
        right += 1
    return left, right


def _id_commands(tokens: Tokens, used: list) -> list[dict]:
    words, commands, last = tokens.words, [], None
    for start, end, ids in _id_runs(words):
        left, right = _clause(tokens, start, end)
        left = max(left, last[1]) if last and last[1] <= start else left  # "skip T-33, et pour T-34 : oui, …"
        if _DEPENDENCY.ending_at(words, start) or _DEPENDENCY.ending_at(words, start - 1) and words[start - 1] in lexicon.ID_FILLERS \
                or lexicon.DEP_AFTER_ID.at(words, end):
            continue
        verb, begin, finish = verb_around(words, start, end, left, right)
        if verb is None and last and last[1] <= start and _joined(words, last[1], start) \
                and _joined(words, end, len(words), stop_at_break=True):
            commands[-1]["ids"] += [i for i in ids if i not in commands[-1]["ids"]]  # "T-22 done, and T-30 too"
            used.append((tokens.starts[start], tokens.ends[end - 1]))
            last = (last[0], end)
            continue
        said_after = False  # the verb said of them in the next sentence: "T-14 failed again?? retry it pls"
        if verb is None:
            from task_runner.parse.said_later import said_with_a_pronoun  # only when an id is found

            ids_end = right
            verb, finish, right = said_with_a_pronoun(tokens, end, right) or (None, finish, right)
            begin = left if verb and not any(lexicon.is_verb(w) for w in words[left:start]) else begin
            said_after = verb is not None and finish > ids_end
        if verb is None:
            continue
        if negated(words, verb, left, begin, end, finish):  # the user says not to: nothing, and no task of it
            used.append((tokens.starts[max(left, min(begin, start) - 2)], tokens.ends[min(right, finish + 4) - 1]))
            continue
        if _DEPENDENCY.find(words, max(left, begin - 4), begin):
            continue  # "after you finish T-08, …"
        ask_left, ask_right = _clause(tokens, start, end, CLAUSE_BREAK)  # "do T-04 first, then retry T-05" asks nothing
        state = begin < start and verb in lexicon.CONTROL_AFTER and lexicon.CONTROL_AFTER[verb].at(words, begin) > 0
        if not said_after and _asks_about(tokens, ask_left, ask_right, begin if begin < start and not state else ask_left - 1):
            continue  # a state said before the ids asks it too: "¿ya está lista la T-55?"
        from task_runner.parse import notes  # only when a command is found

        note = notes.answer(tokens, finish, right) if verb == "answer" else None if verb == "urgent" else (
            notes.note(tokens, finish, right) or (notes.following(tokens, right) if verb == "retry" else None))
        later = restated_verb(words, finish, right) if verb in notes.FINAL_VERBS and not note else None
        verb = later or verb  # "T-22 on laisse tomber, annule": the last final state ordered is the one meant
        shown = note if verb not in notes.FINAL_VERBS or note and notes.opened(tokens, note) else None
        commands.append({"verb": verb, "ids": ids, "selector": None, "note": shown, "_at": tokens.starts[begin]})
        stop = right if note or notes.restates(words, finish, right) else finish
        also = _and_said_of_them(words, end, right, verb) if not note and begin < start else None
        if also:  # "refaz o T-55 e coloca como urgente": a second verb said of the same ids
            commands.append({"verb": also[0], "ids": list(ids), "selector": None, "note": None, "_at": tokens.starts[begin]})
            stop = max(stop, also[1])
        if note and verb != "answer":  # what follows the note ("…, then email Bob") is the text's again; a note
            stop = next((i for i in range(finish, len(words)) if tokens.ends[i] >= note[1]), right - 1) + 1  # in the next sentence goes too
        used.append((tokens.starts[begin], tokens.ends[stop - 1]))
        last = (verb, stop)
    return commands


def _and_said_of_them(words: list[str], at: int, right: int, verb: str) -> tuple[str, int] | None:
    """"… T-55 e coloca como urgente", "… T-55 und setz sie auf dringend": after a join, another control verb
    said of the ids just named (a pronoun or none) that ends their clause."""
    from task_runner.parse import notes  # only when a command is found

    join = lexicon.CONJ.at(words, at) if at < right else 0
    said = notes.said_with_a_pronoun(words[at + join:right], 0, right - at - join) if join else None  # the join opens its clause
    if not said or said[0] == verb or said[0] in QUEUE_VERBS or said[1] < right - at - join and words[at + join + said[1]] not in CLAUSE_BREAK:
        return None
    return said[0], at + join + said[1]


def _joined(words: list[str], start: int, stop: int, stop_at_break: bool = False) -> bool:
    """Only joining words ("and", "also", "e anche") and marks (",", "✅") between ``start`` and
    ``stop`` (or the end of the clause): ids there take the verb of the command before them."""
    from task_runner.parse import notes  # only when a command is found

    index = start
    while index < stop:
        if stop_at_break and words[index] in SENTENCE_END:
            return True
        length = notes.NEW_ACTION.at(words, index) or lexicon.SIGN_OFFS.at(words, index)
        if not length and any(ch.isalnum() for ch in words[index]) and words[index] not in lexicon.ID_FILLERS \
                and words[index] not in lexicon.ID_JOIN_WORDS:  # "…, and T-30 too", "und T-16 auch"
            return False
        index += length or 1
    return True


def _id_runs(words: list[str]) -> list[tuple[int, int, list[str]]]:
    """id_groups, except that a comma or a sentence end between a verb before and a verb after parts two
    commands: "取消T-02，T-04标记为已完成", "retry T-02, T-04 is done", "pula a T-24; a T-26 tá feita"."""
    runs = []
    for start, end, ids in corrected_groups(words):
        comma = next((i for i in range(end - 1, start, -1) if words[i] in SENTENCE_END or words[i] in ",，、"), None)
        before = verb_before(words, start, 0) if comma is not None else None
        if before and before[2] not in lexicon.NEEDS_AFTER and words[end:end + 1] not in ([","], ["，"]) \
                and not (end < len(words) and words[end] in _RELATIVES) \
                and verb_after(words, end, len(words)):  # not "annule T-12, T-14 et T-15, on laisse tomber", nor
            # "salta T-04, T-06 e T-07 che li ho già fatti": a relative clause says why, of the whole list
            runs += [(start + s, start + e, part) for s, e, part in id_groups(words[start:comma])]
            runs += [(comma + 1 + s, comma + 1 + e, part) for s, e, part in id_groups(words[comma + 1:end])]
        else:
            runs.append((start, end, ids))
    return runs


def _asks_about(tokens: Tokens, left: int, right: int, begin: int) -> bool:
    """A question about a command ("should I retry T-03?") rather than one ("maybe retry the failed ones?"); a
    greeting or an apology before it ("Oi, desculpa incomodar, dá pra tentar de novo …?") asks nothing."""
    while left < begin and (greeting := lexicon.GREETINGS.at(tokens.words, left)):
        left += greeting + (tokens.words[left + greeting:left + greeting + 1] in ([","], ["!"], ["."]))
    clause = tokens.text[tokens.starts[left]:tokens.ends[right - 1]]
    if not is_question(trim(clause).core, clause):
        return False
    return begin < left or any(word not in HEDGES for word in tokens.words[left:begin])


def _selector_commands(tokens: Tokens, used: list) -> list[dict]:
    words, commands = tokens.words, []
    if not any(w in lexicon.ALL_WORDS or w in lexicon.STATUS_NOUNS or lexicon.STATUS_ANY.at(words, i)
               for i, w in enumerate(words)):
        return commands
    taken = {i for s, e in used for i, st in enumerate(tokens.starts) if s <= st < e}
    for index in range(len(words)):
        if index in taken:
            continue
        found = _selector_then_verb(tokens, index)  # "alle blockierten nochmal versuchen"
        if found:
            verb, selector, end = found
            ask = index - lexicon.REQUEST.ending_at(words, index)  # "kannst du alle … nochmal versuchen?"
            commands.append({"verb": verb, "ids": [], "selector": selector, "note": None, "_at": tokens.starts[ask]})
            used.append((tokens.starts[ask], tokens.ends[end - 1]))
            taken.update(range(index, end))
            continue
        for verb, table in _SELECTOR_BEFORE.items():
            length = table.at(words, index)
            opener = " ".join(words[index:index + length])
            if not length or opener in lexicon.NEEDS_AFTER and is_cjk(opener[:1]):
                continue
            selector, end = selector_in_bracket(words, index + length, verb, opener in lexicon.NEEDS_AFTER)
            begin = index
            if selector is None and (is_cjk(words[index][:1]) or index and is_cjk(words[index - 1][:1])):
                selector, begin = _selector_before(tokens, index)  # "把所有失败的任务重试一遍", "把所有 blocked 的都 retry 一遍"
                end = index + length + lexicon.VERB_COMPLEMENTS.at(words, index + length)
            if selector is None:
                continue
            left, right = _clause(tokens, index, end)
            if _asks_about(tokens, left, right, index) or lexicon.NEGATIONS.intersection(words[max(left, index - 2):index]):
                continue
            commands.append({"verb": verb, "ids": [], "selector": selector, "note": None, "_at": tokens.starts[begin]})
            used.append((tokens.starts[begin], tokens.ends[end - 1]))
            taken.update(range(begin, end))
            break
    return commands


_OPENS_SELECTOR = CLAUSE_BREAK | frozenset("-–—")  # "Netz geht wieder – alle blockierten nochmal versuchen"


def _joined_on(words: list[str], at: int) -> bool:
    """Only a joining word and "please" open the clause before ``at``: "…. Und dann bitte alle
    blockierten nochmal versuchen", "… and then please all the failed ones: retry"."""
    from task_runner.parse import notes  # only when a selector is found

    joined = False
    for _ in range(3):  # "and then please", "und dann bitte"
        length = notes.PLEASE.ending_at(words, at) or notes.NEW_ACTION.ending_at(words, at)
        if not length:
            break
        joined, at = joined or notes.NEW_ACTION.ending_at(words, at) > 0, at - length
    return joined and (at == 0 or words[at - 1] in _OPENS_SELECTOR)


def _selector_then_verb(tokens: Tokens, index: int) -> tuple[str, str, int] | None:
    """The object-first order: a selector that opens its clause, then a control phrase ("alle
    blockierten nochmal versuchen", "all the failed ones: retry")."""
    words = tokens.words
    free = words[index] not in lexicon.ALL_WORDS and lexicon.RELATIVE_THAT.at(words, index) > 1  # "lo que esté bloqueado"
    if words[index] not in lexicon.ALL_WORDS and not free:
        return None
    opener = index - lexicon.REQUEST.ending_at(words, index)  # a request may open the clause: "kannst du alle …"
    if not (opener == 0 or words[opener - 1] in _OPENS_SELECTOR or _joined_on(words, opener)):
        return None
    selector, end = selector_at(words, index)
    if selector is None or free and selector == "all":
        return None
    end += lexicon.NOW.at(words, end)  # "whatever's blocked at the moment, retry them"
    end += words[end:end + 1] in ([":"], [","], ["-"])
    for verb, table in _SELECTOR_AFTER.items():
        length = table.at(words, end)
        if length:
            length += _SELECTOR_BEFORE[verb].at(words, end + length)  # "… nochmal retryen": the verb said after "again"
            return verb, selector, end + length
    from task_runner.parse import notes  # only when a selector is found

    at = end + notes.PLEASE.at(words, end)
    for verb, table in _SELECTOR_BEFORE.items():  # "alle failed Tasks bitte skippen": an opener that ends the clause
        length = table.at(words, at)
        opener = " ".join(words[at:at + length])
        length += notes.PLEASE.at(words, at + length) if length else 0  # "…, réessaie-le stp"
        if length and at + length < len(words):  # "…, retry them", "…, vuelve a intentarlo todo": the selector again
            length += lexicon.PRONOUN_OBJECTS.at(words, at + length) or (words[at + length] in lexicon.ALL_WORDS)
        if length and opener not in lexicon.NEEDS_AFTER \
                and (at + length >= len(words) or words[at + length] in CLAUSE_BREAK):
            return verb, selector, at + length
    return None


def _selector_before(tokens: Tokens, index: int) -> tuple[str | None, int]:
    """Chinese puts the object first: 把 + (所有) + status + 的 + 任务 + verb."""
    words = tokens.words
    left, _ = _clause(tokens, index, index + 1, CLAUSE_BREAK)
    span = words[left:index]
    everything = ("所" in span and "有" in span) or ("全" in span and "部" in span) \
        or span[-2:] == ["的", "都"]  # "把卡住的都重试一下": "the stuck ones, all of them"
    if "任" not in span and "务" not in span and not (everything and lexicon.STATUS_ANY.find(span)):
        return None, index  # "ブロックされてるの全部リトライして": a state and "all" are enough
    found = lexicon.STATUS_ANY.find(span)
    if found:
        return status_filter(" ".join(span[found[0]:found[0] + found[1]])), left
    if ("所" in span and "有" in span) or ("全" in span and "部" in span):
        return "all", left
    return None, index
