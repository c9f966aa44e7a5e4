"""Self-corrections inside a message: "book the lift - actually no scratch that, …", "reserve at
Nopi, no wait, book Dishoom instead", "nein, doch lieber …", "non, plutôt …", "算了".

A correction phrase (lexicon.CORRECTIONS) or a retraction (lexicon.RETRACTIONS) opens after a
break (a comma, a dash, the start of an item). What came just before it in the same item, or
the item before when it opens one, is withdrawn when the words after it are a new request (a
verb) or when it is a retraction; a correction of a detail only ("make that 8", "doch lieber
einen im Grill Royal") keeps the item as it is.
"""

from task_runner.parse import clause, lexicon
from task_runner.parse.clean import is_time_word, starts_with_verb, trim
from task_runner.parse.phrases import Tokens, is_cjk

_BREAKS = frozenset(",;-—–，、；")
_ENDS = _BREAKS | frozenset(".!?。！？")
_FILLERS = lexicon.DETERMINERS | lexicon.word_set("time_fillers")
_OTHERWISE = lexicon.phrases("otherwise")


def apply(items: list) -> list:
    """The items with what a correction withdraws left out."""
    items = _rejoined(items)
    out: list = []
    carried = ""  # the start time of a withdrawn request, for the request that replaces it
    for number, item in enumerate(items):
        found = _marker(item.text)
        if found is None:
            item.text, carried = _timed(carried, item.text), ""
            out.append(item)
            continue
        start, end, retraction = found
        before, after = trim(item.text[:start]).core, item.text[end:].lstrip(" ,;-—–，、；")
        new_request = bool(after) and starts_with_verb(after)
        if not (retraction or new_request or not after and number + 1 < len(items) and starts_with_verb(items[number + 1].text)) \
                or _keeps_the_object(before, after):
            out.append(item)  # "make that 8": a detail of the same item
            continue
        carried = "" if retraction else _leading_time(before or (out[-1].text if out else ""))
        if not before and out:
            out.pop()  # the correction opens the item: the one before is withdrawn
        if after and (new_request or not before):
            item.text, carried = _timed(carried, after), ""
            out.append(item)
    return out


def _ends_in_a_correction(text: str) -> bool:
    """"send the menu to Paul, actually no": the item stops at its correction (the new request is the next)."""
    found = _marker(text)
    return found is not None and not text[found[1]:].strip(" ,;-—–，、；")


def _keeps_the_object(before: str, after: str) -> bool:
    """"manda a Federica il menù, anzi no, mandalo a Ilaria": the new request names its object by a pronoun
    for the thing of the withdrawn one, so only a detail (here the recipient) changes and the item is kept
    whole, correction and all, for the agent to read."""
    words = Tokens(after[:200]).words
    return bool(before and words) and not is_cjk(after[:1]) and (lexicon.opens_with_its_object_pronoun(words) or _enclitic(words[0]))


def _enclitic(word: str) -> bool:
    """"mandalo", "inviala", "envoie-le": an object pronoun written onto the verb it follows (the verb tables
    may list the joined form itself)."""
    return any(word.endswith(clitic) and lexicon.is_verb(word[:-len(clitic)].rstrip("-")) for clitic in lexicon.CLITICS
               if len(word) > len(clitic) + 2)


def _leading_time(text: str) -> str:
    """"tomorrow morning call Fabian" → "tomorrow morning": the start a corrected request keeps ("tomorrow
    morning call Fabian, no, text him instead")."""
    if is_cjk(text[:1]):  # "两小时后给班主任，不对，是给生活老师发消息": the time characters that open it
        tokens = Tokens(text[:80])
        length = clause.cjk_time_length(tokens.words)
        return text[:tokens.ends[length - 1]] if length else ""
    words = text.split()
    count = 0
    while count < len(words) and is_time_word(words[count].lower().strip(",.")):
        count += 1
    head = [word.lower().strip(",.") for word in words[:count]]
    return " ".join(words[:count]) if any(word not in _FILLERS for word in head) else ""


def _timed(time: str, text: str) -> str:
    """``text`` with the carried start time before it, unless it names a time of its own first."""
    if not time or is_time_word(text.split(" ", 1)[0].lower().strip(",.")) or is_cjk(text[:1]) and clause.cjk_time_length(Tokens(text[:40]).words):
        return text
    return time + text if is_cjk(time[:1]) else f"{time} {text}"


def _rejoined(items: list) -> list:
    """An item the splitter cut at its correction ("…, no wait" | "make that 8") is read whole again."""
    out: list = []
    for item in items:
        words = Tokens(item.text[:200]).words
        if out and words and (lexicon.CORRECTIONS.at(words, 0) or lexicon.RETRACTIONS.at(words, 0)
                              or _ends_in_a_correction(out[-1].text) and _keeps_the_object(out[-1].text, item.text)):
            out[-1].text = out[-1].text.rstrip(" ,") + ", " + item.text
            continue
        out.append(item)
    return out


def _marker(text: str) -> tuple[int, int, bool] | None:
    """Character bounds of the first correction or retraction after a break, and which it is."""
    if len(text) > 2000:
        return None
    tokens = Tokens(text)
    words = tokens.words
    for index, word in enumerate(words):
        if index and words[index - 1] not in _ENDS:
            continue
        retraction = lexicon.RETRACTIONS.at(words, index)
        length = retraction or lexicon.CORRECTIONS.at(words, index)
        if not length or _OTHERWISE.ending_at(words, index - (words[index - 1] in _BREAKS)):
            continue  # "…, si no, olvídalo": after "otherwise" the retraction is the plan B, nothing withdrawn
        end = index + length
        while True:  # "no wait, make that …", "いや、やっぱり …": one correction in several phrases
            gap = end + (end < len(words) and words[end] in _BREAKS)
            more = lexicon.RETRACTIONS.at(words, gap) or lexicon.CORRECTIONS.at(words, gap) if gap < len(words) else 0
            if not more:
                break
            retraction = retraction or lexicon.RETRACTIONS.at(words, gap)
            end = gap + more
        if end == len(words) or words[end] in _ENDS or starts_with_verb(tokens.rest(end)) \
                and (length > 1 or lexicon.is_verb(words[end]) and words[index] not in lexicon.NEGATIONS):
            # a bare "no" before "need to call them" asks nothing new; nor is "no imprime desde el martes" (it
            # does not print) a correction: a bare negation is one only when a break follows it ("no, imprime …")
            return tokens.starts[index], tokens.ends[end - 1], bool(retraction)
    return None
