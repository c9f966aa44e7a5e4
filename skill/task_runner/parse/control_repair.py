"""Control verbs misspelt next to what they act on: a verb one letter off next to a task id reads as
that verb ("reintena T-04", "T-04 retyr"), and so does one right before a selector ("reintnta todas
las bloqueadas"). Apart from commands.py, which reads the repaired words.
"""

from task_runner.parse import control_words, lexicon
from task_runner.parse.queue_verbs import QUEUE_VERBS
from task_runner.parse.selectors import selector_at

_CLAUSE_BREAK = frozenset(".!?;。！？；,，")


def repair_control_verbs(words: list[str]) -> None:
    """A control verb misspelt by one letter next to a task id reads as that verb ("reintena T-04", "T-04 retyr"),
    and so does one that opens its clause right before a selector ("reintnta todas las bloqueadas")."""
    for index, word in enumerate(words):
        if word in lexicon.ALL_WORDS and index and (index == 1 or words[index - 2] in _CLAUSE_BREAK) and selector_at(words, index)[0]:
            words[index - 1] = control_words.misspelt_control(words[index - 1]) or words[index - 1]  # "reintnta todas las bloqueadas"
        if (index == 1 or index > 1 and words[index - 2] in _CLAUSE_BREAK) and lexicon.QUEUE_FILLERS.at(words, index) \
                and words[index - 1] not in control_words.control_words():  # "pausiern alles bis montag"
            fixed = control_words.misspelt_control(words[index - 1])
            words[index - 1] = fixed if fixed and control_words.control_words()[fixed] in QUEUE_VERBS else words[index - 1]
        if word in lexicon.ALL_WORDS:
            selector, end = selector_at(words, index)
            for near in (end, end + 1) if selector else ():  # "alle blocked Tasks nochmal retryen"
                if near < len(words):
                    words[near] = control_words.loan_control(words[near]) or words[near]
        if lexicon.id_number(word) is None:
            continue
        from task_runner.parse import notes  # only when an id is found

        for near in (index - 3, index - 2, index - 1, index + 1, index + 2):  # "reintena de la T-40 …"
            if 0 <= near < len(words) and not notes.in_control_phrase(words, near):
                fixed = control_words.control_without_clitic(words[near]) or control_words.loan_control(words[near]) \
                    or control_words.misspelt_control(words[near])
                if fixed:
                    words[near] = fixed
