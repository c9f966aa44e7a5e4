"""A clock time said in words, as people say it: "half past six", "quarter to nine", "halb sieben",
"Viertel vor neun", "sept heures moins le quart", "las siete y media", "às nove e meia", "alle tre
meno un quarto", "差一刻九点", "9時15分前". The repair (text.Repaired) writes it as the clock the
schedule rules read ("6:30", "8:45", "2:45", "8点45分", "8時45分"), so every rule that reads a
clock (a start, a deadline, a cron's hour and minute) reads these too.

Each language declares its phrases (``clock_phrases``: a template → minutes from the hour), the
numerals of its hours and minutes (``clock_numerals``) and how its clock is written
(``clock_format``). In a template ``{h}`` is the hour (digits or a numeral), ``{m}`` a count of
minutes (the value is then its sign: "ten to five" is five less ten minutes), and ``{at}`` one of the
language's clock words, kept in the text: a count of minutes before or after an hour is a clock only
after a clock word ("at ten to five"), so "from five to ten" stays a range. An hour said last is
never followed by a unit ("halb zwei Stunden"). An hour less than an hour ("quarter to one") is the
noon hour."""

import re

from task_runner.parse.lexicon import LANGUAGES, merged
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import is_cjk

_UNITS = sorted((unit for unit in merged("time_units") if unit[:1].isalpha()), key=len, reverse=True)


def _numeral(numbers: list[str]) -> str:
    return r"(?:\d{1,2}|" + "|".join(re.escape(word) for word in numbers) + ")"


def _template(template: str, lang, hours: str, minutes: str) -> str:
    clock = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lang.clock_words.split("|"), key=len, reverse=True) if w)
    pieces = re.split(r"(\{h\}|\{m\}|\{at\})", template)
    out = []
    for piece in pieces:
        if piece == "{h}":
            out.append("(?P<h>" + hours + ")")
        elif piece == "{m}":
            out.append("(?P<m>" + minutes + ")")
        elif piece == "{at}":
            out.append("(?P<at>(?:" + (clock or "(?!)") + "))")
        else:
            out.append(re.escape(piece).replace(r"\ ", r"\s+"))
    body = "".join(out)
    if is_cjk(template.replace("{h}", "").replace("{m}", "").replace("{at}", "")[:1]):
        cjk = "".join(sorted({ch for word in lang.clock_numerals for ch in word if is_cjk(ch)}))
        return r"(?<![\d" + cjk + "])" + body
    tail = r"(?!\s+(?:" + "|".join(re.escape(u) for u in _UNITS) + r")(?!\w))" if template.endswith("{h}") else ""
    return r"(?<![\w:.])" + body + r"(?![\w:])" + tail


def _compiled(lang) -> list[tuple[tuple[str, ...], int, Lazy]]:
    """(the template's own words, minutes, pattern) of each phrase of ``lang``, longest first."""
    numbers = sorted(lang.clock_numerals, key=len, reverse=True)
    hours = _numeral([word for word in numbers if 1 <= lang.clock_numerals[word] <= 12])
    minutes = _numeral([word for word in numbers if lang.clock_numerals[word] < 60])
    compiled = []
    for template in sorted(lang.clock_phrases, key=len, reverse=True):
        literal = re.sub(r"\{(?:h|m|at)\}", " ", template).lower().split()
        compiled.append((tuple(literal), lang.clock_phrases[template], Lazy(_template(template, lang, hours, minutes), re.IGNORECASE)))
    return compiled


_PHRASES = [(lang, _compiled(lang)) for lang in LANGUAGES if lang.clock_phrases]


def _value(word: str, lang) -> int:
    return int(word) if word.isdecimal() else lang.clock_numerals[word.lower()]


def edits(source: str) -> list[tuple[int, int, str]]:
    """(start, end, the clock written as digits) of each clock time said in words."""
    folded = source.lower()
    found: list[tuple[int, int, str]] = []
    for lang, phrases in _PHRASES:
        for literal, offset, pattern in phrases:
            if not all(word in folded for word in literal):
                continue
            for match in pattern.finditer(source):
                hour = _value(match.group("h"), lang)
                minutes = _value(match.group("m"), lang) if "m" in match.groupdict() else None
                if not 0 <= hour <= 23 or minutes is not None and not 0 < minutes < 60:
                    continue
                total = hour * 60 + (offset * minutes if minutes is not None else offset)
                total += 12 * 60 if total < 60 else 0  # "quarter to one", "halb eins": the noon hour
                clock = lang.clock_format.split("|")[0].format(h=total // 60 % 24, m=total % 60)
                at = "at" in match.groupdict()
                found.append((match.start(), match.end(), match.end("at") if at else match.start(), (" " if at else "") + clock))
    kept: list[tuple[int, int, int, str]] = []
    for edit in sorted(found, key=lambda edit: edit[0] - edit[1]):  # the longest phrase of a place: "sept heures moins le quart"
        if all(edit[1] <= other[0] or edit[0] >= other[1] for other in kept):
            kept.append(edit)
    return sorted((begin, end, clock) for _, end, begin, clock in kept)
