"""A summary that names nothing of its own, right after a lookup: "compare SumUp and Zettle" … "write a
summary in pos.md", "compara o frete …" … "escreve um resumo em transporte.md": it sums up what the
lookup found, so it waits for it (depends.py). "a summary of the meeting notes" has its own object."""

from task_runner.parse import lexicon
from task_runner.parse.clean import leading_verb

_DIGESTS = lexicon.word_set("digest_nouns")
_OF = lexicon.word_set("of_words")
_INTO = lexicon.word_set("file_prepositions")


def sums_up_lookup(words: list[str], previous: str) -> bool:
    """True when the item writes a summary (a writing verb, its object within the first words, after its verb) with no
    of-phrase naming what it sums up, and the item before it opens with a lookup verb ("compare", "busca")."""
    if not words or lexicon.verb_type(words[0]) != "file-creation":
        return False  # it writes the summary ("écris", "escreve"); sending "the summary" is read by depends.py's own rules
    verb = leading_verb(previous)[0]
    if not verb or lexicon.verb_type(verb) != "info-lookup":
        return False
    at = next((index for index, word in enumerate(words[1:5], 1) if word in _DIGESTS), None)
    if at is None:
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return not (after in _OF and after not in _INTO)
