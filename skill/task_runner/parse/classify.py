"""Task type by the skill's first-match order.

messaging → reminder-scheduling → code-execution → file-creation → agent-delegation →
info-lookup; info-lookup when in doubt, ``unknown`` only for truly vague asks ("handle the
thing"). The order ranks *signals*, so the strongest signal is read first:

1. a delegation construction ("have the coding agent …", "get Claude Code to …", "delegate");
2. the item's leading verb when it is decisive ("send", "remind me", "run", "write", "research");
3. otherwise keywords, tried in the skill's first-match order.
"""

import re

from task_runner.parse.clean import leading_verb

_B, _E = r"(?<![\w-])", r"(?![\w-])"

_DELEGATION = re.compile(
    r"^(?:have|get|ask|let|tell|make|assign|hand|give)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:agent|agents|sub-?agent|claude(?:\s+code)?|codex|opencode|gpt|copilot|bot|assistant|worker)\b"
    r"|" + _B + r"(?:delegate|delegating|hand\s+(?:it\s+|this\s+)?off|sub-?agents?|spawn\s+an?\s+agent|delega|delegiere|委托|交给)" + _E,
    re.IGNORECASE,
)
_REMINDER_START = re.compile(
    r"^(?:remind\s+(?:me|us|myself|ourselves)\b|(?:create|add|make|set\s+up|put\s+in|send)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:calendar\s+(?:event|entry|invite|hold)|meeting\s+invite)"
    r"|set\s+(?:up\s+)?(?:a|an|me\s+a|the)\s+(?:reminder|alarm|timer|recurring\s+reminder)|wake\s+me|schedule|reschedule"
    r"|book\s+(?:a|an|the)\s+(?:\d+[\s-]*min(?:ute)?s?\s+)?(?:meeting|call|slot|appointment|sync|1:1|one-on-one)"
    r"|put\s+.{1,60}\s+(?:on|in)\s+(?:my|the)\s+calendar|add\s+.{1,60}\s+to\s+(?:my|the)\s+calendar|block\s+(?:out\s+)?(?:time|\d)"
    r"|recuérdame|recuerdame|programa|agenda|erinnere|erinner|plane\s+einen\s+termin|提醒|安排)",
    re.IGNORECASE,
)

# Leading verbs that decide the type on their own.
_VERB_TYPES = {
    "messaging": """remind send text email e-mail message msg dm ping notify tell inform reply respond forward post tweet call phone ring
        contact invite announce share wish thank congratulate whatsapp slack telegram sms write-back ask envía envia enviar
        manda mandar avisa dile responde contesta llama schick schicke sende antworte ruf informiere benachrichtige""",
    "code-execution": """run execute deploy redeploy restart reboot install uninstall upgrade compile rebuild debug refactor
        migrate rerun re-run benchmark lint profile rotate bump rollback provision ssh curl grep commit merge push rebase
        patch ejecuta despliega reinicia instala führe starte installiere""",
    "file-creation": """write draft create compose generate export save transcribe document outline sketch design render
        format typeset redacta escribe crea genera erstelle schreibe""",
    "info-lookup": """research investigate look lookup search google find compare figure learn explore browse study
        check verify see monitor track review read analyze analyse summarize summarise busca investiga averigua compara
        suche recherchiere vergleiche prüfe""",
}
_VERB_TYPE = {verb: kind for kind, verbs in _VERB_TYPES.items() for verb in verbs.split()}
# "tell me", "show me", "ask me" deliver to the user: not a message to anyone.
_TO_USER = re.compile(r"^(?:tell|show|ask|give|call)\s+me\b", re.IGNORECASE)
# A messaging verb whose object is a person (a name or a role) rather than a thing.
_ASK_PERSON = re.compile(r"^ask\s+(?:[A-Z][\w'-]+|(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|team|wife|husband|partner|mom|dad|landlord|client|accountant|lawyer|doctor|friend|colleague|neighbou?r)s?)\b")

_KEYWORD_RULES = (
    ("messaging", _B + r"(?:"
     r"e-?mail|emails|dm|whatsapp|sms|slack|telegram|imessage|text\s+message|voicemail|let\s+\w+\s+know|reach\s+out|get\s+back\s+to"
     r"|send|sends|reply|forward|notify|correo|mensaje|nachricht"
     r")" + _E + r"|#[a-z][\w-]+|(?<![\w.])@[a-z][\w.]+|发给|发送|发消息|发邮件|告诉|通知|回复|邮件|短信|微信|打电话|转发"),
    ("reminder-scheduling", _B + r"(?:"
     r"remind|reminders?|alarm|timer|calendar|appointment|reschedule|recordatorio|cita|erinnerung|termin|wecker|kalender"
     r")" + _E + r"|提醒|日程|日历|预约|闹钟"),
    ("code-execution", _B + r"(?:"
     r"script|scripts|command|terminal|shell|bash|zsh|python|node|npm|pip|pytest|cargo|git|repo|repository|docker|container"
     r"|kubernetes|k8s|ssh|cron|crontab|server|servers|database|db|sql|query|api|endpoint|deploy|deployment|pipeline|ci|build"
     r"|bug|bugs|code|logs?|disk|cpu|memory|service|nginx|apache|test|tests|staging|prod|production|etl|job|backup|backups"
     r"|migration|dependencies|env|terraform|vpc|s3|dns|ssl|port|branch|pr|crash\w*|errors?|stack\s+trace|load\s+test"
     r"|servidor|skript|服务器"
     r")" + _E + r"|运行|执行|部署|重启|安装|脚本|数据库|测试|代码|备份"),
    ("file-creation", _B + r"(?:"
     r"file|files|document|doc|docs|docx|pdf|csv|spreadsheet|excel|sheet|markdown|md|txt|json|slides?|deck|presentation"
     r"|report|memo|letter|essay|article|blog\s+post|outline|template|readme|notes|summary|write-?up|proposal|resume|cv"
     r"|invoice|chart|graph|diagram|table|list|checklist|newsletter|poem|itinerary|bio|agenda|archivo|documento|informe"
     r"|datei|dokument|bericht|tabelle"
     r")" + _E + r"|文件|文档|报告|表格|写一份|总结"),
    ("agent-delegation", _B + r"(?:agent|agents|claude|codex|opencode)" + _E),
)
_INTO_FILE = re.compile(
    r"\b(?:in|into|as|to)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}(?:file|doc|document|markdown|md|pdf|csv|spreadsheet|sheet|report|note|notes|memo|table|deck|slides?)\b",
    re.IGNORECASE)
_KEYWORDS = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KEYWORD_RULES)

_VAGUE = re.compile(
    r"^(?:handle|do|deal\s+with|sort(?:\s+out)?|take\s+care\s+of|fix|finish|manage|work\s+on|look\s+at|get|figure\s+out)?\s*"
    r"(?:(?:it|that|this)(?:\s+(?:out|up|for\s+me|again|now|asap|today|later))*[\s.!?]*$"
    r"|(?:the|that|this|those)\s+(?:thing|things|stuff|issue|problem|usual|other\s+thing|matter)\b(?!\s+(?:with|about|for|on|in)\s+(?:the\s+)?[A-Za-z]{4,}\b(?<!\bme\b)(?<!\bus\b))"
    r"|(?:things|stuff|something|everything|whatever)\b[\s.!?]*$)",
    re.IGNORECASE,
)


def classify(description: str, has_command: bool = False) -> str:
    """The type of one task; a backticked command makes it code-execution unless it sends a message."""
    text = description.strip()
    if _VAGUE.match(text):
        return "unknown"
    if _DELEGATION.search(text):
        return "agent-delegation"
    verb, rest = leading_verb(text)
    if _REMINDER_START.match(rest or text):
        return "reminder-scheduling"
    by_verb = _VERB_TYPE.get(verb or "")
    if by_verb == "messaging" and _TO_USER.match(rest) and not _KEYWORDS[0][1].search(rest[len(verb):]):
        by_verb = None
    if verb == "ask" and not _ASK_PERSON.match(rest):
        by_verb = None
    if by_verb == "file-creation" and _KEYWORDS[2][1].search(rest) and not _KEYWORDS[3][1].search(rest):
        by_verb = "code-execution"  # "write a script that …"
    if by_verb in (None, "info-lookup") and _INTO_FILE.search(rest or text):
        return "file-creation"  # "summarize it in a markdown file"
    if by_verb:
        return by_verb
    if has_command:
        return "code-execution"
    for kind, pattern in _KEYWORDS:
        if pattern.search(text):
            return kind
    return "info-lookup"
