"""One-off times in Chinese and Japanese: 明天下午五点, 下周三, 2時間後, 金曜までに, 明日の朝, and the
ends of periods as deadlines: 月底前, 这周内, 今週中に, 今月末までに, 年底前 (the end of the
month/week/year at 17:00, like "by the end of the month"). A date followed by 的/の describes the
object ("明天上海的天气") and sets nothing."""

from datetime import datetime, timedelta

from task_runner.parse import lexicon
from task_runner.parse.events import event_end
from task_runner.parse.patterns import ZH_DAY, Lazy
from task_runner.parse.phrases import Phrases, Tokens, is_cjk
from task_runner.parse.times import (
    CJK_HOUR,
    DAYS,
    PARTS,
    RELATIVE_DAYS,
    Schedule,
    after_noon,
    clock_time,
    end_of_period,
    pattern_of,
    spoken_number,
)
from task_runner.timeutil import to_iso

_MOVED = lexicon.phrases("object_cues")  # the CJK ones: "…に変更", "改到…"
_STARTS = lexicon.phrases("start_cues")  # the CJK ones come after the time: "15時になったら…"
# "締め切りが日曜の23:59だから、それまでに応募して": a deadline word that points back to the date before it
_BY_THEN = Phrases("|".join(cue for lang in lexicon.LANGUAGES for cue in lang.deadline_cues.split("|") if cue and is_cjk(cue[:1])))
_NOONS = frozenset(key for key, hour in PARTS.items() if is_cjk(key[:1]) and hour == 12)  # "中午前", "昼までに": by noon
_CJK_PARTS = pattern_of({key: hour for key, hour in PARTS.items() if is_cjk(key[:1])})
_CJK_RELATIVE = pattern_of({key: days for key, days in RELATIVE_DAYS.items() if is_cjk(key[:1])})
# The end of a period: always a deadline (月底, 年末), or one with 前/内/中に after it (这周内, 今週中に).
_PERIOD_ENDS = {key: kind for key, kind in lexicon.merged("period_ends").items() if is_cjk(key[:1])}
_PERIODS = {key: kind for key, kind in lexicon.merged("current_periods").items() if is_cjk(key[:1])}
_PERIOD_RE = Lazy(r"(?P<end>" + pattern_of(_PERIOD_ENDS) + r")(?P<due>之前|以前|前|までに|まで)?"
                  r"|(?P<period>" + pattern_of(_PERIODS) + r")(?P<within>之内|以内|内|中に|中|までに|まで|之前|以前|前)")
# a space may stand around digits typed among CJK ("晚上 8 点", "12 月 3 号"): the same time
_SPACED_HOUR = CJK_HOUR.replace(r"\d{1,2}[点點時]", r"\d{1,2} ?[点點時]")
_CJK_DAY = r"\d{1,2} ?月 ?\d{1,2} ?[号號日]|(?:下周|来週)の?(?:月|火|水|木|金|土|日)曜日?|" + _CJK_RELATIVE + r"|下(?:个)?" + ZH_DAY + r"|" + ZH_DAY + r"|下周|来週|(?:月|火|水|木|金|土|日)曜日?"
_ZH_ONE_OFF = Lazy(
    r"(?P<rel>(?P<n>\d{1,3}|[一两兩二三四五六七八九十半]{1,3})[个個]?(?P<unit>分钟|分鐘|小时|小時|天|分|時間|日)(?:后|以后|之后|後|以後|之後))"
    r"|(?P<day>" + _CJK_DAY + r")?"
    r"(?:の(?=" + _CJK_PARTS + r"|[\d一二三四五六七八九十]))?(?P<part>" + _CJK_PARTS + r")?"  # "明日の朝", "明日の15時"
    r"(?: ?(?P<time>" + _SPACED_HOUR + r"(?:半|\d{1,2}分?)?))?"
    r"(?P<due>之前|以前|前|までに|まで|(?<=日)中に)?"
)
_CALENDAR = Lazy(r"(\d{1,2}) ?月 ?(\d{1,2})")
_KANA = Lazy(r"[\u3040-\u30ff]")
_CJK_ATTRIBUTE = Lazy(r"[^、，,。\s把给跟]{0,6}[的の]")
# "来週行ける整備工場", "明日来る田中さん": a Japanese plain-form verb right before a noun (no particle between) makes a relative clause
_JA_RELATIVE = Lazy(r"も?[^、，,。\sにをでへとがはも]{0,6}?(?:る|う|く|す|つ|む|ぶ|ぐ|た|ない)(?=[\u4e00-\u9fff\u30a1-\u30fa])")
# "12月10日の学年会議の前に…", "周五的会议之前…": before the event of a date is by that date
_BEFORE_THE_EVENT = Lazy(r"[の的][^、，,。\sをにで把]{1,10}?(?:の|的)?(?:前に|前まで|までに|之前|以前)")
_ADVERBIAL = Lazy(r"(?:[にで]|から)(?!の)")  # "1時間後に…の…": a time with its particle is when to act ("9時からの掃除": the thing's)
_OBJECT_MARK = Lazy(r"を")  # "私が入れる土曜日を探して": a date marked as the verb's object is what is acted on
_CJK_STEPS = {"分钟": timedelta(minutes=1), "分鐘": timedelta(minutes=1), "分": timedelta(minutes=1), "小时": timedelta(hours=1),
              "小時": timedelta(hours=1), "時間": timedelta(hours=1),
              "天": timedelta(days=1), "日": timedelta(days=1)}


_WORKDAY_END = Lazy(r"(?:(?P<day>" + _CJK_DAY + r") ?)?(?:" + "|".join(lexicon.WORKDAY_ENDS) + r") ?(?:之前|以前|前|までに|まで)")


def _workday_end(text: str, base: datetime, result: Schedule) -> tuple[int, int] | None:
    """"下班前", "周五 EOD 之前", "金曜EODまでに": the end of the working day (of the day before it, else today) with
    a before-word after it is a deadline at 17:00 of that day; the day is the deadline's, no start. Overrides a
    bare "EOD" the English grammar read as today's."""
    if not any(word in text for word in lexicon.WORKDAY_ENDS):
        return None
    match = _WORKDAY_END.search(text)
    if not match:
        return None
    day = _ZH_ONE_OFF.match(text, match.start("day")) if match.group("day") else None
    moment = _zh_moment(day, base) if day else base
    if moment is None:
        return None
    if (moment.date() - base.date()).days == 7 and not match.group("day").startswith(("下", "来")):
        moment -= timedelta(days=7)  # "金曜EODまでに" said on a Friday: today's end
    result.due = to_iso(moment.replace(hour=17, minute=0))
    result.phrase = [phrase for phrase in result.phrase if phrase.lower() not in ("eod", "cob")] + [match.group()]
    return match.span()


def one_off(text: str, base: datetime, result: Schedule) -> None:
    span = _workday_end(text, base, result)
    tokens = Tokens(text[:400])
    by_then = _BY_THEN.find(tokens.words)
    cut = tokens.starts[by_then[0]] if by_then else -1
    for match in _ZH_ONE_OFF.finditer(text):
        if not (match.group("day") or match.group("time") or match.group("rel") or match.group("due") and match.group("part") in _NOONS):
            continue
        if span and match.start() < span[1] and match.end() > span[0]:
            continue  # the day of "周五 EOD 之前" is the deadline's
        if not match.group("rel") and match.end() <= cut:
            if match.group("day"):
                _set(result, "due", _by_then(match, text, base), match.group())  # the date "それまでに" points back to
            continue  # (its clock time, "金曜の15時", is the deadline's, no start)
        if not match.group("due") and _STARTS.at(Tokens(text[match.end():match.end() + 8]).words, 0):
            _set(result, "not_before", _zh_moment(match, base), match.group())  # "15時になったら予約して": when to act
            continue
        if match.group("day") and not match.group("due") and _BEFORE_THE_EVENT.match(text, match.end()):
            _set(result, "due", _by_then(match, text, base), match.group())  # "12月10日の学年会議の前に調べて"
            continue
        if _CJK_ATTRIBUTE.match(text, match.end()) and not match.group("due") and not _ADVERBIAL.match(text, match.end()) \
                and not lexicon.VERB_PHRASES.at(Tokens(text[match.end():match.end() + 8]).words, 0):
            continue  # "明天上海的天气", "土曜日の夜の席": the date describes the object ("明天上午10点联系…的洗衣房": a verb first)
        if not match.group("due") and not match.group("rel") and _asked_about(text, match.end()):
            continue  # "查一下明天会不会下雨", "看看周四有没有空": the date is inside the question, not when to act
        if not match.group("due") and not match.group("rel") and _time_asked(text, match.end()):
            continue  # "查一下明天几点起飞", "高铁周六最早一班几点": the date is the asked time's, not when to act
        if not match.group("due") and not match.group("rel") and _in_which_question(text, match.start()):
            continue  # "查一下哪家医院周六上午有门诊", "查查哪家店周日开门": the day the asked-for thing is on
        if not match.group("due") and not match.group("rel") and _JA_RELATIVE.match(text, match.end()):
            continue  # "来週行ける整備工場を探す": the date is inside a relative clause about the thing
        if not match.group("due") and not match.group("rel") and _OBJECT_MARK.match(text, match.end()):
            continue  # "入れる土曜日を探して", "空いてる日曜を教えて": the date is the thing looked for, not when to act
        if _CALENDAR.match(match.group("day") or "") and not match.group("due") and (text[:match.start()].strip() or _KANA.search(text)):
            continue  # a date after the verb is the thing's ("订酒店，12桌，12月19号中午"), and so may be a Japanese one
            # before a verb ("12月5日に泊まれる宿"); "12月18号提醒我…" opens the item: its start
        if _moved_to(text, match):
            continue  # "予約を来週に変更して", "把会议改到下周": the date the thing moves to, not when to act
        key = "due" if match.group("due") else "not_before"
        if key == "not_before" and _booked(text, match):
            continue  # "土曜日の夜にイタリアンを4人で予約して": the date of the booking, not when to book
        _set(result, key, _zh_moment(match, base), match.group())
    if result.due is None:
        _period_end(text, base, result)
    if result.due is None:
        _date_due(text, base, result)


def _by_then(match, text: str, base: datetime) -> datetime | None:
    """The deadline a later "それまでに" points back to: the date, at its clock time ("日曜の23:59") or 17:00."""
    moment = _zh_moment(match, base)
    clock = _CLOCK_AFTER.match(text, match.end())
    if moment is None:
        return None
    if clock and int(clock.group("h")) < 24 and int(clock.group("m") or clock.group("m2") or 0) < 60:
        return moment.replace(hour=int(clock.group("h")), minute=int(clock.group("m") or clock.group("m2") or 0))
    return moment.replace(hour=17, minute=0) if not match.group("time") else moment


_CLOCK_AFTER = Lazy(r"の?(?P<h>\d{1,2})(?::(?P<m>\d{2})|時(?:(?P<m2>\d{1,2})分?)?)")


def _set(result: Schedule, key: str, moment: datetime | None, phrase: str) -> None:
    if moment and getattr(result, key) is None:
        setattr(result, key, to_iso(moment))
        result.phrase.append(phrase)


# "30日までに", "30号之前", "12月5日まで": a day of the month (and its month) before a deadline word; a bare
# "3日前" is "three days ago" and sets nothing.
_DATE_DUE = Lazy(r"(?<![\d.])(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})(?:[号號](?:之前|以前|前)|日(?:までに|まで|之前|以前))")


def _calendar_day(month: int, day: int, base: datetime) -> datetime | None:
    """That month's day, this year or (when it has passed) the next."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        moment = base.replace(month=month, day=day)
    except ValueError:
        return None
    return moment if moment.date() >= base.date() else moment.replace(year=base.year + 1)


def _date_due(text: str, base: datetime, result: Schedule) -> None:
    match = _DATE_DUE.search(text)
    if not match:
        return
    from task_runner.parse.calendar_days import day_of_month

    day, month = int(match.group("day")), int(match.group("month") or 0)
    if month:
        moment = _calendar_day(month, day, base)
    else:
        moment = day_of_month(day, base)
    if moment is not None:
        result.due = to_iso(moment.replace(hour=17, minute=0))
        result.phrase.append(match.group())


_BOOKING = lexicon.phrases("booking_verbs")


def _asked_about(text: str, end: int) -> bool:
    """A Chinese A-not-A question ("会不会", "有没有") right after the date (the date is its subject)."""
    words = Tokens(text[end:end + 12]).words
    for index in range(min(2, len(words) - 2)):
        if words[index] in "、，,。；;？?":
            return False
        if words[index + 1] in ("不", "没") and words[index + 2] == words[index] and is_cjk(words[index][:1]):
            return True
    return False


_TIME_QUESTIONS = lexicon.phrases("time_questions")
_QUESTION_CHARACTERS = frozenset(word for word in lexicon.word_set("question_words") if len(word) == 1 and is_cjk(word))


def _in_which_question(text: str, start: int) -> bool:
    """A lookup verb, then a question word ("哪家", "什么") before the date in the same clause: the date is
    inside the question asked ("查一下哪家医院周六上午有骨科门诊"); "周六上午查一下…" (the date first) still starts it."""
    words = Tokens(text[max(0, start - 40):start]).words
    stop = max((index for index, word in enumerate(words) if word in "、，,。；;？?！!"), default=-1)
    verb = next(((index, size) for index in range(stop + 1, len(words)) for size in (4, 3, 2)
                 if lexicon.TYPE_VERBS.get("".join(words[index:index + size])) == "info-lookup"), None)
    return verb is not None and any(word in _QUESTION_CHARACTERS for word in words[sum(verb):])


def _time_asked(text: str, end: int) -> bool:
    """A question for a time ("几点", "何時") later in the date's clause, with no verb of ours between them."""
    words = Tokens(text[end:end + 16]).words
    stop = next((index for index, word in enumerate(words) if word in "、，,。；;？?！!"), len(words))
    asked = _TIME_QUESTIONS.find(words, 0, stop)
    return asked is not None and lexicon.VERB_PHRASES.find(words, 0, asked[0]) is None


def _booked(text: str, match) -> bool:
    """A booking verb follows the date in the same clause (no 、 or ， between), or comes before it with its
    object between them: "帮我订个会议室明天下午两点开会" books the room for the meeting's hour, now."""
    words = Tokens(text[match.end():match.end() + 40]).words
    end = next((index for index, word in enumerate(words) if word in "、，,。；;"), len(words))
    if _BOOKING.find(words, 0, end) is not None or event_end(words[:end]) is not None:  # "火曜15時に打ち合わせを予定に入れて"
        return True
    before = Tokens(text[max(0, match.start() - 30):match.start()]).words
    start = max((index + 1 for index, word in enumerate(before) if word in "、，,。；;"), default=0)
    verb = _BOOKING.find(before, start)
    return verb is not None and sum(verb) < len(before)


def _moved_to(text: str, match) -> bool:
    after = Tokens(text[match.end():match.end() + 12]).words
    before = Tokens(text[max(0, match.start() - 8):match.start()]).words
    return bool(_MOVED.at(after, 0) or _MOVED.ending_at(before, len(before)))


def _period_end(text: str, base: datetime, result: Schedule) -> None:
    match = next((match for match in _PERIOD_RE.finditer(text) if not _period_of_thing(text, match)), None)
    if not match:
        return
    kind = _PERIOD_ENDS.get(match.group("end") or "") or _PERIODS[match.group("period")]
    result.due = to_iso(end_of_period(kind, base))
    result.phrase.append(match.group())


def _period_of_thing(text: str, match) -> bool:
    """"年末の空席を調べて", "年末調整の書類": in Japanese a bare period end (no まで/前) with の after it, or run
    into the noun after it, names the thing's time, no deadline. (Chinese puts its verb right after the time:
    "月底交房租" is due then.)"""
    return not match.group("due") and not match.group("within") and bool(_KANA.search(text)) \
        and bool(_OF_THING.match(text, match.end()))


_OF_THING = Lazy(r"の|[\u4e00-\u9fff\u30a1-\u30fa]")  # a noun's attribute particle, or the noun itself


def _zh_moment(match, base: datetime) -> datetime | None:
    if match.group("rel"):
        n = spoken_number(match.group("n"))
        return base + _CJK_STEPS[match.group("unit")] * n if n else None
    day_word = match.group("day") or ""
    calendar = _CALENDAR.match(day_word)
    if calendar:  # "12月18号下午3点"
        day = _calendar_day(int(calendar.group(1)), int(calendar.group(2)), base)
        if day is None:
            return None
    elif day_word in RELATIVE_DAYS or not day_word:
        day = base + timedelta(days=RELATIVE_DAYS.get(day_word, 0))
    elif day_word in ("下周", "来週"):
        day = base + timedelta(days=7 - base.weekday())
    else:
        name = day_word.replace("下个", "").replace("下周", "周").replace("下", "").replace("来週", "").lstrip("の").replace("礼拜", "星期")
        target = DAYS.get(name, DAYS.get("周" + name[-1:]))
        if target is None:
            return None
        ahead = (target - base.weekday()) % 7 or (0 if match.group("due") else 7)  # "金曜までに" on a Friday: today
        if day_word.startswith(("下", "来週")):
            ahead += 7 if ahead < 7 - base.weekday() else 0
        day = base + timedelta(days=ahead)
    hour, minute, _ = clock_time(match.group("time") or "")
    part = match.group("part")
    if hour is None:
        hour = PARTS.get(part) or PARTS.get(day_word) or (17 if match.group("due") else 9)
    else:
        hour = after_noon(hour, part or "", day_word)  # "下午3点", "今晚8点", "明晚11点", "中午1点"
    moment = day.replace(hour=hour, minute=minute)
    if not day_word and moment <= base:
        moment += timedelta(days=1)
    return moment
