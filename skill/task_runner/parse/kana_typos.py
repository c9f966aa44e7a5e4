"""Katakana control verbs as people mistype them: one inner kana dropped ("キャセル" for キャンセル, 5+ kana)
or a small kana typed full size ("キヤンセル"), or the last kana left in the romaji the input method had not converted yet ("キャンセr", "スキッp"), or converted
to hiragana ("キャンセる", "スキッぷ"), or an inner kana left in hiragana ("キャンせル"), or typed twice ("キャンンセル"), or one kana with the wrong vowel
("キャンサル", "キャンセラ") or voicing marks ("キャンゼル"), or one kana typed as its look-alike ("キャソセル": ソ for ン, ツ for シ).
The verbs are the katakana words of the control tables; ``edits`` says where the text holds such a typo,
and the text repair (text.Repaired) writes the verb there."""

import re
import unicodedata
from functools import lru_cache

from task_runner.parse import lexicon

_SMALL_KANA = frozenset("ァィゥェォッャュョ")  # each one code point below its full-size kana
_LOOK_ALIKE = {"ン": "ソ", "ソ": "ン", "シ": "ツ", "ツ": "シ"}  # kana told apart by a stroke's slant only
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fc]+[\u3041-\u3096][\u30a1-\u30fc]+|[\u30a1-\u30fc]{3,}(?:[A-Za-z](?![A-Za-z])|[\u3041-\u3096])?")


@lru_cache(maxsize=1)
def _typos() -> dict[str, str]:
    verbs = {word for lang in lexicon.LANGUAGES for table in (lang.control_before, lang.control_after)
             for spec in table.values() for word in re.findall(r"[\u30a1-\u30fc]{4,}", spec)}
    table: dict[str, str] = {}
    for verb in sorted(verbs):
        if len(verb) >= 5:
            for at in range(1, len(verb) - 1):
                table.setdefault(verb[:at] + verb[at + 1:], verb)
        table.setdefault(verb[:-1] + "*", verb)  # the last kana in romaji: any one Latin letter
        for at, kana in enumerate(verb):  # a small kana typed full size: "キヤンセル", "スキツプ"
            if kana in _SMALL_KANA:
                table.setdefault(verb[:at] + chr(ord(kana) + 1) + verb[at + 1:], verb)
        if "\u30a1" <= verb[-1] <= "\u30f6":
            table.setdefault(verb[:-1] + chr(ord(verb[-1]) - 0x60), verb)  # … or in hiragana: "キャンセる"
        for at in range(1, len(verb) - 1):  # an inner kana the input method left in hiragana: "キャンせル"
            if "\u30a1" <= verb[at] <= "\u30f6" and verb[at] not in _SMALL_KANA:
                table.setdefault(verb[:at] + chr(ord(verb[at]) - 0x60) + verb[at + 1:], verb)
        for at in range(1, len(verb)):  # an inner kana typed as its look-alike: "キャソセル", "スキツプ"
            if verb[at] in _LOOK_ALIKE:
                table.setdefault(verb[:at] + _LOOK_ALIKE[verb[at]] + verb[at + 1:], verb)
        for at in range(1, len(verb)):  # an inner kana typed twice: "キャンンセル", "スキッップ"
            table.setdefault(verb[:at + 1] + verb[at:], verb)
        if len(verb) >= 5:
            for at in range(1, len(verb)):  # a kana with the wrong vowel: "キャンセレ", "キャンセラ", "キャンサル"
                for kana in _same_row(verb[at]) + _voicing(verb[at]):  # … or its voicing marks wrong: "キャンゼル"
                    table.setdefault(verb[:at] + kana + verb[at + 1:], verb)
    return {typo: verb for typo, verb in table.items() if typo not in verbs}


def _same_row(kana: str) -> list[str]:
    """The other kana of ``kana``'s row (same consonant, another vowel): ル → ラ リ レ ロ."""
    name = unicodedata.name(kana, "")
    if not name.startswith("KATAKANA LETTER ") or name[-1] not in "AIUEO" or len(name.split()) != 3:
        return []
    row = []
    for vowel in "AIUEO":
        try:
            row.append(unicodedata.lookup(name[:-1] + vowel))
        except KeyError:
            continue
    return [other for other in row if other != kana]


def _voicing(kana: str) -> list[str]:
    """The kana with its voicing marks typed wrong: セ → ゼ, ゼ → セ, ハ → バ パ (one code point each)."""
    base = unicodedata.normalize("NFD", kana)[:1]
    others = [base] + [unicodedata.normalize("NFC", base + mark) for mark in "\u3099\u309a"]
    return [other for other in others if len(other) == 1 and other != kana and "\u30a1" <= other <= "\u30f6"]


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(typo[:1] for typo in _typos())


def edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, verb) of every mistyped katakana control verb."""
    if not text or max(text) < "\u30a1":
        return []
    table, found = _typos(), []
    if not any(head in text for head in _heads()):  # cheap on a long text without one (str.__contains__)
        return []
    for match in _KATAKANA_RUN.finditer(text):
        run, end = match.group(), match.end()
        key = run[:-1] + "*" if run[-1].isascii() else run
        if key not in table and "\u3041" <= run[-1] <= "\u3096":  # "キャセルして": the hiragana after it is the next word
            key, end = run[:-1], end - 1
        if key in table:
            found.append((match.start(), end, table[key]))
    return found
