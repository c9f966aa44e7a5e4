"""Task numbers in the frames of scripts without spaces: "任务4", "第7个任务", "タスク7", "7番のタスク" name
the tasks T-04 and T-07, as "task 7" does where words have spaces (id_task_words). The frames come from
the language files (``id_frames``, N for the number); ``edits`` says where the text names a task so, and
the text repair (text.Repaired) writes the id there, so every rule reads one id and the notes keep the user's words."""

import re
from functools import lru_cache

from task_runner.ids import format_id
from task_runner.parse import lexicon


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    frames = sorted({frame for lang in lexicon.LANGUAGES for frame in lang.id_frames.split("|") if "N" in frame},
                    key=len, reverse=True)
    if not frames:
        return None
    number = r"\s?(\d{1,4})(?![\d.,:/])\s?"  # not "任务4.5", "任务3/4" (a fraction, a time, a date)
    return re.compile("(?<![\\d.])(?:" + "|".join(re.escape(frame).replace("N", number) for frame in frames) + ")")


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The longest run of letters of each frame ("任务", "タスク"): a text without one names no task so."""
    return frozenset(max(frame.split("N"), key=len).strip("#") for lang in lexicon.LANGUAGES
                     for frame in lang.id_frames.split("|") if "N" in frame)


def edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, id) of every task named by its number in a frame; none where the number is 0."""
    if not text or max(text) < "\u3040" or not any(word in text for word in _words()):
        return []  # before the pattern: a text that names no task so never compiles it
    pattern = _pattern()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        number = int(next(group for group in match.groups() if group is not None))
        if number:
            found.append((match.start(), match.end(), format_id(number)))
    return found
