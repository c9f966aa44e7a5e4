"""What a clause is, for the splitter: one job in two halves, a statement, a wait for a task."""

from task_runner.parse import lexicon
from task_runner.parse.clean import is_time_word, leading_verb, trim
from task_runner.parse.needed_by import reason_end
from task_runner.parse.patterns import ZH_DAY_START, ZH_DAYS_END
from task_runner.parse.phrases import Tokens, has_kana, is_cjk
from task_runner.parse.products import introduces, nouns_of

_KEEP_AS = lexicon.phrases("keep_as")
_CALL_VERBS = lexicon.phrases("call_verbs")
_CALL_ASKS = lexicon.phrases("call_asks")
_FALLOUT_FIXES = lexicon.phrases("fallout_fixes")
_BREAKS = frozenset(",;，；、")
_CARRIERS = lexicon.phrases("request_carriers")
_TO_THE_USER = lexicon.word_set("to_the_user")  # "me", "mandami", "envoie-moi": the user as the object of a send verb
_WEAK_LOOKUPS = lexicon.word_set("weak_lookups")
_SEND_TO = lexicon.word_set("send_to_words") | lexicon.word_set("recipient_words")  # "… to Bob", "… a Giulia": someone else


def one_job(left: list[str], right: list[str]) -> bool:
    """"go through my emails and summarize them", "check the site and lmk if …": the second half is
    the result of the first, not a task of its own."""
    if not right:
        return False
    cjk = is_cjk(right[0][:1]) or bool(left) and is_cjk(left[-1][:1])  # "…を書いてmenu.docxで保存して": a file name first
    if lexicon.REPORT_BACK.at(right, 0) or _KEEP_AS.at(right, 0) or cjk and _KEEP_AS.ending_at(right, len(right)):
        return True  # "prepare the quote and save it as quote.pdf": where the result goes, not a task
    if 1 < len(right) <= 5 and right[0] in _TO_THE_USER and lexicon.verb_type(right[0]) is None and lexicon.verb_type(right[-1]) == "messaging" \
            and not any(word in _SEND_TO for word in right):
        return True  # "… nachschauen und mir per Signal schicken": the user, then the send verb last, sends the result back
    if _FALLOUT_FIXES.at(right, 0):
        return True  # "bump the test suite to 1.2 and fix whatever breaks": the fallout of the first half
    if is_cjk(right[0][:1]) and lexicon.REPORT_BACK.ending_at(right, len(right)) and "に" not in right:
        return True  # "テストを実行して、落ちたものを教えて": telling the user what came of it
    lead = _time_lead(left)  # "entro giovedì guardi …", "d'ici jeudi lis …": a deadline before the reading verb
    if _asked_on_the_call(left, right, lead, cjk):
        return True
    reads = lexicon.READING_VERBS.at(left, lead) or is_cjk(left[0][:1]) and lexicon.READING_VERBS.find(left)
    return bool(reads and (lexicon.DIGEST_VERBS.at(right, 0) or is_cjk(right[0][:1]) and lexicon.DIGEST_VERBS.find(right[:48])))


def found_sent_back(left: str, right: list[str]) -> bool:
    """"toda sexta às 18h confere se saiu vídeo novo e me manda o link", "ogni lunedì controlla gli ordini e mandami
    il riepilogo": a standing lookup (every …), then a send verb with the user as its object and the thing sent (an
    article first): what each run finds goes back to the user, one recurring job (a one-off "look up hotels and
    send me the options" is two steps). Not when someone else is told ("… e manda il link a Giulia"), not
    "rappelle-moi de …", and not a thing the first half makes ("compara … y mándame la comparación")."""
    verb = next((at for at in range(min(2, len(right))) if lexicon.verb_type(right[at]) == "messaging"), None)
    if verb is None or len(right) > 12 or not _looks_up(left) or not lexicon.EVERY_WORDS.find(Tokens(left[:200]).words):
        return False
    user = verb + 1 if right[verb] in _TO_THE_USER and right[verb] not in lexicon.CLITICS else next(
        (at + 1 for at in (verb - 1, verb + 1) if 0 <= at < len(right) and right[at] in _TO_THE_USER), None)
    thing = max(user or 0, verb + 1)
    if user is None or thing >= len(right) or right[thing] not in lexicon.DETERMINERS \
            or any(word in _SEND_TO or word[:1].isupper() for word in right[thing:]):
        return False
    return not any(introduces(left, noun) for noun in nouns_of(right[thing + 1:]))


def _asked_on_the_call(left: list[str], right: list[str], lead: int, cjk: bool) -> bool:
    """"call the dentist and ask if …", "bei Kranich anrufen und fragen, ob …", "chiama l'anagrafe e chiedi …",
    "区役所に電話して、…確認しといて": what is asked is asked on the call, one job."""
    called = _CALL_VERBS.at(left, lead) or _CALL_VERBS.ending_at(left, len(left))  # "… anrufen", "…に電話して"
    if not called:
        return False
    return bool(_CALL_ASKS.at(right, 0) or cjk and _CALL_ASKS.ending_at(right, len(right)))


def _looks_up(core: str) -> bool:
    verb = leading_verb(core)[0]
    return verb is not None and (lexicon.verb_type(verb) == "info-lookup" or verb in _WEAK_LOOKUPS)  # "revisa", "checa"


def _time_lead(words: list[str]) -> int:
    """How many time words (at most 4) open ``words``: "entro giovedì", "by Friday"."""
    count = 0
    while count < min(4, len(words) - 1) and is_time_word(words[count]):
        count += 1
    return count


def waits_for_a_task(words: list[str]) -> bool:
    """A clause that only says which existing task comes first ("once T-03 is done", "T-01完成以后")."""
    ids = [index for index, word in enumerate(words) if lexicon.id_number(word) is not None]
    if not ids:
        return False
    after = words[ids[-1] + 1:]
    if any(word in _BREAKS for word in after) or any(lexicon.is_verb(word) or word in lexicon.DE_INFINITIVES for word in after):
        return False  # "after T-02 is done, write …", "nach T-10 die Ergebnisse packen": the action is here too
    opens = lexicon.DEP_BEFORE_ID.at(words, 0) or lexicon.CLAUSE_OPENERS.at(words, 0)
    return bool(opens) or any(lexicon.DEP_AFTER_ID.at(words, index + 1) for index in ids)


FINITE = lexicon.word_set("finite_verbs")
_STATEMENT_OPENERS = lexicon.word_set("statement_openers")
_PAST_ENDINGS = tuple(lexicon.word_set("past_endings"))


def statement(text: str) -> bool:
    """A clause with its own subject and finite verb ("the fridge is empty"), not a noun list or an opener."""
    words = Tokens(text[:200]).words
    if not words or lexicon.CLAUSE_OPENERS.at(words, 0) or words[0] in _STATEMENT_OPENERS:
        return False
    return any(word in FINITE for word in words[1:]) or _past_of_a_verb(words)


def _past_of_a_verb(words: list[str]) -> bool:
    """"Anna called", "the plumber finished the boiler": a verb of our tables with a past ending right after
    its subject, one word or an article and a noun ("the shared folder", "the house move sorted" are none)."""
    at = 2 if len(words) > 2 and words[0] in lexicon.DETERMINERS else 1
    word = words[at] if at < len(words) else ""
    return words[at - 1] not in lexicon.DETERMINERS and any(
        word.endswith(ending) and len(word) > len(ending) + 2 and lexicon.is_verb(word[:-len(ending)]) for ending in _PAST_ENDINGS)


def article_subject(words: list[str]) -> bool:
    """"la réserve de l'épicerie est inondée", "la commande est arrivée": a word that is both a clitic and an
    article, a word that may be a verb, then a finite verb before any other verb: a noun phrase and its
    verb, a statement, not a pronoun object before its verb ("la réserver", "et lui envoyer")."""
    if len(words) < 3 or words[0] not in lexicon.DETERMINERS:
        return False
    for word in words[2:6]:
        if word in FINITE:
            return True
        if lexicon.is_verb(word):
            return False
    return False


def strip_result_lead(core: str) -> str:
    """"with the result build a chart" → "build a chart" (the result phrase is a dependency cue)."""
    tokens = Tokens(core[:120])
    length = lexicon.DEP_RESULT.at(tokens.words, 0)
    if not length:
        return core
    rest = length
    if rest + 1 < len(tokens) and tokens.words[rest + 1] in _BREAKS and not lexicon.is_verb(tokens.words[rest]):
        rest += 1  # "com esses horários, marca …": the noun of the result phrase goes with it
    while rest < len(tokens) and tokens.words[rest] in _BREAKS:
        rest += 1
    return tokens.rest(rest) if rest < len(tokens) else core


def strip_use_lead(core: str) -> str:
    """"use that to write the list" → "write the list", "usa quegli orari per preparare …" → "preparare …":
    after a sequencer, the use of what came before leads to the step's own verb (a few words on)."""
    tokens = Tokens(core[:120])
    words = tokens.words
    length = lexicon.USE_VERBS.at(words, 0)
    if not length:
        return core
    for at in range(length, min(len(words) - 1, length + 6)):
        if words[at] in lexicon.PURPOSE_WORDS:
            return tokens.rest(at + 1) if lexicon.is_verb(words[at + 1]) else core
        if words[at] in _BREAKS:
            return core
    return core


def cjk_time_length(words: list[str]) -> int:
    """How many words of a leading CJK time ("每月1号上午10点", "两小时后") open ``words`` (time characters,
    numerals, a part of the day). Each word may be read either way, so the reading that reaches furthest
    counts: "每周一早上8点" is "一" and "早上", not "一早" and a stray "上"."""
    reached = {0}
    for at, word in enumerate(words):
        if at > max(reached):
            break
        if at in reached and "".join(words[at:at + 2]) in lexicon.CJK_DAY_PARTS:
            reached.add(at + 2)
        if at in reached and (word in lexicon.TIME_CHARACTERS or word in lexicon.CJK_NUMERALS or word[:1].isdigit()):
            reached.add(at + 1)
        elif at in reached and at and word in _DAY_JOINS and at + 1 < len(words) and words[at + 1] in lexicon.TIME_CHARACTERS:
            reached.add(at + 1)  # "每周三和周六晚上…": a join between two days of one schedule stays in the time
    return max(reached)


_DAY_JOINS = lexicon.word_set("id_join_words") | {"、"}


def then_only_after_first(words: list[str], at: int, length: int) -> bool:
    """zh "…，再查一下…" is an "also"; "先下载…，再整理…", "…然后总结…再回复…" a "then" (a first-word opened the
    sentence, after its leading time if any: "两小时后先清日志，再重启…"; or a "then" came before)."""
    lead = cjk_time_length(words[:at])
    if lexicon.THEN_AFTER_FIRST.at(words, at) != length or lexicon.FIRST_WORDS.find(words[lead:lead + 4]) is not None \
            or at and words[at - 1] in lexicon.NOT_THEN_BEFORE:  # "下午3点以后再…": no sequencer at all
        return False
    before = words[max(0, at - 40):at]
    found = lexicon.SEQ["then"].find(before)
    return found is None or lexicon.THEN_AFTER_FIRST.at(before, found[0]) == found[1]


def closes_steps(words: list[str], at: int, length: int) -> bool:
    """"先…然后帮我比较…的价格最后提醒我…", "…調べてそれから…最後に確認して": unbroken CJK, an order word ("最后")
    after a "then" of the same sentence and before a verb or a request opens the next step, not a noun ("最后一天")."""
    after = at + length
    return lexicon.SEQ["then"].find(words[max(0, at - 60):at]) is not None and after < len(words) \
        and bool(lexicon.VERB_PHRASES.at(words, after) or lexicon.REQUEST.at(words, after))


def done_again(text: str) -> bool:
    """"…的价格，查完之后用这个结果写…": "查完" only says the step before is done; the next step waits for it."""
    words = [word for word in Tokens(text).words if word not in _BREAKS]
    return 1 < len(words) <= 4 and is_cjk(words[0][:1]) and words[-1] in lexicon.DEP_DONE and bool(lexicon.VERB_PHRASES.at(words, 0))


_ENDS = frozenset(".!?;。！？；")


def command_tail(tokens: Tokens, end: int) -> int:
    """Where a command's span ends: its CJK tail (below), then a need-by clause ("…, I need it by tonight")."""
    return reason_end(tokens, _cjk_tail(tokens, end))


def _cjk_tail(tokens: Tokens, end: int) -> int:
    """Where a command's span ends once the rest of its CJK clause goes with it: "t-18は完了にしといて" leaves no
    "といて", "T-15はもういらないからキャンセル" no "からキャンセル" (a request ending, or a particle and the control
    word again, with nothing else before the sentence ends)."""
    first = next((index for index, start in enumerate(tokens.starts) if start >= end), len(tokens.words))
    words, last = tokens.words, first
    while last < len(words) and words[last] not in _ENDS and "\n" not in tokens.text[end:tokens.starts[last]] and last - first < 10:
        last += 1
    tail = words[first:last]
    if not tail or not all(is_cjk(word[:1]) for word in tail) or last < len(words) and words[last] not in _ENDS:
        return end
    if _request_only(tail, 0):
        return tokens.ends[last - 1]
    for skip in (0, 1, 2):
        if skip and not all("\u3040" <= word <= "\u309f" for word in tail[:skip]):
            break
        for table in lexicon.CONTROL_AFTER.values():
            length = table.at(tail, skip)
            if length and (skip + length == len(tail) or _request_only(tail, skip + length)):
                return tokens.ends[last - 1]
    return end


def _request_only(tail: list[str], at: int) -> bool:
    """Only a request ending from ``at`` on, after the light verbs that carry it: "(リトライ)してもらえますか",
    "(もう一度やって)みてください", "(キャンセル)しておいていただけますか"."""
    while at < len(tail) and _CARRIERS.at(tail, at):
        at += _CARRIERS.at(tail, at)
    return at < len(tail) and lexicon.REQUEST_END.at(tail, at) == len(tail) - at


def verb_after_cjk_time(core: str) -> bool:
    """"…，下午三点提醒我去邮局": a time of day (time characters, numerals, a part of the day) and then a verb."""
    words = Tokens(core).words
    at = cjk_time_length(words)
    if not at:
        return False
    after = next((i for i in range(at, min(at + 2, len(words))) if words[i] in lexicon.NOT_THEN_BEFORE), None)
    if after is not None:  # "6点以后再重启…": the time is a start
        at = after + 1
    at += lexicon.THEN_AFTER_FIRST.at(words, at)  # "…，明天早上再订机票": "再" says "only then"
    at += lexicon.REQUEST.at(words, at)  # "…，每周五晚上8点帮我查一下…": the request between the time and its verb
    return bool(lexicon.VERB_PHRASES.at(words, at))


_RELATIVES = lexicon.word_set("relatives")


def relative_clause(right: str) -> bool:
    """A relative pronoun, then a lowercase word ("der samstags …", "who works …"; not the article of
    "die Rechnungen bezahlen"), and no request opener ("que me busques …" asks)."""
    words = right.split(None, 2)
    opening = Tokens(right[:40]).words
    return len(words) > 1 and words[0] in _RELATIVES and words[1][:1].islower() \
        and not lexicon.REQUEST.at(opening, 0) and not lexicon.DELEGATE_VERBS.at(opening, 0)


def weekday_list(left: str, right: str) -> bool:
    """"每周一、三、五…": the comma inside a list of weekdays (the later ones may drop 周)."""
    return bool(ZH_DAYS_END.search(left)) and bool(ZH_DAY_START.match(right))


def need_before_a_comma(left: str, words: list[str], index: int) -> bool:
    """"preciso do relatório até quarta, e manda uma cópia …", "I need the minutes by Tuesday, and send …": a
    need asks for work like a verb does, so a comma and a request after it start the next task (without the
    comma, "I need the move sorted find a van … and buy boxes" stays one doubted run-on)."""
    comma = "," in words[max(0, index - 2):index]
    if not comma:
        return False
    opening = Tokens(left[:80]).words
    need = lexicon.NEED_FRAMES.find(opening)
    return bool(need) and (trim(left).asked or _date_before(opening[:need[0]]))


def dated_need(left: str) -> bool:
    """"by Wednesday I need the camp forms filled in", "para el viernes necesito …": a need frame with only
    a date before it asks for the thing it names, as "I need …" alone does."""
    opening = Tokens(left[:80]).words
    need = lexicon.NEED_FRAMES.find(opening)
    return bool(need) and need[0] > 0 and _date_before(opening[:need[0]])


def frame_list(left: str, words: list[str], index: int) -> bool:
    """"d'ici vendredi il faut vérifier A, écrire B et imprimer C": after a date, one request frame holds a
    list of verbs (a comma or an "and" between them), and its date is theirs; ", y mañana busca …" leaves it."""
    if index and words[index - 1] in _BREAKS:
        return False
    opening = Tokens(left[:80]).words
    asked = lexicon.REQUEST.find(opening)
    after = opening[sum(asked)] if asked and sum(asked) < len(opening) else ""
    return bool(asked) and asked[0] > 0 and _date_before(opening[:asked[0]]) \
        and not is_time_word(after)  # "stasera, tipo alle 21, scrivi …": a filler before a clock time is of the date


def _date_before(words: list[str]) -> bool:
    """"d'ici lundi midi il me faut …", "até quarta-feira preciso da …", "entro giovedì mi serve …", "pour lundi il me
    faut …": only a date (time words, articles; a for-word first) before the need frame, so the need is the request of the item."""
    date = [word for word in words[1 if words[:1] and words[0] in lexicon.ANSWER_LEADS else 0:] if word != ","]
    return bool(date) and all(is_time_word(word) or word in lexicon.DETERMINERS for word in date)


def verb_then_kana(left_words: list[str], right: str) -> bool:
    """A Japanese request verb closes the clause before a sequence word, and the clause after it is Japanese
    too, though it opens with a Latin name ("…をリマインドして、あとAmazonで…調べといて")."""
    return bool(left_words) and is_cjk(left_words[-1][:1]) and has_kana(right[:200]) \
        and bool(lexicon.VERB_PHRASES.ending_at(left_words, len(left_words)))
