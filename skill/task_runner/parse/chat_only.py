"""Messages that ask nothing to queue though their words look like a request: a question about what
the assistant can do ("你都能干些啥呀？我还不太清楚能让你做什么", "このアシスタントって、どんなことができるんですか？
初心者なので教えてください", "what can you do?") and thanks for work done ("さっきの要約、めっちゃ助かった！ありがと").

Every sentence must be such a question, such thanks, a sign-off or greeting, or a sentence with no work in
it ("初心者なので教えてください" asks to be told, which the answer does); one sentence that asks for work
("…？那帮我查一下明天的天气") makes the message a request again, and so does any task id.
"""

from task_runner.parse import lexicon
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, is_cjk

_CAPABILITY = lexicon.phrases("capability_asks")
_ONLY = lexicon.phrases("only_alternatives")
_REQUEST_Q = lexicon.phrases("request_questions")  # "can you …", "você consegue …"
_PRAISE = lexicon.phrases("praise_words")
_EXAMPLES = lexicon.phrases("example_leads")
_SENTENCES = Lazy(r"[?？!！。\n]+|(?<=[.])\s+")
_LIST_BREAKS = frozenset(",;，、")
_EXAMPLE_WORDS = 8  # an example list, not a sentence of its own
_FILLERS = frozenset("了 啊 呀 哦 呢 吧 嘛 です ね よ わ な ～ ~ 😊 😄 🙏 👍 ♪ w".split())
_TOLD = lexicon.REPORT_BACK  # "教えて", "tell me": what the answer does anyway


def is_chat_only(text: str) -> bool:
    words = Tokens(text[:401]).words
    if len(text) > 400 or not (_CAPABILITY.find(words) or _PRAISE.find(words) or _ONLY.find(words)) \
            or any(lexicon.id_number(word) is not None for word in words):
        return False  # (the cheap test first: most messages say neither)
    sentences, asked, named, at = [], [], [], 0
    for sentence in _SENTENCES.split(text):
        at = text.find(sentence, at) + len(sentence)
        if sentence.strip():
            sentences.append(Tokens(sentence).words)
            asked.append(text[at:at + 1] in ("?", "？"))
            named.append(any(word[:1].isupper() for word in sentence.split()[1:]))  # "… to Bob", not "… do whatsapp"
    kinds = [_kind(words) for words in sentences]
    # "qué puedes hacer? me podrías llevar las cuentas?": what else it can do; a name makes it a job ("… call Bob?")
    for index, kind in enumerate(kinds):
        if kind is None and asked[index] and _ability_question(sentences[index]) and not named[index] and (
                index and kinds[index - 1] == "chat" or _which_it_can(sentences[index])):
            kinds[index] = "chat"
    return bool(kinds) and None not in kinds and any(kind == "chat" for kind in kinds)


def _which_it_can(words: list[str]) -> bool:
    """"você consegue ouvir áudio do whatsapp ou só lê texto?", "can you listen to voice notes or only read text?":
    which of two kinds of things the assistant can do (the caller: with no name in it, "… to Bob or just draft it?" is a job)."""
    words = [word for word in words if word not in ("¿", "¡")]
    return bool(words and _REQUEST_Q.at(words, 0) and _ONLY.find(words))


def _ability_question(words: list[str]) -> bool:
    """"me podrías llevar las cuentas?", "能帮我管店里的账吗", "auch Rechnungen schreiben?": after a question about
    what the assistant can do, a request asked as a question, with no number in it (no date, hour or amount of a
    job of its own), asks whether it can do such things."""
    return bool(lexicon.REQUEST.at(words, 0)) and not any(ch.isdigit() for word in words for ch in word)


def _kind(words: list[str]) -> str | None:
    """"chat" for a question about the assistant or thanks, "plain" for a sentence with no work, else None."""
    raw, words = words, [word for word in words if any(ch.isalnum() for ch in word)]
    if not words:
        return "plain"
    asked = _CAPABILITY.find(words)
    if asked:  # "何ができるか教えて、それと明日の天気も調べて" asks for work as well
        rest = words[asked[0] + asked[1]:]  # "o que você pode fazer com esse PDF manda pro João": a verb after the question asks
        return "chat" if _no_work(words[:asked[0]] + rest) and not _verb_inside(rest) else None
    end, last = len(words), -1
    while end != last:  # "…太有用了，谢谢！": fillers and a sign-off after the praise
        last = end
        end -= end and words[end - 1] in _FILLERS
        end -= lexicon.SIGN_OFFS.ending_at(words, end) if end > 1 else 0
    praise = _PRAISE.ending_at(words, end)
    if praise:
        # what is praised may be a verb's noun ("总结", "要約") or the help given ("上次帮我找的那家餐厅太棒了")
        return None if lexicon.REQUEST_END.find(words[:end - praise]) else "chat"
    if lexicon.SIGN_OFFS.at(words, 0) == len(words) or lexicon.GREETINGS.at(words, 0) == len(words):
        return "plain"
    lead = _EXAMPLES.at(raw, 0)  # "… what can you do with stuff I paste? like lists and emails": examples of the things
    if lead and len(words) <= _EXAMPLE_WORDS + lead:
        return None if _asks_work(raw[lead + (raw[lead:lead + 1] == [","]):]) else "plain"
    return "plain" if _no_work(words) else None


def _verb_inside(words: list[str]) -> bool:
    """A later word opens a request ("… manda pro João", "… mándaselo a Ana"): a dictated message has no stop."""
    from task_runner.parse.clean import starts_with_verb

    return any(not is_cjk(words[index][:1]) and starts_with_verb(" ".join(words[index:])) for index in range(1, len(words)))


def _asks_work(words: list[str]) -> bool:
    """Whether an example list, or a part of it after a comma, opens a request ("like, call the vet for me")."""
    from task_runner.parse.clean import starts_with_verb

    if not words:
        return False
    return any(starts_with_verb(("" if is_cjk(words[0][:1]) else " ").join(words[index:]))
               for index in range(len(words)) if (words[index - 1] in _LIST_BREAKS if index else words[0] not in _LIST_BREAKS)) \
        or bool(lexicon.REQUEST_END.find(words) or lexicon.HELP_ONLY.find(words))


def _not_asked(words: list[str]) -> bool:
    return not (lexicon.REQUEST_END.find(words) or lexicon.HELP_ONLY.find(words) or lexicon.REQUEST.find(words))


def _no_work(words: list[str]) -> bool:
    from task_runner.parse.clean import starts_with_verb

    told = _TOLD.find(words)
    if told:  # "教えてください", "tell me": the answer tells
        after = told[0] + told[1]
        words = words[:told[0]] + words[after + lexicon.REQUEST_END.at(words, after):]
    if words and starts_with_verb(("" if is_cjk(words[0][:1]) else " ").join(words)) or not _not_asked(words):
        return False
    return not any(lexicon.VERB_PHRASES.at(words, index) > 1 for index in range(len(words)))
