"""What an item produces, named by a later one: "write a report" … "send the report" (depends.py).

The content words of the definite phrase a later item names, and whether an earlier item brings
that thing into being (an indefinite mention, a producing verb, or the verb whose result it is).
"""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

FUNCTION_WORDS = lexicon.word_set("function_words")
OBJECT_CUES = frozenset(word for lang in lexicon.LANGUAGES for word in lang.object_cues.split("|") if " " not in word)
INDEFINITE = lexicon.word_set("indefinite_words")
PRODUCERS = lexicon.word_set("producer_verbs")  # their object is new: a later item may call it "the X"
_STOP_NOUNS = lexicon.word_set("generic_nouns")
_VERB_NOUNS = lexicon.merged("result_nouns")


def nouns_of(phrase: list[str]) -> list[str]:
    """Content words of a definite noun phrase, head first ("the final logo files" → file, logo, final;
    "the mechanic's number" → number, mechanic)."""
    found = []
    for word in phrase:
        if word == "'s":
            continue
        if word in FUNCTION_WORDS or word in lexicon.DETERMINERS or word in OBJECT_CUES or not word[:1].isalpha():
            break  # "das Firmware-Update für die Funkgeräte": the phrase ends at "für", "die" is no noun
        found.append(word[:-1] if word.endswith("s") and len(word) > 3 else word)
    return [w for w in reversed(found) if len(w) >= 3 and w not in _STOP_NOUNS]


def introduces(text: str, noun: str) -> bool:
    """An earlier item brings ``noun`` into being: an indefinite mention ("put them in a CSV",
    "write a report") or the item's own verb ("chart em" → the chart)."""
    words = Tokens(text[:600]).words
    if words and noun in (_VERB_NOUNS.get(words[0]), _VERB_NOUNS.get(words[-1])):
        return True  # "summarize X" … "post the summary"; German verb last: "Mietvertrag scannen" … "den Scan"
    forms = (noun, noun + "s", noun + "es")
    for index, word in enumerate(words):
        if word not in forms:
            continue
        if index == 0 and words[1:2] and words[1] in ("it", "them", "em", "'em", "those", "this"):
            return True  # "chart em" … "drop the chart in #growth"
        if index >= 2 and words[index - 1] in lexicon.DETERMINERS and words[index - 2] in OBJECT_CUES:
            continue  # "find out what the hall costs for the ceilidh": a thing already known, what the work is for
        if index and (words[0] in PRODUCERS or INDEFINITE.intersection(words[max(0, index - 4):index])):
            return True
    return False


def another_compound(noun: str, nouns: list[str], earlier: str) -> bool:
    """"write the speaker bio" … "find out when the speaker desk opens": a word before the head of the later
    phrase that the earlier item names before another noun ("speaker bio") is a modifier of another thing there."""
    if noun == nouns[0]:
        return False
    words = Tokens(earlier[:600]).words
    return any(word in (noun, noun + "s") and after.isalpha() and after not in FUNCTION_WORDS and after not in lexicon.DETERMINERS
               and after not in nouns and after.rstrip("s") not in nouns
               for word, after in zip(words, words[1:]))
