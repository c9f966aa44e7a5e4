"""A command said of ids with a pronoun, in their own sentence or in the short one after it: "la T-12
ya la hice yo, márcala como hecha", "creo que la T-52 no salió bien. ¿Podrías intentarla otra vez?",
"je crois que la T-52 a planté. Tu peux la relancer ?". The ids have no verb of their own."""

from task_runner.parse import lexicon, notes
from task_runner.parse.phrases import Tokens

_SENTENCE_END = frozenset(". ! ? ; 。 ！ ？ ；".split())
_LONGEST = 12  # a next sentence longer than this says more than the command


def said_with_a_pronoun(tokens: Tokens, end: int, right: int) -> tuple[str, int, int] | None:
    """(verb, end of the command's words, end of its sentence), or None."""
    words = tokens.words
    said = notes.said_with_a_pronoun(words, end, right)
    if said:
        return said[0], said[1], right
    start = right
    while start < len(words) and words[start] in _SENTENCE_END:
        start += 1
    stop = start
    while stop < len(words) and words[stop] not in _SENTENCE_END and stop - start <= 3 * _LONGEST \
            and "\n" not in tokens.text[tokens.ends[stop - 1]:tokens.starts[stop]]:
        stop += 1
    if start == right or stop == start or stop - start > 3 * _LONGEST \
            or "\n" in tokens.text[tokens.ends[right - 1]:tokens.starts[start]]:
        return None
    if any(lexicon.id_number(word) is not None for word in words[start:stop]):
        return None
    close = stop + 1 if stop < len(words) and words[stop] in _SENTENCE_END else stop
    verb = _command_in(tokens, start, stop) if stop - start <= _LONGEST else None
    if verb:
        return verb, close, close
    comma = next((i for i in range(start, stop) if words[i] in (",", "，")), None)
    if comma is None or comma - start > _LONGEST:
        return None
    verb = _command_in(tokens, start, comma)  # "retry it pls, the booking page should be back up": then the user's
    return (verb, comma, close) if verb and notes.note(tokens, comma, stop) else None  # reason, no new action


def _command_in(tokens: Tokens, start: int, stop: int) -> str | None:
    """The control verb of words [start, stop) when they are only a command said with a pronoun."""
    from task_runner.parse.clean import trim

    core = trim(tokens.text[tokens.starts[start]:tokens.ends[stop - 1]]).core
    asked = [word for word in Tokens(core).words if word not in (",", "¿", "¡")]
    said = notes.said_with_a_pronoun(asked, 0, len(asked))
    if not said or said[1] < len(asked) or said[0] in ("pause", "resume"):
        return None
    return said[0]
