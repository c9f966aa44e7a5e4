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
    loan_verb_endings: str          # "en", "a|are": endings this language puts on an English verb it borrows, making it one of its
                                    # verbs ("deployen", "deploya", "deployar"); "" where an ending would make English nouns verbs (fr "printer")
    loan_verb_prefixes: str         # "gegen|nach": separable prefixes before such a verb ("gegenchecken", "nachchecken")
    loan_verb_particles: str        # spec: "一下": what follows an English verb said as this language's verb ("check 一下")
    request_end: str                # spec: a request that ends the item, verb last ("…してください")
    request_carriers: str           # spec: ja "して", "みて": light verbs between a control word and the request ending ("リトライしてもらえますか", "やってみてください")
    ambiguous_verbs: frozenset      # verbs that are nouns too ("book", "email")
    loan_context_endings: tuple     # endings of a borrowed English verb that English words share too ("checker", "skippen", "skipea",
                                    # "printer"): read as that English verb only where the context says verb (before its object, beside an id)
    type_verbs: dict                # task type → leading verbs that decide it
    type_keywords: dict             # task type → spec of words that point to it anywhere in the item
    agent_words: str                # spec: "coding agent", "agente", "エージェント"
    delegate_verbs: str             # spec: "have", "pídele", "lass": verb + agent word = agent-delegation
    agent_particles: str            # spec: ja "に": after an agent's name, to whom the work goes ("Codexに直させて"); "" where a verb comes first
    roles: frozenset                # "the landlord", "la nounou", "der Hausmeister": a person named by a role (a message goes to them)
    name_titles: frozenset          # "madame", "seu", "don": a courtesy title; a person only when a capitalised name follows ("o seu cliente" is none)
    addressee_first: str            # spec: zh "给", "跟": an item opened by the person it is addressed to ("给老王发报价", "跟表姐说…")
    addressee_verbs: str            # spec: zh "发", "说": after that person, the verb that sends or says it (a message, not a lookup)
    recipient_words: frozenset      # "write to Léa", "escribe a Andrés": a written message, not a file
    message_that: str               # spec: "tell Ana that …": what follows is the message, its dates are not ours
    message_open_ends: str          # spec: zh "说一声", "发消息": a message clause ending so has said nothing yet; the clause after is what it says
    message_asks: str               # spec: zh "问一下": after such a message, the verb of what the message asks
    user_objects: str               # spec: zh "提醒我", "发给我": a verb with the user for its object, a request of its own (not the message's words)
    message_quoted_before: str      # spec: "…って送って": the message comes before it (from the last particle on)
    answer_verbs: frozenset         # a single question with these is answered, not queued
    vague_verbs: str                # spec: "sort out", "règle": the object decides what the work is
    vague_nouns: frozenset          # "thing", "truc", "lance": an object that names nothing
    day_words: frozenset            # "day", "jour", "Brückentag": a date named by what happens on it
    day_idioms: str                 # spec: "up to date", "à jour", "em dia": a day word in these names no day ("mets à jour le calendrier")
    # --- words moved from the rule modules (part A)
    # task types (classify.py)
    delegation_words: str           # spec: "delegate", "hand it off", "delegiere", "委托": the work is handed to an agent
    reminder_links: frozenset       # "to", "about", "an": after a time alone, what to be reminded of ("…, and every morning at 8 to take my pills")
    remind_others: frozenset        # "remind", "recuérdale": reminding someone else; on a recurring schedule a standing reminder, once a message
    reminder_starts: str            # spec: "remind me", "set a reminder", "recuérdame", "提醒": an item opened so is a reminder
    transform_verbs: frozenset      # "turn", "convert", "condense": with "into" (not code), the result is a file
    message_nouns: frozenset        # "email", "reply", "dm": the object of a write verb that makes it a message
    letter_nouns: frozenset         # "note", "mot", "Brief": a written piece that, addressed "to" someone, is a message
    draft_verbs: frozenset          # "draft": a letter drafted to someone is a document to review, not yet a message
    chat_places: frozenset          # "group", "chat", "channel": where a write verb "in" it posts a message ("write in the group that …")
    place_prepositions: frozenset   # "in", "into", "on": before such a place (German "in die Gruppe"; zh/ja put the place before the verb)
    weak_lookups: frozenset         # "check", "review": lookup verbs whose object decides ("check disk usage on the server" runs code)
    vague_things: frozenset         # "thing", "issue": after a vague verb and "the", an object that names nothing
    vague_tail: frozenset           # "out", "for me", "asap": words after "do it" that leave it vague
    not_content: frozenset          # pronouns, fillers, vague nouns: words that name nothing to act on ("see what's up with that thing")
    vague_verb_words: frozenset     # the words of the vague verbs ("deal", "care", "figure"): no content either
    file_nouns: frozenset           # "doc", "spreadsheet", "one-pager": "summarize it in a markdown file" makes a file …
    file_prepositions: frozenset    # … after these and "a"/"the" ("in", "into", "as")
    travel_nouns: frozenset         # "flight", "hotel", "table": booking one is a lookup, not an appointment
    # dependencies (depends.py)
    indirect_pronouns: frozenset    # "send me them", "schick ihm es": a person before the pronoun object of the verb
    phrasal_particles: frozenset    # "look it up", "send them back": a particle between the verb and its pronoun object
    definite_words: frozenset       # "the", "those", "los", "die": a definite noun phrase names what an earlier item made
    function_words: frozenset       # "and", "of", "it": words that are no noun of such a phrase (it ends there)
    generic_nouns: frozenset        # "thing", "time", "team": nouns too general to name what an earlier item made
    indefinite_words: frozenset     # "a", "some", "into": an indefinite mention brings the noun into being ("put them in a CSV")
    transaction_verbs: frozenset    # "book", "order", "renew": an earlier item of these …
    transaction_results: frozenset  # … has these for a result ("book a table … and send the confirmation")
    result_nouns: dict              # "summarize" → "summary", "übersetzen" → "übersetzung": what a verb makes, named later ("post the summary")
    send_verbs: frozenset           # "send", "schick", "mándale": a send whose object (or recipient first) may be what came before
    lookup_verbs: frozenset         # "check", "suche", "averigua": an earlier lookup whose result a definite send takes up
    to_the_user: frozenset          # "send me the options", "schick mir …": what the lookup found goes to the user
    send_to_words: frozenset        # "send to Bob", "schick an Lisa", "manda pra Ana": with recipient_words (not de's articles), to whom
    send_requests: str              # spec: ja "送って": a send verb last, with a recipient (に) and no object, sends what came before
    both_words: str                 # spec: "both", "the two": an item that waits for the two before it
    enclitic_objects: str           # regex fragment: es "mándaselas", "mandalo": an object pronoun written onto the verb
    hyphen_objects: str             # regex fragment: "envoie-le", "manda-os": an object pronoun after a hyphen
    infinitive_objects: str         # regex fragment: es "envolverlo", "mandarlo": an infinitive ending with its object pronoun
    producer_verbs: frozenset       # "write", "gather", "book": their object is new, later items call it "the X"
    superlatives: frozenset         # "the cheapest", "the top": a pick among the results of the item before
    position_words: frozenset       # "the top field", "the first floor": … but these before a noun name a place, no pick
    lookup_results: frozenset       # "the link", "the hours": what a lookup finds, sent on by a definite send
    # clauses, run-ons, list marks (clause.py, runon.py, lists.py)
    finite_verbs: frozenset         # "is", "has", "broke": a clause with one after its subject is a statement ("the fridge is empty")
    past_endings: frozenset         # "ed": a verb of the tables with it after its subject is a statement too ("Anna called")
    statement_openers: frozenset    # "if", "when", "unless": a clause opened so is no statement of its own
    news_openers: str               # spec: "we have a", "on a une", "hay un": a subject and its verb of having or lacking open news
    infinitive_endings: frozenset   # "-ar", "-re", "-en": a verb ending so is an infinitive, no dictated request of its own
    separable_particles: frozenset  # de "ruf Mama an", "räum auf": a separable verb particle ends a dictated request
    list_numerals: str              # characters: the numerals that number a list line ("一、查…", "二、写…")
    step_nouns: frozenset           # "step", "Schritt", "paso": the noun of a numbered step ("step 1 export …", "Schritt 2 braucht …
                                    # aus Schritt 1:"); before a number at a line's start it labels the item, elsewhere it names one
    # commands: notes and urgent marks (notes.py, priority.py)
    command_fillers: str            # spec: "please", "bitte", "por favor", "请": said around a command's ids, no note (with the softeners)
    note_adverbials: frozenset      # "retry T-04 for the demo", "… because the key expired": a note that starts like this needs no comma
    new_action_words: str           # spec: "please", "plus": with the joins and sequencers, words that open a new action after a note
    polite_words: frozenset         # "urgent, please", "紧急 请": words that may follow an urgent mark in a header
    # --- openers, framing, sign-offs
    greetings: str
    request: str
    capability_preambles: str       # spec: "not sure if you can do this, but", "if so,": a doubt whether we *can* (or a condition on it) is politeness before the ask
    restated_questions: str         # spec: "what can you do? like what sort of things …": a question opened so asks the one before again
    answer_conditions: str          # spec: "if so,", "wenn ja,": the ask after it hangs on the question before it, which is no task
    possibility_asks: str           # spec: "is it possible to", "wäre es möglich ,": after such a preamble, the ask itself
    help_only: str                  # spec: "can you help me?": asking for help names no work yet
    help_asked: str                 # spec: "your help", "suo aiuto", "sua ajuda": after a need frame, help with a topic names no work yet
    need_frames: str                # spec: "I need …", "help me with …": what follows is work asked for
    i_subjects: str                 # spec: "eu", "io": the subject "I" a need frame may follow ("eu preciso de …", "io ho bisogno di …")
    request_delegates: frozenset
    frame_pre: frozenset
    frame_nouns: frozenset
    framing: str
    other_matter: str               # spec: "something unrelated", "noch was ganz anderes", "不相关的": a frame ending a colon's head that
                                    # announces a request unrelated to the one before it ("…, and then something else: …")
    header: frozenset
    meta_verbs: str                 # spec: "do", "handle", "tratar": with meta_objects ("these", "the following", "disto") a line
    meta_objects: str               # spec: … that only introduces the work around it ("can you handle these?")
    meta_tail: frozenset            # words that may follow it ("for me", "pour moi", "per me")
    list_references: str            # spec: "this lot", "tout ça", "essa lista", "这些": a line next to a pasted list that points at it as its object ("order this lot on Tesco")
    list_takers: str                # spec: "take care of", "set up", "übernehmen": a verb that takes a pasted list's items as they are …
    list_refs: str                  # spec: … with "the ones", "the rest", "die offenen Punkte" (or meta_objects) pointing at them …
    list_ask_words: frozenset       # … and only these words besides ("that aren't ticked", "as recurring reminders"): no task of its own (list_asks.py)
    done_notes: str                 # spec: "done", "did this one", "hab ich schon", "hecho": a note after a list item's break that it needs no doing (done_items.py)
    sign_offs: str
    chit_chat: frozenset
    # --- words moved from the rule modules (part B)
    negations: frozenset            # "don't", "nicht", "别" just before a control verb: no command ("don't retry T-03")
    negations_after: str            # spec: after a control verb, refusing it ("キャンセルしないで", "annule pas T-03")
    command_hedges: frozenset       # words that may open a command's clause before its verb or ids ("maybe retry the failed ones?", "ok so T-04: …")
    queue_hedges: frozenset         # words a pause/resume clause may hold besides its fillers ("ok so pause", "can you resume")
    selector_ends: frozenset        # words that may follow a selector ("retry all blocked and …", "… please")
    selector_pronouns: str          # spec: "drop all of them": a pronoun after all-of is the selector's noun
    selector_places: str            # spec: "everything in the queue": where all-words point at the whole queue
    queue_nouns: frozenset          # "the queue", "la cola", "die Warteschlange": the queue itself as a selector
    request_questions: str          # spec: "can you …", "puedes …", "kannst du …", "能不能": a question that asks for work
    as_task: str                    # spec: "please add that as a task": a line that only asks to queue what came before
    asking_fillers: frozenset       # after "can you" these (and the answer verbs) still ask no work ("can you help …?")
    count_questions: str            # spec: "how many tasks are left?": with a queue noun and a count verb a status question, no how-to
    count_verbs: frozenset          # … the count verbs ("are", "remain", "left")
    pronoun_aux: frozenset          # auxiliaries that open a question only before a pronoun ("do you …", not "do the dishes")
    meta_alone: frozenset           # a meta object that introduces the list without a meta verb ("these:")
    sure_greetings: frozenset       # one-word greetings that count without punctuation after them (not "well water")
    tail_polite: str                # spec: "… please", "… bitte", "… 谢谢": politeness that comes off the end of an item
    strong_sign_offs: frozenset     # what a sign-off that comes off even after a word starts with ("… asap thanks!", 多谢)
    list_add_verbs: str             # "add milk to my list", "añade … a la lista", "füge … zur Liste hinzu": the verb, …
    list_add_preps: str             # … the word before the list ("to", "a", "zu"), …
    list_owners: str                # … its owner or article ("my", "la", "meine"), …
    list_names: str                 # regex fragment: … the list's name ("task list", "tareas", "Aufgabenliste"), …
    list_add_tails: str             # … and a verb particle after it ("hinzu"): the item is what comes between
    frame_add_verbs: frozenset      # "add:", "añade:": a verb that frames the items after it without a task noun
    frame_tail: frozenset           # words between the task framing and its colon ("add task for me:")
    plain_articles: frozenset       # "the", "a": an article after a leading time phrase ends it ("the deploy worked" states)
    status_determiners: frozenset   # words between a show-verb and the queue noun ("show me the current tasks"), besides determiners and all-words
    status_question_words: frozenset # words that open a status question ("what's pending", "qué hay", "was läuft"), besides question_words
    status_modals: frozenset        # a modal after the queue noun asks about something else ("what tasks would you suggest")
    status_that: str                # spec: "show me everything that's blocked": the relative before a state
    status_end_fillers: frozenset   # words that may end a status question ("… so far", "… right now please")
    still_words: frozenset          # "what's left still for …": a still-word after a status phrase, before what it is about
    id_question_words: frozenset    # "what is T-05 doing", "how is T-03 going": with an id a status question
    status_every: frozenset         # "show me everything that's blocked": an every-word before a state, besides the all-words
    status_things: frozenset        # "status of everything": words after a status topic that name the tasks
    piece_breaks: str               # spec: "and", "dann", "然后": a status question stops there (with the conjunctions of alphabetic scripts)
    cjk_queue_nouns: str            # spec: 任务, 队列: the queue's nouns in scripts without spaces, …
    cjk_status_asks: str            # spec: … with one of these (哪些, 状态, 吗) a status question, …
    cjk_show_verbs: str             # spec: … or opened by a show-verb (显示, 看看), …
    cjk_requests: str               # spec: … unless it asks for work (帮我, 添加, 提醒)
    part_openers: str               # "this morning", "por la tarde", "am Abend": words before a part of the day (alternatives)
    noun_determiners: str           # "the weekly report", "el informe": a determiner before a period word makes it an adjective (alternatives)
    adjective_articles: str         # "il report settimanale", "le rapport mensuel": an article, a noun, then the period adjective (alternatives)
    month_day_words: str            # "dia 15", "jour 1", "Tag 3": the day of a monthly schedule by its number (alternatives)
    every_other: str                # "every other Monday": a word between the every-word and the weekdays (alternatives)
    alternate_weeks: str            # "every other week", "jeden zweiten Mittwoch", "隔週": every second week, which no cron line says (alternatives)
    month_weekday_ordinals: str     # "the first Monday of the month", "毎月第1月曜": the ordinal of a weekday in its month (alternatives)
    deadline_clause_preps: str      # "before it expires on the 20th": the word before the date a deadline clause ends with (alternatives)
    object_articles: str            # "a table for the 14th": an article between the object cue and the date (alternatives)
    object_phrase_articles: str     # "for the kids party on saturday": the article of the thing named after the object cue (alternatives) …
    elided_articles: str            # … or its elided article ("pour l'anniversaire")
    date_articles: str              # "on Friday", "am Freitag", "el viernes", "no dia": a word before a date that the date rules drop (alternatives)
    day_number_articles: str        # "el 15", "am 3.", "o dia 8": before a bare day of the month (alternatives)
    ordinal_day_articles: str       # the same when the day is read from the matched date words, once date_articles came off (alternatives)
    describing_words: str           # "find out when the centre opens on Saturdays": after these a date describes, it does not schedule (alternatives)
    # --- questions
    question_words: frozenset
    question_particles: frozenset   # a final particle that makes a question without "?" (吗, か)
    question_aux: frozenset
    time_questions: str             # spec: "几点", "何時": asks for a time; a date before it in its clause is the question's ("明天几点起飞")
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
    then_at_end: str                # spec: "after", "después": ending an item, it waits for the one before ("… and restart the plex server after")
    then_after_first: str           # spec: zh "再": a "then" only after a first-word opened the sentence ("先…，再…"), else an "also"
    first_words: str                # spec: zh "先", "首先": the first-word that makes it so
    now_words: str                  # spec: "right now", "mientras tanto", "jetzt gleich": after a join, the next request is for now, not the schedule before
    conj: str
    clause_openers: str
    not_then_before: frozenset
    clitics: frozenset              # object pronouns written before the verb ("et lui envoyer", "e gli mandi")
    person_objects: frozenset       # "him", "ihm", "他": a person as the object ("…, remind him to …": the one just messaged)
    you_subjects: frozenset         # "tu", "você": the subject "you" before a request in the second person after "then" ("puis tu l'envoies")
    pronoun_objects: str
    # --- dependencies
    dep_before_id: str              # spec: "after T-03", "quand T-03 …": an existing task this one waits for
    dep_after_id: str               # spec: "T-01が終わったら", "T-01完成以后": the same, after the id
    reading_verbs: str              # spec: "go through", "revisa": reading is the first half of one job …
    digest_verbs: str               # spec: … whose second half ("summarize", "fass … zusammen") is the result
    digest_nouns: frozenset         # "summary", "riassunto", "resumo": an item that opens with one asks for a digest (of messages too: a lookup, none sent)
    report_back: str                # spec: "lmk", "avísame": telling the user is part of the same job
    call_verbs: str                 # spec: "call", "ruf … an", "電話して": a phone call is the first half of one job …
    call_asks: str                  # spec: … whose second half ("and ask if …", "und fragen, ob …", "问一下") is what the call is for
    fallout_fixes: str              # spec: "…and fix whatever breaks", "y arregla lo que se rompa": fixing what the first half breaks is part of the same job
    keep_as: str                    # spec: "save it as", "guárdalo como": keeping the result in a file is part of it too
    corrections: str                # spec: ", no wait,", ", nein, doch lieber", ", non, plutôt": what follows replaces what came just before
    apologies: str                  # spec: "sorry", "perdón", "scusa": before a lone id after a command ("…. sorry, T-8") it takes the command's ids back for that one
    retractions: str                # spec: "scratch that", "olvídalo", "算了": what came just before is withdrawn
    otherwise: str                  # spec: "otherwise", "sinon", "否则": a plan B that hangs on how the first step went
    condition_ends: str             # spec: "的话": a mark that closes a condition written before its request ("没回的话就催一下"); "" where conditions open with their word ("if", "wenn")
    hedges: str                     # spec: "maybe", "or not, I don't know", "vedi tu": the user is not sure what they want
    whether_alternatives: str       # spec: "or not", "oder nicht", "ou pas": a hedge that, in a clause an if/whether word opened, is
                                    # that question's other half ("check if the quote includes GST or not"), no hedge; "" where none
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
    id_or_words: str                # spec: "T-44 or T-45", "T-3还是T-4", "T-3かT-4": between two ids, one of them is meant and the user is not sure which (id_alternatives.py)
    id_task_words: frozenset
    id_frames: str                  # "任务4", "第7个任务", "タスク7", "7番のタスク": a task named by its number (N) in a frame of a script
                                    # without spaces, the id T-07 (alternatives; alphabetic scripts say "task 7": id_task_words)
    id_fillers: frozenset           # words between a control verb and its ids
    id_dash_words: frozenset        # "T dash 5", "T tiret 33", "T ハイフン 66": the dash said aloud between T and its number
    cardinals: dict                 # a task number said aloud ("task sixty five", "Aufgabe zwölf", "タスク六十五"): units, teens and
                                    # tens (and 十/百 as multipliers in CJK) → value; compounds are read by spoken_ids.py
    cardinal_joiners: frozenset     # "vingt et un", "quarenta e dois", "einundzwanzig": the word between tens and units
    # --- control commands: verb → spec before the ids / after the ids (both word orders)
    control_before: dict
    control_after: dict
    control_needs_after: frozenset  # openers that mean their verb only with an "after" part
    control_alone: dict             # verb → spec: openers of control_needs_after that, with no after part, still mean
                                    # this verb ("passe T-18" skips it; "passe T-18 en premier" makes it urgent)
    softeners: str                  # spec: "salta pure", "mach ruhig", "go ahead": a word that softens a command, like "please"
    verb_complements: str           # spec: zh "掉": a particle that completes a verb, also another language's ("T-21 cancel掉")
    note_openers: str               # spec: "retry T-04 with …", "réessaie T-14 avec …": a note for the next attempt
    # --- steering (issue 14): answer / urgent take ids (control_before/after); pause / resume the queue
    answer_leads: frozenset         # "for T-04: use the staging db": words before "T-NN:" that make it an answer
    group_words: str                # spec: "pause group deploy", "le groupe deploy", "deploy组"
    queue_fillers: str              # spec: every other word a pause/resume clause may hold ("the queue", "for now")
    group_topic_heads: str          # spec: "tout ce qui concerne", "lo de", "le attività del": after a pause/resume verb, a group named by its topic follows
    group_topic_tails: str          # spec: "the fundraiser stuff", "the Xmas tasks", "フードバンク関係": a group named by its topic before them
    group_topic_suffixes: frozenset # "Umzugssachen": the end of a compound whose first part names a group by its topic
    reasons: str                    # spec: "pause everything because …", "pausa todo que …": the user's reason, no part of the command
    reason_ends: str                # spec: ja "だから", zh "所以", "so": the user's reason before a command ends ("運転中だから全部一時停止して")
    deferrals: str                  # spec: zh "再说", ja "また今度": a clause ending so after a pause puts it off (the user's plan, no task)
    waits: str                      # spec: "waiting for", "等", "bis", ja "まで" (last): a clause opened (ja: ended) so after a pause says what it waits for, no task
    copulas: str                    # spec: zh "是", ja "だった": "啊不是，是T-144", "じゃなくてT-84だった": around the ids a correction names
    mistake_words: str              # spec: zh "写错了", ja "間違えて": a clause after a command saying it was a mistake gives its reason, no task
    own_plans: str                  # spec: "pause all, I need to …", "…, ich muss erst …": the user's own plan after a pause is its reason, no task
    needed_by: str                  # spec: "T-05 is urgent, I need it by tonight": a need and a time after a command is its reason, no task
    urgent_marks: str               # spec: "urgent: …", "do this first: …": a task at high priority
    # --- status requests
    status_words: dict
    status_any: str                 # spec: "anything", "algo", "quelque chose": a question about any task
    there_is: str                   # spec: "are there", "y a", "ci sono", "há": a question whether something exists; with a state or a queue noun ("y a des tâches bloquées ?") it asks about the queue
    finish_asks: str                # spec: "did", "has", "is": the opener of a yes/no question whether one task finished ("did the B&B search ever finish?")
    finish_states: str              # spec: "ever finish", "gone through", "done": that question's last words, a finished state
                                    # (its opener may be left out where a "?" makes the statement ask: "le deploy d'hier est passé ?")
    finish_first: str               # spec: "ya terminó", "já acabou", "è finita": the finished state said before the task's name in
                                    # such a question ("¿ya terminó lo de los wishlists?"); "" where the state comes last
    product_nouns: str              # spec: "the best app for tasks" asks about software, not our queue
    status_show: frozenset
    status_nouns: frozenset
    request_nouns: frozenset        # "richieste", "pedidos": after the user's possessive, what they asked for is the queue ("a che punto siamo con le mie richieste?")
    status_topic: frozenset
    status_phrases: str
    status_progress: str            # spec: "t'en es où", "où on en est": a status phrase asking the agent's progress, whatever follows it ("… avec le dossier APA")
    how_went: str                   # spec: "com'è andata", "como ficou", "how did": how something went, asked …
    work_nouns: frozenset           # … of the agent's work ("la ricerca", "a busca", "the booking"): a question about the queue
    of_words: frozenset             # "status of …", "stato dei task", "status das tarefas": what a status topic is about
    possessives: frozenset          # "email the couple our setlist": the user's own thing, not what an earlier step found
    determiners: frozenset          # "the", "les", "meine": words between "all" and the status
    relative_that: str              # spec: "all that is pending", "tout ce qui est en attente"
    relative_ends: str              # spec: de "ist|sind": the verb that closes a relative after its state ("alles, was blockiert ist")
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
    meal_deadlines: dict            # "lunch" → 12, "午饭" → 12: a meal whose hour a deadline cue before it ends ("before lunch", "antes del lunch", "午饭前")
    workday_ends: str               # spec: "下班", "定時", "EOD": the end of the working day, a deadline (17:00) only with a before-word after it
                                    # ("下班前", "金曜EODまでに"; "下班后" is a start); CJK, where a date runs into it; "" elsewhere (period_ends: "Feierabend")
    current_periods: dict           # "this week" → "week", 今週, 这周: the period we are in, a deadline after a deadline cue ("entro questa settimana"); in CJK with a within-word after it (今週中に, 这周内)
    time_words: frozenset           # more words that signal a time ("eod", "deadline", "uhr")
    time_fillers: frozenset         # function words inside a leading time phrase ("the", "a las", "um")
    time_characters: str            # characters that signal a time in scripts without spaces
    plural_day_articles: str        # "los lunes", "às segundas": a weekday with these recurs
    subordinators: str              # "whether|if|wann|qué": a date after them is what is asked about …
    topic_words: str                # spec: "a haiku about mondays", "un poème sur les lundis": the weekdays are the topic
    demonstratives: frozenset       # "celui qui arrive avant 10h", "quello che parte domani": a pronoun that names the thing a relative clause describes
    relatives: frozenset            # "a physio who works saturdays", "un fisio que atienda los sábados": the weekdays of a relative clause are the thing's
    availability: str               # "a teacher free on tuesday evenings", "un prof dispo le mardi soir": when the thing is available
    state_verbs: str                # … and after "open|abren|öffnet": it describes when something is, not our task
    every_words: str                # "every|each": a recurring schedule
    clock_words: str                # "at|um|à": before a clock time
    clock_hours: dict               # "ocho" → 8: an hour said in words after this language's clock words ("a las ocho", "às nove")
    clock_phrases: dict             # "quarter to {h}" → -15, "{at} {m} past {h}" → 1: a clock said in words, minutes from the hour (clock_phrases.py)
    clock_numerals: dict            # "nine" → 9, "twenty" → 20: the hours and minutes those phrases say in words
    street_words: frozenset         # "lane", "straße", "rue": a bare number a clock word puts before such a street is a house number ("at 14 Mill Lane")
    clock_format: str               # "{h}:{m:02d}": the clock the phrase is written as for the schedule rules
    afternoon_clock: frozenset      # "at": after these "6:30" is the afternoon (12-hour chat); "um 6:30" is 06:30
    in_words: str                   # "in|dans|tra": before a delay ("in 2 hours") — a start
    from_now_words: str             # "from now": after a delay, its start ("20 minutes from now"); no "in" before it
    deadline_hours: str             # "prima delle|antes de las|antes das": a deadline cue with the article of an hour ("prima delle 18")
    deadline_after: str             # "lundi au plus tard", "friday at the latest", "Montag spätestens": after the date, it makes a due date
    about_words: str                # "about|unos|umas|etwa|environ|circa": an about-word before the number of a delay ("in about 20 minutes", "en unos veinte minutos")
    half_words: str                 # "half an|media|meia|mezz": half of the time unit right after it ("in half an hour", "en media hora", "tra mezz'ora")
    meal_starts: dict               # "after lunch" → 14, "después de comer" → 15, "nach Feierabend" → 18, "吃完午饭" → 13: after a meal or the
                                    # working day, a start at about that hour (no word that is also a verb: "then work on …" stays a step)
    deadline_cues: str              # "by|before|bis|avant": a due date
    span_cues: str                  # spec: "for", "durante", "pendant": before a length of time ("pause everything for two weeks"): how long, no task words
    start_cues: str                 # "after|from|après": a start (not before)
    source_cues: str                # "the erg scores from tuesday": a start cue that, after a noun, says where the thing is from
    since_cues: str                 # "since|desde|seit|depuis|da": "since" (a start cue or not): in a statement, a time that has been
    booking_verbs: str              # spec: "予約", "订": in CJK a date right before a booking ("土曜日の夜に…予約して") is the booking's; in Latin scripts
                                    # one after the object of a booking verb that opens the item ("book a table … on Tuesday evening")
    object_cues: str                # "for|para|pour": a date that belongs to the object, not to the task
    reminder_nouns: frozenset       # "reminder", "recordatorio": a reminder's own day after that cue is when it goes off
    purpose_leads: frozenset        # "for the handover on the 29th can you write …", "zur Übergabe schreib mir …": a for-word opening
                                    # the purpose of the ask before it; the ask still asks (late_request.py); empty in zh/ja
    event_nouns: str                # spec: "meeting", "réunion", "打ち合わせ": a thing that takes place at a time …
    schedule_verbs: str             # spec: … and "schedule", "planifie", "fissa", "予定に入れ": putting one on the calendar is
                                    # done now (reminder-scheduling), the date after the event is the event's
    calendar_nouns: str             # "calendar", "Kalender", "agenda": an item that puts a thing in (or reads it from) the calendar;
                                    # the dates and hours after its verb are the entry's, not a start (calendar_entries.py)
    # --- chat about the assistant, and asking whether work can be done (mode.py, chat_only.py)
    ability_asks: str               # spec: "…ことはできますか", "…可以吗": a question ending that asks whether the work before it can be done; after a work verb, a request
    capability_asks: str            # spec: "what can you do", "你能做什么", "何ができますか": a question about what the assistant does, no work
    only_alternatives: str          # spec: "or only", "ou só", "还是只": "can you hear voice notes or only read text?" asks what the assistant can do
    preamble_openers: str           # spec: "不知道你能不能", "听说你可以", "i've heard you can": an item so opened that names no work is a preamble (preamble.py)
    example_leads: str              # spec: "like", "z. B.", "比如": a sentence so opened after a question about the assistant only names examples of what it asks about
    order_heads: str                # spec: "in order", "der Reihe nach", "順番に": a line of only this above a list says how to take it, no task (list_asks.py)
    praise_words: str               # spec: "助かった", "太有用了": thanks for work done; a message of nothing else is chat
    self_words: frozenset           # "me", "yo", "eu", "我", "私": the speaker; in pasted minutes an owner so named is the user (owners.py)
    owner_labels: frozenset         # "ACTION", "Responsable", "担当": a word before an action item's owner in minutes ("ACTION Phil: …")
    name_suffixes: frozenset        # ja "さん", "様": an honorific after an owner's name ("佐藤さん")
    mail_greetings: frozenset       # "dear", "hola", "sehr geehrte", "您好", "皆様": a pasted mail's first line opens (or, CJK, ends) with one (mail.py)
    mail_closings: frozenset        # "kind regards", "un saludo", "mit freundlichen grüßen", "祝好": the line before a pasted mail's signature
    mail_headers: frozenset         # "from", "asunto", "betreff", "件名": "Header:" lines of a forwarded mail
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
