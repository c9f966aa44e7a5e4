"""A deadline said after its date: "lundi au plus tard", "friday at the latest", "Montag spätestens",
"el miércoles como muy tarde", "venerdì al più tardi", "sexta no máximo": the date is the due date,
wherever it stands in the sentence (a date after the verb is otherwise the thing's)."""

import re

from task_runner.parse.lexicon import alternation
from task_runner.parse.patterns import Lazy

_AFTER = Lazy(r"\s+(?:" + alternation("deadline_after") + r")(?!\w)", re.IGNORECASE)


def follows(text: str, match: re.Match) -> bool:
    """Whether a deadline-after phrase comes right after the date of ``match``."""
    return bool(match.group("day") or match.group("time")) and bool(_AFTER.match(text, match.end()))
