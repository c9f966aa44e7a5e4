"""Italian vocabulary (see language.py for the fields)."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="it",
    verbs=frozenset("""
    spegni spegnete spegnere accendi accendete accendere riaccendi
    revoca revocare revocate
    tira tirate avvia avviate avviare
    posticipa rimanda anticipa spostare
    genera generare riprendi riprendere annulla annullare cancella cancellare disdici disdire pubblica pubblicare posta postare raccogli raccogliere
    leggiti leggimi guardati informati informatevi documentati documentatevi iscriviti firma invita scansiona compila presenta richiedi conferma prova restituisci vendi cambia sposta
    cucina scegli decidi fissa fissami fissate fissare metti mettete mettere mettimi
    aggiungi aggiungere
    imposta impostare configura
    annota annotare segna
    scrivigli scrivile
    scopri scoprire
    finisci finite finire termina terminare completa
    cerca cercate cercare trova trovate trovare invia inviate inviare manda mandate mandare scrivi scrivete scrivere
    crea create creare prenota prenotate prenotare compra comprate comprare chiama chiamate chiamare prepara preparate
    preparare esporta esportate esportare gira girare giragli girale giralo girala girali inoltralo inoltrala sollecita sollecitate sollecitare vedi controlla controllate controllare verifica verificate verificare fai fate fare redigi redigete redigere
    riassumi riassumere traduci tradurre aggiorna aggiornate aggiornare scarica scaricate scaricare carica caricare
    esegui eseguite eseguire lancia lanciate lanciare installa installate installare riavvia riavviare pulisci pulire
    organizza organizzare pianifica pianificare programma programmare paga pagare rispondi rispondete rispondere
    condividi condividere stampa stampare leggi leggere confronta confrontare analizza analizzare calcola calcolare
    rinnova rinnovare ordina ordinare ricordami ricordatemi ricorda ricordagli ricordale ricordategli avvisa avvisare scrivigli scrivile mandagli mandale digli
    dille dimmi inoltra inoltrare salva salvare testa testare correggi correggere ripara riparare contatta contattare
    chiedi chiedere chiedigli prepara fammi mandami inviami trovami cercami prendi prendere sistema sistemare
    ordini guardi cerchi trovi confronti paragoni chiami prenoti compri mandi invii controlli prepari verifichi contatti paghi chieda scriva faccia
    """.split()),
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_context_endings=("are", "ami", "arlo", "arla", "ato", "a", "ate", "ando", "iamo"),
    ambiguous_verbs=frozenset("programma stampa ordina".split()),
    type_verbs={
        "messaging": "ricorda ricordagli ricordale ricordategli gira girare giragli girale condividi chiami mandi invii contatti chieda invita conferma pubblica pubblicare posta postare scrivigli scrivile invia inviate inviare manda mandate mandare rispondi rispondete rispondere chiama chiamate"
                     " chiamare avvisa avvisare scrivigli scrivile mandagli mandale digli dille inoltra inoltrare"
                     " contatta contattare chiedigli mandami inviami",
        "code-execution": "esegui eseguite eseguire lancia lanciate lanciare installa installate installare riavvia"
                          " riavviare testa",
        "file-creation": "esporta esportate esportare scrivi scrivete scrivere redigi redigete redigere crea create creare",
        "info-lookup": "vedi guardi cerchi trovi controlli verifichi leggiti leggimi guardati informati informatevi documentati documentatevi scegli scopri scoprire cerca cercate cercare trova trovate trovare controlla controllate controllare verifica"
                       " verificate verificare confronta confrontare analizza analizzare riassumi trovami cercami",
    },
    type_keywords={
        "messaging": "messaggio|mail|e-mail|whatsapp|sms|scrivi a|scrivigli|scrivile|di' a|dì a|avvisa|manda a",
        "reminder-scheduling": "promemoria|ricordami|ricordarmi|calendario|sveglia|appuntamento",
        "code-execution": "server|script|deploy|database|backup|log|riavvialo|riavviala|riavviali|riavviarlo|riavviarla",
        "file-creation": "file|documento|report|foglio|presentazione|cartella|relazione|tabella|grafico"
                         "|volantino|volantini|locandina|locandine|manifesto|manifesti|cartello|cartelli|invito|inviti",
    },
    agent_words="agente|assistente|agente di codice|l'agente|all'agente|dell'agente|l'assistente|all'assistente",
    delegate_verbs="chiedi|chiedere|di'|dì|fai|fa'|far|fare|faccia|fate|sollecita|sollecitate",  # "sollecita il falegname": chase a person
    agent_particles="",
    roles=frozenset("capo padrone proprietario cliente commercialista avvocato avvocata medico amico amica vicino vicina prof professore professoressa tata idraulico zia zio nonna nonno cugina cugino suocera suocero cognata cognato madrina padrino falegname elettricista meccanico muratore imbianchino giardiniere fabbro notaio dentista parrucchiere parrucchiera fornitore fornitrice tecnico amministratore amministratrice portiere portinaia signora signore signor".split()),
    name_titles=frozenset("signor signora signore signorina".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("a al ad alla allo ai agli alle".split()),
    message_that="che|dicendo|per dire|per confermare",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset("spiega spiegami dimmi traduci".split()),
    greetings="domanda veloce|domanda rapida|una domanda|domandina|ciao|salve|buongiorno|buonasera|ehi|ok|va bene|allora|senti|ehm|uhm|mmm|guagliò|uè|ué|belin|mannaggia|raga|bro"
              "|sto dettando in macchina/auto quindi? scusa/perdona lo stile|sto dettando in macchina/auto quindi? scusa/perdona gli errori"
              "|sto dettando in macchina/auto/taxi/treno|sto dettando mentre guido/cammino quindi? scusa/perdona?|scusa/perdona lo stile|scusa/perdona gli errori"
              "|segnati/scrivi/annota questo ,? che? sto guidando/camminando|segnati/scrivi/annota questo ,? che? sono in macchina/auto/treno/autobus/taxi"
              "|scusa/scusi/scusate/scusami/perdona/perdoni/perdonami il disturbo|mi scusi/scusa il disturbo|scusa/scusi/scusate/scusami se ti/la/vi? disturbo|perdona/perdoni/scusa/scusi/scusami l'ora|scusa/scusi/scusami l'orario",  # "desculpa incomodar, dá pra …": an apology before the ask asks nothing
    request=(
        "devo ricordarmi di|mi devo ricordare di|devo ricordarmi d'|sarebbe possibile|è possibile|sarà possibile|sarebbe fantastico/perfetto/utile/bello/ottimo se potessi/puoi|mi chiedevo se potessi/potresti|volevo chiederti di|posso chiederti di|puoi|potresti|può|potrebbe|mi puoi|mi potresti|per favore|per piacere|perfavore|ti prego|ho bisogno che tu?"
        "|mi serve che tu?|vorrei che tu?|non dimenticare di|ricordati di|ora resta da|ora manca da|resta da|manca da|rimane da|devi|dovresti|bisognerebbe|bisogna|occorre|occorrerebbe|sarebbe da|e|anche|che tu?|ti chiedo di|ti chiederei di|per cortesia|cortesemente|fammi il favore di|vai a vedere|vai a guardare|vai a leggere|va' a vedere|va' a guardare|segnati che devi|segnati che|segnati|segnatelo|appuntati che devi|appuntati|annotati che devi|annotati|prendi nota che devi|prendi nota"
    ),
    capability_preambles="",
    possibility_asks="",
    restated_questions="",
    answer_conditions="",
    help_only="aiutarmi|aiutare|darmi una mano|mi fai una cortesia|mi fai un favore|fammi una cortesia|fammi un favore|farmi un favore|farmi una cortesia|me fai ' na cortesia|me fai 'na cortesia",
    help_asked="tuo/suo/vostro? aiuto con/per/sulla/sul/nella/nel?|un aiuto con/per?|una mano con/per?|un favore|una cortesia",
    need_frames="ho bisogno di|ho bisogno del|ho bisogno della|ho bisogno dei|ho bisogno delle|avrei bisogno di|avrei bisogno del|avrei bisogno della|avrei bisogno dei|avrei bisogno delle|mi servono|ho bisogno d'aiuto con|aiutami con|aiutami a|mi serve|mi servirebbe|vorrei|aggiungi un'attività per|aggiungi un compito per|crea un'attività per",
    i_subjects="io",  # "io ho bisogno di …"
    request_delegates=frozenset("è sarebbe volevo posso vai va' puoi potresti può potrebbe mi ho vorrei segnati appuntati annotati prendi".split()),
    frame_pre=frozenset("aggiungi aggiungine nuova nuovo una un altra altro ancora un'altra".split()),
    frame_nouns=frozenset("attività compito compiti task".split()),
    other_matter="un'altra cosa|altra cosa|tutt'altra cosa|una cosa diversa/separata|niente a che vedere",
    framing="attività|compiti|i miei compiti|aggiungi|metti in coda|mettimi in coda|metti in lista|mettimi in lista|metti invece|metti anche|occupati di|aiutami con|aiutami a|per me",
    meta_verbs="fare|fai|fammi|mi fai|occuparti di|occupati di|gestire|gestisci|sbrigare|sbriga|mi aiuti con|aiutami con",
    meta_objects="questo|queste|questi|queste cose|il seguente|quanto segue|ciò",
    meta_tail=frozenset("per me".split()),
    list_takers="occupati di|aggiungi|aggiungere|metti|mettere|gestisci",
    list_refs="il resto|quelle ancora da fare|quelli ancora da fare|le altre|gli altri|quello che manca|quelle non spuntate",
    list_ask_words=frozenset("ancora coda compiti da fare favore gli i in le lista me nella non per spuntate spuntati tutte tutti".split()),
    done_notes="fatto|già fatto|fatta|già fatta|completato|non serve più|lo faccio io",
    list_references="questo|questa|queste|questi|sta lista|'sta lista|questa lista|la lista|tutto|tutto questo|tutta la lista|quanto segue|ciò|questa roba|sta roba|il tutto",
    header=frozenset("questo questa ciò queste questi seguenti cose oggi domani lista ecco due tre".split()),
    sign_offs="per favore|per piacere|grazie|grazie mille|è tutto|tutto qui|saluti|a dopo",
    chit_chat=frozenset("grazie ottimo perfetto bene ok ciao fantastico belin mannaggia".split()),
    # --- words moved from the rule modules (part B)
    negations=frozenset("non mai".split()), negations_after="", command_hedges=frozenset("mmm ehm beh allora ok forse dunque quindi solo anche e oh puoi potresti".split()), queue_hedges=frozenset("mmm ehm beh allora ok dunque quindi solo oh ehi puoi potresti".split()), selector_ends=frozenset("e".split()), as_task="",
    selector_pronouns="", selector_places="", queue_nouns=frozenset("coda".split()), request_questions="puoi|potresti|mi puoi|mi potresti|può|potrebbe|mi può|mi potrebbe|riesci a|riusciresti a", asking_fillers=frozenset(),
    count_questions="", count_verbs=frozenset(), pronoun_aux=frozenset(), meta_alone=frozenset(), tail_polite="per favore|per piacere|perfavore|grazie|subito",
    sure_greetings=frozenset("ciao salve buongiorno buonasera ehi".split()), strong_sign_offs=frozenset("grazie".split()), list_add_verbs="", list_add_preps="", list_owners="",
    list_names="", list_add_tails="", frame_add_verbs=frozenset("aggiungi aggiungine".split()), frame_tail=frozenset(), plain_articles=frozenset(),
    status_determiners=frozenset("vedere breve piccolo veloce rapido rapida".split()), status_question_words=frozenset(), status_modals=frozenset(), status_that="",
    status_end_fillers=frozenset(), still_words=frozenset("ancora".split()), id_question_words=frozenset(),
    status_every=frozenset(), status_things=frozenset(), piece_breaks="", cjk_queue_nouns="", cjk_status_asks="",
    cjk_show_verbs="", cjk_requests="", part_openers="di|da|la", noun_determiners="", month_day_words="giorno",
    adjective_articles="il|lo|la|i|gli|un|una|mio|mia", every_other="", alternate_weeks="ogni due settimane|ogni 2 settimane|ogni quindici giorni|ogni 15 giorni|settimane alterne|sì e uno no|ogni altra settimana",
    month_weekday_ordinals="primo|secondo|terzo|quarto|ultimo", deadline_clause_preps="il", describing_words="",
    object_articles="il|la", object_phrase_articles="il|la", elided_articles="l'", date_articles="il|lo",
    day_number_articles="il|giorno", ordinal_day_articles="il|giorno",
    question_particles=frozenset("".split()),
    question_words=frozenset("che cosa cos'è com'è com'era come quando dove perché chi quale quali quanto quanti quante".split()),
    time_questions="",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="come faccio/posso/si/annullo/cancello/aggiungo/creo/riprovo/salto|cosa significa|che cosa significa|come funziona|è possibile che|sarebbe possibile che|sarà possibile che",  # "è possibile che piova?" asks whether, no request
    example_markers="per esempio|ad esempio",
    web_search="cerca su google|google",
    reminder_only="ricordami|ricordatemi",
    seq_then="→|⇒|solo dopo|e solo dopo|solo poi|e solo poi|poi|dopo|e poi|e po '|po '|quindi|dopodiché|successivamente|una volta fatto|e fatto questo|fatto questo|e fatto ciò|fatto ciò",
    seq_also="e meglio|meglio|e invece|invece|al suo posto|anche|inoltre|e anche|in più|più|pure|e già che ci sei|già che ci sei|e già che ci penso|già che ci penso|e mentre ci penso|mentre ci penso|e approfittane per|approfittane per|cosa che non c'entra niente|cosa che non c'entra nulla|altra cosa che non c'entra niente|tutt'altra cosa|non c'entra niente",
    now_words="allo stesso tempo|contemporaneamente|in questo momento|al momento|intanto|nel frattempo|adesso|ora|subito|nel mentre",
    then_at_end="dopo|dopo di che|dopodiché",
    then_after_first="",
    first_words="",
    seq_order="prima|innanzitutto|primo|secondo|terzo|infine|alla fine|per ultimo",
    conj="e|ed",
    clause_openers="se|quando|appena|una volta che|una volta|dopo che|mentre",
    not_then_before=frozenset("è sono".split()),  # "è più vicino": a comparison, no "also"
    clitics=frozenset("gli le lo la li ne ci mi ti l'".split()),
    person_objects=frozenset("".split()),  # on the verb ("ricordagli")
    you_subjects=frozenset("tu".split()),
    pronoun_objects="questo|quello|ciò",
    dep_before_id="quando|appena|dopo|una volta che|una volta|non appena",
    dep_after_id="",
    reading_verbs="legga|controlli|guardi|vedere|guardare|leggere|leggiti|guardati|dai un'occhiata a|dai un'occhiata|leggi|rileggi|scorri|passa in rassegna|guarda",
    digest_verbs="fammi la lista|fai la lista|segnami|annotami|fammi un recap|mi fai un recap|mi faccia un sunto|mi fai un sunto|fammi un sunto|fai un sunto|mi faccia un riassunto|mi fai un riassunto|riassuma|mi faccia una lista|fammi una sintesi|fai una sintesi|raggruppa|raggruppali|classifica|fammi una lista|fai una lista|riassumi|fammi un riassunto|fai un riassunto|elenca|fammi una tabella|fai una tabella|fammi un elenco",
    digest_nouns=frozenset("riassunto sintesi resoconto".split()),
    report_back="fammi sapere|dirmi|dimmi|avvisami",
    call_verbs="chiama|chiamare|telefona|telefonare|telefonagli|telefonale|chiamalo|chiamala",
    call_asks="chiedi|chiedigli|chiedile|chiedere|chiedergli|domanda|domandagli|informati|informarti",
    fallout_fixes="sistema quello che si rompe|sistema ciò che si rompe|correggi quello che si rompe|correggi quello che non va più|sistema quello che si rompe",
    keep_as="scrivilo in|scrivila in|scrivili in|scrivilo nel|scrivilo nella|mettilo in|mettila in|mettili in|mettile in|salvali come|salvale come|salvali in|salvale in|mettilo nella|mettilo nel|mettila nella|mettila nel|salvalo come|salvala come|salvalo in|salvala in|salva come|salva in|salva nella|salva nel|salvalo nella|salvalo nel|salvala nella|salvala nel",
    corrections="anzi ,? no|no ,? anzi|anzi|no|no ,? aspetta ,? meglio|no ,? aspetta|no ,? meglio|o meglio|cioè|volevo dire",
    apologies="scusa|scusami|scusate|ops|pardon|intendevo|volevo dire|scusa ,? intendevo",
    retractions="lascia perdere|lascia stare|no ,? lascia perdere|dimentica",
    otherwise="altrimenti|sennò|se no|in caso contrario|se non",
    condition_ends="",
    whether_alternatives="o no",
    hedges=", hai capito quale|, sai quale|, hai capito cosa|forse|magari|o no|non so|boh|vedremo|vedi tu|vedi un po' tu|fai tu|come vuoi|come ti sembra meglio|come ti pare|come credi|sai tu|, lo sai|, hai presente",
    dep_result="con il/i risultato/risultati|usando il/i/questo|con questo|con quello|con questi"
               "|con/usando/da quel/quello/quella/quei/quelle/questo/questa file/lista/elenco/foglio/tabella/export"
               "|quando/appena l'hai|quando/appena li/le/ce hai|quando/appena ce l'hai|dopo che l'hai|una volta che l'hai|una volta che li/le hai|una volta che ce l'hai|una volta che ce li/le hai",
    use_verbs="usa|usali|usalo|usala|usale|utilizza|prendi|sfrutta",
    purpose_words=frozenset("per".split()),
    infinitive_markers=frozenset("di".split()),
    causatives=frozenset("".split()),
    dep_once="quando|appena|dopo|una volta che|una volta",
    dep_done=frozenset("""confermato hai avrai confermata prenotato prenotata fatto fatta finito finita pronto pronta completato completata finisce termina
    scritto scritta redatto redatta inviato inviata firmato firmata ricevuto ricevuta
    confermati confermate prenotati prenotate fatti fatte finiti finite pronti pronte completati completate scritti scritte inviati inviate""".split()),
    id_range_words=frozenset("a fino al alla".split()),
    id_join_words=frozenset("e o ed".split()),
    id_or_words="o|oppure|o forse",
    id_task_words=frozenset("attività compito compiti task".split()),
    id_frames="",
    id_fillers=frozenset("la il lo le i gli da dal dalla attività compito compiti".split()),
    id_dash_words=frozenset("trattino".split()),
    cardinals={"uno": 1, "una": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
        "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
        "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
        "ottanta": 80, "novanta": 90},
    cardinal_joiners=frozenset("".split()),
    softeners="pure|tranquillamente|senza problemi|per favore|per piacere|invece",
    verb_complements="",
    note_openers="con|ma|usando|usa|questa volta|stavolta|perché|cercando|provando|mettendo|aggiungendo|togliendo|includendo|escludendo|filtrando|partendo da",  # "riprova T-26 cercando …": how to try again
    control_before={
        "retry": "torna/tornare a provare/lanciare/eseguire|rifai|rifare|rilancia|riprova|riprovare|riprovate|riesegui|rieseguire|rilancia|rilanciare|ripeti|ripetere|ritenta|prova|rifalla|rifallo|rifalle|rifalli|rilanciala|rilancialo|riprovala|riprovalo|ripetila|ripetilo",
        "skip": "salta|saltala|saltalo|saltale|saltali|saltare|saltate|ignora|ignorare|tralascia|lascia perdere",
        "cancel": "annulla|annullare|annullate|cancella|cancellare|elimina|eliminare|rimuovi|rimuovere|togli|dimentica",
        "done": "fatto/fatta/finito/finita per|segna/segnami/marca come fatta/fatto/completata/completato/finita/finito|segna|segnare|marca|marcare|completa|chiudi|fatto|fatta|fatti|fatte",
        "answer": "rispondi a/alla/al|risposta per|risposta a/alla/al|risposta",
        "urgent": "dai/metti/da' la? priorità urgente/alta/massima? a/al/alla|dai la priorità a|fai|metti|passa|priorizza|dai priorità a|urgente",
        "pause": "tutto in pausa|in pausa|metti in pausa|mettere in pausa|pausa|sospendi|sospendere|congela|ferma|fermate|fermare",
        "resume": "riattiva|riattivare|riprendi|riprendere|continua|continuare|vai avanti|andate avanti|togli la pausa|fai ripartire|riparti|ripartire|ripartite",
    },
    control_after={
        "retry": "di nuovo|ancora una volta|un'altra volta|da capo",
        "skip": "può aspettare|saltala|saltalo|saltale|saltali",
        "cancel": "la/lo/le/li? annulliamo|la/lo/le/li? cancelliamo|non serve più|non è più necessaria/necessario",
        "done": "l'ho/l'abbiamo già? fatto/fatta/finito/finita/completato/completata/sistemato/sistemata io/noi? stesso/stessa/stessi?|li/le ho/abbiamo già? fatti/fatte/finiti/finite/completati/completate io/noi?|come? fatto/fatta/fatti/fatte/completato/completata/completati/completate/finito/finita/finiti/finite/done"
                "|è/sono fatto/fatta/fatti/fatte/completato/completata/completati/completate/finito/finita/pronto/pronta/done"
                "|dalla/dallo/darla/darlo/considerala/consideralo/considerarla/considerarlo per/come? fatto/fatta/completato/completata/finito/finita",
        "urgent": "passare per prima/primo|passare davanti|ha/hanno la? precedenza|ora/adesso/ormai? è urgente/urgentissimo/urgentissima/urgent|ora/adesso/ormai? sono urgenti/urgentissimi/urgentissime/urgent|mettila/mettilo/segnala/segnalo/metti/segna? come urgente/urgenti/prioritaria/prioritario|per prima|per primo|prima di tutto|davanti a tutto|in cima|per prima cosa|è/sono prioritario/prioritaria/prioritari/prioritarie",
    },
    control_needs_after=frozenset(["fai", "metti", "passa", "segna", "segnare", "marca", "marcare", "prova", "chiudi"]),
    control_alone={},
    answer_leads=frozenset("per su quanto al alla".split()),
    group_words="del/dal/nel gruppo|gruppo",
    queue_fillers="per oggi|per stasera|tutto il resto|il resto|di nuovo|ancora|tutto|solo|soltanto|solamente|la coda|coda|tutte le attività|le attività|attività|tutti i task|task|le|la|il|i|per favore|ora|adesso|un attimo|per ora|per adesso|per il momento",
    group_topic_heads="le attività|tutte le attività|le attività del/della/dello/dei/delle/degli/di/per|tutte le attività del/della/dello/dei/delle/degli/di/per|le cose del/della/dello/dei/delle/degli/di/per|tutto quello del/della/dello/dei/delle/degli/di/per|tutto quello che riguarda|tutto ciò che riguarda|quello che riguarda|i task del/della/dello/dei/delle/degli/di/per",
    group_topic_tails="",
    group_topic_suffixes=frozenset(),
    reasons="perché|perche|che|poiché|visto che|mentre|intanto che|nel frattempo che",
    reason_ends="quindi|perciò|percio|per cui|per questo",
    deferrals="",
    waits="aspettando|in attesa di|in attesa che|finché|fino a quando|fino a che",
    copulas="",
    mistake_words="",
    own_plans="devo|vado a|sto|io devo|adesso devo|ora devo|sono|io sono|ci sono",
    needed_by="mi serve|mi servirebbe|ci serve|serve|servirebbe|mi occorre|occorre",
    urgent_marks="urgente|molto urgente|priorità alta|massima priorità|fai questo per primo|prima questo|per prima cosa|questo per primo",
    status_words={
        "pending": "in sospeso|in attesa|da fare|pendenti|pendente|in coda",
        "running": "girando|sta girando|in corso|in esecuzione|attive",
        "blocked": "bloccate|bloccata|bloccati|bloccato|fallite|fallita|falliti|fallito|non riuscite",
        "done": "completate|completati|fatte|finite|concluse|finito|finita|finiti|completato|completata|fatto|fatta",
        "skipped": "saltate|annullate",
    },
    status_any="qualcosa|qualche",
    there_is="ci sono|c'è|ce sono|ci stanno|ci sta|ce ne sono",
    finish_asks="", finish_states="è già? finita/finito/pronta/pronto/conclusa/concluso/andata/andato|è andata/andato bene|è passata/passato", finish_first="è già? finita/finito|è già? pronta/pronto|è già? andata/andato in porto|è già? conclusa/concluso",
    product_nouns="app|applicazione|programma|strumento",
    status_show=frozenset("mostra mostrami mostri fammi fai elenca dammi dici dimmi".split()),
    status_nouns=frozenset("attività compiti compito coda lista task".split()),
    request_nouns=frozenset("richieste".split()),
    status_topic=frozenset("stato avanzamento situazione punto".split()),
    loan_verb_endings="a|are",
    loan_verb_prefixes="",
    loan_verb_particles="",
    status_progress="",
    how_went="com'è andata|come è andata|com'è finita|come è finita|come va|come sta andando|come procede|come prosegue|a che punto è|a che punto sta", work_nouns=frozenset("ricerca prenotazione pratica".split()),
    status_phrases="su cosa sei andato/andata avanti|su cosa hai fatto progressi|su cosa sei avanti|quante/quanti cose/ne? restano/mancano/rimangono|fatto progressi con i miei task|fatto progressi con le mie? attività|andato/andata avanti con le mie? attività|andato/andata avanti con i miei task|novità|come siamo messi|come stiamo messi|come siamo messi con|come procede|come procedono|ci sono novità|a che punto siamo|a che punto|come va con|come vanno|cosa manca|cosa è stato fatto|come va la cosa di|come va la cosa del|come va la cosa della|come procede la cosa di|come procede la cosa del",
    of_words=frozenset("di dei delle della del degli sui sul con col".split()),
    possessives=frozenset("mio mia miei mie nostro nostra nostri nostre".split()),
    determiners=frozenset("le i mie miei la il lo gli mia mio l' quelle quelli quella quello".split()),
    relative_that="che è/sono ancora/già?|cosa è/sono ancora/già?|cos'è ancora/già?|quello che è/sono ancora/già?|quello/ciò? che è/sono rimasto/rimasta/rimasti/rimaste|che",
    relative_ends="",
    all_words=frozenset("tutte tutti tutto tutta".split()),
    vague_verbs="ci pensi tu|pensaci tu|occuparti del|occuparti della|sistemami|sistema|occupati tu? di/del/della/dello/dei/delle/dell'|pensaci tu a/al/alla|gestisci|guarda|fai|organizza|risolvi",
    vague_nouns=frozenset("cosa cose faccenda roba tema".split()),
    day_words=frozenset("giorno data".split()),
    day_idioms="",
    # --- words moved from the rule modules (part A)
    # Left empty: phrasal_particles (no verb particles), indirect_pronouns (on the verb: "mandami questo"),
    # enclitic_objects/hyphen_objects/infinitive_objects (lexicon.verb_type strips "-lo", "-gli" already), superlatives
    # and position_words (English "the" + one word). Not definite_words: "il", "lo", "gli" (see lang_fr).
    delegation_words="delega|delegare|delegalo|delegala|delegali|lancia un agente|lancia un sottoagente|lancia un subagente",
    reminder_links=frozenset(),
    remind_others=frozenset("ricorda ricordagli ricordale ricordategli".split()),
    reminder_starts="ricordami|ricordatemi|ricordaci|mettimi un promemoria|metti/crea/imposta/aggiungi un promemoria|metti/imposta una sveglia|mettimi una sveglia|riprogramma|ripianifica|crea/aggiungi un evento|manda/invia un invito|blocca uno slot", transform_verbs=frozenset("trasforma trasformalo converti convertilo condensa".split()),
    chat_places=frozenset("gruppo chat canale thread forum".split()), place_prepositions=frozenset("nel nella in sul sulla".split()),
    draft_verbs=frozenset("abbozza".split()), letter_nouns=frozenset("biglietto bigliettino lettera nota reclamo".split()), message_nouns=frozenset("mail email e-mail messaggio messaggi risposta whatsapp sms dm".split()), weak_lookups=frozenset("controlla verifica guarda monitora testa leggi".split()), vague_things=frozenset("cosa cose faccenda roba questione problema storia".split()), vague_tail=frozenset("per favore adesso ora oggi dopo subito".split()),
    not_content=frozenset("il lo la i gli le l' un una uno un' di del della dei degli delle da dal dalla a al alla ai in con su per e o ma che questo questa quello quella ciò ci si mi ti gli ne me te è sono cosa cose faccenda roba questione qualcosa niente tutto adesso ora oggi subito dopo succede".split()), vague_verb_words=frozenset("occupati occuparti gestisci gestire sistema sistemare risolvi fai fare guarda guardare organizza pensaci".split()), file_nouns=frozenset("file documento doc markdown md pdf csv foglio tabella report relazione nota note memo presentazione slide riassunto".split()), file_prepositions=frozenset("in nel nella come".split()),
    travel_nouns=frozenset("volo voli albergo hotel treno treni biglietto biglietti auto macchina camera camere tavolo posto posti bus traghetto".split()),
    indirect_pronouns=frozenset(), phrasal_particles=frozenset(), definite_words=frozenset("quel quella quei quelle quegli questo questa questi queste".split()),
    function_words=frozenset("e ed o di del della dei degli delle da dal dalla a al alla ai agli in nel nella con su sul sulla per tra fra che chi se ma è sono il lo la gli le un una uno mio mia tuo tua suo sua nostro nostra mi ti ci si ne".split()), generic_nouns=frozenset("cosa cose volta giorno giorni settimana mese anno tempo squadra team cliente fine resto stesso momento modo".split()), indefinite_words=frozenset("un una uno un' qualche alcuni alcune nuovo nuova nuovi nuove".split()), transaction_verbs=frozenset("prenota prenotare ordina ordinare compra comprare rinnova rinnovare iscriviti paga richiedi".split()),
    transaction_results=frozenset("conferma conferme ricevuta ricevute prenotazione prenotazioni biglietto biglietti numero codice tracking dettagli".split()), result_nouns={"riassumi": "riassunto", "riassumere": "riassunto", "traduci": "traduzione", "tradurre": "traduzione", "confronta": "confronto", "confrontare": "confronto", "analizza": "analisi", "analizzare": "analisi", "trascrivi": "trascrizione", "scansiona": "scansione", "prenota": "prenotazione", "calcola": "calcolo", "registra": "registrazione", "pianifica": "piano"}, send_verbs=frozenset("manda mandami mandagli mandale invia inviami inviagli inoltra inoltrami gira girami giragli condividi".split()), lookup_verbs=frozenset("cerca cercami trova trovami controlla verifica guarda scopri informati".split()),
    to_the_user=frozenset("mi mandami inviami girami inoltrami passami".split()), send_to_words=frozenset(), send_requests="", both_words="entrambi|entrambe|tutti e due|tutte e due|tutti e tre|tutte e tre|ambedue",
    enclitic_objects="", hyphen_objects="", infinitive_objects="", producer_verbs=frozenset("scrivi redigi crea prepara preparami genera raccogli scarica registra disegna esporta riassumi trascrivi elenca".split()), superlatives=frozenset(),
    position_words=frozenset(), lookup_results=frozenset("link risultato risultati risposta risposte info informazioni dettagli numero numeri indirizzo prezzo prezzi opzioni".split()),
    finite_verbs=frozenset("è sono era erano ha hanno va vanno vuole vogliono funziona scade chiude apre arriva arrivano".split()), news_openers="abbiamo un/una/uno|non abbiamo|c'è un/una/uno|non c'è|siamo senza", statement_openers=frozenset("se quando mentre finché finchè appena".split()), infinitive_endings=frozenset("re".split()),
    past_endings=frozenset(),  # the past is a finite verb or an auxiliary (finite_verbs)
    separable_particles=frozenset(), list_numerals="", step_nouns=frozenset("passo fase".split()),
    command_fillers="per favore|per piacere|perfavore|ora|adesso|anche", note_adverbials=frozenset("per fino finché finchè perché poiché visto mentre".split()), new_action_words="per favore|perfavore|inoltre", polite_words=frozenset("per favore perfavore piacere grazie".split()),
    # --- schedules
    weekdays={
        "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
        "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6
    },
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
        "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12
    },
    numbers={
        "un": 1, "una": 1, "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "dieci": 10,
        "quindici": 15, "venti": 20, "trenta": 30, "sette": 7, "otto": 8, "nove": 9, "dodici": 12, "quaranta": 40,
        "quarantacinque": 45, "novanta": 90, "venticinque": 25, "qualche": 3, "alcuni": 3, "alcune": 3, "pochi": 3, "poche": 3
    },
    ordinals={"primo": 1, "secondo": 2, "terzo": 3, "ultimo": 31},
    time_units={
        "minuto": "m", "minuti": "m", "min": "m", "ora": "h", "ore": "h", "giorno": "d", "giorni": "d", "settimana":
        "w", "settimane": "w"
    },
    day_parts={"mattina": 9, "pomeriggio": 15, "sera": 19, "mezzogiorno": 12, "mezzanotte": 0, "notte": 21, "stasera": 19, "stanotte": 22, "stamattina": 9, "stamani": 9, "domattina": 9},
    relative_days={"oggi": 0, "stasera": 0, "stanotte": 0, "stamattina": 0, "stamani": 0, "domattina": 1, "domani": 1, "dopodomani": 2},
    relative_periods={
        "la settimana prossima": "next week", "settimana prossima": "next week", "la prossima settimana": "next week",
        "questa settimana": "this week", "fine della settimana": "end of week", "fine della settimana prossima": "end of next week",
        "fine della prossima settimana": "end of next week", "il mese prossimo": "next month", "il prossimo mese": "next month",
        "fine mese": "end of month", "fine del mese": "end of month", "fine del mese prossimo": "end of next month",
    },
    periods={
        "giorno": "day", "giorni": "day", "mattina": "morning", "mattine": "morning", "sera": "evening",
        "sere": "evening", "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
        "ora": "hour", "ore": "hour", "minuto": "minute", "giorno feriale": "weekday", "giorni feriali": "weekday",
    },
    period_adverbs={
        "settimanale": "week", "giornaliero": "day", "quotidiano": "day", "mensile": "month",         "quotidianamente": "day", "settimanalmente": "week", "mensilmente": "month",
        "dal lunedì al venerdì": "weekday", "da lunedì a venerdì": "weekday", "nei giorni feriali": "weekday", "nei giorni lavorativi": "weekday",
    },
    period_ends={"fine mese": "month", "la fine del mese": "month", "fine del mese": "month", "fine settimana": "week",
                 "la fine della settimana": "week", "fine della settimana": "week", "fine giornata": "day",
                 "la fine della giornata": "day", "fine della giornata": "day", "fine anno": "year", "la fine dell'anno": "year",
                 "fine dell'anno": "year"},
    current_periods={"questa settimana": "week", "la settimana": "week", "questo mese": "month", "il mese": "month",
                     "quest'anno": "year", "la giornata": "day", "questo weekend": "weekend"},
    time_words=frozenset("poco pochino".split()),
    time_fillers=frozenset("il la le i di del e alle per prima cosa solo soltanto".split()),
    time_characters="",
    plural_day_articles="il",  # "il giovedì alle 18": with the singular article a weekday recurs, as "le lundi"
    subordinators="quando|dove|se|come|quale|quali|perché|chi",
    topic_words="su|sui|sulla|sul|riguardo a|riguardo",
    demonstratives=frozenset("quello quella quelli quelle".split()),
    relatives=frozenset("che".split()),
    availability="disponibile|disponibili|libero|libera|liberi|libere|aperto|aperta|aperti|aperte",
    state_verbs="apre|aprono|aperto|aperta|chiude|chiudono|chiuso|è|sono",
    every_words="ogni|tutti i|tutte le",
    clock_words="alle|all'|verso le|tipo alle|tipo all'|dalle|a partire dalle",
    clock_hours={},
    clock_phrases={
        "{h} e mezza": 30, "{at} {h} e mezzo": 30, "{h} e un quarto": 15, "{h} e quarto": 15, "{h} meno un quarto": -15,
        "{h} meno quarto": -15, "{at} {h} meno {m}": -1, "{at} {h} e {m}": 1,
    },
    clock_numerals={
        "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
        "undici": 11, "dodici": 12, "venti": 20, "venticinque": 25,
    },
    street_words=frozenset("via viale piazza corso vicolo largo strada".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset(),
    in_words="tra|fra",
    from_now_words="da adesso|da ora",
    about_words="circa|più o meno|all'incirca",
    half_words="mezza|mezz",
    meal_starts={"dopo il lavoro": 18, "dopo lavoro": 18, "uscito dal lavoro": 18, "uscita dal lavoro": 18, "dopo l'ufficio": 18, "dopo pranzo": 14, "dopo il pranzo": 14, "dopo mangiato": 14, "dopo la pausa pranzo": 14, "dopo cena": 21, "dopo la cena": 21, "dopo colazione": 10, "dopo la colazione": 10},
    span_cues="per|per i prossimi|per le prossime",
    deadline_hours="prima delle|prima dell'|entro le|entro l'|non oltre le|non più tardi delle|al massimo alle|massimo alle",
    deadline_after="al più tardi|al massimo|massimo|max|non oltre",
    deadline_cues="entro il|entro la|entro le|entro|prima che|prima di|prima del|prima della|prima delle|prima dello|non oltre|finché|finchè|fino a quando|fino a che|fino a|fino al|fino alla|fino alle",
    meal_deadlines={"lunch": 12, "pranzo": 13, "cena": 20, "colazione": 8},
    workday_ends="",
    start_cues="dopo le|dopo|a partire da|a partire dal|a partire dalla|a partire dalle|dalle|dal|dalla|da",
    since_cues="da|dal|dalla|dalle|dallo|dai|dagli",
    source_cues="",
    booking_verbs="prenota|prenotate|prenotare|prenotami|prenotaci",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="per|pe'|di|del",
    reminder_nouns=frozenset("promemoria sveglia".split()),
    purpose_leads=frozenset("per".split()),
    event_nouns="riunione|riunioni|call|appuntamento|incontro|videochiamata|chiamata|colloquio|colloqui|visita|visite",
    schedule_verbs="sposta|spostare|anticipa|posticipa|rimanda|fissa|fissate|fissare|organizza|organizzate|organizzare|programma|programmare|pianifica|pianificare|metti|mettete|mettere|aggiungi|aggiungere|segna|segnare",
    calendar_nouns="calendario|agenda|google calendar",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="dott|dott\\.ssa|sig|sig\\.ra|ing|avv|prof\\.ssa",
    short_abbreviations="n|nr|num|rif|tel|pag",  # "n. 2025/0418", "ref. 3001C": a number follows, no sentence ends
    ability_asks="", only_alternatives="o solo|o soltanto|o solamente|oppure solo", capability_asks="che? cosa sai/puoi/sa/può fare|in cosa mi puoi/può aiutare|in cosa puoi/può aiutarmi|cosa ti posso chiedere|a cosa servi",
    preamble_openers="",
    mail_greetings=frozenset('buongiorno|buonasera|gentile|gentilissima|gentilissimo|caro|cara|cari|ciao|salve|egregio'.split("|")), mail_closings=frozenset('cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|un abbraccio|cordialmente'.split("|")),
    mail_headers=frozenset('da|oggetto|a|inviato|data|cc'.split("|")),
    self_words=frozenset('io me mie miei mio mia'.split()), owner_labels=frozenset('responsabile referente azione'.split()), name_suffixes=frozenset(),
    example_leads="tipo|come|per esempio|ad esempio|cose come",
    order_heads="in ordine|in quest'ordine|in questo ordine|nell'ordine|uno alla volta|una alla volta|uno dopo l'altro|una dopo l'altra|uno per uno",
    praise_words="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
