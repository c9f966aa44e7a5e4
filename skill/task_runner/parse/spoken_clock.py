"""A clock hour said in words, as a voice dictation writes it: "a las ocho", "às nove", "a las diez
de la mañana". Each language's hour words count only after that language's own clock words (so an
English "at once" is no Spanish eleven o'clock), and never before a unit ("a las dos horas")."""

import re

from task_runner.parse.lexicon import LANGUAGES, merged
from task_runner.parse.patterns import Lazy

_UNITS = sorted(merged("time_units"), key=len, reverse=True)


def _source() -> str:
    parts = []
    for lang in LANGUAGES:
        if not (lang.clock_hours and lang.clock_words):
            continue
        clock = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lang.clock_words.split("|"), key=len, reverse=True))
        hours = "|".join(re.escape(w) for w in sorted(lang.clock_hours, key=len, reverse=True))
        parts.append(r"(?<!\w)(?:" + clock + r")\s+(?:" + hours + r")(?!\w)")
    if not parts:
        return "(?!)"
    units = "|".join(re.escape(u) for u in _UNITS if u[:1].isalpha())
    return r"(?:" + "|".join(parts) + r")(?!\s+(?:" + units + r")(?!\w))"


_SPOKEN = Lazy(_source(), re.IGNORECASE)
_HOURS = {key.lower(): value for lang in LANGUAGES for key, value in lang.clock_hours.items()}


def spoken_hour(text: str) -> tuple[int | None, str]:
    """The first hour said in words after a clock word, as (hour 1-12, words), or (None, "")."""
    match = _SPOKEN.search(text)
    if not match:
        return None, ""
    return _HOURS[match.group().split()[-1].lower()], match.group()
