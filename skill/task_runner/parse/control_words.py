"""Control verbs as people type them: every language's single-word control verbs, and the forms
of them a command reader must still know (commands.py, notes.py, doubts.py): a verb with its object
pronoun attached or elided ("cancélala", "l'annuler"), and a verb misspelt by one letter, by its
accents or by a double letter on the wrong consonant ("reintena", "rééssaie", "anulle")."""

from functools import lru_cache

from task_runner.parse import lexicon, loans
from task_runner.parse.lexicon import strip_accents


@lru_cache(maxsize=1)
def control_words() -> dict[str, str]:
    """Single-word control verbs of every language ("retry", "reintenta", "annule") → their verb (built on first need)."""
    table: dict[str, str] = {}
    for lang in lexicon.LANGUAGES:
        for verb, spec in lang.control_before.items():
            for phrase in spec.split("|"):
                if phrase and " " not in phrase and "/" not in phrase and "?" not in phrase:
                    table.setdefault(phrase, verb)
    return table


def one_edit_apart(a: str, b: str) -> bool:
    """One inserted, deleted, replaced or swapped letter between ``a`` and ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1:]
    return a[start + 1:] == b[start + 1:] or (a[start + 1:start + 2] == b[start:start + 1]
                                               and a[start:start + 1] == b[start + 1:start + 2] and a[start + 2:] == b[start + 2:])


def control_without_clitic(word: str) -> str | None:
    """A control verb with its object pronoun attached ("saltala", "cancélala", "pula-a") → the verb;
    also an elided pronoun before it ("l'annuler", "l'annulla"), which French and Italian write as one word."""
    if word in control_words() or not word.isalpha() and "-" not in word and "'" not in word:
        return None
    head, apostrophe, tail = word.partition("'")
    if apostrophe:
        return tail if head + apostrophe in lexicon.CLITICS and tail in control_words() else None
    head, _, tail = word.partition("-")
    if tail:
        return head if tail in lexicon.CLITICS and head in control_words() else None
    plain = strip_accents(word)
    for clitic in lexicon.CLITICS:
        stem = plain[:-len(clitic)]
        if plain.endswith(clitic) and len(stem) >= 4 and stem in control_words():
            return stem
        if plain.endswith(clitic) and len(stem) >= 4 and stem.endswith("r") and stem + "e" in control_words():
            return stem + "e"  # Italian drops an infinitive's last vowel before the pronoun: "segnarla", "annullarlo"
    return None


def loan_control(word: str) -> str | None:
    """A control verb of one language with another's verb ending ("skippen", "retryen", "skipear"; a
    doubled last consonant too), and maybe an object pronoun after it ("skippala") → that verb."""
    if len(word) < 6 or not word.isalpha() or word in control_words():
        return None
    forms = [word] + [word[:-len(clitic)] for clitic in lexicon.CLITICS if word.endswith(clitic) and len(word) - len(clitic) >= 5]
    for form in forms:
        for verb in loans.english_stems(form):
            if len(verb) >= 4 and verb in control_words() and not _declared(word):
                return verb
    return None


def misspelt_control(word: str) -> str | None:
    """The control verb ``word`` misspells by one letter ("reintena" → "reintenta"), for words of 5+ letters
    that no table declares (the set of those is built only when a word is one letter from a verb)."""
    if len(word) < 5 or not word.isalpha():
        return None
    plain = strip_accents(word)  # compared without accents: "reesaie" is one letter from "réessaie"
    for known in control_words():
        bare = strip_accents(known)
        if len(known) >= 5 and bare[0] == plain[0] and (one_edit_apart(plain, bare) or plain == bare and word != known
                                                        or _undoubled(plain) == _undoubled(bare)) \
                or len(plain) >= 6 and plain[1:] == bare[1:] and _next_keys(plain[0], bare[0]):  # "xancela": the key beside
            return None if _declared(word) else known  # "rééssaie": only its accents are wrong; "anulle": its double letter
    return None


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _next_keys(a: str, b: str) -> bool:
    """Whether keys ``a`` and ``b`` touch on a QWERTY keyboard (same row side by side, or the row
    above or below, half a key over): a first letter typed with the key beside it ("xancela", "vancel")."""
    where = {key: (row, column) for row, keys in enumerate(_KEY_ROWS) for column, key in enumerate(keys)}
    if a not in where or b not in where:
        return False
    (row_a, col_a), (row_b, col_b) = where[a], where[b]
    if row_a == row_b:
        return abs(col_a - col_b) == 1
    upper, lower = (col_a, col_b) if row_a < row_b else (col_b, col_a)
    return abs(row_a - row_b) == 1 and lower - upper in (0, -1)  # "c" sits under "d" and "f", beside "x" and "v"


def _undoubled(word: str) -> str:
    """``word`` with every doubled letter written once ("annule", "anulle" → "anule"): a double letter
    put on the wrong consonant is a typo of the verb too."""
    return "".join(letter for at, letter in enumerate(word) if not at or letter != word[at - 1])


def _declared(word: str) -> bool:
    """Whether some table declares ``word`` (the verb tables first: the full set costs ~1 ms to build)."""
    return word in lexicon.VERBS or word in control_words() or word in _known_words()


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every single word some table declares: never a misspelling of another one."""
    words = set(lexicon.VERBS) | set(lexicon.TYPOS)
    for lang in lexicon.LANGUAGES:
        for name in lang.FIELDS:
            value = getattr(lang, name)
            if isinstance(value, frozenset):
                words |= value
            specs = [value] if isinstance(value, str) else [v for v in value.values() if isinstance(v, str)] \
                if isinstance(value, dict) else []
            for spec in specs:  # "vuelve a intentar": a word of a phrase is a word too
                words.update(part.rstrip("?") for phrase in spec.split("|") for word in phrase.split()
                             for part in word.split("/"))
    return frozenset(words)
