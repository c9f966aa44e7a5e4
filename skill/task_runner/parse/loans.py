"""English verbs borrowed into another language with its endings ("booker un meeting", "schedulare una
call", "checkear si …"): endings that English nouns share too ("printer", "reminder"), so such a word is
read as the English verb only where the context says verb: before its object (here) or beside a task id
(control_words.loan_control)."""

from functools import lru_cache

from task_runner.parse import lexicon


@lru_cache(maxsize=1)
def _OBJECT_OPENERS() -> frozenset[str]:  # noqa: N802 - a table, built on first use
    return lexicon.DETERMINERS | lexicon.CLITICS | lexicon.word_set("indefinite_words") | lexicon.word_set("plain_articles")


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """Every language's endings of a borrowed verb, longest first (those safe anywhere too)."""
    endings = {ending for lang in lexicon.LANGUAGES for ending in lang.loan_context_endings}
    endings |= {ending for lang in lexicon.LANGUAGES for ending in lang.loan_verb_endings.split("|") if ending}
    return tuple(sorted(endings, key=len, reverse=True))


def english_stems(word: str):
    """The English verbs a borrowed form may hide, longest ending first: the word without another language's
    ending (a stem of four letters or more), that stem with its final e back ("schedulare" → "schedule") and
    with a doubled last consonant undone ("skippen" → "skip"). The caller checks which verb table it is in."""
    for ending in _endings():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            yield stem
            yield stem + "e"
            if stem[-1] == stem[-2]:
                yield stem[:-1]


def loan_verb_before_object(word: str, after: str) -> str | None:
    """The English verb inside a borrowed form ("booker" → "book", "schedulare" → "schedule", "checkear" →
    "check", "forwarden" → "forward"), followed (``after``) by an article, a pronoun or "whether" as a verb
    is by its object ("booker un meeting", "checker si …"; a "printer" or "reminder" is followed by none);
    None for a word of any verb table."""
    if len(word) < 6 or not word.isascii() or word in lexicon.VERBS or not (after in _OBJECT_OPENERS() or after in lexicon.SUBORDINATORS):
        return None
    return next((english for english in english_stems(word) if english in lexicon.EN.verbs), None)
