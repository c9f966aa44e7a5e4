"""A message the parser read nothing from, or ids it read nothing about: handed over with a reason
(parse/__init__.py), never answered as chat with the work lost (issue 13). The reasons start with
``vague:``, as doubts.py's do."""

from task_runner.ids import format_id
from task_runner.parse import control_words, lexicon
from task_runner.parse.doubts import many_verbs
from task_runner.parse.idtext import withdrawn_ids
from task_runner.parse.phrases import Tokens, is_cjk

_PERSONS = lexicon.word_set("person_objects")
id_number = lexicon.id_number


def unread_requests(texts: list[str]) -> list[str]:
    """A request no rule could read as work ("il faudrait voir avec la banque pour le prêt…", "can
    you sort the Hendricks paperwork"): its verb is not in our tables, so hand it over, never drop it."""
    from task_runner.parse.clean import trim
    from task_runner.parse.mode import is_chit_chat, is_meta_item, is_question, names_no_work

    for text in texts:
        trimmed = trim(text)
        core = trimmed.core
        every = Tokens(core[:400]).words
        words = [word for word in every if any(ch.isalnum() for ch in word)]
        if not (trimmed.asked or many_verbs(every) or _unread_first_ask(core)) or len(words) < 3 or is_question(core, text):
            continue  # an ask frame, dictation with three verbs or more ("te dicto rápido mira hay que pedir …"), a known ask after an unknown one
        if is_chit_chat(core) or is_meta_item(core) or names_no_work(core) or lexicon.REMINDER_ONLY.at(words, 0):
            continue
        return [f"vague: the message asks for something the parser could not read: {core[:200]!r}"]
    return []


def _unread_first_ask(core: str) -> bool:
    """"blorp the meadery group and email Bob": an item that opens on a word no table knows and later
    joins a clause that opens on a verb we do know asks for work, its first ask unread."""
    tokens = Tokens(core[:400])
    words = tokens.words
    if len(words) < 4 or not words[0].isalpha() or is_cjk(words[0][:1]) or lexicon.is_verb(words[0]) \
            or words[0] in lexicon.TIME_PHRASE_WORDS or words[0] in lexicon.CLAUSE_WORDS:
        return False
    for at in range(2, len(words) - 2):
        join = lexicon.CONJ.at(words, at)
        verb = at + join if join else 0
        if verb and lexicon.is_verb(words[verb]) and (words[verb] not in lexicon.AMBIGUOUS_VERBS or _a_person(tokens, verb + 1)):
            return True
    return False


def _a_person(tokens: Tokens, at: int) -> bool:
    """A name or a person ("email Bob", "text her"): the verb of a word that is a noun too is a verb here."""
    return at < len(tokens.words) and (tokens.text[tokens.starts[at]].isupper() or tokens.words[at] in _PERSONS)


def named_ids(text: str) -> list[int]:
    """The task ids a message names outside quotes and code (``text`` is the masked body), in order; not
    those a self-correction took back ("pula a T-43. digo, T-44")."""
    numbers, words = [], Tokens(text[:4000]).words
    withdrawn = withdrawn_ids(words) if sum(lexicon.id_number(word) is not None for word in words) > 1 else set()
    for word in words:
        number = lexicon.id_number(word)
        if number is not None:
            numbers += [number] if number not in withdrawn else []
            continue
        span = lexicon.ID_RANGE_TOKEN.match(word)
        if span:
            numbers += [int(span.group(1)), int(span.group(2))]
    return numbers


def unclaimed_ids(named: list[int], document: dict) -> list[str]:
    """An id the user names that no command, status request or task took up ("T-191 salta pure",
    "T-20とT-21はスキップ、T-22はもう一回やって" read without the retry): the user said something
    about that task and we did not read what, so the agent must look (first-sight misses of every
    id-first or misspelt control verb look like this; a parse that reads the id never does)."""
    if not named:
        return []
    claimed = set()
    for command in document.get("commands") or ():
        claimed.update(lexicon.id_number(task_id) for task_id in command.get("ids") or ())
    claimed.update(lexicon.id_number(task_id) for task_id in (document.get("status_query") or {}).get("ids") or ())
    for task in document.get("tasks") or ():
        claimed.update(lexicon.id_number(str(dep)) for dep in task.get("depends_on") or () if isinstance(dep, str))
        claimed.update(named_ids(str(task.get("description") or "")))
    left = sorted({number for number in named if number not in claimed})
    if not left:
        return []
    listed = ", ".join(format_id(number) for number in left)
    return [f"vague: the message names {listed} but the parser read nothing to do with it: "
            "say what to do (retry, skip, cancel, done, answer, urgent) or whether it is a dependency"]


def about_the_queue(text: str) -> list[str]:
    """A message read as none that speaks of the queue ("reprend la file", "ponto de situação das
    tarefas", "did anything get done while I was asleep"): at first sight (holdout5–8) 13 of 14 such
    messages were a status request or a control command in words the tables did not have yet, so
    hand it over rather than answer it as chat (``text``: the masked body, quotes hidden). A queue
    noun alone is not enough ("a cron job in OpenClaw", "a friend's to-do list"): it needs a state,
    a control verb (also misspelt), a status topic or "all" with it."""
    every = Tokens(text[:400]).words
    words = [word for word in every if word not in lexicon.STATUS_NOUNS]  # "to-do" is a noun, not "todo" (all)
    state = any(table.find(words) for table in lexicon.STATUS_WORDS.values())
    controls = control_words.control_words()
    acts = any(word in controls or control_words.misspelt_control(word) for word in words)
    if len(words) < len(every) and (state or acts or lexicon.STATUS_TOPIC.intersection(words)
                                    or lexicon.ALL_WORDS.intersection(words) or lexicon.STATUS_ANY.find(words)):
        return [f"vague: the message may ask about the queue or control it, in words the parser could not read: {text[:200]!r}"]
    asks = lexicon.QUESTION_PARTICLES.intersection(words) or lexicon.QUESTION_AUX.intersection(words[:1])
    if state and asks and (lexicon.STATUS_ANY.find(words) or lexicon.QUESTION_WORDS.intersection(words)):
        return [f"vague: the message may ask how the tasks stand, in words the parser could not read: {text[:200]!r}"]
    return []
