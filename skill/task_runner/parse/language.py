"""The ``Language`` declaration: every word the parser knows in one language, in one object.

Each ``lang_xx`` module holds exactly one ``LANGUAGE = Language(...)``; the rule modules hold
no words and read the merged tables of lexicon.py. Every field must be given (a language
without a table says so with an explicit empty value), so a forgotten table is a TypeError at
import, not an empty match at run time; the constructor checks the kinds and the keys too.
(A plain class, not a dataclass: importing dataclasses costs more than the whole parser's words.)

Field kinds: a *spec* is a phrase table in the phrases.py syntax ("can/could you please?|…"),
*words* a frozenset of single lowercase words, *by verb* / *by status* / *by type* dicts map
their key to a spec (or, for type_verbs, a space-separated word list).
"""

CONTROL_VERBS = frozenset(("retry", "skip", "cancel", "done", "answer", "urgent", "pause", "resume"))
STATUSES = frozenset(("pending", "running", "blocked", "done", "skipped"))
TASK_TYPES = frozenset(("messaging", "reminder-scheduling", "code-execution", "file-creation", "agent-delegation",
                        "info-lookup"))
_KEYS = {"control_before": CONTROL_VERBS, "control_after": CONTROL_VERBS, "status_words": STATUSES,
         "type_verbs": TASK_TYPES, "type_keywords": TASK_TYPES}


class Language:
    code: str                       # ISO 639-1
    # --- masking (regex fragments; only languages that abbreviate with full stops need them)
    dotted_abbreviations: str
    title_abbreviations: str
    short_abbreviations: str
    # --- work
    verbs: frozenset                # imperative verbs that open an action item
    verb_phrases: str               # spec: verbs of scripts without spaces (zh, ja)
    request_end: str                # spec: a request that ends the item, verb last ("…してください")
    ambiguous_verbs: frozenset      # verbs that are nouns too ("book", "email")
    type_verbs: dict                # task type → leading verbs that decide it
    type_keywords: dict             # task type → spec of words that point to it anywhere in the item
    agent_words: str                # spec: "coding agent", "agente", "エージェント"
    delegate_verbs: str             # spec: "have", "pídele", "lass": verb + agent word = agent-delegation
    roles: frozenset                # "the landlord", "la nounou", "der Hausmeister": a person named by a role (a message goes to them)
    recipient_words: frozenset      # "write to Léa", "escribe a Andrés": a written message, not a file
    message_that: str               # spec: "tell Ana that …": what follows is the message, its dates are not ours
    message_quoted_before: str      # spec: "…って送って": the message comes before it (from the last particle on)
    answer_verbs: frozenset         # a single question with these is answered, not queued
    vague_verbs: str                # spec: "sort out", "règle": the object decides what the work is
    vague_nouns: frozenset          # "thing", "truc", "lance": an object that names nothing
    day_words: frozenset            # "day", "jour", "Brückentag": a date named by what happens on it
    # --- openers, framing, sign-offs
    greetings: str
    request: str
    help_only: str                  # spec: "can you help me?": asking for help names no work yet
    need_frames: str                # spec: "I need …", "help me with …": what follows is work asked for
    request_delegates: frozenset
    frame_pre: frozenset
    frame_nouns: frozenset
    framing: str
    header: frozenset
    meta_verbs: str                 # spec: "do", "handle", "tratar": with meta_objects ("these", "the following", "disto") a line
    meta_objects: str               # spec: … that only introduces the work around it ("can you handle these?")
    meta_tail: frozenset            # words that may follow it ("for me", "pour moi", "per me")
    sign_offs: str
    chit_chat: frozenset
    # --- questions
    question_words: frozenset
    question_particles: frozenset   # a final particle that makes a question without "?" (吗, か)
    question_aux: frozenset
    subjects: frozenset
    pronoun_subjects: frozenset
    how_to: str
    example_markers: str
    web_search: str
    reminder_only: str
    # --- sequence and joins
    seq_then: str
    seq_also: str
    seq_order: str
    then_after_first: str           # spec: zh "再": a "then" only after a first-word opened the sentence ("先…，再…"), else an "also"
    first_words: str                # spec: zh "先", "首先": the first-word that makes it so
    now_words: str                  # spec: "right now", "mientras tanto", "jetzt gleich": after a join, the next request is for now, not the schedule before
    conj: str
    clause_openers: str
    not_then_before: frozenset
    clitics: frozenset              # object pronouns written before the verb ("et lui envoyer", "e gli mandi")
    person_objects: frozenset       # "him", "ihm", "他": a person as the object ("…, remind him to …": the one just messaged)
    pronoun_objects: str
    # --- dependencies
    dep_before_id: str              # spec: "after T-03", "quand T-03 …": an existing task this one waits for
    dep_after_id: str               # spec: "T-01が終わったら", "T-01完成以后": the same, after the id
    reading_verbs: str              # spec: "go through", "revisa": reading is the first half of one job …
    digest_verbs: str               # spec: … whose second half ("summarize", "fass … zusammen") is the result
    report_back: str                # spec: "lmk", "avísame": telling the user is part of the same job
    keep_as: str                    # spec: "save it as", "guárdalo como": keeping the result in a file is part of it too
    corrections: str                # spec: ", no wait,", ", nein, doch lieber", ", non, plutôt": what follows replaces what came just before
    retractions: str                # spec: "scratch that", "olvídalo", "算了": what came just before is withdrawn
    otherwise: str                  # spec: "otherwise", "sinon", "否则": a plan B that hangs on how the first step went
    hedges: str                     # spec: "maybe", "or not, I don't know", "vedi tu": the user is not sure what they want
    dep_result: str
    use_verbs: str                  # spec: "then use that to write …", "e depois usa isso pra montar …": the use of a result …
    purpose_words: frozenset        # … and the word before the step's own verb ("to", "para", "per", "pour")
    infinitive_markers: frozenset   # "to", "di", "de", "zu": before an infinitive that is the item's verb ("mi serve di cercare …, poi di scrivere …")
    causatives: frozenset           # "lassen": after a final infinitive ("die Plakate drucken lassen") it only says someone else does it
    dep_once: str
    dep_done: frozenset
    # --- task ids: "T-03 to T-05", "T-02 and T-06", "tasks 4 to 6", "retry the task T-04"
    id_range_words: frozenset
    id_join_words: frozenset
    id_task_words: frozenset
    id_fillers: frozenset           # words between a control verb and its ids
    # --- control commands: verb → spec before the ids / after the ids (both word orders)
    control_before: dict
    control_after: dict
    control_needs_after: frozenset  # openers that mean their verb only with an "after" part
    softeners: str                  # spec: "salta pure", "mach ruhig", "go ahead": a word that softens a command, like "please"
    note_openers: str               # spec: "retry T-04 with …", "réessaie T-14 avec …": a note for the next attempt
    # --- steering (issue 14): answer / urgent take ids (control_before/after); pause / resume the queue
    answer_leads: frozenset         # "for T-04: use the staging db": words before "T-NN:" that make it an answer
    group_words: str                # spec: "pause group deploy", "le groupe deploy", "deploy组"
    queue_fillers: str              # spec: every other word a pause/resume clause may hold ("the queue", "for now")
    reasons: str                    # spec: "pause everything because …", "pausa todo que …": the user's reason, no part of the command
    own_plans: str                  # spec: "pause all, I need to …", "…, ich muss erst …": the user's own plan after a pause is its reason, no task
    urgent_marks: str               # spec: "urgent: …", "do this first: …": a task at high priority
    # --- status requests
    status_words: dict
    status_any: str                 # spec: "anything", "algo", "quelque chose": a question about any task
    there_is: str                   # spec: "are there", "y a", "ci sono", "há": a question whether something exists; with a state or a queue noun ("y a des tâches bloquées ?") it asks about the queue
    product_nouns: str              # spec: "the best app for tasks" asks about software, not our queue
    status_show: frozenset
    status_nouns: frozenset
    status_topic: frozenset
    status_phrases: str
    of_words: frozenset             # "status of …", "stato dei task", "status das tarefas": what a status topic is about
    possessives: frozenset          # "email the couple our setlist": the user's own thing, not what an earlier step found
    determiners: frozenset          # "the", "les", "meine": words between "all" and the status
    relative_that: str              # spec: "all that is pending", "tout ce qui est en attente"
    all_words: frozenset
    # --- schedules ("…_words"/"…_cues": regex-free alternatives, "|" between phrases, spaces = any blank)
    weekdays: dict                  # name → 0 (Monday) … 6
    months: dict                    # name → 1 … 12
    numbers: dict                   # number word → value
    ordinals: dict                  # "first" → 1, "primo" → 1: the day of the month ("last" → 31)
    time_units: dict                # unit word → "m" (minute), "h", "d", "w"
    day_parts: dict                 # "morning" → its hour
    relative_days: dict             # "tomorrow" → 1 (days from today)
    relative_periods: dict          # "nächste Woche", "fin de mes" → the English phrase the date rules read ("next week",
                                    # "this week", "end of week", "end of next week", "next month", "end of month", "end of next month")
    periods: dict                   # after an every-word: "day" → "day", "mañanas" → "morning", "werktag" → "weekday"
    period_adverbs: dict            # a period on its own: "daily", "täglich", "每天"
    period_ends: dict               # "the end of the month" → "month", "fine giornata" → "day", 月底: a deadline after a deadline cue ("d'ici la fin du mois"); in CJK on its own (月底前, 今月末までに)
    current_periods: dict           # "this week" → "week", 今週, 这周: the period we are in, a deadline after a deadline cue ("entro questa settimana"); in CJK with a within-word after it (今週中に, 这周内)
    time_words: frozenset           # more words that signal a time ("eod", "deadline", "uhr")
    time_fillers: frozenset         # function words inside a leading time phrase ("the", "a las", "um")
    time_characters: str            # characters that signal a time in scripts without spaces
    plural_day_articles: str        # "los lunes", "às segundas": a weekday with these recurs
    subordinators: str              # "whether|if|wann|qué": a date after them is what is asked about …
    topic_words: str                # spec: "a haiku about mondays", "un poème sur les lundis": the weekdays are the topic
    relatives: frozenset            # "a physio who works saturdays", "un fisio que atienda los sábados": the weekdays of a relative clause are the thing's
    availability: str               # "a teacher free on tuesday evenings", "un prof dispo le mardi soir": when the thing is available
    state_verbs: str                # … and after "open|abren|öffnet": it describes when something is, not our task
    every_words: str                # "every|each": a recurring schedule
    clock_words: str                # "at|um|à": before a clock time
    afternoon_clock: frozenset      # "at": after these "6:30" is the afternoon (12-hour chat); "um 6:30" is 06:30
    in_words: str                   # "in|dans|tra": before a delay ("in 2 hours") — a start
    deadline_cues: str              # "by|before|bis|avant": a due date
    start_cues: str                 # "after|from|après": a start (not before)
    source_cues: str                # "the erg scores from tuesday": a start cue that, after a noun, says where the thing is from
    booking_verbs: str              # spec: "予約", "订": in CJK a date right before a booking ("土曜日の夜に…予約して") is the booking's
    object_cues: str                # "for|para|pour": a date that belongs to the object, not to the task
    # --- typos
    typos: dict
    not_typos: frozenset
    trigger_words: tuple

    __slots__ = tuple(__annotations__)
    FIELDS = dict(__annotations__)  # name → kind (str, frozenset, dict, tuple)

    def __init__(self, **values):
        missing = [name for name in self.FIELDS if name not in values]
        unknown = sorted(set(values) - set(self.FIELDS))
        if missing or unknown:
            raise TypeError(f"Language {values.get('code', '?')}: missing {missing}, unknown {unknown}")
        for name, kind in self.FIELDS.items():
            value = values[name]
            if not isinstance(value, kind):
                raise TypeError(f"Language {values['code']}: {name} must be a {kind.__name__}, not {type(value).__name__}")
            if name in _KEYS and not set(value) <= _KEYS[name]:
                raise ValueError(f"Language {values['code']}: {name} has unknown keys {sorted(set(value) - _KEYS[name])}")
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError("a Language declaration is read-only")

    def __repr__(self) -> str:
        return f"Language({self.code!r})"
