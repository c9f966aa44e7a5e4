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
haz hazme mira mirar consulta consultar descubre descubrir planifica planificar lava lavar recoge recoger
envíale enviale mándale mandale envíalo envialo mándalo mandalo envíaselo mándaselo súbelo guárdalo
""".split())

REQUEST = (
    r"(?:¿\s*)?(?:puedes|podrías|podrias|me\s+puedes|me\s+podrías|me\s+podrias|puede|podría)(?:\s+por\s+favor)?"
    r"|necesito\s+que|quiero\s+que|me\s+gustaría\s+que|por\s+favor|porfa|hazme\s+el\s+favor\s+de|favor\s+de"
    r"|tengo\s+que|hay\s+que|necesito|no\s+olvides|acuérdate\s+de|encárgate\s+de|y|también"
)
FRAMING = (
    r"tareas?|mis\s+tareas|lista\s+de\s+tareas|cola|hazme\s+(?:esto|estas?)|haz\s+(?:esto|estas?)\s+por\s+mí"
    r"|necesito\s+que|quiero\s+que|encárgate|ayúdame\s+con|por\s+mí|puedes\s+hacer|añade|agrega"
)
HEADER = r"estas?|esto|lo\s+siguiente|siguientes|tareas?|pendientes|cosas|hoy|mañana|lista"
GREETINGS = r"hola|buenas|buenos\s+días|buenas\s+tardes|oye|vale|bueno"
SIGN_OFFS = r"gracias|muchas\s+gracias|mil\s+gracias|eso\s+es\s+todo|nada\s+más|saludos"
QUESTION_START = r"¿\s*[\w'-]+|qué|que|cómo|como|cuándo|cuando|dónde|donde|quién|quien|por\s+qué|cuál|cual|cuánto|cuanto"
HOW_TO = r"¿?\s*cómo\s+(?:puedo|hago|se|debo|podría)|¿?\s*qué\s+significa"
SEQ_THEN = r"y\s+luego|luego|después|despues|y\s+después|y\s+despues|a\s+continuación|una\s+vez\s+hecho"
SEQ_ALSO = r"también|tambien|además|ademas|y\s+también"
SEQ_ORDER = r"primero|segundo|tercero|finalmente|por\s+último|por\s+ultimo"
CONJ = r"y|e"
PRONOUN_OBJECTS = r"lo|la|los|las|eso|esto"
DEP_RESULT = r"con\s+(?:el|los)\s+resultados?|usando\s+(?:el|los|eso)|lo\s+que\s+(?:falle|encuentres)"

CONTROL_BEFORE = {
    "retry": r"reintenta|reintentar|vuelve\s+a\s+(?:intentar|ejecutar|hacer)|repite|repetir|intenta(?:\s+de\s+nuevo)?|reinicia",
    "skip": r"omite|omitir|salta|saltar|sáltate|saltate|ignora|ignorar|pasa\s+de",
    "cancel": r"cancela|cancelar|elimina|eliminar|borra|borrar|olvida|olvídate\s+de|olvidate\s+de|quita|quitar|descarta",
    "done": r"marca|marcar|completa|termina",
}
CONTROL_AFTER = {
    "retry": r"de\s+nuevo|otra\s+vez|nuevamente",
    "done": r"(?:como\s+)?(?:hecha|hecho|completada|completado|terminada|terminado|lista|listo)"
            r"|(?:está|esta|ya\s+está)\s+(?:hecha|hecho|completada|completado|terminada|terminado|lista|listo)",
}
CONTROL_NEEDS_AFTER = frozenset(["marca", "marcar", "intenta"])
STATUS_WORDS = {
    "pending": r"pendientes?",
    "running": r"en\s+curso|en\s+progreso|ejecutándose",
    "blocked": r"bloqueadas?|bloqueados?|fallidas?",
    "done": r"hechas|terminadas|completadas",
    "skipped": r"omitidas|canceladas",
}
STATUS = (
    r"(?:¿\s*)?(?:estado|progreso)\s+de\s+(?:las\s+|mis\s+)?tareas|(?:¿\s*)?(?:muéstrame|muestrame|enséñame|ensename|muestra|lista)\s+(?:mis\s+|las\s+)?(?:tareas|cola)"
    r"|(?:¿\s*)?qué\s+hay\s+en\s+(?:la|mi)\s+cola|(?:¿\s*)?(?:mis\s+)?tareas\s+(?:{status})|(?:¿\s*)?cómo\s+va(?:n)?\s+(?:{ids}|mis\s+tareas|las\s+tareas)"
    r"|(?:¿\s*)?(?:está|esta)\s+{ids}\s+(?:lista|terminada|hecha|completada)|(?:¿\s*)?cuál\s+es\s+el\s+estado"
)
WEB_SEARCH = r"busca\s+en\s+google|googlea|busca"
REMINDER_ONLY = r"recuérdame|recuerdame"
