"""Which mode a message is in: dispatcher (system events), none (answer directly), or intake.

Dispatcher only for a message that *starts* like a system event; a user quoting the string is
not one. "none" covers how-to questions, lists quoted as examples, single questions, single web
searches, reminder-only requests and chit-chat; everything that asks for work to be queued or
managed is intake.
"""

import re

from task_runner.parse import lexicon, preambles
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, is_cjk

_DISPATCH = Lazy(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:system(?:\s*event)?\s*[:>-]\s*)?TASK_RUNNER_DISPATCH\b", re.IGNORECASE)
_HEARTBEAT = Lazy(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:system(?:\s*event)?\s*[:>-]\s*)?\W{0,3}(?:heartbeat\b|read\s+heartbeat\.md)", re.IGNORECASE)
_RUNNER = Lazy(r"task[\s_-]?runner", re.IGNORECASE)
_SENTENCES = Lazy(r"(?<=[.!?:])\s+|\n")
_REQUEST_Q = lexicon.phrases("request_questions")
_AS_TASK = lexicon.phrases("as_task")
_META_VERBS = lexicon.phrases("meta_verbs")
_META_OBJECTS = lexicon.phrases("meta_objects")
_META_TAIL = lexicon.word_set("meta_tail") | frozenset("? ! . : ？ ！ 。 ：".split())
_KEEP_AS = lexicon.phrases("keep_as")
_OF_WORDS = lexicon.word_set("of_words")  # "status of …", "tratar disto", "occuparti di questo"
_WORK_TYPES = frozenset(("messaging", "code-execution", "file-creation", "agent-delegation"))
_COUNT = lexicon.phrases("count_questions")  # "how many tasks are left?" asks about the queue
_COUNT_VERBS = lexicon.word_set("count_verbs")
_STILL = lexicon.word_set("still_words")
_PRONOUN_AUX = lexicon.word_set("pronoun_aux")
_META_ALONE = lexicon.word_set("meta_alone")
_ABILITY = lexicon.phrases("ability_asks")
_HELP_ASKED = lexicon.phrases("help_asked")


def system_event(text: str) -> str | None:
    """"dispatcher" for a dispatch event or a heartbeat poll naming the task-runner dispatcher,
    "none" for any other heartbeat poll (a system message, never work to queue), else None."""
    head = text[:300].upper()
    if "TASK_RUNNER_DISPATCH" not in head and "HEARTBEAT" not in head:
        return None
    if _DISPATCH.match(text):
        return "dispatcher"
    if _HEARTBEAT.match(text) or "HEARTBEAT_OK" in text[:2000]:
        return "dispatcher" if _RUNNER.search(text[:500]) else "none"
    return None


def is_how_to(text: str) -> bool:
    """"How do I add a task?" is a question about the product, even with the word "task" in it."""
    from task_runner.parse.clean import trim

    raw = Tokens(text.lstrip()[:300]).words
    words = Tokens(trim(text.lstrip()[:300]).core).words
    for candidate in (raw, words):
        length = lexicon.HOW_TO.at(candidate, 0)
        if length and not preambles.asks_possibility_of_you(candidate) and not _counts_queue(candidate):
            return True
    return False


def _counts_queue(words: list[str]) -> bool:
    """"how many tasks are left?", "how many are still pending?": a count of the queue's tasks (its noun, or a
    count verb and only states after it), no how-to."""
    at = _COUNT.at(words, 0)
    if not at:
        return False
    if words[at:at + 1] and words[at] in lexicon.STATUS_NOUNS:  # "how many tasks failed …?": a state for a count verb
        return bool(words[at + 1:at + 2]) and (words[at + 1] in _COUNT_VERBS or _state_at(words, at + 1))
    rest = [word for word in words[at + 1:] if word not in ("?", "？")] if words[at:at + 1] and words[at] in _COUNT_VERBS else []
    return bool(rest) and all(word in _STILL or any(table.at([word], 0) for table in lexicon.STATUS_WORDS.values()) for word in rest)


def _state_at(words: list[str], index: int) -> bool:
    return any(table.at(words, index) for table in lexicon.STATUS_WORDS.values())


def quotes_examples(original: str) -> bool:
    """A list introduced as an example, or a list inside a question or a story rather than a request."""
    from task_runner.parse.lists import list_start

    start = list_start(original)
    if start is None:  # an example named in the opening question ("how's T-33 going? and add: … template" asks for work)
        words = Tokens(original[:300]).words
        asked = next((i for i, word in enumerate(words) if word in ("?", "？")), len(words))
        return bool(lexicon.EXAMPLE_MARKERS.find(words[:asked])) and _opens_question(words)
    head_words = Tokens(original[:start][-400:]).words
    greeting = lexicon.GREETINGS.at(head_words, 0)
    if greeting and head_words[greeting:greeting + 1] in ([","], ["、"], ["，"], ["!"], ["！"]):
        head_words = head_words[greeting + 1:]  # "なあ、これ頼むわ": a greeting before the opener asks nothing
    if lexicon.EXAMPLE_MARKERS.find(head_words):
        return True
    if head_words and _opens_question(head_words):
        return True
    # A list inside a story that ends in a question to us ("the author's routine is: 1) … Do you think it works?")
    all_words = Tokens(original[:2000]).words
    from task_runner.parse.list_asks import has_open_boxes

    if lexicon.FRAMING.find(all_words) or _REQUEST_Q.find(all_words) or has_open_boxes(original):
        return False  # a checklist's open boxes are work, whatever is asked below them
    return any(_opens_question(Tokens(sentence).words)
               for sentence in _SENTENCES.split(original[start:][:2000]) if sentence.strip().endswith("?"))


def _opens_question(words: list[str]) -> bool:
    """Starts like a question (not a request such as "can you …")."""
    words = [w for w in words if w not in ("¿", "¡")]
    if not words or _REQUEST_Q.at(words, 0) or words[0] in lexicon.REQUEST_DELEGATES and lexicon.REQUEST.at(words, 0):
        return False  # "est-ce que tu pourrais : 1) …": a request opener asks for the work, even in a question's words
    first = words[0]
    if first in lexicon.QUESTION_WORDS:  # an article that opens "o que …" asks only with its question word
        return first not in lexicon.DETERMINERS or words[1:2] != [] and words[1] in lexicon.QUESTION_WORDS
    if first in lexicon.QUESTION_AUX and len(words) > 1:
        subjects = lexicon.PRONOUN_SUBJECTS if first in _PRONOUN_AUX else lexicon.SUBJECTS
        return words[1] in subjects or lexicon.id_number(words[1]) is not None
    return False


_ASKING = lexicon.ANSWER_VERBS | lexicon.word_set("asking_fillers")


def narrative_question(text: str) -> bool:
    """A story or a quoted system line that ends in a question to us ("I got a message saying
    TASK_RUNNER_DISPATCH: …, should I worry?"): nothing to queue unless something is asked for."""
    from task_runner.parse.clean import asks_you_to, starts_with_verb

    stripped = text.strip()
    first = stripped.split("\n", 1)[0][:200]
    if not stripped.endswith(("?", "？", "吗")) or starts_with_verb(first) or asks_you_to(Tokens(first).words, anywhere=True):
        return False
    words = Tokens(stripped[:3000]).words
    for index in range(len(words)):
        if lexicon.FRAMING.at(words, index) > 1 or preambles.before_the_ask(words, index):
            return False  # "I need you to …", "do these for me", "not sure if you can, but …" (a bare "tasks" may be quoted text)
        length = _REQUEST_Q.at(words, index) or (lexicon.REQUEST.at(words, index) if words[index] in lexicon.REQUEST_DELEGATES else 0)
        if length and index + length < len(words) and words[index + length] not in _ASKING:
            return False  # "…, can you order a new one?", "…, tu peux le préparer ?" asks for work
        need = lexicon.NEED_FRAMES.at(words, index)
        if need and index + need < len(words) and lexicon.is_verb(words[index + need]) and words[index + need] not in _ASKING:
            return False  # "… ¿me ayudas a redactarla …?", "… vous pouvez m'aider à trouver … ?": help to do it asks for it
    from task_runner.parse.list_asks import has_open_boxes

    return not has_open_boxes(stripped)



def is_framed(text: str) -> bool:
    return bool(lexicon.FRAMING.find(Tokens(text[:4000]).words))


def is_meta_item(core: str) -> bool:
    """"do a few things", "handle these", "take care of the following": introductions, not work."""
    words = Tokens(core).words
    framing = _AS_TASK.at(words, 0)
    if framing and all(word in _META_TAIL for word in words[framing:]):
        return True  # "… — please add that as a task"
    verb = _META_VERBS.at(words, 0)
    if not verb and words[:1] and words[0] in lexicon.CLITICS and _META_VERBS.at(words, 1):
        verb = 1 + _META_VERBS.at(words, 1)  # "me faire ça", "mi fai questo": a clitic before the verb
    if not verb and not (words[:1] and words[0] in _META_ALONE):
        return False
    rest = _META_OBJECTS.at(words, verb)
    if not rest:
        return False
    return all(word in _META_TAIL for word in words[verb + rest:])


def introduces(core: str, raw: str) -> bool:
    """"mi fai queste cose?", "tu peux faire ces choses ?", "以下お願いします": a line that only points
    at the list around it (a verb and the language's header words, asked or followed by a list)."""
    words = [word for word in Tokens(core[:200]).words if any(ch.isalnum() for ch in word) and word not in lexicon.CLITICS]
    if words and (is_cjk(words[0][:1]) or words[0].isdigit() and words[1:2] and is_cjk(words[1][:1])):
        # a header word is written in several characters ("これお願い"), a count before its counter ("2点お願いします")
        if len(words) > 1 and words[-1] in lexicon.VAGUE_NOUNS and words[-2] == "の" and not lexicon.VERB_PHRASES.find(words):
            return True  # "塾の冬期講習の件、まず…": the topic of the steps after it
        if lexicon.REQUEST_END.at(words, 0) == len(words):
            return True  # "お願い" on its own line above the list
        head = _META_OBJECTS.at(words, 0) or next((n for n in (3, 2) if "".join(words[:n]) in lexicon.HEADER), 0)
        counted = len(words) > 1 and (words[0].isdigit() or words[0] in lexicon.CJK_NUMERALS) and words[1] in lexicon.HEADER
        head = head or 2 * counted
        return bool(head) and (head == len(words) or lexicon.REQUEST_END.at(words, head) + head == len(words)
                               or lexicon.REQUEST.at(words, head) + head == len(words))
    verb = lexicon.VAGUE_VERBS.at(words, 0) or lexicon.is_verb(words[0]) if words else 0  # "podes tratar disto?"
    final = not verb and len(words) > 1 and words[-1] in lexicon.DE_INFINITIVES  # "kannst du das erledigen?"
    if len(words) < 2 or not raw.rstrip().endswith(("?", ":", "？", "：")) or not (verb or final):
        return False
    rest = words[verb:len(words) - final]  # the words pointing at the list, and "for me", "of this", "di questo"
    return any(word in lexicon.HEADER for word in rest) and all(
        word in lexicon.HEADER or word in lexicon.DETERMINERS or word in _META_TAIL or word in _OF_WORDS
        or word in lexicon.ANSWER_LEADS for word in rest)


def names_no_work(core: str, help_asked: bool = False) -> bool:
    """"help me", "mir helfen", "吗": what is left of "can you help me?" once the request is trimmed; with
    ``help_asked`` also "your help with the party", left of "I need your help with the party. Can you book …"
    (the ask comes after it; alone, it is an ask the parser could not read: unread.py hands it over)."""
    words = [word for word in Tokens(core).words if word not in lexicon.QUESTION_PARTICLES and word not in "!.,，。！"]
    if not words or lexicon.HELP_ONLY.at(words, 0) == len(words):
        return True
    help = _HELP_ASKED.at(words, 0) if help_asked else 0  # "sua ajuda com a festa", "suo aiuto per la legatoria"
    linked = help > 1 and _HELP_ASKED.at(words[:help - 1], 0) == help - 1  # it ends on its with-word: a topic follows
    return bool(help) and (help == len(words) or linked and words[help] in lexicon.DETERMINERS and not lexicon.is_verb(words[help]))


def is_chit_chat(core: str) -> bool:
    words = [w for w in Tokens(core).words if any(ch.isalnum() for ch in w)]
    return bool(words) and all(w in lexicon.CHIT_CHAT for w in words) and len(words) <= 8


def is_question(core: str, raw: str) -> bool:
    from task_runner.parse.clean import asks_you_to, leading_verb

    raw_words = Tokens(raw.strip()[:200]).words
    if raw_words and _REQUEST_Q.at([w for w in raw_words if w != "¿"], 0) or asks_you_to(raw_words, anywhere=True):
        return False  # "mi prepari …?", "…, ¿me lo preparas con …?" ask for the work
    if raw.rstrip().endswith(("?", "？", "吗", "呢")):
        asked = Tokens(raw.rstrip(" ?？")[-40:]).words
        return not (asked and is_cjk(asked[-1][:1]) and lexicon.REQUEST_END.ending_at(asked, len(asked))
                    and not lexicon.HELP_ONLY.at(asked, 0))  # "…調べてもらえますか？" asks for work, "手伝ってくれる？" for help
    return _opens_question(Tokens(core[:200]).words) and leading_verb(core)[0] is None


def asks_if_possible(raw: str) -> bool:
    """"…天気予報を送ってもらうことってできますか？", "每周一早上7点给我发天气预报可以吗？": a polite question whether
    the work can be done asks for it, when a work verb comes before it ("日本語で話すことはできますか？", "这样可以吗？" ask nothing)."""
    words = [word for word in Tokens(raw.rstrip(" ?？!！。")[-200:]).words]
    length = _ABILITY.ending_at(words, len(words))
    return bool(length) and bool(lexicon.VERB_PHRASES.find(words[:len(words) - length]))


def _names_someone(core: str) -> bool:
    """The word after the verb is a name ("tell Sam …")."""
    parts = core.split(None, 2)
    return len(parts) > 1 and parts[1][:1].isupper() and parts[1].isalpha()


def single_is_work(core: str, raw: str, kind: str, requested: bool, scheduled: bool, framed: bool) -> bool:
    """Whether a message holding exactly one item asks for queued work (else: answer directly)."""
    words = Tokens(core[:200]).words
    if lexicon.REMINDER_ONLY.at(words, 0):
        return False
    requested = requested or asks_if_possible(raw)
    if is_question(core, raw) and not requested:
        return False
    if framed or _KEEP_AS.find(words):
        return True  # "look up the price and save it in prices.md" keeps a file: work, not an answer
    if lexicon.WEB_SEARCH.at(words, 0):
        return False
    if words and words[0] in lexicon.ANSWER_VERBS and not _names_someone(core):
        return False  # "tell me a joke" is answered; "tell Sam that …" is a message to send
    from task_runner.parse.clean import starts_with_verb

    return requested or kind in _WORK_TYPES or scheduled or starts_with_verb(core)
