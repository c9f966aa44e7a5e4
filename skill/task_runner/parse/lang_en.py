"""English word tables. Plain data only: phrase specs (see phrases.py for the syntax) and word
sets; the rule modules build their lookup tables from these once at import.
"""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="en",
    # --- masking (small regex fragments) -------------------------------------------------------
    dotted_abbreviations=r"e\.g\.|i\.e\.|a\.m\.|p\.m\.|u\.s\.(?:a\.)?|u\.k\.|z\.b\.|d\.h\.|u\.a\.|p\.ej\.|n\.b\.",
    # Titles before a name: their full stop never ends a sentence.
    title_abbreviations=r"dr|mr|mrs|ms|mx|prof|sr|sra|srta|hr|fr",
    # Other abbreviations: their full stop ends a sentence only when an imperative verb follows ("Elm St. Renew …").
    short_abbreviations=r"jr|st|mt|ft|vs|approx|inc|ltd|corp|co|nr|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|bzw|usw|str|ca|ave|blvd|dept|est|min|max|no",
    # --- imperative verbs: a clause that starts with one of these is an action item ------------
    verbs=frozenset("""
    shut switch unplug
    revoke
    txt lmk
    add adjust alert analyse analyze annotate answer apply approve archive arrange ask assemble assess assign
    attach attend audit automate back backup bake benchmark bill block book brainstorm browse build
    buy calculate calendar call cancel capture change charge chase check choose clean cleanup clear clone close
    collect comment commit compare compile complete compose compress compute configure confirm connect
    consolidate contact convert cook copy correct count cover craft create crop curate cut dm debug
    decide declutter delete deploy describe design detect digest disable dispatch document double-check download draft
    draw dump edit email e-mail enable encrypt enroll estimate evaluate examine execute expand explain
    explore export extract fax feed fetch figure file fill filter finalize find finish fix flag follow
    format forward gather generate get give go google grab grep handle help hire identify implement import
    improve inform install investigate invite invoice iron kick kill label launch learn lint list load
    locate lock log look mail make map measure merge message migrate mock monitor move mow notify
    note open optimize optimise order organise organize outline pack patch pay pick ping plan play
    plot polish post prep prepare present price print prioritize process produce profile proofread
    prune publish pull purchase push put query read rebase rebuild reboot recap reconcile record recover
    redeploy reformat refactor refresh register reinstall release reload remind remove rename renew
    reorganize repair replace reply report reproduce request rerun research reschedule reserve reset resize
    resolve respond restart restore resubmit retrieve return review revise rewrite rotate run save scan
    schedule scrape screenshot search select sell send set setup share ship shop shorten shortlist
    sign simplify slack snooze sort source spin split start stash store study submit subscribe suggest
    summarise summarize sweep sync take tally tell test text tidy track trade train transcribe
    transfer translate triage trim troubleshoot tweet type unpack unsubscribe update upgrade upload
    validate vacuum verify visit walk wash watch water whatsapp wipe write zip break bump chart clarify coordinate dedupe de-dupe dedup delegate dig double drop exchange graph hand
    invite jot knock memorize mop notify outline pair pitch proof rank reach recheck reconfigure redesign
    reread rework ring scope scribble skim sketch snap spot-check stage swap tag tally tighten top transfer
    tune turn unblock uninstall unlock vacuum vet weed wire free empty prune purge let rebook show display
    retry redo skip postpone resume reopen
    """.split()),
    loan_context_endings=(),
    ambiguous_verbs=frozenset("""
    back book calendar call charge check comment cover cut document draft dump email e-mail fax file
    flag list lock log mail map message mock note order pack patch plan play plot post present price
    print process profile record report request return review schedule screenshot set ship sign slack
    source store study text time trade train type watch water
    """.split()),
    clitics=frozenset("".split()),
    person_objects=frozenset("him her them".split()),  # "text the landlord, remind him to …": the message itself
    you_subjects=frozenset("you u".split()),
    pronoun_objects="it|them|that|those|him|her|em|'em|the lot|the lot of them",
    # --- openers, framing, sign-offs ----------------------------------------------------------
    greetings=(
        "quick q|quick question|quick qn|quick one|one question|hi|hey|hello|yo|hiya|howdy|heya|sup|good morning/afternoon/evening|morning|evening|ok|okay|k|alright|all right"
        "|um|umm|uh|hmm|well|so|hey/hi there|dear|team|guys|folks|buddy|friend|bro|bruh|dude|mate|yaar|bot|assistant|claw|openclaw"
        "|dictating this? while driving/walking/cycling so? bear with me?|dictating this? while driving/walking/cycling"
        "|dictating this? so bear with me|dictating this? in the car/taxi/cab/bus/train/uber|so? bear with me|dictating this? in the car/taxi/cab/bus/train/uber so? bear with me?"
        "|take/write/jot/note this down ,? i'm/im driving/walking/cycling|take/write/jot/note this down ,? i'm/im in the car/taxi/cab/bus/train|take/write/jot/note this down ,? i'm/im on the bus/train/road"
        "|right so/then/ok/okay|ok/okay/alright/well so|so yeah|ok/okay right"  # "right so tomorrow at 7 text …": two words, never content
        "|sorry to bother/bug/trouble/disturb/pester you again?|sorry for the bother/trouble/interruption|apologies for the bother/trouble/interruption|sorry to be a pain"  # "sorry to bother you, can you …": an apology before the ask asks nothing
    ),
    # Request openers stripped from the front of an item (the action follows them).
    request=(
        "can/could/would/will you/u/ya please/pls/also/just/quickly/maybe?|can/could help me to?|would/do you mind|mind"
        "|would it be possible to|is it possible to have/get you to?|is it possible for you to|would it be possible to have/get you to?|would it be possible for you to"
        "|would it be ok/okay/alright/fine to|would it be ok/okay/alright/fine if you|is it ok/okay/alright/fine if you|would you be so kind as to|it would be great/nice/awesome/lovely/helpful if you could|it 'd be great/nice/awesome/lovely/helpful if you could|it'd be great/nice/awesome/lovely/helpful if you could|i 'd love it if you could|i'd love it if you could|i would love it if you could|i was wondering if you could/can|i wonder if you could|could/can i ask you to|may i ask you to"
        "|i 'd/would like/love you? to|i'd like/love you? to|i need/want you? to|i also need/want you? to|we need/have/want to"
        "|what 's left is to|what is left is to|it remains to|you still need to|you need/have to|need you? to|i have to|i 've got to|i've got to|i gotta|gotta|i must|i should|you should|we should"
        "|remember to|don't/dont forget to|do not forget to|make sure to|be sure to|note that you need to|note down that you need to|write down that you need to|make a note to|take/make a note :|write/note/jot this down :|note/write down :|go ahead and|try to|help me to?"
        "|let 's|lets|let us|i 'm going to need you to|i'm going to need you to|i 'd appreciate if you could|would you be able to"
        "|just|also|please|pls|plz|kindly|quickly|now|oh|btw|by the way|and|or|but|so|plus|pretty please|if you can|when you can"
        "|add/create/make/queue a/another/one more? task/todo/reminder to|add/create/make/queue a/another/one more? new task to"
    ),
    # Request openers that mean "you, do this" (delegation), not filler.
    capability_preambles=(
        "not sure if/whether you can/could do/manage this/that/it ,? but|i 'm/am not sure if/whether you can/could do/manage this/that/it ,? but"
        "|i'm not sure if/whether you can/could do/manage this/that/it ,? but|i don't/dont know if/whether you can/could do/manage this/that/it ,? but"
        "|i do not know if/whether you can/could do/manage this/that/it ,? but|no idea if/whether you can/could do/manage this/that/it ,? but"
        "|not sure if/whether you can/could help with this/that ,? but|i don't/dont know if/whether you can/could help with this/that ,? but"
        "|not sure if/whether this/that is/'s possible ,? but|no idea if/whether this/that is/'s possible ,? but|i don't/dont know if/whether this/that is/'s possible ,? but"
        "|this/it may/might be a silly/stupid/dumb/daft question ,? but|sorry if this/it is/'s a silly/stupid/dumb/daft question ,? but"
        "|this/it may/might be beyond you ,? but|not sure this/that is/'s something you can/could do ,? but"
        "|if you can ,|if that 's/is possible ,|if it 's/is possible ,|if possible ,|if that works ,"
    ),
    restated_questions="like|i mean|as in|in other words|or rather|that is",
    answer_conditions="if so ,|if yes ,|if that 's/is the case ,|if that 's/is right ,|if it does ,|if you do ,",
    possibility_asks="is it possible to|would it be possible to|is there a way to|is there any way to|could you possibly|can you possibly",
    help_only="help|help me|help me out|help out|do me a favor|do me a favour|do me a quick favor|do me a quick favour",
    help_asked="your/some help with/on/for?|a hand with?|a favor|a favour",
    need_frames="i need|i need help with|help me with|help me|i'd like|i would like|i want",
    request_delegates=frozenset("it it'd is can could would will i i'd need we you mind remember don't dont do make be go help let lets".split()),
    i_subjects="",  # the need frames hold their subject already
    # Task framing before a colon or dash ("add task:", "new tasks -", "todo:"), read word class by word class.
    frame_pre=frozenset("add new create another quick a an the these this some following one more".split()),
    frame_nouns=frozenset("task tasks todo todos to-do to-dos item items reminder".split()),
    # Words that make even a single item a request to queue.
    other_matter="something/anything else|something/one unrelated|another/one more thing|a/one/another/totally/completely separate/different/unrelated thing/one",
    framing=(
        "task|tasks|todo|todos|to-do|to-dos|task list|todo list|to-do list|queue|backlog|my list"
        "|do this/these/that/it/the for me|do the following for me|handle this/these/that|handle the following"
        "|take care of this/these/the|work on this/these/the|i need you to|i want you to|i 'd/would like you to|i'd like you to"
        "|help me with|can you do this/these/that/something|get this/these done|in the background|when you get/have a chance/minute/sec"
        "|i need to|i have to|i 've got to|i've got to|i gotta|i must|need to"
    ),
    # Words that mark a line as introducing what follows ("Help me with these:").
    meta_verbs="please/pls/just/also? do/handle/tackle/finish/queue/add|please/pls/just/also? take care of|please/pls/just/also? work on|please/pls/just/also? help me? with|please/pls/just/also? sort out?|please/pls/just/also? deal with",
    meta_objects="all? of? these/this/those/them|the following|following|the list|my list|all of this|these/those/some things/tasks/items/errands|a? few/couple/some/two/three/four/five/several/bunch/more/other of? more? things/tasks/items/stuff/errands/jobs/bits|a couple of things",
    meta_tail=frozenset("for me please today tonight now pls asap real quick when you can out".split()),
    list_takers="take care of|sort out?|deal with|handle|do|queue up?|add|put in?|set up?|schedule|work on|turn into tasks?|make into tasks?|get on with|sort|tackle|go through|action",
    list_refs="ones|others|rest|the ones|the one|the others|the other ones|the rest|the rest of it/them|what 's left|what is left|whatever 's left|whatever is left|whatever 's/is still? open/left|what 's open|what is open|what 's still open|what ’s left|everything|all of it|all of them|the lot|this lot|them all|these ones|those ones|them",
    list_ask_words=frozenset("'re a all already are aren't as both checked crossed daily done for from hasn't haven't i i've in into is isn't items left list lists marked me monthly my n't not now off on open please pls recurring remaining reminder reminders repeating still struck task tasks that the through ticked to todos unchecked unticked up we weekly which who yet".split()),
    done_notes="actually/oh/ah/no/nope/already/all? ,? done|done already|already done|all done|did this/that/it one?|did this/that/it one? already|already did this/that/it one?|i did this/that/it one?|i've done this/that/it one?|i 've done this/that/it one?|i have done this/that/it|done that|sorted|sorted already|already sorted|got this/that/it one? already|have this/that/it one? already|actually/oh/no? ,? scrap/skip/drop this/that one?|actually/oh/no? ,? i 'll/will do this/that/it one? myself|actually/oh/no? ,? i'll do this/that/it one? myself|doing this/that/it one? myself|not needed|no longer needed|not needed anymore|cancelled|canceled|ticked|ticked off|crossed off|completed",
    list_references="this lot|the lot|this list|the list|my list|that list|these|those|this stuff|all this|all of this|all of it|all that|all of that|everything|it all|them all|the above|the following|this|that|it|them",
    header=frozenset("""these this following below list lists things stuff items task tasks todo todos to-do to-dos errands
    chores today tonight tomorrow week plan agenda priorities here here's add queue""".split()),
    sign_offs=(
        "thanks|thank you/u|thanks so much|thank you so much|thanks a lot/ton|thanks in advance|thanks again|thanks buddy/man/mate"
        "|thx|tx|ty|tysm|tyvm|cheers|much appreciated|appreciate it|you 're/are the best|you're the best|you 're/are a star"
        "|that 's/is all/it/everything|that's all/it/everything|thats all/it/everything|that 's/is all/it for now/today|that's all/it for now/today"
        "|nothing else|nothing else rn/now/today|nothing else for now|nothing else right now|ok? ttyl|later|bye|cya|no rush|no hurry"
        "|whenever|when you can|asap|love you|have a good/nice/great day/one/weekend|should be it/all|that should be it/all"
        "|lmk|let me know|i think|for now"
    ),
    chit_chat=frozenset("""thanks thank you thx ty cheers back great awesome cool nice perfect ok okay k got it sounds good looks
    great lol haha hahaha hi hey hello good morning night evening how are what's up sup yes no yep nope sure bye job well online
    done love nice work that is this was amazing wow brilliant excellent appreciated much 's it great!""".split()),
    # --- words moved from the rule modules (part B)
    negations=frozenset("don't dont not never no hasn't haven't hadn't didn't doesn't isn't wasn't".split()), negations_after="", selector_ends=frozenset("and please pls now".split()),
    command_hedges=frozenset("hmm hm um uh maybe perhaps ok okay so please pls just also and oh can could you u we let 's".split()),
    queue_hedges=frozenset("hmm hm um uh ok okay so please pls just oh hey can could would will you u we let 's".split()),
    selector_pronouns="of them/those/these", selector_places="in/on/from the/my/our? queue/list/backlog/tasks",
    queue_nouns=frozenset("queue".split()), request_questions="can/could/would/will you/u|would you mind",
    as_task="please? add/put/queue/save/make/keep that/this/it/these/them as a/an task/todo/reminder|please? add/put/queue/save that/this/it/these/them to the/my queue/list/tasks/todos",
    asking_fillers=frozenset("help please pls just also maybe you".split()), count_questions="how many/much",
    count_verbs=frozenset("are is do remain left have".split()), pronoun_aux=frozenset("do did have had".split()),
    meta_alone=frozenset("these".split()), strong_sign_offs=frozenset("thank thx ty tysm tyvm cheers".split()),
    sure_greetings=frozenset("hi hey hello yo hiya howdy heya ok okay alright um umm uh hmm".split()), cjk_requests="",
    tail_polite="please|pls|plz|thanks|thx|now|asap|real quick|quickly|pls thx|please thanks", list_owners="my|the|our",
    list_add_verbs="add|put|queue", list_add_preps="to|on|in|into", list_add_tails="", piece_breaks="and|also|then",
    list_names=r"task\s*list|tasks?|queue|to-?do(?:\s+list)?|list|backlog", frame_add_verbs=frozenset("add".split()),
    frame_tail=frozenset("for me today please".split()), plain_articles=frozenset("the a an".split()),
    status_determiners=frozenset("the my our all of current a an any me us up quick short brief whole entire full".split()),
    status_question_words=frozenset("what 's is whats wats what's which how how's any anything are is has have did where was".split()),
    status_modals=frozenset("would should could can will do does did might may must shall to".split()),
    status_that="that 's|that is|that are|which is|which are|that|which|are|is|still|already|been|have been|has been|currently",
    status_end_fillers=frozenset("please pls now yet right now so far today again".split()), cjk_queue_nouns="",
    still_words=frozenset("still".split()), status_every=frozenset("everything anything whatever what".split()),
    id_question_words=frozenset("what how where which who what's how's".split()), cjk_status_asks="", cjk_show_verbs="",
    status_things=frozenset("everything things stuff todo everything's".split()), part_openers="in the|this|at",
    noun_determiners="the|a|an|my|our|your|their|his|her|its|this|that|these|those", adjective_articles="",
    month_day_words="", every_other="other|second|alternate", alternate_weeks="every other|every second|every alternate|alternate weeks|every two weeks|every 2 weeks|every fortnight|fortnightly|biweekly|bi-weekly|once a fortnight",
    month_weekday_ordinals="first|second|third|fourth|last", deadline_clause_preps="on", object_articles="the",
    object_phrase_articles="the", elided_articles="", date_articles="on|the", day_number_articles="",
    ordinal_day_articles="the", describing_words="that's|which|who|whose|open|opens|closed|closes",
    question_particles=frozenset("".split()),
    question_words=frozenset("""what what's whats wats who who's whom whose when when's where where's why which how how's hows
    is are was were isn't aren't wasn't any anyone""".split()),
    # Auxiliaries that open a question only with a subject after them ("do you …" but "do these …" is an order).
    time_questions="",
    question_aux=frozenset("""do does did should shall would will has have had can could may might must don't doesn't
    didn't won't wouldn't shouldn't can't couldn't haven't hasn't""".split()),
    subjects=frozenset("you u i we they he she it there anyone anybody someone that this my our the your their his her".split()),
    pronoun_subjects=frozenset("you u i we they he she it there anyone anybody someone".split()),
    how_to=(
        "how do/does/can/could/should/would/might/did|how to|how is it supposed to|what 's/is the best/right/easiest/fastest/proper/correct way"
        "|what's the best/right/easiest/fastest/proper/correct way|is it possible|is there a way|can you explain|explain to me? how/what/why"
        "|what happens if/when|what 's/is the difference|what's the difference|why do/does/did/is/are|what does|what do you mean"
        "|how many|how much|how long|how often|what is a/an|what 's a/an|what's a/an"
        "|show/tell/teach me how|walk me through how?|can you show/tell/teach me how|help me understand"
    ),
    example_markers=(
        "for example|for instance|e . g .|eg|such as|like this|example :|examples of|an example|sample|something like|look like"
        "|looks like|template"
    ),
    web_search="google|bing|search the? web/online/internet/google? for?|search for|search|look up|lookup|web search",
    reminder_only="remind me|set a/an/me reminder/alarm/timer|set a/an reminder/alarm/timer|wake me|ping me|nudge me",
    # Verbs whose single-item question is answered in a sentence, not queued.
    type_keywords={
        "messaging": (
            "email|e-mail|emails|dm|whatsapp|sms|slack|telegram|imessage|text message|voicemail"
            "|let me/him/her/them/us/everyone know|reach out|get back to|send|sends|reply|forward"
            "|notify"
        ),
        "reminder-scheduling": "remind|reminder|reminders|alarm|timer|calendar|appointment|reschedule",
        "code-execution": (
            "script|scripts|command|terminal|shell|bash|zsh|python|node|npm|pip|pytest|cargo|git|repo"
            "|repository|docker|container|kubernetes|k8s|ssh|cron|crontab|server|servers|database|db"
            "|sql|query|api|endpoint|deploy|deployment|pipeline|ci|build|bug|bugs|code|log|logs|disk"
            "|cpu|memory|systemd|nginx|apache|test|tests|staging|prod|production|etl|job|backup|backups"
            "|migration|dependencies|env|terraform|vpc|s3|dns|ssl|port|branch|pr|crash|crashes|crashed"
            "|error|errors|stack trace|load test"
        ),
        "file-creation": (
            "file|files|document|doc|docs|docx|pdf|csv|spreadsheet|excel|sheet|markdown|md|txt|json|xlsx|xls|pptx|ppt|odt|ods|png|jpg|jpeg|svg|html"
            "|slide|slides|deck|presentation|report|memo|letter|essay|article|blog post|outline"
            "|template|readme|notes|write-up|writeup|proposal|resume|cv|invoice|chart|graph"
            "|diagram|list|checklist|newsletter|poem|itinerary|bio|agenda"
            "|poster|posters|flyer|flyers|leaflet|leaflets|brochure|pamphlet|banner|invitation|invitations"
        ),
        "agent-delegation": "agent|agents|claude|codex|opencode",
    },
    agent_words="agent|agents|subagent|sub-agent|subagents|claude|claude code|codex|opencode|gpt|copilot|cursor|gemini|bot|assistant|worker|coding agent|coding-agent",
    delegate_verbs="have|get|ask|let|tell|make|assign|hand|give",
    agent_particles="",
    roles=frozenset("boss manager team wife husband partner mom dad mum landlord client clients accountant lawyer doctor friend friends colleague colleagues neighbor neighbour coworker teacher aunt uncle grandma grandpa granny nan cousin auntie doorman concierge".split()),
    name_titles=frozenset("mr mrs ms miss mister".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("to".split()),
    message_that="that|saying|to say|telling them|telling him|telling her|so she|so he|so they|so we|to confirm",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset("""tell explain define describe recommend suggest give show translate say name guess imagine
    spell rephrase paraphrase answer convert calculate""".split()),
    # --- sequencing ------------------------------------------------------------------------------
    seq_then=(
        "→|⇒|then|and then|after that|afterwards|afterward|after this|once that 's/is done/finished/complete|once that's done/finished"
        "|once done|when that 's done|when done|subsequently"
    ),
    seq_also="and separately|separately|and also|also|plus|additionally|as well|in addition|oh and|another thing|and instead|instead|and while you're at it|while you're at it|and while you are at it|while you are at it|totally separate thing|completely separate thing|separate thing|totally unrelated|completely unrelated|something unrelated|unrelated thing|totally different thing",
    now_words="at the same time|at the moment|right now|right away|straight away|in the meantime|meanwhile|now|immediately|while you're at it|on the side",
    then_at_end="after|after that|after this|afterwards|afterward",
    then_after_first="",
    first_words="",
    seq_order=(
        "first|firstly|first of all|to start|to begin|second|secondly|third|thirdly|fourth|next|finally|lastly"
        "|last but not least|and finally|and lastly"
    ),
    conj="and|&|+|as well as|and please|n|'n'|so|and so",
    clause_openers="if|when|once|after|whenever|unless|as soon as|while",
    not_then_before=frozenset("since by until till back from even just only for".split()),
    # --- dependencies ------------------------------------------------------------------------------
    dep_before_id="after|once|when|as soon as|until|till|before|following|depends on|depend on|dependent on|wait for|waiting for|blocked by|after task|once task",
    dep_after_id="",
    reading_verbs="go through|go thru|read|read through|read thru|look through|look thru|skim|review|scan|check|pull|pull up|fetch",
    digest_verbs="pull every|pull all|pull together|write out|write down every|write down all|shortlist|short-list|pick out|flag|group|sort|categorize|categorise|summarize|summarise|sum up|list|extract|pull out|make a summary|write a summary|give me a summary|make a list|make me a list|make me a summary|give me a list|make me a table|make a table|make me an overview",
    digest_nouns=frozenset("summary recap digest rundown".split()),
    report_back="lmk|let me know|tell me|report back|get back to me|message me|text me|ping me|dm me|email me|slack me|whatsapp me",
    call_verbs="call|ring|phone|call up|ring up|ring round|give a call to|give a ring to",
    call_asks="ask|ask them|ask her|ask him|find out|check if|check whether|see if|see whether",
    fallout_fixes="fix whatever breaks|fix anything that breaks|fix whatever that breaks|fix what breaks|fix the fallout|fix any fallout|fix whatever it breaks|sort out whatever breaks|fix any breakage|fix what it breaks|fix anything it breaks",
    keep_as="write it/them to/into|drop/paste it/them in/into|save it as|save it in|save it to|save them as|save them in|save as|store it in|save to|save in|save into",
    corrections="scratch that|i meant|sorry ,? i mean|sorry ,? i meant|no ,? sorry|sorry ,? no|no|actually no|actually|no ,? wait|wait ,? no|no ,? actually|i mean|or rather|make that|make it|correction",
    apologies="sorry|sorry ,? i meant|oops|oops ,? i meant|whoops|my bad|i meant|sorry ,? i mean",
    retractions="scratch that|actually ,? scratch that|no ,? scratch that|actually ,? no ,? scratch that|forget that|forget it|never mind that|nvm that",
    otherwise="otherwise|or else|if not|if it isn't|if it's not|if it is not|if they aren't|if that fails|failing that",
    condition_ends="",
    whether_alternatives="or not",
    hedges=", you know which one|, you know the one|, you know which|maybe|perhaps|or something|or so|or not|i don't know|i dunno|not sure|we'll see|up to you|you decide|whatever you think|you know what to do|you know the drill|, you know how it is|, you know what i mean",
    dep_result=(
        "with the/those/these/that/its/their result/results/output/findings/answer/answers/data/numbers/info/summary"
        "|using the/those/these/that/it/them/its/their|based on it/that/this/them/those/what|based on the results/findings"
        "|if it/so/successful/that/they/this/needed/necessary/available/possible/any/anything|if there 's/is one/any/anything/something"
        "|if there's one/any/anything/something|if there are any|once you have/get/find/know|once you've/have got/found|when you have/get/find it/them/that/those/one|when you've/have got/found it/them/that/those/one|with it/them/those/that/these"
        "|whatever|whichever|anything that|everything that|what you find/found/get/got|from it/that/them|from the result/results"
        "|the result/results/output/findings/answer|the options/shortlist in/into/to/as|the best/cheapest/top/first/right/winning/chosen/selected/same/fastest/closest/nearest one/ones/option/options/pick/result/match"
        "|if the tests/build/check pass/passes/work/works/succeed/succeeds/fail/fails"
        "|using/with/for/from the best/cheapest/top/first/right/winning/chosen/selected/fastest/closest/nearest one/ones/option/options/pick/result/match/quote"
        "|with/using/from that/this file/list/sheet/spreadsheet/export/csv/table"
    ),
    use_verbs="use|make use of",
    purpose_words=frozenset("to".split()),
    infinitive_markers=frozenset("to".split()),
    causatives=frozenset("".split()),
    dep_once="once|after|when|as soon as|after finishing",
    dep_done=frozenset("""confirmed booked done finished complete completed ready over through fixed passes succeeds works finishes
    green passing passed pass succeed merged approved signed sent downloaded uploaded exported printed installed delivered translated written""".split()),
    # --- control commands --------------------------------------------------------------------------
    # verb → phrases before the ids ("retry T-02", "mark T-04 as done").
    id_range_words=frozenset("to through thru until".split()),
    id_join_words=frozenset("and or plus too".split()),
    id_or_words="or|or else|or maybe",
    id_task_words=frozenset("task tasks".split()),
    id_frames="",
    id_fillers=frozenset("the task tasks job about with on for number no".split()),
    id_dash_words=frozenset("dash hyphen".split()),
    cardinals={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    cardinal_joiners=frozenset("".split()),
    softeners="go ahead|go ahead and|just|anyway|instead|plz|thx",
    verb_complements="",
    note_openers="but|with|using|use|because|since|as|this time|next time|and this/next time|and use|and try|and make sure|and be careful|and don't|and do not",
    control_before={
        "retry": "have/take another go/try/shot/stab/crack at|have/take a second go/try/shot at|retry|re-try|rerun|re-run|redo|re-do|requeue|re-queue|restart|reattempt|re-attempt|resume|try|try again"
                 "|run|run again|do|do again|give|kick off|rekick|reopen|re-open|reset|move|push|put|send|set",
        "skip": "skip|pass on|ignore|leave out|leave|bypass|postpone|hold off on|park|defer",
        "cancel": "cancel|drop|remove|delete|forget|forget about|never mind|nevermind|scrap|abort|kill|stop|abandon|scratch|nix"
                  "|ditch|axe|get rid of|call off|don't bother with?|no need for|dump|trash|withdraw|clear",
        "done": "mark as done/complete/completed/finished|mark|complete|finish|close|tick off|check off|resolve|done|done with|finished|finished with"
                "|i already? did/finished/completed/handled/sorted|i 've/have already? done/finished/completed/handled/sorted"
                "|i've already? done/finished/completed/handled/sorted",
        "answer": "answer to|answer|reply to|respond to|answer for|reply for",
        "urgent": "give/put top/high/urgent? priority to/on|urgent|prioritize|prioritise|expedite|fast-track|fast track|rush|escalate|bump",
        "pause": "pause|hold|freeze|halt|suspend|put on hold",
        "resume": "resume|reactivate|re-enable|reenable|unpause|un-pause|carry on|continue|keep going|go on|unfreeze|start again",
    },
    # verb → phrases after the ids ("T-09 is finished", "try T-02 again", "mark T-04 done").
    control_after={
        "retry": "again|one more time|another go/shot/try|a second/another go/shot/try|once more"
                 "|can/could/should/may both/all/also? be retried/rerun/re-run|needs to be retried/rerun/re-run|need/needs a retry/rerun"
                 "|back to pending|back in/into/on the queue|back to the queue|to pending",
        "done": "is/are/'s/was/were now/already/all/both/btw/also/actually? done/finished/complete/completed/sorted/handled/resolved/closed/ok"
                "|has/have been now/already? done/finished/completed/handled/resolved|is/are/'s taken care of"
                "|as? done/complete/completed/finished/resolved|can/could/should both/all/also? be marked as? done/complete/completed/finished"
                "|can/could/should both/all/also? be closed|mark/marked it? as? done/complete/completed/finished|to done/complete/finished",
        "cancel": "is/are not/no longer needed|is/are cancelled/canceled/obsolete|isn't/aren't needed anymore?"
                  "|can/could/should/may both/all/also? be cancelled/canceled/dropped/removed/deleted/scrapped",
        "skip": "can/could/should/may both/all/also? be skipped|can/could both/all/also? wait|as skipped",
        "urgent": "is/are now/really/also? urgent|is/are now? a/the/top/high? priority|first|to the front/top|to the front/top of the queue/list/line|to urgent|to top/high priority|asap|before anything/everything else|up front|up|up the list/queue/line|higher up?",
    },
    # Openers that only mean their verb with an "after" part ("mark" alone is not "done").
    control_needs_after=frozenset(["mark", "give", "try", "run", "do", "tick off", "check off", "move", "push", "put", "send", "set", "bump"]),
    control_alone={},
    answer_leads=frozenset("for re about regarding".split()),
    group_words="of/in/from the group|of/in/from group|group",
    queue_fillers="everything else|all the rest|the rest|please|only|pls|now|for now|for tonight|for today|for the night|for the evening|for the day|for the weekend|for a bit|for a moment|for a sec|for a while|a bit|queue|the queue|with the queue|with the tasks|with the list|with everything|whole queue|everything|all|all tasks|all the tasks|the tasks|tasks|it all|things|work|the work|ok|okay|so|just|can you|could you|hey|again|working|processing|new tasks|starting new tasks|starting new ones",
    group_topic_heads="everything to do with|anything to do with|everything related to|everything regarding|everything about|all the stuff for|the stuff for|all the tasks for|the tasks for",
    group_topic_tails="stuff|tasks|things|jobs|ones|items|bits|task list|to-dos|todos",
    group_topic_suffixes=frozenset(),
    reasons="because|since|cause|'cause|cos|coz|bc",
    reason_ends="so|that's why|therefore",
    deferrals="",
    waits="waiting for|waiting on|while waiting for|while we/i wait for|until|till|til",
    copulas="",
    mistake_words="",
    own_plans="i need to|i have to|i must|i 've got to|i've got to|i gotta|i 'll|i'll|i will|i 'm|i'm|i am|let me",
    needed_by="i need it|need it|we need it|i need them|i 'll need it|i'll need it|it 's/is needed|needed",
    urgent_marks="urgent|very urgent|super urgent|urgently|asap|high priority|top priority|priority|do this first|do this one first|this first|first thing",
    status_words={
        "pending": "pending|queued|waiting|open|outstanding|remaining|left|todo|to-do|not started|upcoming|unfinished|incomplete",
        "running": "running|in progress|active|ongoing|in flight|started|working|underway",
        "blocked": "blocked|failed|failing|fail|stuck|broken|break|broke|crashed|crash|errored|erroring",
        "done": "done|finished|completed|complete|shipped|merged|deployed|gone live|went live",
        "skipped": "skipped|cancelled|canceled|dropped",
    },
    # Status requests are read structurally (status.py) from these word classes.
    status_any="anything|something|everything|any",
    there_is="are there|is there",
    finish_asks="did|has|have|is|are|was|were",
    finish_first="",
    finish_states="ever/already/actually/still? finish/complete/succeed/work/fail/end|ever/already/actually? get done/finished/completed/through"
                  "|ever/already/actually? go through|ever/already/actually/now/all? done/finished/complete/completed/failed|gone through|worked|succeeded",
    product_nouns="app|apps|tool|tools|software|application|applications|program|platform",
    status_show=frozenset("show list display give get view see print read pull bring tell check".split()),
    status_nouns=frozenset("""task tasks queue todos todo to-dos to-do jobs job backlog ones items tasklist task-list
    todo-list list""".split()),
    request_nouns=frozenset("requests".split()),
    status_topic=frozenset("status progress state overview rundown update updates recap".split()),
    of_words=frozenset("of on for with in about".split()),
    possessives=frozenset("my our your his her their".split()),
    determiners=frozenset("of the my our all those".split()),
    relative_that="that/which? 's/is/are/has/have/got/gets? still/currently/already/been?|that|which",
    relative_ends="",
    all_words=frozenset("all every everything each whole entire whatever anything".split()),
    # --- typos -------------------------------------------------------------------------------------
    ability_asks="", only_alternatives="or only|or just|or do you only|or can you only|or you only", capability_asks="what exactly/else/actually? can you actually/really/exactly/even/honestly? do|what can you help with|what can you help me with|what are you able to do|what sort of things can i ask|what kind of things can i ask|what sort of things am i allowed to ask|what kind of things am i allowed to ask|what do you do",
    preamble_openers="not sure if you can|not sure you can|i'm not sure if you can|i don't know if you can|i've heard you can|i heard you can|heard you can|i'm told you can",
    mail_greetings=frozenset('dear|hi|hello|hey|good morning|good afternoon|greetings'.split("|")), mail_closings=frozenset('regards|kind regards|best regards|warm regards|best wishes|best|cheers|thanks|many thanks|thank you|sincerely|yours sincerely|yours faithfully|all the best'.split("|")),
    mail_headers=frozenset('from|subject|to|cc|date|sent'.split("|")),
    self_words=frozenset("me i i'm myself my mine".split()), owner_labels=frozenset('action actions owner ap todo'.split()), name_suffixes=frozenset(),
    example_leads="like|such as|e . g .|eg|for example|for instance|things like|stuff like",
    order_heads="in order|in this order|in that order|in sequence|one after another|one after the other|one by one|one at a time",
    praise_words="",
    typos={
        "cna": "can", "acn": "can", "teh": "the", "hte": "the", "adn": "and", "nad": "and",
        "pls": "please", "plz": "please", "plse": "please", "pleas": "please", "plez": "please",
        "yuo": "you", "yu": "you", "u": "you", "ur": "your", "thsi": "this", "tihs": "this",
        "thse": "these", "theese": "these", "thees": "these", "taks": "task", "tsak": "task",
        "tasl": "task", "taksk": "tasks", "tasls": "tasks", "tsaks": "tasks", "takss": "tasks",
        "retyr": "retry", "rety": "retry", "rerty": "retry", "sikp": "skip", "skp": "skip",
        "cancle": "cancel", "cacnel": "cancel", "canel": "cancel", "staus": "status", "stauts": "status",
        "statsu": "status", "sttus": "status", "shwo": "show", "sohw": "show", "remidn": "remind",
        "remnd": "remind", "rmind": "remind", "qeue": "queue", "queu": "queue", "qeueu": "queue",
        "queeu": "queue", "somthing": "something", "sned": "send", "snd": "send", "emial": "email",
        "eamil": "email", "chekc": "check", "chek": "check", "cehck": "check", "serach": "search",
        "seach": "search", "wirte": "write", "wrtie": "write", "tmrw": "tomorrow", "tmr": "tomorrow",
        "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "tonite": "tonight",
        "thn": "then", "tehn": "then", "hten": "then", "aslo": "also", "alos": "also", "lsit": "list",
        "mkae": "make", "amke": "make", "wiht": "with", "wtih": "with", "dont": "don't", "cant": "can't",
        "whats": "what's", "thats": "that's", "hows": "how's", "nvm": "nevermind", "abt": "about", "b4": "before",
        "msg": "message", "fwd": "forward", "rn": "now", "yr": "your", "wats": "what's", "wat": "what", "wht": "what", "bc": "because", "pleaes": "please", "plase": "please",
    },
    # Real words that a swap or deletion of a trigger word would produce: never "repaired".
    not_typos=frozenset("stats heck lease crate forge sent mar than dome ever eery tack ask sedan".split()),
    # Trigger words whose adjacent-letter swaps and single deletions are repaired too.
    trigger_words=tuple("""
    please these tasks task queue retry cancel status remind schedule search check send email find
    create write summarize summarise research compare update upload download restart deploy install
    message reminder tomorrow weekly monthly every handle skip done finished complete mark
    pending running blocked research report backup meeting calendar delete remove forget nevermind
    """.split()),
    type_verbs={
        "messaging": "txt lmk remind send text email e-mail message msg dm ping notify tell inform reply respond forward post"
                " tweet call phone ring contact invite announce share wish thank congratulate whatsapp slack telegram"
                " sms write-back ask",
        "code-execution": "run execute deploy redeploy restart reboot install uninstall upgrade compile rebuild debug refactor"
                " migrate rerun re-run benchmark lint profile rotate bump rollback provision ssh curl grep commit"
                " merge push rebase patch",
        "file-creation": "write draft create compose generate export save transcribe document outline sketch design render"
                " format typeset",
        "info-lookup": "research investigate look lookup search google find compare figure learn explore browse study check"
                " verify see monitor track review read analyze analyse summarize summarise",
    },
    vague_verbs="handle|do|deal with|sort|sort out|take care of|fix|finish|manage|work on|look at|look into|get|figure out|check on",
    vague_nouns=frozenset("thing things stuff usual matter situation".split()),
    day_words=frozenset("day date".split()),
    day_idioms="up to date",
    # --- words moved from the rule modules (part A)
    delegation_words="delegate|delegating|hand off|hand it/this/that off|spawn a/an agent/subagent",
    reminder_links=frozenset(("to",)),
    remind_others=frozenset("remind".split()),
    reminder_starts="remind me/us/myself/ourselves|set up? a/an/me/the recurring? reminder/alarm/timer|wake me|schedule|reschedule|create/add/make/send a/an/the calendar event/entry/invite/hold|create/add/make/send a/an/the meeting invite|block out? time",
    chat_places=frozenset("group chat groupchat channel thread forum".split()), place_prepositions=frozenset("in into on".split()),
    transform_verbs=frozenset("turn convert make compile put format export condense distill distil boil".split()), draft_verbs=frozenset("draft".split()), letter_nouns=frozenset("note notes letter card complaint appeal".split()), message_nouns=frozenset("email e-mail emails message messages reply response dm text slack".split()),
    weak_lookups=frozenset("check verify monitor review see track read test".split()), vague_things=frozenset("thing things stuff issue problem usual matter".split()),
    vague_tail=frozenset("out up for me again now asap today later please".split()),
    not_content=frozenset("a an the this that these those it its them they there here what what's whats 's up with about on in for to of and or so is are was were be been with thing things stuff issue problem usual matter something anything everything whatever me my you your we our us please pls now asap today later again out just also then really quick going happening deal".split()),
    file_prepositions=frozenset("in into as to".split()), vague_verb_words=frozenset("handle do deal sort take care fix finish manage work look get figure check see".split()),
    file_nouns=frozenset("file doc document markdown md pdf csv spreadsheet sheet report note notes memo table deck slide slides one-pager brief writeup write-up summary".split()),
    travel_nouns=frozenset("flight flights hotel hotels train trains ticket tickets car airbnb room rooms table seat seats bus ferry".split()), indirect_pronouns=frozenset("me us him her them".split()),
    phrasal_particles=frozenset("up out over back".split()), definite_words=frozenset("the that those".split()),
    function_words=frozenset("and or of to for in on with from at by that which who about as into onto than then but so if when while before after is are was were be it them me us my your our their his her this these those a an the".split()),
    generic_nouns=frozenset("thing things one ones way time day week month year stuff same team user client end rest".split()), indefinite_words=frozenset("a an some new into as".split()),
    transaction_verbs=frozenset("book reserve order buy purchase register sign schedule request renew apply file submit".split()),
    transaction_results=frozenset("confirmation confirmations receipt receipts booking reservation ticket tickets order quote quotes estimate tracking invoice details number".split()),
    result_nouns={"summarize": "summary", "summarise": "summary", "analyze": "analysis", "analyse": "analysis", "translate": "translation", "transcribe": "transcript", "compare": "comparison", "estimate": "estimate", "quote": "quote", "draft": "draft", "outline": "outline", "chart": "chart", "graph": "graph", "plot": "plot", "list": "list", "plan": "plan", "record": "recording", "scan": "scan", "export": "export", "backup": "backup", "review": "review", "test": "result", "benchmark": "result", "research": "finding", "investigate": "finding", "audit": "finding", "survey": "result", "book": "booking", "reserve": "reservation", "order": "order", "calculate": "number", "design": "design", "sketch": "sketch"},
    send_verbs=frozenset("send text email e-mail message tell forward share post dm ping notify slack".split()),
    lookup_verbs=frozenset("check find look lookup research see confirm verify get figure work search".split()), to_the_user=frozenset("me us".split()), send_to_words=frozenset("to".split()), send_requests="",
    both_words="both|both of them|the two|all of them|all three|everything above", enclitic_objects="", hyphen_objects="", infinitive_objects="",
    producer_verbs=frozenset("write draft create make generate prepare compile pull collect gather scrape download get fetch take record design build summarise summarize export produce compose outline sketch render transcribe find research list shortlist order buy book".split()),
    superlatives=frozenset("top best cheapest first highest lowest fastest closest nearest shortlisted winning winner winners".split()), position_words=frozenset("top first".split()),
    lookup_results=frozenset("link links result results answer answers info details number numbers address times hours price prices options".split()),
    finite_verbs=frozenset("arrives is are was were 's 're has have had keeps needs wants broke died stopped crashed failed expired closes opens ends starts won't can't doesn't isn't aren't didn't won’t can’t doesn’t isn’t aren’t didn’t".split()),
    past_endings=frozenset("ed d".split()),  # "called", "finished": a verb of the tables in the past
    news_openers="we have a/an/no|we've got? a/an/no|we are without|we're without|there is/are a/an/no|there's a/an/no", statement_openers=frozenset("if when once while until unless".split()), infinitive_endings=frozenset(), separable_particles=frozenset(), list_numerals="", step_nouns=frozenset("step".split()), command_fillers="please|pls|now|also",
    note_adverbials=frozenset("for until till since because due so while".split()), new_action_words="please|plus", polite_words=frozenset("please pls".split()),
    # --- schedules
    weekdays={
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
        "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6
    },
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept":
        9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12
    },
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "twelve": 12, "forty": 40, "forty-five": 45, "forty five": 45,
        "ninety": 90, "twenty-five": 25, "few": 3, "couple": 2, "couple of": 2,
        "a few": 3, "a couple": 2, "a couple of": 2, "other": 2
    },
    ordinals={"first": 1, "second": 2, "third": 3, "last": 31},
    time_units={
        "min": "m", "mins": "m", "minute": "m", "minutes": "m", "m": "m", "hour": "h", "hours": "h", "hr": "h",
        "hrs": "h", "h": "h", "day": "d", "days": "d", "week": "w", "weeks": "w"
    },
    day_parts={
        "morning": 9, "afternoon": 14, "evening": 18, "night": 20, "tonight": 20, "noon": 12, "lunch": 12,
        "lunchtime": 12, "midnight": 0
    },
    relative_days={"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2},
    relative_periods={"following week": "next week", "month end": "end of month", "month's end": "end of month", "week's end": "end of week"},
    periods={
        "minute": "minute", "hour": "hour", "half hour": "half hour", "day": "day", "morning": "morning",
        "afternoon": "afternoon", "evening": "evening", "night": "night", "weekday": "weekday",
        "workday": "weekday", "business day": "weekday", "weekend": "weekend", "week": "week", "month": "month",
        "year": "year",
    },
    period_adverbs={
        "daily": "day", "hourly": "hour", "weekly": "week", "monthly": "month", "yearly": "year",
        "annually": "year", "nightly": "night", "weekdays": "weekday", "workdays": "weekday", "weekends": "weekend",
    },
    period_ends={"the end of the day": "day", "end of the day": "day", "end of day": "day", "the end of the week": "week",
                 "end of the week": "week", "the end of the month": "month", "end of the month": "month", "end of month": "month",
                 "the end of the year": "year", "end of the year": "year", "the weekend": "weekend"},
    current_periods={"this week": "week", "this month": "month", "this year": "year", "this weekend": "weekend"},
    time_words=frozenset("bit eod eow eom cob deadline due tmrw weekdays weekends workdays mornings evenings nights afternoons overnight years months year".split()),
    time_fillers=frozenset("the a an and or of from to until on by before at in this next first thing later soon asap sometime end time other second alternate last 1st 2nd 3rd o'clock am pm".split()),
    time_characters="",
    plural_day_articles="",
    subordinators="why|how|whether|if|where|what",
    topic_words="about|on the subject of",
    demonstratives=frozenset("".split()),
    relatives=frozenset("who which that".split()),
    availability="available|free",
    state_verbs="it's|that's|they're|open|opens|closed|closes|available|fires|fired|happens|happened|occurs|breaks|broke|fails|failed|crashes|crashed|runs|ran|goes down|is|are|was|were",
    every_words="every|each",
    clock_words="at|@|around",
    clock_hours={},
    clock_phrases={
        "half past {h}": 30, "half {h}": 30, "quarter past {h}": 15, "a quarter past {h}": 15, "quarter after {h}": 15,
        "a quarter after {h}": 15, "quarter to {h}": -15, "a quarter to {h}": -15, "quarter til {h}": -15,
        "{at} {m} past {h}": 1, "{at} {m} after {h}": 1, "{at} {m} to {h}": -1, "{at} {m} til {h}": -1,
        "{h} o'clock": 0, "{h} o’clock": 0, "{h} oclock": 0, "{at} {h} thirty": 30, "{at} {h} fifteen": 15, "{at} {h} forty-five": 45,
    },
    clock_numerals={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "twenty": 20, "twenty-five": 25, "twenty five": 25,
    },
    street_words=frozenset("street st road rd lane ln avenue ave drive dr close crescent terrace court place square way grove gardens row mews".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset("at @ around".split()),
    in_words="in",
    from_now_words="from now|from today",
    about_words="about|around|roughly|approximately|approx",
    half_words="half an|half a",
    meal_starts={"after lunch": 14, "after lunchtime": 14, "after breakfast": 10, "after dinner": 21, "after supper": 21},
    span_cues="for|for the next",
    deadline_hours="",
    deadline_after="at the latest|latest|at the very latest|tops",
    deadline_cues="by|before|no later than|due by|due on|due at|due|deadline is|deadline of|deadline|until|till|til|within",
    meal_deadlines={"lunch": 12, "lunchtime": 12, "breakfast": 9, "dinner": 19},
    workday_ends="",
    start_cues="after|from|starting|starting from|not before|no earlier than",
    since_cues="since|ever since",
    source_cues="from",
    booking_verbs="book|reserve|rebook|book me|book us",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="for",
    reminder_nouns=frozenset("reminder alarm".split()),
    purpose_leads=frozenset("for".split()),
    event_nouns="meeting|meetings|call|slot|appointment|sync|1:1|1 : 1|one-on-one|calendar|standup|stand-up|catch-up|video call",
    schedule_verbs="move|reschedule|push|shift|bring forward|book|set|set up|put|block|add|schedule|arrange",
    calendar_nouns="calendar|calendars|diary|google calendar|gcal|outlook calendar",
    # tables this language does not need
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_verb_endings="",
    loan_verb_prefixes="",
    loan_verb_particles="",
    status_progress="",
    how_went="how did|how 's|how is|how was|how are|how 're|what happened with|what happened to|any news on|any luck with", work_nouns=frozenset("search booking reservation research lookup".split()),
    status_phrases=(
        "what have you made progress on|what did you make progress on|what progress have you made|what progress did you make|how many things/ones/tasks? are/'re still? left/remaining|how many things/ones/tasks? still? remain|made/make any? progress on/with my/the tasks|how far are you with|how far along are you|where are we with everything|where are we with things|where are we with it all|where are we on everything|where are we on things|where are we at|where do we stand|what 's/is new|on my plate|what are you working on|what 're you working on|what have you done so far|what did you finish/complete today/yesterday/overnight|what have you finished/completed today|what did you get done today/yesterday/overnight|what got done today/yesterday/overnight"
        "|state of play|the state of things|progress report|status report|status update|where do things stand|catch me up|bring me up to speed"
        "|how 's/is everything going|how are things going|how 's/is it all going"
    ),
)
