"""German word tables (same field names as lang_en)."""

VERBS = frozenset("""
schick schicke sende send schreib schreibe erstelle erstell such suche finde find ruf rufe buche buch
kauf kaufe prüfe prüf überprüfe überprüf lies lese fasse mach mache erinnere erinner lade räume räum
bereite reserviere bestelle bestell recherchiere vergleiche übersetze aktualisiere installiere starte
führe teste lösche lösch sichere plane organisiere analysiere berechne beantworte antworte informiere
benachrichtige kontaktiere hole hol besorge besorg check checke repariere behebe deploye
frag frage sag sage teile leite druck drucke speichere exportiere importiere notiere erledige
schicken senden schreiben erstellen suchen finden anrufen buchen kaufen prüfen überprüfen lesen
zusammenfassen machen erinnern aufräumen vorbereiten reservieren bestellen recherchieren vergleichen
übersetzen aktualisieren installieren starten ausführen testen löschen sichern planen organisieren
analysieren berechnen beantworten abholen besorgen checken reparieren beheben drucken speichern
herunterladen runterladen hochladen erledigen kündigen bezahlen zahlen anlegen eintragen verschicken sortieren ordnen
packen waschen putzen mitnehmen zurückgeben vereinbaren absagen verschieben einkaufen abschicken ausdrucken scannen
kopieren umbenennen aktualisieren überweisen beantragen verlängern
""".split())
GREETINGS = "hallo|hi|hey|moin|servus|guten morgen/tag/abend|also|ok"
REQUEST = (
    "kannst/könntest/koenntest/würdest du bitte?|bitte|ich brauche|ich möchte , ? dass du|ich muss|du musst"
    "|vergiss nicht , ? zu?|denk daran ,?|und|auch|noch"
)
REQUEST_DELEGATES = frozenset("kannst könntest koenntest würdest ich".split())
FRAME_PRE = frozenset("neue eine".split())
FRAME_NOUNS = frozenset("aufgabe aufgaben".split())
FRAMING = (
    "aufgabe|aufgaben|meine aufgaben|aufgabenliste|warteschlange|to-do-liste|mach das/dies für mich"
    "|erledige|kümmere dich|ich brauche|für mich"
)
HEADER = frozenset("diese folgende folgendes aufgaben dinge sachen heute morgen liste das".split())
SIGN_OFFS = "danke|danke schön/dir/sehr|vielen dank|das wär 's|das wärs|das ist alles|mehr nicht|grüße|lg"
QUESTION_WORDS = frozenset("was wie wann wo warum wieso welche welcher welches welchen wer ist sind".split())
HOW_TO = "wie kann/mache/macht/funktioniert/soll|was bedeutet"
SEQ_THEN = "und dann|dann|danach|anschließend|anschliessend|im anschluss"
SEQ_ALSO = "außerdem|ausserdem|zusätzlich|und auch|auch noch"
SEQ_ORDER = "zuerst|zunächst|erst|als erstes|erstens|zweitens|drittens|schließlich|zuletzt|als nächstes|am ende"
CONJ = "und|sowie"
CLAUSE_OPENERS = "wenn|sobald|falls"
PRONOUN_OBJECTS = "es|sie|ihn|das|diese|dies"
DEP_RESULT = "mit dem ergebnis|mit den ergebnissen|das ergebnis|die ergebnisse|damit|daraus|davon"
DEP_ONCE = "sobald|wenn|nach|nachdem"
WEB_SEARCH = "google|suche nach|such nach|suche im netz nach"
REMINDER_ONLY = "erinnere mich|erinner mich"

CONTROL_BEFORE = {
    "retry": "wiederhole|wiederholen|versuche|versuch|starte|führe",
    "skip": "überspringe|überspring|ueberspringe|lass|lasse",
    "cancel": "storniere|stornieren|brich|breche|lösche|lösch|loesche|vergiss|streiche|streich|entferne",
    "done": "markiere|markier|setze",
}
CONTROL_AFTER = {
    "retry": "bitte? nochmal/erneut/neu versuchen/ausführen/starten?|bitte? noch mal versuchen/ausführen/starten?"
             "|bitte? wiederholen|bitte? neu starten",
    "skip": "bitte? überspringen/ueberspringen/aus/auslassen/weg",
    "cancel": "bitte? abbrechen/ab/stornieren/löschen/streichen/vergessen/entfernen",
    "done": "als? erledigt/fertig/abgeschlossen markieren?|ist/sind jetzt/schon? erledigt/fertig/abgeschlossen",
}
CONTROL_NEEDS_AFTER = frozenset(["versuche", "versuch", "starte", "führe", "markiere", "markier", "setze", "brich", "breche", "lass", "lasse"])
STATUS_WORDS = {
    "pending": "offen|offene|offenen|ausstehend|ausstehende|ausstehenden|wartende|wartenden",
    "running": "laufend|laufende|laufenden|aktive|aktiven",
    "blocked": "blockiert|blockierte|blockierten|fehlgeschlagen|fehlgeschlagene|fehlgeschlagenen|hängende",
    "done": "erledigt|erledigte|erledigten|fertig|fertige|abgeschlossen|abgeschlossene",
    "skipped": "übersprungen|übersprungene|abgebrochen|abgebrochene",
}
STATUS_SHOW = frozenset("zeig zeige zeigen liste gib".split())
STATUS_NOUNS = frozenset("aufgaben aufgabe warteschlange liste aufgabenliste aufgabenstatus".split())
STATUS_TOPIC = frozenset("status stand fortschritt".split())
ALL_WORDS = frozenset("alle alles".split())
