"""Spanish word tables (same field names as lang_en; a field a language lacks is simply absent)."""

VERBS = frozenset("""
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
busques mandes envíes envies llames reserves compres revises escribas hagas prepares pagues pidas traduzcas actualices
descargues subas mires consultes averigües encuentres consigas limpies organices canceles recuerdes avises contestes
respondas compartas imprimas
""".split())
GREETINGS = "hola|buenas|buenos días|buenas tardes|oye|vale|bueno"
REQUEST = (
    "¿? puedes/podrías/podrias/puede/podría por? favor?|¿? me puedes/podrías/podrias|necesito que|quiero que"
    "|me gustaría que|por favor|porfa|hazme el favor de|favor de|tengo que|hay que|necesito|no olvides"
    "|acuérdate de|encárgate de|y|también|que|que me|que nos|que le"
)
REQUEST_DELEGATES = frozenset("¿ puedes podrías podrias puede podría me necesito quiero encárgate".split())
FRAME_PRE = frozenset("añade agrega nueva nuevas una".split())
FRAME_NOUNS = frozenset("tarea tareas".split())
FRAMING = (
    "tarea|tareas|mis tareas|lista de tareas|cola|hazme esto/esta/estas|haz esto/esta/estas por mí"
    "|necesito que|quiero que|encárgate|ayúdame con|por mí|puedes hacer|añade|agrega"
)
HEADER = frozenset("estas estos esto siguiente siguientes tareas tarea pendientes cosas hoy mañana lista".split())
SIGN_OFFS = "gracias|muchas gracias|mil gracias|eso es todo|nada más|saludos"
QUESTION_WORDS = frozenset("¿ qué que cómo como cuándo cuando dónde donde quién quien cuál cual cuánto cuanto".split())
HOW_TO = "¿? cómo puedo/hago/se/debo/podría|¿? qué significa"
SEQ_THEN = "y luego|luego|después|despues|y después|y despues|a continuación|una vez hecho"
SEQ_ALSO = "también|tambien|además|ademas|y también"
SEQ_ORDER = "primero|segundo|tercero|finalmente|por último|por ultimo"
CONJ = "y|e"
CLAUSE_OPENERS = "si|cuando|una vez que"
PRONOUN_OBJECTS = "eso|esto"  # lo/la/los/las after a verb are articles; clitics attach to the verb
DEP_RESULT = "con el/los resultado/resultados|usando el/los/eso|lo que falle/encuentres"
DEP_ONCE = "cuando|una vez que|después de"
WEB_SEARCH = "busca en google|googlea|busca"
REMINDER_ONLY = "recuérdame|recuerdame"

CONTROL_BEFORE = {
    "retry": "reintenta|reintentar|vuelve a intentar/ejecutar/hacer|repite|repetir|intenta|intenta de nuevo|reinicia",
    "skip": "omite|omitir|salta|saltar|sáltate|saltate|ignora|ignorar|pasa de",
    "cancel": "cancela|cancelar|elimina|eliminar|borra|borrar|olvida|olvídate de|olvidate de|quita|quitar|descarta",
    "done": "marca|marcar|completa|termina",
}
CONTROL_AFTER = {
    "retry": "de nuevo|otra vez|nuevamente",
    "done": "como? hecha/hecho/hechas/hechos/completada/completado/completadas/completados/terminada/terminado/terminadas"
            "/terminados/lista/listo/listas/listos"
            "|ya? está/esta/están/estan hecha/hecho/hechas/completada/completado/completadas/terminada/terminado/terminadas/lista/listo/listas",
}
CONTROL_NEEDS_AFTER = frozenset(["marca", "marcar", "intenta"])
STATUS_WORDS = {
    "pending": "pendiente|pendientes",
    "running": "en curso|en progreso|ejecutándose",
    "blocked": "bloqueada|bloqueadas|bloqueado|bloqueados|fallida|fallidas",
    "done": "hechas|terminadas|completadas",
    "skipped": "omitidas|canceladas",
}
STATUS_SHOW = frozenset("muéstrame muestrame enséñame ensename muestra lista dame".split())
STATUS_NOUNS = frozenset("tareas tarea cola".split())
STATUS_TOPIC = frozenset("estado progreso".split())
ALL_WORDS = frozenset("todas todos toda todo".split())
