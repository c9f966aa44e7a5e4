"""A pasted mail under the user's own words: "reply to this …" / "responde esse e-mail …" /
"Transfère ce mail à Bastien :" and then a block that opens with a greeting ("Hi Mr Adeyemi,",
"Olá, Bianca!", "王小姐您好：", "町内会の皆様") or header lines ("From: …", "Asunto: …", "件名：…") and
ends with a closing and its signature ("Kind regards,\\nHollie", "Att.,\\nRenata") or the message.
The mail is the material of the user's ask, never tasks of its own: its body becomes one quotation
after the words before it (so "reply to this" keeps what the mail says), and its greeting,
headers, closing and signature are dropped."""

from task_runner.parse import doubts, lexicon
from task_runner.parse.phrases import Tokens
from task_runner.parse.vague import vague

_GREETINGS = lexicon.word_set("mail_greetings")
_CLOSINGS = lexicon.word_set("mail_closings")
_HEADERS = lexicon.word_set("mail_headers")
_QUOTES = "\"'“”«»„‚‘’「」『』 \t\u3000"
_STOPS = ",:!.;：，！。、 "
_MAX_SIGNATURE = 3
_MAX_LINES = 300


def quoted(text: str) -> str:
    """The text with a pasted mail below the user's words turned into one quotation; else as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return text
    start = next((index for index in range(1, len(lines)) if _opens(lines[index])), None)
    if start is None or not any(line.strip() for line in lines[:start]):
        return text
    at, greeted, headed = start, False, False
    while at < len(lines) and (_header(lines[at]) or not lines[at].strip(" \t-") and at == start):
        headed, at = True, at + 1
    while at < len(lines) and not lines[at].strip() and headed:
        at += 1
    if at < len(lines) and _greeting(lines[at]):
        greeted, at = True, at + 1
    if not greeted:
        return text
    body, end, closed = [], len(lines), False
    for index in range(at, len(lines)):
        if _closing(lines[index]):
            end, closed = index + 1, True
            break
        if not lines[index].strip() and body and not headed and index + 1 < len(lines) and not _mail_goes_on(lines, index + 1):
            end = index
            break
        body.append(lines[index].strip(_QUOTES))
    if closed:
        signed = 0
        while end < len(lines) and lines[end].strip() and signed < _MAX_SIGNATURE and len(lines[end].split()) <= 6:
            end, signed = end + 1, signed + 1
    body = [line for line in body if line]
    if not body or not (closed or headed):  # a greeting alone ("hello, can you do these:") opens no mail
        return text
    before = "\n".join(lines[:start]).rstrip()
    if before.endswith(tuple(".。")):
        before = before[:-1]
    joint = " " if before.endswith((":", "：")) else ": "
    quote = "“" + " ".join(line.replace("“", "'").replace("”", "'") for line in body) + "”"
    after = "\n".join(lines[end:]).strip()
    return before + joint + quote + ("\n\n" + after if after else "")


def handed_over(words: str) -> str:
    """The doubt of a pasted mail handed over with words no rule read as work ("deal with it", "kümmer dich drum")."""
    return f"vague: the message hands over a pasted mail without a request the parser could read: {words[:120]!r}"


def vague_handovers(tasks: list[dict]) -> list[str]:
    """"sort it out: “…the mail…”": a task whose words, without the mail it carries, say nothing to do."""
    reasons = []
    for index, task in enumerate(tasks):
        description = task["description"]
        start, end = description.find("“"), description.rfind("”")
        if 0 < start < end:
            own = (description[:start] + description[end + 1:]).strip(" :：")
            found = [reason for reason in doubts.item_reasons(index, own, False, task["type"]) if reason.startswith("vague")]
            if not found and own and vague(Tokens(own.lower()).words):
                found = [f"vague: task {index} does not say what to do with the mail it hands over: {own!r}"]
            reasons += found
    return reasons


def _opens(line: str) -> bool:
    return _header(line) or _greeting(line) or line.strip().startswith("---") and len(line.strip()) > 6


def _header(line: str) -> bool:
    text = line.strip(_QUOTES + ">")
    if text.startswith("---") and len(text) > 6:
        return True  # "---------- Forwarded message ---------"
    for colon in (":", "："):
        head, found, value = text.partition(colon)
        if found and value.strip() and head.strip().lower() in _HEADERS:
            return True
    return False


def _greeting(line: str) -> bool:
    text = line.strip(_QUOTES)
    if not text or len(text) > 60 or len(text.split()) > 7:
        return False
    lowered = text.lower().rstrip(_STOPS)
    if any(lowered.endswith(word) for word in _GREETINGS if _cjk(word)):
        return True  # "王小姐您好：", "町内会の皆様"
    return any(lowered.startswith(word) and not lowered[len(word):len(word) + 1].isalpha() for word in _GREETINGS) \
        and text.rstrip()[-1:] in _STOPS + "!"


def _closing(line: str) -> bool:
    text = line.strip(_QUOTES)
    if not text or len(text.split()) > 5:
        return False
    lowered = text.lower().rstrip(_STOPS)
    return lowered in _CLOSINGS


def _mail_goes_on(lines: list[str], index: int) -> bool:
    """A blank line inside the mail: a closing comes within the next few lines."""
    return any(_closing(line) for line in lines[index:index + 12])


def _cjk(word: str) -> bool:
    return any("\u3040" <= char <= "\u9fff" for char in word)
