"""Task type by the skill's first-match order.

messaging → reminder-scheduling → code-execution → file-creation → agent-delegation →
info-lookup; info-lookup when in doubt, ``unknown`` only for truly vague asks ("handle the
thing"). Each rule is a word-class pattern, not a list of sentences.
"""

import re

_B, _E = r"(?<![\w-])", r"(?![\w-])"

_RULES = (
    ("messaging", _B + r"(?:"
     r"send|sends|sending|text|texts|texting|e-?mail|emails|emailing|message|msg|dm|pm|ping|notify|notification|tell|inform"
     r"|reply|respond|forward|whatsapp|sms|slack|telegram|signal|wechat|imessage|call|phone|ring|post|tweet|announce"
     r"|let\s+\w+\s+know|write\s+(?:back\s+)?to|get\s+back\s+to|reach\s+out|contact|share\s+(?:it|this|that|them|the\s+\w+)\s+with"
     r"|envía|envia|enviar|manda|mandar|mándale|avisa|avisar|dile|responde|contesta|correo|mensaje|llama"
     r"|schick\w*|sende|senden|nachricht|benachrichtig\w*|sag|antworte\w*|ruf|anrufen|mail"
     r")" + _E + r"|#[a-z][\w-]+|发给|发送|发消息|发邮件|告诉|通知|回复|邮件|短信|微信|打电话|转发"),
    ("reminder-scheduling", _B + r"(?:"
     r"remind|reminder|reminders|alarm|alert\s+me|calendar|schedule|scheduled|reschedule|appointment|meeting|book\s+(?:a|an|the)\s+(?:meeting|call|slot)"
     r"|set\s+up\s+a\s+(?:call|meeting)|wake\s+me|timer|recurring|snooze"
     r"|recuérdame|recuerdame|recordatorio|agenda|cita|reunión|erinnere|erinnerung|termin|wecker|kalender"
     r")" + _E + r"|提醒|日程|日历|预约|会议|闹钟"),
    ("code-execution", _B + r"(?:"
     r"run|execute|script|scripts|command|terminal|shell|bash|zsh|python|node|npm|pip|pytest|cargo|make|git|repo|repository"
     r"|deploy|deployment|redeploy|restart|reboot|install|uninstall|upgrade|compile|build|rebuild|debug|fix|bug|bugs|code|refactor"
     r"|server|servers|database|db|sql|query|api|endpoint|docker|container|kubernetes|k8s|ssh|cron|backup|backups|migrate|migration"
     r"|logs?|disk|cpu|memory|process|service|nginx|apache|ci|pipeline|tests?|unit\s+tests?|integration\s+tests?|lint|benchmark"
     r"|curl|ping\s+\S+\.\w+|commit|merge|branch|pr|pull\s+request|function|stack\s+trace|crash\w*|error|errors|port|dns|ssl"
     r"|clean\s+up\s+(?:the\s+)?(?:\w+\s+)?(?:files|folders|directories|logs|disk|tmp)|delete\s+(?:the\s+)?(?:\w+\s+)?files|staging|prod|production"
     r"|ejecuta|ejecutar|despliega|reinicia|instala|servidor|ausführen|führe|starte|neu\s+starten|installiere|teste|skript"
     r")" + _E + r"|运行|执行|部署|重启|安装|脚本|服务器|数据库|测试|代码|备份"),
    ("file-creation", _B + r"(?:"
     r"file|files|document|doc|docs|docx|pdf|csv|spreadsheet|excel|sheet|markdown|md|txt|json|slides?|deck|presentation|powerpoint"
     r"|report|reports|memo|letter|essay|article|blog\s+post|post\s+draft|draft|outline|template|readme|notes|note|summary|write-?up"
     r"|proposal|resume|cv|invoice|chart|graph|diagram|table|list|checklist|agenda|newsletter|poem|story|script|plan|itinerary"
     r"|create|write|draft|generate|compose|produce|export|save|make\s+(?:a|an)|put\s+together|compile"
     r"|archivo|documento|informe|crea|escribe|redacta|genera|datei|dokument|bericht|erstelle|schreibe|entwurf"
     r")" + _E + r"|文件|文档|报告|表格|写一份|生成|创建|起草|总结"),
    ("agent-delegation", _B + r"(?:"
     r"delegate|hand\s+off|handoff|sub-?agent|agent|agents|claude|codex|opencode|gpt|assistant|spawn|have\s+\w+\s+(?:do|handle|look)"
     r"|ask\s+(?:the\s+)?\w+\s+(?:agent|bot|team)|get\s+\w+\s+to|assign\s+(?:it|this)\s+to|delega|delegiere|代理|委托"
     r")" + _E),
    ("info-lookup", _B + r"(?:"
     r"research|look\s+up|look\s+into|lookup|find|search|google|check|compare|what|who|when|where|which|how|why|summari[sz]e"
     r"|analy[sz]e|investigate|review|read|learn|figure\s+out|see\s+if|get|fetch|pull|monitor|track|price|prices|weather"
     r"|news|latest|best|options|busca|investiga|averigua|compara|such\w*|finde|recherchier\w*|vergleich\w*|prüf\w*"
     r")" + _E + r"|查|搜索|找|研究|比较|分析|看看"),
)
_COMPILED = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _RULES)

_VAGUE = re.compile(
    r"^(?:please\s+)?(?:handle|do|deal\s+with|sort(?:\s+out)?|take\s+care\s+of|fix|finish|manage|work\s+on|look\s+at|get)?"
    r"\s*(?:it|that|this|the\s+(?:thing|stuff|issue|problem|usual|other\s+thing)|things|stuff|something|everything|whatever)"
    r"(?:\s+(?:out|up|for\s+me|again|now|asap|please|today|later))*[\s.!?]*$",
    re.IGNORECASE,
)


def classify(description: str, has_command: bool = False) -> str:
    """The type of one task; a backticked command makes it code-execution unless it sends a message."""
    if _VAGUE.match(description.strip()):
        return "unknown"
    for kind, pattern in _COMPILED:
        if kind == "messaging":
            if pattern.search(description) and _messaging_is_real(description):
                return kind
            if has_command:
                return "code-execution"
        elif pattern.search(description):
            return kind
    return "info-lookup"


_SELF_DELIVERY = re.compile(
    r"^\s*(?:(?:please|can\s+you|could\s+you)\s+)?(?:tell|show)\s+me\b|\bpost(?:s|ed)?\b(?!\s+(?:it|this|that|them|the\s+\w+)\s+(?:to|in|on))"
    r"|\bcall\s+(?:stack|graph)|\bblog\s+post\b",
    re.IGNORECASE,
)


def _messaging_is_real(description: str) -> bool:
    """"tell me X" or "blog post" mention a messaging word without sending anything to anyone."""
    return not _SELF_DELIVERY.search(description) or bool(
        re.search(r"\b(?:send|text|e-?mail|message|notify|dm|forward|reply|slack|whatsapp)\b", description, re.IGNORECASE))
