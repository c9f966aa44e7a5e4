"""A statement of what is wrong, then a fix with no object of its own: "in sales.xlsx row 3 is wrong: fix
it and send the file to Ana", "na planilha … o CNPJ está errado, corrige e depois …", "nel file … la riga 3
ha il codice sbagliato: correggilo e poi …". The fix ("fix it", "corrige", "correggilo", "corrige-la") names
its object only by a pronoun, or not at all: the statement before it says what is fixed, so it is that
request's own text (its file, its row, its code), not context to drop.
"""

import re

from task_runner.parse import clause, lexicon
from task_runner.parse.clean import first_word, starts_with_verb, trim
from task_runner.parse.phrases import Tokens

_HEAD = re.compile(r"^(?P<head>[^:：]{3,200}?)\s*[:：](?!\d)\s*(?P<rest>\S.*)$", re.DOTALL)


def statement_fix(sentence: str, clauses) -> list | None:
    """The pieces (``clauses`` cuts a text) of "statement: fix it …", the statement kept in the first, else None."""
    match = _HEAD.match(sentence) if ":" in sentence or "：" in sentence else None
    rest = match.group("rest") if match else ""
    if not match or not is_statement(match.group("head")) or not (starts_with_verb(rest) or _pronoun_on_verb(first_word(rest))):
        return None
    pieces = clauses(rest)
    if not pieces or not object_less(pieces[0].text):
        return None
    pieces[0].text, pieces[0].framed = sentence[:match.start("rest")] + pieces[0].text, True  # with its colon and spacing
    return pieces


def joined_to_statement(pieces: list) -> list:
    """The pieces with a statement piece joined to an object-less fix piece right after it."""
    out: list = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and not piece.cue and object_less(piece.text) and is_statement(last.text):
            last.text, last.framed = last.text + ", " + piece.text, True
            continue
        out.append(piece)
    return out


def statements_are_why(pieces: list, count: int, framed: bool) -> bool:
    """Under a frame, whether its statement pieces are why, not tasks: more clauses than a count announced
    ("zwei Sachen - Paul braucht Hausschuhe, such welche raus, und …"), or, with no count, a request beside
    them ("y añade otra: el candado está roto, busca uno"); statements alone under a frame stay its items."""
    return 0 < count < len(pieces) or framed and not count and not all(is_statement(piece.text) for piece in pieces)


def object_less(text: str) -> bool:
    """"corrige", "fix it", "correggilo", "corrige-la", "fix it please": a verb and at most a pronoun object."""
    words = [word for word in Tokens(trim(text).core[:80]).words if word not in ".!?。！？"]
    if not words or len(words) > 3 or not (lexicon.is_verb(words[0]) or _pronoun_on_verb(words[0])):
        return False
    rest = words[1:]
    return all(word in lexicon.CLITICS or lexicon.PRONOUN_OBJECTS.at(rest, at) for at, word in enumerate(rest))


def is_statement(text: str) -> bool:
    core = trim(text).core
    return bool(core) and not starts_with_verb(core) and not trim(text).requested and clause.statement(core)


def _pronoun_on_verb(word: str) -> bool:
    """"correggilo", "mandala": an object pronoun written onto a verb of the tables."""
    return any(word.endswith(pronoun) and len(word) - len(pronoun) >= 3 and word[:-len(pronoun)] in lexicon.VERBS
               for pronoun in lexicon.CLITICS if pronoun.isalpha())
