"""A control verb (urgent too: "T-30、急ぎで！") that ends the sentence, clauses after the ids it is for: "T-205好像没成功，可能是当时网站打不开，
能不能麻烦你再试一次？", "T-205好像失败了，麻烦重试一下". In Chinese and Japanese the user first says what happened
to the task, then asks, in the sentence's last clause, for the command on it (a request and the verb, no other id).
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_BREAKS = frozenset(",，、")
_ENDS = frozenset(".!?;。！？；")
_ENDINGS = lexicon.QUESTION_PARTICLES | frozenset("。！!")
_REASON_ENDS = lexicon.phrases("reason_ends")  # "T-24失敗してたので再実行お願い": the reason's end parts the clauses too


def verb_ending_sentence(words: list[str], end: int, right: int) -> tuple[str, int] | None:
    """(verb, end index) of the control verb that makes the sentence's last clause after ``end``."""
    from task_runner.parse import notes  # only when a command is found

    if end >= right or not is_cjk(words[end][:1]) and words[end] not in _BREAKS:
        return None
    stop = next((at for at in range(end, right) if words[at] in _ENDS), right)
    last = max((at for at in range(end, stop) if words[at] in _BREAKS), default=None)
    if last is None and is_cjk(words[end][:1]):
        last = max((at + _REASON_ENDS.at(words, at) - 1 for at in range(end, stop) if _REASON_ENDS.at(words, at)), default=None)
    if last is None or any(lexicon.id_number(word) is not None for word in words[end:stop]):
        return None
    at = last + 1
    while at < stop and words[at] in _BREAKS:
        at += 1
    found = _verb_at(words, _past_request(words, at, stop), stop)
    for told in range(at + 1, stop) if found is None and is_cjk(words[stop - 1][:1]) else ():
        if notes.NOTE.ending_at(words, told) and (found := _verb_at(words, _past_request(words, told, stop), stop)):
            break  # "`yarn install --frozen-lockfile` で再実行お願い": how to try, said before the verb
    return found


def _past_request(words: list[str], at: int, stop: int) -> int:
    from task_runner.parse import notes  # only when a command is found

    while at < stop and (lexicon.REQUEST.at(words, at) or notes.PLEASE.at(words, at)):
        at += lexicon.REQUEST.at(words, at) or notes.PLEASE.at(words, at)
    return at


def _verb_at(words: list[str], at: int, stop: int) -> tuple[str, int] | None:
    from task_runner.parse import notes  # only when a command is found

    for verb in ("retry", "skip", "cancel", "done", "urgent"):
        for table in (lexicon.CONTROL_BEFORE[verb], lexicon.CONTROL_AFTER.get(verb)):
            length = table.at(words, at) if table is not None else 0
            finish = at + length
            while length and finish < stop and (notes.PLEASE.at(words, finish) or words[finish] in _ENDINGS):
                finish += notes.PLEASE.at(words, finish) or 1
            if length and finish == stop:
                return verb, stop
    return None
