"""A long item of joined clauses (doubts.py): where a comma or "and" inside one item may join two asks,
and where it only joins the parts of one (a noun list, the file the result is kept in, context)."""

from task_runner.parse import clause, lexicon
from task_runner.parse.phrases import Tokens, is_cjk

_PUNCTUATION = frozenset(",.;:!?…、，。！？；")


_JOINED_ITEM = 22  # words (CJK: characters / 2): at first sight most items this long held two asks


def long_joined(words: list[str], message: bool = False, lead: int = 0) -> bool:
    """"para la cofradía necesito que busques el precio … esta semana y que le escribas a Iñaki …": a
    long item with a conjunction or a comma inside it, outside brackets and quotes. At first sight
    three in four such items (holdout5–8) were two or more asks joined by a verb the tables did not
    know yet, so the verb count of ``_many_verbs`` cannot be relied on; the length and the join can.
    Not for one job by design ("go through … and summarize …"), nor for quoted text (one message),
    nor for a question (a long question asks one thing: "…を教えてもらえますか？"; the caller passes
    no words for it). In a ``message``, after "… pour lui dire que", "… avisando que" the words are what
    it says: a join there counts only before a verb we know ("…, et réserve la salle")."""
    cjk = sum(is_cjk(word[:1]) for word in words)
    size = cjk // 2 + sum(1 for word in words if not is_cjk(word[:1]) and any(ch.isalnum() for ch in word))
    if size < _JOINED_ITEM or any(word in "\"“”「」『』«»„" for word in words):
        return False
    if lexicon.READING_VERBS.find(words) and lexicon.DIGEST_VERBS.find(words):
        return False
    said = next((i for i in range(2, len(words)) if lexicon.MESSAGE_THAT.at(words, i)), len(words)) if message else len(words)
    level = 0
    for index, word in enumerate(words[:-3]):
        level = depth(level, word)
        if index >= max(3, lead) and not level and (word in _PUNCTUATION - {".", "。", "!", "?", "！", "？", "…"} or lexicon.CONJ.at(words, index)) \
                and (index < said or any(lexicon.is_verb(w) for w in words[index + 1:index + 3])) and not _context_after(words, index) \
                and not _part_of_one(words, index):
            return True
    return False


_KEEP_AS = lexicon.phrases("keep_as")
_LIST_ITEM = 2  # "luz, agua y gas": the words of one item of a noun list


def _part_of_one(words: list[str], index: int) -> bool:
    """The join at ``index`` only joins parts of one ask: "…, save it as notes.txt", "… y guárdalo en x.docx" (where
    the result is kept, one job by design), "… and stuff I need to photograph" (a vague noun after "and"), or an
    item of a noun list ("las lecturas de luz, agua y gas"): at most two words, no verb, up to the next join or the end,
    or the "and" that closes it after such an item ("…, agua y gas del piso …")."""
    after = index + (lexicon.CONJ.at(words, index) or 1)
    while after < len(words) and lexicon.CONJ.at(words, after):
        after += lexicon.CONJ.at(words, after)  # ", and save it as …"
    if after >= len(words) or _KEEP_AS.at(words, after) or words[after] in lexicon.VAGUE_NOUNS:
        return True
    end = next((at for at in range(after, len(words)) if words[at] in _PUNCTUATION or lexicon.CONJ.at(words, at)), len(words))
    if _list_item(words[after:end]):
        return True
    begin = next((at for at in range(index - 1, max(index - _LIST_ITEM - 2, -1), -1) if words[at] in _PUNCTUATION), None)
    return begin is not None and words[begin] == "," and _list_item(words[begin + 1:index])  # "luz, agua y gas del piso …"


def _list_item(words: list[str]) -> bool:
    return 0 < len(words) <= _LIST_ITEM and not any(lexicon.is_verb(word) or is_cjk(word[:1]) for word in words)


def lead_words(core: str) -> int:
    """"esta noche después de cenar, sobre las 22:30, mándale …": the words of a leading time phrase before the
    item's verb, whose commas join no clauses."""
    verb, rest = clause.leading_verb(core)
    lead = Tokens(core[:len(core) - len(rest)]).words if verb else []
    return len(lead) if all(clause.is_time_word(word) or word in _PUNCTUATION for word in lead) else 0


def _context_after(words: list[str], index: int) -> bool:
    """"have Codex fix the signup form, parents keep saying the box won't take anything": after a comma, a
    clause with its own subject and finite verb up to the next break is context for the ask, no ask."""
    if words[index] not in (",", "，"):
        return False
    end = next((i for i in range(index + 1, len(words)) if words[i] in _PUNCTUATION or lexicon.CONJ.at(words, i)), len(words))
    return end - index > 2 and clause.statement(" ".join(words[index + 1:end]))


def depth(level: int, word: str) -> int:
    """Brackets and quotes around a word ("(menu also vegan)", "tweet 'faster, and also …'"): details
    and quoted words, never a second task."""
    if len(word) != 1:
        return level
    if word in "([{（「『«„‚":
        return level + 1
    if word in ")]}）」』»":
        return max(level - 1, 0)
    if word in "\"'“”‘’":
        return level - 1 if level else 1  # "…" and „…“: the same mark opens or closes
    return level
