"""German word tables (same field names as lang_en)."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="de",
    verbs=frozenset("""
    schalte schalt ausschalten einschalten abschalten
    widerrufe widerruf widerrufen
    bau baue zähl zähle zählen ziehen erzeug erzeuge erzeugen korrigier korrigiere korrigieren berichtige berichtigen
    verschieb verleg verlege verlegen bestätigen bestätige bestätig durchgeben melden
    guck gucke guckt migrieren migriere migrier lass lasse kündige kündig storniere stornieren leite leit weiterleiten nachfragen erfragen posten poste einholen packen pack vergleich vergleiche lad lade checken fragen bringen
    anschreiben anmailen mailen e-mailen emailen nachlesen nachschlagen nachschauen nachsehen ausarbeiten rausfinden herausfinden zusammenstellen holen
    abgeben einreichen zurückrufen unterschreiben versenden ändern sammeln abmelden ummelden zusagen abrufen informieren benachrichtigen mitteilen geben
    erneuere erneuer verlängere verlänger melde anmelden unterschreibe einladen scanne fülle ausfüllen vervollständige reiche
    beantrage bestätige probiere gib verkaufe ändere verschiebe koche putze wähle entscheide bezahl zahl
    reservier einchecken auschecken
    stell stelle stellen richte richten
    ausmachen abmachen erneuern verlängern kontaktieren buchen
    geh gehe fass recherchier übersetz prüf such schreib lad schau frag leg
    beende beenden fertigstellen
    schick schicke sende send schreib schreibe erstelle erstell such suche finde find ruf rufe buche buch
    kauf kaufe prüfe prüf überprüfe überprüf lies lese fasse mach mache erinnere erinner lade räume räum
    bereite reserviere bestelle bestell recherchiere vergleiche übersetze aktualisiere installiere starte
    führe führ teste lösche lösch sichere plane organisiere analysiere berechne beantworte antworte informiere
    benachrichtige kontaktiere hole hol besorge besorg check checke repariere behebe deploye
    frag frage sag sage teile leite druck drucke speichere exportiere importiere notiere erledige
    schicken senden schreiben erstellen suchen finden anrufen buchen kaufen prüfen überprüfen lesen
    zusammenfassen machen erinnern aufräumen vorbereiten reservieren bestellen recherchieren vergleichen
    übersetzen aktualisieren installieren starten ausführen testen löschen sichern planen organisieren
    analysieren berechnen beantworten abholen besorgen checken reparieren beheben drucken speichern
    herunterladen runterladen hochladen erledigen kündigen bezahlen zahlen anlegen eintragen verschicken sortieren ordnen
    packen waschen putzen mitnehmen zurückgeben vereinbaren absagen verschieben einkaufen abschicken ausdrucken scannen
    kopieren umbenennen aktualisieren überweisen beantragen verlängern übertragen übertrag übertrage einpflegen abgleichen
    legen aufsetzen schauen anschauen raussuchen heraussuchen aussuchen
    """.split()),
    greetings="kurze frage|schnelle frage|eine frage|hallo|hi|hey|moin|servus|guten morgen/tag/abend|also|ok|äh|ähm|öhm|hm|digga"
              "|pass auf ich diktier/diktiere das/dir mal? eben/schnell?|ich diktier/diktiere das/dir mal? eben/schnell?|ich diktier/diktiere das/dir mal? eben/schnell? im auto/taxi/zug/bus"
              "|schreib/notier mal? mit ,? ich lauf/laufe/fahr/fahre/geh/gehe/renn/renne grad/gerade? zum bus/zug/auto/bahnhof|schreib/notier mal? mit ,? ich sitz/sitze/bin grad/gerade? im auto/bus/zug/taxi"
              "|entschuldige/entschuldigen die störung|entschuldigen sie die störung|sorry für die störung|tut mir leid , ? dass ich störe|entschuldige/entschuldigung , ? dass ich störe",  # "desculpa incomodar, dá pra …": an apology before the ask asks nothing
    request=(
        "ich muss dran denken|ich muss daran denken|muss dran denken|ich wollte dich? fragen ,? ob du|ich wollte dich? fragen|ich wollte dich bitten ,?|darf ich dich bitten ,?|kannst/könntest/koenntest/würdest du bitte?|kannste/könnteste bitte/mal?|können/könnten/koennten/würden/wuerden sie bitte?|ich wollte sie? fragen ,? ob sie|ich wollte sie bitten ,?|darf/dürfte ich sie bitten ,?|ich möchte sie bitten ,?|ich möchte ,? dass sie|wären/wäre sie so nett/freundlich/lieb und|seien sie so nett/gut und|vergessen sie nicht ,? zu?|denken sie daran ,?|bitte|ich brauche|ich möchte ,? dass du|ich muss|du musst|man müsste|man muesste|man sollte|es müsste|es sollte|wir müssten|wir sollten"
        "|vergiss nicht ,? zu?|denk daran ,?|und|auch|noch|sei so gut und|wärst du so lieb und|notier dir ,? dass du|notier dir :?|notier :|notiere :|schreib auf :|schreib dir auf ,? dass du|schreib dir auf :?|merk dir ,? dass du"
    ),
    capability_preambles=(
        "ich weiß/weiss nicht , ob sie/du so/sowas/das was? können/kannst/könnten/könntest , aber"
        "|ich weiß/weiss nicht , ob sie/du das hinbekommen/hinkriegen/schaffen/hinbekommst/hinkriegst/schaffst , aber"
        "|ich weiß/weiss nicht , ob das geht , aber|ich weiß/weiss nicht , ob das möglich ist , aber"
        "|keine ahnung , ob das geht , aber|keine ahnung , ob das möglich ist , aber"
        "|keine ahnung , ob sie/du so/sowas/das was? können/kannst , aber|weiß/weiss nicht , ob das geht , aber"
        "|vielleicht ist das eine dumme/blöde/komische frage , aber|das ist vielleicht eine dumme/blöde/komische frage , aber"
        "|wenn/falls das geht ,|wenn/falls das möglich ist ,|wenn/falls möglich ,"
    ),
    restated_questions="also|ich meine|sprich|will sagen|anders gefragt|mit anderen worten",
    answer_conditions="wenn/falls ja ,|wenn/falls das so ist ,|wenn/falls das stimmt ,|wenn/falls sie das können ,|wenn/falls du das kannst ,",
    possibility_asks="wäre es möglich ,?|ist es möglich ,?|gibt es eine möglichkeit ,?|geht es ,?|könnten sie vielleicht|könntest du vielleicht",
    help_only="mir helfen|helfen|hilf mir|mir kurz helfen|tu mir einen gefallen|mir einen gefallen tun|einen gefallen tun",
    help_asked="deine/ihre/eure? hilfe bei/mit?|einen gefallen",
    need_frames="ich brauche|ich brauch|ich bräuchte|brauche ich|brauch ich|bräuchte ich|benötige ich|hilf mir mit|hilf mir bei|hilf mir|ich benötige",
    request_delegates=frozenset("wäre darf dürfte kannst könntest koenntest würdest ich können könnten koennten würden wuerden wären seien vergessen".split()),
    i_subjects="",  # the need frames hold their subject already
    frame_pre=frozenset("neue eine pack packe füg füge noch".split()),
    frame_nouns=frozenset("aufgabe aufgaben".split()),
    other_matter="noch? was/etwas ganz? anderes|noch? was/etwas unabhängiges|noch? eine andere sache",
    framing=(
        "aufgabe|aufgaben|meine aufgaben|aufgabenliste|warteschlange|to-do-liste|mach das/dies für mich"
        "|erledige|kümmere dich|ich brauche|für mich"
    ),
    meta_verbs="mach|erledige|helfen bei|hilf mir bei|mir helfen bei",
    meta_objects="das|dies|folgendes|diesen aufgaben|diesen dingen|diese aufgaben",
    meta_tail=frozenset("für mich machen erledigen".split()),
    list_takers="übernehmen|übernimm|anlegen|leg|lege|eintragen|trag ein|trag|erledigen|erledige|mach|machen|kümmer|kümmere|kümmern|einplanen|plan ein|aufnehmen|nimm auf|einreihen|reinpacken|pack rein|packen|pack",
    list_refs="die offenen punkte|die offenen|die offenen sachen|die restlichen|die übrigen|den rest|der rest|was noch offen ist|was offen ist|was übrig ist|was noch fehlt|was fehlt|alles|die anderen|diese|die da|die",
    list_ask_words=frozenset("abgehakt abgehakten alle als an angehakt auch auf aufgabe aufgaben beide bitte das der dich die ein erinnerung erinnerungen erledigt erledigten in ist liste mal mir nicht noch offen offenen punkte regelmäßige schon sind um warteschlange was wiederkehrend wiederkehrende zu zur".split()),
    done_notes="ne/nee/nein/ach/oh/schon? ,? erledigt|schon erledigt|ist erledigt|ist schon erledigt|bereits erledigt|hat sich erledigt|ne/nee/nein/ach? ,? hab/habe ich schon gemacht?|ne/nee/nein/ach? ,? hab/habe ich schon erledigt|ne/nee/nein/ach? ,? schon gemacht|gemacht|ne/nee/nein/ach? ,? mach/mache ich selbst/selber|ne/nee/nein/ach? ,? brauch/brauche ich nicht mehr|fällt weg|entfällt|abgehakt|ist abgehakt|ne/nee/nein? ,? streich das",
    list_references="das|dies|diese|dieses|diese liste|die liste|meine liste|alles|all das|das ganze|den kram|die sachen|folgendes|es",
    header=frozenset("diese folgende folgendes aufgaben dinge sachen heute morgen liste das zwei drei".split()),
    sign_offs="bitte|bitte schön|danke|danke schön/dir/sehr|vielen dank|das wär 's|das wärs|das ist alles|mehr nicht|grüße|lg",
    question_particles=frozenset("".split()),
    question_words=frozenset("was wie wann wo warum wieso welche welcher welches welchen wer ist sind".split()),
    how_to="wie kann/mache/macht/funktioniert/soll/lösche/storniere/füge/erstelle/starte|was bedeutet",
    seq_then="→|⇒|und dann|dann|danach|anschließend|anschliessend|im anschluss",
    seq_also="und separat|separat|und unabhängig davon|unabhängig davon|und getrennt davon|getrennt davon|und stattdessen|stattdessen|statt dessen|außerdem|ausserdem|zusätzlich|und auch|auch noch|und wenn du schon dabei bist|wenn du schon dabei bist|und bei der gelegenheit|bei der gelegenheit|ganz was anderes|was ganz anderes|etwas ganz anderes|hat nichts damit zu tun|was anderes ohne zusammenhang",
    now_words="gleichzeitig|zur gleichen zeit|im moment|momentan|gerade|jetzt gleich|jetzt sofort|gleich jetzt|jetzt|sofort|schon mal|schonmal|schon einmal|inzwischen|währenddessen|in der zwischenzeit|zwischendurch|nebenbei|nebenher",
    then_at_end="danach|hinterher|im anschluss",
    then_after_first="",
    first_words="",
    seq_order="zuerst|zunächst|erst|als erstes|erstens|zweitens|drittens|schließlich|zuletzt|als nächstes|am ende",
    conj="und|sowie",
    clause_openers="wenn|sobald|falls|während",
    clitics=frozenset("".split()),
    person_objects=frozenset("ihn ihm ihr ihnen".split()),
    you_subjects=frozenset("".split()),  # "dann schickst du …": the pronoun follows the verb
    pronoun_objects="es|sie|ihn|das|diese|dies",
    dep_before_id="nach|sobald|wenn|nachdem|bis",
    dep_after_id="",
    reading_verbs="geh|gehe|lies|lese|überfliege|schau|sieh",
    digest_verbs="schreib mir|schreibe mir|schreib raus|schreibe raus|such mir|suche mir|such uns|gruppiere|sortiere|ordne|fass|fasse|zusammenfassen|liste|mach eine liste|erstelle eine zusammenfassung|mach mir eine liste|mach mir eine übersicht|mach eine übersicht|mach mir eine tabelle|erstell/erstelle mir eine übersicht/liste/tabelle",
    digest_nouns=frozenset("zusammenfassung überblick".split()),
    report_back="mir bescheid geben|mir bescheid sagen|uns bescheid geben|mir mal sagen|mir kurz sagen|mir sagen|sag mir|mir sagen|mir schicken|mir senden|sag mir bescheid|sag bescheid|gib mir bescheid|gib bescheid|meld dich|melde dich|meld dich bei mir",
    call_verbs="ruf|rufe|anrufen|anzurufen|telefonier|telefoniere|telefonieren",
    call_asks="frag|frage|fragen|zu fragen|nachfragen|nachzufragen|frag nach|frage nach|erkundige dich|erkundigen",
    fallout_fixes="repariere was kaputt geht|reparier was kaputt geht|behebe was kaputt geht|behebe was kaputtgeht|repariere was kaputtgeht|fix was kaputt geht|behebe was dabei kaputt geht",
    keep_as="schreib es in|schreibe es in|schreib sie in|schreibe sie in|speicher es als|speichere es als|speicher es in|speichere es in|speicher als|speichere als|leg es ab in|lege es ab in|speichere im|speicher im|speichere unter|speicher unter|speichere sie als|speichere sie in|ablegen|abspeichern",
    corrections="nee ,? quatsch|nein ,? quatsch|quatsch|ich meinte|sorry ,? ich meine|sorry ,? ich meinte|nein ,? doch lieber|nein ,? moment|nee ,? moment|nee ,? warte|nein|nee|nein ,? lieber|nee ,? doch lieber|nee ,? lieber|doch lieber|lieber doch|ich meine|besser gesagt|nein ,? warte|moment ,? lieber",
    apologies="sorry|entschuldigung|sorry ,? ich meinte|ups|hoppla|ich meinte|ich meine natürlich",
    retractions="vergiss das|nein ,? vergiss das|vergiss es|streich das",
    otherwise="sonst|ansonsten|falls nicht|wenn nicht|andernfalls",
    condition_ends="",
    whether_alternatives="oder nicht",
    hedges=", du weißt schon welche|, du weißt schon welches|, du weißt schon welchen|, du weisst schon welche|vielleicht|eventuell|oder so|oder nicht|keine ahnung|weiß nicht|weiss nicht|mal schauen|mal sehen|wie du meinst|, du weißt schon wie das ist|, du weißt ja wie das ist|, du weißt schon|, du weisst schon|, du weißt ja",
    dep_result="mit/aus dieser datei/liste/tabelle|mit diesem export|mit der exportierten liste/datei/tabelle|mit den exportierten daten|mit dem ergebnis|mit den ergebnissen|das ergebnis|die ergebnisse|damit|daraus|davon",
    use_verbs="nutze|nutz|verwende|benutze|benutz|nimm",
    purpose_words=frozenset("um".split()),
    infinitive_markers=frozenset("zu".split()),
    causatives=frozenset("lassen".split()),
    dep_once="sobald|wenn|nach|nachdem",
    web_search="google|suche nach|such nach|suche im netz nach",
    reminder_only="erinnere mich|erinner mich",
    id_range_words=frozenset("bis".split()),
    id_join_words=frozenset("und oder auch".split()),
    id_or_words="oder|oder vielleicht",
    id_task_words=frozenset("aufgabe aufgaben".split()),
    id_frames="",
    id_fillers=frozenset("die der den aufgabe aufgaben".split()),
    id_dash_words=frozenset("strich bindestrich".split()),
    cardinals={"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
        "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
        "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90},
    cardinal_joiners=frozenset("und".split()),
    softeners="ruhig|hingegen|dagegen|einfach|gerne|gern|doch|bitte|bitteschön|mal",
    verb_complements="",
    note_openers="aber|mit|diesmal|weil|benutze|nimm",
    control_before={
        "retry": "wiederhole|wiederholen|neu starten|versuche|versuch|starte|führe",
        "skip": "überspringe|überspring|überspringen|ueberspringe|lass|lasse|auslassen",
        "cancel": "abbrechen|storniere|stornieren|streichen|brich|breche|lösche|lösch|loesche|vergiss|streiche|streich|entferne",
        "done": "markiere/markier als erledigt/fertig|hake|hak|markiere|markier|setze",
        "answer": "antworte auf|antwort auf|antwort für|antwort zu|antwort",
        "urgent": "gib|gebe|mach|mache|zieh|ziehe|erledige|erledig|setz|priorisiere|priorisieren|priorisier|dringend",
        "pause": "pausiere|pausieren|pausier|pause|anhalten|halte an|halte|halt|einfrieren|friere ein",
        "resume": "mach/macht bitte? mit allem/allen weiter|mach/macht bitte? mit den aufgaben/tasks weiter|anwerfen|wieder anwerfen|wieder aufnehmen|wirf an|wirf wieder an|reaktiviere|reaktivier|reaktivieren|fortsetzen|setze fort|setz fort|mach weiter|macht weiter|weitermachen|weiter|fortfahren|fahre fort|fahr fort",
    },
    control_after={
        "retry": "bitte? nochmal/nochmals/erneut/neu versuchen/ausführen/starten?|bitte? noch mal/einmal versuchen/ausführen/starten?"
                 "|bitte? wiederholen|bitte? neu starten",
        "skip": "bitte? überspringen/ueberspringen/aus/auslassen/weg",
        "cancel": "bitte? abbrechen/ab/stornieren/löschen/streichen/vergessen/entfernen|brauchen wir/ich nicht mehr|brauche ich nicht mehr|ist nicht mehr nötig/notwendig",
        "done": "als? erledigt/fertig/abgeschlossen/done markieren?|abhaken|hab/habe ich schon/selbst/bereits/selber? erledigt/gemacht|ist/sind jetzt/schon/übrigens/inzwischen/mittlerweile/bereits/auch? erledigt/fertig/abgeschlossen/done/durch",
        "urgent": "bitte? als dringend/dringlich markieren/kennzeichnen/einstufen/setzen|hat/haben vorrang|ist/sind jetzt/nun/doch/auch/wirklich? dringend/urgent|zuerst|als erstes|als erste|zuerst erledigen|hat/haben priorität|hohe/höchste/oberste? priorität|auf dringend setzen/stellen?|auf dringend|nach vorne|vorziehen|vor ,",
    },
    control_needs_after=frozenset(["gib", "gebe", "mach", "mache", "zieh", "ziehe", "erledige", "erledig", "versuche", "versuch", "starte", "führe", "markiere", "markier", "setze", "setz", "brich", "breche", "lass", "lasse"]),
    control_alone={},
    answer_leads=frozenset("für zu".split()),
    group_words="aus/in der gruppe|aus/in gruppe|der gruppe|gruppe",
    queue_fillers="für heute|für heute abend|für den rest des tages|alles andere|den rest|der rest|wieder|alles|nur|an|die ganze warteschlange|ganze|die warteschlange|warteschlange|die queue|queue|alle aufgaben|aufgaben|bitte|jetzt|mal|erstmal|kurz|mit|der|den|das|die|alle|bis auf weiteres|vorerst",
    group_topic_heads="mit dem/der/den|alles zum/zur|alles rund um|alles für|alles wegen|die sachen für/zum/zur|die aufgaben für/zum/zur",
    group_topic_tails="sachen|aufgaben|kram|zeug|tasks",
    group_topic_suffixes=frozenset("sachen aufgaben kram zeug tasks gruppe".split()),
    reasons="weil|da|denn",
    reason_ends="also|deshalb|darum|deswegen|daher",
    deferrals="",
    waits="bis|solange|ich warte auf|wir warten auf|warte auf|warten auf",
    copulas="",
    mistake_words="",
    own_plans="ich muss|ich muß|ich will|ich werde|ich möchte erst|ich mach|ich mache|ich bin|bin|ich hab|ich habe",
    needed_by="brauch ich 's?|brauche ich 's?|brauch ich es|brauche ich es|ich brauch/brauche es|ich brauch's|brauchen wir 's?|brauchen wir es|wir brauchen es|wird gebraucht",
    urgent_marks="dringend|sehr dringend|eilig|eilt|hohe priorität|höchste priorität|zuerst das|das zuerst|als erstes",
    status_words={
        "pending": "offen|offene|offenen|offenes|ausstehend|ausstehende|ausstehenden|wartende|wartenden",
        "running": "läuft|laufen|laufend|laufende|laufenden|laufendes|aktive|aktiven",
        "blocked": "hängt|hängen|hängen geblieben|blockiert|blockierte|blockierten|blockiertes|fehlgeschlagen|fehlgeschlagene|fehlgeschlagenen|fehlgeschlagenes|hängende|hängendes",
        "done": "erledigt|erledigte|erledigten|erledigtes|fertig|fertige|fertiges|abgeschlossen|abgeschlossene|abgeschlossenes|fertig geworden|schon durch|jetzt durch|endlich durch",
        "skipped": "übersprungen|übersprungene|abgebrochen|abgebrochene",
    },
    status_any="etwas|irgendwas|irgendetwas|was|öppis|epis|ebbes",
    there_is="gibt es|gibt's",
    finish_asks="", finish_first="", finish_states="",
    product_nouns="app|apps|programm|software|tool|to-do-app",
    status_show=frozenset("zeig zeige zeigen liste gib sag sage sagen".split()),
    status_nouns=frozenset("aufgaben aufgabe warteschlange liste aufgabenliste aufgabenstatus".split()),
    request_nouns=frozenset("anfragen aufträge".split()),
    status_topic=frozenset("status stand fortschritt".split()),
    of_words=frozenset("von der zu über mit".split()),
    possessives=frozenset("mein meine meinen meinem meiner unser unsere unseren unserem dein deine deinen".split()),
    determiners=frozenset("meine die der den das dem".split()),
    relative_that="die noch?|was noch?",
    relative_ends="ist|sind",
    all_words=frozenset("alle alles".split()),
    type_verbs={
        "messaging": "absagen zusagen teile teilen anschreiben anmailen mailen e-mailen emailen bestätige kontaktiere posten poste schick schicke sende antworte ruf informiere benachrichtige schicken senden anrufen antworten informieren benachrichtigen mitteilen"
                " verschicken leite leit weiterleiten",
        "code-execution": "führe starte installiere ausführen starten installieren deployen",
        "file-creation": "schreib erstell erstelle schreibe erstellen schreiben",
        "info-lookup": "suche recherchiere vergleiche prüfe suchen finden recherchieren vergleichen prüfen nachlesen nachschlagen nachschauen nachsehen rausfinden herausfinden",
    },
    vague_verbs="kümmer/kümmere dich bitte? mal? bitte? um|dich mal? um|erledige|mach|regel|regle|schau dir|organisiere",
    vague_nouns=frozenset("sache sachen ding zeug kram thema".split()),
    day_words=frozenset("tag brückentag feiertag datum".split()),
    day_idioms="",
    # --- words moved from the rule modules (part A)
    # left empty: transform_verbs, vague_things, vague_tail, file_nouns, file_prepositions, travel_nouns, superlatives, position_words
    # (their rules read English words with them: "into", "the", "it", "a"/"an", "book"); phrasal_particles: the particle goes last (separable_particles)
    delegation_words="delegiere|delegier|delegieren|delegiert",
    reminder_links=frozenset(),
    remind_others=frozenset("".split()),  # "erinnere" opens a reminder already (reminder_starts)
    reminder_starts="erinnere|erinner|erinnre|plane einen termin|stell/stelle/setz/setze/erstell/erstelle eine erinnerung|stell/stelle einen wecker|weck/wecke mich",
    chat_places=frozenset("gruppe chat gruppenchat kanal thread forum".split()), place_prepositions=frozenset("in ins im".split()),
    transform_verbs=frozenset(), draft_verbs=frozenset("entwirf entwerfe entwerfen".split()), letter_nouns=frozenset("brief briefe karte zeilen widerspruch einspruch beschwerde".split()), message_nouns=frozenset("mail e-mail email mails nachricht nachrichten antwort sms whatsapp".split()),
    weak_lookups=frozenset("prüf prüfe check checke überprüf überprüfe kontrollier kontrolliere teste test schau".split()), vague_things=frozenset(), vague_tail=frozenset(), not_content=frozenset("das es den die der dem ein eine einen dies dieses diese mal bitte mir mich uns und oder was da sache ding zeug kram jetzt heute noch mit um an für".split()),
    vague_verb_words=frozenset("mach mache machen kümmer kümmere kümmern erledig erledige erledigen regel regle regeln klär kläre klären".split()), file_nouns=frozenset(), file_prepositions=frozenset("in ins als".split()), travel_nouns=frozenset(),
    indirect_pronouns=frozenset("mir uns ihm ihr".split()), phrasal_particles=frozenset(),
    definite_words=frozenset("den die das".split()), function_words=frozenset("und oder von vom zu zum zur für mit in im am an auf aus bei nach über unter um als wie dass der die das den dem des ein eine einen einem einer es sie ihn ist sind war".split()), generic_nouns=frozenset("sache sachen ding dinge mal tag woche monat jahr zeit team kunde rest ende".split()),
    indefinite_words=frozenset("ein eine einen einem einer neue neuen neues".split()), transaction_verbs=frozenset("buch buche bestell bestelle kauf kaufe reservier reserviere verlänger verlängere meld melde beantrag beantrage".split()), transaction_results=frozenset("bestätigung buchungsbestätigung quittung beleg rechnung buchung reservierung ticket tickets bestellung angebot sendungsnummer details nummer".split()),
    result_nouns={"scannen": "scan", "zusammenfassen": "zusammenfassung", "übersetzen": "übersetzung", "übersetze": "übersetzung", "übersetz": "übersetzung", "fass": "zusammenfassung", "fasse": "zusammenfassung", "vergleiche": "vergleich", "analysiere": "analyse", "analysier": "analyse", "scanne": "scan", "scann": "scan", "entwirf": "entwurf"},
    send_verbs=frozenset("schick schicke sende maile".split()),
    lookup_verbs=frozenset("such suche finde find prüfe checke prüf recherchier recherchiere schau schaue guck gucke".split()), to_the_user=frozenset("mir uns".split()),
    send_to_words=frozenset("an".split()), send_requests="", both_words="beide|beiden|beidem|die zwei|alle drei|alle beide", enclitic_objects="", hyphen_objects="",
    infinitive_objects="", producer_verbs=frozenset(), superlatives=frozenset(), position_words=frozenset(),
    lookup_results=frozenset("link links ergebnis ergebnisse antwort infos details nummer zeiten öffnungszeiten preis preise optionen".split()),
    finite_verbs=frozenset("braucht brauchen möchte ist sind war waren hat haben hatte hatten läuft lief geht ging fehlt fehlen streikt".split()), news_openers='wir haben ein/eine/einen/kein/keine/keinen|es gibt ein/eine/einen/kein/keine/keinen|wir sind ohne', statement_openers=frozenset("wenn falls sobald bevor während bis als".split()), infinitive_endings=frozenset("en".split()),
    past_endings=frozenset(),  # the past is a finite verb or an auxiliary (finite_verbs)
    separable_particles=frozenset("an auf aus ein ab zu mit vor weg los zurück".split()),
    list_numerals="", step_nouns=frozenset("schritt".split()),
    command_fillers="bitte", note_adverbials=frozenset(), new_action_words="dafür", polite_words=frozenset("bitte".split()),
    # --- schedules
    weekdays={
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
        "montags": 0, "dienstags": 1, "mittwochs": 2, "donnerstags": 3, "freitags": 4, "samstags": 5,
        "sonntags": 6
    },
    months={
        "januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september":
        9, "oktober": 10, "november": 11, "dezember": 12
    },
    numbers={
        "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10, "fünfzehn": 15,
        "zwanzig": 20, "dreißig": 30, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zwölf": 12, "vierzig": 40,
        "fünfundvierzig": 45, "neunzig": 90, "fünfundzwanzig": 25, "ein paar": 3, "einigen": 3, "einige": 3, "paar": 3
    },
    ordinals={"ersten": 1, "erste": 1, "monatsersten": 1, "zweiten": 2, "dritten": 3, "letzten": 31},
    time_units={
        "minute": "m", "minuten": "m", "stunde": "h", "stunden": "h", "tag": "d", "tagen": "d", "tage": "d",
        "woche": "w", "wochen": "w"
    },
    day_parts={
        "früh": 8, "morgens": 9, "vormittag": 10, "mittag": 12, "nachmittag": 15, "abend": 18, "abends": 18,
        "nacht": 21
    },
    relative_days={"heute": 0, "heute abend": 0, "heute nachmittag": 0, "heute früh": 0, "morgen": 1, "übermorgen": 2},
    relative_periods={
        "nächste woche": "next week", "nächster woche": "next week", "kommende woche": "next week", "diese woche": "this week",
        "ende der woche": "end of week", "ende dieser woche": "end of week", "ende nächster woche": "end of next week",
        "ende der nächsten woche": "end of next week", "ende kommender woche": "end of next week", "nächsten monat": "next month",
        "ende des monats": "end of month", "monatsende": "end of month", "ende nächsten monats": "end of next month",
        "ende des nächsten monats": "end of next month",
    },
    periods={
        "tag": "day", "tages": "day", "woche": "week", "monat": "month", "monats": "month", "stunde": "hour",
        "morgen": "morning", "abend": "evening",
        "werktag": "weekday", "minute": "minute",
    },
    period_adverbs={
        "wöchentliche": "week", "wöchentlichen": "week", "tägliche": "day", "täglichen": "day", "monatliche": "month",         "täglich": "day", "stündlich": "hour", "wöchentlich": "week", "monatlich": "month", "werktags": "weekday", "montags bis freitags": "weekday", "montags-freitags": "weekday",
        "jährlich": "year",
    },
    period_ends={"monatsende": "month", "ende des monats": "month", "ende des monates": "month", "ende der woche": "week",
                 "wochenende": "weekend", "jahresende": "year", "ende des jahres": "year", "feierabend": "day", "tagesende": "day"},
    current_periods={"diese woche": "week", "diesen monat": "month", "dieses jahr": "year"},
    time_words=frozenset("uhr".split()),
    time_fillers=frozenset("um am zum vom der den die das im des".split()),
    time_characters="",
    plural_day_articles="",
    subordinators="wann|wo|ob|wie|welche|welcher|welches|welchen|warum|wer",
    topic_words="über|wegen",
    demonstratives=frozenset("derjenige diejenige dasjenige diejenigen".split()),
    relatives=frozenset("der die das welcher welche".split()),
    availability="frei|verfügbar|geöffnet",
    state_verbs="öffnet|offen|aufhat|schließt|geschlossen|läuft|ist|sind|hat",
    every_words="jeden|jede|jedes|alle",
    clock_words="um|gegen",
    clock_hours={},
    clock_phrases={
        "halb {h}": -30, "viertel nach {h}": 15, "viertel vor {h}": -15, "dreiviertel {h}": -15, "drei viertel {h}": -15,
        "{at} {m} nach {h}": 1, "{at} {m} vor {h}": -1, "{h} uhr": 0,
    },
    clock_numerals={
        "eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    },
    street_words=frozenset("straße strasse str weg gasse platz allee ring damm ufer".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset(),
    in_words="in",
    from_now_words="ab jetzt",
    about_words="etwa|ungefähr|circa|ca.|rund",
    half_words="einer halben|eine halbe|halben",
    meal_starts={"nach feierabend": 18, "nach der arbeit": 18, "nach dienstschluss": 18, "nach dem mittagessen": 14, "nach dem essen": 14, "nach der mittagspause": 14, "nachm mittagessen": 14, "nach dem abendessen": 20, "nach dem frühstück": 10, "nachm essen": 14, "nach dem mittag": 14},
    span_cues="für|für die nächsten",
    deadline_hours="",
    deadline_after="spätestens|allerspätestens|aller spätestens|maximal",
    deadline_cues="bis zum|bis spätestens|bis morgen|bis|spätestens am|spätestens|bevor|ehe|vor|innerhalb von",
    meal_deadlines={"lunch": 12, "mittagessen": 12, "frühstück": 9, "abendessen": 18},
    workday_ends="",
    start_cues="nach|ab",
    since_cues="seit",
    source_cues="",
    booking_verbs="buche|buch|buchen|reserviere|reservier|reservieren",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="für den|für die|für das|für|wegen|über|zum|zur",
    reminder_nouns=frozenset("erinnerung wecker".split()),
    purpose_leads=frozenset("für zur zum".split()),
    event_nouns="besprechung|meeting|termin|call|telefonat|sitzung|videocall",
    schedule_verbs="verschiebe|verschieb|verschieben|verlege|verleg|verlegen|plane|planen|vereinbare|vereinbaren|organisiere|organisieren|setz|setze|leg|lege|trag|trage|mach|ansetzen|eintragen",
    calendar_nouns="kalender|terminkalender|google-kalender|outlook-kalender|google kalender",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="dr|hr|fr|frau",
    short_abbreviations="nr|tel|s",  # "n. 2025/0418", "ref. 3001C": a number follows, no sentence ends
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_context_endings=("en", "et", "t"),  # "skippen", "retryt" beside an id; German puts a borrowed task verb last ("die PR mergen"): such verbs go in verbs
    ambiguous_verbs=frozenset(),
    type_keywords={
        "messaging": "bescheid geben|bescheid sagen|nachricht|schreib an|schreibe an|schick|schicke|sag|sage|mail|e-mail|whatsapp|posten",
        "reminder-scheduling": "erinnerung|erinnern|erinnere mich|termin|wecker|kalender",
        "code-execution": "skript|skripte|migration|migrationen|server|datenbank|deployment|laufen lassen|tests laufen|build",
        "file-creation": "datei|dokument|bericht|tabelle|plakat|plakate|suchplakat|flyer|handzettel|aushang|broschüre|einladung|einladungen",
    },
    agent_words="agent|agenten|assistent|coding-agent|coding-agenten",
    delegate_verbs="lass|lasse|sag|frag|bitte|lassen sie|sagen sie|fragen sie|bitten sie",
    agent_particles="",
    roles=frozenset("herr herrn frau mutter vater mama papa schwester bruder chef chefin vermieter vermieterin kunde kundin steuerberater steuerberaterin anwalt anwältin arzt ärztin nachbar nachbarin lehrer lehrerin floristin florist hausmeister tante onkel oma opa cousine cousin schwager schwägerin pförtner portier".split()),
    name_titles=frozenset("herr herrn frau".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("an dem der allen ihm ihr ihnen meiner deiner seiner ihrer unserer eurer meinem deinem seinem ihrem unserem eurem".split()),
    message_that="dass|daß|damit|mit der nachricht",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset(),
    chit_chat=frozenset(),
    # --- words moved from the rule modules (part B)
    negations=frozenset("nicht nich nie niemals kein keine".split()), negations_after="", command_hedges=frozenset("hmm hm äh ähm ok okay also vielleicht bitte mal einfach auch und oh kannst könntest du kannste könnteste".split()), queue_hedges=frozenset("hmm hm äh ähm ok okay also bitte mal einfach oh hey kannst könntest du kannste könnteste wir".split()), selector_pronouns="",
    selector_ends=frozenset("und bitte jetzt".split()), selector_places="in/auf der warteschlange/liste/queue", queue_nouns=frozenset("warteschlange schlange".split()),
    request_questions="kannste|könnteste|kannst du|könntest du|kannst|könntest|würdest du|können sie|könnten sie|würden sie|magst du|kriegst du", as_task="bitte? füg/füge das/es als aufgabe hinzu|bitte? trag/trage das/es als aufgabe ein|bitte? mach/mache daraus eine aufgabe|bitte? setz/setze das/es auf die liste", asking_fillers=frozenset("helfen bitte mal auch vielleicht".split()), count_questions="wie viele",
    count_verbs=frozenset("sind gibt bleiben fehlen laufen".split()), pronoun_aux=frozenset(), meta_alone=frozenset("folgendes".split()), tail_polite="bitte|danke|bitte danke|danke schön|jetzt|sofort|schnell|pls|plz", list_add_preps="zu|auf",
    sure_greetings=frozenset("hallo moin moinsen servus huhu hallöchen grüezi tach".split()), strong_sign_offs=frozenset("danke dank merci".split()), status_that="die/das? gerade/noch/schon? ist/sind|die|das",
    list_add_verbs="füge|füg|setz|setze|pack|packe|schreib|schreibe", list_owners="meine|die", list_names=r"aufgaben(?:liste)?|liste|einkaufsliste|to-?do-?liste", list_add_tails="hinzu|drauf",
    frame_add_verbs=frozenset("pack packe füg füge hinzufügen notiere notier".split()), frame_tail=frozenset("dazu hinzu für mich heute bitte".split()), status_modals=frozenset("würdest solltest könntest kannst soll sollte würde kann muss".split()),
    plain_articles=frozenset(),  # "in 2 Stunden eine Mail an …": German leaves the verb out after a time; an article states nothing
    status_determiners=frozenset("mir uns kurz kurzes kurzen kleines schnelles".split()), status_end_fillers=frozenset("bitte jetzt gerade noch bisher heute momentan".split()), id_question_words=frozenset("was wie wo welche".split()),
    status_question_words=frozenset("was welche welcher wie ist sind gibt es".split()), status_every=frozenset("alles was".split()),
    still_words=frozenset("noch".split()), status_things=frozenset("alles sachen".split()), piece_breaks="und|dann", cjk_queue_nouns="",
    cjk_status_asks="", cjk_show_verbs="", cjk_requests="", part_openers="am|in der", adjective_articles="",
    noun_determiners="der|die|das|den|dem", month_day_words="tag", every_other="", alternate_weeks="jeden zweiten|jede zweite|jedes zweite|alle zwei wochen|alle 2 wochen|alle vierzehn tage|alle 14 tage|vierzehntägig|zweiwöchentlich|zweiwöchig",
    month_weekday_ordinals="ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|letzten|letzte", deadline_clause_preps="am",
    object_articles="den|die", object_phrase_articles="den|die|das|der", elided_articles="", date_articles="am|zum",
    day_number_articles="am|den|zum", ordinal_day_articles="den|zum", describing_words="",
    time_questions="",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    example_markers="",
    not_then_before=frozenset("für bis ab von".split()),  # "ein Café für danach": a time, not the next step
    dep_done=frozenset("bestätigt gebucht fertig erledigt durch abgeschlossen hast habt".split()),
    status_phrases="woran hast du gearbeitet|woran hast du seit gestern/heute/montag gearbeitet|was hast du seit gestern/heute geschafft|was hast du bisher/schon geschafft|wie viele sind noch übrig/offen|wie viel ist noch übrig/offen|wie viele fehlen noch|wie viele bleiben noch|mit meinen/den aufgaben weitergekommen|mit meinen/den aufgaben vorangekommen|wie weit bist du|wie weit seid ihr|wie weit sind wir|stand der dinge|wie ist der stand der dinge|was ist der stand der dinge|was fehlt noch|was ist noch übrig|was bleibt noch|gibt es neuigkeiten|gibt es was neues|wie ist der stand|was gibt 's neues|was gibt's neues",
    loan_verb_endings="ieren|en",  # "exportieren", "formatieren": the Latin -ieren that borrows a verb too
    loan_verb_prefixes="gegen|nach|durch|ab|rein|drüber",
    loan_verb_particles="",
    status_progress="",
    ability_asks="", only_alternatives="oder nur|oder kannst du nur|oder liest du nur", capability_asks="was kannst/können/könnt du/sie/ihr eigentlich/überhaupt/denn/so alles?|was kannst/können/könnt du/sie/ihr alles|wobei kannst/können/könnt du/sie/ihr mir? eigentlich/überhaupt? helfen|was für sachen/dinge kann ich dich/sie/euch fragen|was machst du eigentlich/überhaupt",
    preamble_openers="",
    mail_greetings=frozenset('sehr geehrte|sehr geehrter|liebe|lieber|hallo|guten tag|moin|servus'.split("|")), mail_closings=frozenset('mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|lg|mfg|gruß|grüße|danke'.split("|")),
    mail_headers=frozenset('von|betreff|an|gesendet|datum|cc'.split("|")),
    self_words=frozenset('ich mich mir mein meine meiner meinen'.split()), owner_labels=frozenset('verantwortlich zuständig aktion todo'.split()), name_suffixes=frozenset(),
    example_leads="z . b .|z . b|zb|zum beispiel|wie|etwa|so was wie|sowas wie|so etwas wie|beispielsweise",
    order_heads="der reihe nach|in der reihenfolge|in dieser reihenfolge|nacheinander|eins nach dem anderen|schritt für schritt",
    praise_words="",
    how_went="wie war|wie läuft|wie lief|wie steht es mit|was ist mit|was macht", work_nouns=frozenset("suche buchung reservierung recherche".split()),
    typos={"gibts": "gibt es", "gibt's": "gibt es", "fortsetzn": "fortsetzen", "schrieb": "schreib"},
    not_typos=frozenset(),
    trigger_words=(),
)
