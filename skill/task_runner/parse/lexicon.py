"""The ``Language`` declarations merged into lookup structures, built once at import (cheap: no
regexes over word lists; see phrases.py). Adding a language = one lang_xx module + LANGUAGES."""

import unicodedata
from functools import lru_cache

from task_runner.ids import normalize_id
from task_runner.parse import lang_de, lang_en, lang_es, lang_fr, lang_it, lang_ja, lang_pt, lang_zh
from task_runner.parse.patterns import Lazy, Words
from task_runner.parse.phrases import Phrases, is_cjk, words_of

LANGUAGES = tuple(module.LANGUAGE for module in (lang_en, lang_es, lang_de, lang_zh, lang_fr, lang_pt, lang_ja, lang_it))
EN = lang_en.LANGUAGE


def phrases(field: str) -> Phrases:
    """All languages' specs for ``field`` as one phrase table."""
    return Phrases(*(getattr(lang, field) for lang in LANGUAGES if getattr(lang, field)))


def word_set(field: str) -> frozenset[str]:
    return frozenset().union(*(getattr(lang, field) for lang in LANGUAGES))


def phrases_by_key(field: str) -> dict[str, Phrases]:
    """Per-key phrase tables of a dict field (CONTROL_BEFORE, STATUS_WORDS, ...)."""
    specs: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for key, spec in getattr(lang, field).items():
            specs.setdefault(key, []).append(spec)
    return {key: Phrases(*values) for key, values in specs.items()}


_BASE_VERBS = word_set("verbs")
# "re-run", "re-send": hyphenated spellings of the same verbs.
VERBS = (_BASE_VERBS | {"re-" + verb[2:] for verb in _BASE_VERBS if verb.startswith("re") and len(verb) > 4}
         | {"re" + verb for verb in EN.verbs if len(verb) > 3})  # rebook, resend, reorder
VERB_PHRASES = phrases("verb_phrases")
REQUEST_END = phrases("request_end")
MESSAGE_OPEN_ENDS = phrases("message_open_ends")
MESSAGE_ASKS = phrases("message_asks")
TO_THE_USER_CJK = phrases("user_objects")
AMBIGUOUS_VERBS = word_set("ambiguous_verbs")
DE_INFINITIVES: frozenset = frozenset(word for word in lang_de.LANGUAGE.verbs if word.endswith(("en", "ern", "eln")))  # "… verlängern"
CAUSATIVES = word_set("causatives")  # "… drucken lassen": the infinitive before it is the verb

GREETINGS = phrases("greetings")
REQUEST = phrases("request")
NEED_FRAMES = Phrases(*(lang.need_frames + "".join(f"|{lang.i_subjects} {frame}" for frame in lang.need_frames.split("|"))
                        if lang.i_subjects else lang.need_frames for lang in LANGUAGES if lang.need_frames))  # "eu preciso de …"
HELP_ONLY = phrases("help_only")
OWN_PLANS = phrases("own_plans")  # "estou …", "sto …", "I'm …": the user telling of themself
REQUEST_DELEGATES = word_set("request_delegates")
FRAME_PRE = word_set("frame_pre")
FRAME_NOUNS = word_set("frame_nouns")
FRAMING = phrases("framing")
OTHER_MATTER = phrases("other_matter")
HEADER = word_set("header")
SIGN_OFFS = phrases("sign_offs")
QUESTION_WORDS = word_set("question_words")
QUESTION_PARTICLES = word_set("question_particles") | {"?", "？"}
HOW_TO = phrases("how_to")
EXAMPLE_MARKERS = phrases("example_markers")
WEB_SEARCH = phrases("web_search")
REMINDER_ONLY = phrases("reminder_only")
SEQ = {"then": phrases("seq_then"), "also": phrases("seq_also"), "order": phrases("seq_order")}
THEN_AFTER_FIRST = phrases("then_after_first")
THEN_AT_END = phrases("then_at_end")
FIRST_WORDS = phrases("first_words")
CONJ = phrases("conj")
NOW = phrases("now_words")
CLAUSE_OPENERS = phrases("clause_openers")
EVERY_WORDS = phrases("every_words")
PRONOUN_OBJECTS = phrases("pronoun_objects")
CLITICS = word_set("clitics")
NEGATIONS = word_set("negations")  # "don't", "nicht", "no", "别": before a verb, it refuses or states, it asks nothing
DEP_RESULT = phrases("dep_result")
USE_VERBS = phrases("use_verbs")
PURPOSE_WORDS = word_set("purpose_words")
READING_VERBS = phrases("reading_verbs")
DIGEST_VERBS = phrases("digest_verbs")
REPORT_BACK = phrases("report_back")
CORRECTIONS = phrases("corrections")
RETRACTIONS = phrases("retractions")
DEP_BEFORE_ID = phrases("dep_before_id")
DEP_AFTER_ID = phrases("dep_after_id")
DEP_ONCE = phrases("dep_once")
DEP_DONE = word_set("dep_done")


def _with_hiragana(spec: str, clipped: bool = False) -> str:
    """The spec plus its katakana phrases in hiragana, as a casual writer types them ("T-91 きゃんせる" for キャンセル);
    ``clipped``: also each katakana verb of 5+ characters without its last one, a one-letter typo ("T-18 キャンセ")."""
    kana = [phrase.translate(_HIRAGANA) for phrase in spec.split("|") if any("\u30a1" <= ch <= "\u30f6" for ch in phrase)]
    kana += [phrase[:-1] for phrase in spec.split("|") if clipped and len(phrase) >= 5 and all("\u30a1" <= ch <= "\u30fc" for ch in phrase)]
    return "|".join([spec, *kana]) if kana else spec

_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def _control_before() -> dict[str, Phrases]:
    """control_before, plus each opener that means its verb only with an "after" part followed by that
    part, before the ids ("tenta outra vez a T-44", "prova di nuovo la T-12", "essaie encore une fois T-3")."""
    specs: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for key, spec in lang.control_before.items():
            specs.setdefault(key, []).append(_with_hiragana(spec, clipped=True))
            openers, after = [phrase for phrase in spec.split("|") if phrase in lang.control_needs_after], lang.control_after.get(key, "")
            if openers and after:
                specs[key].append("|".join(opener + " " + tail for opener in openers for tail in after.split("|")))
            specs[key].append("|".join(f"{verb}-{obj}" for verb in spec.split("|") if verb.isalpha() and verb not in openers
                                       for obj in lang.hyphen_objects.split("|") if obj.isalpha()))  # "retente-le", "refaz-o"
    return {key: Phrases(*values) for key, values in specs.items()}


CONTROL_BEFORE = _control_before()
CONTROL_AFTER = {key: Phrases(*(_with_hiragana(lang.control_after[key]) for lang in LANGUAGES if key in lang.control_after))
                 for key in sorted({key for lang in LANGUAGES for key in lang.control_after})}
# "passe T-18": an opener that needs its after part for one verb may mean another alone
CONTROL_ALONE = {opener: verb for lang in LANGUAGES for verb, spec in lang.control_alone.items() for opener in spec.split("|")}
NEEDS_AFTER = frozenset(f for w in word_set("control_needs_after") for f in (w, " ".join(w) if is_cjk(w[:1]) else w))
NOTE_OPENERS = phrases("note_openers")
VERB_COMPLEMENTS = phrases("verb_complements")
ANSWER_LEADS = word_set("answer_leads")
GROUP_WORDS = phrases("group_words")
QUEUE_FILLERS = phrases("queue_fillers")
URGENT_MARKS = phrases("urgent_marks")
STATUS_WORDS = phrases_by_key("status_words")
STATUS_ANY = Phrases(*(spec for lang in LANGUAGES for spec in lang.status_words.values()))
STATUS_SHOW = word_set("status_show")
PRODUCT_NOUNS = phrases("product_nouns")
STATUS_ANYTHING = phrases("status_any")
THERE_IS = phrases("there_is")
STATUS_NOUNS = word_set("status_nouns")
STATUS_TOPIC = word_set("status_topic")
STATUS_PHRASES = phrases("status_phrases")
DETERMINERS = word_set("determiners")
RELATIVE_THAT = phrases("relative_that")
ALL_WORDS = word_set("all_words") | words_of("所 全")

# Task ids as users write them: T-03, t3, T3, t-3 (one token each, see phrases.Tokens).
ID_RANGE_TOKEN = Lazy(r"^t-?(\d{1,4})-t-?(\d{1,4})$")  # "T-08-T-10" is one word token
ID_RANGE_WORDS = word_set("id_range_words") | frozenset("- – — ~ 〜 .. …".split())
ID_JOIN_WORDS = word_set("id_join_words") | frozenset(", ; / & + 、 ， ・".split())
ID_TASK_WORDS = word_set("id_task_words") | {"#"}
ID_FILLERS = word_set("id_fillers")


def id_number(word: str) -> int | None:
    """The number of a task id token ("t-03" → 3), or None (the shared id module decides)."""
    task_id = normalize_id(word) if word[:1] in "tT" else None
    return int(task_id[2:]) if task_id else None


_CLITICS = ("selos", "selas", "selo", "sela", "les", "los", "las", "nos", "le", "lo", "la", "me", "te")


def is_verb(word: str) -> bool:
    """A verb of any table, also with Spanish clitics and the accent they bring ("respóndele", "envíalo")."""
    return verb_base(word) is not None


def verb_base(word: str) -> str | None:
    """The table form of a verb ("respóndele" → "responde"), or None when ``word`` is not one."""
    if word in VERBS:
        return word
    head, hyphen, tail = word.partition("-")  # "trouve-moi", "manda-lhe"; "enviá-la", "fazê-lo": the r of a pt infinitive falls before -lo
    plain = strip_accents(head)
    if found := hyphen and tail in CLITICS and next((form for form in (head, plain, plain + "r") if form in VERBS), _plain_verbs().get(plain)):
        return found
    head, apostrophe, tail = word.replace("’", "'").partition("'")
    if apostrophe and tail in VERBS and (head + apostrophe in CLITICS or head + "e" in CLITICS):
        return tail  # "m'écrire", "l'appeler": the pronoun elided before the verb
    if word.isascii() and not word.endswith(_CLITICS):
        return with_pronouns_attached(word) or loan_verb(word)
    plain, table = strip_accents(word), _plain_verbs()
    if plain in table:
        return table[plain]
    for clitic in _CLITICS:
        stem = plain[:-len(clitic)]
        if plain.endswith(clitic) and stem in table and len(stem) >= 3:
            return table[stem]
    forms = (word, *(word[:-len(clitic)] for clitic in _CLITICS if word.endswith(clitic)))  # "deployalo": without "lo"
    return next(filter(None, map(loan_verb, forms)), None)


def with_pronouns_attached(word: str) -> str | None:
    """"mandali", "chiamami", "cercali": an imperative that ends in a vowel with an object pronoun of the tables
    (``clitics``) written onto it → that imperative."""
    clitic = next((c for c in _enclitics() if word.endswith(c) and len(word) - len(c) >= 3), "")
    stem = word[:-len(clitic)] if clitic else ""
    return stem if stem[-1:] in ("a", "e", "i", "o", "u") and stem in VERBS else None


@lru_cache(maxsize=1)
def _enclitics() -> tuple:
    return tuple(sorted((c for c in CLITICS if c.isalpha() and len(c) > 1), key=len, reverse=True))


_LOAN_ENDINGS = tuple(sorted({(ending, tuple(p for p in lang.loan_verb_prefixes.split("|") if p)) for lang in LANGUAGES
                              for ending in lang.loan_verb_endings.split("|") if ending}, key=lambda pair: -len(pair[0])))
_DE_LOAN = tuple(ending for ending in lang_de.LANGUAGE.loan_verb_endings.split("|") if ending)
LOAN_PARTICLES = phrases("loan_verb_particles")


def loan_verb(word: str, endings: tuple = ()) -> str | None:
    """An English verb borrowed with another language's verb ending ("deployen", "deploya", "deployar"), perhaps
    after a separable prefix ("gegenchecken") → the English verb. Its stem has 5+ letters, so that a short
    word that ends so ("posta", "taken") stays what it is."""
    for ending, prefixes in _LOAN_ENDINGS:
        if word.endswith(ending) and (not endings or ending in endings) and len(word) - len(ending) >= 5:
            stem = word[:-len(ending)]
            for prefix in ("",) + prefixes:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 5 and stem[len(prefix):] in EN.verbs:
                    return stem[len(prefix):]
    return None


def loan_before_particle(words: list[str]) -> bool:
    """"明天再去 check 一下 …", "レポート check しといて": an English verb, then the particle that makes it this
    language's verb."""
    return any(word in EN.verbs and LOAN_PARTICLES.at(words, at + 1) for at, word in enumerate(words[:40]))


class _Infinitives(frozenset):
    """The German infinitives, and an English verb with the German infinitive's ending ("deployen", "gegenchecken")."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and bool(loan_verb(word, _DE_LOAN))


DE_INFINITIVES = _Infinitives(DE_INFINITIVES)


def opens_with_its_object_pronoun(words: list[str]) -> bool:
    """"le préparer", "prepare it", "hacerlo", "mandalo": a verb whose object is a pronoun for a thing
    named earlier in the message."""
    return len(words) > 1 and (words[0] in CLITICS and is_verb(words[1]) or is_verb(words[0]) and bool(PRONOUN_OBJECTS.at(words, 1))
                               or (verb_base(words[0]) or words[0]) != words[0])


def verb_type(word: str) -> str | None:
    """The task type a leading verb decides, also through an attached pronoun ("mándale", "mandalo")."""
    for form in (word, verb_base(word)):
        if form and form in TYPE_VERBS:
            return TYPE_VERBS[form]
    plain = strip_accents(word)
    for clitic in _CLITICS + ("gli", "li", "le", "lo", "la"):
        stem = plain[:-len(clitic)]
        if plain.endswith(clitic) and len(stem) >= 3:
            for form in (stem, stem + "a", stem + "e"):
                if form in _plain_types():
                    return _plain_types()[form]
    return None


@lru_cache(maxsize=1)
def _plain_types() -> dict[str, str]:
    return {strip_accents(verb): kind for verb, kind in TYPE_VERBS.items()}


def strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _plain_verbs() -> dict[str, str]:
    """Spanish verbs without accents (built on first need: most messages never ask)."""
    return {strip_accents(verb): verb for verb in lang_es.LANGUAGE.verbs}


QUESTION_AUX = word_set("question_aux")
SUBJECTS = word_set("subjects")
PRONOUN_SUBJECTS = word_set("pronoun_subjects")
ANSWER_VERBS = word_set("answer_verbs")
CHIT_CHAT = word_set("chit_chat")
NOT_THEN_BEFORE = word_set("not_then_before")
# The words that open a subordinate question ("whether", "wann", "qué", "si"): single words or phrases.
SUBORDINATORS = frozenset(word for lang in LANGUAGES for word in lang.subordinators.split("|") if word)
NOT_TYPOS = word_set("not_typos")
TYPOS = {wrong: right for lang in LANGUAGES for wrong, right in lang.typos.items()}
TRIGGER_WORDS = tuple(word for lang in LANGUAGES for word in lang.trigger_words)


def regex_alternatives(field: str) -> str:
    """The regex fragments of ``field`` of every language, as one alternation."""
    return "|".join(getattr(lang, field) for lang in LANGUAGES if getattr(lang, field))
TYPE_KEYWORDS = {kind: Phrases(*(lang.type_keywords[kind] for lang in LANGUAGES if kind in lang.type_keywords))
                 for kind in ("messaging", "reminder-scheduling", "code-execution", "file-creation", "agent-delegation")}
AGENT_WORDS = phrases("agent_words")
MESSAGE_THAT = phrases("message_that")
MESSAGE_QUOTED_BEFORE = phrases("message_quoted_before")


def recipient_words(verb: str) -> frozenset[str]:
    """The "to" words of the languages ``verb`` belongs to ("write" → to; "escribe" → a, al)."""
    return frozenset().union(*(lang.recipient_words for lang in LANGUAGES if verb in lang.verbs))
DELEGATE_VERBS = phrases("delegate_verbs")
EVENT_NOUNS = phrases("event_nouns")
SCHEDULE_VERBS = phrases("schedule_verbs")
DEADLINE_CUES = phrases("deadline_cues")
TYPE_VERBS = {verb: kind for lang in LANGUAGES for kind, verbs in lang.type_verbs.items() for verb in verbs.split()}
VAGUE_VERBS = phrases("vague_verbs")
VAGUE_NOUNS = word_set("vague_nouns")
DAY_WORDS = word_set("day_words")


def merged(field: str) -> dict:
    """One dict field of every language merged (the first language to declare a key wins)."""
    table: dict = {}
    for lang in LANGUAGES:
        for key, value in getattr(lang, field).items():
            table.setdefault(key, value)
    return table


def alternation(*names: str, keys_of: str = "") -> Words:
    """The phrases of some fields (or the keys of a dict field) as a regex alternation, longest first (patterns.py)."""
    phrases = {phrase for name in names for lang in LANGUAGES for phrase in getattr(lang, name).split("|") if phrase}
    if keys_of:
        phrases |= set(merged(keys_of))
    return Words(sorted(phrases, key=len, reverse=True))


def _words_of_keys(*fields: str) -> frozenset[str]:
    return frozenset(word for field in fields for key in merged(field) for word in key.split() if len(word) > 1)


def _words_of_specs(*fields: str) -> frozenset[str]:
    return frozenset(word for field in fields for lang in LANGUAGES for phrase in getattr(lang, field).split("|")
                     for word in phrase.split())


TIME_CHARACTERS = frozenset("".join(lang.time_characters for lang in LANGUAGES))
WORKDAY_ENDS = tuple(sorted({word for lang in LANGUAGES for word in lang.workday_ends.split("|") if word}, key=len, reverse=True))  # "下班", "EOD"
MEAL_WORDS = frozenset(key.split()[-1] for key in merged("meal_starts") if not is_cjk(key[:1]))  # "después de comer": "comer"
CJK_NUMERALS = frozenset(key for key in merged("numbers") if len(key) == 1 and is_cjk(key))
CJK_DAY_PARTS = frozenset(key for field in ("day_parts", "relative_days") for key in merged(field) if len(key) == 2 and is_cjk(key[:1]))


def _schedule_words() -> frozenset[str]:
    """A time is mentioned: worth loading the schedule rules (cheap word lookups first)."""
    words = (_words_of_keys("weekdays", "months", "day_parts", "relative_days", "periods", "period_adverbs", "time_units")
             | _words_of_specs("every_words") | word_set("time_words")
             | frozenset(key.split()[-1] for key in merged("relative_periods")))  # "… la semana que viene"
    period_nouns = {key.split()[-1] for field in ("period_ends", "current_periods") for key in merged(field)}  # "entro la giornata"
    compounds = {day + part + end for lang in LANGUAGES for day in lang.weekdays for part in lang.day_parts for end in ("", "s")
                 if day.isalpha() and part.isalpha() and day.isascii() is part.isascii() and not is_cjk(day[:1])}  # "Sonntagabend"
    halves = {half.split()[-1] + joint + unit for half in _words_of_specs("half_words") for unit in merged("time_units")
              for joint in ("", "-", "'", "’") if half.isalpha()}  # "mezzora", "demi-heure", "mezz'ora"
    return words | {word + "s" for word in _words_of_keys("weekdays")} | period_nouns | compounds | halves | MEAL_WORDS


_NOW_ALONE = frozenset(p for lang in LANGUAGES for p in lang.now_words.split("|") if p and " " not in p)  # "jetzt such mir …"


def _time_phrase_words() -> frozenset[str]:
    """Words a leading time phrase is made of ("on the 1st of every month, …", "todos los lunes a las 9 …")."""
    return (_on_first_use("SCHEDULE_WORDS") | _on_first_use("TIME_CUES") | word_set("time_fillers")
            | _words_of_keys("numbers", "ordinals", "relative_periods", "clock_hours", "meal_starts") | _words_of_specs("half_words", "about_words") | _NOW_ALONE)


def _clause_words() -> frozenset[str]:
    return (_words_of_specs("clause_openers", "dep_once", "every_words") | _on_first_use("TIME_CUES")
            | _words_of_keys("relative_days") | frozenset("on this next".split()))


_TE_TO_PLAIN = (("して", ("する", "す")), ("って", ("る", "う", "つ")), ("んで", ("む", "ぶ", "ぬ")), ("いて", ("く",)),
                ("いで", ("ぐ",)), ("て", ("る",)))
_NOMINAL = ("", "のと", "こと")  # "会場を探すのと、案内をメールすること": the same plain item, nominalised in a list


def _plain_forms() -> Phrases:
    """The dictionary forms of the te-form verb phrases ("確認して" → 確認する): a plain to-do ("整備工場を探す")."""
    forms = set()
    for lang in LANGUAGES:
        for phrase in lang.verb_phrases.split("|"):
            ending = next((te for te, _ in _TE_TO_PLAIN if phrase.endswith(te) and len(phrase) > len(te)), None)
            if ending and " " not in phrase:
                forms.update(phrase[:-len(ending)] + plain + nominal for plain in dict(_TE_TO_PLAIN)[ending] for nominal in _NOMINAL)
    return Phrases("|".join(sorted(forms)))


# The time words, built on first use: a control command or a status question mostly never asks.
_BUILT_ON_FIRST_USE = {"SCHEDULE_WORDS": _schedule_words, "TIME_PHRASE_WORDS": _time_phrase_words,
                       "CLAUSE_WORDS": _clause_words, "PLAIN_VERB_PHRASES": _plain_forms,
                       "TIME_CUES": lambda: _words_of_specs("clock_words", "in_words", "deadline_cues", "start_cues")}


def _on_first_use(name: str) -> frozenset[str]:
    if name not in globals():
        globals()[name] = _BUILT_ON_FIRST_USE[name]()
    return globals()[name]


def __getattr__(name: str):
    """``lexicon.SCHEDULE_WORDS`` etc. (PEP 562: called only for a name the module does not have yet)."""
    if name in _BUILT_ON_FIRST_USE:
        return _on_first_use(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
