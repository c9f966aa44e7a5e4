"""A sentence break a voice dictation left out before a command to the whole queue that ends the
message: "ya he llegado reanuda todo", "já cheguei retoma tudo", "I'm home now resume everything".
With no punctuation anywhere, a control verb and an all-word as the message's last words, after a
statement of at least two words that asks nothing itself, are a sentence of their own: the repair
(text.Repaired) writes the comma the speaker did not say."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_PUNCTUATION = frozenset(".,;:!?¿¡。，、！？\n")


def edits(source: str) -> list[tuple[int, int, str]]:
    if len(source) > 300 or any(ch in _PUNCTUATION for ch in source):
        return []
    tokens = Tokens(source)
    words = tokens.words
    if len(words) < 4 or words[-1] not in lexicon.ALL_WORDS:
        return []
    verb = len(words) - 2
    if not any(table.at(words, verb) == 1 for table in lexicon.CONTROL_BEFORE.values()):
        return []
    before = words[:verb]
    if before[-1] in lexicon.CLITICS or lexicon.CONJ.at(before, len(before) - 1) or lexicon.REQUEST.find(before) \
            or any(table.find(before) for table in lexicon.CONTROL_BEFORE.values()) \
            or any(lexicon.is_verb(word) for word in before[-1:]) or any(lexicon.id_number(word) is not None for word in before):
        return []  # "pausa el grupo A y reanuda todo", "puedes reanudar todo": one sentence
    return [(tokens.ends[verb - 1], tokens.starts[verb], ", ")]
