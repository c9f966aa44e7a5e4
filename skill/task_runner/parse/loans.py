"""English verbs borrowed into another language with its endings ("booker un meeting", "schedulare una
call", "checkear si …"): endings that English nouns share too ("printer", "reminder"), so such a word is
read as the English verb only where what follows is its object."""

from functools import lru_cache

from task_runner.parse import lexicon


@lru_cache(maxsize=1)
def _OBJECT_OPENERS() -> frozenset[str]:  # noqa: N802 - a table, built on first use
    return lexicon.DETERMINERS | lexicon.CLITICS | lexicon.word_set("indefinite_words") | lexicon.word_set("plain_articles")


_LOAN_OBJECT_ENDINGS = tuple(sorted({ending for lang in lexicon.LANGUAGES for ending in lang.loan_object_endings}, key=len, reverse=True))


def loan_verb_before_object(word: str, after: str) -> str | None:
    """The English verb inside a borrowed form ("booker" → "book", "schedulare" → "schedule", "checkear" →
    "check", "forwarden" → "forward"): an English verb of four letters or more, whole or without its final
    e, before another language's infinitive or imperative ending, and followed (``after``) by an article, a
    pronoun or "whether" as a verb is by its object ("booker un meeting", "checker si …"; a "printer" or
    "reminder" is followed by none); None for a word of any verb table."""
    if len(word) < 6 or not word.isascii() or word in lexicon.VERBS or not (after in _OBJECT_OPENERS() or after in lexicon.SUBORDINATORS):
        return None
    for ending in _LOAN_OBJECT_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            for english in (stem, stem + "e"):
                if english in lexicon.EN.verbs:
                    return english
    return None
