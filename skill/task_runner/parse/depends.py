"""Which earlier tasks (0-based, same message) or existing tasks (T-NN) an item waits for.

Cues, in order: an existing id after "after/once/when/depends on"; the sequencer the item
started with ("then", "after that", "and if it is"); "once X is done" naming an earlier item;
result words ("with the result", "whatever fails", "based on that"); a pronoun object right
after the verb ("send it", "look it up and text it"); a definite noun naming what an earlier
item produced ("write a report" … "send the report").
"""

import re
from functools import lru_cache

from task_runner.parse import clause, digest_step, lexicon, products, steps
from task_runner.parse import depends_named as naming
from task_runner.parse.classify import classify
from task_runner.parse.clean import leading_verb
from task_runner.parse.idtext import expand_ids
from task_runner.parse.lexicon import strip_accents
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, is_cjk
from task_runner.parse.products import FUNCTION_WORDS, INDEFINITE, OBJECT_CUES, PRODUCERS, introduces, nouns_of

_AFTER_ID = lexicon.DEP_BEFORE_ID
_RECIPIENTS = lexicon.word_set("indirect_pronouns")
_PARTICLES = lexicon.word_set("phrasal_particles")
_DETERMINERS = lexicon.word_set("definite_words")
_TRANSACTIONS = lexicon.word_set("transaction_verbs")
_TRANSACTION_RESULTS = lexicon.word_set("transaction_results")
_SENDERS = lexicon.word_set("send_verbs")
_LOOKUPS = lexicon.word_set("lookup_verbs")
_POSSESSIVES = lexicon.word_set("possessives")
_TO_THE_USER = lexicon.word_set("to_the_user")  # "send me the options": what the lookup found
_TO = frozenset().union(*(lang.recipient_words for lang in lexicon.LANGUAGES if lang.code != "de")) \
    | lexicon.word_set("send_to_words")  # not de's datives ("dem", "der"): they are articles too
_TOPIC = lexicon.phrases("topic_words")
_JA_SEND = lexicon.phrases("send_requests")
_BOTH = lexicon.phrases("both_words")
_ES_ENCLITIC = Lazy(r"^\w+(?:" + lexicon.regex_alternatives("enclitic_objects") + ")$", re.IGNORECASE)
_HYPHEN_OBJECT = naming.HYPHEN_OBJECT
_ES_INFINITIVE_CLITIC = naming.INFINITIVE_OBJECT

def dependencies(cores: list[str], cues: list[str], contexts: list[str], shown: list[str] | None = None) -> list[list]:
    """depends_on for every item; ``cores`` are the trimmed texts, ``cues`` their sequencer cues,
    ``contexts`` the header each item came under ("queue this after T-10: …"), ``shown`` the cores with their
    code and names put back ("run `make test-all`" … "when the tests are green": what a condition names)."""
    result = []
    for index, core in enumerate(cores):
        deps: list = []
        deps.extend(i for i in _existing(contexts[index] + " " + core) if i not in deps)
        words = Tokens(core[:600]).words
        if index:
            step = steps.named(contexts[index]) if contexts[index] else None
            if step is not None and 1 <= step <= index:
                earlier = [step - 1]  # "step 2 needs the file from step 1: …": the step its label names
            elif _BOTH.find(words) and index >= 2:
                earlier = [index - 2, index - 1]
            elif several := naming.each_named(words, (shown or cores)[:index]) or naming.numbers_named(words, index):
                earlier = several  # "when the tests pass and the notes are written, …": every item it names
            elif (step := naming.step_named(contexts[index], index)) is not None:
                earlier = [step]  # "paso 2 (necesita el archivo del paso 1): …"
            else:
                found = _earlier(core, words, cues[index], cores[:index], (shown or cores)[:index])
                earlier = [] if found is None else [found]
            deps[:0] = [position for position in earlier if position not in deps]
        result.append(deps)
    return result


def _then_after_verb(words: list[str]) -> bool:
    """The "then" right after the item's verb ("und schreib dann Jutta …", "et appelle ensuite Paul",
    "y escribe luego a Marta"), or after its pronoun ("such mir danach …"): the same sequencer as before it."""
    if not words or not lexicon.is_verb(words[0]):
        return False
    at = 1 + lexicon.REQUEST.at(words, 1)  # "schreib bitte danach …"
    if at < len(words) and not lexicon.SEQ["then"].at(words, at) and words[at] in _RECIPIENTS:
        at += 1 + lexicon.REQUEST.at(words, at + 1)  # "such mir danach die Nummer raus", "schreib ihm dann …": the person first
    return bool(lexicon.SEQ["then"].at(words, at))


def _then_at_end(words: list[str]) -> bool:
    """The sequencer put last ("… and restart the plex server after", "y reinicia el router después"): the
    same wait as "then" before the verb; a time after it ("after 5pm") leaves it no last word."""
    end = len(words)
    while end and not any(ch.isalnum() for ch in words[end - 1]):
        end -= 1
    return end > 1 and bool(lexicon.THEN_AT_END.ending_at(words, end))


def _existing(text: str) -> list[str]:
    """Ids of existing tasks this one waits for: "after T-06", "once T-03 is done"."""
    tokens = Tokens(text[:600])
    words = tokens.words
    found = []
    for index, word in enumerate(words):
        if lexicon.id_number(word) is None:
            continue
        before = index - 1 if index and words[index - 1] in lexicon.ID_FILLERS else index
        listed = naming.listed_ids(words, index)
        after = (listed[-1] if listed else index) + 1  # "T-5和T-6完成后": the words after the last id of a list
        if _AFTER_ID.ending_at(words, before) or _AFTER_ID.ending_at(words, index) or _AFTER_ID.find(words, max(0, before - 4), before) \
                or lexicon.DEP_AFTER_ID.at(words, after):
            for position in [index, *listed]:  # "depois que a T-62 e a T-63 terminarem": every id of the list
                found.extend(i for i in expand_ids(words[position]) if i not in found)
    return found


def _earlier(core: str, words: list[str], cue: str, before: list[str], shown: list[str]) -> int | None:
    previous = len(before) - 1
    circled = next((ord(ch) - ord("①") for ch in core if "①" <= ch <= "⑳"), None)
    if circled is not None and circled < len(before):
        return circled  # "③ 等①写完，发给老刘": an earlier item named by its number
    if naming.after_doing_it(words):
        return previous  # "después de comprarlas avisa a Nerea"
    once = _once(words)
    if once is not None and any(lexicon.id_number(word) is not None for word in once):
        return None  # "when T-47 is done, email the coop": it waits for that existing task, not for the item before
    number = next((int(word) for word in (once or [])[-2:][::-1] if word.isdigit()), 0)  # its last words: "step 1 is"
    if 1 <= number <= len(before):
        return number - 1  # "depois que o 1 estiver pronto", "once step 2 is done": the item of that number
    if once is not None:
        named = _mentioned(once, shown)
        return previous if named is None else named
    if cue not in ("then", "cond") and naming.same_job_again(words, before[previous]):
        return None  # "traduis le menu en anglais" … "traduis-le aussi en néerlandais"
    if cue == "then" and _asks_of_its_own(core, words) and not _reads(before[previous]):
        return None  # "… then email the florist Jen asking if peonies are doable": its own question, no result used
    if cue in ("then", "cond") or _result_words(words) or _then_after_verb(words) or _then_at_end(words):
        return previous
    if _pronoun_object(words) or _what_happened(words) or _picks_from_results(words):
        return previous
    if "\u3400" <= core[:1] <= "\u9fff" and ("它" in core or "结果" in core or _this_one(core) or _done_then(words)):
        return previous
    if words and lexicon.is_verb(words[0]) and _ES_ENCLITIC.match(words[0]) and _clitic_stem(words[0]) \
            and not words[0].endswith(("ala", "ola")):
        return previous  # "mándaselas", "mandalo"
    if words and lexicon.is_verb(words[0]) and _HYPHEN_OBJECT.match(words[0]):
        return previous  # "envoie-le à Paul", "manda-os"
    if words and _ES_INFINITIVE_CLITIC.match(words[0]):
        return previous  # "envolverlo", "mandarlo por correo"
    if _sends_nothing_named(words):
        return previous  # "crie a planilha e manda para a Ana", "レポートを書いてボブに送って": what is sent came before
    if digest_step.sums_up_lookup(words, before[previous]):
        return previous  # "compare SumUp et Zettle" … "écris un résumé dans tpe.md": the summary of what was found
    if before and before[previous].split(" ", 1)[0].lower() in _TRANSACTIONS and any(
            words[i] in _DETERMINERS and i + 1 < len(words) and words[i + 1] in _TRANSACTION_RESULTS for i in range(len(words))):
        return previous  # "book a table … and send the confirmation to Alex"
    definite = False
    for index, word in enumerate(words):
        if word in _DETERMINERS:
            definite = True
            if naming.count_taken_up(words[index + 1:index + 3], before[previous]):
                return previous  # "pick the 20 sharpest" … "a contact sheet from those 20": the count taken up names them
            nouns = nouns_of(words[index + 1:index + 5])
            for noun in nouns:
                for position in range(previous, -1, -1):
                    if introduces(before[position], noun) and not products.another_compound(noun, nouns, before[position]):
                        return position
    if definite and cue != "also" and _sends_the(words) and (_opening_verb(before[previous]) or "") in _LOOKUPS | PRODUCERS \
            and (_shares_a_noun(words, before[previous]) or _TO_THE_USER.intersection(words[:3])
                 or words[1:2] and words[1] in _DETERMINERS and not _POSSESSIVES.intersection(words[3:5])  # not "… the couple our setlist"
                 and (_opening_verb(before[previous]) or "") not in _TRANSACTIONS  # "order the cake" … "send the party invites": other news
                 and not _told_about(words)
                 or _LOOKUP_RESULTS.intersection(words) and _found_by_lookup(before[previous])):
        return previous  # "check if my flight is on time, and text Maria the arrival time" (not "… the signed lease")
    return None


def _found_by_lookup(text: str) -> bool:
    """What a lookup finds ("the options", "the times") is sent on only after a lookup that finds more than
    yes or no: "write the rota" makes no options for "email the contractor about the options"."""
    return (_opening_verb(text) or "") in _LOOKUPS and not _yes_or_no(text)


def _this_one(core: str) -> bool:
    """"把这个发给…": "this" of what came before; not "这个月" / "这个周末" (this month, this weekend)."""
    at = core.find("这个")
    while at >= 0:
        if core[at + 2:at + 3] not in lexicon.TIME_CHARACTERS:
            return True
        at = core.find("这个", at + 2)
    return False


def _done_then(words: list[str]) -> bool:
    """"部署完重启一下 nginx", "查好发给我婆婆": the item opens with the previous step's verb and a done-word, then
    its own verb; the step is done first, so the item waits for it."""
    verb = lexicon.VERB_PHRASES.at(words, 0)
    if not verb or verb >= len(words) - 1 or words[verb] not in lexicon.DEP_DONE:
        return False
    return bool(lexicon.VERB_PHRASES.at(words, verb + 1))


def _result_words(words: list[str]) -> bool:
    """"with the results …", "send the answer to Bob" (not "write the answer grid": a noun after the result
    noun makes one name)."""
    start = 0
    while True:
        found = lexicon.DEP_RESULT.find(words, start)
        if found is None:
            return False
        end = sum(found)
        last, after = words[end - 1], words[end] if end < len(words) else ""
        if _period_across(words, found[0], end):
            start = end  # "把这个月的订单列进去": "this month", not "this" of what came before
            continue
        if not (found[1] == 2 and words[found[0]] in lexicon.DETERMINERS and last.isascii() and last.isalpha()
                and after.isascii() and after.isalpha() and after not in FUNCTION_WORDS and after not in lexicon.DETERMINERS
                and not lexicon.is_verb(after)):
            return True
        start = end


def _period_across(words: list[str], start: int, end: int) -> bool:
    """A CJK current period (这个月, 这个星期) that starts inside the match and ends after it."""
    if not is_cjk(words[end - 1][:1]):
        return False
    text = "".join(words[start:end + 4])
    reach = len("".join(words[start:end]))
    return any(text.startswith(period, at) and at + len(period) > reach
               for at in range(1, reach) for period in _cjk_periods())


@lru_cache(maxsize=1)
def _cjk_periods() -> tuple[str, ...]:
    """The CJK current periods of the tables (这个月, 今週), built on first need."""
    return tuple(key for key in lexicon.merged("current_periods") if is_cjk(key[:1]))


def waits(core: str, cue: str) -> bool:
    """The item waits for what came before it: a "then" cue or "once it's done", "quand c'est fini"."""
    return cue in ("then", "cond") or _once(Tokens(core[:600]).words) is not None


def _clitic_stem(word: str) -> bool:
    """"mandalo" is "manda" + "lo", "mándaselo" "manda" + "se" + "lo"; "cancela" is no verb + "la"."""
    stems = [word[:-len(ending)] for ending in ("los", "las", "lo", "la") if word.endswith(ending)]
    stems += [stem[:-2] for stem in stems if stem.endswith("se")]
    return (lexicon.verb_base(word) or word) != word or any(lexicon.is_verb(stem) or lexicon.is_verb(strip_accents(stem))
                                                             for stem in stems)


def _sends_nothing_named(words: list[str]) -> bool:
    """A send whose object is left out: the verb goes straight to its recipient ("send to Bob",
    "manda para a Ana", "schick an Lisa"), or a Japanese send with a recipient (に) and no object (を)."""
    if len(words) >= 2 and words[0] in _SENDERS and words[1] in _TO:
        if any(words[i] in lexicon.DETERMINERS | _DETERMINERS | INDEFINITE and words[i + 1] not in FUNCTION_WORDS for i in range(3, min(len(words) - 1, 8))):
            return False  # "manda pro meu irmão Rafael a nova tabela", "mándale a Rocío un correo avisando …": the object comes after the recipient
        return not (words[1] == "a" and words[0] in lexicon.EN.verbs)  # "send a message" names its object
    if len(words) >= 3 and words[0] in _TO and words[-1] in lexicon.DE_INFINITIVES and lexicon.verb_type(words[-1]) == "messaging":
        return True  # German puts the verb last: "… und an Frau Yilmaz schicken"
    return bool(words) and "に" in words and "を" not in words and bool(_JA_SEND.ending_at(words, len(words)))


def _once(words: list[str]) -> list[str] | None:
    """The words X of "once X is done" / "after X finishes" / "X写好以后" / "Xができたら", or None."""
    if words and "\u3040" <= words[0][:1] <= "\u9fff":
        for index in range(1, min(len(words), 16)):
            if max(lexicon.DEP_AFTER_ID.at(words, index), lexicon.DEP_ONCE.at(words, index)) >= 3:  # not a bare 後
                return [w for w in words[:index] if w not in _CJK_PARTICLES] or None
            if words[index] in ("，", "、", "。"):
                break
        return None
    for index in range(len(words)):
        length = lexicon.DEP_ONCE.at(words, index)
        if not length:
            continue
        for end in range(index + length, min(len(words), index + length + 14)):
            if words[end] in lexicon.DEP_DONE:
                return words[index + length:end]
            if words[end] in (",", ".", ";"):
                break
    return None


_CJK_PARTICLES = frozenset("が を は の 了 的".split())
_SUPERLATIVES = lexicon.word_set("superlatives")




def _asks_of_its_own(core: str, words: list[str]) -> bool:
    """A message that puts its own question to its recipient ("email Jen asking if …", "schreib Frau Beck, ob …",
    "escríbele a la florista que si tiene …"): a whether-word within the first words, and no word that takes up
    what an earlier step found (a pronoun object, a result word)."""
    if not any(word in lexicon.SUBORDINATORS for word in words[2:10]) or _pronoun_object(words) or _result_words(words):
        return False
    return classify(core) == "messaging"


def _yes_or_no(text: str) -> bool:
    """"check if the booking site is back up", "check my eTA is still valid" (a statement to confirm): a lookup
    whose answer is yes or no finds no numbers or links to send."""
    words = Tokens(leading_verb(text)[1][:200]).words
    if any(word in lexicon.SUBORDINATORS for word in words[1:3]):
        return True
    said = [word for word in words if word not in ("'s", "’s")]  # "the museum's opening hours": a possessive, no "is"
    return bool(said) and said[0] not in lexicon.QUESTION_WORDS and clause.statement(" ".join(said))  # "check my eTA is still valid"


def _reads(text: str) -> bool:
    """The item reads or digests something ("lies die Kommentare durch und fass sie zusammen"): a question asked
    after it ("…, dann schreib Jonas, ob wir mergen können") is answered by that reading."""
    words = Tokens(text[:400]).words
    return bool(lexicon.READING_VERBS.find(words) or lexicon.DIGEST_VERBS.find(words))


def _told_about(words: list[str]) -> bool:
    """"email the parents of the Tuesday group about the closure": the definite after the verb is who is
    written to, told about a topic, when no recipient word follows (not "email the report to Bob")."""
    return bool(_TOPIC.find(words, 2)) and not _TO.intersection(words[2:])


def _picks_from_results(words: list[str]) -> bool:
    """"put the top 5 in a table", "order the cheapest": a choice among the previous item's results (not
    "look up who sells the cheapest mats": a superlative inside the item's own question)."""
    return any(word == "the" and words[index + 1] in _SUPERLATIVES and not _position(words[index + 1:index + 3])
               and not lexicon.QUESTION_WORDS.intersection(words[:index])
               or word == "which" and words[index + 1] in ("one", "ones", "of")
               for index, word in enumerate(words[:-1]))  # "… a summary of which one is cheapest"


_POSITIONS = lexicon.word_set("position_words")


def _position(words: list[str]) -> bool:
    """"the top field", "the first floor": a place, not a pick ("the top 5", "the first three", "the top ones" pick)."""
    return words[0] in _POSITIONS and len(words) > 1 and words[1].isalpha() and words[1] not in ("one", "ones") \
        and words[1] not in lexicon.merged("numbers")


def _sends_the(words: list[str]) -> bool:
    """A sending verb whose direct object is a definite thing: "text Maria the arrival time"."""
    if not words or words[0] not in _SENDERS and lexicon.verb_base(words[0]) not in _SENDERS:
        return False  # "mándale el resumen a la gestora": the verb with its clitic
    for index in range(1, min(len(words), 5)):
        if words[index] in _DETERMINERS:
            return words[index - 1] not in ("about", "regarding", "on", "for", "of", "re", "with", "in", "to", "über", "sobre", "de")
    return False


_LOOKUP_RESULTS = lexicon.word_set("lookup_results")


def _opening_verb(text: str) -> str | None:
    """The verb an item opens with, after a leading clause ("after T-02 is done, write …" → write)."""
    return leading_verb(text)[0] or text.split(" ", 1)[0].lower()


def _shares_a_noun(words: list[str], earlier: str) -> bool:
    """A noun of the definite phrase the item sends appears in the earlier item (not one after an object cue:
    "email Fergus the set list for the ceilidh" sends the list, the ceilidh is only what it is for)."""
    lowered = Tokens(earlier[:600]).words
    return any(noun in lowered for index, word in enumerate(words) if word in _DETERMINERS and not (index and words[index - 1] in OBJECT_CUES)
               for noun in words[index + 1:index + 5] if len(noun) >= 3 and noun.isalpha() and noun not in FUNCTION_WORDS)


def _what_happened(words: list[str]) -> bool:
    """"a summary of what was deleted", "whatever got fixed": the outcome of the previous item."""
    for index, word in enumerate(words[:-2]):
        if word in ("what", "whatever", "everything", "anything") and words[index + 1] in ("was", "were", "got", "is", "has", "had", "have"):
            following = words[index + 2] if words[index + 2] not in ("been", "just") else words[index + 3:index + 4] and words[index + 3]
            if following and (following.endswith("ed") or following in ("found", "done", "broken", "left", "run", "sent", "made")):
                return True
    return False


def _pronoun_object(words: list[str]) -> bool:
    """"send it", "look it up", "forward them to Bob", "dedupe them": the object is an earlier result."""
    if not words or not lexicon.is_verb(words[0]):
        return False
    position = 1
    if position < len(words) and words[position] in _RECIPIENTS and lexicon.PRONOUN_OBJECTS.at(words, position + 1):
        position += 1
    if position < len(words) and words[position] in _PARTICLES:
        position += 1
    return bool(lexicon.PRONOUN_OBJECTS.at(words, position))




def _mentioned(words: list[str], before: list[str]) -> int | None:
    """The latest earlier item sharing a content word with ``words`` ("once the backup is done");
    in Chinese and Japanese, one holding the head noun (the first characters: "信写好以后" → 信)."""
    if words and "\u3040" <= words[0][:1] <= "\u9fff":
        head = "".join(words)
        for key in (head[:2], head[:1]) if len(head) > 1 else (head,):
            found = next((p for p in range(len(before) - 1, -1, -1) if key in before[p]), None)
            if found is not None:
                return found
        return None
    content = [w for w in words if len(w) >= 4 and w not in ("that", "this", "those", "these", "everything", "have", "with")]
    for position in range(len(before) - 1, -1, -1):
        lowered = before[position].lower()
        if any(w.rstrip("s") in lowered for w in content):
            return position
    return None
