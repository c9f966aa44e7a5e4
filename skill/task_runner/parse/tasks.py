"""Items → tasks: which items are tasks, and each one's description, goal, type, schedule,
dependencies and priority, plus the doubts about them (doubts.py).

Apart from the package's pipeline so that a message without items (a control command, a status
question: most one-line messages) never loads the type, dependency and priority rules; the
schedule rules, datetime and the clock load later still, only for an item that mentions a time
(``_schedule``).
"""

from task_runner.goal import make_goal
from task_runner.parse import beside, clause, clean, doubts, lexicon, mode, priority, shared_due, split, standing_links
from task_runner.parse.classify import classify, delegates
from task_runner.parse.command_reasons import is_reason, states_news
from task_runner.parse.commands import Found
from task_runner.parse.depends import dependencies, waits
from task_runner.parse.header_times import only_times
from task_runner.parse.late_deadline import folded, opened_by_deadline
from task_runner.parse.phrases import Tokens, has_kana, is_cjk
from task_runner.parse.preambles import topic_opens_request
from task_runner.parse.reminder_ellipsis import carry as carry_reminders
from task_runner.parse.text import Masked, squash

_QUESTION_GOAL_PREFIX = "Find out "


def tasks_of(items: list, masked: Masked, body: str, found: Found, now, limit: int) -> tuple[list[dict], list[str], bool]:
    """The tasks of a message's items (at most ``limit``), the doubts about them, and whether some
    item read as a task (even if the message then turns out to ask for none)."""
    tasks = _tasks(items, masked, now, limit)
    shared_due.share(tasks, body)
    if len(tasks) > 1:
        tasks = _keep(tasks, folded(tasks))  # "… the date picker breaks. by thursday ideally"
    carry_reminders(tasks)
    standing_links.unlink(tasks)  # "remind me every weekday …, then find …": nothing waits for a standing reminder
    read = bool(tasks)
    _wait_for_a_retry(tasks, found.commands)
    if found.status is not None:
        tasks = _keep(tasks, [not _bare_question(task) for task in tasks])
    if found.commands:
        tasks = _keep(tasks, [not (beside.no_task(task, found.commands) or is_reason(task) or states_news(task)) for task in tasks])
    if not (found.commands or found.status) and len(tasks) == 1 and not _single_is_work(tasks[0], body):
        if not _doubts(tasks):
            tasks = []
    reasons = doubts.list_of_objects(tasks)
    for index, task in enumerate(tasks):
        reasons += _doubts([task], index)
        del task["_meta"]
    return tasks, reasons, read


def _wait_for_a_retry(tasks: list[dict], found: list[dict]) -> None:
    """"retry T-10 with `-v` and once it's done email the log to Sven": the first task, when it
    waits for what came before it, waits for the retried ids."""
    retried = [command["ids"] for command in found if command["verb"] == "retry" and command["ids"]]
    if not (retried and tasks) or tasks[0]["depends_on"]:
        return
    item, trimmed, _ = tasks[0]["_meta"]
    if waits(trimmed.core, item.cue or trimmed.cue):
        tasks[0]["depends_on"] = list(retried[-1])


def _keep(tasks: list[dict], kept: list[bool]) -> list[dict]:
    """The kept tasks, their in-message dependencies renumbered (a link to a dropped task goes)."""
    new_index = {old: new for new, old in enumerate(i for i, keep in enumerate(kept) if keep)}
    out = [task for task, keep in zip(tasks, kept) if keep]
    for task in out:
        task["depends_on"] = [new_index[d] if isinstance(d, int) else d for d in task["depends_on"]
                              if not isinstance(d, int) or d in new_index]
    return out


def _sentence_cue(kept: list, number: int) -> str:
    """The cue a sentence opens with: zh "…；再帮我查一下…" after a stop is an "also", as it is after a
    comma (clause.then_only_after_first: unless a first-word opened the message or a "then" came before)."""
    cue = kept[number][1].cue
    if cue != "then" or not number:
        return cue
    earlier = Tokens(" ".join(item.text for item, _, _ in kept[:number])[-400:]).words
    words = earlier + Tokens(kept[number][0].text[:80]).words
    length = lexicon.THEN_AFTER_FIRST.at(words, len(earlier))
    return "also" if length and clause.then_only_after_first(words, len(earlier), length) else cue


def _order_after_then(cues: list[str], number: int) -> str:
    """"…, then book the pickup and finally write to the client": once a "then" has begun the chain,
    an order word ("finally", "por último", "alla fine", "最后") is its next step, not an item of a list."""
    return "then" if cues[number] == "order" and number and cues[number - 1] == "then" else cues[number]


def _doubts(tasks: list[dict], first: int = 0) -> list[str]:
    return [reason for index, task in enumerate(tasks, first)
            for reason in doubts.item_reasons(index, task["description"], task["_meta"][2], task["type"], _core(task))]


def _core(task: dict) -> str:
    """The masked words of a task without its sub-bullets, for the length doubt; none for a question
    (a long question asks one thing: "…のうち終わったものとまだのものを教えてもらえますか？")."""
    item, trimmed = task["_meta"][0], task["_meta"][1]
    return "" if item.text.rstrip().endswith(("?", "？")) else _without_details(trimmed.core, item)


def _tasks(items: list, masked: Masked, now, limit: int) -> list[dict]:
    kept = []
    for number, item in enumerate(items):
        urgent, text = priority.unmark(item.text, item.context)
        trimmed = clean.trim(text)
        step = number + 1 < len(items) and items[number + 1].cue in ("then", "now") and _unknown_imperative(trimmed.core)
        opens_next = number + 1 < len(items) and items[number + 1].joined and _start_alone(trimmed.core, now)
        plain_step = _plain_step(trimmed.core) and (bool(kept) and item.joined or number + 1 < len(items) and items[number + 1].joined
                                                    and _plain_step(clean.trim(items[number + 1].text).core))
        late = bool(kept) and not item.listed and _bare_deadline(trimmed.core, now)  # "… . by friday please": folded (late_deadline.py)
        if not trimmed.core or not (step or opens_next or plain_step or late or _is_task(item, trimmed) or _has_deadline(trimmed.core, now)):
            continue
        kept.append((item, trimmed, urgent))
        if len(kept) >= limit:
            break
    if not kept:
        return []
    kept = _needs_then_how(kept)
    moment = now
    cores = [trimmed.core for _, trimmed, _ in kept]
    cues = [item.cue or _sentence_cue(kept, n) for n, (item, trimmed, _) in enumerate(kept)]
    cues = [_order_after_then(cues, n) for n in range(len(cues))]
    links = dependencies(cores, cues, [item.context for item, _, _ in kept], [masked.restore(core) for core in cores])
    tasks, opening, opening_alone = [], None, False
    for (item, trimmed, urgent), depends_on in zip(kept, links):
        description = squash(masked.restore(trimmed.core))
        shell = masked.commands(trimmed.core)
        kind = _type(description, item, trimmed, bool(shell))
        when = _when_text(masked.restore_unquoted(_without_details(trimmed.core, item)), kind)
        found, moment = _schedule(when, moment)
        if found is not None and not found.cron and item.context and _deadline(item.context, moment, cron=True)[0]:
            found = _schedule(item.context + " " + when, moment)[0] or found  # "## Jeden Tag" over "- 21:30 Katzenklo …"
        if found is None and item.details and not item.pasted:
            found, moment = _deadline(item.details, moment)  # "  - bis Freitag": a detail's deadline is the task's
        if found is None and item.context:
            found, moment = _deadline(item.context, moment, cron=True)  # "by Friday, please: 1. … 2. …" applies to every item
            if found is None:
                found, moment = _start_header(item.context, moment)  # "morgen um 8 Uhr: beim Spediteur … fragen"
        if found is None and item.joined and opening is not None and item.cue != "now" and not _for_now(trimmed.core) \
                and not _own_day(trimmed.core, kind) and not (kind == "info-lookup" and not opening_alone):
            found = opening  # "tomorrow morning email Ann, and post the fixtures": the start opens the sentence
        elif found is None or kind == "reminder-scheduling" and not _cron_alone(found, description) \
                or not (found.not_before and not found.cron and _opens(trimmed.core, found) or _cron_alone(found, description)):
            opening = None  # "a las 22h recuérdame …, y escríbele a …": the hour is the reminder's, not the next item's start
        else:
            opening = found
            opening_alone = _only_the_time(description, found)
        tasks.append({
            "description": description,
            "goal": _goal(description, trimmed),
            "type": kind,
            "depends_on": depends_on,
            "schedule": found.as_dict() if found else {"cron": None, "due": None, "not_before": None},
            "schedule_phrase": " ".join(found.phrase) if found else None,
            "command": shell[0] if shell else None,
            "priority": "high" if urgent else None,
            "_meta": (item, trimmed, bool(found)),
        })
    alone = [bool(task["schedule_phrase"]) and _spaceless(squash(task["description"]).strip(" ,、，")) == _spaceless(task["schedule_phrase"])
             and later["_meta"][0].joined for task, later in zip(tasks, tasks[1:])]
    opened_by_deadline(tasks, alone)
    return _keep(tasks, [not cut for cut in alone] + [True]) if any(alone) else tasks  # "明日の朝、…" opens the next


def _plain_step(core: str) -> bool:
    """"…を変えるのと、…を作るのと、佐藤さんに電話する": a Japanese clause that ends in a plain verb (a kana joiner after
    it at most), joined after a task or before another such clause, is a step of the same list, not a statement."""
    words = Tokens(core[:200].rstrip(" 。.!！")).words
    while len(words) > 3 and has_kana(words[-1]) and (words[-1] in lexicon.DETERMINERS or lexicon.CONJ.at(words, len(words) - 1) == 1):
        words = words[:-1]
    return bool(words) and has_kana(words[-1]) and bool(lexicon.PLAIN_VERB_PHRASES.ending_at(words, len(words)))


def _only_the_time(description: str, found) -> bool:
    """"morgen früh als Erstes – die Route planen": the item is the start time alone, cut off the request
    it opens, so that request keeps it even when it is a lookup. A lookup joined after a request of its own
    ("at 3pm post the tide table, and find out whether …") is asked for now, not at the other's time."""
    return _spaceless(squash(description).strip(" ,、，:")) == _spaceless(" ".join(found.phrase))  # "每天早上8点" is phrase "每天 早上8点"


def _without_details(core: str, item) -> str:
    """The item without its sub-bullets: "Abfahrt 17 Uhr", "retour dimanche soir" describe the thing, no start."""
    at = core.rfind(item.details.strip()) if item.details else -1
    return core[:at].rstrip() if at > 0 else core


def _deadline(text: str, now, cron: bool = False):
    """(a due date, or a cron too, from words around the item, or None; the clock)."""
    found, now = _schedule(text, now)
    if found and (found.due or cron and found.cron):
        found.not_before = None
        return found, now
    return None, now


def _start_header(text: str, now):
    """(the start time of a header that is nothing but that time, or None; the clock)."""
    found, now = _schedule(text, now)
    if found and found.not_before and not found.cron and (_only_the_time(text, found) or only_times(text)):
        return found, now
    return None, now


def _for_now(core: str) -> bool:
    """"such mir nebenbei …", "look up meanwhile …": a now-word among the first words asks for it now."""
    words = Tokens(core[:80]).words[:5]
    return any(lexicon.NOW.at(words, index) for index in range(1, len(words)))


_DAY_WORDS = frozenset(key for key in lexicon.merged("relative_days") if " " not in key)
_BOOKED_DAYS = _DAY_WORDS | frozenset(lexicon.merged("weekdays"))


def _own_day(core: str, kind: str) -> bool:
    """"…, und heute noch die Preise checken", "and today still call …", "今天再…": a day word among the
    first words of its own sets the item apart from the start time that opened the sentence; so does any
    day a scheduling item names, the day of what it books ("…, y agenda una cita con el gestor para el martes")."""
    head = core[:40].lower()
    if kind == "reminder-scheduling" and _BOOKED_DAYS.intersection(Tokens(core[:200].lower()).words):
        return True
    return any(word in _DAY_WORDS for word in Tokens(head).words[:3]) \
        or any(head.startswith(key) for key in _DAY_WORDS if is_cjk(key[:1]))


def _opens(core: str, found) -> bool:
    """Whether the start-time phrase opens the item ("mañana por la mañana manda …")."""
    words = [w for phrase in found.phrase for w in phrase.lower().split()]
    return bool(words) and core.lower().lstrip(" ,").startswith(words[0])


def _needs_then_how(kept: list) -> list:
    """"il me faut le devis pour vendredi, tu peux le préparer dans devis.pdf ?": a thing needed, then
    how to make it ("le préparer", "prepare it"): one task, not a noun and a pronoun."""
    out = [kept[0]]
    for item, trimmed, urgent in kept[1:]:
        last_item, last, last_urgent = out[-1]
        words = Tokens(trimmed.core[:200]).words
        if lexicon.opens_with_its_object_pronoun(words) and last.requested and not clean.starts_with_verb(last.core) and not item.listed:
            merged = split.Item(last_item.text + ", " + item.text, last_item.cue, last_item.listed, last_item.framed)
            merged.context = last_item.context
            out[-1] = (merged, clean.trim(merged.text), last_urgent or urgent)
            continue
        out.append((item, trimmed, urgent))
    return out


def _when_text(text: str, kind: str) -> str:
    """The words a task's schedule may come from: a message's own content ("tell Ana that the
    meeting moves to Friday", "部長に明日遅れるって連絡して") carries dates that are not ours."""
    if kind != "messaging":
        return text
    tokens = Tokens(text)
    lead = " ".join(text.lower().split()[:6]) + " "
    period = max((len(key.split()) for key in lexicon.merged("relative_periods") if lead.startswith(key + " ")), default=0)
    found = lexicon.MESSAGE_THAT.find(tokens.words, max(1, period))  # "la semana que viene llama a …": no "that"
    elided = next((i for i in range(max(1, period), found[0] if found else len(tokens.words))
                   if tokens.words[i].replace("’", "'").startswith(_ELIDED_THAT)), None)
    if elided is not None:
        return text[:tokens.starts[elided]]  # "envoie un sms à Josiane pour qu'elle vienne à 6h samedi"
    if found:
        return text[:tokens.starts[found[0]]]
    found = lexicon.MESSAGE_QUOTED_BEFORE.find(tokens.words, 1)
    if found:
        particles = [i for i in range(found[0]) if tokens.words[i] in ("に", "で")]
        start = tokens.ends[particles[0]] if particles else 0
        return text[:start] + text[tokens.starts[found[0]]:]
    if is_cjk(text[:1]) and not has_kana(text):
        found = lexicon.TYPE_KEYWORDS["messaging"].find(tokens.words)  # "通知团员周六加练": what follows the verb is the message
        if found:
            return text[:tokens.ends[sum(found) - 1]]
    return text


_TIME_WORDS = lexicon.SCHEDULE_WORDS
# "qu'": an elided "that" is written as one word with what follows ("qu'elle vienne à 6h")
_ELIDED_THAT = tuple(phrase for lang in lexicon.LANGUAGES for phrase in lang.message_that.split("|") if phrase.endswith("'"))
_CLOCK_WORDS = lexicon.TIME_CUES


def _mentions_time(text: str) -> bool:
    """Cheap gate before the schedule rules: a time word, a clock-like number, or a Chinese time character."""
    if any(ch in lexicon.TIME_CHARACTERS for ch in text) or any(word in text for word in lexicon.WORKDAY_ENDS):
        return True  # "下班前", "EOD之前": the end of the working day, run into the words around it
    words = text.lower().replace(",", " ").split()
    for index, word in enumerate(words):
        bare = word.strip(".;:!?()")
        plain = bare.replace("’", "'")
        if bare in _TIME_WORDS or plain.rpartition("'")[2] in _TIME_WORDS or plain.removesuffix("'s") in _TIME_WORDS:
            return True  # "fra un'ora": a time word after an elided article or number; "saturday's market": its day
        if bare[:1].isdigit() and (bare.endswith(("am", "pm", "h", "st", "nd", "rd", "th", "min", "mins")) or ":" in bare
                                   or "-" in bare or index and words[index - 1] in _CLOCK_WORDS | _TIME_WORDS or words[index - 1:index] == ["@"]
                                   or words[index + 1:index + 2] and words[index + 1].strip(".,") in _TIME_WORDS | _CLOCK):
            return True
    return False


_CLOCK = frozenset("am pm a.m. p.m. uhr h o'clock".split())


def _schedule(text: str, now):
    """(schedule or None, the clock used): the schedule rules run, and they, datetime and the
    clock load, only when the text mentions a time at all."""
    if not _mentions_time(text):
        return None, now
    from task_runner.parse import schedule

    if now is None:
        now = schedule.clock()
    return schedule.find(text, now), now


def _type(description: str, item: split.Item, trimmed: clean.Trimmed, has_command: bool) -> str:
    """The type of the item's core words, or a reminder when the framing stripped off the front
    said so ("add a reminder to renew my passport": the core alone reads as a lookup)."""
    found = classify(description, has_command=has_command)
    lead = item.text[: max(0, item.text.find(trimmed.core))].lower()
    if found in ("info-lookup", "unknown") and "remind" in lead:
        return "reminder-scheduling"
    if found != "agent-delegation" and lead.strip() and not clean.starts_with_verb(trimmed.core) and delegates(item.text.strip()):
        return "agent-delegation"  # "que Claude Code revise …": the opener taken off handed the work to an agent
    return found


def _is_task(item: split.Item, trimmed: clean.Trimmed) -> bool:
    """Listed items are tasks; in prose only actions, requests and questions are."""
    if mode.is_chit_chat(trimmed.core) or mode.is_meta_item(trimmed.core) or mode.names_no_work(trimmed.core, True) \
            or mode.introduces(trimmed.core, item.text):
        return False
    if item.listed or item.framed or trimmed.requested or trimmed.framed or (trimmed.cue or item.cue) and not lexicon.OWN_PLANS.at(Tokens(trimmed.core[:60]).words, 0):
        return True  # a cue before the user's own state ("ainda estou a tentar perceber …") opens no step
    return clean.starts_with_verb(trimmed.core) or delegates(trimmed.core) or delegates(item.text.strip()) \
        or mode.is_question(trimmed.core, item.text) \
        or topic_opens_request(trimmed.core)


def _unknown_imperative(core: str) -> bool:
    """"konvertier die Videos … und dann lade sie …", "exporta os pedidos … e aí manda …": before a
    "then" step, a clause opening with a lowercase word the tables do not know, then an article and
    a noun, or a quantity and a noun ("encomenda 25 T-shirts …") (verb + object; not "ich war …", not
    "trasloco il 22"), is the first step, not context."""
    words = Tokens(core[:200]).words
    first = words[0] if len(words) > 2 and (words[1] in lexicon.DETERMINERS or words[1].isdecimal()) and words[2][:1].isalpha() else ""
    return first.isalpha() and first.islower() and not is_cjk(first[:1]) and core[:1].islower() and not (
        first in lexicon.DETERMINERS or first in lexicon.PRONOUN_SUBJECTS or first in lexicon.SUBJECTS
        or first in lexicon.QUESTION_WORDS or first in lexicon.CLAUSE_WORDS or first in lexicon.CLITICS
        or lexicon.REQUEST.at(words, 0) or lexicon.FRAMING.at(words, 0))


def _start_alone(core: str, now) -> bool:
    """"tomorrow morning first, call Ann", "morgen früh als Erstes …", "mañana primero …", "周五之前，把…": an order
    word or a comma cut the start time or the deadline off the request it opens; kept as an item so that it opens the next one (and is
    then dropped), instead of being lost."""
    found, _ = _schedule(core, now)
    return bool(found and (found.not_before or found.cron or found.due)) and _only_the_time(core, found)


def _spaceless(text: str) -> str:
    return "".join(text.lower().split())


def _cron_alone(found, description: str) -> bool:
    """"毎朝、天気を確認して", "每周一，帮我查一下": a repetition cut off the request it opens schedules that request."""
    return bool(found.cron) and not found.due and _only_the_time(description, found)


def _has_deadline(core: str, now) -> bool:
    """"die Präsi muss bis Freitag fertig sein": a statement with a deadline is work to do."""
    found, _ = _schedule(core, now)  # "T-104加急，今天下班前要": a deadline with one word of need after it names no work
    return bool(found and found.due) and not mode.is_question(core, core) \
        and len(_spaceless(squash(core).strip(" ,、，:。.!！")).replace(_spaceless(" ".join(found.phrase)), "", 1)) > 1


def _bare_deadline(core: str, now) -> bool:
    found, _ = _schedule(core, now)
    return bool(found and found.due and not found.not_before and not found.cron) \
        and _spaceless(squash(core).strip(" ,、，:。.!！")) == _spaceless(" ".join(found.phrase))


def _bare_question(task: dict) -> bool:
    """A prose question with no list mark or action, e.g. the "what's not?" of "what's done and
    what's not?": beside a status request it is more of the same request, not a lookup."""
    item, trimmed, _ = task["_meta"]
    return not (item.listed or item.framed or trimmed.requested or clean.starts_with_verb(trimmed.core)) \
        and mode.is_question(trimmed.core, item.text)


def _goal(description: str, trimmed: clean.Trimmed) -> str:
    if mode.is_question(trimmed.core, description):
        question = description.rstrip(" ?？")
        return make_goal(_QUESTION_GOAL_PREFIX + question[0].lower() + question[1:]) if question else ""
    return make_goal(description)


def _single_is_work(task: dict, body: str) -> bool:
    item, trimmed, scheduled = task["_meta"]
    framed = trimmed.framed or item.framed or item.listed or mode.is_framed(body)
    return mode.single_is_work(trimmed.core, item.text, task["type"], trimmed.requested, scheduled, framed)
