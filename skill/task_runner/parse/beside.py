"""Clauses beside a control command that are no task of their own: the command said again with a
pronoun, what the user did, or the reason or deadline they give for the commanded task."""

from task_runner.parse import clean, lexicon, mode
from task_runner.parse.phrases import Tokens, has_kana

_FUNCTION_WORDS = lexicon.word_set("function_words")
_PUNCTUATION = frozenset(", . ! ? ¿ ¡ ; : … ， 。 ！ ？".split())


def no_task(task: dict, commands: list[dict]) -> bool:
    return restates(task, commands) or reports(task) or says_when_it_is_needed(task)


def restates(task: dict, commands: list[dict]) -> bool:
    """"T-44 c'est urgent, fais-la passer en premier": a clause that is only a control phrase with a pronoun
    for the ids, of a verb the message already commands, says the command again; it is no task."""
    from task_runner.parse import notes

    words = [word for word in Tokens(task["_meta"][1].core[:200]).words if word not in (",", ".", "!")]
    said = notes.said_with_a_pronoun(words, 0, len(words))
    return bool(said) and said[1] >= len(words) and any(command["verb"] == said[0] for command in commands)


def reports(task: dict) -> bool:
    """"T-65は完了です。自分で電話しておきました": beside a command, a Japanese sentence in prose that ends in no
    request form (no verb phrase, no request ending: a past "…ました") says what the user did; it is no task."""
    item, trimmed, _ = task["_meta"]
    words = Tokens(trimmed.core[:200].rstrip(" 。.!！")).words
    if item.listed or item.framed or trimmed.requested or not words or not has_kana(words[-1]):
        return False
    return not (lexicon.VERB_PHRASES.ending_at(words, len(words)) or lexicon.REQUEST_END.ending_at(words, len(words))
                or lexicon.PLAIN_VERB_PHRASES.ending_at(words, len(words)) or mode.is_question(trimmed.core, item.text))


def says_when_it_is_needed(task: dict) -> bool:
    """"¿puedes poner la T-70 como urgente? la necesito para mañana", "je la veux pour ce soir": beside a
    command, a clause in prose whose object is a pronoun before its verb (the commanded task) and whose
    other words are only a time and its little words says when the user needs it; it is no new task."""
    item, trimmed, _ = task["_meta"]
    if item.listed or item.framed or trimmed.framed or trimmed.asked:
        return False  # "T-3 is urgent, I need a taxi by 5pm": a need or a request opener came off, it asks
    words = [word for word in Tokens(trimmed.core[:200]).words if word not in _PUNCTUATION]
    at = 1 if words[:1] and words[0] in lexicon.PRONOUN_SUBJECTS else 0  # "je la veux …", "yo la necesito …"
    if len(words) < at + 3 or words[at] not in lexicon.CLITICS or clean.starts_with_verb(trimmed.core) \
            or words[at + 1] in lexicon.DETERMINERS or words[at + 1] in _FUNCTION_WORDS:
        return False  # "la necesito …": a verb after the pronoun, not a noun phrase
    rest = words[at + 2:]
    return any(clean.is_time_word(word) for word in rest) and all(
        clean.is_time_word(word) or word in _FUNCTION_WORDS or word in lexicon.DETERMINERS for word in rest)
