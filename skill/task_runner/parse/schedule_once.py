"""One-off times in the Latin-script languages: deadlines ("by Friday", "bis Freitag") → ``due``,
start times ("tomorrow at 5pm", "in 2 hours", "on Friday, call the bank") → ``not_before``.
A date that belongs to the object ("a table for Saturday") sets nothing. Which calendar day a phrase
names is calendar_days.py's job."""

import re
from datetime import datetime, timedelta

from task_runner.parse import calendar_entries, deadline_after, lexicon, object_times, reminder_day, statement_times
from task_runner.parse.addresses import house_number
from task_runner.parse.calendar_days import ARTICLE, PERIODS, period, plain, resolve_day
from task_runner.parse.clean import is_time_word, starts_with_verb
from task_runner.parse.events import booked, event_end
from task_runner.parse.lexicon import alternation, merged
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import Tokens
from task_runner.parse.times import (
    CLOCK,
    DAY,
    DAYS,
    NUM,
    PART_RE,
    PART_WORDS,
    PARTS,
    RELATIVE_DAYS,
    UNIT,
    UNITS,
    Schedule,
    clock_time,
    end_of_period,
    latin,
    part_hour,
    pattern_of,
    spoken_number,
)
from task_runner.timeutil import to_iso

_DEADLINES = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.deadline_cues.split("|") if phrase)
_DUE_WORD = alternation("deadline_cues")
_HOUR_CUES = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.start_cues.split("|") if phrase.endswith(" le"))
_START_WORD = alternation("start_cues")
# "renew the domain before it expires on the 20th": the deadline cue opens the clause the date ends.
_DEADLINE_CLAUSE = Lazy(r"\b(?:" + _DUE_WORD + r")\s+(?:[^\W\d]+(?:['’][^\W\d]+)?\s+){1,3}(?:(?:" + alternation("deadline_clause_preps") + r")\s+)?$",
                        re.IGNORECASE)
_OBJECT_BEFORE = Lazy(r"(?:^|\s)(?:" + alternation("object_cues") + r")\s+(?:(?:" + alternation("object_articles") + r")\s+)?$",
                      re.IGNORECASE)
# "book the wall for the kids party on saturday at 2", "um ônibus pra Olinda no dia 8": the date of the thing named
# after the cue (an article and a word, or a name; not "du lac", whose "la" is no article)
_OBJECT_PHRASE_BEFORE = Lazy(r"(?:^|\s)(?:" + alternation("object_cues") + r")\s+(?:(?:" + alternation("object_phrase_articles") + r")\s+|(?:" + alternation("elided_articles") + r")|(?=(?-i:[A-ZÀ-ÖØ-Þ])))(?:[^\W\d]+[-'’]?[^\W\d]*\s+){1,3}$",
                             re.IGNORECASE)
_OBJECT_WORDS = frozenset(word for lang in lexicon.LANGUAGES for word in lang.object_cues.split("|") if " " not in word)
_MONTH = "(?:" + pattern_of(latin(merged("months"))) + r")\.?"
_RELATIVE = pattern_of(RELATIVE_DAYS)
_DAYREF = (r"(?:" + pattern_of(PERIODS) + r")|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:" + _MONTH + r"|every|each))|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod|cob)\s+(?:on\s+)?(?:tomorrow|today|" + DAY + r")"
           r"|(?:" + _RELATIVE + r")(?!'s|’s)|this\s+(?:weekend|week|month|morning|afternoon|evening)"
           r"|(?:next|this|coming)\s+(?:week|month|weekend|" + DAY + r")|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)|eod|eow|eom|cob"
           r"|(?:" + ARTICLE + r")?" + DAY
           + r"|(?:(?:" + ARTICLE + r")?(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+|di\s+)?" + _MONTH + r")"
           r"|(?:(?:on\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
           r"|(?:" + plain("day_number_articles") + r")\s+\d{1,2}(?:º|°)?(?![\d:h]|\.\d)"
           r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?"
           # "bis 15.12.", "am 3.1.2027": day, month and a full stop (so no clock time "15.12"), maybe a year
           r"|(?:" + ARTICLE + r")?\d{1,2}\.(?:0?[1-9]|1[0-2])(?=\.(?!\d)|\.\d{2,4}\b)(?:\.\d{4}|\.\d{2}(?!\d))?")
_UNITS = "(?:" + pattern_of(UNITS) + ")"  # "tomorrow after 2 hours" is no hour after a start word
# the parts of the day that are a moment, noon and midnight ("bis Mittag", "até meio-dia", "avant midi"): an hour after a deadline cue
_NOONS = pattern_of({part: hour for part, hour in latin(PARTS).items() if hour in (0, 12)})
_CLOCK_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b|o'?clock)?"
_ONE_OFF = Lazy(
    r"(?:\b(?P<due>" + _DUE_WORD + r")\s+|\b(?P<start>" + _START_WORD + r")\s+)?"
    # "in 2 hours", "fra un'ora" (elided), or with no word before: "20 minutes from now"
    r"(?:(?P<rel>(?:\b(?P<relword>" + alternation("in_words", "deadline_cues") + r")\s+)?(?:(?:" + alternation("about_words") + r")\s+)?(?P<n>" + NUM + r"|" + alternation("half_words") + r")(?:['’-]|\s*)" + UNIT
    + r"\b(?(relword)|\s+(?:" + alternation("from_now_words") + r")\b))"
    r"|(?P<half>\bin\s+half\s+an\s+hour\b)"
    r"|(?P<day>\b(?:" + _DAYREF + r")\b)(?P<dtime>(?:\s*,?\s*(?:(?:" + CLOCK + r")\s+|@\s*|(?P<after>" + _START_WORD + r")\s+(?!\d+\s*(?=\w\w)" + _UNITS + r"\b))?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b)?(?!\d)"
    r"(?!\s*(?:of\s+|de\s+|di\s+)?" + _MONTH + r"(?!\w)))"  # "samedi 5 décembre" is a date, not Saturday at 5
    r"|(?:\s+(?:in\s+the\s+|por\s+la\s+|am\s+|at\s+|de\s+|da\s+|di\s+|in\s+der\s+)?(?:" + PART_WORDS + r")\b))?"
    r"|(?P<time>(?<![\w:/.-])(?:" + CLOCK + r"|by)\s+" + _CLOCK_TIME + r"(?![\w/]|:\d)"
    r"|(?<![\w:/.-])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr)(?!\w)|(?<![\w:/.-])(?:[01]?\d|2[0-3])(?::\d{2}|h\d{0,2})(?![\w/]|:\d)"  # not "24h" (a 24h vet: round the clock)
    r"|\b(?:at\s+)?(?:noon|midnight)\b)"
    r"|(?P<noon>(?<=\s)(?:" + ARTICLE + r")?(?:" + _NOONS + r")\b))",
    re.IGNORECASE,
)

_HALVES = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.half_words.split("|") if phrase)
_SUBORDINATORS = alternation("subordinators")  # a Words slot: only those in the text are compiled (patterns.py)
_DESCRIBES_ONE_OFF = Lazy(  # "find out when the recycling centre opens on Saturdays", "rausfinden, wann … samstags aufhat"
    r"(?<!\w)(?:" + alternation("describing_words") + "|" + alternation("availability") + "|" + _SUBORDINATORS + r")(?!\w)(?:[^,;:]|(?<=\d):(?=\d))*$",
    re.IGNORECASE)  # the colon of a clock time breaks no clause: "look up if the 10:40 to Leeds is running tomorrow"


def one_off(text: str, base: datetime, result: Schedule) -> None:
    """One-off times. Only a start cue delays a task (a clock time, a part of the day, a delay, a
    date before the verb, "after …"); a deadline cue makes a due date; a date that belongs to the
    object ("hotels for the 14th", "book a table for Saturday", "the weather on Sunday") sets nothing."""
    object_date = False
    described = -1  # where the last time that describes the thing ends
    moments: dict = {}  # key: (moment, said with no day)
    for match in _ONE_OFF.finditer(text):
        if not (match.group("rel") or match.group("half") or match.group("day") or match.group("time")
                or match.group("noon") and match.group("due")) or _dotted_uncued(match, text):
            continue
        if described >= 0 and match.group("time") and not match.group("due") and not text[described:match.start()].strip(" -–—"):
            described = match.end()  # "…, che è sabato 13 dalle 9 alle 17": the window's close is the thing's as its open
            continue
        described = -1
        key = "due" if deadline_after.follows(text, match) else _kind(match, text)  # "lundi au plus tard"
        object_date |= key is None and _cued_object(text, match.start())  # "envoie … à Paul jeudi… non, lundi": no cue, no object's date
        if key is None or _a_word_of_its_own(match, text) or object_date and _corrected(text, match.start()) \
                or match.group("time") and house_number(match.group("time"), text[match.end():]) \
                or key == "not_before" and (object_times.names_the_thing(text, match) or statement_times.in_a_statement(text, match)
                                         or statement_times.before_a_lookup(text, match)) \
                or object_times.in_relative_clause(text, match) or object_times.a_span(text, match):
            described = match.end() if key == "not_before" else -1
            continue  # "per giovedì alle 20, anzi no, venerdì alle 20": the correction is the object's date too
        opens_clause = key == "due" and not match.group("due")  # "cancel it before it renews on the 31st"
        if not opens_clause and _DESCRIBES_ONE_OFF.search(text, max(0, match.start() - 60), match.start()) or aside_states(text, match) \
                or _RELATIVE_STATES.search(text, max(0, match.start() - 60), match.start()) \
                or _RELATIVE_BEFORE.search(text, max(0, match.start() - 30), match.start()) and _AVAILABLE_AFTER.match(text, match.end()):
            described = match.end()
            continue
        moment = _moment(match, text, base, key == "due")
        if key == "not_before" and moment is not None and moment <= base:
            continue  # "today" with no later hour: a start that has already come delays nothing
        if moment is not None and getattr(result, key) is None:
            setattr(result, key, to_iso(moment))
            result.phrase.append(match.group().strip())
            moments[key] = moment, not (match.group("day") or match.group("rel") or match.group("half"))
    _on_the_starts_day(moments, result)
    if result.due is None:
        _period_end(text, base, result)


def _on_the_starts_day(moments: dict, result: Schedule) -> None:
    """"tomorrow by noon", "morgen bis 12 Uhr": a deadline hour said with no day of its own, before the start
    of a later day, is that hour on the start's day (not today's, before the task may begin)."""
    if "due" not in moments or "not_before" not in moments or not moments["due"][1]:
        return
    due, start = moments["due"][0], moments["not_before"][0]
    on_start = start.replace(hour=due.hour, minute=due.minute)
    if due < start < on_start:
        result.due = to_iso(on_start)


_CORRECTIONS = lexicon.phrases("corrections")


def _dotted_uncued(match: re.Match, text: str) -> bool:
    """A bare day number with its full stop is a date only right after a cue ("bis zum 31. bitte: …", "ab dem 3."):
    alone ("bevor sie am 31. ausläuft", "zum 2. Mal") it may be an ordinal or the thing's own date."""
    last = (match.group("day") or "").split()[-1:]
    return bool(last) and last[0].isdigit() and len(last[0]) <= 2 and text[match.end():match.end() + 1] == "." \
        and not (match.group("due") or match.group("start"))


def _cued_object(text: str, start: int) -> bool:
    """An object cue ("pour le", "for the") before the date: the thing's date, and a correction of it is the thing's too."""
    return bool(_OBJECT_BEFORE.search(text[max(0, start - 40):start]) or _OBJECT_PHRASE_BEFORE.search(text[max(0, start - 50):start]))


def _corrected(text: str, start: int) -> bool:
    """A self-correction ("anzi no,", "non, plutôt", "aliás") ends right before ``start``."""
    words = [word for word in Tokens(text[max(0, start - 40):start]).words]
    while words and words[-1] in (",", ":", "-", "–", "—"):
        words = words[:-1]
    return bool(words) and bool(_CORRECTIONS.ending_at(words, len(words)))


_PERIOD_KINDS = latin({**merged("period_ends"), **merged("current_periods")})
_PERIOD_DUE = Lazy(r"(?<!\w)(?:" + _DUE_WORD + r")\s+(?P<period>" + pattern_of(_PERIOD_KINDS) + r")(?!\w)", re.IGNORECASE)


def _period_end(text: str, base: datetime, result: Schedule) -> None:
    """"d'ici la fin du mois", "entro fine giornata", "até ao fim do mês", "entro questa settimana": a deadline
    cue before the end of a period (or the period we are in) is due when that period ends."""
    match = _PERIOD_DUE.search(text)
    if match:
        result.due = to_iso(end_of_period(_PERIOD_KINDS[" ".join(match.group("period").lower().split())], base))
        result.phrase.append(match.group().strip())


_RANGE_BEFORE = Lazy(r"(?<![^\W_])\d{1,2}(?:\.|st|nd|rd|th|º)?\s*$")  # a day number opens a range ("12. bis"), no code or year ("Q4 até")
_NOT_A_NOUN = lexicon.word_set("function_words") | lexicon.DETERMINERS | frozenset(DAYS) | frozenset(merged("months"))


def _counted(head: str) -> bool:
    """"Kapitel 7 bis Mittwoch", "chapter 7 by Friday", "capitolo 7 entro mercoledì": a number right after a noun
    counts the thing (its chapter, its room), it opens no range of days as "den 12. bis", "Hotel 12. bis" (an
    ordinal) or "from the 12 to" does."""
    words = head.lower().split()
    return len(words) >= 2 and words[-1].isdigit() and words[-2].isalpha() and words[-2] not in _NOT_A_NOUN


_STATES = Lazy(r"(?<!\w)(?:" + alternation("state_verbs") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)

# "procura um ginásio que abra às 6h30", "une boulangerie qui ouvre à 6h30": a relative clause that says when the
# thing is open describes the thing, it does not schedule the task
_RELATIVE_BEFORE = Lazy(r"(?<!\w)(?:" + Words(sorted(lexicon.word_set("relatives"), key=len, reverse=True)) + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
_AVAILABLE_AFTER = Lazy(r"\s+(?:" + alternation("availability") + r")(?!\w)", re.IGNORECASE)  # "…, die am Dienstag abend frei ist"
_RELATIVE_STATES = Lazy(r"(?<!\w)(?:" + Words(sorted(lexicon.word_set("relatives"), key=len, reverse=True)) + r")\s+(?:"
                        + alternation("state_verbs") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def aside_states(text: str, match: re.Match) -> bool:
    """"… erinnern (Geburtsvorbereitung ist am Montag um 18 Uhr)": a date in an aside that says when
    something is describes the thing, it does not schedule the task."""
    opened = text.rfind("(", 0, match.start())
    return opened >= 0 and ")" not in text[opened:match.start()] and bool(_STATES.search(text, opened + 1, match.start()))


def _kind(match: re.Match, text: str) -> str | None:
    """"due", "not_before", or None for a date that only describes the object."""
    relword = " ".join((match.group("relword") or "").lower().split())
    if match.group("due") and (_RANGE_BEFORE.search(text, 0, match.start()) and not _counted(text[:match.start()])
                               or _weekday_before(text[:match.start()])):
        return None  # "ein Hotel für den 12. bis 14. Januar", "del 12 hasta el 14", "montags bis donnerstags": a range of the thing's days
    if match.group("due") or relword in _DEADLINES or _DEADLINE_CLAUSE.search(text[max(0, match.start() - 60):match.start()]):
        return "due"
    day = period(match.group("day") or "")
    if re.match(r"(?:the\s+)?(?:end\s+of|eod|cob|eow|eom)\b", day):
        return "due"  # "end of day tomorrow" is a deadline even without "by"
    if match.group("start") and " ".join(match.group("start").lower().split()) in _SOURCES and _after_a_noun(text[:match.start()]):
        return None  # "dm Priscilla the erg scores from tuesday": the scores' day
    if match.group("start") or match.group("rel") or match.group("half"):
        return "not_before"
    if _OBJECT_BEFORE.search(text[max(0, match.start() - 40):match.start()]) or day.split(" ", 1)[0] in _OBJECT_WORDS and " " in day \
            or _OBJECT_PHRASE_BEFORE.search(text[max(0, match.start() - 50):match.start()]):
        if _reminders_own_day(text[max(0, match.start() - 50):match.start()]):
            return "not_before"  # "set a reminder for Friday", "pon un recordatorio para el viernes": when it goes off
        due = _needed_by(text[max(0, match.start() - 60):match.start()]) or _file_for(text, match) or _opens_a_need(text, match)
        return "due" if due else None  # "a table for Saturday": the thing's
    head_words = Tokens(text[:match.start()]).words
    if event_end(head_words) is not None or booked(head_words) or calendar_entries.an_entry(text, head_words, _verb_before(text[:match.start()])):
        return None  # "planifie une réunion avec l'équipe mardi 15h", "book a table on Tuesday evening", "… in my calendar": the event's
    if match.group("time") or _clock_or_part(match.group("dtime") or ""):
        return "not_before"  # not a bare number after the day: "dis à Thomas de poser son vendredi 18" is the 18th
    if " ".join(day.split()) in RELATIVE_DAYS:
        return "not_before"  # "tomorrow"
    head = text[:match.start()]
    if not _verb_before(head) and not _after_the_object(head, text[match.end():]):
        return "not_before"  # a date before the verb: "on Friday, call the bank", "am Freitag die Oma anrufen"
    return None


_REMINDER_NOUNS = lexicon.word_set("reminder_nouns")


def _reminders_own_day(head: str) -> bool:
    """A reminder noun right before the object cue (maybe its particle between: "put a reminder in for"): the date
    is the reminder's own, not that of a thing it is about ("a reminder about the party on Friday")."""
    words = Tokens(head).words
    while words and (words[-1] in _OBJECT_WORDS or words[-1] in lexicon.DETERMINERS):
        words = words[:-1]
    return any(word in _REMINDER_NOUNS for word in words[-2:])


def _clock_or_part(dtime: str) -> bool:
    return bool(dtime.strip()) and (clock_time(dtime)[0] is not None or bool(PART_RE.search(dtime)))


def _weekday_before(head: str) -> bool:
    """"die montags bis donnerstags kann", "de lunes hasta jueves": a weekday right before the deadline cue
    opens a range of days (when the thing is), no deadline."""
    words = head.split()
    last = words[-1].strip(",.;:()").lower() if words else ""
    return last in DAYS or last[-1:] == "s" and last[:-1] in DAYS


_SOURCES = frozenset(" ".join(phrase.split()) for lang in lexicon.LANGUAGES for phrase in lang.source_cues.split("|") if phrase)


def _after_a_noun(head: str) -> bool:
    """A verb opens the item and a plural noun comes right before the cue ("send the photos from saturday": the
    photos taken then; "email Tom from monday" is a start). A time unit is such a noun only after an article
    ("the minutes from Tuesday"), not after a number ("20 minutes from now")."""
    words = Tokens(head[-80:]).words
    last = words[-1] if words else ""
    timed = is_time_word(last) and not (len(words) > 1 and words[-2] in lexicon.DETERMINERS)
    return _verb_before(head) and last.isalpha() and last.endswith("s") and head.rstrip()[-1:].islower() and not (lexicon.is_verb(last) or timed or last in lexicon.DETERMINERS
                                                         or lexicon.CONJ.ending_at(words, len(words)) or lexicon.PRONOUN_OBJECTS.at(words, len(words) - 1))


def _after_the_object(head: str, tail: str) -> bool:
    """German puts the verb last: in "den Zahnarzttermin am Mittwoch absagen" the date follows the
    object, as "cancel the dentist on Wednesday" does in English, and is no start cue."""
    words = tail.split()
    if not words or words[-1].strip(",.;:!?").lower() not in lexicon.DE_INFINITIVES:
        return False
    return any(not is_time_word(word.strip(",.;:!?").lower()) for word in head.split())


def _needed_by(head: str) -> bool:
    """"lo necesito para el miércoles", "I need it for Friday": the date the user needs the work by
    (a need, only pronouns, then the object cue; "I need a table for Saturday" is the table's date)."""
    words = Tokens(head).words
    if not words or words[-1] not in _OBJECT_WORDS:
        return False
    for start in range(max(0, len(words) - 6), len(words) - 1):
        length = lexicon.NEED_FRAMES.at(words, start)
        if length and all(word in lexicon.CLITICS or lexicon.PRONOUN_OBJECTS.at(words, i)
                          for i, word in enumerate(words[start + length:-1], start + length)):
            return True
    return False


def _opens_a_need(text: str, match: re.Match) -> bool:
    """"para el lunes necesito …", "for Monday I need …", "für Montag brauche ich:": a for-day that opens
    the item, right before a need, is the day the work is wanted by."""
    tail = Tokens(text[match.end():match.end() + 60]).words
    return len(Tokens(text[:match.start()]).words) <= 2 and bool(lexicon.NEED_FRAMES.at(tail, tail[:1] == [","]))


_FILE_NAME = Lazy(r"\w\.[a-z]{2,4}\b")


def _file_for(text: str, match: re.Match) -> bool:
    """"prepara la lista en invitados.xlsx para el lunes": a file to make, and the day closes the
    request: the day the file is wanted by, not a date of the thing in it."""
    return not text[match.end():].strip(" .!,;") and bool(_FILE_NAME.search(text, 0, match.start())) \
        and bool(_OBJECT_BEFORE.search(text[max(0, match.start() - 40):match.start()]))  # "for Monday", not "for the show on Saturday"


def _a_word_of_its_own(match: re.Match, text: str) -> bool:
    """A short weekday name that is a word of another language before a noun ("mon abonnement")."""
    day = match.group("day") or ""
    if day.lower() not in lexicon.DETERMINERS:
        return False
    after = text[match.end("day"):match.end("day") + 2]
    return after[:1].isspace() and after[1:].isalpha()


def _verb_before(head: str) -> bool:  # "rappelle-moi jeudi de …": the reminder's day starts it, as a date before the verb
    return bool(head.strip()) and starts_with_verb(head) and not reminder_day.reminds_right_before(head)


# "tomorrow around noon", "morgen gegen Mittag", "demain à midi": the part's hour, not the day's default one
_PART_AFTER = Lazy(r"\s+(?:(?:" + alternation("clock_words", "about_words") + r")\s+){1,2}(?P<part>" + PART_WORDS + r")\b", re.I)


_PART_AFTER_CLOCK = Lazy(r"\s*(?:(?:" + alternation("part_openers") + r")\s+){0,2}(?P<part>" + PART_WORDS + r")\b", re.I)


def _part_after_clock(text: str, match: re.Match) -> str:
    """"at 10 in the evening", "a las 10 de la noche", "alle 10 di sera", "um 10 Uhr abends": the part of the day
    said right after a clock time puts the hour in its half of the day (22:00, not 10:00)."""
    if not (match.group("time") or re.search(r"\d", match.group("dtime") or "")):
        return ""
    part = _PART_AFTER_CLOCK.match(text, match.end())
    return " " + part.group("part") if part else ""


def _hour_after(dtime: str, said: str) -> tuple[int | None, int]:
    """"tonight after 9", "stasera dopo le 21": the bare hour after a start word, in the evening when the
    part of the day is (or in the afternoon when it is 1 to 6, as "at 5" in a chat is)."""
    digits = re.search(r"(\d{1,2})(?:[:.](\d{2}))?", dtime)
    hour, minute = int(digits[1]), int(digits[2] or 0)
    if hour < 12 and (part_hour(said, 9) >= 14 or hour <= 6):
        hour += 12
    return (hour, minute) if hour < 24 and minute < 60 else (None, 0)


def _moment(match: re.Match, text: str, base: datetime, due: bool) -> datetime | None:
    if match.group("half"):
        return base + timedelta(minutes=30)
    if match.group("rel"):
        raw = match.group("n").lower()
        n = 0.5 if " ".join(raw.split()) in _HALVES else spoken_number(raw)
        if not n:
            return None
        step = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1),
                "w": timedelta(weeks=1)}[UNITS.get(match.group("unit").lower(), "h")]
        return base + step * n
    words = period(match.group("day") or "")
    hour_after = words[3:] if match.group("start") and words.startswith("le ") and words[3:].isdigit() else ""
    if hour_after and " ".join(match.group("start").lower().split()) + " le" in _HOUR_CUES and int(hour_after) <= 24:
        moment = base.replace(hour=int(hour_after) % 24, minute=0)  # "dopo le 18": after 6 pm, not the 18th
        return moment if moment > base else moment + timedelta(days=1)
    part_after = _part_after_clock(text, match)
    hour, minute, _ = clock_time((match.group("time") or match.group("dtime")) + part_after if part_after else match.group())
    if hour is None and match.group("after"):
        hour, minute = _hour_after(match.group("dtime"), match.group())
    if hour is None:
        part = PART_RE.search(match.group())
        hour, minute = (part_hour(match.group(), 9), 0) if part else (None, 0)
        after = None if part or not match.group("day") else _PART_AFTER.match(text, match.end())
        if after:
            hour = PARTS[after.group("part").lower()]
    day = resolve_day(words, base, due) if words else base
    if day is None:
        return None
    if hour is None:
        hour = 17 if due else 9
        if words in RELATIVE_DAYS and words in PARTS:
            hour = PARTS[words]  # "tonight"
        if words.startswith(("end of", "the end of", "eod", "cob", "eow", "eom")):
            hour = 17
    moment = day.replace(hour=hour, minute=minute)
    if not words and moment <= base:
        moment += timedelta(days=1)  # "at 5pm" when it is already 6pm means tomorrow
    return moment
