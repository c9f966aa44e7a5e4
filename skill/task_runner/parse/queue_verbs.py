"""Pause and resume the whole queue or one group: "pause everything", "hold the queue", "pause
group deploy", "resume", "carry on", "暂停所有任务", "キューを一時停止して" (issue 14).

These verbs take no task ids, so they are read apart from retry/skip/…: a clause (up to a comma,
a full stop, "and"/"then", or text another command used) is a pause or a resume only when every
other word in it is one of the queue's fillers ("the queue", "everything", "for now", "please")
or a group word and its name. "pause the video at 2:00" or "resume esse pdf" hold other words
and stay what they were. The command has the contract's shape: ids [], selector "all", note the
group's name (a span of the text, restored by the caller) or None.
"""

import re

from task_runner.parse import clause, control_words, lexicon, queue_topics
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Phrases, Tokens, is_cjk

QUEUE_VERBS = ("pause", "resume")
_VERB_TABLES = {verb: lexicon.CONTROL_BEFORE[verb] for verb in QUEUE_VERBS}
# The last words of queue phrases that may stand apart from their first ("setz … fort", "mets … en pause").
_SPLIT_ENDS = frozenset(phrase.split()[-1].split("/")[0] for lang in lexicon.LANGUAGES for verb in QUEUE_VERBS
                        for phrase in lang.control_before[verb].split("|") if " " in phrase)
_BREAKS = frozenset(".!?;,。！？；，、-–—→")  # a dash sets a clause apart too: "so, weiter geht's – Warteschlange fortsetzen"
_NEW_ACTION = Phrases(*(spec for lang in lexicon.LANGUAGES for spec in (lang.conj, lang.seq_then, lang.seq_also) if spec))
_UNTIL = lexicon.phrases("deadline_cues")
_REASONS = lexicon.phrases("reasons")
_REASON_ENDS = lexicon.phrases("reason_ends")  # "運転中だから全部一時停止して": the reason before ends, the command starts
_OF = lexicon.word_set("of_words")
_SOFTENERS = lexicon.phrases("softeners")  # "riprendi pure tutto", "pausa tudo aí": no "also" / "then" after the verb
_OWN_PLANS = lexicon.phrases("own_plans")
_DEFERRALS = lexicon.phrases("deferrals")  # "明天再说", "また今度": a clause that puts it off, the user's plan too
_WAITS = lexicon.phrases("waits")  # "…, waiting for Dan to decide", "…，等我老公拿主意": what the paused queue waits for
_HEDGES = lexicon.word_set("queue_hedges")
_NEWS_WORDS = 12  # the user's news before a queue ask is short: "c'est bon je suis garée tu peux …"
# not times.py's NUM and UNIT: importing the schedule modules is put off until a date is read
_SPAN = Lazy(r"(?:(?:" + lexicon.alternation("span_cues") + r")\s+)?(?:\d{1,3}|" + lexicon.alternation(keys_of="numbers")
             + r")\s*(?:" + lexicon.alternation(keys_of="time_units") + r")$", re.IGNORECASE)


def queue_commands(tokens: Tokens, used: list) -> list[dict]:
    """The pause/resume commands of the text, each clause's span added to ``used``."""
    words, found = tokens.words, []
    if not any(table.find(words) for table in _VERB_TABLES.values()) and not _SPLIT_ENDS.intersection(words) \
            and not (lexicon.GROUP_WORDS.find(words) and any(map(_misspelt_verb, words))):
        return found
    taken = {index for start, end in used for index, at in enumerate(tokens.starts) if start <= at < end}
    clauses = _clauses(tokens, taken)
    for at, (first, stop) in enumerate(clauses):
        read = _read(words, first, stop)
        if read is None:
            first, read = _after_own_news(words, first, stop)
        if read is None:
            continue
        verb, name = read
        fronted = _fronted_name(tokens, clauses[at - 1], first) if name is None and at else None
        name, first = fronted or (name, first)
        note = (tokens.starts[name[0]], tokens.ends[name[1] - 1] - _compound_end(words, name)) if name is not None else None
        found.append({"verb": verb, "ids": [], "selector": "all", "note": note, "_at": tokens.starts[first]})
        first = _reason_start(words, clauses[at - 1], first, taken) if at else first
        cut = any(_UNTIL.at(words, index) or _REASONS.at(words, index) for index in range(first + 1, stop))
        used.append((tokens.starts[first], tokens.ends[_own_plan_end(tokens, clauses[at + 1:], stop, taken, cut) - 1]))
    return found


def _after_own_news(words: list[str], first: int, stop: int) -> tuple[int, tuple | None]:
    """A clause that tells of the user first, then asks, with no comma between (dictated): "c'est bon je
    suis garée tu peux tout reprendre", "ok sono arrivato riprendi tutto", "I'm home now you can resume
    everything": the user's news is no part of the command, which starts at its ask or its verb."""
    told = False
    for at in range(first, min(stop, first + _NEWS_WORDS)):  # the ask, or a verb split around its object ("metti … in pausa")
        if lexicon.REQUEST.at(words, at) and not told:
            break
        told = told or bool(_OWN_PLANS.at(words, at))
        if told and at > first:
            read = _read(words, at, stop)
            if read is not None:
                return at, read
    return first, None


def _fronted_name(tokens: Tokens, before: tuple[int, int], first: int) -> tuple[tuple[int, int], int] | None:
    """"年末調整のグループ、再開して", "年会那组，先暂停": a clause that is only a group's name, a comma, then
    the verb alone: (the name's span, where the command starts)."""
    start, stop = before
    if first - stop != 1 or tokens.words[stop] not in ",，、":
        return None
    read = _read_from(tokens.words, start, stop, None, named=True)
    return (read[1], start) if read else None


def _compound_end(words: list[str], name: tuple[int, int]) -> int:
    """"die Umzugssachen" names the group "Umzugs": the compound's topic end is no part of the name."""
    return queue_topics.compound(words[name[0]]) if name[1] == name[0] + 1 else 0


def _own_plan_end(tokens: Tokens, following: list, stop: int, taken: set, cut: bool = False) -> int:
    """Where a pause ends once the user's own plan right after it goes with it: "alles pausieren,
    ich muss erst die Kasse klären", "pause it all, I'm swapping the router" give their reason, no task;
    so does a clause a reason word opens ("pausa toda la cola, que estoy sin datos hasta el lunes"), what
    the queue waits for ("pause the school group, waiting for Dan", "暂停那一组，等我老公拿主意") or a
    statement with no ask ("pausier alles, die Kasse ist offline"). ``cut``: the pause's own clause ends in
    a reason or "until …", which an "and" with no verb after it goes on ("pause it until Dan and I decide")."""
    words = tokens.words
    for first, end in following:  # "先全部暂停，我跟老板确认一下再说", "全部先暂停，明天再说，我要睡了": the plan goes on
        gap = range(stop, first)  # a comma or a dash, maybe with a joining word ("pausa tudo aí, vou …")
        deferred = _DEFERRALS.ending_at(words, end) or _DEFERRALS.at(words, end)  # "明天再说": "再" joins "明天" and "说"
        told = _WAITS.at(words, first) or _WAITS.ending_at(words, end) or clause.statement(_text(tokens, first, end))
        joined = cut and _NEW_ACTION.at(words, stop) == len(gap) and not lexicon.is_verb(words[first])  # "… and I decide"
        if taken.intersection(gap) or not any(words[at] in ",，—–-、" for at in gap) and not deferred and not joined:
            return stop
        own = _OWN_PLANS.at(words, first) and _OWN_PLANS.at(words, first) >= lexicon.REQUEST.at(words, first)  # not "我要你…"
        if not (own or _REASONS.at(words, first) or (deferred or told or joined) and _unasked(words, first, end)):
            return stop
        stop = end
    return stop


def _text(tokens: Tokens, first: int, end: int) -> str:
    return tokens.text[tokens.starts[first]:tokens.ends[end - 1]]


def _reason_start(words: list[str], before: tuple[int, int], first: int, taken: set) -> int:
    """Where a pause starts once the user's reason right before it goes with it: "运転中だから全部一時停止して",
    "电脑要重启了，所以先全部暂停", "I'm driving so pause everything": a clause with no request that a reason's
    end ("だから", "所以", "so") joins to the command is no task."""
    start, stop = before
    gap = range(stop, first)
    if taken.intersection(range(start, first)) or not any(_REASON_ENDS.at(words, at) for at in gap):
        return first
    asked = lexicon.REQUEST_END.ending_at(words, stop)  # "天気を調べてください、だから…" asks
    return start if _unasked(words, start, stop) and not asked else first


def _unasked(words: list[str], first: int, end: int) -> bool:
    """No request in the clause ("明天再说" defers; "帮我问问再说" still asks)."""
    return not any(lexicon.REQUEST.at(words, at) or lexicon.HELP_ONLY.at(words, at) for at in range(first, end))


def _clauses(tokens: Tokens, taken: set) -> list[tuple[int, int]]:
    """Token ranges between breaks: punctuation, a line break, a joining word, text already used."""
    words, text = tokens.words, tokens.text
    clauses, first, index, verb = [], 0, 0, False
    while index < len(words):
        opens = any(table.at(words, index) for table in _VERB_TABLES.values())
        verb |= opens
        joint = 0 if opens else _NEW_ACTION.at(words, index) or _REASON_ENDS.at(words, index)  # "再開して" is no "再" (then)
        softener = _SOFTENERS.at(words, index) if verb and joint and index not in taken else 0
        if words[index] in _BREAKS or index in taken or joint or _emoji(words[index]):
            if index + softener > first:  # "riprendi pure tutto", "pausa tudo aí um minuto": the softener ends the verb's clause
                clauses.append((first, index + softener))
            index += joint or 1
            first, verb = index, False
            continue
        if index > first and "\n" in text[tokens.ends[index - 1]:tokens.starts[index]]:
            clauses.append((first, index))
            first = index
        index += 1
    if first < len(words):
        clauses.append((first, len(words)))
    return clauses


def _emoji(word: str) -> bool:
    """An emoji between the user's news and the ask sets them apart like a full stop: "architect replied 🙌
    you can resume the garage conversion ones", "ya firmamos 🎉 reanuda lo de la mudanza"."""
    return all("\U0001F300" <= ch <= "\U0001FAFF" or "\u2600" <= ch <= "\u27BF" for ch in word)


def _read(words: list[str], first: int, stop: int) -> tuple[str, tuple[int, int] | None] | None:
    """(verb, token span of the group's name or None) when the clause is only a pause/resume."""
    start = first + lexicon.REQUEST.at(words, first)  # "can you …", "tu peux …", "kannst du …"
    return _read_from(words, start, stop, None) or _read_from(words, start, stop, _split_verb(words, start, stop)) \
        or _read_split_before_reason(words, start, stop)


def _read_split_before_reason(words: list[str], start: int, stop: int) -> tuple | None:
    """A verb split around its object, then the user's reason or how long: "mets tout en pause le temps
    que je conduise", "metti tutto in pausa che sono in autostrada", "setz alles bis Montag aus": the
    clause's phrase ends where the reason starts, the reason is no part of the command."""
    for cut in range(start + 2, stop):
        if _UNTIL.at(words, cut) or _REASONS.at(words, cut) or _span_at(words, cut, stop):
            split = _split_verb(words, start, cut)
            return _read_from(words, start, cut, split) if split else None
    return None


def _name_end(words: list[str], start: int, stop: int) -> int:
    """Where a group's name that follows its group word ends: a word, and more joined by "of" words ("retoma o
    grupo folha de pagamento", "reprends le groupe paie de décembre"), not a verb ("Gruppe weinberg fortsetzen"),
    nor a filler or a reason after it. A chat app named in it makes it a chat group ("the group chat on whatsapp")."""
    end = start + 1
    while end + 1 < stop and words[end] in _OF and words[end + 1].isalnum() and not _filler(words, end + 1) \
            and not any(table.at(words, end + 1) for table in _VERB_TABLES.values()):
        end += 2
    end = max(end, queue_topics.run_end(words, start, stop, _ends_name))  # "il gruppo settimana bianca"
    return start + 1 if lexicon.TYPE_KEYWORDS["messaging"].find(words[start:end]) else end


def _read_from(words: list[str], index: int, stop: int, split, named: bool = False) -> tuple | None:
    """The clause read with the verb in one piece, or (``split``) around its object; "先全部暂停一下"
    has its verb in one piece although "先…停一下" would make a phrase too. ``named``: a clause of a group's
    name alone, no verb, is read as (None, name)."""
    verb, name, misspelt = None, None, False
    if split:
        verb, tail = split  # "mets le groupe maison en pause", "setz die Gruppe haus fort"
        index, stop = index + 1, stop - tail
    while index < stop:
        word = words[index]
        if verb and (_UNTIL.at(words, index) or _REASONS.at(words, index) or _span_at(words, index, stop)):
            break  # "pause everything until I'm back", "pausa todo hasta que vuelva"; the user's reason is no
            # part of the command: "pausa todo un rato que estoy cambiando la clave", "pause it all because …"

        if not any(ch.isalnum() for ch in word):
            index += 1
            continue
        length, which = max((table.at(words, index), verb_name) for verb_name, table in _VERB_TABLES.items())
        if length and verb is None and index + length <= stop:
            verb, index = which, index + length
            continue
        if verb is None and not split and _misspelt_verb(word):
            verb, misspelt, index = _misspelt_verb(word), True, index + 1  # "pasue the squash group"
            continue
        request = lexicon.REQUEST.at(words, index) if verb is None and not split else 0
        if request:
            index += request  # "ya puedes reanudar la cola": a request after a filler
            continue
        group = lexicon.GROUP_WORDS.at(words, index)
        if group and name is None and index + group < stop and not _filler(words, index + group):
            end = _name_end(words, index + group, stop)
            name, index = (index + group, end), end  # "pause group deploy", "retoma o grupo folha de pagamento"
            continue
        topic = queue_topics.topic_at(words, index, stop, _ends_name) if name is None else None
        if topic:
            name, index = topic  # "pause the fundraiser stuff", "pausa lo de las bodas de oro", "フードバンク関係は…"
            continue
        filler = _filler(words, index)
        if filler:
            index += filler
            continue
        run = _cjk_name(words, index, stop) if is_cjk(word[:1]) else _name_run(words, index, stop)  # "暂停家务组", "the fantasy football group"
        group = lexicon.GROUP_WORDS.at(words, index + run)
        if group and name is None and index + run + group <= stop:
            name, index = (index, index + run), index + run + group  # "pause the deploy group", "暂停deploy组"
            continue
        return None
    if misspelt and name is None:
        return None  # a misspelt verb is read only with the group it names: "resme pls" may be anything
    if named:
        return (None, name) if verb is None and name is not None else None
    return (verb, name) if verb else None


def _misspelt_verb(word: str) -> str | None:
    """The queue verb a word misspells by one letter ("resme", "pasue", "reanda", "fortsezen"): a
    typo of the verb still means it when the rest of the clause is only a group and its fillers."""
    known = control_words.misspelt_control(word)
    return next((verb for verb, table in _VERB_TABLES.items() if table.at([known], 0) == 1), None) if known else None


def _split_verb(words: list[str], first: int, stop: int) -> tuple[str, int] | None:
    """A queue verb split around its object: the first word and the clause's last ones make the
    phrase ("mets … en pause", "setz … fort", "metti … in pausa", "pon … en pausa")."""
    for end in range(stop, first + 1, -1):
        if end < stop and not _fillers_only(words, end, stop):
            continue  # "pon todo en pausa un rato": fillers may follow the phrase's last words
        for tail in (3, 2, 1):
            if end - tail <= first + 1:
                continue
            phrase = [words[first]] + words[end - tail:end]
            for verb, table in _VERB_TABLES.items():
                if table.at(phrase, 0) == len(phrase):
                    return verb, tail + stop - end
    return None


def _fillers_only(words: list[str], index: int, stop: int) -> bool:
    while index < stop:
        length = _filler(words, index)
        if not length:
            return False
        index += length
    return True


def _cjk_name(words: list[str], index: int, stop: int) -> int:
    """How many characters from ``index`` run up to a group word ("家务组" → 2), else 1."""
    for end in range(index + 1, min(stop, index + 8)):
        if lexicon.GROUP_WORDS.at(words, end):
            return end - index
        if not is_cjk(words[end][:1]) or _filler(words, end):
            break
    return 1


def _span_at(words: list[str], index: int, stop: int) -> bool:
    """A length of time from ``index`` ("for two weeks", "un par de semanas", "für 3 Tage"): how long the
    queue stays paused is no word of the command's object, so it ends the clause like "until monday"."""
    return any(_SPAN.match(" ".join(words[index:end])) for end in range(index + 2, min(stop, index + 7) + 1))


def _name_run(words: list[str], index: int, stop: int) -> int:
    """How many words from ``index`` run up to a group word ("the fantasy football group" → 2), else 1:
    a group's name may be a few words, none of them a filler or a group word."""
    for end in range(index + 1, min(stop, index + 4)):
        if lexicon.GROUP_WORDS.at(words, end):
            return end - index
        if not words[end].isalnum() or _filler(words, end):
            break
    return 1


def _ends_name(words: list[str], index: int) -> bool:
    """A word no group's name holds: a filler, a queue verb (maybe misspelt), a group word, "until …", a reason, a length of time."""
    return bool(_filler(words, index) or lexicon.GROUP_WORDS.at(words, index) or _UNTIL.at(words, index)
                or _REASONS.at(words, index) or any(table.at(words, index) for table in _VERB_TABLES.values())
                or _misspelt_verb(words[index]) or _span_at(words, index, len(words)))  # "Gruppe tischtennis fortsezen"


def _filler(words: list[str], index: int) -> int:
    word = words[index]
    phrase = lexicon.QUEUE_FILLERS.at(words, index)  # the longest first: "la file d'attente", not "la"
    phrase = phrase or _SOFTENERS.at(words, index)
    if phrase > 1 or word in _HEDGES or word in lexicon.ALL_WORDS or word in lexicon.STATUS_NOUNS or word in lexicon.DETERMINERS:
        return phrase or 1  # not the id fillers: "hold on" is no pause
    return phrase
