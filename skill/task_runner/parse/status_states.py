"""Questions about task states, apart from status.py, which reads the other shapes of a status
request: a short question with states and no action in it ("done vs pending?", "¿ya terminó
algo?"), and a yes/no question whether one task, named by its topic, finished ("did the B&B search
ever finish?", "is the passport renewal done yet?"): the user asks about work they gave us.
"""

from task_runner.parse import lexicon
from task_runner.parse.clean import cjk_action
from task_runner.parse.phrases import has_cjk

_FINISH_ASKS = lexicon.phrases("finish_asks")
_FINISH_STATES = lexicon.phrases("finish_states")
_FINISH_FIRST = lexicon.phrases("finish_first")
_NAMERS = lexicon.word_set("definite_words") | lexicon.word_set("possessives") | lexicon.DETERMINERS
_ENDS = frozenset("? ？ . ! ！".split()) | lexicon.word_set("status_end_fillers")
_MARKS = frozenset(".,;:!?()\"“”«»")
_LONGEST_NAME = 8  # "the Bexhill B & B search": the words that name one task


def asks_about_states(words: list[str], marked: bool = False) -> bool:
    """A short question about task states with no action in it: two states ("done vs pending?",
    "¿qué sigue pendiente y qué está bloqueado?") or anything finished ("¿ya terminó algo?", "昨晚有完成的吗")."""
    words = [w for w in words if w not in ("¿", "¡")]
    if not words or len(words) > 24 * (1 + 2 * has_cjk(words[0][:1])) or has_cjk(words[0][:1]) and cjk_action(words):
        return False  # CJK: a token per character, three of them a word; a request verb other than "tell me" acts
    if asks_if_finished(words, marked):
        return True  # "did the hotel search finish?": its name may hold a verb ("search")
    stated = {i + n for i in range(len(words)) for table in lexicon.STATUS_WORDS.values() for n in range(table.at(words, i))}
    if any(len(w) > 2 and w in lexicon.VERBS and w not in lexicon.STATUS_SHOW and i not in stated for i, w in enumerate(words)):
        return False  # an action verb; a state word that is a verb too ("finis", "attend") is no action
    states = {key for key, table in lexicon.STATUS_WORDS.items() if table.find(words)}
    asks_what = sum(word[:1].isalnum() for word in words) <= 8 and (words[0] in lexicon.QUESTION_WORDS or _asked_later(words, marked))
    return len(states) >= 2 or bool(states) and asks_what or ("done" in states and bool(lexicon.STATUS_ANYTHING.find(words))) \
        or _state_first_anything(words)


def _asked_later(words: list[str], marked: bool) -> bool:
    """"il en reste combien en attente ?", "t'en as combien en cours ?": a short question marked so, its question word
    after a verb; not a condition ("wenn das erledigt ist, …")."""
    return marked and sum(word[:1].isalnum() for word in words) <= 6 and any(word in lexicon.QUESTION_WORDS for word in words[1:4]) \
        and not (lexicon.CLAUSE_OPENERS.at(words, 0) or lexicon.DEP_BEFORE_ID.at(words, 0) or words[0] in lexicon.SUBORDINATORS)


def _state_first_anything(words: list[str]) -> bool:
    """"läuft noch was?", "hängt irgendwas?", "ブロックされてるやつある？" (a token a character): a question that opens
    with a state and asks about anything in that state; a state word later in it ("offen, was der Vermieter sagt") may be the topic of a task."""
    return len(words) <= 6 * (1 + 2 * has_cjk(words[0][:1])) and any(table.at(words, 0) for table in lexicon.STATUS_WORDS.values()) \
        and bool(lexicon.STATUS_ANYTHING.find(words))


def asks_if_finished(words: list[str], marked: bool = False) -> bool:
    """"did the Bexhill B&B search ever finish?", "has my passport renewal gone through yet", "is
    Mum's parcel tracking done?": a question opener, a definite name of the thing (an article, a
    possessive, a name with 's) and a finished-state at the end, nothing else: the state of one task."""
    end = len(words)
    while end and words[end - 1] in _ENDS:
        end -= 1
    asked = marked or end < len(words) and words[-1] in ("?", "？")  # a "?" ends it
    opener = _FINISH_ASKS.at(words, 0)
    state = _FINISH_STATES.ending_at(words, end) if opener or asked else 0
    first = 0 if state else _FINISH_FIRST.at(words, 0)  # "¿ya terminó lo de los wishlists?": the state before the name
    name = words[opener + first:end - state]
    if not (state or first) or not 0 < len(name) <= _LONGEST_NAME or any(w in _MARKS for w in name):
        return False  # (with no opener only its "?" asks: "le deploy d'hier est passé ?")
    return name[0] in _NAMERS or name[1:2] == ["'s"]
