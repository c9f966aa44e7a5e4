"""Spanish vocabulary (see language.py for the fields)."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="es",
    verbs=frozenset("""
    apaga apagar enciende encender
    revoca revocar revoque
    reprograma reprogramá reprogramar mové aplaza aplazá aplazar pospón posponer
    recuérdale recuérdales recuerdale recuerdales recordarle recordarles
    pedile pedíle decile decíle escribile escribiles hacé hacelo hacele poné ponelo ponele
    reanuda reanudar retoma retomar escribirle escribirles mandarle mandarles enviarle enviarles cancela cancelar pasa pasar pregunta pregúntale preguntale pregúntales preguntar reenvía reenvia reenviar junta juntar reúne reunir agrupa agrupar publica publicar sube subir
    échale echale añade añadir agrega agregar apúntame pásame pasame pásale pasale pásales
    renueva renovar inscríbete suscríbete firma firmar invita invitar contacta contactar planea planear repara
    reparar escanea escanear rellena rellenar completa completar presenta presentar solicita solicitar confirma
    confirmar prueba probar devuelve devolver vende vender cambia cambiar mueve mover cocina cocinar ordena
    ordenar elige elegir decide decidir mide medir sigue seguir diseña diseñar concierta concertar
    corre correr lanza lanzar arma armar ármame armame fíjate fijate fijáte
    encarga encargar encárgale apunta apuntar anota anotar
    escríbele escribele escríbeles
    termina terminar acaba acabar
    busca buscar envía envia enviar manda mandar escribe escribir crea crear revisa revisar llama llamar
    reserva reservar compra comprar prepara preparar haz hacer investiga investigar resume resumir
    traduce traducir actualiza actualizar programa programar recuérdame recuerdame recordar descarga
    descargar sube subir comprueba comprobar verifica verificar ejecuta ejecutar limpia limpiar organiza
    organizar agenda agendar pide pedir paga pagar responde responder contesta contestar publica publicar
    elimina eliminar borra borrar instala instalar configura configurar calcula calcular compara comparar
    analiza analizar redacta redactar genera generar guarda guardar imprime imprimir lee leer averigua
    averiguar encuentra encontrar consigue conseguir reinicia reiniciar despliega desplegar arregla arreglar
    corrige corregir avisa avisar dile decir comparte compartir reenvía reenviar saca sacar pon poner
    hazme mira mirar consulta consultar descubre descubrir planifica planificar lava lavar recoge recoger
    envíale enviale mándale mandale envíalo envialo mándalo mandalo envíaselo mándaselo súbelo guárdalo
    busques mandes envíes envies llames reserves compres revises escribas redactes hagas prepares pagues pidas traduzcas actualices
    descargues subas mires consultes averigües encuentres consigas limpies organices canceles recuerdes avises contestes
    respondas compartas imprimas
    """.split()),
    greetings="pregunta rápida|una pregunta rápida|una pregunta|pregunta rapida|hola|buenas|buenos días|buenas tardes|oye|vale|bueno|eh|ehh|mmm|parce|parcero|parcera|qué onda|que onda|quiubo|quihubo|qué hubo|güey|wey|chamo"
              "|te lo? dicto rápido? mira?|te lo? dicto rápido? que voy conduciendo mira?|bueno/vale/oye? te lo? dicto rápido? porque/que estoy/voy manejando/conduciendo mira?"
              "|apunta/anota/apúntate/apuntate/anótate/anotate esto ,? que voy/estoy conduciendo/manejando/caminando/andando|apunta/anota/apúntate/apuntate esto ,? que voy/estoy en el coche/carro/autobús/bus/tren/metro/taxi"
              "|perdona/perdone/disculpa/disculpe/perdón las/la molestias/molestia|perdona/perdone/disculpa/disculpe que te/le/os moleste|siento molestarte/molestarle/molestar|perdón/disculpa/disculpe por molestar",  # "desculpa incomodar, dá pra …": an apology before the ask asks nothing
    request=(
        "tengo que acordarme de|me tengo que acordar de|tengo que recordar|¿? sería/seria posible|sería/seria genial/estupendo/ideal/perfecto que|me encantaría/encantaria que|me preguntaba si podrías/podrias/puedes|quería/queria pedirte que|te quería/queria pedir que|¿? puedes/podés/podes/podrías/podrias/puede/podría por? favor?|¿? me/te/le/les/nos/se lo/la/los/las? puedes/podés/podes/podrías/podrias/puede/podría por? favor?|necesito que|quiero que"
        "|me gustaría que|por favor|porfa|hazme el favor de|favor de|ahora falta|todavía falta|solo falta|falta|ahora queda|tengo que|tienes que|tendrías que|tendrias que|hay que|habría que|habria que|haría falta|haria falta|necesito|no olvides"
        "|acuérdate de|encárgate de|y|también|pero|ah|oh|por cierto|por ejemplo|tipo|que|que me|que nos|que le|me haces el favor de|ve a ver|ve a mirar|ve a leer|ve a revisar|haz el favor de|me harías el favor de|q me|que me|x favor|xfa|apunta que tienes que|apúntate que tienes que|apuntate que tienes que|anota que tienes que|anótate que tienes que|apúntate|apuntate|anótate"
    ),
    capability_preambles="",
    possibility_asks="",
    restated_questions="",
    answer_conditions="",
    help_only="ayudar|ayudarme|ayúdame|ayudame|hazme un favor|me haces un favor|me haces un favorcito|hacerme un favor",
    need_frames="me hace falta|me haría falta|nos hace falta|necesito|necesito ayuda con|ayúdame con|ayudame con|ayúdame a|ayudame a|me ayudas a|me ayudarías a|me ayudarias a|ayudarme a|ayudar a|me echas una mano con|me echas una mano para|echarme una mano con|echarme una mano para|añade una tarea para|agrega una tarea para|crea una tarea para",
    request_delegates=frozenset("sería seria quería queria te ve ¿ apúntate apuntate anótate puedes podés podrías podrias puede podría me le les nos se necesito quiero encárgate".split()),
    help_asked="tu/su/vuestra ayuda con/para?|una ayuda con/para?|una mano con?|un favor",
    i_subjects="yo",  # "yo necesito …"
    frame_pre=frozenset("añade agrega nueva nuevas una otra otro más".split()),
    frame_nouns=frozenset("tarea tareas".split()),
    other_matter="otra cosa|otra cosa distinta/aparte/diferente|algo distinto/aparte/diferente|otra cosa que no tiene nada que ver",
    framing=(
        "tarea|tareas|mis tareas|lista de tareas|cola|hazme esto/esta/estas|haz esto/esta/estas por mí"
        "|necesito que|quiero que|encárgate|ayúdame con|por mí|puedes hacer|añade|agrega"
    ),
    meta_verbs="hacer|haz|hazme|haces|me haces|me hace|encárgate de|ayudar con|ayudarme con|ayúdame con|me ayudas con",
    meta_objects="esto|estas|esta|lo siguiente|estas cosas|estas tareas|algo/cosas periódico/periódicas/recurrente/recurrentes/automático/automáticas/fijo/fijas?|alguna cosa|unas/algunas cosas",
    meta_tail=frozenset("por mí".split()),
    list_takers="encárgate de|hazte cargo de|apunta|apuntar|añade|añadir|agrega|agregar|mete|meter|métemelo|pon|poner",
    list_refs="lo que falta|lo que queda|lo demás|los que faltan|las que faltan|el resto|los demás",
    list_ask_words=frozenset("cola en están favor la las lista los marcadas marcados me no palomita por porfa tachados tareas todas todos ya".split()),
    done_notes="hecho|ya hecho|ya está|ya quedó|listo|ya lo hice|lo hice|completado|ya no hace falta",
    list_references="esto|eso|esta lista|esa lista|la lista|mi lista|estos|estas|esos|esas|todo|todo esto|todo eso|lo siguiente",
    header=frozenset("estas estos esto siguiente siguientes tareas tarea pendientes cosas hoy mañana lista dos tres".split()),
    sign_offs="x favor|xfa|por favor|porfa|gracias|muchas gracias|mil gracias|eso es todo|nada más|saludos",
    question_particles=frozenset("".split()),
    question_words=frozenset("¿ qué que cómo como cuándo cuando dónde donde quién quien quiénes quienes cuál cual cuáles cuales cuánto cuanto cuántos cuantos cuántas cuantas".split()),
    how_to="¿? cómo/como puedo/hago/se/debo/podría/cancelo/borro/elimino/reintento/añado/agrego/creo/salto|entender cómo/como|entender mejor cómo/como|¿? qué significa",
    seq_then="→|⇒|y luego|luego|después|despues|y después|y despues|después de eso|despues de eso|después de esto|despues de esto|tras eso|hecho eso|a continuación|una vez hecho|cuando termines/acabes eso/esto|cuando termines/acabes|en cuanto termines/acabes|una vez que termines/acabes",
    seq_also="y aparte|aparte|y por otro lado|por otro lado|y por separado|por separado|y mejor|mejor|y en su lugar|en su lugar|y en cambio|en cambio|también|tambien|además|ademas|y también|y aprovecha y|aprovecha y|y de paso|de paso|ya que estás|ya que estas|otra cosa que no tiene nada que ver|algo que no tiene nada que ver|cosa que no tiene nada que ver|otra cosa sin relación|nada que ver con esto",
    now_words="al mismo tiempo|en este momento|en estos momentos|mientras tanto|entretanto|ahora mismo|ahora|ya mismo|enseguida|en seguida",
    then_at_end="después|despues|después de eso|despues de eso|tras eso",
    then_after_first="",
    first_words="",
    seq_order="primero|segundo|tercero|finalmente|por último|por ultimo",
    conj="y|e",
    clause_openers="si|cuando|una vez que|una vez|mientras",
    clitics=frozenset("le les lo la los las me te nos se".split()),
    person_objects=frozenset("".split()),  # the pronoun is on the verb ("recuérdale"): none of its own
    you_subjects=frozenset("tú usted".split()),
    pronoun_objects="eso|esto",  # lo/la/los/las after a verb are articles; clitics attach to the verb
    dep_before_id="después de|despues de|cuando|una vez que|una vez|en cuanto|tan pronto como|hasta que",
    dep_after_id="",
    reading_verbs="revises|leas|repases|mires|ver|mirar|leer|revisar|échale un ojo a|échale un vistazo a|echale un ojo a|échale un ojo|revisa|lee|repasa|mira",
    digest_verbs="hazme la lista|haz la lista|apúntame|anótame|hazme un recap|me hagas un recap|me hagas un resumen|hagas un resumen|me hagas una lista|hagas una lista|resumas|me resumas|me saques|sácame un resumen|sácame una lista|sácame|agrupa|agrúpalos|agrupalos|agrúpalas|clasifica|clasifícalos|clasificalos|ordénalos|resume|resúmelos|resumelos|haz un resumen|hazme un resumen|haz una lista|saca|lista|hazme una lista|hazme un listado|hazme una tabla|haz una tabla",
    report_back="avísame|decirme|me puedes decir|avisame|dime|me avisas|me dices|mándame un mensaje|mandame un mensaje|mándame un whatsapp|mándame/mandame/envíame/enviame un/una? pequeño/breve? resumen/resumencito",
    call_verbs="llama|llámale|llámala|llámalos|llamar|llamarle|telefonea|telefonear",
    call_asks="pregunta|pregúntale|preguntale|pregúntales|preguntales|preguntar|preguntarle|preguntarles|averigua|averiguar|consulta|consultar",
    fallout_fixes="arregla lo que se rompa|arregla todo lo que se rompa|corrige lo que se rompa|arregla lo que rompa",
    digest_nouns=frozenset("resumen síntesis".split()),
    keep_as="escríbelo en|escríbela en|escríbelos en|guárdalo como|guardalo como|guárdalo en|guardalo en|guárdala como|guárdala en|guárdalos en|guárdalos como|guárdalas como|guárdalas en|guarda como|guarda en|guárdalo todo en|guardalo todo en|guardarlo en|guardarlo como|dejarlo en|déjalo en|dejalo en|dejarla en|déjala en|ponerlo en|ponlo en",
    corrections="digo|quiero decir|no ,? espera ,? mejor|no|no ,? espera|espera ,? mejor|mejor dicho|no ,? mejor|o mejor|o sea|perdón ,? mejor|perdón ,? no",
    apologies="perdón|perdon|perdona|disculpa|uy|ups|quise decir|quería decir|perdón ,? quise decir",
    retractions="olvida eso|olvídalo|olvidalo|no ,? olvídalo|déjalo|dejalo",
    otherwise="si no|sino|de lo contrario|en caso contrario|si no hay",
    condition_ends="",
    whether_alternatives="o no",
    hedges=", ya sabes cuál|, sabes cuál|, tú sabes cuál|quizás|quizá|tal vez|a lo mejor|o algo así|o no|no sé|ya veremos|lo que veas|como veas|tú verás|tu verás|ves tú|ve tú|tú ves|, ya sabes cómo es|, ya sabes como es|, sabes cómo es|, ya sabes|, tú ya sabes|, ya tú sabes",
    dep_result="con/usando/desde ese/esa/este/esta archivo/fichero/lista/hoja/tabla/export|con el/los resultado/resultados|usando el/los/eso|con eso|con esto|con ello|con ese/esos/esa/esas|lo que falle/encuentres",
    use_verbs="usa|úsalo|úsala|úsalos|úsalas|usalo|usala|usalos|usalas|utiliza|usá|ocupa|toma|aprovecha",
    purpose_words=frozenset("para pa".split()),
    infinitive_markers=frozenset("".split()),
    causatives=frozenset("".split()),
    dep_once="cuando|una vez que|una vez|después de",
    web_search="busca en google|googlea",
    reminder_only="recuérdame|recuerdame|recordarme|recordar|me recuerdas",
    id_range_words=frozenset("a al hasta".split()),
    id_join_words=frozenset("y o e".split()),
    id_or_words="o|u|o quizás|o quizá|o tal vez",
    id_task_words=frozenset("tarea tareas".split()),
    id_frames="",
    id_fillers=frozenset("la las el los de del desde tarea tareas".split()),
    id_dash_words=frozenset("guion guión".split()),
    cardinals={"uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veinti": 20, "dós": 2, "trés": 3, "séis": 6, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90},
    cardinal_joiners=frozenset("y".split()),
    softeners="nomás|no más|tranquilo|tranquila|sin problema|porfa|porfi|por fa|xfa|x favor|por favor",
    verb_complements="",
    note_openers="pero|con|usando|usa|esta vez|porque",
    control_before={
        "retry": "dale/dele/haz/hazle un? retry|reintenta|reintentes|reintentar|vuelve a intentar/ejecutar/hacer|vuelve/vuelva/vuelvas a intentarla/intentarlo/ejecutarla/ejecutarlo/hacerla/hacerlo/probar/probarla/probarlo/lanzar/lanzarla/lanzarlo|volver a intentar/ejecutar/hacer|repite|repetir|intenta|intentar|intenta de nuevo|reinicia",
        "skip": "omite|omitas|omitir|salta|saltes|saltar|sáltate|saltate|ignora|ignorar|pasa de",
        "cancel": "cancela|canceles|cancelar|elimina|elimines|eliminar|borra|borres|borrar|olvida|olvídate de|olvidate de|quita|quitar|descarta",
        "done": "listo/lista/hecho/hecha lo de|marca/marcar/márcame como hecha/hecho/hechas/hechos/terminada/terminado/completada/completado/done|ya? está/esta/están/estan hecha/hecho/hechas/hechos/terminada/terminado/terminadas/terminados/completada/completado/completadas/completados/lista/listo/listas/listos|marca|marcar|completa|termina|hecha|hecho|hechas|hechos|terminada|terminado|terminadas|terminados",
        "answer": "responde/contesta pa|responde a?|contesta a?|respuesta para/pa|respuesta a|respuesta",
        "urgent": "ponle/dale/pon/da prioridad urgente/alta/máxima? a|ponle/dale prioridad|haz|pon|poner|pasa|pasar|sube|subir|prioriza|priorizar|urgente|adelanta|adelantar",
        "pause": "para/pará todo/toda/todas|para/pará la cola|pausa|pausá|pausar|pon/poné en pausa|poner en pausa|congela|congelá|detén|deten|páusalo/páusala/páusalos/páusalas/pausalo/pausala/pausalos/pausalas|congélalo/congélala/congélalos/congélalas",
        "resume": "reanuda|reanudá|reanudar|continúa|continua|continuá|continuar|sigue|seguir|retoma|retomá|retomar|reactiva|reactivá|reactive|reactivar|despausa|despausá|despausar|quita la pausa|reanúdalo/reanúdala/reanúdalos/reanúdalas/reanudalo/reanudala/reanudalos/reanudalas|retómalo/retómala/retómalos/retómalas|reactívalo/reactívala/reactívalos/reactívalas",
    },
    control_after={
        "retry": "de nuevo|otra vez|nuevamente",
        "cancel": "ya no hace falta|ya no se necesita|ya no la/lo necesito|ya no es necesaria/necesario|no hace falta ya",
        "done": "ya? lo/la/los/las hice/terminé/termine/acabé/acabe yo? mismo/misma? ya?|ya? lo/la/los/las he hecho/terminado/acabado yo? mismo/misma? ya?|como? hecha/hecho/hechas/hechos/completada/completado/completadas/completados/terminada/terminado/terminadas"
                "/terminados/lista/listo/listas/listos/done"
                "|ya? está/esta/están/estan hecha/hecho/hechas/completada/completado/completadas/terminada/terminado/terminadas/lista/listo/listas/done|ya está/esta/están/estan",
        "urgent": "va/van primero|es/son urgente/urgentes ,? pásala/pásalo/pásalas/pásalos/pasala/pasalo/ponla/ponlo/súbela/súbelo/subela/subelo delante/primero/arriba|ya/ahora? es/son urgente/urgentes|pon/ponla/ponlo/ponlas/ponlos/márcala/márcalo/marca? como urgente/urgentes/prioritaria/prioritario/prioridad|primero|primera|la primera|el primero|antes que nada|antes de todo|adelante de todo|delante de todo|al frente|al principio de la cola|al principio|arriba del todo|arriba de todo|arriba|es/son prioridad|es/son prioritaria/prioritario",
    },
    control_needs_after=frozenset(["haz", "pon", "poner", "pasa", "pasar", "sube", "subir", "marca", "marcar", "intenta", "intentar"]),
    control_alone={},
    answer_leads=frozenset("para sobre en cuanto respecto".split()),
    group_words="del grupo|en el grupo|grupo",
    queue_fillers="por hoy|por esta noche|de nuevo|otra vez|ya|un rato|un ratito|todo|solo|sólo|solamente|únicamente|la cola|cola|todas las tareas|las tareas|tareas|por favor|porfa|ahora|un momento|por ahora|de momento|el|la|las|los|todas|todos|trabajando|con",
    group_topic_heads="las tareas|todas las tareas|todo lo de|todo lo del|lo de|lo del|las de|los de|las del|los del|todo lo relacionado con|lo relacionado con|todo lo que tenga que ver con|lo que tenga que ver con|las tareas de|las tareas del|las cosas de|las cosas del|todas las tareas de|todas las tareas del",
    group_topic_tails="",
    group_topic_suffixes=frozenset(),
    reasons="porque|que|ya que|pues",
    reason_ends="así que|asi que|por eso|por lo tanto",
    deferrals="",
    waits="esperando a|esperando que|esperando|a la espera de|hasta que|hasta",
    copulas="",
    mistake_words="",
    own_plans="tengo que|voy a|estoy|me toca|primero tengo que|ahora voy a",
    needed_by="lo necesito|la necesito|los necesito|lo necesitamos|me hace falta|hace falta|se necesita",
    urgent_marks="urgente|muy urgente|prioridad alta|máxima prioridad|lo primero|haz esto primero|esto primero|primero esto",
    status_words={
        "pending": "pendiente|pendientes",
        "running": "ejecutando|se está ejecutando|corriendo|en curso|en progreso|ejecutándose",
        "blocked": "falló|fallaron|bloqueada|bloqueadas|bloqueado|bloqueados|fallida|fallidas",
        "done": "ya quedó|ya quedaron|ya quedo|hechas|terminadas|completadas|terminaste|acabaste|terminó|terminado|terminada|terminados|terminaron|acabó|acabado|listo|listas",
        "skipped": "omitidas|canceladas",
    },
    status_any="algo|alguna|alguno|algún",
    there_is="hay|¿ hay",
    finish_asks="", finish_states="ya terminó/acabó/quedó|ya está/estuvo listo/lista/hecho/hecha|salió bien", finish_first="ya terminó/acabó/quedó|ya se terminó/acabó|ya está/estuvo listo/lista|terminó ya|acabó ya",
    product_nouns="app|aplicación|aplicaciones|programa|herramienta",
    status_show=frozenset("muéstrame muestrame enséñame ensename muestra lista dame dime dices hazme".split()),
    status_nouns=frozenset("tareas tarea cola".split()),
    request_nouns=frozenset("peticiones pedidos encargos solicitudes".split()),
    status_topic=frozenset("estado progreso".split()),
    of_words=frozenset("de del sobre con".split()),
    possessives=frozenset("mi mis tu tus su sus nuestro nuestra nuestros nuestras".split()),
    determiners=frozenset("las los mis la el mi tus esas esos aquellas aquellos".split()),
    relative_that="que está/están/esté/estén|lo que está/están/esté/estén|que se? quedaron/quedó/quedaron|que se? han/ha quedado|que",
    relative_ends="",
    all_words=frozenset("todas todos toda todo".split()),
    type_verbs={
        "messaging": "decile decíle escribile escribiles recuérdale recuérdales recuerdale recuerdales recordarle recordarles comparte compartir compártelo compártela compártelos escribirle escribirles mandarle mandarles enviarle enviarles pásasela pasasela pásaselo pasaselo pásaselas pásaselos pregunta pregúntale preguntale pregúntales preguntar pásame pasame pásale pasale pásales invita invitar contacta contactar confirma confirmar escríbele escribele escríbeles envía envia enviar manda mandar avisa dile responde contesta llama avisar enviar mandar llamar"
                " responder contestar reenviar reenvía reenvia decir mandes envíes envies llames avises contestes respondas compartas",
        "code-execution": "corre correr lanza lanzar ejecuta despliega reinicia instala",
        "file-creation": "redacta escribe crea genera escribas redactes redactar escribir crear generar diseña diseñar",
        "info-lookup": "échale echale fíjate fijate mira consulta elige prueba busca investiga averigua compara busques encuentres averigües consultes revises mires buscar"
                " encontrar averiguar consultar revisar comparar investigar",
    },
    vague_verbs="encargarte de|encargarte del|ocuparte de|ocuparte del|arregla|ocúpate/encárgate tú? de/del|mira|resuelve|organiza|haz|gestiona",
    vague_nouns=frozenset("aquello lo cosa cosas asunto usual tema".split()),
    day_words=frozenset("día dia fecha".split()),
    day_idioms="al día|al dia",
    # --- words moved from the rule modules (part A)
    # Left empty: phrasal_particles (no verb particles), indirect_pronouns (the person is on the verb: "mándame eso"),
    # hyphen_objects (none in Spanish), superlatives and position_words (the rule reads English "the" + one word).
    delegation_words="delega|delegar|delégalo|delegalo|delégala|delégaselo|lanza un agente|lanza un subagente",
    reminder_links=frozenset(),
    remind_others=frozenset("recuérdale recuérdales recuerdale recuerdales recordarle recordarles".split()),
    reminder_starts="recuérdame|recuerdame|recuérdanos|recuerdanos|recordarme|recordarnos|recordar|me recuerdas|programa|agenda|ponme un recordatorio|pon/crea/programa/añade un recordatorio|pon/programa una alarma|ponme una alarma|reprograma|reagenda|crea/añade un evento|manda/envía una invitación|bloquea un hueco",
    chat_places=frozenset("grupo chat canal hilo foro".split()), place_prepositions=frozenset("en al".split()),
    transform_verbs=frozenset("convierte conviértelo transforma transfórmalo condensa".split()), draft_verbs=frozenset("bosqueja".split()), letter_nouns=frozenset("nota carta tarjeta reclamación queja".split()), message_nouns=frozenset("correo correos email emails mail mails mensaje mensajes respuesta whatsapp wasap sms dm".split()),
    weak_lookups=frozenset("revisa comprueba verifica mira checa chequea monitorea vigila prueba lee".split()), vague_things=frozenset("cosa cosas asunto tema lío problema rollo".split()), vague_tail=frozenset("por mí porfa ya ahora hoy luego".split()), not_content=frozenset("el la los las lo un una unos unas de del al a en con por para y o pero que qué eso esto esa ese ello se me te le les nos mí ti yo tú es son está están cosa cosas asunto tema rollo algo nada todo porfa ya ahora hoy luego pasa".split()),
    vague_verb_words=frozenset("encárgate encargarte ocúpate ocuparte gestiona arregla resuelve haz hacer mira mirar organiza".split()), file_nouns=frozenset("archivo fichero documento doc markdown md pdf csv hoja tabla informe nota notas memo presentación diapositivas resumen".split()), file_prepositions=frozenset("en como".split()), travel_nouns=frozenset("vuelo vuelos hotel hoteles tren trenes billete billetes boleto boletos pasaje pasajes coche auto habitación mesa asiento asientos bus autobús ferry".split()),
    indirect_pronouns=frozenset(), phrasal_particles=frozenset(), definite_words=frozenset("el la los las ese esa esos esas este esta estos estas".split()),
    function_words=frozenset("y o e u de del al a en con por para sin sobre entre hasta desde que cuando si pero es son está están el la los las lo un una unos unas mi mis tu tus su sus nuestro nuestra le les me te se nos".split()), generic_nouns=frozenset("cosa cosas vez veces día días semana mes año tiempo equipo cliente final resto mismo momento manera".split()), indefinite_words=frozenset("un una unos unas algún alguna algunos algunas nuevo nueva nuevos nuevas".split()), transaction_verbs=frozenset("reserva reservar compra comprar pide pedir encarga encargar renueva renovar inscríbete suscríbete paga solicita".split()),
    transaction_results=frozenset("confirmación confirmaciones recibo recibos reserva reservas billete billetes boleto entrada entradas número localizador seguimiento detalles".split()),
    result_nouns={"resume": "resumen", "resumir": "resumen", "traducir": "traducción", "escanear": "escaneo", "traduce": "traducción", "compara": "comparación", "comparar": "comparación", "analiza": "análisis", "analizar": "análisis", "transcribe": "transcripción", "calcula": "cálculo", "presupuesta": "presupuesto", "graba": "grabación", "planifica": "plan", "escanea": "escaneo"},
    send_verbs=frozenset("manda mándame mandame envía envia envíame enviame mandes envíes mándale mandale envíale enviale mandarle enviarle pásale pasale pásales pasales reenvíale".split()),
    lookup_verbs=frozenset("busca buscar busques encuentra averigua revisa revisar".split()),
    to_the_user=frozenset("me mándame mandame envíame enviame pásame pasame".split()), send_to_words=frozenset("a al".split()), send_requests="", both_words="ambos|ambas|los dos|las dos|los tres|las tres",
    enclitic_objects="lo|la|los|las", hyphen_objects="",
    infinitive_objects=r"(?:ar|er|ir|ár|ér|ír)(?:se)?(?:lo|la|los|las)", producer_verbs=frozenset("escribe redacta crea prepara prepárame genera junta reúne recopila descarga baja graba diseña exporta resume transcribe lista".split()),
    superlatives=frozenset(), position_words=frozenset(), lookup_results=frozenset("enlace enlaces link links resultado resultados respuesta respuestas info información detalles número números dirección precio precios opciones".split()),
    finite_verbs=frozenset("llega llegan necesita necesitan quiere quieren está están es era eran fue fueron tiene tienen falla fallan falló cerró venció caducó".split()), news_openers='tenemos un/una|no tenemos|hay un/una|no hay|estamos sin', statement_openers=frozenset("si cuando mientras aunque hasta salvo".split()), infinitive_endings=frozenset("ar er ir ír".split()),
    past_endings=frozenset(),  # the past is a finite verb or an auxiliary (finite_verbs)
    separable_particles=frozenset(), list_numerals="", step_nouns=frozenset("paso".split()),
    command_fillers="por favor|porfa|porfi|xfa|ahora|también", note_adverbials=frozenset("para hasta desde porque pues mientras".split()), new_action_words="por favor|porfa|además",
    polite_words=frozenset("por favor porfa porfi xfa gracias".split()),
    # --- schedules
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado":
        5, "domingo": 6
    },
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12
    },
    numbers={
        "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "diez": 10, "quince":
        15, "veinte": 20, "treinta": 30, "siete": 7, "ocho": 8, "nueve": 9, "doce": 12, "cuarenta": 40,
        "cuarenta y cinco": 45, "noventa": 90, "veinticinco": 25,
        "par": 2, "par de": 2, "unos": 3, "unas": 3, "unos cuantos": 3, "unas cuantas": 3, "algunos": 3, "algunas": 3, "un par": 2, "un par de": 2
    },
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "último": 31},
    time_units={
        "minuto": "m", "minutos": "m", "hora": "h", "horas": "h", "día": "d", "días": "d", "dia": "d", "dias": "d",
        "semana": "w", "semanas": "w"
    },
    day_parts={"mañana": 9, "temprano": 8, "tarde": 16, "noche": 20, "mediodía": 12, "esta tarde": 16, "esta mañana": 9, "esta noche": 20},
    relative_days={"hoy": 0, "esta noche": 0, "esta tarde": 0, "esta mañana": 0, "mañana": 1, "pasado mañana": 2},
    relative_periods={
        "la semana que viene": "next week", "la próxima semana": "next week", "la semana próxima": "next week", "esta semana": "this week",
        "final de la semana": "end of week", "finales de la semana": "end of week", "final de semana": "end of week",
        "final de la semana que viene": "end of next week", "finales de la semana que viene": "end of next week",
        "final de la próxima semana": "end of next week", "finales de la próxima semana": "end of next week",
        "el mes que viene": "next month", "el próximo mes": "next month", "fin de mes": "end of month", "final de mes": "end of month",
        "finales de mes": "end of month", "fin del mes": "end of month", "final del mes": "end of month", "finales del mes": "end of month",
        "fin del mes que viene": "end of next month", "finales del mes que viene": "end of next month", "final del próximo mes": "end of next month",
    },
    periods={
        "día": "day", "dia": "day", "días": "day", "dias": "day", "mañanas": "morning", "noches": "night",
        "semana": "week", "semanas": "week", "mes": "month", "meses": "month", "minuto": "minute", "hora": "hour",
        "día laborable": "weekday", "día de semana": "weekday", "días de semana": "weekday",
    },
    period_adverbs={
        "semanal": "week", "diario": "day", "diaria": "day", "mensual": "month",         "diariamente": "day", "a diario": "day", "semanalmente": "week", "mensualmente": "month",
        "entre semana": "weekday", "de lunes a viernes": "weekday",
    },
    period_ends={"fin de mes": "month", "final de mes": "month", "fin del mes": "month", "final del mes": "month", "el fin de mes": "month",
                 "el final de mes": "month", "fin de semana": "week", "final de semana": "week", "el final de la semana": "week",
                 "fin del día": "day", "final del día": "day", "el final del día": "day", "fin de año": "year", "final de año": "year"},
    current_periods={"esta semana": "week", "este mes": "month", "este año": "year", "este fin de semana": "weekend"},
    time_words=frozenset("mediodía rato ratito".split()),
    time_fillers=frozenset("los las el la de por y a al primera este próximo próxima".split()),
    time_characters="",
    plural_day_articles="los",
    subordinators="qué|cuándo|dónde|cómo|si|cuál|cuáles|quién|quiénes",
    topic_words="sobre|acerca de",
    demonstratives=frozenset("aquel aquella aquellos aquellas".split()),
    relatives=frozenset("que quien quienes".split()),
    availability="disponible|disponibles|libre|libres|abierto|abierta|abiertos|abiertas",
    state_verbs="abre|abren|abierto|abierta|cierra|cierran|cerrado|falla|fallan|es|son|está|están",
    every_words="cada|todos los|todas las",
    clock_words="a las|a la|sobre las|sobre la|hacia las|hacia la|después de las|despues de las|a partir de las|desde las",
    clock_hours={"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12},
    clock_phrases={
        "{h} y media": 30, "{h} y cuarto": 15, "{h} menos cuarto": -15, "{h} menos un cuarto": -15,
        "{at} {h} menos {m}": -1, "{at} {h} y {m}": 1,
    },
    clock_numerals={
        "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "once": 11, "doce": 12, "veinte": 20, "veinticinco": 25,
    },
    street_words=frozenset("calle avenida avda av plaza paseo camino ronda".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset(),
    in_words="en|dentro de",
    from_now_words="a partir de ahora",
    about_words="unos|unas|alrededor de|aproximadamente|cosa de",
    half_words="media",
    meal_starts={"después del trabajo": 18, "despues del trabajo": 18, "al salir del trabajo": 18, "saliendo del trabajo": 18, "después de la oficina": 18, "después de comer": 16, "despues de comer": 16, "después de almorzar": 15, "despues de almorzar": 15, "después del almuerzo": 15, "despues del almuerzo": 15, "después de la comida": 16, "despues de la comida": 16, "después de cenar": 22, "despues de cenar": 22, "después de la cena": 22, "despues de la cena": 22, "después de desayunar": 10, "despues de desayunar": 10, "después del desayuno": 10, "despues del desayuno": 10, "tras comer": 16, "tras la comida": 16, "tras el almuerzo": 15, "tras cenar": 22, "tras la cena": 22, "luego de comer": 16, "luego de almorzar": 15, "luego de cenar": 22},
    span_cues="durante|por|durante los próximos|durante las próximas",
    deadline_hours="antes de las|antes de la|a más tardar a las|no más tarde de las|como muy tarde a las",
    deadline_after="como muy tarde|a más tardar|como máximo|máximo|como mucho",
    deadline_cues="antes de que|antes del|antes de las|antes de|antes|hasta el|hasta|a más tardar|como muy tarde",
    meal_deadlines={"lunch": 12, "almuerzo": 13, "comida": 14, "comer": 14, "desayuno": 9, "cena": 21, "cenar": 21},
    workday_ends="",
    start_cues="después de las|después de|despues de las|despues de|a partir de las|a partir del|a partir de|desde",
    since_cues="desde",
    source_cues="desde",
    booking_verbs="reserva|reservá|reservar|resérvame|resérvanos",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="para|de|del",
    reminder_nouns=frozenset("recordatorio alarma".split()),
    purpose_leads=frozenset("para".split()),
    event_nouns="reunión|reuniones|cita|llamada|videollamada|junta|call",
    schedule_verbs="aplaza|aplazá|aplazar|pospón|posponer|mueve|mové|mover|reprograma|reprogramá|reprogramar|agenda|agendá|agendar|programa|programá|programar|organiza|organizá|organizar|fija|fijá|fijar|concierta|concertar|pon|poné|poner|cuadra|cuadrar",
    calendar_nouns="calendario|agenda|google calendar",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="dra|sra|srta|lic|dña|d|profa",
    short_abbreviations="n|nº|núm|ref|tel|pág",  # "n. 2025/0418", "ref. 3001C": a number follows, no sentence ends
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_context_endings=("ear", "eame", "ealo", "eala", "eas", "ea", "een", "eé"),
    ambiguous_verbs=frozenset(),
    type_keywords={
        "messaging": (
            "correo|mensaje|whatsapp|escríbele a|escribele a|escríbele|escribe a|dile a|contesta a"
            "|avísale"
        ),
        "reminder-scheduling": "recordatorio|cita|recordarme|recuérdame|recuerdame|calendario|evento|alarma",
        "code-execution": "servidor",
        "file-creation": "archivo|documento|informe|tabla|gráfica|gráfico|hoja de cálculo|hoja|planilla"
                         "|cartel|carteles|póster|pósteres|folleto|folletos|octavilla|octavillas|pancarta|invitación|invitaciones",
    },
    agent_words="agente|asistente|agente de código|agente de programación",
    delegate_verbs="pídele|pidele|pedile|pedíle|pide|pedirle|pedir|dile|decile|decíle|haz que|que",
    agent_particles="",
    roles=frozenset("jefe jefa casero casera cliente clientes contador contadora gestor gestora abogado abogada médico médica amigo amiga vecino vecina profe profesor profesora niñera fontanero tía tío abuela abuelo prima primo suegra suegro cuñada cuñado madrina padrino portero portera conserje".split()),
    name_titles=frozenset("don doña señor señora señorita".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("a al".split()),
    message_that="que|diciendo|diciéndole|para confirmar",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset("explica explícame explicame explicar explicarme explícamelo explicarlo traduce tradúceme traducir".split()),
    chit_chat=frozenset(),
    # --- words moved from the rule modules (part B)
    negations=frozenset("no nunca".split()), negations_after="", command_hedges=frozenset("mmm eh bueno vale ok pues quizás quizá porfa solo también y oh puedes podrías".split()), queue_hedges=frozenset("mmm eh bueno vale ok pues porfa solo oh oye puedes podrías".split()), selector_ends=frozenset("y".split()),
    selector_pronouns="", selector_places="", queue_nouns=frozenset("cola".split()), as_task="", count_questions="",
    request_questions="puedes|podrías|podrias|podés|me/te/le/les/nos/se lo/la/los/las? puedes/podés/podes/podrías/podrias/puede/podría", asking_fillers=frozenset(), count_verbs=frozenset(),
    pronoun_aux=frozenset(), meta_alone=frozenset(), sure_greetings=frozenset("hola oye buenas".split()), list_owners="mi|la",
    tail_polite="por favor|porfa|porfi|xfa|gracias|ya", strong_sign_offs=frozenset("gracias".split()), list_add_verbs="agrega|añade",
    list_add_preps="a|en", list_names="lista|tareas|cola", list_add_tails="", frame_tail=frozenset(), status_that="",
    frame_add_verbs=frozenset("añade agrega".split()), plain_articles=frozenset(), status_determiners=frozenset("rápido rapidito un resumen de pequeño breve".split()),
    status_question_words=frozenset("qué que cuál cual cómo como hay está esta".split()), status_modals=frozenset(),
    status_end_fillers=frozenset("ya ahora hoy todavía aún de".split()), still_words=frozenset(), id_question_words=frozenset(), status_every=frozenset(),
    status_things=frozenset(), piece_breaks="y", cjk_queue_nouns="", cjk_status_asks="", cjk_show_verbs="",
    cjk_requests="", part_openers="por la|de|la", noun_determiners="el|la|los|las", month_day_words="día",
    adjective_articles="el|los|las|la|un|una|mi", every_other="", alternate_weeks="cada dos semanas|cada 2 semanas|cada quince días|cada 15 días|semanas alternas|sí y otro no|quincenalmente",
    month_weekday_ordinals="primer|primero|segundo|tercer|tercero|cuarto|último", deadline_clause_preps="el", object_articles="el|la",
    object_phrase_articles="el|la", elided_articles="", date_articles="el|del|de", day_number_articles="el|del|día",
    ordinal_day_articles="el|del", describing_words="",
    time_questions="",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    example_markers="",
    not_then_before=frozenset("para hasta desde".split()),  # "un café para después": a time, not the next step
    dep_done=frozenset("confirmado confirmada reservado reservada termine terminen acabe acaben terminado terminada listo lista hecho hecha tengas tengan listos listas hechos hechas terminados terminadas confirmados confirmadas reservados reservadas".split()),
    status_phrases="en qué has avanzado|en qué avanzaste|qué has avanzado|cuántas/cuántos cosas/tareas? quedan/faltan|cuántas/cuántos me quedan/faltan|avanzaste/avanzó/avanzado con mis/las tareas|en qué va la cola|en qué van las tareas|en qué va todo|en qué punto está|en qué punto están|en qué punto va|en qué punto van|en qué punto estamos|en qué estado está|en qué estado están|qué falta|que falta|qué queda|qué me queda|alguna novedad|hay novedades|novedades|cómo va todo|cómo van las cosas|cómo vamos|cómo va eso|cómo va lo de|cómo va lo del|ya? terminaste/acabaste lo de/del|ya? está/esta hecho/listo lo de/del|ya está/esta/quedó/quedo lo de/del|cómo vas con lo de|cómo vas con lo del|qué tal va lo de|qué tal va lo del|cómo/como va/van/vas/llevas lo mío/mio|qué/que tal va/van/llevas lo mío/mio|cómo/como va/van/llevas mis cosas/encargos/pedidos|qué/que tal va/van mis cosas/encargos/pedidos|cómo/como va/van/llevas lo que te pedí/pedi/encargué/encargue|qué/que tal va/van lo que te pedí/pedi/encargué/encargue|ya? has/ha terminado/acabado algo",
    loan_verb_endings="ar|ea|eá|a",
    loan_verb_prefixes="",
    loan_verb_particles="",
    status_progress="",
    ability_asks="", only_alternatives="o solo|o sólo|o solamente|o nada más|o únicamente", capability_asks="qué/que puedes/sabes hacer|qué/que cosas puedes/sabes hacer|qué/que eres capaz de hacer|qué/que puede usted hacer|en qué/que me puedes ayudar|en qué/que puedes ayudarme|qué/que te puedo pedir|qué/que puedo pedirte|para qué/que sirves",
    preamble_openers="",
    mail_greetings=frozenset('hola|buenos días|buenas tardes|buenas|estimado|estimada|estimados|querido|querida'.split("|")), mail_closings=frozenset('un saludo|saludos|atentamente|cordialmente|un abrazo|muchas gracias|gracias|reciba un cordial saludo'.split("|")),
    mail_headers=frozenset('de|asunto|para|enviado|fecha|cc'.split("|")),
    self_words=frozenset('yo mí mi mis mío mía míos mías'.split()), owner_labels=frozenset('responsable responsables encargado encargada acción'.split()), name_suffixes=frozenset(),
    example_leads="como|por ejemplo|tipo|cosas como",
    order_heads="en orden|en este orden|en ese orden|por orden|uno tras otro|una tras otra|uno por uno|una por una|de uno en uno",
    praise_words="",
    how_went="cómo fue|cómo va|cómo quedó|cómo salió|qué tal fue|qué tal va|qué pasó con|en qué quedó", work_nouns=frozenset("búsqueda reserva investigación".split()),
    typos={"reanusa": "reanuda", "reamuda": "reanuda"},
    not_typos=frozenset(),
    trigger_words=tuple("reanuda reintenta cancela pausa tareas tarea pendientes bloqueadas recuérdame".split()),
)
