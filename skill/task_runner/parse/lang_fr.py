"""French vocabulary (see language.py for the fields). "peux-tu", "rappelle-moi" are one token each."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="fr",
    verbs=frozenset("""
    éteins éteignez éteindre allume allumez allumer rallume rallumez
    révoque révoquez révoquer
    sors sortez classe classez classer trie triez trier
    décale décalez décaler déplacez repousse repoussez repousser
    reprends reprenez reprendre publie publiez publier poste postez poster épluche épluchez éplucher
    compares prennes regardes appelles envoies fasses trouves cherches vérifies réserves écrives prépares achètes
    inscris inscrivez inscrire renseigne renseignez renseigne-toi renseignez-vous informe-toi informez-vous documente-toi documentez-vous inscris-toi abonne-toi signe signer invite inviter scanne scanner remplis remplir complète compléter
    présente présenter confirme confirmer essaie essayer note noter rends rendre vends vendre change changer
    exporte exportez exporter déplace déplacer cuisine choisis choisir décide décider
    parcours parcourez découvre découvrez
    texto texte textez envoye
    finis finissez finir termine terminez terminer
    cherche cherchez chercher recherche recherchez rechercher trouve trouvez trouver envoie envoyez envoyer renvoie renvoyez renvoyer
    envoie-lui envoie-moi envoie-le envoie-la envoie-les envoyez-le envoyez-la envoyez-les envoyez-lui écris écrivez écrire écris-lui écris-moi crée créez créer réserve réservez
    réserver achète achetez acheter appelle appelez appeler prépare préparez préparer vérifie vérifiez vérifier
    fais faites faire fais-moi rédige rédigez rédiger résume résumez résumer traduis traduisez traduire télécharge
    téléchargez télécharger lance lancez lancer exécute exécutez exécuter installe installez installer redémarre
    redémarrez redémarrer déploie déployez déployer nettoie nettoyez nettoyer organise organisez organiser
    planifie planifiez planifier programme programmez programmer rappelle-moi rappelez-moi rappelle rappelez rappeler compare comparez
    comparer analyse analysez analyser calcule calculez calculer réponds répondez répondre réponds-lui transfère
    transférez transférer partage partagez partager imprime imprimez imprimer lis lisez lire commande commandez
    commander paie payez payer renouvelle renouvelez renouveler dis dis-lui dites-lui dis-moi préviens prévenez
    prévenir contacte contactez contacter regarde regardez regarder mets mettez mettre sauvegarde sauvegardez
    sauvegarder mets-moi trie triez trier range rangez ranger teste testez tester corrige corrigez corriger répare
    réparez réparer demande demandez demander demande-lui récupère récupérez récupérer prends prenez prendre
    annule annulez annuler résilie résiliez résilier relance relancez relancer
    commandes demandes cherches trouves envoies appelles réserves achètes prépares vérifies regardes contactes
    écrives fasses rappelles annules imprimes récupères
    vérifier d'envoyer d'écrire d'appeler ajoute ajoutez ajouter
    texter transmets transmettez transmettre whatsappe whatsappez whatsapper
    rajoute rajoutez rajouter
    génère générez générer
    """.split()),
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_context_endings=("er", "ez", "es", "é"),
    ambiguous_verbs=frozenset("commande programme range recherche classe".split()),
    type_verbs={
        "messaging": "mail-le mail-la mail-les envoye partage partager demandes appelles contactes envoies rappelles préviennes rappelle rappelez invite inviter confirme confirmer envoie-le envoie-la envoie-les envoyez-le envoyez-la envoyez-les texto texte textez envoie envoyez envoyer renvoie renvoyez renvoyer envoie-lui envoie-moi envoyez-lui écris-lui écris-moi dis-lui dites-lui"
                     " texter transmets transmettez transmettre whatsappe whatsappez whatsapper"
                     " réponds répondez répondre réponds-lui appelle appelez appeler transfère transférez transférer"
                     " préviens prévenez prévenir contacte contactez contacter demande-lui d'envoyer d'appeler publie publiez publier poste postez poster",
        "code-execution": "lance lancez lancer exécute exécutez exécuter installe installez installer redémarre"
                          " redémarrez redémarrer déploie déployez déployer teste testez",
        "file-creation": "exporte exportez exporter écris écrivez écrire rédige rédigez rédiger crée créez créer d'écrire",
        "info-lookup": "cherches trouves vérifies regardes renseigne-toi renseignez-vous informe-toi informez-vous documente-toi documentez-vous choisis parcours parcourez découvre découvrez cherche cherchez chercher recherche recherchez rechercher trouve trouvez trouver compare"
                       " comparez comparer vérifie vérifiez vérifier regarde regardez analyse analysez résume"
                       " résumez",
    },
    type_keywords={
        "messaging": "mail|e-mail|courriel|message|texto|sms|whatsapp|réponds|écris à|écris au|écris aux|écris-lui|dis à|dis-lui|préviens",
        "reminder-scheduling": "rappel|rappelle-moi|me rappeler|agenda|rendez-vous|rdv|réveil|calendrier",
        "code-execution": "serveur|script|déploie|déploiement|base de données|sauvegarde|logs",
        "file-creation": "fichier|document|rapport|tableau|feuille|compte rendu|présentation|dossier|graphique"
                         "|affiche|affiches|flyer|flyers|tract|tracts|prospectus|dépliant|dépliants|banderole|invitation|invitations",
    },
    agent_words="agent|assistant|agent de code|l'agent|l'assistant",
    delegate_verbs="demande|demander|dis|fais|relance|relancez|relancer",  # "relance le menuisier": chase a person (a thing: "relance le script" is no message)
    agent_particles="",
    roles=frozenset("patron patronne propriétaire proprio client cliente comptable avocat avocate médecin ami amie voisin voisine prof nounou plombier fleuriste tante tonton oncle mamie papi cousin cousine marraine parrain menuisier menuisière électricien électricienne garagiste maçon couvreur peintre jardinier serrurier chauffagiste carreleur notaire dentiste coiffeur coiffeuse traiteur fournisseur fournisseuse artisan régie gérance syndic bailleur bailleuse concierge gardien gardienne".split()),
    name_titles=frozenset("madame monsieur mademoiselle".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("à au aux".split()),
    message_that="que|qu'|pour dire|en disant|pour confirmer",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset("explique expliquez dis-moi traduis traduisez".split()),
    greetings="petite question|question rapide|une question|petite question rapide|bonjour|salut|coucou|bonsoir|hello|ok|dis|dites|d'accord|alors|bon alors|bon|donc|euh|ben|bah|dis ,|dites ,|frérot"
              "|bon/alors? je dicte en conduisant/marchant/roulant donc? désolé/pardon pour le style|je dicte en conduisant/marchant/roulant|je dicte dans le taxi/train/bus|je dicte dans la voiture"
              "|bon/alors? je dicte en conduisant/marchant/roulant donc? désolé/pardon pour les fautes|bon/alors je dicte en conduisant/marchant/roulant"
              "|je te dicte ça? en conduisant/marchant/roulant|désolé/pardon pour le style|désolé/pardon pour les fautes"
              "|note/notez/écris ça ,? je conduis/marche|note/notez/écris ça ,? je suis en voiture|note/notez/écris ça ,? je suis dans le bus/train/taxi"
              "|désolé/désolée de vous/te déranger|pardon de vous/te déranger|excusez-moi/excuse-moi de vous/te déranger|désolé/désolée/pardon pour le dérangement",  # "desculpa incomodar, dá pra …": an apology before the ask asks nothing
    request=(
        "faut que je pense à|il faut que je pense à|je dois penser à|faut que je pense à|il faudrait que je pense à|serait-il possible de|est-il possible de|est-ce possible de|est-ce que c'est possible de|est-ce que ce serait possible de|c'est possible de|ce serait super/génial/top/bien/parfait si tu pouvais/peux|ce serait possible de|je me demandais si tu pouvais/pourrais|je voulais te demander de|puis-je te demander de|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|tu peux|vous pouvez|est-ce que tu peux/pourrais"
        "|est-ce que vous pouvez/pourriez|s'il te plaît|s'il vous plaît|stp|svp|merci de"
        "|j'ai besoin que tu|j'ai besoin de|il reste à|il ne reste plus qu'à|reste à|plus qu'à|tu dois|tu devrais|il faut que tu|faut que tu|il faudrait que tu|faudrait que tu|il faut|il faudrait|faudrait|faudrait|faut|n'oublie pas de|je voudrais que tu|j'aimerais que tu"
        "|note :|note-moi :|note-moi|tu pourrais|vous pourriez|et|aussi|puis|mais|genre|par exemple|que tu|que vous|je te demande de|va voir|va regarder|va lire|allez voir|allez regarder|va jeter un œil à|va jeter un oeil à|je vous demande de|merci d'avance de|note que tu dois|note-toi que tu dois|note-toi :|note-toi|retiens que tu dois"
    ),
    capability_preambles="",
    possibility_asks="",
    restated_questions="",
    answer_conditions="",
    help_only="m'aider|aider|me donner un coup de main|me rendre un service|rends-moi un service|tu me rends un service|me faire une faveur",
    need_frames="j'aurais besoin du|j'ai besoin du|j'aurais besoin des|j'ai besoin des|j'aurais besoin d'un|j'aurais besoin d'une|j'aurais besoin de|il me faudrait|il nous faudrait|il nous faut|j'ai besoin d'un|j'ai besoin d'une|j'ai besoin de|j'ai besoin d'aide pour|aide-moi avec|aide-moi pour|aide-moi à|aidez-moi à|aidez-moi pour|m'aider à|m'aider pour|tu m'aides à|vous m'aidez à|il me faut|ajoute une tâche pour|rajoute une tâche pour|crée une tâche pour",
    help_asked="ton/votre aide pour/avec?|de l' aide pour/avec?|un coup de main pour/avec?|un service",
    i_subjects="",  # the need frames hold their subject already
    request_delegates=frozenset("serait-il ce puis-je va allez note-toi retiens peux-tu pourrais-tu pouvez-vous pourriez-vous tu vous est-ce j'ai je".split()),
    frame_pre=frozenset("ajoute ajoutez rajoute rajoutez nouvelle une autre encore".split()),
    frame_nouns=frozenset("tâche tâches".split()),
    other_matter="autre chose|une autre chose|tout autre chose|rien à voir|une chose sans rapport",
    framing="tâche|tâches|mes tâches|liste de tâches|ajoute|ajoutez|rajoute|rajoutez|occupe-toi de|aide-moi avec|aide-moi à|pour moi",
    meta_verbs="faire|fais|fais-moi|t'occuper de|occupe-toi de|gérer|gère|traiter|traite|tu sais faire|tu peux faire|tu pourrais faire|m'aider avec|aide-moi avec",
    meta_objects="ça|cela|ceci|ces choses|ces tâches|tout ça|la suite|ce qui suit|un/une/des/quelques truc/trucs/chose/choses régulier/réguliers/régulière/régulières/récurrent/récurrents/récurrente/récurrentes/automatique/automatiques/automatiquement?|quelque chose de? régulier/récurrent/automatique/automatiquement?",
    meta_tail=frozenset("pour moi stp".split()),
    list_takers="occupe-toi de|ajoute|ajouter|mets|mettre|gère|traite",
    list_refs="le reste|ce qui reste|ceux qui restent|celles qui restent|les autres|ce qui n'est pas coché",
    list_ask_words=frozenset("cochées cochés dans encore file la les liste me moi non pas pour stp tous toutes tâches".split()),
    done_notes="fait|déjà fait|c'est fait|terminé|fini|plus besoin|je m'en occupe|je le fais moi-même",
    list_references="ça|ca|cela|ceci|tout ça|tout cela|tout|le tout|cette liste|la liste|ma liste|ce qui suit|ces articles|ces produits|ces trucs|ces choses|ces courses|les courses|ceux-ci|celles-ci",
    header=frozenset("ça cela ces ceci suivantes suivants tâches choses trucs aujourd'hui demain liste voici deux trois".split()),
    sign_offs="s'il te plaît|s'il vous plaît|stp|svp|merci|merci beaucoup|merci d'avance|c'est tout|bonne journée|cordialement|à plus",
    chit_chat=frozenset("merci super génial parfait ok d'accord bonjour salut top cool".split()),
    # --- words moved from the rule modules (part B)
    # Not "on" in the hedges ("on relance T-03 ?"): merged with English it made "hold on" a pause.
    negations=frozenset("ne jamais".split()), negations_after="pas|plus|jamais", command_hedges=frozenset("hmm euh bon ben bah ok d'accord alors donc peut-être stp svp juste aussi et oh tu vous".split()), queue_hedges=frozenset("hmm euh bon ben bah ok d'accord alors donc stp svp juste oh hé tu vous".split()), selector_ends=frozenset("et stp svp maintenant".split()), as_task="",
    selector_pronouns="", selector_places="", queue_nouns=frozenset("file".split()), request_questions="peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|tu peux|tu pourrais|vous pouvez|vous pourriez|est-ce que tu peux/pourrais", asking_fillers=frozenset(),
    count_questions="", count_verbs=frozenset(), pronoun_aux=frozenset(), meta_alone=frozenset(), tail_polite="s'il te plaît|s'il vous plaît|stp|svp|merci|maintenant|vite",
    sure_greetings=frozenset("bonjour salut coucou bonsoir euh".split()), strong_sign_offs=frozenset("merci".split()), list_add_verbs="", list_add_preps="", list_owners="",
    list_names="", list_add_tails="", frame_add_verbs=frozenset("ajoute ajoutez rajoute rajoutez".split()), frame_tail=frozenset(), plain_articles=frozenset(),
    status_determiners=frozenset("petit petite bref rapide".split()), status_question_words=frozenset(), status_modals=frozenset(), status_that="",
    status_end_fillers=frozenset(), still_words=frozenset("encore".split()), id_question_words=frozenset(),
    status_every=frozenset(), status_things=frozenset(), piece_breaks="", cjk_queue_nouns="", cjk_status_asks="",
    cjk_show_verbs="", cjk_requests="", part_openers="le|la|du", noun_determiners="", month_day_words="jour",
    adjective_articles="le|les|la|du|des|un|mon|ma", every_other="", alternate_weeks="sur deux|toutes les deux semaines|toutes les 2 semaines|tous les quinze jours|tous les 15 jours|une semaine sur deux",
    month_weekday_ordinals="premier|deuxième|second|troisième|quatrième|dernier", deadline_clause_preps="le", elided_articles="l'",
    object_articles="le|la", object_phrase_articles="le|la", date_articles="le|de", day_number_articles="le",
    ordinal_day_articles="le", describing_words="",
    question_particles=frozenset("".split()),
    question_words=frozenset("qu'est qu'est-ce quoi que comment quand où pourquoi qui quel quelle quels quelles combien est-ce".split()),
    time_questions="",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="comment faire/puis-je/peut-on/fait-on/annuler/supprimer/ajouter/créer/relancer/réessayer/sauter|comprendre comment|mieux comprendre comment|comment est-ce que je/on|que veut dire|qu'est-ce que veut dire",
    example_markers="par exemple|comme ceci",
    web_search="google|cherche sur google|recherche sur internet",
    reminder_only="rappelle-moi|rappelez-moi|rappelle moi",
    seq_then="→|⇒|seulement après|et seulement après|seulement ensuite|puis|ensuite|et puis|et ensuite|après ça|après cela|une fois fait|une fois que c'est fait",
    seq_also="et à la place|à la place|aussi|également|en plus|et aussi|de plus|autre chose|par contre|à part ça|et tant que tu y es|tant que tu y es|et pendant que tu y es|pendant que tu y es|et au passage|au passage|et tant que j'y pense|tant que j'y pense|et pendant que j'y pense|pendant que j'y pense|autre chose qui n'a rien à voir|chose qui n'a rien à voir|rien à voir avec ça|sans aucun rapport|sans rapport",
    now_words="en même temps|en ce moment|à l'instant|là tout de suite|tout de suite|maintenant|là|en attendant|entre-temps|pendant ce temps|dès maintenant|immédiatement",
    then_at_end="après|après ça|après cela|ensuite",
    then_after_first="",
    first_words="",
    seq_order="d'abord|premièrement|deuxièmement|troisièmement|enfin|finalement|pour finir|en premier",
    conj="et|pis",
    clause_openers="s'il|s'ils|s'elle|s'elles|si|quand|lorsque|une fois que|une fois|dès que|pendant que|pendant qu'",
    not_then_before=frozenset("c'est est sont le la les pas".split()),  # "c'est plus près du chenil", "la plus proche", "pas plus de 250€": a comparison, no "also"
    clitics=frozenset("lui le la les leur me te nous vous y en moi toi l'".split()),  # moi, toi: after the verb ("trouve-moi")
    person_objects=frozenset("lui leur".split()),
    you_subjects=frozenset("tu vous".split()),
    pronoun_objects="ça|cela",
    dep_before_id="quand|une fois que|une fois|dès que|après|lorsque",
    dep_after_id="",
    reading_verbs="lises|parcoures|épluches|relises|voir|lire|épluche|épluchez|parcours|parcourez|lis|lisez|relis|passe en revue|regarde",
    digest_verbs="fais-moi la liste|fais la liste|dresse la liste|que tu me fasses un récap|me fasses un récap|fais-moi un récap|fais-moi un recap|fais un récap|que tu me fasses un résumé|tu me fasses un résumé|me fasses un résumé|que tu résumes|résumes|fais-moi une synthèse|fais une synthèse|synthétise|fais-moi une liste|fais une liste|dresse une liste|regroupe|classe|résume|résumez|fais-en un résumé|fais un résumé|fais-moi un résumé|liste|dresse la liste|fais-moi un tableau|fais un tableau",
    report_back="dis-moi|dis moi|dites-moi|dites moi|me dire|préviens-moi|préviens moi|prévenez-moi|tiens-moi au courant|tiens moi au courant|envoie-moi/envoyez-moi un/une? petit/petite/court/courte? résumé/récap/récapitulatif|m'en faire/envoyer un/une? petit/petite/court/courte? résumé/récap/récapitulatif",
    call_verbs="appelle|appeler|téléphone|téléphoner|passe un coup de fil|passer un coup de fil",
    call_asks="demande|demande-leur|demande-lui|demander|leur demander|lui demander|renseigne-toi|te renseigner|se renseigner",
    fallout_fixes="corrige ce qui casse|répare ce qui casse|corrige tout ce qui casse|corrige ce que ça casse|répare ce que ça casse",
    digest_nouns=frozenset("résumé synthèse récapitulatif".split()),
    keep_as="écris-le dans|écris-la dans|écris-les dans|mets-le dans|mets-la dans|mets-les dans|range-le dans|range-la dans|enregistre-le sous|enregistre-la sous|enregistre-le dans|enregistre-la dans|sauvegarde-le dans|sauvegarde-la dans|enregistre dans|enregistre sous|sauvegarde dans",
    corrections="non ,? plutôt|ou plutôt|non ,? pardon|non|non ,? attends ,? plutôt|non ,? attends|enfin non|en fait non ,? plutôt|en fait non|je veux dire|pardon ,? plutôt|pardon ,? non",
    apologies="pardon|désolé|désolée|oups|je voulais dire|pardon ,? je voulais dire",
    retractions="laisse tomber|oublie ça|non ,? laisse tomber|non ,? oublie ça",
    otherwise="sinon|autrement|si ce n'est pas le cas|dans le cas contraire|si non",
    condition_ends="",
    whether_alternatives="ou pas|ou non",
    hedges=", tu vois lequel|, tu vois laquelle|, tu sais lequel|, tu sais laquelle|peut-être|ou pas|je sais pas|je ne sais pas|on verra|comme tu veux|comme tu le sens|fais au mieux|fais comme tu peux|à toi de voir|, tu sais|, tu vois ce que je veux dire|, tu vois le truc|, tu vois",
    dep_result="avec ce/cette fichier/liste/tableau/export|à partir de ce/cette fichier/liste/tableau/export|avec le/les résultat/résultats|en utilisant le/les/ça|à partir du résultat|avec ça"
               "|une fois que tu l'as/l'auras|une fois que tu les as/auras|quand tu l'as/l'auras|quand tu les as/auras|dès que tu l'as/l'auras|dès que tu les as/auras",
    use_verbs="utilise|utilise-les|utilise-le|utilise-la|sers-toi de|sers toi de|prends|reprends",
    purpose_words=frozenset("pour".split()),
    infinitive_markers=frozenset("de".split()),
    causatives=frozenset("".split()),
    dep_once="quand|une fois que|une fois|dès que|après",
    dep_done=frozenset("""confirmé t'as auras confirmée confirmés confirmées réservé réservée fini finie terminé terminée fait faite prêt prête prêts prêtes
    rédigé rédigée écrit écrite envoyé envoyée signé signée validé validée reçu reçue""".split()),
    id_range_words=frozenset("à a au jusqu'à jusqu'au".split()),
    id_join_words=frozenset("et ou".split()),
    id_or_words="ou|ou bien|ou peut-être",
    id_task_words=frozenset("tâche tâches".split()),
    id_frames="",
    id_fillers=frozenset("la le les de des du tâche tâches".split()),
    id_dash_words=frozenset("tiret".split()),
    cardinals={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90},
    cardinal_joiners=frozenset("et".split()),
    softeners="donc|c'est bon|c bon|sans problème|tranquille|s'il te plaît|s'il vous plaît|stp|svp",
    verb_complements="",
    note_openers="avec|mais|en utilisant|utilise|cette fois|parce que",
    control_before={
        "retry": "réessaie-le|réessaie-la|réessaie-les|réessaye-le|réessaye-les|relance-le|relance-la|relance-les|refais-le|refais-la|refais-les|réessaie|réessaye|réessayez|réessayer|relance|relancez|relancer|recommence|recommencez|refais|refaites|retente"
                 "|reprends|reprenez|essaie|essayez",
        "skip": "passe de|passez de|saute|sautez|sauter|ignore|ignorez|ignorer|passe|passez|passer|laisse tomber|laissez tomber|zappe",
        "cancel": "annule|annulez|annuler|supprime|supprimez|supprimer|oublie|oubliez|retire|retirez|efface|effacez"
                  "|abandonne|abandonnez",
        "done": "c'est fait/fini/terminé/réglé pour|marque/marquez/marquer comme fait/faite/terminé/terminée/fini/finie|marque|marquez|marquer|termine|terminez|clôture|clôturez|faite|faites|terminée|terminées|finie|finies",
        "answer": "réponds à|répondez à|réponse pour|réponse à|réponse",
        "urgent": "donne/mets la? priorité urgente/haute/maximale? à/au|fais|faites|passe|passez|passer|mets|mettez|mettre|priorise|priorisez|prioriser|urgent/urgence sur|mets/mettez la priorité sur|urgent",
        "pause": "pause sur|tout en pause|on met tout en pause|en pause|mets tout en pause|mettez tout en pause|mets la file en pause|mettez la file en pause|mets en pause|mettez en pause|mettre en pause|pause|suspends|suspendez|suspendre|gèle|gele",
        "resume": "réactive|réactivez|réactiver|reprends|reprend|reprenez|reprendre|continue|continuez|continuer|relance la file|enlève la pause|enleve la pause",
    },
    control_after={
        "retry": "à réessayer|à relancer|à refaire|à/a nouveau|encore une fois|de nouveau|une autre fois|tu la/le/les? réessaies/relances/refais/recommences|vous la/le/les? réessayez/relancez/refaites/recommencez",
        "skip": "à sauter|à ignorer|peut/peuvent attendre|on passe|tu la/le/les? passes/sautes/zappes|vous la/le/les? passez/sautez/zappez|on la/le/les? saute/skip/skippe|on la/le/les? zappe|on laisse tomber|on la/le/les laisse tomber",
        "cancel": "à annuler|à supprimer|on la/le/les? annule|on l'annule|on annule|n'est plus utile|ne sert plus à rien|ne sert plus|on n'en a plus besoin|n'est plus nécessaire|ne sont plus nécessaires|est/sont annulée/annulées/annulé/annulés",
        "done": "comme? fait/faite/faits/faites/terminé/terminée/terminés/terminées/fini/finie/finis/finies/done"
                "|est/sont fait/faite/faits/faites/terminé/terminée/terminés/terminées/fini/finie/finis/finies/done"
                "|c'est fait|c fait|c'est done|c'est bon ,? je les ai faits/faites/finis/finies/terminés/terminées|c'est bon ,? je l'ai fait/faite/fini/finie/terminé/terminée|je les ai faits/faites/finis/finies/terminés/terminées|je l'ai fait/faite/fini/finie/terminé/terminée|c done|est réglé/réglée"
                "|la/le? considère/considérer/considérez comme fait/faite/terminé/terminée/fini/finie"
                "|considère-la/considère-le/considérez-la/considérez-le comme fait/faite/terminé/terminée/fini/finie",
        "urgent": "devient/deviennent urgent/urgente/urgents/urgentes/prioritaire/prioritaires|passer en premier|passer en priorité|passer d'abord|passer avant le reste|est/sont maintenant/désormais/vraiment/aussi? urgent/urgente/urgents/urgentes|c'est urgent|c'est urgente|c'est prioritaire|c'est pressé|en premier|d'abord|en priorité|est/sont prioritaire/prioritaires|en tête de file|en tête|en urgent|en urgence|en prioritaire",
    },
    control_needs_after=frozenset(["fais", "faites", "passe", "passez", "passer", "mets", "mettez", "mettre", "marque", "marquez", "marquer", "essaie", "essayez", "reprends", "reprenez"]),
    control_alone={"skip": "passe|passez|passer"},
    answer_leads=frozenset("pour sur quant à au".split()),
    group_words="du groupe|dans le groupe|groupe",
    queue_fillers="pour aujourd'hui|pour ce soir|tout le reste|le reste|avec tout|avec toutes les tâches|avec les tâches|à nouveau|de nouveau|tout|toute la file d'attente|toute la file|toutes les tâches|seulement|uniquement|juste|la file|file|la file d'attente|toutes les tâches|les tâches|tâches|la|le|les|s'il te plaît|s'il vous plaît|stp|svp|maintenant|un moment|pour l'instant|pour le moment|la queue|queue",
    group_topic_heads="les tâches|toutes les tâches|tout ce qui concerne|ce qui concerne|tout ce qui touche à/au/aux|tout ce qui touche|tout ce qui a trait à/au/aux|tout ce qui est lié à/au/aux|tout ce qui est en rapport avec|les tâches de/du/des/pour|toutes les tâches de/du/des/pour|les trucs de/du/des/pour|tous les trucs de/du/des/pour|le truc de/du/des|ce qui est lié à/au/aux",
    group_topic_tails="",
    group_topic_suffixes=frozenset(),
    reasons="parce que|parce qu'|parce qu'on|parce qu'il|parce qu'elle|car|puisque|vu que|le temps que|le temps qu'on|le temps qu'il|le temps qu'elle|pendant que|pendant qu'on|pendant qu'il|pendant qu'elle|tant que|tant qu'on|tant qu'il",
    reason_ends="donc|du coup|alors|c'est pourquoi",
    deferrals="",
    waits="on attend|on attend que|nous attendons|j'attends|j'attends que|en attendant que|en attendant|jusqu'à ce que|jusqu'à|jusqu'au",
    copulas="",
    mistake_words="",
    own_plans="je dois|je vais|il faut que je|faut que je|je suis en train de|je suis",
    needed_by="j'en ai besoin|il me le faut|il me la faut|il le faut|c'est pour",
    urgent_marks="urgent|urgente|très urgent|très urgente|priorité haute|en priorité|prioritaire|à faire en premier|fais ça en premier|d'abord ça|ça d'abord",
    status_words={
        "pending": "en attente|attend encore|attendent encore|à faire|restantes|restants|pas encore commencées",
        "running": "tourne|tournent|en cours",
        "blocked": "bloquée|bloquées|bloqué|bloqués|échouée|échouées|échoué|échoués|en échec|plantées",
        "done": "terminées|terminés|finies|faites|accomplies|fini|finie|finis|terminé|terminée",
        "skipped": "annulées|ignorées|sautées",
    },
    status_any="des trucs|un truc|des choses|quelque chose|quoi que ce soit|rien",
    there_is="y a-t-il|y a t il|il y a|y a|est-ce qu'il y a|est - ce qu'il y a|y'a|ya",
    finish_asks="", finish_states="est passé/passée/fini/finie/terminé/terminée/bon/ok/parti/partie|a marché|a fonctionné", finish_first="",
    product_nouns="app|appli|application|logiciel|outil",
    status_show=frozenset("montre montre-moi montrez-moi affiche affichez liste donne-moi fais-moi dis dis-moi dites-moi dire".split()),
    status_nouns=frozenset("tâches tâche file liste".split()),
    request_nouns=frozenset("demandes".split()),
    status_topic=frozenset("état statut avancement point".split()),
    loan_verb_endings="",
    loan_verb_prefixes="",
    loan_verb_particles="",
    status_progress="t'en es où|tu en es où|vous en êtes où|où tu en es|où vous en êtes|où on en est|on en est où|où en est-on|où en es-tu|où en êtes-vous|ça avance|ça en est où",
    how_went="comment s'est passée|comment s'est passé|comment va|comment avance|comment se passe|où en est", work_nouns=frozenset("recherche réservation".split()),
    status_phrases="t'as/tu avancé sur quoi|tu as avancé sur quoi|vous avez avancé sur quoi|sur quoi t'as/tu avancé|sur quoi tu as avancé|il reste combien|il en reste combien|combien il reste|combien il en reste|combien reste-t-il|combien en reste-t-il|t'as/tu/vous avancé/avancée sur/avec mes/les/nos tâches|as-tu/avez-vous avancé sur/avec mes/les/nos tâches|tu as/avez avancé sur/avec mes/les/nos tâches|ça donne quoi|ça dit quoi|t'as fini quoi|tu as fini quoi|qu'est - ce que tu as fini|qu'as-tu fini|c'est quoi le statut|c'est quoi l'état|c'est quoi l'avancement|on en est où|où on en est|t'en es où|vous en êtes où|il reste quoi|qu'est - ce qui reste|qu'est - ce qu'il reste|ce qui reste à faire|du nouveau|des nouvelles|où en est-on|quoi de neuf|ça avance|ça en est où|où en sont|où en est|où en sommes-nous|fais le point|faire le point|quoi de neuf sur",
    of_words=frozenset("de des du sur avec".split()),
    possessives=frozenset("mon ma mes notre nos ton ta tes".split()),
    determiners=frozenset("les mes le la mon ma l' celles ceux".split()),
    relative_that="ce qui est/sont resté/restée/restés/restées|ce qui est/sont/a/ont encore/toujours/déjà?|ce qui|qui est/sont/a/ont encore/toujours/déjà?|qui",
    relative_ends="",
    all_words=frozenset("toutes tous tout".split()),
    vague_verbs="voir pour|régler|t'occuper de|t'occuper du|t'occuper des|règle|regle|occupe-toi de|occupe-toi du|occupe-toi des|gère|regarde|fais|organise|arrange",
    vague_nouns=frozenset("truc trucs chose choses affaire machin machins bidule".split()),
    day_words=frozenset("jour date".split()),
    day_idioms="à jour|mise à jour|mises à jour",
    # --- words moved from the rule modules (part A)
    # Left empty: phrasal_particles (no verb particles in French), enclitic_objects and infinitive_objects (object
    # pronouns come before the verb, "le mettre", or after a hyphen: hyphen_objects), superlatives and position_words (the
    # rule reads English "the" + one word; "le moins cher" is two), infinitive_endings kept. Not definite_words: "le",
    # "les" (with them any "envoie les X" after a lookup waited for it); "la" comes in through es anyway.
    reminder_links=frozenset(),
    remind_others=frozenset("".split()),  # "rappelle Paul" calls him back as often
    chat_places=frozenset("groupe chat canal fil forum".split()), place_prepositions=frozenset("dans sur".split()),
    delegation_words="délègue|délèguez|déléguez|déléguer|delegue|deleguer|délègue-le|délègue-la|délègue-les|confie-le à un agent|confie ça à un agent|lance un agent|lance un sous-agent|lance un subagent", reminder_starts="rappelle-moi|rappelez-moi|rappelle moi|rappelez moi|rappelle-nous|rappelez-nous|mets-moi un rappel|mets/crée/programme/ajoute/règle un rappel|mets/règle un réveil|mets/règle une alarme|mets-moi une alarme|reprogramme|reprogrammez|crée/ajoute/envoie une invitation|crée/ajoute un événement|crée/ajoute un évènement|bloque un créneau", transform_verbs=frozenset("transforme transformez convertis convertissez condense condensez".split()), draft_verbs=frozenset("ébauche".split()), letter_nouns=frozenset("mot lettre carte réclamation".split()), message_nouns=frozenset("mail mails e-mail e-mails email emails courriel courriels message messages réponse sms dm mp".split()), weak_lookups=frozenset("vérifie vérifiez verifie regarde regardez contrôle contrôlez controle surveille surveillez teste testez lis lisez checke check".split()), vague_things=frozenset("truc trucs chose choses machin bidule problème souci affaire histoire".split()),
    vague_tail=frozenset("pour moi stp svp maintenant vite encore aujourd'hui".split()), not_content=frozenset("le la les l' un une des de du d' ce cet cette ces ça ca cela ceci c' il elle ils elles on y en à au aux avec sur dans pour et ou mais donc que qui quoi qu' est sont c'est truc trucs chose choses machin machins bidule affaire histoire problème souci quelque rien tout moi toi me te lui nous vous stp svp maintenant encore aujourd'hui plus tard vite se passe".split()), vague_verb_words=frozenset("occupe-toi occupe occuper t'occuper gère gere gérer règle regle régler fais faire regarde regarder vois voir arrange arranger".split()), file_nouns=frozenset("fichier document doc markdown md pdf csv tableur tableau feuille rapport note notes mémo présentation diapos slides compte-rendu résumé".split()),
    file_prepositions=frozenset("dans en comme sous".split()), travel_nouns=frozenset("vol vols hôtel hôtels hotel train trains billet billets voiture chambre chambres table place places bus ferry".split()),
    indirect_pronouns=frozenset("moi lui leur nous".split()), phrasal_particles=frozenset(), definite_words=frozenset("ce cet cette ces".split()),
    function_words=frozenset("et ou de du des d' à au aux pour avec sur dans par en que qui quoi dont sans sous chez vers entre comme si quand mais donc puis est sont était il elle ils elles on le la les un une ce cet cette ces mon ma mes ton ta tes sa ses notre nos votre vos leur leurs lui me moi nous vous y".split()), generic_nouns=frozenset("chose choses truc trucs fois jour jours semaine mois an année temps équipe client cliente fin reste même moment façon".split()), indefinite_words=frozenset("un une des quelques nouveau nouvelle nouveaux nouvelles en".split()), transaction_verbs=frozenset("réserve réservez réserver commande commandez commander achète achetez acheter inscris inscris-toi renouvelle renouvelez paie payez souscris dépose".split()),
    transaction_results=frozenset("confirmation confirmations reçu reçus réservation réservations billet billets numéro référence détails suivi".split()), result_nouns={"résume": "résumé", "résumez": "résumé", "résumer": "résumé", "traduis": "traduction", "traduisez": "traduction", "traduire": "traduction", "comparez": "comparaison", "comparer": "comparaison", "analysez": "analyse", "analyser": "analyse", "transcris": "transcription", "scanne": "scan", "réserve": "réservation", "réservez": "réservation", "calcule": "calcul", "estime": "estimation", "planifie": "planning", "enregistre": "enregistrement", "dessine": "dessin", "sauvegarde": "sauvegarde"}, send_verbs=frozenset("envoie-moi envoyez-moi envoie-lui envoyez-lui envoie-leur transmets-moi transfère-moi".split()), lookup_verbs=frozenset("vérifie vérifiez cherche cherchez trouve trouvez regarde regardez recherche recherchez renseigne-toi consulte consultez récupère récupérez trouve-moi cherche-moi".split()),
    to_the_user=frozenset("moi envoie-moi envoyez-moi transmets-moi transfère-moi".split()), send_to_words=frozenset("à".split()), send_requests="", both_words="les deux|des deux|aux deux|tous les deux|toutes les deux|les trois|tous les trois|toutes les trois",
    enclitic_objects="", hyphen_objects="le|la|les", infinitive_objects="", producer_verbs=frozenset("écris écrivez rédige rédigez crée créez prépare préparez compile rassemble récupère récupérez télécharge téléchargez génère générez dresse enregistre exporte exportez résume résumez transcris liste collecte extrais".split()),
    superlatives=frozenset(), position_words=frozenset(), lookup_results=frozenset("lien liens résultat résultats réponse réponses infos info détails numéro numéros prix tarif tarifs options".split()),
    finite_verbs=frozenset("arrive arrivent veut veulent est sont était étaient c'est c’est pars ont marche marchent plante plantent bugue expire".split()), news_openers="on a un/une|on n'a pas/plus|nous avons un/une|il y a un/une|il n'y a pas/plus|on est sans|nous sommes sans", statement_openers=frozenset("si quand lorsque puisque tant sauf".split()), infinitive_endings=frozenset("re er ir".split()),
    past_endings=frozenset(),  # the past is a finite verb or an auxiliary (finite_verbs)
    separable_particles=frozenset(), list_numerals="", step_nouns=frozenset("étape".split()),
    command_fillers="s'il te plaît|s'il vous plaît|stp|svp|maintenant|aussi", note_adverbials=frozenset("pour jusqu'à depuis parce car puisque vu pendant".split()), new_action_words="stp|svp|s'il te plaît|s'il vous plaît|et aussi",
    polite_words=frozenset("s'il te plaît vous stp svp merci".split()),
    # --- schedules
    weekdays={
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6, "lundis": 0,
        "mardis": 1, "mercredis": 2, "jeudis": 3, "vendredis": 4, "samedis": 5, "dimanches": 6
    },
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août":
        8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12
    },
    numbers={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10, "quinze": 15,
        "vingt": 20, "trente": 30, "sept": 7, "huit": 8, "neuf": 9, "douze": 12, "quarante": 40,
        "quarante-cinq": 45, "quarante cinq": 45, "vingt-cinq": 25, "quelques": 3
    },
    ordinals={"premier": 1, "première": 1, "deux": 2, "dernier": 31},
    time_units={
        "minute": "m", "minutes": "m", "min": "m", "heure": "h", "heures": "h", "h": "h", "jour": "d", "jours": "d",
        "semaine": "w", "semaines": "w"
    },
    day_parts={"matin": 9, "après-midi": 14, "aprèm": 14, "cet aprèm": 14, "soir": 18, "midi": 12, "minuit": 0, "nuit": 21, "ce soir": 19, "cet après-midi": 14, "ce matin": 9},
    relative_days={"aujourd'hui": 0, "ce soir": 0, "cet après-midi": 0, "cet aprèm": 0, "ce matin": 0, "demain": 1, "après-demain": 2},
    relative_periods={
        "la semaine prochaine": "next week", "cette semaine": "this week", "la fin de la semaine": "end of week",
        "fin de la semaine prochaine": "end of next week", "le mois prochain": "next month", "fin du mois": "end of month",
        "fin du mois prochain": "end of next month",
    },
    periods={
        "jour": "day", "jours": "day", "matin": "morning", "matins": "morning", "soir": "evening",
        "soirs": "evening", "semaine": "week", "semaines": "week", "mois": "month", "heure": "hour",
        "heures": "hour", "minute": "minute", "jour ouvré": "weekday", "jours ouvrés": "weekday", "jour de semaine": "weekday", "jours de semaine": "weekday", "an": "year",
        "année": "year",
    },
    period_adverbs={
        "quotidien": "day", "quotidienne": "day", "mensuel": "month", "mensuelle": "month",         "quotidiennement": "day", "hebdomadaire": "week", "en semaine": "weekday",
        "du lundi au vendredi": "weekday", "de lundi à vendredi": "weekday", "les jours ouvrables": "weekday", "les jours ouvrés": "weekday",
    },
    period_ends={"la fin du mois": "month", "fin du mois": "month", "fin de mois": "month", "la fin de la semaine": "week",
                 "fin de la semaine": "week", "la fin de la journée": "day", "fin de la journée": "day", "fin de journée": "day",
                 "la fin de l'année": "year", "fin d'année": "year", "la fin de l'an": "year", "le week-end": "weekend"},
    current_periods={"cette semaine": "week", "ce mois-ci": "month", "ce mois": "month", "cette année": "year", "ce week-end": "weekend"},
    time_words=frozenset("moment instant".split()),
    time_fillers=frozenset("le la les à de du et d'ici seulement uniquement".split()),
    time_characters="",
    plural_day_articles="les",
    subordinators="quand|quel|quelle|quels|quelles|où|si|comment|pourquoi",
    topic_words="sur|à propos de|au sujet de",
    demonstratives=frozenset("celui celle ceux celles".split()),
    relatives=frozenset("qui que".split()),
    availability="dispo|dispos|disponible|disponibles|libre|libres|ouvert|ouverte|ouverts|ouvertes",
    state_verbs="ouvre|ouvrent|ouvert|ouverte|ferme|ferment|fermé|est|sont",
    every_words="chaque|tous les|toutes les",
    clock_words="à|vers",
    clock_hours={},
    clock_phrases={
        "{h} heures et demie": 30, "{h} heure et demie": 30, "{h}h et demie": 30, "{h} et demie": 30,
        "{h} heures et quart": 15, "{h} heure et quart": 15, "{h}h et quart": 15,
        "{h} heures moins le quart": -15, "{h} heure moins le quart": -15, "{h}h moins le quart": -15, "{h} heures moins quart": -15,
        "{h} heures moins {m}": -1, "{h} heure moins {m}": -1, "{at} {h} heures": 0, "{at} {h} heure": 0,
    },
    clock_numerals={
        "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "vingt": 20, "vingt-cinq": 25,
    },
    street_words=frozenset("rue avenue av boulevard bd allée chemin impasse quai place cours".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset(),
    in_words="dans",
    from_now_words="à partir de maintenant",
    about_words="environ|à peu près",
    half_words="une demi|demi",
    meal_starts={"après le boulot": 18, "après le travail": 18, "en sortant du boulot": 18, "en sortant du travail": 18, "après le déjeuner": 14, "après déjeuner": 14, "après le repas": 14, "après manger": 14, "après le dîner": 21, "après dîner": 21, "après le petit-déjeuner": 10, "après le petit déjeuner": 10, "après le petit-déj": 10, "après la pause déjeuner": 14, "après la pause de midi": 14},
    span_cues="pendant|pour|pendant les prochains|pendant les prochaines",
    deadline_hours="",
    deadline_after="au plus tard|dernier délai|dernier carat|grand max|au grand maximum|maximum|max",
    deadline_cues="avant qu'|avant que|avant le|avant|d'ici le|d'ici|au plus tard le|au plus tard|jusqu'à",
    meal_deadlines={"lunch": 12, "déjeuner": 12, "dej": 12, "dîner": 19, "petit-déjeuner": 8},
    workday_ends="",
    start_cues="après|à partir de|à partir du|dès",
    since_cues="depuis",
    source_cues="",
    booking_verbs="réserve|réservez|réserver|réserve-moi|réserve-nous",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="pour|de|du|comme",
    reminder_nouns=frozenset("rappel alarme".split()),
    purpose_leads=frozenset("pour".split()),
    event_nouns="réunion|réunions|rendez-vous|rdv|visio|visioconférence|entretien|appel|call|réu",
    schedule_verbs="repousse|repoussez|repousser|déplace|déplacez|déplacer|décale|décalez|décaler|planifie|planifiez|planifier|programme|programmez|programmer|organise|organisez|organiser|fixe|fixez|fixer|cale|calez|caler|mets|mettez|mettre|ajoute|ajoutez|ajouter|prévois|prévoyez|prévoir|note|notez|noter|inscris|inscrivez|inscrire|rajoute|rajoutez|rajouter",
    calendar_nouns="agenda|calendrier|google agenda|google calendar",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="mme|mlle|me|mm|m",
    short_abbreviations="n|réf|tél|p",  # "n. 2025/0418", "ref. 3001C": a number follows, no sentence ends
    ability_asks="", only_alternatives="ou seulement|ou juste|ou uniquement|ou tu peux seulement|ou tu sais seulement", capability_asks="qu'est -? ce que tu sais/peux faire|qu'est -? ce que vous savez/pouvez faire|que sais-tu faire|que peux-tu faire|tu sais/peux faire quoi|vous savez/pouvez faire quoi|tu peux m'aider à/pour quoi",
    preamble_openers="",
    mail_greetings=frozenset('bonjour|bonsoir|madame|monsieur|cher|chère|chers|salut'.split("|")), mail_closings=frozenset('cordialement|bien cordialement|bien à vous|merci|bises|amicalement|sincères salutations|salutations'.split("|")),
    mail_headers=frozenset('de|objet|à|envoyé|date|cc'.split("|")),
    self_words=frozenset('je moi mes mon ma'.split()), owner_labels=frozenset('responsable responsables action actions'.split()), name_suffixes=frozenset(),
    example_leads="comme|genre|par exemple|style|des trucs comme",
    order_heads="dans l'ordre|dans l ordre|dans cet ordre|dans l'ordre suivant|l'un après l'autre|l'une après l'autre|un par un|une par une",
    praise_words="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
