"""Questions without their mark: a status sentence ("did anything get done while I was asleep",
"qu'est-ce qui est fini depuis hier soir") asks by its word order or its first word, and people
often leave the "?" off in chat; and a question about the agent's own progress, which asks whatever its topic.
Apart from status.py, which reads what such a question asks."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import has_cjk


def unmarked_question(words: list[str], start: int, end: int) -> bool:
    """Whether the sentence ``words[start:end]`` asks, though no mark ends it: an inverted order, an
    "anything" first ("anything finished yet or is it all still pending"), a question word first, or a tell-me last."""
    return _inverted(words, start, end) or bool(lexicon.STATUS_ANYTHING.at(words, start)) \
        or _opens_with_question_word(words, start) or _tell_me_last(words, start, end)


def _tell_me_last(words: list[str], start: int, end: int) -> bool:
    """"終わったのと止まってるの教えて": a CJK sentence ending in a tell-me verb asks what it names."""
    said = "".join(words[start:end]).rstrip("。.!！")
    return has_cjk(said[:1]) and any(has_cjk(verb) and said.endswith(verb) for verb in lexicon.STATUS_SHOW)


def _inverted(words: list[str], start: int, end: int) -> bool:
    """A question without its mark, read from the word order: the sentence, or its clause after a
    short lead ("before I log off, can you tell me …"), opens with a question auxiliary."""
    comma = next((i + 1 for i in range(start, min(end, start + 8)) if words[i] in (",", "，")), None)
    if any(at is not None and at < end and words[at] in lexicon.QUESTION_AUX for at in (start, comma)):
        return True
    return any(words[i] in lexicon.QUESTION_AUX and words[i + 1] in lexicon.PRONOUN_SUBJECTS for i in range(start, min(end - 1, start + 8)))


def _opens_with_question_word(words: list[str], start: int) -> bool:
    """A sentence that opens with a question word asks, mark or not ("qu'est-ce qui est fini depuis
    hier soir"); not a word that also opens a condition ("quand T-04 est fini, …") or an article
    (pt "o relatório está pronto" states a fact)."""
    word = words[start]
    return word in lexicon.QUESTION_WORDS and word not in lexicon.DETERMINERS and not has_cjk(word) \
        and not lexicon.CLAUSE_OPENERS.at(words, start) and not lexicon.DEP_BEFORE_ID.at(words, start)


_PROGRESS = lexicon.phrases("status_progress")


def asks_progress(words: list[str], at: int) -> bool:
    """"t'en es où avec le dossier APA ?", "où on en est sur tout ça ?": a question about the agent's own
    progress asks the queue's state whatever its topic (unlike "qu'est-ce qui reste pour la recette ?")."""
    return bool(_PROGRESS.at(words, at))


_HOW_WENT = lexicon.phrases("how_went")
_WORK_NOUNS = lexicon.word_set("work_nouns")


def asks_after_work(words: list[str]) -> bool:
    """"com'è andata la ricerca del corso?", "como ficou a busca do apartamento?", "how did the booking go?":
    how a piece of the agent's work went (a work noun after its article) asks the queue's state, whatever its
    topic; "come va la scuola?" is small talk."""
    at = _HOW_WENT.at(words, 0)
    while at and at < len(words) and words[at] in lexicon.DETERMINERS and words[at] not in _WORK_NOUNS:
        at += 1
    return bool(at) and at < len(words) and words[at] in _WORK_NOUNS
