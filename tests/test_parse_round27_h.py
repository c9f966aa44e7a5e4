"""Round 27, part h (holdout24's misses in es and fr): people in their first week ask politely, with
background or an apology before the ask; the ask is still work to queue."""

import pytest

from parsing import parse_at_now


# ---- "help me do X": asking for help with a named action asks for that action
@pytest.mark.parametrize("text, kind", [
    ("¿Me ayudas a redactar una carta de reclamación para Iberia?", "file-creation"),
    ("¿Me puedes ayudar a buscar vuelos baratos a Lima para marzo?", "info-lookup"),
    ("¿Podrías ayudarme a preparar una hoja de cálculo gastos.xlsx con los gastos del mes?", "file-creation"),
    ("Mi hija se casa en junio y estoy un poco perdida. ¿Me ayudarías a buscar fincas cerca de Toledo?", "info-lookup"),
    ("La memoria es para el viernes. ¿Me ayudas a redactarla en un documento memoria.docx?", "file-creation"),
    ("Est-ce que vous pouvez m'aider à rédiger une lettre de réclamation pour la SNCF ?", "file-creation"),
    ("Tu peux m'aider à trouver un plombier à Lyon pour jeudi ?", "info-lookup"),
    ("Aidez-moi à préparer un fichier budget.xlsx pour le mois de mai s'il vous plaît", "file-creation"),
    ("tu m'aides à écrire un mail à Sophie pour annuler dimanche ?", "messaging"),
    ("Je suis nouvelle ici. Vous pouvez m'aider à trouver un kiné à Nantes qui prend le samedi ?", "info-lookup"),
])
def test_help_me_do_asks_for_the_work(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["type"] for t in doc["tasks"]] == [kind]


@pytest.mark.parametrize("text", [
    "¿me ayudas?",
    "¿Me ayudas a entender cómo funciona esto?",
    "Estoy perdida. ¿Me ayudas a entender cómo se añade una tarea?",
    "tu peux m'aider ?",
    "Tu peux m'aider à comprendre comment ça marche ?",
    "Ayer me llamó mi hermana. ¿Crees que debería llamarla?",
])
def test_help_alone_or_to_understand_is_answered(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- es: an object pronoun before "puedes" ("¿le puedes pedir …?") asks like "¿me puedes …?"
@pytest.mark.parametrize("text, kind", [
    ("¿le puedes pedir a Claude Code que revise el formulario de la web?", "agent-delegation"),
    ("Me han dicho que puedes pasar trabajos a otro agente. Si es así, ¿le puedes pedir a Codex que arregle el login?",
     "agent-delegation"),
    ("¿Le podrías escribir a mi casero que el lunes le pago?", "messaging"),
    ("¿nos puedes buscar un hotel en Cádiz para el puente?", "info-lookup"),
    ("¿se lo puedes mandar a Lourdes por correo?", "messaging"),
])
def test_a_pronoun_before_puedes_asks_for_work(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["type"] for t in doc["tasks"]] == [kind]


@pytest.mark.parametrize("text", ["¿lo puedes creer? ganamos", "¿me lo puedes explicar?"])
def test_a_pronoun_before_puedes_without_work(text):
    assert parse_at_now(text)["tasks"] == []


# ---- fr: an apology or a hedge, "mais", then the ask: the ask is the item
@pytest.mark.parametrize("text, kind", [
    ("c'est peut-être une question bête, mais est-ce que tu peux demander à Codex de corriger le bug dans jardin.py ?",
     "agent-delegation"),
    ("désolé de vous déranger, mais pouvez-vous réserver une table chez Paul pour samedi ?", "info-lookup"),
    ("je sais que c'est pas ton truc, mais tu peux appeler le garage ?", "messaging"),
    ("Pardon si c'est bête, mais vous pourriez m'envoyer la liste des pharmacies de garde ?", "messaging"),
    ("Je ne sais pas si c'est possible, mais tu pourrais envoyer un SMS à Julie pour lui dire que je suis en retard ?",
     "messaging"),
])
def test_a_hedge_then_mais_then_the_ask(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["type"] for t in doc["tasks"]] == [kind]


@pytest.mark.parametrize("text", ["j'ai essayé, mais ça marche pas", "c'est gentil, mais non merci"])
def test_mais_without_an_ask(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- es: "qué onda", "quiubo" greet, they ask nothing (a list after them is the work)
@pytest.mark.parametrize("text", [
    "Qué onda, apenas estoy aprendiendo a usar esto jaja. Te paso lo de la tienda:\n- cotizar una vitrina nueva\n"
    "- llamar al fontanero",
    "Quiubo, te encargo esto:\n1. pagar la luz\n2. mandarle a Memo el recibo",
    "que onda! te paso mis pendientes:\n- pagar el predial\n- mandarle a Lupita la factura",
])
def test_a_question_shaped_greeting_before_a_list(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2


def test_a_greeting_before_a_real_question():
    doc = parse_at_now("qué onda, qué opinas de esta lista?:\n- pagar la luz\n- mandar el recibo")
    assert doc["mode"] == "none"


# ---- "can you do something regular? like every monday …": the capability question introduces the ask
@pytest.mark.parametrize("text, cron", [
    ("Est-ce que c'est possible de faire un truc régulier ? Genre tous les lundis à 8h, vérifier les annonces de "
     "vélos à vendre à Auxerre", "0 8 * * 1"),
    ("Vous pouvez faire quelque chose de régulier ? Par exemple chaque vendredi à 18h, regarder le menu de la cantine",
     "0 18 * * 5"),
    ("¿Puedes hacer algo periódico? Por ejemplo, cada lunes a las 8 revisar las ofertas de pisos en Getafe", "0 8 * * 1"),
    ("¿Se puede hacer algo automático? Tipo todos los días a las 7 mandarme el tiempo de Sevilla", "0 7 * * *"),
])
def test_a_capability_question_then_the_example_ask(text, cron):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


@pytest.mark.parametrize("text", ["Tu peux faire un truc pour moi ?", "c'est genre super cool", "es tipo raro",
                                  "C'est quoi un cron ? Genre une tâche qui revient ?"])
def test_vague_capability_or_filler_alone(text):
    assert parse_at_now(text)["tasks"] == []


# ---- an infinitive control verb after "can you" ("¿puedes poner la T-70 como urgente?", "vous pouvez la passer en priorité")
@pytest.mark.parametrize("text, verb, ids", [
    ("¿puedes poner la T-70 como urgente?", "urgent", ["T-70"]),
    ("la T-40 es urgente, ¿la puedes poner primero?", "urgent", ["T-40"]),
    ("¿Podrías intentar la T-52 otra vez?", "retry", ["T-52"]),
    ("T-138 c'est urgent, vous pouvez la passer en priorité s'il vous plaît ?", "urgent", ["T-138"]),
    ("tu peux mettre la T-12 en priorité ?", "urgent", ["T-12"]),
    ("la T-12 c'est pressé, tu peux la mettre en premier ?", "urgent", ["T-12"]),
])
def test_an_infinitive_control_verb(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["ids"]) for c in doc["commands"]] == [(verb, ids)]


@pytest.mark.parametrize("text", ["intentar la receta de paella", "mettre la table pour six personnes"])
def test_an_infinitive_without_an_id_is_no_command(text):
    assert parse_at_now(text)["commands"] == []


# ---- beside a command, "la necesito para mañana" says when the task is needed: no new task
@pytest.mark.parametrize("text", [
    "¿puedes poner la T-70 como urgente? la necesito para mañana",
    "¿me subes la T-33 arriba del todo? la quiero para esta tarde",
    "la T-12 c'est urgent, je la veux pour ce soir",
    "tu peux passer la T-9 en priorité ? je la veux pour demain matin",
])
def test_when_the_commanded_task_is_needed(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [c["verb"] for c in doc["commands"]] == ["urgent"]


def test_a_new_task_beside_a_command_stays():
    doc = parse_at_now("pon la T-70 primero y mándale el informe a Pepe mañana")
    assert [c["verb"] for c in doc["commands"]] == ["urgent"] and len(doc["tasks"]) == 1


# ---- the ids in one sentence, the control verb with a pronoun in the short next one
@pytest.mark.parametrize("text, verb", [
    ("Hola, perdona, creo que la T-52 no salió bien porque la web estaba caída. ¿Podrías intentarla otra vez?", "retry"),
    ("la T-52 no salió bien. ¿la puedes reintentar?", "retry"),
    ("je crois que la T-52 a planté. Tu peux la relancer ?", "retry"),
    ("La T-52 ne sert plus à rien depuis hier. Vous pouvez l'annuler ?", "cancel"),
    ("I think T-52 didn't work because the site was down. Could you retry it?", "retry"),
])
def test_a_pronoun_command_in_the_next_sentence(text, verb):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["ids"]) for c in doc["commands"]] == [(verb, ["T-52"])]


def test_a_next_sentence_naming_its_own_work_is_no_command():
    doc = parse_at_now("T-8 failed. Email Bob about it.")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1


# ---- a time before the request opener: "demain matin tu peux …" asks, and the time schedules it
@pytest.mark.parametrize("text, kind", [
    ("demain matin tu peux envoyer un mail au club de tarot pour demander si le tournoi est complet ? merci",
     "messaging"),
    ("ce soir vous pouvez appeler la pharmacie pour savoir si mon ordonnance est prête ?", "messaging"),
    ("mañana por la mañana ¿puedes mandar un correo al club de mus?", "messaging"),
    ("el lunes ¿me puedes buscar un fontanero en Vallecas?", "info-lookup"),
    ("tomorrow morning can you email the chess club to ask if the tournament is full?", "messaging"),
])
def test_a_time_before_the_request(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["type"] for t in doc["tasks"]] == [kind]
    assert doc["tasks"][0]["schedule"]["not_before"]


@pytest.mark.parametrize("text", ["demain tu peux m'aider ?", "la T-52 no salió bien. ¿la puedes reintentar?"])
def test_a_time_before_no_work_or_a_pronoun(text):
    assert parse_at_now(text)["tasks"] == []


# ---- es: "¿me puedes recordar …?" is "recuérdame …": a reminder (alone, answered like "remind me …")
@pytest.mark.parametrize("text", [
    "¿me podés recordar todos los lunes a las 8 que haga el pedido? y también todos los viernes a las 19 mandale "
    "a Nacho el resumen de caja",
    "¿Podrías recordarme el jueves que tengo dentista? y busca una farmacia de guardia en Getafe",
    "¿me puedes recordar mañana que llame a mi madre? y reserva mesa en Casa Pepe para el sábado",
])
def test_can_you_remind_me_is_a_reminder(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"][0]["type"] == "reminder-scheduling"


@pytest.mark.parametrize("text", ["¿me puedes recordar mañana que llame a mi madre?", "¿me recuerdas el viernes que pague la luz?"])
def test_a_lone_reminder_is_answered_as_in_every_language(text):
    assert parse_at_now(text)["mode"] == "none"


def test_remind_someone_else_is_a_message():
    doc = parse_at_now("¿puedes recordarle a Pepe que traiga las sillas?")
    assert [t["type"] for t in doc["tasks"]] == ["messaging"]


# ---- "look it up and send me a summary": sending the user the result is part of the same job
@pytest.mark.parametrize("text", [
    "tous les jours à 7h, regarde l'état du trafic sur l'A6 et envoie-moi un résumé par SMS",
    "regarde la météo de Brest pour samedi et envoyez-moi un petit récap",
    "vérifie les annonces de vélos à Auxerre et m'en faire un petit résumé",
    "mira el tráfico en la A-6 y mándame un resumen por SMS",
    "revisa las ofertas de pisos en Getafe y envíame un breve resumen",
])
def test_a_lookup_and_a_summary_to_me_is_one_task(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["info-lookup"]


@pytest.mark.parametrize("text", [
    "descarga los informes de octubre y luego hazme un resumen en un documento",
    "télécharge les comptes de mai et envoie un résumé à Paul",
])
def test_a_summary_made_into_a_file_or_sent_to_someone_is_its_own_task(text):
    assert len(parse_at_now(text)["tasks"]) == 2
