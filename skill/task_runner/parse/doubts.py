"""Why a parse may be wrong: the ``unsure`` reasons of the parse document.

Each reason is one line the agent can act on, starting with its kind: ``language:`` (words in a
language the parser does not read), ``split:`` (one item that may be two tasks), ``vague:`` (an
item whose object names nothing), ``date:`` (a time we could not place). Kept rare on purpose:
only signals that mean the parser cannot know, never a guess about the user's intent.
"""

from task_runner.parse import clause, events, lexicon
from task_runner.parse.joined import depth as _depth
from task_runner.parse.joined import lead_words as _lead_words
from task_runner.parse.joined import long_joined as _long_joined
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, a_not_a, is_cjk

_TASK_INDEX = Lazy(r"^\w+: task (\d+) ")
LANGUAGE_CODES = ", ".join(language.code for language in lexicon.LANGUAGES)
_FOREIGN_WORDS = 2  # a name in another script ("email Олег the slides") is fine; a clause is not
_HEDGES = lexicon.phrases("hedges")
_ALTERNATIVES = lexicon.phrases("whether_alternatives")
_OTHERWISE = lexicon.phrases("otherwise")
_LET_GO = lexicon.phrases("retractions")  # "…, sinon laisse tomber", "otherwise forget it": the plan B is to drop it
_CONDITION_ENDS = lexicon.phrases("condition_ends")
_PUNCTUATION = frozenset(",.;:!?…、，。！？；")
_OF = lexicon.word_set("of_words")
_FUNCTION = lexicon.word_set("function_words")
_NAMES_NOTHING = lexicon.VAGUE_NOUNS | lexicon.word_set("vague_things")  # "o problema das coisas": still nothing named
_MEAL_STARTS = frozenset(tuple(key.split()) for key in lexicon.merged("meal_starts") if not is_cjk(key[:1]))
_MEAL_LONGEST = max(map(len, _MEAL_STARTS), default=0)


def foreign_script(text: str) -> bool:
    """Words in a script no declared language uses (Hangul, Cyrillic, Arabic, …)."""
    count = 0
    for word in text.split():
        if any(_foreign(char) for char in word):
            count += 1
            if count >= _FOREIGN_WORDS:
                return True
    return False


def _foreign(char: str) -> bool:
    return not (char.isascii() or not char.isalpha() or char <= "\u024f" or "\u1e00" <= char <= "\u1eff" or is_cjk(char)
                or "\uff00" <= char <= "\uffef" or char == "々")


def language_reason() -> str:
    return f"language: part of the message is in a language the parser does not read (it reads {LANGUAGE_CODES})"


def message_reasons(core: str) -> list[str]:
    """Doubts about a message no rule read as work: one that hands over something it never names
    ("sort out the thing with the bank", "把那个事…弄一下", "例の件とあの件、よろしく")."""
    words = Tokens(core[:400]).words
    if not words or not (_vague_nouns(words) or _spoken_topic(core)):
        return []
    vague = lexicon.VAGUE_VERBS.at(words, 0) or is_cjk(words[0][:1]) and lexicon.VAGUE_VERBS.find(words) \
        or _vague_after_a_frame(words)
    return [f"vague: the message asks for something it does not name: {core!r}"] if vague else []


def _vague_after_a_frame(words: list[str]) -> bool:
    """"acho que tem que resolver o lance da …", "ci pensi tu a quella cosa …": a vague verb within the
    first words, after an opinion or obligation frame, with the vague noun as its object (a noun far
    after it, "…, tu vois le truc", is a hedge)."""
    noun = next((at for at, word in enumerate(words) if word in lexicon.VAGUE_NOUNS), len(words))
    return any(0 < noun - at - lexicon.VAGUE_VERBS.at(words, at) <= 2 for at in range(1, min(noun, 6))
               if lexicon.VAGUE_VERBS.at(words, at))


_CJK_VAGUE = tuple(noun for noun in lexicon.VAGUE_NOUNS if len(noun) > 1 and is_cjk(noun[:1]))
_CJK_TOPIC_END = frozenset("、，,をは")


def _vague_nouns(words: list[str]) -> bool:
    """A noun that names nothing, also as the head of a compound ("Modellbahn-Kram", "Steuer-Sache"); a CJK one
    of several characters (one token each) as the head of the topic that opens the text ("あれ、いい感じにやっといて",
    "山梨の桃のあれ、どうにかならないかな")."""
    if words and is_cjk(words[0][:1]):
        text = "".join(words[:16])
        if any(text[at + len(noun):at + len(noun) + 1] in _CJK_TOPIC_END for noun in _CJK_VAGUE
               for at in range(len(text)) if text.startswith(noun, at)):
            return True
    return any(word in lexicon.VAGUE_NOUNS and not _content_of_a_noun(words, at) for at, word in enumerate(words)) or any(
        "-" in word and word.rsplit("-", 1)[1] in lexicon.VAGUE_NOUNS for word in words)


def _spoken_topic(description: str) -> bool:
    """"あれ いい感じにやっといて": dictated, the pause after the noun that names nothing is its topic's end
    (a space where the writer puts "、")."""
    return any(description.startswith(noun) and description[len(noun):len(noun) + 1].isspace() for noun in _CJK_VAGUE)


def _content_of_a_noun(words: list[str], at: int) -> bool:
    """"fais une liste de choses à emporter": after a noun that names the thing and its "of", a vague noun only says
    what the thing holds ("occupe-toi du truc": after the verb, it is the object)."""
    head = words[at - 2] if at > 1 and words[at - 1] in _OF else ""
    return head.isalpha() and head not in _NAMES_NOTHING and head not in _FUNCTION and not lexicon.is_verb(head)


def _only_a_vague_object(words: list[str]) -> bool:
    """"lo de la talabartería", "the thing with the bank": the request frame taken off ("encárgate de …"),
    the item is a noun that names nothing and what it is about, no verb to say what the work is."""
    return any(len(words) > at + 2 and words[at] in lexicon.VAGUE_NOUNS and words[at + 1] in _OF
               for at in (0, 1)[:1 + (bool(words) and words[0] in lexicon.DETERMINERS)])


def _definite(words: list[str], at: int) -> bool:
    """A definite noun phrase starts at ``at`` ("… and the insurance", "… e os convites", "… et le wifi")."""
    if at >= len(words):
        return False
    word = words[at]
    return word in lexicon.ID_FILLERS or word in lexicon.DETERMINERS or word.startswith(("l'", "d'")) or word in lexicon.VAGUE_NOUNS


# "fai fare a Codex la migrazione … al nuovo tema Shopify": a vague verb's object is the words right after it; a
# vague-looking noun further on ("tema") sits in a description of a thing already named
_OBJECT_REACH = 6


def item_reasons(index: int, description: str, scheduled: bool, kind: str, core: str = "") -> list[str]:
    """Doubts about one parsed task (``core``: its masked words without sub-bullets, for the length check)."""
    tokens = Tokens(description[:400])
    words = tokens.words
    reasons = []
    vague = lexicon.VAGUE_VERBS.at(words, 0) if words else 0
    if not vague and words and is_cjk(words[0][:1]) and lexicon.VAGUE_VERBS.find(words):
        vague = -1  # the verb comes last ("…一起弄一下"): its object is everything before it
    if vague and any(lexicon.CONJ.at(words, at) and _definite(words, at + lexicon.CONJ.at(words, at))
                     for at in range(vague + 1, len(words))):
        reasons.append(f"split: task {index} may be two tasks: {description!r}")
    elif vague and _vague_nouns(words[max(vague, 0):] if vague < 0 else words[vague:vague + _OBJECT_REACH]) \
            or _only_a_vague_object(words) or vague < 0 and _spoken_topic(description):
        reasons.append(f"vague: task {index} does not say what to work on: {description!r}")
    if not reasons and _sequence_inside(words, tokens):
        reasons.append(f"split: task {index} may be two tasks (a sequence word inside it): {description!r}")
    if not reasons and _added_after_the_request(words):
        reasons.append(f"split: task {index} may be two tasks (something added after the request): {description!r}")
    if not reasons and (_condition_inside(words) or _condition_closed_inside(words)):
        reasons.append(f"split: task {index} may be two tasks (a condition inside it): {description!r}")
    if not reasons and _otherwise(words):
        reasons.append(f"split: task {index} hangs on how another step goes (a plan B): {description!r}")
    if not reasons and many_verbs(words) and (not core or many_verbs(Tokens(core[:400]).words)):  # sub-points' verbs are
        # requirements of the item ("① 申請書を作って保存\n　・勤務証明は来週もらう"), no more tasks
        reasons.append(f"split: task {index} may be several tasks (a long item with several verbs): {description!r}")
    if not reasons and core and _long_joined(Tokens(core[:1200]).words, kind == "messaging", _lead_words(core)):
        reasons.append(f"split: task {index} may be several tasks (a long item of joined clauses): {description!r}")
    if not reasons and hedged(description):
        reasons.append(f"vague: task {index} may not be what the user wants, they hedge: {description!r}")
    if kind == "reminder-scheduling" and not scheduled and not _an_event_entered(words) and any(  # "para dia 24": a day word with its number is a date
            word in lexicon.DAY_WORDS and not "".join(words[at + 1:at + 2]).isdigit() and not _in_a_day_idiom(words, at)
            for at, word in enumerate(words)):
        reasons.append(f"date: task {index} is a reminder without a time we could place: {description!r}")
    return reasons


_DAY_IDIOMS = lexicon.phrases("day_idioms")


def _in_a_day_idiom(words: list[str], at: int) -> bool:
    """"mets à jour le calendrier", "põe a agenda em dia": the day word of an idiom (up to date) names no day to place."""
    return any(start + _DAY_IDIOMS.at(words, start) > at for start in range(max(0, at - 3), at + 1))


def _an_event_entered(words: list[str]) -> bool:
    """"来週火曜の通院の予定をカレンダーに入れて": an event put on the calendar is done now and its day is the
    event's, written into the entry as said; no time of ours is missing, so the day we could not read is no doubt."""
    return events.event_end(words) is not None or events.put_in_the_calendar(words)


def doubtful_tasks(document: dict) -> set[int]:
    """Indexes of the tasks an ``unsure`` reason names (for intake: apply the others, name these)."""
    return {int(match.group(1)) for reason in document.get("unsure", ()) for match in [_TASK_INDEX.match(reason)] if match}


def _sequence_inside(words: list[str], tokens: Tokens) -> bool:
    """"prends rdv chez le dermato ensuite tu me cherches un cadeau": a "then"/"also" inside an item,
    not after a comma and outside brackets, that the splitter did not cut at (it found no verb it knows).
    A one-word sequencer written with a capital after a capitalised word is part of a name ("Ufficio Più",
    "Café Después", "Studio Dann"), no step."""
    depth = 0
    for index, word in enumerate(words[:-2]):
        depth = _depth(depth, word)
        if index < 3 or depth or words[index - 1] in _PUNCTUATION or words[index - 1] in lexicon.NOT_THEN_BEFORE:
            continue  # "見積書をあとで送って": after the object particle it is "later", as the splitter reads it
        if all(lexicon.id_number(w) is not None or w in lexicon.ID_JOIN_WORDS for w in words[:index]) \
                or clause.waits_for_a_task(words[:index]):
            continue  # "T-5和T-6完成后…", "等T-37完成之后，…": after the ids waited for
        for kind in ("then", "also"):
            length = lexicon.SEQ[kind].at(words, index)
            if length and lexicon.DEP_ONCE.at(words, index) > length:
                continue  # "… depois que a lista estiver pronta", "… after the list is ready": a condition, no step
            if length and any(tuple(words[index:index + n]) in _MEAL_STARTS for n in range(2, _MEAL_LONGEST + 1)):
                continue  # "passo venerdì dopo il lavoro", "después del trabajo": a time of the day, no step
            if length == 1 and (_in_a_name(tokens, index) or not word.isalnum()):
                continue  # "rename old.txt → new.txt": an arrow the splitter left maps one thing to another
            if length and len(words) - index - length >= 2 and not (length == 1 and is_cjk(word[:1])) \
                    and not a_not_a(words, index + length) and not ((length > 1 or kind == "also") and words[index + length] in _OF) \
                    and not lexicon.MESSAGE_THAT.at(words, index + length):  # "text him instead that …"
                return True  # "no lugar de sempre", "à la place de la réunion": a place, no step
    return False


def _in_a_name(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` and the one before it are both written with a capital (Latin script)."""
    return all(tokens.text[tokens.starts[at]:tokens.starts[at] + 1].isupper() for at in (index - 1, index))


def _otherwise(words: list[str]) -> bool:
    """"…, sinon demande à la pizzeria", "and if it isn't call support", "否则…": a plan B the queue
    cannot hold (outside brackets and quotes)."""
    depth = 0
    for index, word in enumerate(words):
        depth = _depth(depth, word)
        length = _OTHERWISE.at(words, index) if not depth else 0
        if length and (index == 0 or words[index - 1] in _PUNCTUATION or lexicon.CONJ.ending_at(words, index)):
            after = index + length + (index + length < len(words) and words[index + length] in _PUNCTUATION)
            after += lexicon.GREETINGS.at(words, after) if after < len(words) else 0  # "sinon bah …", "altrimenti boh …"
            if index == 0 or after >= len(words) or _request_at(words, after) or _LET_GO.at(words, after) \
                    or lexicon.STATUS_ANYTHING.find(words, after, after + 3):  # at an edge: the request was cut there;
                # "… und sonst halt irgendwas anderes": the plan B is "something else"
                return True  # "sinon ils reprélèvent" is what happens, not a request
    return False


def _request_at(words: list[str], at: int) -> bool:
    if at >= len(words):
        return False
    if is_cjk(words[at][:1]):  # a vague verb asks too: "没有的话你就处理一下"
        return bool(lexicon.VERB_PHRASES.find(words[at:at + 12]) or lexicon.VAGUE_VERBS.find(words[at:at + 12]))
    at += lexicon.REQUEST.at(words, at)
    return at < len(words) and (lexicon.verb_base(words[at]) is not None or lexicon.is_verb(words[at])
                                or lexicon.verb_type(words[at]) is not None)  # "altrimenti chiamalo tu"


_LONG_ITEM = 28  # words (CJK: characters / 2) of an item dictated without a break


def many_verbs(words: list[str]) -> bool:
    """"I need the marathon stuff sorted find a physio … book … order …": a long item with three
    verbs or more and nothing quoted is dictation the splitter could not cut, not one job."""
    cjk = bool(words) and is_cjk(words[0][:1])
    size = len(words) // 2 if cjk else len(words)
    if size < (22 if cjk else _LONG_ITEM) or any(word in "\"“”「」『』«»„" for word in words):
        return False
    if lexicon.READING_VERBS.find(words) and lexicon.DIGEST_VERBS.find(words):
        return False  # "go through … and summarize …": one job
    verbs, index = 0, 0
    while index < len(words):
        length = lexicon.VERB_PHRASES.at(words, index) if cjk else int(lexicon.is_verb(words[index]) and words[index] not in lexicon.AMBIGUOUS_VERBS)
        verbs += bool(length)
        index += length or 1
    return verbs >= 3


def _added_after_the_request(words: list[str]) -> bool:
    """"…比較して決めといてホテルも": a Japanese request, then a short "X too" after it (another object)."""
    if len(words) < 6 or not is_cjk(words[-1][:1]) or words[-1] != "も":
        return False
    return any(lexicon.REQUEST_END.ending_at(words, end) or lexicon.VERB_PHRASES.ending_at(words, end)
               for end in range(len(words) - 6, len(words) - 1))


def _condition_inside(words: list[str]) -> bool:
    """"查一下明天的天气，如果下雨就提醒我带伞": a lookup and a conditional second request in one item
    (outside brackets: "drinnen, falls es regnet" in parentheses is a detail)."""
    depth = 0
    for index, word in enumerate(words[:-2]):
        depth = _depth(depth, word)
        if index >= 3 and not depth and lexicon.CLAUSE_OPENERS.at(words, index) \
                and (words[index - 1] in _PUNCTUATION or lexicon.CONJ.ending_at(words, index)):
            return not _wait_at_end(words, index)
    return False


def _wait_at_end(words: list[str], index: int) -> bool:
    """"meiner Schwester Bescheid geben, sobald das Hotel gebucht ist": a once-condition that ends the item with
    its done-word, no request after it: what the task waits for (depends_on), not a second request."""
    tail = [word for word in words[index:] if word not in _PUNCTUATION]
    return bool(lexicon.DEP_ONCE.at(words, index)) and len(tail) <= 10 and any(word in lexicon.DEP_DONE for word in tail[-2:])


def _condition_closed_inside(words: list[str]) -> bool:
    """"看看客户回邮件没有，没回的话就催一下": after a break, a short condition closed by its mark ("的话")
    and a request after it: a check and a step that hangs on its answer in one item (a condition
    that opens the item, "有空的话帮我查一下", is on the whole request and no doubt)."""
    depth = 0
    for index, word in enumerate(words[:-1]):
        depth = _depth(depth, word)
        if depth or index < 3 or words[index - 1] not in _PUNCTUATION:
            continue
        if any(_CONDITION_ENDS.at(words, at) and (_request_at(words, at + _CONDITION_ENDS.at(words, at))
                                                  or _cut_at(words, at + _CONDITION_ENDS.at(words, at)))
               for at in range(index + 1, min(index + 6, len(words)))):  # "没有的话就算了" asks for nothing
            return True
    return False


def _cut_at(words: list[str], at: int) -> bool:
    """"看看王师傅回我没有，没回的话就 | 再给他打个电话": the item ends at the condition's mark (maybe with
    its "then" word): the splitter cut the step that hangs on the answer into the next item."""
    while at < len(words) and lexicon.DEP_RESULT.at(words, at):
        at += lexicon.DEP_RESULT.at(words, at)
    return at >= len(words)


def hedged(text: str) -> bool:
    """The user hedges ("…, ou pas, je sais pas", "vielleicht …", "…, vedi tu"): a hedge that opens the
    text or ends a clause (not "no sé ni por dónde empezar", where it is part of the request)."""
    words = Tokens(text[:400]).words
    for index in range(len(words)):
        length = _HEDGES.at(words, index)
        if length and _ALTERNATIVES.at(words, index) == length and _whether_before(words, index):
            continue  # "check if the quote includes GST or not": the question's other half
        if length and (index == 0 or index + length == len(words) or words[index + length] in _PUNCTUATION
                       or words[index + length - 1] in _PUNCTUATION):
            return True
    return False


def _whether_before(words: list[str], index: int) -> bool:
    """An if/whether word earlier in the clause that ends at ``index``."""
    start = max((i + 1 for i in range(index) if words[i] in _PUNCTUATION), default=0)
    return any(word in lexicon.SUBORDINATORS for word in words[start:index])


def message_hedged(text: str) -> list[str]:
    """A message no rule read as work in which the user hedges: hand it over rather than drop it."""
    return [f"vague: the user may be unsure what they want: {text[:200]!r}"] if hedged(text) else []


def list_of_objects(tasks: list[dict]) -> list[str]:
    """Listed lines with no verb ("- tarta sin lactosa / - velas") whose last line asks for one action
    on them all ("¿puedes pedirlo todo en Glovo?"): the lines may be the object of one task."""
    from task_runner.parse.clean import starts_with_verb

    listed = [task for task in tasks if task["_meta"][0].listed]
    if len(listed) < 2 or any(starts_with_verb(task["description"]) for task in listed[:-1]):
        return []
    words = Tokens(listed[-1]["_meta"][0].text[:400]).words
    asks = any(word in lexicon.REQUEST_DELEGATES and lexicon.REQUEST.at(words, index) for index, word in enumerate(words))
    if not asks or not lexicon.ALL_WORDS.intersection(words):
        return []
    first = tasks.index(listed[0])
    return [f"split: task {first + n} may be part of one request on the whole list: {task['description']!r}"
            for n, task in enumerate(listed)]
