"""An entry in the calendar ("put the 3/12 dentist appt (11:20) in my calendar", "guarda en el calendario la
reunión del 3/12 (10:30)", "trag den Termin am 9.12. um 15:40 in meinen Kalender ein", "note dans l'agenda la
livraison, mardi entre 8h et 12h", "metti in calendario la lettura del contatore, martedì alle 9"): the
dates and hours said after the item's verb are the entry's, when the thing takes place; writing it down is
work done now, so they delay nothing. Read from the languages' calendar_nouns. A reminder ("remind me at 5
to update the calendar") keeps its hour, and a date before the verb ("tomorrow, put … in the calendar")
still starts the task."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

_CALENDARS = lexicon.phrases("calendar_nouns")


def an_entry(text: str, head_words: list[str], verb_first: bool) -> bool:
    """Whether a date whose item reads ``head_words`` before it (``verb_first``: a verb opens them) is a
    calendar entry's: the item names the calendar and no reminder verb comes before the date."""
    if not (verb_first or lexicon.SCHEDULE_VERBS.at(head_words, 0)) or lexicon.REMINDER_ONLY.find(head_words) is not None:
        return False  # "trag … in meinen Kalender ein": a schedule verb opens it even where the verb reads as no imperative
    words = [_unelided(word) for word in Tokens(text[:400]).words]
    return _CALENDARS.find(words) is not None


def _unelided(word: str) -> str:
    """"l'agenda", "nell'agenda": the noun after an elided article."""
    cut = max(word.rfind("'"), word.rfind("’"))
    return word[cut + 1:] if 0 < cut < len(word) - 1 else word


_INTO = lexicon.word_set("file_prepositions")


def into_calendar(words: list[str]) -> bool:
    """"… aus termine.txt in meinen Kalender eintragen", "put the dates from dates.txt into my calendar", "mete
    las fechas de fechas.txt en mi calendario": a file preposition, then the calendar (a possessive or an article
    at most between): the entries go there, the file named is what they are read from (not "a calendar in cal.md")."""
    words = [_unelided(word) for word in words]  # "dans l'agenda", "nell'agenda"
    for at, word in enumerate(words):
        if word in _INTO:
            for near in range(at + 1, min(at + 4, len(words))):
                size = _CALENDARS.at(words, near)
                if size:
                    return words[near + size:near + size + 1] != ["."]
    return False
