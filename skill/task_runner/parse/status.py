"""Status requests in any phrasing: "show tasks", "task status?", "what's in the queue",
"pending tasks?", "show me the blocked ones", "is T-04 done yet?", "¿cómo van mis tareas?".

Read from word classes, not sentences: a clause is a status request when its shape is
"show-verb + (determiners) + queue noun / status topic", "question word + … + queue noun",
a bare noun phrase ("pending tasks?"), or a question about task ids. A modal after the noun
("what tasks would you suggest…") makes it a question about something else.
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import trim
from task_runner.parse.idtext import expand_ids
from task_runner.parse.phrases import Phrases, Tokens, has_cjk
from task_runner.parse.status_marks import asks_after_work, asks_progress, unmarked_question
from task_runner.parse.status_states import asks_about_states

_DETERMINERS = lexicon.word_set("status_determiners") | lexicon.DETERMINERS | lexicon.ALL_WORDS
_QUESTION = lexicon.word_set("status_question_words")
_MODALS = lexicon.word_set("status_modals")
_THAT = lexicon.phrases("status_that")
_ABOUT = frozenset(word for lang in lexicon.LANGUAGES for word in lang.object_cues.split("|") if word and " " not in word)
_COMPLEMENT = lexicon.word_set("of_words")
# "point rapide sur la file", "stato veloce della coda": a short-word of the status phrase after its noun (no article, no "of")
_AFTER_TOPIC = lexicon.word_set("status_determiners") - lexicon.DETERMINERS - lexicon.ALL_WORDS - _COMPLEMENT
_FILLER_END = frozenset("? ！ ？ . !".split()) | lexicon.word_set("status_end_fillers")
_ZH_QUEUE = lexicon.phrases("cjk_queue_nouns")
_ZH_ASK = lexicon.phrases("cjk_status_asks")
_ZH_REQUEST, _ZH_SHOW = lexicon.phrases("cjk_requests"), lexicon.phrases("cjk_show_verbs")
_SENTENCE_END = frozenset(".!?;。！？；")
_CLAUSE_BREAK = _SENTENCE_END | frozenset(",，、–—")  # a spaced dash between two clauses too ("kurzes Update bitte – was hängt noch?")
# "and" of every alphabetic language ("…, et dis-moi ce qui est en attente"); a CJK particle (ja と) joins nouns, no clauses
_PIECE_BREAK = Phrases(*(lang.piece_breaks for lang in lexicon.LANGUAGES if lang.piece_breaks),
                       *(phrase for lang in lexicon.LANGUAGES for phrase in lang.conj.split("|") if phrase and not has_cjk(phrase)))
_POSSESSIVES = lexicon.word_set("possessives")
_REQUEST_NOUNS = lexicon.word_set("request_nouns")
_ID_WORDS = lexicon.word_set("status_things")
_STILL = lexicon.word_set("still_words")
_ID_QUESTION = lexicon.word_set("id_question_words")
_EVERY = lexicon.ALL_WORDS | lexicon.word_set("status_every")


def is_status(text: str, ends_with_question: bool) -> bool:
    """True when ``text`` (one clause) asks for the queue's state."""
    core = trim(text).core
    head = core.find(":")
    if 0 < head < 30:
        core = core[head + 1:]
    tokens = Tokens(core)
    words = [w for w in tokens.words if w not in ("¿", "¡")]
    lead = lexicon.NOW.at(words, 0)
    if lead and lead < len(words) and (words[lead] in _QUESTION or words[lead] in lexicon.QUESTION_WORDS):
        words = words[lead:]  # "现在什么在跑？", "now what's running?": a now-word before the question word
    words = _without_now(words)
    if not words or len(words) > (24 if has_cjk(core) else 16) or lexicon.PRODUCT_NOUNS.find(words):  # CJK: a word a character
        return False  # "qual è la migliore app per le attività?" is about software
    found = lexicon.STATUS_PHRASES.find(words)
    if found:
        after = sum(found) + (sum(found) < len(words) and words[sum(found)] in _STILL)
        if words[after:after + 1] and (words[after] in _ABOUT or words[after] in _COMPLEMENT) and not _complement(words, after) \
                and not asks_progress(words, found[0]):
            return False  # "¿qué falta para la receta?", "was fehlt noch für die Party?": about something else
        return not _is_work_on(words, found[0])
    if ends_with_question and (asks_about_states(words, True) or asks_after_work(words)) or _tell_me_which(words):
        return True
    if _ZH_QUEUE.find(words) and (_ZH_ASK.find(words) or _ZH_SHOW.at(words, 0) or ends_with_question) \
            and not _ZH_REQUEST.find(words):
        return True  # "现在有哪些任务在运行？"
    has_id = any(lexicon.id_number(w) for w in words)
    if has_id and ends_with_question and words[0] not in ("how",):
        return True
    first = words[0]
    if (lexicon.DEP_BEFORE_ID.at(words, 0) or lexicon.CLAUSE_OPENERS.at(words, 0)) and not ends_with_question:
        return False  # "when T-04 is done, …" opens a dependency, not a question
    if first in lexicon.QUESTION_AUX and len(words) > 2 and words[1] in lexicon.PRONOUN_SUBJECTS:
        return _asked(words, has_id)  # "do I have anything pending?"
    if first in _ID_QUESTION and has_id:
        return True  # "what is T-05 doing", "how is T-03 going"
    if first in lexicon.STATUS_SHOW:
        return _shown(words, 1)
    if first in lexicon.CLITICS and words[1:2] and words[1] in lexicon.STATUS_SHOW and _shown(words, 2):
        return True  # Brazilian Portuguese puts the pronoun first: "me mostra as tarefas" (not "¿la lista?", an article)
    if first in _QUESTION or first in lexicon.QUESTION_WORDS:
        return _asked(words, has_id and ends_with_question)
    said = words if lexicon.THERE_IS.at(words, 0) else [w for w in Tokens(text.strip()[:200]).words if w not in ("¿", "¡")]
    there = lexicon.THERE_IS.at(said, 0)  # (the trim may take the "y" of "y a" for a Spanish "and")
    if there and ends_with_question:  # "y a des tâches bloquées ?", "ci sono task in corso?", "há algo pendente?"
        asked = said[there - 1:]
        while cut := len(asked) > 1 and (1 if asked[-1] in _FILLER_END else next(  # "y a quoi en cours là / en ce moment ?"
                (n for n in range(1, min(5, len(asked))) if lexicon.NOW.at(asked, len(asked) - n) == n), 0)):
            asked = asked[:-cut]
        return _asked(asked, has_id)
    topic = _skip(words, 0, _DETERMINERS)  # "petit update sur ce qui tourne ?", "kurzes Update zu T-04"
    if topic and topic < len(words) and words[topic] in lexicon.STATUS_TOPIC and _topic(words, topic):
        return True
    if first in lexicon.STATUS_TOPIC or has_id and any(w in lexicon.STATUS_TOPIC for w in words):
        return _topic(words, words.index(first) if first in lexicon.STATUS_TOPIC else _topic_index(words))
    return _noun_phrase(words)


def _without_now(words: list[str]) -> list[str]:
    """"… ce qui tourne en ce moment ?", "… was hängt gerade?": a now-phrase at the end of a status question says
    only when it asks, as its end fillers do."""
    end = len(words)
    while end and words[end - 1] in _FILLER_END:
        end -= 1
    length = lexicon.NOW.ending_at(words, end) if end > 2 else 0
    return words[:end - length] + words[end:] if length and end - length >= 2 else words


def _tell_me_which(words: list[str]) -> bool:
    """"¿me dices qué tareas siguen en cola?", "tu peux me dire ce qui tourne dans la file": a
    tell-verb, then a question word, then the queue's noun, with no other action verb."""
    show = next((i for i, w in enumerate(words[:5]) if w in lexicon.STATUS_SHOW), None)
    asks = [i for i in range(show + 1, show + 4) if words[i:i + 1] and words[i] in lexicon.QUESTION_WORDS] if show is not None else []
    if not asks or not any(words[i] in lexicon.STATUS_NOUNS or _status_word(words, i) for i in range(asks[0] + 1, asks[0] + 4)
                           if i < len(words)):
        return False
    rest = words[show + 1:]
    return any(w in lexicon.STATUS_NOUNS for w in rest) and not any(
        len(w) > 2 and w in lexicon.VERBS and w not in lexicon.STATUS_SHOW | lexicon.STATUS_NOUNS for w in rest)


def _is_work_on(words: list[str], phrase_at: int) -> bool:
    """"send the weekly status update to the client": an action verb (not a show-verb, not
    "send me") before the status phrase makes it the object of a task, not a request to us."""
    for index, word in enumerate(words[:phrase_at]):
        if word in lexicon.VERBS and word not in lexicon.STATUS_SHOW:
            return words[index + 1:index + 2] not in (["me"], ["us"])
    return False


def status_filter(text: str) -> str | None:
    """The status a request narrows to ("show me the blocked ones" → blocked)."""
    words = Tokens(text).words
    for key, table in lexicon.STATUS_WORDS.items():
        if table.find(words):
            return key
    return None


def _skip(words: list[str], index: int, allowed: frozenset) -> int:
    while index < len(words) and words[index] in allowed and words[index] not in lexicon.STATUS_NOUNS:
        index += 1  # ("todos" is a Spanish determiner and an English noun)
    return index


def _is_end(words: list[str], index: int) -> bool:
    return all(word in _FILLER_END for word in words[index:])


def _status_word(words: list[str], index: int) -> int:
    return lexicon.STATUS_ANY.at(words, index)


def _shown(words: list[str], index: int) -> bool:
    """After a show-verb: [me] [determiners] [status words] noun|topic [complement] — nothing else."""
    index = _skip(words, index, _DETERMINERS)
    if index < len(words) and lexicon.id_number(words[index]) is not None:
        return True  # "show me T-03"
    index -= bool(index and words[index - 1] in _EVERY and _THAT.at(words, index))  # "show me everything that's blocked"
    if index < len(words) and words[index] in _EVERY:
        after = _skip(words, index + 1, _DETERMINERS)
        after_that = _THAT.at(words, after)
        length = _status_word(words, after + after_that)
        if length and _is_end(words, after + after_that + length):
            return True
    if _relative_states(words, index):
        return True
    start = index
    while index < len(words) and _status_word(words, index):
        index += _status_word(words, index)
    if index > start and _is_end(words, index):
        return True  # "show pending", "list blocked"
    if index < len(words) and (words[index] in lexicon.STATUS_NOUNS or words[index] in lexicon.STATUS_TOPIC):
        index += 1
        while index < len(words) and (words[index] in lexicon.STATUS_NOUNS or words[index] in lexicon.STATUS_TOPIC
                                      or _status_word(words, index)):
            index += _status_word(words, index) or 1
        return _is_end(words, index) or _complement(words, index)
    return False


def _asked(words: list[str], has_id: bool) -> bool:
    """A question about the queue: a queue noun or status topic in a short question, no modal after it."""
    for index, word in enumerate(words):
        if word in lexicon.STATUS_NOUNS or word in lexicon.STATUS_TOPIC:
            follow = words[index + 1] if index + 1 < len(words) else ""
            owned = follow in ("do", "did") and words[index + 3:index + 4] == ["have"]  # "how many tasks do I have"
            if follow in _MODALS and not (owned or follow in ("are", "is") or _status_word(words, index + 1)):
                return False
            if word in lexicon.STATUS_TOPIC and word in ("list", "report", "summary", "update", "updates") and len(words) > 3:
                continue
            if word not in lexicon.STATUS_NOUNS and not _is_end(words, index + 1) and not any(
                    w in lexicon.STATUS_NOUNS or w in _ID_WORDS or lexicon.id_number(w) for w in words[index + 1:index + 5]):
                return False  # "qual è la situazione a Roma?" asks about Rome, not the queue
            if any(lexicon.CLAUSE_OPENERS.at(words, at) for at in range(1, index)):
                return False  # "do you keep my stuff after the tasks are done?": the tasks are in a clause of another question
            return not any(w in lexicon.VERBS and w not in lexicon.STATUS_SHOW and w not in ("list", "report", "update")
                           for w in words[1:index]) and not _gerund_owns(words, index)
        if _status_word(words, index) and len(words) <= 5:
            return True
    return has_id


def _gerund_owns(words: list[str], noun_at: int) -> bool:
    """"the best app for managing tasks": the noun is the object of an -ing verb, not our queue."""
    return any(len(word) > 5 and word.endswith("ing") and not word.endswith("thing") and word not in ("going", "doing")
               and not _status_word(words, i)
               for i, word in enumerate(words[:noun_at]))


def _topic(words: list[str], index: int) -> bool:
    """"status of T-04", "progress on my tasks", "T-04 status", "status?", "point rapide sur la file"."""
    index = _skip(words, index + 1, _AFTER_TOPIC)
    return _is_end(words, index) or _complement(words, index)


def _topic_index(words: list[str]) -> int:
    return next(i for i, w in enumerate(words) if w in lexicon.STATUS_TOPIC)


def _complement(words: list[str], index: int) -> bool:
    """"… of/on/for (my|the|all)? tasks/queue/T-04/everything"."""
    if index >= len(words) or words[index] not in _COMPLEMENT:
        return False
    index = _skip(words, index + 1, _DETERMINERS)
    if index >= len(words):
        return False
    word = words[index]
    if word in lexicon.VAGUE_NOUNS and (words[index - 1] in _POSSESSIVES or words[index + 1:index + 2] and words[index + 1] in _ABOUT | _COMPLEMENT) \
            or word in _REQUEST_NOUNS and words[index - 1] in _POSSESSIVES and _is_end(words, index + 1):
        return True  # "t'en es où avec mes trucs ?", "a che punto siamo con le cose della gita", "… con le mie richieste": the user's things are the tasks
    return word in lexicon.STATUS_NOUNS or word in _ID_WORDS or lexicon.id_number(word) is not None or _relative_states(words, index)


def _relative_states(words: list[str], index: int) -> bool:
    """After a show-verb, only states said with a relative, perhaps two joined: "me mostra o que já foi concluído e o que falhou", "montre-moi ce qui est fini"."""
    pieces, gaps = 0, 0
    while index < len(words):
        start = _skip(words, index, _DETERMINERS)
        index = start + lexicon.RELATIVE_THAT.at(words, start)
        if index == start:
            return False
        state = next((i for i in range(index, min(index + 3, len(words))) if _status_word(words, i)), None)
        if state is None or any(w in lexicon.VERBS for w in words[index:state]):
            return False
        index, pieces, gaps = state + _status_word(words, state), pieces + 1, gaps + (state > index)
        if _is_end(words, index):
            return not gaps or pieces >= 2  # "tell me which tests fail" names its own things: words between need two states
        joined = lexicon.CONJ.at(words, index)
        if not joined:
            return False
        index += joined
    return False


def _noun_phrase(words: list[str]) -> bool:
    """"pending tasks?", "task status", "my queue", "queue status pls", "tareas pendientes"."""
    index = _skip(words, 0, _DETERMINERS)
    seen = False
    while index < len(words):
        length = _status_word(words, index)
        if length:
            index += length
            continue
        if words[index] in lexicon.STATUS_NOUNS or words[index] in lexicon.STATUS_TOPIC:
            seen = True
            index += 1
            continue
        break
    return seen and _is_end(words, index) and len(words) <= 6


def find_status(tokens: Tokens, used: list) -> dict | None:
    """A status request: the first clauses that *are* one (not a task that mentions "status")."""
    query = None
    words = tokens.words
    asks = [False] * len(words)  # per token: its sentence ends with a question mark or particle
    for start, end in _sentences(tokens):
        question = words[end - 1] in lexicon.QUESTION_PARTICLES
        asks[start:end] = [question] * (end - start)
        question = question or unmarked_question(words, start, end)
        if question and asks_about_states(words[start:end]):
            used.append((tokens.starts[start], tokens.ends[end - 1]))
            states = [key for key, table in lexicon.STATUS_WORDS.items() if table.find(words[start:end])]
            sentence = tokens.text[tokens.starts[start]:tokens.ends[end - 1]]
            query = {"ids": expand_ids(sentence), "status": states[0] if len(states) == 1 else None}
        elif question and _told(tokens, start, end):
            used.append((tokens.starts[start], tokens.ends[end - 1]))
            sentence = tokens.text[tokens.starts[start]:tokens.ends[end - 1]]
            query = query or {"ids": expand_ids(sentence), "status": status_filter(trim(sentence).core)}
    sentences = list(_sentences(tokens))
    before = None  # the piece before: a time or condition lead goes with the question ("before I log off, …")
    for start, end in _pieces(tokens):
        lead, before = before, (start, end)
        char_start, char_end = tokens.starts[start], tokens.ends[end - 1]
        if any(s < char_end and char_start < e for s, e in used):
            continue
        piece = tokens.text[char_start:char_end]
        question = asks[end - 1] or end < len(words) and words[end] in ("?", "？")
        if words[end - 1] in (":", "：") or end < len(words) and words[end] in (":", "："):
            continue  # "My tasks:" introduces a list
        if start > 1 and words[start - 1] in (",", "，") and words[start] in lexicon.SUBORDINATORS \
                and _object_clause(trim(tokens.text[max(0, tokens.starts[start - 1] - 120):tokens.starts[start - 1]].split("\n")[-1]).core):
            continue  # "kannst du nachsehen, warum der Job fehlgeschlagen ist?": the object of the request ("e aí, como tá a fila?" asks)
        if not is_status(piece, question):
            continue
        if not question and _listed_after_a_verb(words, start, end, sentences):
            continue  # "compare Notion, Coda and Airtable": a name in a task's list, not "the queue" (it. coda)
        query = query or {"ids": [], "status": None}
        for task_id in expand_ids(piece):
            if task_id not in query["ids"]:
                query["ids"].append(task_id)
        query["status"] = query["status"] or status_filter(trim(piece).core)
        used.append((char_start, char_end))
        if lead and lead[1] + 1 == start and words[lead[1]] in (",", "，") and question \
                and words[lead[0]] in lexicon.CLAUSE_WORDS and not any(s < tokens.ends[lead[1] - 1] and tokens.starts[lead[0]] < e for s, e in used):
            used.append((tokens.starts[lead[0]], tokens.ends[lead[1] - 1]))  # the scene-setting lead goes with the question
    return query


def _object_clause(lead: str) -> bool:
    """The clause before ", what …" asks for it ("kannst du nachsehen, warum …"); a time or
    condition lead ("before I log off, what is still running?") only sets the scene, and a question asks its own."""
    lead_words = Tokens(lead).words  # a question of its own asks for nothing ("how's the move going, what's still pending?")
    return bool(lead_words) and lead_words[0] not in lexicon.CLAUSE_WORDS and lead_words[0] not in lexicon.QUESTION_WORDS


def _told(tokens: Tokens, start: int, end: int) -> bool:
    """"can you tell me what is still running?", "kannst du mir sagen, was noch läuft?",
    "まだ動いてるのは何か教えてくれる？": a tell-me lead (a report-back phrase) before or after a
    status question, with nothing but a request before it, is that question."""
    words = tokens.words
    comma = next((i + 1 for i in range(start, min(end, start + 8)) if words[i] in (",", "，")), None)
    if comma and words[start] in lexicon.CLAUSE_WORDS:
        start = comma  # "before I log off, can you tell me …": the lead only sets the scene
    lead = lexicon.REPORT_BACK.find(words, start, min(end, start + 6))
    if lead and not any(len(w) > 2 and w in lexicon.VERBS for w in words[start:lead[0]]):
        first = lead[0] + lead[1]
        while first < end and words[first] in _CLAUSE_BREAK:
            first += 1
        return any(is_status(tokens.text[tokens.starts[i]:tokens.ends[end - 1]], True) for i in range(first, min(first + 2, end - 1)))
    else:
        tail = next((i for i in range(max(start, end - 12), end) if lexicon.REPORT_BACK.at(words, i)), None)  # "…教えていただけますか"
        if tail is None or not has_cjk(words[tail]):
            return False
        first, last = start, tail
        while last > first and words[last - 1] in ("か", "を", "、", "，"):
            last -= 1
    if last - first < 2:
        return False
    piece = tokens.text[tokens.starts[first]:tokens.ends[last - 1]]
    return is_status(piece, True) or asks_about_states(words[first:last])


def _listed_after_a_verb(words: list[str], start: int, end: int, sentences: list) -> bool:
    """A bare noun phrase after a comma or "and" in a sentence that an action verb opened earlier:
    one of the things that task lists, whatever the noun means in some language's status table."""
    first = next((s for s, e in sentences if s <= start < e), start)
    return first < start and _noun_phrase(words[start:end]) and any(w in lexicon.VERBS for w in words[first:start])


def _sentences(tokens: Tokens):
    """Token bounds of each sentence (up to its end mark, or a line break)."""
    words, start = tokens.words, 0
    for index in range(len(words)):
        last = index + 1 == len(words)
        if words[index] in _SENTENCE_END or last or "\n" in tokens.text[tokens.ends[index]:tokens.starts[index + 1]]:
            if index + 1 > start:
                yield start, index + 1
            start = index + 1



def _pieces(tokens: Tokens):
    """Clauses for status reading: split at sentence ends, line breaks, commas and "and"/"then"."""
    words, text = tokens.words, tokens.text
    start = 0
    for index in range(len(words) + 1):
        at_end = index == len(words)
        newline = not at_end and index > 0 and "\n" in text[tokens.ends[index - 1]:tokens.starts[index]]
        if not at_end and not newline and _inside_id_list(words, index):
            continue  # "status of T-03 and T-04": one question about both ids
        joined = not at_end and _PIECE_BREAK.at(words, index) and not lexicon.THERE_IS.at(words, index) \
            and not (index == start and lexicon.GREETINGS.at(words, index))  # "y a …" is no "and", "e aí, …" a greeting
        if at_end or newline or words[index] in _CLAUSE_BREAK or joined:
            stop = index + 1 if not at_end and words[index] in ("?", "？") else index
            if stop > start and not all(w in _CLAUSE_BREAK for w in words[start:stop]):
                yield start, stop
            start = index + (0 if newline else 1 if not at_end and words[index] in _CLAUSE_BREAK else _PIECE_BREAK.at(words, index) if joined else 0)


def _inside_id_list(words: list[str], index: int) -> bool:
    """A comma or "and" between two task ids joins a list of ids, not two clauses."""
    after = index + (_PIECE_BREAK.at(words, index) or 1)
    return 0 < index and after < len(words) and lexicon.id_number(words[index - 1]) is not None \
        and lexicon.id_number(words[after]) is not None
