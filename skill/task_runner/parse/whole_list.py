"""One ask over a pasted list: the user's own line asks for one thing done *with* the list ("can you put
an order in on Tesco for this lot" over bullets, "tu peux trouver où acheter tout ça ?" under a shopping
list, "manda essa lista pro Jorge:", "夫にLINEでこれ送っといて", "帮我在京东下单这些"): the list is that
task's object, not several tasks. The line is next to the list (just before it or just after it),
points at it (list_references: "this lot", "tout ça", "das", "essa lista", "これ", "这些") and opens a
request of its own whose verb is no meta verb: "do these", "handle the open ones", "occupe-toi de ça"
ask for the items to be done, each a task (the list rules read those). The items name things, not
actions (no item opens with a verb): a list of actions is work even under "send me these".
What the list says stays the task's details: its dates set nothing on the task, the ask's own do."""

from task_runner.parse import lexicon
from task_runner.parse.clean import starts_with_verb, trim
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, has_cjk

_REFERENCES = lexicon.phrases("list_references")
_META_VERBS = lexicon.phrases("meta_verbs")
_CLAUSE_BREAKS = Lazy(r"[,;，；、]")
_STEP_MARKS = Lazy(r"\s*(?:→|->|=>|:|–|—|,)\s*")  # "todos los lunes 7:00 → recordarle a Toño …": an action after a time
_ARTICLES = lexicon.word_set("plain_articles") | lexicon.word_set("indefinite_words") | lexicon.DETERMINERS
_MAX_ITEMS = 40  # a pasted list of things to order or send; longer is a dump, read item by item


class OneAsk:
    """The ask line, the list under it (its details), and the lines around them read as before."""

    __slots__ = ("ask", "details", "before", "after")

    def __init__(self, ask: str, details: str, before: list[str], after: list[str]):
        self.ask, self.details, self.before, self.after = ask, details, before, after


def one_ask(lines: list[str], marks: list) -> OneAsk | None:
    """The one ask over the list of these lines (marks: their list markers), if a line next to it is one."""
    listed = [index for index, marker in enumerate(marks) if marker and marker.body]
    if not 2 <= len(listed) <= _MAX_ITEMS:
        return None
    first, last = listed[0], listed[-1]
    bodies = [marks[index].body for index in listed if not (marks[index].done or marks[index].body.startswith("~~"))]
    inside = [line for line, marker in zip(lines[first:last + 1], marks[first:last + 1]) if line.strip() and not marker]
    if not bodies or inside or not all(_names_things(body) for body in bodies):
        return None  # lines between the items, or items that are actions: the list rules read it
    before = [line for line in lines[:first] if line.strip()]
    after = [line for line in lines[last + 1:] if line.strip()]
    if before and ask_start(before[-1]) is not None:
        return _one(before[-1], bodies, after, before[:-1], [])
    if after and ask_start(after[0]) is not None and not _opens_a_step(after[0]):  # not "then send it to Hamish"
        return _one(after[0], bodies, [], before, after[1:])
    return None


def _one(line: str, bodies: list[str], added: list[str], before: list[str], after: list[str]) -> OneAsk:
    """"Einkaufsliste für Silvester, bestell das bei REWE …": a title before the ask on its line is the
    list's (its dates too), so it goes with the list."""
    start = ask_start(line)
    title = line[:start].strip(" ,;，；、")
    return OneAsk(line[start:].strip(), _details(([title] if title else []) + bodies, added), before, after)


def _details(bodies: list[str], after: list[str]) -> str:
    """" (2kg basmati; paneer x4; …; deliver saturday if poss)": the list, then what the user added
    under it about the same ask, unless a line there opens a step of its own ("then …")."""
    added = [line.strip() for line in after if not _opens_a_step(line)]
    return " (" + "; ".join(text.rstrip(" .;,") for text in bodies + added) + ")"


def _opens_a_step(line: str) -> bool:
    words = Tokens(line.strip()[:40]).words
    return bool(lexicon.SEQ["then"].at(words, 0) or lexicon.SEQ["also"].at(words, 0))


def ask_start(line: str) -> int | None:
    """Where a request that points at the list next to it starts on its line (after a title, "Einkaufsliste
    für Silvester, bestell das …"), if the line is one: a verb of its own that is no meta verb."""
    words = Tokens(line[:300]).words
    if not _REFERENCES.find(words) or lexicon.FRAME_NOUNS.intersection(words):
        return None  # "turn these into tasks", "add these to my to-dos": the items are the work
    if has_cjk(line):  # "帮我在京东下单这些", "夫にLINEでこれ送っといて"; "以下お願いします" has no verb of its own
        return 0 if not _META_VERBS.find(words) and lexicon.VERB_PHRASES.find(words) is not None else None
    starts = [0] + [match.end() for match in _CLAUSE_BREAKS.finditer(line)]
    pieces = [line[start:end] for start, end in zip(starts, starts[1:] + [len(line)])]
    at = next((n for n, piece in enumerate(pieces) if piece.strip(" ,;") and starts_with_verb(piece.rstrip(" ,;:："))), None)
    if at is None:
        return None
    core = Tokens(trim(pieces[at]).core).words
    if _META_VERBS.at(core, 0) or core[:1] and core[0] in lexicon.CLITICS and _META_VERBS.at(core, 1):
        return None
    return starts[at]


def _names_things(body: str) -> bool:
    """A list item that names a thing ("2kg basmati", "paio e calabresa", "単三電池4本"), no action
    ("→ recordarle a Toño …", "田中さんに見積もりをメールで送る": a Japanese action ends in a verb's kana)."""
    if has_cjk(body):
        core = body.rstrip(" 。.!！")
        return lexicon.VERB_PHRASES.find(Tokens(core[:200]).words) is None and not "\u3040" <= core[-1:] <= "\u309f"
    first = Tokens(body[:40]).words[:1]
    if starts_with_verb(body) and not (first and first[0] in _ARTICLES):  # "le plan de table" is no "plan …"
        return False
    return not any(starts_with_verb(piece) for piece in _STEP_MARKS.split(body[:300])[1:] if piece.strip())
