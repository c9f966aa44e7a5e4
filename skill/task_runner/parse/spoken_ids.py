"""Task ids said aloud, as a phone's voice dictation writes them: "task sixty five", "Aufgabe zwölf", "tâche vingt et un",
"tarefa quarenta e dois e a quarenta e três", "la task settantotto", "T dash 5", "T tiret 33", "T ハイフン 66", "タスク六十五",
"任务十二", "把T 205重新跑一遍". ``edits`` says where: after a task word (id_task_words) the number words become digits
("task 65"), so the rules that decide whether "task 65" names a task read it as they read a typed one; after a lone
capital T with a dash said aloud (id_dash_words), or in a frame of a script without spaces (id_frames), the text names
the id itself (T-65). Number words come from each language's ``cardinals`` (units, teens, tens; compounds such as
"sixty-five", "vingt et un", "einundzwanzig", "settantotto", "veintidós" and 六十五 are read here).
A number followed by a unit of time ("task five minutes before …") is a length, not an id."""

import re
from functools import lru_cache

from task_runner.ids import format_id
from task_runner.parse import lexicon
from task_runner.parse.patterns import Lazy

_LATIN = Lazy(r"[^\W\d_]+|\d{1,4}(?![\d.,:/])")
_GAP = Lazy(r"[ \t]*-?[ \t]*")  # between two words of one number: "sixty five", "sixty-five", "vingt-et-un"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, frozenset, frozenset, frozenset, frozenset, frozenset]:
    cardinals = {key.lower(): value for key, value in lexicon.merged("cardinals").items()}
    task_words = frozenset(word for word in lexicon.word_set("id_task_words") if word.isalpha() and word < "\u3040")
    return (cardinals, lexicon.word_set("cardinal_joiners"), task_words, lexicon.word_set("id_dash_words"),
            lexicon.word_set("id_join_words") | {","}, lexicon.word_set("id_fillers"))


@lru_cache(maxsize=4096)
def _word_value(word: str) -> int | None:
    """One word's number: a table word, or a compound written as one word (tens then unit, or unit, joiner, tens)."""
    cardinals, joiners = _tables()[0], _tables()[1]
    if word in cardinals:
        return cardinals[word] if cardinals[word] < 100 else None
    for tens, value in cardinals.items():
        if value < 20 or value % 10 or value >= 100:
            continue
        for prefix in (tens, tens[:-1]):  # "settant|otto", "vent|uno": the tens' last vowel meets the unit's first
            if len(prefix) > 2 and word.startswith(prefix):
                rest = word[len(prefix):]
                rest = next((rest[len(j):] for j in joiners if rest.startswith(j) and rest[len(j):] in cardinals), rest)
                if 0 < cardinals.get(rest, 0) < 10:
                    return value + cardinals[rest]
        for joiner in joiners:  # "einundzwanzig"
            if word.endswith(joiner + tens) and 0 < cardinals.get(word[:-len(joiner + tens)], 0) < 10:
                return value + cardinals[word[:-len(joiner + tens)]]
    return None


def _number(text: str, start: int) -> tuple[int, int] | None:
    """(value, end) of the number said at ``start`` ("sixty five", "vingt et un", "quatre-vingt-deux", "12"), or None."""
    cardinals, joiners = _tables()[0], _tables()[1]
    words = []
    position = start
    while len(words) < 5:
        gap = _GAP.match(text, position)
        match = _LATIN.match(text, gap.end()) if words or gap.end() == start else None
        if match is None:
            break
        words.append((match.group().lower(), match.end()))
        position = match.end()
    if not words:
        return None
    first = words[0][0]
    if first.isdigit():
        return (int(first), words[0][1]) if int(first) else None
    value = _word_value(first)
    if value is None:
        return None
    used = 1
    if value < 10 and len(words) > 1 and cardinals.get(words[1][0]) == 20:  # "quatre-vingt": four twenties
        value, used = value * 20, 2
    if value >= 20 and value % 10 == 0 and used < len(words):
        index = used + (words[used][0] in joiners and used + 1 < len(words))
        unit = _word_value(words[index][0])
        if unit is not None and (unit < 10 or (value % 20 == 0 and value >= 60 and unit < 20)) and unit:
            value, used = value + unit, index + 1
    return value, words[used - 1][1]


def _not_a_length(text: str, end: int) -> bool:
    following = _LATIN.match(text, _GAP.match(text, end).end())
    return following is None or following.group().lower() not in lexicon.merged("time_units")


def _cjk_number(run: str) -> int:
    cardinals = _tables()[0]
    total = current = 0
    for char in run:
        value = cardinals[char]
        if value in (10, 100):
            total += (current or 1) * value
            current = 0
        else:
            current = current * 10 + value
    return total + current


@lru_cache(maxsize=1)
def _cjk_frames() -> re.Pattern | None:
    digits = "".join(key for key in _tables()[0] if len(key) == 1 and key >= "\u3040")
    frames = sorted({frame for lang in lexicon.LANGUAGES for frame in lang.id_frames.split("|") if "N" in frame},
                    key=len, reverse=True)
    if not digits or not frames:
        return None
    number = "[" + re.escape(digits) + "]{1,6}"
    dashes = "|".join(sorted(map(re.escape, _tables()[3]), key=len, reverse=True))
    tee = r"(?<![A-Za-z])T[ \t]*(?:(?:" + dashes + r")[ \t]*)?(\d{1,4})(?![\d.,:/])"
    return re.compile("(?:" + "|".join(re.escape(frame).replace("N", "(" + number + ")") for frame in frames) + ")|" + tee)


def _cjk_edits(text: str) -> list[tuple[int, int, str]]:
    if not text or max(text) < "\u3040":  # before the pattern: a text without the scripts never compiles it
        return []
    pattern = _cjk_frames()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        group = next(g for g in match.groups() if g is not None)
        if group.isdigit():  # "T 205", "T ハイフン 66": a T next to the script's own characters
            around = text[max(match.start() - 1, 0):match.start()] + text[match.end():match.end() + 2]
            if match.group() == "T-" + group or not any(char >= "\u3040" for char in around):
                continue
            number = int(group)
        else:  # not "タスク一覧" (a list), "任务三天" (three days): a lone numeral before a word, a numeral before a time
            after = text[match.end(match.lastindex):match.end(match.lastindex) + 1]
            if after and (after in _time_characters() or len(group) == 1 and _IDEOGRAPH.match(after)):
                continue
            number = _cjk_number(group)
        if number:
            found.append((match.start(), match.end(), format_id(number)))
    return found


_IDEOGRAPH = Lazy("[\u3400-\u4dbf\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _time_characters() -> str:
    return "".join(lang.time_characters for lang in lexicon.LANGUAGES)


_TEE = Lazy(r"(?<![\w-])T[ \t]+")
_TASK_WORD = Lazy(r"(?<![\w-])[^\W\d_]+[ \t]+")


def edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every task id said aloud (see the module's text)."""
    if not text:
        return []
    found = _cjk_edits(text)
    _, _, task_words, dashes, joins, fillers = _tables()
    for match in _TEE.finditer(text):  # "T dash 5", "T tiret trente-trois"
        dash = _LATIN.match(text, match.end())
        if dash is None or dash.group().lower() not in dashes:
            continue
        said = _number(text, _GAP.match(text, dash.end()).end())
        if said and _not_a_length(text, said[1]):
            found.append((match.start(), said[1], format_id(said[0])))
    for match in _TASK_WORD.finditer(text):  # "task sixty five", "tarefa quarenta e dois e a quarenta e três"
        if match.group().split()[0].lower() not in task_words:
            continue
        start = match.end()
        while True:
            said = _number(text, start)
            if said is None or not _not_a_length(text, said[1]):
                break
            if not text[start].isdigit():
                found.append((start, said[1], str(said[0])))
            start = _list_next(text, said[1], joins, fillers)
            if start is None:
                break
    return found


def _list_next(text: str, end: int, joins: frozenset, fillers: frozenset) -> int | None:
    """Where the next number of a list of ids starts ("… quarenta e dois e a quarenta e três"), or None."""
    position = end
    join = re.compile(r"[ \t]*(,|[^\W\d_]+)[ \t]*").match(text, position)
    if join is None or join.group(1).lower() not in joins:
        return None
    position = join.end()
    filler = _LATIN.match(text, position)
    if filler and filler.group().lower() in fillers and _number(text, position) is None:
        position = _GAP.match(text, filler.end()).end()
    return position if _number(text, position) else None
