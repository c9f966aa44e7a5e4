"""A new action led by its time, after a command: "cancel T-30 - instead the day after tomorrow look up
flights", "brich T-82 ab, und morgen früh als erstes den Zählerstand eintragen", "T-86 ist erledigt,
dafür am Freitagnachmittag Herrn Kühn die Übergabe bestätigen". A note on a command (how to retry,
why it is cancelled) gives no order of its own: once the joining words and the time words that lead
are passed (an article alone is no time: "o show caiu"), a verb that opens the words is a new action, and so is a German clause a joining word
opens and an infinitive ends (German puts the verb last)."""

from task_runner.parse import lexicon
from task_runner.parse.time_words import is_time_word


def opens_timed_action(words: list[str], position: int, action: int, right: int) -> bool:
    """Whether words[position:right] (a note's words, the joining words up to ``action``) order a new task."""
    at = action
    while at < right and is_time_word(words[at]):
        at += 1
    if at == action or at >= right or all(word in lexicon.DETERMINERS for word in words[action:at]):  # "le stage …": an article, no time
        return action > position and right - action >= 3 and words[right - 1] in lexicon.DE_INFINITIVES
    return lexicon.is_verb(words[at]) or bool(lexicon.VERB_PHRASES.at(words, at)) \
        or action > position and right - at >= 2 and words[right - 1] in lexicon.DE_INFINITIVES
