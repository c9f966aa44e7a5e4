"""Lists written in prose: a comma list whose entries are mostly actions ("groceries (eggs, milk),
pick up the package, and call the vet"), and enumerations announced by a count ("two things: …
and …", "zwei Sachen: …", "两件事：一是…，二是…", "2つお願い。…"): the count says how many tasks
follow, so the items under it are work and the text is cut at its joins until the count is met."""

from task_runner.parse import lexicon
from task_runner.parse.clean import is_time_word, starts_with_verb
from task_runner.parse.phrases import Tokens, has_cjk

_BREAKS = frozenset(",;，；、")
_MAX_COUNT = 9


def announced(head: str) -> int:
    """The number of items a header announces ("two things", "3 cosas", "两件事", "2つ"), else 0:
    a number with a header word, no verb, and nothing else but a few filler words."""
    words = [word for word in Tokens(head[:80]).words if any(ch.isalnum() for ch in word)]
    if not words or len(words) > 6 or not has_cjk(head) and starts_with_verb(head):
        return 0
    numbers = lexicon.merged("numbers")
    for index, word in enumerate(words):
        count = int(word) if word.isascii() and word.isdigit() else numbers.get(word, 0)
        if 2 <= count <= _MAX_COUNT and any(other in lexicon.HEADER for other in words[index + 1:index + 3]):
            return count
    return 0


def cut_to(items: list, count: int) -> list:
    """Cut items at a top-level comma or joining word ("… und …", "… e …") until ``count`` items
    are there; an item with no such join stays whole."""
    out = list(items)
    while len(out) < count:
        for position, item in enumerate(out):
            parts = _halves(item.text)
            if parts:
                first, second = (type(item)(part, item.cue if n == 0 else "", item.listed, item.framed) for n, part in enumerate(parts))
                first.context = second.context = item.context
                out[position:position + 1] = [first, second]
                break
        else:
            break
    return out


def _halves(text: str) -> tuple[str, str] | None:
    """The text cut at its first comma or joining word with two or more words on each side."""
    tokens = Tokens(text)
    words = tokens.words
    for index in range(2, len(words) - 1):
        length = 1 if words[index] in _BREAKS else lexicon.CONJ.at(words, index)
        if not length:
            continue
        after = index + length + lexicon.CONJ.at(words, index + length)
        if len(words) - after >= 2:
            return tokens.text[:tokens.starts[index]].strip(), tokens.text[tokens.starts[after]:].strip()
    return None

def verb_list(tokens: Tokens) -> list[str] | None:
    """"groceries (eggs, milk), pick up the package, and call the vet": a comma list whose items are
    mostly actions, though the first is only a noun. Split at every top-level comma/semicolon."""
    words, depth, cuts = tokens.words, 0, []
    for index, word in enumerate(words):
        depth += (word in "([{") - (word in ")]}") if len(word) == 1 else 0
        if depth == 0 and word in _BREAKS:
            cuts.append(index)
    if len(cuts) < 1 or len(cuts) > 40:
        return None
    bounds = [-1] + cuts + [len(words)]
    segments = []
    for begin, end in zip(bounds, bounds[1:]):
        start = begin + 1
        start += lexicon.CONJ.at(words, start)
        if start < end:
            segments.append((start, end))
    if len(segments) < 3 or starts_with_verb(tokens.text[tokens.starts[segments[0][0]]:tokens.ends[segments[0][1] - 1]]):
        return None
    texts = [tokens.text[tokens.starts[s]:tokens.ends[e - 1]] for s, e in segments]
    verbal = [starts_with_verb(text) for text in texts]
    if sum(verbal[1:]) < 2:
        return None
    for (start, end), is_verb in zip(segments, verbal):
        if is_verb:
            continue
        named = [w for w in words[start:end] if w[:1].isalnum()]
        if (len(named) > 10 or any(w in lexicon.PRONOUN_SUBJECTS for w in named) or all(is_time_word(w) for w in named)
                or lexicon.CLAUSE_OPENERS.at(words, start) or any(t.at(words, start) for t in lexicon.SEQ.values())):
            return None  # a clause with its own subject ("I think we bought it …") or a time phrase, not a list entry
    return texts
