"""Task type by the skill's first-match order.

messaging → reminder-scheduling → code-execution → file-creation → agent-delegation →
info-lookup; info-lookup when in doubt, ``unknown`` only for truly vague asks ("handle the
thing"). The order ranks *signals*, so the strongest signal is read first:

1. a delegation construction ("have the coding agent …", "get Claude Code to …", "delegate");
2. the item's leading verb when it is decisive ("send", "remind me", "run", "write", "research");
3. otherwise keywords, tried in the skill's first-match order.
"""

from task_runner.parse import calendar_entries, clause, lexicon, loans
from task_runner.parse.agents_cjk import cjk_delegates
from task_runner.parse.clean import is_time_word, leading_verb
from task_runner.parse.events import event_end
from task_runner.parse.patterns import Lazy
from task_runner.parse.persons import ROLES as _ROLES
from task_runner.parse.persons import addressed_first, asks_person, elided_recipient, names_a_person
from task_runner.parse.phrases import Tokens, has_kana, is_cjk
from task_runner.parse.vague import vague

_DELEGATION = lexicon.phrases("delegation_words")
_REMINDER_START = lexicon.phrases("reminder_starts")
_TOPIC = lexicon.phrases("topic_words")  # "write Tom about …", "schreib Jens wegen …": what the message is about
_TRANSFORM = lexicon.word_set("transform_verbs")
_RECIPIENT_WORDS = lexicon.word_set("recipient_words")
_OF = lexicon.word_set("of_words")
_MESSAGES = lexicon.word_set("message_nouns")
_LETTERS = lexicon.word_set("letter_nouns")
_DRAFTS = lexicon.word_set("draft_verbs")
_CHAT_PLACES = lexicon.word_set("chat_places")
_PLACE_PREPOSITIONS = lexicon.word_set("place_prepositions")
# Lookup verbs whose object decides: "check the weather" is a lookup, "check disk usage on the server" runs code.
_WEAK_LOOKUP = lexicon.word_set("weak_lookups")
_REMIND_OTHERS = lexicon.word_set("remind_others")

# Leading verbs that decide the type on their own.
_VERB_TYPE = lexicon.TYPE_VERBS
# "…の日程を調べるのと、…": a CJK joining word or nominaliser after the last verb of a listed step (ja と, の)
_KANA_TAIL = tuple(word for word in {*(w for lang in lexicon.LANGUAGES for w in lang.conj.split("|")), *lexicon.DETERMINERS}
                   if len(word) == 1 and has_kana(word))

# Keywords anywhere in the item, tried in the skill's first-match order.
_KEYWORDS = tuple((kind, lexicon.TYPE_KEYWORDS[kind]) for kind in
                  ("messaging", "reminder-scheduling", "code-execution", "file-creation", "agent-delegation"))
_FILE_NOUNS = lexicon.word_set("file_nouns")
_FILE_PREPOSITIONS = lexicon.word_set("file_prepositions")
_KEEP_AS = lexicon.phrases("keep_as")  # "save it in", "guárdalo en", "存到"
_DIGEST_NOUNS = lexicon.word_set("digest_nouns")

def classify(description: str, has_command: bool = False) -> str:
    """The type of one task; a backticked command makes it code-execution unless it sends a message."""
    text = _without_report_back(description.strip())
    words = Tokens(text[:2000]).words
    if vague(words):
        return "unknown"
    reading = (lexicon.READING_VERBS.find(words) if is_cjk(words[0][:1]) else (0, lexicon.READING_VERBS.at(words, 0))) \
        if words else None
    if reading and reading[1] and lexicon.DIGEST_VERBS.find(words, sum(reading)):
        return "info-lookup"  # "go through my last 200 emails and summarize them"
    if _delegates(words):
        return "agent-delegation"
    verb, rest = leading_verb(text)
    if rest != text and _delegates(Tokens(rest[:2000]).words):
        return "agent-delegation"  # "une fois T-07 terminée, demande à Codex de …": the request after a leading clause
    loan = loans.loan_verb_before_object(verb, (Tokens(rest[:80]).words[1:2] or [""])[0]) if verb and rest[:len(verb)].lower() == verb else None
    if loan:  # "booker un meeting", "schedulare una call", "checker si le build …": read as the English verb
        verb, rest = loan, loan + rest[len(verb):]
    if verb is None and words:  # "le escribes a Rubén", "mandas o orçamento": a request in the second person
        you = _after_clitics(words)  # "se la mandas a Lourdes": every pronoun before the verb
        verb = you[:-1] if len(you) > 4 and you.endswith("s") and lexicon.is_verb(you[:-1]) else None
        rest = verb + text[text.lower().find(you) + len(you):] if verb and you in text.lower() else rest  # read as "escribe a Rubén"
    if verb is None and is_cjk(text[:1]):  # "查一下小区停水通知": a lookup, though 通知 is a messaging word
        timed = clause.cjk_time_length(words)  # "每周一晚上8点提醒我…": the verb after a leading time
        head = Tokens(text[:200]).rest(timed) if 0 < timed < len(words) else text
        verb = next((head[:size] for size in (4, 3, 2) if head[:size] in _VERB_TYPE), None) \
            or (head[:1] if head[:1] in _VERB_TYPE and head[1:2] in (" ", "`") else None)  # "跑 `check.sh`": a one-character verb before its command
        rest = head if _REMINDER_START.at(Tokens(head[:40]).words, 0) else rest
        tail = text.rstrip(" 。.!！、，")
        for _ in range(2):  # "調べるのと" → "調べる"
            tail = next((tail[:-1] for end in _KANA_TAIL if tail.endswith(end) and len(tail) > 3), tail)
        verb = verb or next((tail[-size:] for size in (6, 5, 4, 3, 2) if is_cjk(tail[-1:]) and tail[-size:] in _VERB_TYPE), None)  # ja: the verb is last ("…の日程を調べて")
    if verb is None:  # German puts the infinitive last: "Mama anrufen", "die Werkstatt anrufen wegen …"
        verb = next((word for word in reversed(words[1:]) if word in _VERB_TYPE and word in lexicon.DE_INFINITIVES),
                    words[-1] if words and words[-1] in _VERB_TYPE and words[-2:-1] != ["."] else None)  # "….txt" is no "txt"
    if verb in lexicon.DE_INFINITIVES and lexicon.verb_type(verb) == "file-creation" and (_tells_what(words, verb) or _written_to(words, verb)):
        return "messaging"  # "den Fahrern schreiben, welche Supermärkte …": what they are told, written to them
    rest_tokens = Tokens(rest[:400])
    rest_words = rest_tokens.words
    if _REMINDER_START.at(rest_words, 0) or _books_meeting(rest_words) or _books_appointment(rest_words) \
            or words and is_cjk(words[0][:1]) and _books_meeting(words):  # ja/zh: the event first, the verb last
        return "reminder-scheduling"
    by_verb = lexicon.verb_type(verb) if verb else None
    if verb == "let" and "know" in rest_words[2:5]:
        by_verb = "messaging"  # "let Kim know the desk is going back"
    if verb in ("tell", "show", "give") and rest_words[1:2] == ["me"] and not _mentions("messaging", rest_words[2:]):
        by_verb = None  # "tell me", "show me", "call me": delivered to the user, not sent to anyone
    if by_verb in (None, "messaging") and not has_command and _asks_for_the_user(words):
        return "info-lookup"  # "me diz quanto custa …", "sag mir, was … kostet": a question answered to the user, nothing sent
    if verb == "ask" and not asks_person(rest_tokens):
        by_verb = None
    if by_verb != "messaging" and lexicon.DELEGATE_VERBS.at(rest_words, 0) == 1 and names_a_person(rest_tokens):
        by_verb = "messaging"  # "frag Lena ob …", "pídele a Andrés …", "demande à Inès le code": asking a person
    asked = next((word[:-cut] for at, word in enumerate(words[1:8], 1) for cut in (2, 1) if word in lexicon.DE_INFINITIVES
                  and words[at + 1:at + 2] in ([], [","]) and lexicon.DELEGATE_VERBS.at([word[:-cut]], 0)), None) if by_verb is None else None
    if asked and names_a_person(Tokens(asked + " " + text[:400])):
        by_verb = "messaging"  # "Herrn Yilmaz fragen, ob …", "den Vermieter fragen": the person first, the infinitive last
    if by_verb == "messaging" and _standing_reminder(verb, words):
        return "reminder-scheduling"
    if by_verb == "file-creation":
        obj = rest_words[1:next((at for at in range(5, min(len(rest_words), 8)) if rest_words[at] in lexicon.recipient_words(verb)), 5)]  # "a short thank you email to"
        if _mentions("reminder-scheduling", obj) and not _names_a_file(rest_words) and not _to_person(rest_tokens):
            by_verb = "reminder-scheduling"  # "crée un rappel …", "cria um lembrete …" (not "un calendrier dans semis.md")
        elif any(w in _MESSAGES for w in obj) or _mentions("messaging", obj) and not _names_a_file(rest_words) or _to_person(rest_tokens) \
                or _letter_to(rest_words) \
                or ":" in rest[:200] and _QUOTED_AFTER_COLON.search(rest[:200]) or _posted_in_chat(rest_words):
            by_verb = "messaging"  # "draft an email to Dr. Patel", "écris un mail à Paul", "écris à Léa pour confirmer"
        elif _mentions("code-execution", obj) and not _mentions("file-creation", obj) and not _names_a_file(rest_words):
            by_verb = "code-execution"  # "write a script that …"
    if verb in _WEAK_LOOKUP and _mentions("code-execution", rest_words[1:8]) and not _asks_whether(rest_words):
        by_verb = "code-execution"  # "check disk usage on the server" runs code; "check whether the backup ran" asks
    if by_verb in (None, "info-lookup") and verb and _asks_whether(rest_words) and not has_command:
        return "info-lookup"  # "revisa si el servidor responde", "vérifie si le serveur répond": a question about a state
    if verb in _TRANSFORM and "into" in rest_words and not _mentions("code-execution", rest_words):
        return "file-creation"  # "turn them into a one-pager"
    if by_verb in (None, "info-lookup") and (_into_file(words) or lexicon.DIGEST_VERBS.at(words, 0) and _into_named_file(words)):
        return "file-creation"  # "summarize it in a markdown file", "resume las cláusulas en clausulas.md"
    if by_verb in (None, "info-lookup") and not has_command and _KEEP_AS.find(words) and _names_a_file(words):
        return "file-creation"  # "compare the quotes and save them in quotes.md": what is asked for is that file
    if by_verb is None and not has_command and _names_a_file(words) and not _mentions("messaging", words):
        if calendar_entries.into_calendar(words):
            return "reminder-scheduling"  # "die Termine aus termine.txt in meinen Kalender eintragen": entries in the calendar
        return "file-creation"  # "Plakat krampuslauf.png machen", "hazme un cartel en cartel.png": the result is that file
    if by_verb is None and verb and not has_command and not lexicon.READING_VERBS.at(rest_words, 0) and calendar_entries.into_calendar(rest_words[:4]):
        return "reminder-scheduling"  # "noter dans l'agenda le vaccin de Hugo", "put in my calendar the vet": an entry put there
    if by_verb:
        return by_verb
    if has_command:
        return "code-execution"
    if verb in ("file", "report", "submit") and words[:1] == [verb]:
        words = words[1:]  # "file the taxes" submits; it does not create a file
    reads = bool(lexicon.READING_VERBS.at(words, 0) or words and is_cjk(words[0][:1]) and lexicon.READING_VERBS.find(words[:6]))
    last = next((at for at in range(len(words) - 1, -1, -1) if lexicon.VERB_PHRASES.at(words, at)), None) if has_kana(text[:400]) else None
    found = _REMINDER_WORDS.find(words, last) if last is not None else None
    if found and found[0] < last + lexicon.VERB_PHRASES.at(words, last) or _reminder_noun_last(text, words):
        return "reminder-scheduling"  # ja: a reminder verb last reminds of what comes before ("…に電話するようリマインドして")
    if any(word in _DIGEST_NOUNS for word in words[:2]) and not _names_a_file(words):
        return "info-lookup"  # "a summary of the last 80 emails", "un riassunto delle email": the messages are read, none sent
    for kind, table in _KEYWORDS:
        if reads and kind in ("reminder-scheduling", "file-creation"):
            continue  # "olha minha agenda de quinta", "guarda le fatture nella cartella": reading them is a lookup
        if _finds_whole(table, words) or (kind == "messaging" and (_channel(words) or addressed_first(words))):
            return kind
    return "info-lookup"


_REMINDER_WORDS = dict(_KEYWORDS)["reminder-scheduling"]
_SOFTENERS = lexicon.phrases("softeners")


def _reminder_noun_last(text: str, words: list[str]) -> bool:
    """"…に電話するってリマインド", "…のリマインドをお願い": in Japanese a reminder noun that ends the request (a
    particle and a softener at most after it) asks to be reminded of what is quoted before it."""
    if not has_kana(text[:400]):
        return False
    starts = [at for at in range(len(words)) if _REMINDER_WORDS.at(words, at)]
    if not starts or not (words[starts[-1] - 1:starts[-1]] and words[starts[-1] - 1] in _KANA_TAIL
                          or lexicon.MESSAGE_QUOTED_BEFORE.ending_at(words, starts[-1])):
        return False  # what to be reminded of is quoted (って) or nominalised (の) before it; "田中さんにリマインド" reminds him
    rest = words[starts[-1] + _REMINDER_WORDS.at(words, starts[-1]):]
    if rest and len(rest[0]) == 1 and has_kana(rest[0]) and _SOFTENERS.at(rest, 1) == len(rest) - 1 > 0:
        rest = []  # "をお願い"
    return not rest or _SOFTENERS.at(rest, 0) == len(rest)


def _after_clitics(words: list[str]) -> str:
    """The first word after the object pronouns that stand before a verb ("le escribes", "se la mandas")."""
    at = 0
    while at + 1 < len(words) and words[at] in lexicon.CLITICS:
        at += 1
    return words[at]


def _standing_reminder(verb: str | None, words: list[str]) -> bool:
    """"every friday at 4pm remind the lettings team to …", "recuérdales cada lunes …": reminding others on a
    recurring schedule sets up a standing reminder; once ("remind Bob to bring the keys") or posted to a channel
    ("… remind the team in #general to …") it is a message."""
    return verb in _REMIND_OTHERS and bool(lexicon.EVERY_WORDS.find(words)) and not _channel(words)


def _katakana(word: str) -> bool:
    return "\u30a1" <= word[:1] <= "\u30fc"


def _finds_whole(table, words: list[str]) -> bool:
    """A keyword anywhere in the item, but a katakana one not at the end of a longer katakana word: "テスト" is not
    in "コンテスト", nor "ログ" in "ブログ" (a CJK word is a character, so the table alone would match inside it);
    nor a word that ends a file's name ("比赛通知.md", "email.md")."""
    start = 0
    while (found := table.find(words, start)) is not None:
        at, length = found
        if not (at and _katakana(words[at]) and _katakana(words[at - 1])) and not _names_a_file(words[at + length:at + length + 2]):
            return True  # not the end of a file's name: "写个比赛通知.md" names a notice file, it sends no notice
        start = at + 1
    heads = [word.replace("’", "'").rsplit("'", 1)[-1].rsplit("-", 1)[-1] for word in words if len(word) > 3 and ("'" in word or "’" in word or "-" in word[1:-1])]
    return any(table.at([head], 0) == 1 for head in heads if head.isalpha())  # "l'affiche", "A4-Plakat": the noun after its article or its compound's head


def _without_report_back(text: str) -> str:
    """"check the last train tonight and let me know": telling the user is how the result comes
    back, not what the task is; the words before it decide the type."""
    tokens = Tokens(text[:2000])
    words = tokens.words
    for index in range(2, len(words)):
        if words[index - 1] in (",", "，", "、") or lexicon.CONJ.ending_at(words, index):
            if lexicon.REPORT_BACK.at(words, index):
                start = index - (lexicon.CONJ.ending_at(words, index) or 1)
                return text[:tokens.starts[start]].rstrip(" ,，、")
    return text


_QUOTED_AFTER_COLON = Lazy(r":\s*[\"“«„「『']")  # "schreib in die WG-Gruppe: \"…\"": the words are a message


def _tells_what(words: list[str], verb: str) -> bool:
    """A verb-final write verb, then ", dass …" / ", welche …": a message saying that."""
    at = words.index(verb) + 1 if verb in words else len(words)
    at += words[at:at + 1] == [","]  # "Sabine schreiben dass …" often comes without its comma
    return at < len(words) and (words[at] in lexicon.SUBORDINATORS or bool(lexicon.MESSAGE_THAT.at(words, at)))


def _written_to(words: list[str], verb: str) -> bool:
    """A verb-final write verb right after a person in the dative ("seiner Mutter schreiben",
    "dem Vermieter schreiben"): a message to them, not a document."""
    at = words.index(verb) if verb in words else 0
    return at >= 2 and words[at - 1] in _ROLES and words[at - 2] in _RECIPIENT_WORDS


def _asks_for_the_user(words: list[str]) -> bool:
    """The item opens with a tell-me phrase ("me diz", "sag mir", "dis-moi", "dimmi") and then a question
    word ("quanto", "was", "combien"): the user wants an answer found, no one is written to."""
    length = lexicon.REPORT_BACK.at(words, 0)
    at = length + (words[length:length + 1] == [","]) if length else 0
    return bool(length) and at < len(words) and words[at] in lexicon.QUESTION_WORDS  # not "lmk if …": a watch


def _asks_whether(words: list[str]) -> bool:
    """The verb's object is a yes/no question ("check whether …", "prüf, ob …", "verifica se …")."""
    position = 1 + (words[1:2] == [","])
    return position < len(words) and words[position] in lexicon.SUBORDINATORS


def _to_person(tokens: Tokens) -> bool:
    """"write to Léa", "escribe a Andrés", "scrivi a Sara": the verb's object is a person (a capital)."""
    words = tokens.words
    if len(words) < 2:
        return False  # "write" alone (also a misspelt "WIRTE") names no one
    then = lexicon.SEQ["then"].at(words, 1)
    if then and 1 + then < len(words):  # "schreib danach Detlef …", "escribe luego a Marta": the sequencer is read past
        return _to_person(Tokens(tokens.text[:tokens.ends[0]] + tokens.text[tokens.ends[then]:]))
    soft = _SOFTENERS.at(words, 1) or lexicon.REQUEST.at(words, 1)
    if soft and 2 + soft < len(words) and words[1 + soft] in lexicon.recipient_words(words[0]):  # "schreib bitte der Pflege", "écris stp à Léa"
        return _to_person(Tokens(tokens.text[:tokens.ends[0]] + tokens.text[tokens.ends[soft]:]))
    at = 2 if len(words) > 2 and lexicon.PRONOUN_OBJECTS.at(words, 1) else 1  # "schreib es Paul"
    recipient = at < len(words) and words[at] in lexicon.recipient_words(words[0])
    elided = elided_recipient(tokens.text[tokens.starts[at]:tokens.ends[at]], lexicon.recipient_words(words[0])) if at < len(words) else ""
    if elided.lower() in _ROLES or elided[:1].isupper() and elided.isalpha():
        return True  # "scrivi all'amministratore", "scrivi all'Enel": written to a role or a name after an elided "alla"
    at += recipient
    if recipient and at < len(words) and words[at] in lexicon.ALL_WORDS:
        return True  # "scrivi a tutti i soci", "écris à tous les membres": written to everyone of a group, not a file
    that = 2 + lexicon.REQUEST.at(words, 2)  # "schreib Jonas bitte, dass …"
    that += words[that:that + 1] in ([","], ["，"])
    if at == 1 and len(words) > that and (lexicon.MESSAGE_THAT.at(words, 2) or lexicon.MESSAGE_THAT.at(words, that) or words[2] in lexicon.SUBORDINATORS
                                      or words[that] in lexicon.SUBORDINATORS):
        return tokens.text[tokens.starts[1]:tokens.starts[1] + 1].isupper()  # "schreib Tim, dass …", "schreib Katrin, wann …"
    after = 3 + (words[3:4] in ([","], ["，"]))
    if at == 1 and len(words) > after and lexicon.MESSAGE_THAT.at(words, after):
        return tokens.text[tokens.starts[2]:tokens.starts[2] + 1].isupper()  # "schreib stattdessen Jens / Herrn Kaya, dass …"
    if at == 1 and not (words[1] in lexicon.DETERMINERS and any(word in lexicon.SUBORDINATORS for word in words[3:7])):  # not "schreib der Floristin Frau Beck, ob …"
        # "write Tom the wifi password", "schreib Tom das WLAN-Passwort": a name, then the thing written
        named = 1 + lexicon.REQUEST.at(words, 1)  # "schreib bitte Herrn Albrecht eine Mail"
        name = tokens.text[tokens.starts[named]:tokens.ends[named]] if named < len(words) else ""
        titled = named + 1 < len(words) and words[named] in _ROLES and tokens.text[tokens.starts[named + 1]:][:1].isupper()
        if titled and words[named + 1].isalpha():
            return True  # "schreib Herrn Pichler lieber", "write aunt Carla": a title or role, then a name
        follow = named + 1 + (named + 2 < len(words) and tokens.text[tokens.starts[named + 1]:][:1].isupper())
        if name[:1].isupper() and name.isalpha() and words[named] not in lexicon.DETERMINERS and follow < len(words) \
                and (_TOPIC.at(words, named + 1) or words[named + 1] in lexicon.SUBORDINATORS):
            return True  # "schreib Korbinian wegen dem Kranwagen", "write Tom about the party", "schreib Jutta, welches …"
        return name[:1].isupper() and name.isalpha() and words[named] not in lexicon.DETERMINERS \
            and follow < len(words) and (words[follow] in lexicon.DETERMINERS or _mentions("messaging", words[follow:follow + 2]))
    if at >= len(words):
        return False
    name = tokens.text[tokens.starts[at]:tokens.ends[at]]
    if words[at] in lexicon.DETERMINERS and at + 2 < len(words):  # "écris à la fleuriste Sandrine", "alla fiorista Chiara"
        named = tokens.text[tokens.starts[at + 2]:tokens.ends[at + 2]]
        if recipient and words[at + 2] in _OF and at + 3 < len(words):  # "escribe a la banda de Ordes"
            named = tokens.text[tokens.starts[at + 3]:tokens.ends[at + 3]]
        return named[:1].isupper() and words[at + 1].isalpha() or words[at + 1] in _ROLES \
            or recipient and bool(lexicon.MESSAGE_THAT.at(words, at + 2)) \
            or recipient and tokens.text[tokens.starts[at + 1]:][:1].isupper() and words[at + 1].isalpha()
        # "écris à la voisine que …"; "escribir a la AMPA antes del jueves": the name of a body after its article
    if recipient and not name[:1].isupper() and at + 1 < len(words):  # "alla fiorista Chiara", "au proprio Marc"
        named = at + 2 if words[at + 1] in _OF and at + 2 < len(words) else at + 1  # "au club de Nantes", "al coro di Bari"
        return tokens.text[tokens.starts[named]:tokens.starts[named] + 1].isupper() or words[at] in _ROLES \
            or bool(lexicon.MESSAGE_THAT.at(words, at + 1)) \
            or words[at - 1] not in lexicon.DETERMINERS and not _names_a_file(words) and not _mentions("file-creation", words)
        # "scrivi alla zia che …": a person told something; "écrire aux saisonniers", "scrivi ai due ragazzi":
        # a preposition that is no article (aux, ai, aos) says to whom it is written
    return name[:1].isupper() or words[at] in _ROLES


def _letter_to(words: list[str]) -> bool:
    """"write a short note to the teacher", "un mot au Dr Morel", "den Widerspruch an die AOK": a letter addressed to someone
    (a drafted one is a document to review)."""
    to = lexicon.recipient_words(words[0]) if words else frozenset()
    return words[0] not in _DRAFTS and not _names_a_file(words) and any(word in _LETTERS and words[at + 1] in to for at, word in enumerate(words[1:7], 1)
                                            if at + 2 < len(words))


def delegates(text: str) -> bool:
    """Whether an item hands its work to an agent ("have the coding agent …"): such an item is work."""
    return _delegates(Tokens(text[:400]).words)


def _delegates(words: list[str]) -> bool:
    """"have the coding agent …", "pídele al agente de código que …", "コーディングエージェントに…してもらって"."""
    if _DELEGATION.find(words) or "subagent" in words or "sub-agent" in words or "subagents" in words:
        return True
    agent = lexicon.AGENT_WORDS.find(words, 0, min(len(words), 12))
    if agent is None:
        return False
    return bool(lexicon.DELEGATE_VERBS.at(words, 0) or lexicon.DELEGATE_VERBS.at(words, _after_start_time(words))) or cjk_delegates(words, agent)


def _after_start_time(words: list[str]) -> int:
    """Where the words after a leading start time begin ("in an hour have codex add …", "tomorrow
    have Claude …"): the time says when, the delegating verb still opens the request."""
    start = 0
    while start < min(len(words) - 1, 6) and is_time_word(words[start]):
        start += 1
    return start


def _books_meeting(words: list[str]) -> bool:
    """"book a 30 minute call with …", "put the offsite on my calendar", "fissa una riunione col …"."""
    return event_end(words) is not None


_TRAVEL = lexicon.word_set("travel_nouns")


def _books_appointment(words: list[str]) -> bool:
    """"book a haircut for Friday", "reserve a massage": an appointment (travel and tables are lookups)."""
    return bool(words) and words[0] in ("book", "rebook", "reserve") and not any(w in _TRAVEL for w in words[1:6])


def _mentions(kind: str, words: list[str]) -> bool:
    return bool(dict(_KEYWORDS)[kind].find(words))


def _posted_in_chat(words: list[str]) -> bool:
    """"schreib in die Foodsharing-Gruppe, dass …", "write in the team chat": writing in a group or a
    chat posts a message there (the place right after its preposition, also as a compound's last part;
    "write a guide for the group" writes a document, and a named file keeps it one)."""
    if len(words) < 3 or words[1] not in _PLACE_PREPOSITIONS or _names_a_file(words):
        return False
    return any(word in _CHAT_PLACES or word.rsplit("-", 1)[-1] in _CHAT_PLACES for word in words[2:5])


def _channel(words: list[str]) -> bool:
    """"#research", "#eng": a chat channel."""
    return any(word == "#" and index + 1 < len(words) and words[index + 1][:1].isalpha()
               for index, word in enumerate(words))


def _names_a_file(words: list[str]) -> bool:
    """"… into garden/sowing.md", "… dans potager/semis.md": a document's name (its extension)."""
    return any(word == "." and lexicon.TYPE_KEYWORDS["file-creation"].at(words, index + 1) for index, word in enumerate(words[:-1]))


def _into_named_file(words: list[str]) -> bool:
    """"… in clausulas.md", "… dans clauses.md": a file preposition right before a file's name."""
    return any(word in _FILE_PREPOSITIONS and _names_a_file(words[index + 1:index + 5]) for index, word in enumerate(words))


def _into_file(words: list[str]) -> bool:
    """"… in a markdown file", "… into a doc": the result is a file."""
    for index, word in enumerate(words):
        if word in _FILE_PREPOSITIONS and index + 1 < len(words) and words[index + 1] in ("a", "an", "the", "one"):
            if any(w in _FILE_NOUNS for w in words[index + 2:index + 5]):
                return True
    return False
