"""English word tables. Plain data only: the rule modules compile what they need once at import.

Regex fragments here are alternations meant to sit inside ``(?:...)`` with word boundaries
added by the consumer; sets hold lowercase words.
"""

# --- masking -------------------------------------------------------------------------------
DOTTED_ABBREVIATIONS = r"e\.g\.|i\.e\.|a\.m\.|p\.m\.|u\.s\.(?:a\.)?|u\.k\.|z\.b\.|d\.h\.|u\.a\.|p\.ej\.|n\.b\."
# Titles before a name: their full stop never ends a sentence.
TITLE_ABBREVIATIONS = r"dr|mr|mrs|ms|mx|prof|sr|sra|srta|hr|fr"
# Other abbreviations: their full stop ends a sentence only when an imperative verb follows ("Elm St. Renew …").
SHORT_ABBREVIATIONS = r"jr|st|mt|ft|vs|approx|inc|ltd|corp|co|nr|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|bzw|usw|str|ca|ave|blvd|dept|est|min|max|no"

# --- imperative verbs: a clause that starts with one of these is an action item ------------
VERBS = frozenset("""
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
tune turn unblock uninstall unlock vacuum vet weed wire
""".split())

# Verbs that are just as often nouns: a clause needs a real verb clause before them to split there.
AMBIGUOUS_VERBS = frozenset("""
back book calendar call charge check comment cover cut document draft dump email e-mail fax file
flag list lock log mail map message mock note order pack patch plan play plot post present price
print process profile record report request return review schedule screenshot set ship sign slack
source store study text time trade train type watch water
""".split())

# Verbs too generic to carry an object of their own ("go and buy", "try and fix").
LIGHT_VERBS = frozenset("go come try help".split())

PRONOUN_OBJECTS = r"it|them|that|those|these|this|him|her|em"
RESULT_NOUNS = (
    r"results?|output|outputs|findings|answer|answers|summary|info|information|details|data|numbers"
    r"|figures|list|notes|draft|answer|response|outcome|takeaways|highlights"
)

# --- framing: words that make even a single item a request to queue -------------------------
FRAMING = (
    r"tasks?|to-?dos?|task\s*list|to-?do\s*list|queue|backlog"
    r"|do\s+(?:this|these|that|it|the\s+following)\s+for\s+me|handle\s+(?:this|these|that|the\s+following)"
    r"|take\s+care\s+of\s+(?:this|these|the\s+following)|work\s+on\s+(?:this|these|the\s+following)"
    r"|i\s+need\s+you\s+to|i\s+want\s+you\s+to|i'?d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to"
    r"|help\s+me\s+with|can\s+you\s+do\s+(?:this|these|that|something)|get\s+(?:this|these)\s+done"
    r"|in\s+the\s+background|when\s+you\s+(?:get|have)\s+a\s+(?:chance|minute|sec)"
    r"|i\s+need\s+to|i\s+have\s+to|i'?ve\s+got\s+to|i\s+gotta|i\s+must|need\s+to"
)

# Request openers stripped from the front of an item (the action follows them).
REQUEST = (
    r"(?:can|could|would|will)\s+(?:you|u|ya)(?:\s+(?:please|pls|also|just|quickly|maybe))*"
    r"|would\s+you\s+mind|do\s+you\s+mind|mind"
    r"|i(?:'d|\s+would)\s+(?:like|love)\s+(?:you\s+)?to|i\s+(?:need|want)\s+(?:you\s+)?to|i\s+also\s+need\s+(?:you\s+)?to"
    r"|we\s+(?:need|have|want)\s+to|you\s+(?:need|have)\s+to|need\s+(?:you\s+)?to"
    r"|i\s+have\s+to|i'?ve\s+got\s+to|i\s+gotta|gotta|i\s+must|i\s+should|you\s+should|we\s+should"
    r"|remember\s+to|don'?t\s+forget\s+to|do\s+not\s+forget\s+to|make\s+sure\s+to|be\s+sure\s+to"
    r"|go\s+ahead\s+and|try\s+to|help\s+me(?:\s+to)?|let'?s|let\s+us|i'?m\s+going\s+to\s+need\s+you\s+to"
    r"|just|also|please|pls|plz|kindly|quickly|now|oh|btw|by\s+the\s+way|and|or|but|so"
)

# Whole lines/sentences that only introduce what follows.
HEADER = (
    r"these|this|the\s+following|following|below|list|lists|things|stuff|items|tasks?|to-?dos?|errands"
    r"|chores|today|tonight|tomorrow|this\s+week|for\s+me|plan|agenda|priorities|here'?s|here\s+are"
)

GREETINGS = (
    r"hi|hey|hello|yo|hiya|howdy|heya|sup|good\s+(?:morning|afternoon|evening)|morning|evening"
    r"|ok(?:ay)?|k|alright|all\s+right|um+|uh+|hmm+|well|so|dear\s+\w+|hey\s+there|hi\s+there"
)

SIGN_OFFS = (
    r"thanks?(?:\s+(?:you|u|so\s+much|a\s+lot|a\s+ton|in\s+advance|again|buddy|man|mate))*|thx|tx|ty|tysm|tyvm"
    r"|cheers|much\s+appreciated|appreciate\s+it|you(?:'re|\s+are)\s+(?:the\s+best|a\s+star|awesome)"
    r"|that'?s\s+(?:all|it|everything)(?:\s+for\s+(?:now|today))?|that\s+is\s+(?:all|it|everything)"
    r"|nothing\s+else(?:\s+(?:rn|right\s+now|for\s+now|today))?|(?:ok\s+)?ttyl|later|bye|cya"
    r"|no\s+rush|no\s+hurry|whenever|when\s+you\s+can|asap|love\s+you|have\s+a\s+(?:good|nice|great)\s+\w+"
    r"|(?:that\s+)?should\s+be\s+(?:it|all)|lmk|let\s+me\s+know(?:\s+(?:when|if)\s+.{0,40})?"
)

CHIT_CHAT = (
    r"(?:thanks?|thank\s+you|thx|ty|cheers|great|awesome|cool|nice|perfect|ok(?:ay)?|k|got\s+it"
    r"|sounds\s+good|looks\s+(?:good|great)|lol|haha+|hi|hey|hello|good\s+(?:morning|night|evening)"
    r"|how\s+are\s+you|how'?s\s+it\s+going|what'?s\s+up|sup|yes|no|yep|nope|sure|bye|good\s+job|well\s+done"
    r"|love\s+it|nice\s+work|that\s+(?:looks|sounds|is)\s+\w+)"
)

_PRONOUN = r"(?:you|u|i|we|they|he|she|it|there|anyone|anybody|someone|T-?\d+)"
_SUBJECT = r"(?:" + _PRONOUN + r"|that|this|my|our|the|your|their|his|her)"
QUESTION_START = (
    r"what|what'?s|whats|wats|who|who'?s|whom|whose|when|when'?s|where|where'?s|why|which|how|how'?s"
    r"|is|are|was|were|am|isn'?t|aren'?t|wasn'?t|(?:do|did|have|had)\s+" + _PRONOUN +
    r"|(?:does|should|shall|would|will|has|can|could|may|might|must"
    r"|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|couldn'?t|haven'?t|hasn'?t)\s+" + _SUBJECT +
    r"|any\s+idea|anyone\s+know"
)

HOW_TO = (
    r"how\s+(?:do|does|can|could|should|would|might|to|did)\b|how\s+is\s+\w+\s+supposed\s+to"
    r"|what(?:'s|\s+is)\s+the\s+(?:best|right|easiest|fastest|proper|correct)\s+way"
    r"|is\s+(?:it|there)\s+(?:possible|a\s+way)|what\s+(?:does|do)\s+.{1,60}\s+mean"
    r"|explain\s+(?:to\s+me\s+)?(?:how|what|why)|can\s+you\s+explain|what\s+happens\s+(?:if|when)"
    r"|what\s+is\s+the\s+difference|why\s+(?:do|does|did|is|are)"
    r"|how\s+(?:many|much|long|often)\b(?!\s+(?:tasks?|jobs)\s+(?:are|do\s+i\s+have|remain|left|is)\b)"
)

EXAMPLE_MARKERS = (
    r"for\s+example|for\s+instance|e\.g\.|such\s+as|like\s+this|example:|examples?\s+of|sample"
    r"|something\s+like|look\s+like|looks\s+like|template"
)

# Single web searches ("google X", "search for best pizza recipes") answered directly.
WEB_SEARCH = r"google|bing|search(?:\s+(?:the\s+web|online|the\s+internet|google))?(?:\s+for)?|look\s+up|lookup|web\s+search"
REMINDER_ONLY = r"remind\s+me|set\s+(?:a|an|me\s+a)\s+(?:reminder|alarm|timer)|wake\s+me|ping\s+me|nudge\s+me"

# Verbs whose single-item question is answered in a sentence, not queued.
ANSWER_VERBS = frozenset("""
tell explain define describe recommend suggest give show translate say name list guess imagine
convert calculate spell rephrase paraphrase answer
""".split())

# --- sequencing ------------------------------------------------------------------------------
SEQ_THEN = r"and\s+then|then|after\s+that|afterwards|afterward|after\s+this|once\s+(?:that'?s|that\s+is|it'?s|done)\s*(?:done|finished|complete)?|when\s+(?:that'?s|done)\s*(?:done)?|subsequently"
SEQ_ALSO = r"and\s+also|also|plus|additionally|as\s+well|in\s+addition|oh\s+and|and\s+don'?t\s+forget\s+to|another\s+thing"
SEQ_ORDER = r"first(?:ly)?|first\s+of\s+all|to\s+start|to\s+begin|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|next|finally|lastly|last\s+but\s+not\s+least|and\s+finally|and\s+lastly"
CONJ = r"and|&|\+|as\s+well\s+as|and\s+please|n|'n'"
CLAUSE_OPENERS = r"if|when|once|after|whenever|unless"
NOT_THEN_BEFORE = frozenset("since by until till back from even just only and".split())

# --- dependencies ------------------------------------------------------------------------------
DEP_RESULT = (
    r"with\s+(?:the|those|these|that|its|their)\s+(?:results?|output|findings|answers?|data|numbers|info|summary)"
    r"|using\s+(?:the|those|these|that|it|them|its|their)\b|based\s+on\s+(?:it|that|this|them|those|the\s+results?|the\s+findings|what)"
    r"|if\s+(?:it|so|successful|that|they|this|needed|necessary|available|possible|any|anything)\b|if\s+(?:the|those)\s+\w+\s+(?:pass|passes|works?|succeeds?|fails?)"
    r"|if\s+there'?s\s+(?:one|any|anything|something|a\s+\w+)|if\s+there\s+(?:is|are)\s+(?:one|any)|once\s+you\s+(?:have|get|find|know)"
    r"|with\s+(?:it|them|those|that|these)\b|(?:the|a)\s+(?:best|cheapest|top|first|right|winning|chosen|selected|same|fastest|closest|nearest|most\s+\w+)\s+(?:one|ones|option|options|pick|result|match)\b"
    r"|whatever|whichever|anything\s+that|everything\s+that|what\s+(?:was|got|is|were)\s+\w+|what\s+you\s+(?:find|found|get|got)"
    r"|the\s+(?:results?|output|findings|answer)\b|from\s+(?:it|that|them|the\s+results?)"
)
DEP_ONCE = r"once|after|when|as\s+soon\s+as|as\s+soon|after\s+finishing"
DEP_DONE = r"done|finished|complete|completed|ready|over|through|fixed|passes|succeeds|works|finishes"

# --- control commands --------------------------------------------------------------------------
# verb → alternation of words that come *before* the ids ("retry T-02", "mark T-04 as done").
CONTROL_BEFORE = {
    "retry": r"retry|re-try|rerun|re-run|redo|re-do|requeue|re-queue|restart|reattempt|resume|re-?attempt"
             r"|try(?:\s+again)?|run(?:\s+again)?|do(?:\s+again)?|give|kick\s+off|rekick|reopen|re-?open",
    "skip": r"skip|pass\s+on|ignore|leave\s+out|leave|bypass|postpone|hold\s+off\s+on|park|defer",
    "cancel": r"cancel|drop|remove|delete|forget(?:\s+about)?|never\s*mind|scrap|abort|kill|stop|abandon"
              r"|scratch|nix|ditch|axe|get\s+rid\s+of|call\s+off|don'?t\s+bother\s+(?:with)?|no\s+need\s+for"
              r"|dump|trash|withdraw|clear",
    "done": r"mark|complete|finish|close|tick\s+off|check\s+off|resolve|done(?:\s+with)?|finished(?:\s+with)?|i\s+(?:already\s+)?(?:did|finished|completed|handled|sorted)"
            r"|i'?ve\s+(?:already\s+)?(?:done|finished|completed|handled|sorted)|i\s+have\s+(?:already\s+)?(?:done|finished|completed)",
}
# verb → words that come *after* the ids ("T-09 is finished", "try T-02 again", "mark T-04 done").
CONTROL_AFTER = {
    "retry": r"again|one\s+more\s+time|another\s+(?:go|shot|try)|a\s+(?:second|another)\s+(?:go|shot|try)|once\s+more",
    "done": r"(?:is|are|'s|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+|all\s+)?(?:done|finished|complete|completed|sorted|handled|taken\s+care\s+of|resolved|closed|ok)"
            r"|(?:as\s+)?(?:done|complete|completed|finished|resolved)",
    "cancel": r"(?:is|are)\s+(?:not\s+needed|no\s+longer\s+needed|cancelled|canceled|obsolete)|(?:isn'?t|aren'?t)\s+needed(?:\s+anymore)?",
    "skip": r"(?:can|could)\s+(?:be\s+skipped|wait)",
}
# Words that need an "after" part to mean the verb ("mark" alone is not "done", "give" needs "another go").
CONTROL_NEEDS_AFTER = frozenset(["mark", "give", "try", "run", "do", "tick off", "check off"])

STATUS_WORDS = {
    "pending": r"pending|queued|waiting|open|outstanding|remaining|left|todo|to-?do|not\s+started|upcoming|unfinished|incomplete",
    "running": r"running|in\s+progress|active|ongoing|in\s+flight|started|working",
    "blocked": r"blocked|failed|failing|stuck|broken|errored|erroring",
    "done": r"done|finished|completed|complete",
    "skipped": r"skipped|cancell?ed|dropped",
}
SELECT_ALL = r"all|every|everything|each|the\s+whole\s+(?:queue|lot|list)|the\s+entire\s+(?:queue|list)"

# Status requests: each must match at the start of a clause.
STATUS = (
    r"(?:show|list|display|give|get|check|view|see|print|read)\s+(?:me\s+)?(?:up\s+)?(?:the\s+|my\s+|all\s+|our\s+|all\s+(?:of\s+)?(?:my|the)\s+)?(?:current\s+)?(?:{status}\s+)?(?:tasks?|task\s+(?:list|queue|status)|queue|to-?dos?|to-?do\s+list|jobs|ones|items)\b"
    r"|(?:show|list|display|give|get|check|view|see)\s+(?:me\s+)?(?:the\s+|my\s+|a\s+)?(?:status|progress)(?:\s+update)?(?=\s*(?:[?.!]|$|(?:of|on|for)\s+(?:my\s+|the\s+|all\s+)?(?:tasks?|queue|everything|things|{ids})))"
    r"|(?:the\s+|my\s+)?(?:task|queue|job)\s+(?:status|progress|list|overview|update)s?\s*(?:[?.!]\s*)*$"
    r"|(?:status|progress|update|updates)\s+(?:on|of|for)\s+(?:my\s+|the\s+|all\s+|everything|{ids})"
    r"|(?:what'?s|whats|what\s+is|what\s+are)\s+(?:in\s+)?(?:the|my|our)\s+(?:\w+\s+)?(?:queue|tasks?|to-?dos?|to-?do\s+list|task\s+list|backlog)"
    r"|(?:what'?s|whats|what\s+is|what\s+are|anything|any|which\s+(?:tasks?|ones)\s+(?:are|is))\s+(?:still\s+)?(?:{status})\b"
    r"|(?:what'?s|whats|what\s+is)\s+(?:the\s+)?(?:status|progress|state)\b"
    r"|(?:what'?s|whats|what\s+is)\s+(?:going\s+on|happening|up)\s+with\s+{ids}"
    r"|(?:any|are\s+there\s+any)\s+(?:{status}\s+)?(?:tasks?|jobs|updates?\s+on\s+(?:my\s+)?tasks?)\b"
    r"|(?:{status})\s+(?:tasks?|jobs|ones|items)\b"
    r"|(?:how\s+(?:is|are|'s)|how'?s)\s+(?:it\s+going\s+with\s+)?(?:{ids}|my\s+tasks?|the\s+tasks?|the\s+queue|everything|things)"
    r"|(?:is|are|has|have)\s+{ids}\s+(?:been\s+)?(?:\w+\s+)?(?:{status}|started|running|through)"
    r"|{ids}\s+(?:status|progress|update)\b|where\s+(?:are\s+we|is\s+it|am\s+i)\s+(?:with|on)\s+(?:{ids}|my\s+tasks?|the\s+tasks?)"
    r"|how\s+many\s+(?:tasks?|jobs)\s+(?:are|do\s+i\s+have|have|is|remain|left|(?:are\s+)?(?:still\s+)?(?:{status}))"
    r"|(?:my\s+)?tasks\s*\?|status\s*\?|(?:my|the)\s+queue\s*\?"
    r"|(?:what|which)\s+(?:tasks?|ones|jobs)\s+(?:are|is|have|has)\s+(?:still\s+|been\s+|already\s+)*(?:{status})"
    r"|(?:show|list|give|tell)\s+(?:me\s+)?(?:everything|anything|all|whatever|the\s+ones|what(?:'s|\s+is)?)\s+(?:that'?s\s+|that\s+is\s+|which\s+is\s+|that\s+are\s+|is\s+|are\s+)?(?:still\s+)?(?:{status})"
    r"|(?:show|give|get|send|tell)\s+(?:me\s+)?(?:a|an|the)?\s*(?:quick\s+|short\s+|brief\s+)?(?:rundown|overview|summary|update|status|list|report|recap)\s+(?:of|on|for)\s+(?:the\s+|my\s+|all\s+)?(?:task\s+queue|tasks?|queue|task\s+list|to-?do\s+list|to-?dos)"
    r"|(?:what'?s|whats|what\s+is|how'?s|how\s+is)\s+(?:the\s+)?(?:current\s+|latest\s+|overall\s+)?(?:state|status|progress)\s+(?:of|on|with)\s+(?:the\s+|my\s+|all\s+)?(?:task\s+queue|tasks?|queue|task\s+list|to-?do\s+list|{ids})"
)

# --- typos -------------------------------------------------------------------------------------
TYPOS = {
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
    "whats": "what's", "hows": "how's", "nvm": "nevermind", "abt": "about", "b4": "before",
    "msg": "message", "yr": "your", "wats": "what's", "wat": "what", "wht": "what", "bc": "because", "pleaes": "please", "plase": "please",
}
# Real words that a swap or deletion of a trigger word would produce: never "repaired".
NOT_TYPOS = frozenset("stats heck lease crate forge sent mar than dome ever eery tack ask sedan".split())
# Trigger words whose adjacent-letter swaps and single deletions are repaired too.
TRIGGER_WORDS = """
please these tasks task queue retry cancel status remind schedule search check send email
create write summarize summarise research compare update upload download restart deploy install
message reminder tomorrow weekly monthly every handle skip done finished complete mark
pending running blocked research report backup meeting calendar delete remove forget nevermind
""".split()
