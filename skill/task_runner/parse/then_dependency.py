"""A then-word that is also an after-word, before a task id: "dopo la T-84 fai girare la pipeline",
"after T-12 deploy it": the word says what the task waits for, not that it follows the one before,
so the opener stays in the item for the dependency rules (depends.py) to read."""

from task_runner.parse import lexicon

_AFTER = lexicon.phrases("dep_before_id")
_BETWEEN = 2  # "dopo la T-84", "after task 12": an article or a task noun may stand between


def before_an_id(words: list[str], at: int, length: int) -> bool:
    """True when the ``length`` words at ``at`` are an after-word and a task id follows closely."""
    if _AFTER.at(words, at) < length:
        return False
    for index in range(at + length, min(len(words), at + length + _BETWEEN + 1)):
        if lexicon.id_number(words[index]) is not None:
            return True
        if words[index] not in lexicon.DETERMINERS and words[index] not in lexicon.STATUS_NOUNS:
            return False
    return False
