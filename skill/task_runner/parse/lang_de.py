"""German word tables (same field names as lang_en)."""

VERBS = frozenset("""
schick schicke sende send schreib schreibe erstelle erstell such suche finde find ruf rufe buche buch
kauf kaufe prüfe prüf überprüfe überprüf lies lese fasse mach mache erinnere erinner lade räume räum
bereite reserviere bestelle bestell recherchiere vergleiche übersetze aktualisiere installiere starte
führe teste lösche lösch sichere plane organisiere analysiere berechne beantworte antworte informiere
benachrichtige kontaktiere hole hol besorge besorg lade check checke repariere behebe deploye
frag frage sag sage teile leite druck drucke speichere exportiere importiere notiere
schicken senden schreiben erstellen suchen finden anrufen buchen kaufen prüfen überprüfen lesen
zusammenfassen machen erinnern aufräumen vorbereiten reservieren bestellen recherchieren vergleichen
übersetzen aktualisieren installieren starten ausführen testen löschen sichern planen organisieren
analysieren berechnen beantworten abholen besorgen checken reparieren beheben drucken speichern
""".split())
REQUEST = (
    r"kannst\s+du(?:\s+bitte)?|könntest\s+du(?:\s+bitte)?|koenntest\s+du|würdest\s+du|bitte|ich\s+brauche|ich\s+möchte,?\s+dass\s+du"
    r"|ich\s+muss|du\s+musst|vergiss\s+nicht(?:,)?(?:\s+zu)?|denk\s+daran(?:,)?|mach\s+(?:das|mal)|und|auch|noch"
)
FRAMING = (
    r"aufgaben?|meine\s+aufgaben|aufgabenliste|warteschlange|to-?do-?liste|mach\s+(?:das|dies)\s+für\s+mich"
    r"|erledige|kümmere\s+dich|ich\s+brauche|für\s+mich|füge|hinzu"
)
HEADER = r"diese|folgende|folgendes|aufgaben|dinge|sachen|heute|morgen|liste"
GREETINGS = r"hallo|hi|hey|moin|servus|guten\s+(?:morgen|tag|abend)|also|ok"
SIGN_OFFS = r"danke(?:\s+(?:schön|dir|sehr))?|vielen\s+dank|das\s+wär'?s|das\s+ist\s+alles|mehr\s+nicht|grüße|lg"
QUESTION_START = r"was|wie|wann|wo|warum|wieso|welche[rsnm]?|wer|ist|sind|gibt\s+es|hast|habe"
HOW_TO = r"wie\s+(?:kann|mache|macht|funktioniert|soll)|was\s+bedeutet"
SEQ_THEN = r"und\s+dann|dann|danach|anschließend|anschliessend|im\s+anschluss|sobald\s+das\s+erledigt\s+ist"
SEQ_ALSO = r"außerdem|ausserdem|zusätzlich|und\s+auch|auch\s+noch"
SEQ_ORDER = r"zuerst|zunächst|erstens|zweitens|drittens|schließlich|zuletzt|als\s+nächstes"
CONJ = r"und|sowie"
PRONOUN_OBJECTS = r"es|sie|ihn|das|diese|dies"
DEP_RESULT = r"mit\s+dem\s+ergebnis|mit\s+den\s+ergebnissen|das\s+ergebnis|die\s+ergebnisse"

CONTROL_BEFORE = {
    "retry": r"wiederhole|wiederholen|versuche|versuch|starte|führe",
    "skip": r"überspringe|überspring|ueberspringe|lass|lasse",
    "cancel": r"storniere|stornieren|brich|breche|lösche|lösch|loesche|vergiss|streiche|streich|entferne|cancel",
    "done": r"markiere|markier|setze",
}
CONTROL_AFTER = {
    "retry": r"(?:noch\s*mal|nochmal|erneut|neu)(?:\s+(?:versuchen|ausführen|starten|laufen\s+lassen))?|wiederholen|neu\s+starten",
    "skip": r"überspringen|ueberspringen|aus(?:lassen)?|weg",
    "cancel": r"abbrechen|ab|stornieren|löschen|streichen|vergessen|entfernen",
    "done": r"(?:als\s+)?(?:erledigt|fertig|abgeschlossen|done)(?:\s+markieren)?|(?:ist|sind)\s+(?:jetzt\s+|schon\s+)?(?:erledigt|fertig|abgeschlossen)",
}
CONTROL_NEEDS_AFTER = frozenset(["versuche", "versuch", "starte", "führe", "markiere", "markier", "setze", "brich", "breche", "lass", "lasse"])
STATUS_WORDS = {
    "pending": r"offenen?|ausstehenden?|wartenden?",
    "running": r"laufenden?|aktiven?",
    "blocked": r"blockierten?|fehlgeschlagenen?|hängenden?",
    "done": r"erledigten?|fertigen?|abgeschlossenen?",
    "skipped": r"übersprungenen?|abgebrochenen?",
}
STATUS = (
    r"aufgabenstatus|status\s+(?:der|meiner)\s+aufgaben|(?:zeig|zeige)\s+(?:mir\s+)?(?:meine\s+|die\s+|alle\s+)?(?:{status}\s+)?(?:aufgaben|warteschlange|liste)"
    r"|was\s+(?:ist|steht)\s+in\s+der\s+(?:warteschlange|liste)|(?:welche\s+)?(?:{status})\s+aufgaben|wie\s+(?:steht\s+es\s+um|läuft\s+es\s+mit|sieht\s+es\s+aus\s+mit)\s+{ids}"
    r"|(?:ist|sind)\s+{ids}\s+(?:schon\s+)?(?:fertig|erledigt|abgeschlossen)|gibt\s+es\s+(?:{status})\s+aufgaben"
)
WEB_SEARCH = r"google|such(?:e)?\s+(?:im\s+netz\s+)?nach"
REMINDER_ONLY = r"erinnere\s+mich|erinner\s+mich"
