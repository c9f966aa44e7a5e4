"""Pasted minutes with owners: "ACTION Phil: chase the council", "Responsable: Ramón → pedir …",
"Hugo — contacter le traiteur", "arrecadar o dinheiro – pais", "reservar o ônibus (eu)",
"テントの返却：佐藤さん". When the user says in their own words (the first line, or a last line of
their own) which owner they are, by name ("I'm Claire", "the ones with my name (Gemma)", "我是小周")
or as themselves ("(eu)", "me:"), only the action items of that owner are theirs: the rest belong to
other people, and the agenda topics, attendees and the user's framing line are no tasks. The kept
items lose their owner label. A paste with no owner the user claims is left as it is."""

import re

from task_runner.parse import lexicon
from task_runner.parse.lists import mark
from task_runner.parse.patterns import Lazy

_SELF = lexicon.word_set("self_words")
_LABELS = lexicon.word_set("owner_labels")
_SUFFIXES = lexicon.word_set("name_suffixes")
_CJK_NAME = r"[\u3400-\u9fff\u3040-\u30ff]{1,4}"
_WORD = r"[^\W\d_\u3040-\u9fff](?:[^\W\u3040-\u9fff]|[.'’-])*"  # a Latin name; a CJK one is _CJK_NAME
_NAME = r"(?:" + _CJK_NAME + r"|" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})"
_LEADING = Lazy(r"^(?P<name>" + _NAME + r")[ \t]*(?:[:：]|→|->|[—–-](?=[ \t]))[ \t]*(?P<act>\S.*)$")
_TRAILING = Lazy(r"^(?P<act>\S.*?)[ \t]+[—–-][ \t]+(?P<name>" + _NAME + r")[ \t]*$")
_PAREN = Lazy(r"^(?P<act>\S.*?)[ \t]*[(（](?P<name>[^()（）\n]{1,24})[)）][ \t]*$")
_AFTER_COLON = Lazy(r"^(?P<act>[^:：\n]+?)[ \t]*[:：][ \t]*(?P<name>" + _CJK_NAME + r")(?P<rest>[ \t]*(?:→.*|[（(][^)）]*[)）])?)$")
_WORDS = Lazy(r"[^\W\d_][\w'’]*")
_MAX_LINES = 200


def own_items(text: str) -> str | None:
    """The message rewritten as a list of the user's own action items, when it is pasted minutes whose
    owners include the one the user says they are and someone else; else None."""
    lines = text.split("\n")
    if len(lines) < 3 or len(lines) > _MAX_LINES:
        return None
    owned = [(index, _owner(line)) for index, line in enumerate(lines)]
    labelled = [(index, found) for index, found in owned if found]
    if len(labelled) < 2 or labelled[0][0] == 0:
        return None
    first, last = labelled[0][0], labelled[-1][0]
    said = [lines[index] for index in range(first)][:1] + [line for line in lines[last + 1:] if line.strip() and not mark(line)][-1:]
    speaker = " ".join(said)
    if not _speaks_of_self(speaker):
        return None
    names = {name for _, (name, _) in labelled}
    mine = {name for name in names if _is_self(name)} or {name for name in names if _named_in(name, speaker)}
    if not mine or mine == names:
        return None
    kept = [action for _, (name, action) in labelled if name in mine and action]
    return "\n".join("- " + action for action in kept) if kept else None


def _owner(line: str) -> tuple[str, str] | None:
    """The (owner, action) of one minutes line, if it names an owner."""
    found = mark(line)
    body = found.body if found else line.strip()
    if len(body) < 3:
        return None
    head = body.split(None, 1)
    if len(head) == 2 and head[0].rstrip(":：").lower() in _LABELS:
        body = head[1].lstrip(" :：")  # "ACTION Phil: …", "Responsable: Ramón → …"
    for pattern in (_LEADING, _AFTER_COLON, _TRAILING, _PAREN):
        match = pattern.match(body)
        if not match:
            continue
        name = _bare(match.group("name"))
        if pattern is _PAREN and not _is_self(name):
            continue  # "(urgent)", "(Gemma)": a note in brackets names an owner only as the user themself
        if pattern is _LEADING and (name.lower() in _LABELS or not _may_be_name(name)):
            continue
        action = match.group("act").strip()
        if pattern is _AFTER_COLON:
            action += match.group("rest")
        return name, action.strip(" \t→-–—")
    return None


def _bare(name: str) -> str:
    name = name.strip()
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


def _may_be_name(name: str) -> bool:
    """A name is one word, or a few capitalised words ("Sr. Paulo"), never a phrase ("Car park resurfacing")."""
    words = name.split()
    return len(words) == 1 or all(word[:1].isupper() for word in words)


def _is_self(name: str) -> bool:
    return name.lower() in _SELF


def _speaks_of_self(text: str) -> bool:
    words = {word.lower() for word in _WORDS.findall(text)}
    return bool(words & _SELF) or any(word in text for word in _SELF if _cjk(word))


def _named_in(name: str, text: str) -> bool:
    if _cjk(name):
        return name in text
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text, re.IGNORECASE) is not None


def _cjk(word: str) -> bool:
    return any("\u3040" <= char <= "\u9fff" for char in word)
