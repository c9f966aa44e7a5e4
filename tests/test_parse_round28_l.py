"""Round 28, part l (holdout25's misses in es, pt, dictated by voice): a greeting that opens with
"and" ("e aí") does not hide the status question after it; "lo mío", "mis cosas", "o que te pedi"
name the user's tasks in a status question; a question about what the assistant can do is chat,
unless a verb later in the (unpunctuated) message asks for work."""

import pytest

from parsing import parse_at_now


# ---- a greeting opened by a conjunction ("e aí") stays a greeting before a status question
@pytest.mark.parametrize("text", [
    "e aí como tão minhas tarefas",
    "e aí como tá minhas tarefas",
    "e aí, como estão as tarefas?",
    "e aí me mostra a fila",
])
def test_greeting_with_and_before_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "e aí manda um email pro João",
    "e aí pesquisa o preço do cimento",
])
def test_greeting_with_and_before_work_is_still_work(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and len(doc["tasks"]) == 1


# ---- "lo mío", "mis cosas", "o que te pedi": the user's tasks, in a status question
@pytest.mark.parametrize("text", [
    "oye cómo va lo mío",
    "qué tal van mis cosas",
    "bueno cómo llevas lo que te pedí",
    "ya has terminado algo",
    "cómo van mis encargos",
    "e aí como vão as minhas coisas",
    "como tá o que eu te pedi",
    "já terminou alguma coisa",
    "oi como andam meus pedidos",
])
def test_the_users_things_in_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "haz una lista de mis cosas pendientes del piso",
    "busca cómo va el tráfico hacia Sevilla",
    "pesquisa como andam os preços do café",
])
def test_a_task_about_things_is_no_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and len(doc["tasks"]) == 1


# ---- "what can you do for me": chat, no task
@pytest.mark.parametrize("text", [
    "o que você pode fazer por mim",
    "o que tu consegues fazer",
    "oi, o que vc sabe fazer?",
    "em que você pode me ajudar",
    "o que posso te pedir",
    "qué puedes hacer por mí",
    "hola qué cosas sabes hacer",
    "en qué me puedes ayudar",
    "para qué sirves",
    "what can you help me with today",
])
def test_a_question_about_the_assistant_is_chat(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "o que você pode fazer com esse PDF manda pro João",
    "what can you do with this file send it to Bob",
    "busca qué puedes hacer en Madrid el sábado",
    "pesquisa o que dá pra fazer em Lisboa no domingo",
])
def test_work_after_or_around_the_question_is_a_request(text):
    assert parse_at_now(text)["mode"] == "intake"


# ---- an hour said in words after a clock word ("a las ocho", "às nove"): the clock time
@pytest.mark.parametrize("text, cron", [
    ("todos los martes a las ocho manda un correo a Lucía", "0 8 * * 2"),
    ("cada martes y jueves a las ocho envíale la lista a Lucía", "0 8 * * 2,4"),
    ("los viernes a las siete de la tarde escribe un resumen en resumen.md", "0 19 * * 5"),
    ("el día 1 de cada mes a las diez prepara un informe de gastos", "0 10 1 * *"),
    ("toda sexta às cinco manda um email pro chefe", "0 17 * * 5"),
    ("toda segunda às oito da manhã gera a planilha de vendas", "0 8 * * 1"),
    ("todo dia 1 às nove gera o relatório", "0 9 1 * *"),
])
def test_an_hour_in_words_is_the_clock_time(text, cron):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


@pytest.mark.parametrize("text, cron", [
    ("every tuesday at once send Lucy the list", "0 9 * * 2"),  # an English "once" is no Spanish eleven
    ("todos los lunes manda dos correos a Ana", "0 9 * * 1"),   # a number word without a clock word
])
def test_a_number_word_without_its_clock_word_is_no_hour(text, cron):
    doc = parse_at_now(text)
    assert [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


# ---- a list of weekdays said without commas ("toda segunda quarta e sexta"): every day of it
@pytest.mark.parametrize("text, cron", [
    ("toda segunda quarta e sexta às 7 manda o treino pro Rafael", "0 7 * * 1,3,5"),
    ("todos los lunes miércoles y viernes a las 7 manda el parte a Luis", "0 7 * * 1,3,5"),
    ("cada martes jueves a las 9 envía la lista a Ana", "0 9 * * 2,4"),
    ("every monday wednesday and friday at 7 send the report to Luis", "0 7 * * 1,3,5"),
])
def test_weekdays_listed_without_commas(text, cron):
    assert [t["schedule"]["cron"] for t in parse_at_now(text)["tasks"]] == [cron]


@pytest.mark.parametrize("text, cron", [
    ("every monday at 7 send the report to Luis", "0 7 * * 1"),
    ("todos los lunes a las 7 manda el parte a Luis", "0 7 * * 1"),
    ("toda segunda às 7 manda o treino pro Rafael", "0 7 * * 1"),
])
def test_one_weekday_stays_one(text, cron):
    assert [t["schedule"]["cron"] for t in parse_at_now(text)["tasks"]] == [cron]


# ---- "todo dia primeiro", "cada día primero": the first of every month, not "first, …"
@pytest.mark.parametrize("text, cron", [
    ("todo dia primeiro às nove manda a fatura pra contabilidade", "0 9 1 * *"),
    ("todo dia primeiro às 8 gera o relatório de vendas", "0 8 1 * *"),
    ("cada día primero a las diez manda la factura a Ana", "0 10 1 * *"),
])
def test_every_day_word_then_an_ordinal_is_a_monthly_day(text, cron):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


@pytest.mark.parametrize("text", [
    "primeiro pesquisa o preço do cimento e depois manda pro João",
    "primero busca el precio del cemento y luego mándaselo a Juan",
])
def test_an_order_word_alone_still_orders_steps(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and all(t["schedule"]["cron"] is None for t in doc["tasks"])


# ---- a statement, then a command to the whole queue, dictated without a break
@pytest.mark.parametrize("text, verb", [
    ("ya estoy en casa reanuda todo", "resume"),
    ("ya volví del médico pausa todo", "pause"),
    ("bueno ya terminé la reunión reanuda todo", "resume"),
    ("já cheguei retoma tudo", "resume"),
    ("estou no trânsito pausa tudo", "pause"),
])
def test_a_statement_then_a_queue_command(text, verb):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [c["verb"] for c in doc["commands"]] == [verb] and doc["tasks"] == []


@pytest.mark.parametrize("text, verbs", [
    ("reanuda todo", ["resume"]),
    ("puedes reanudar todo", ["resume"]),
    ("pausa el grupo casa y reanuda todo", ["pause", "resume"]),
])
def test_one_sentence_commands_stay_as_they_were(text, verbs):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == verbs


# ---- Spanish pause/resume with the object pronoun on the verb, the group named first
@pytest.mark.parametrize("text, verb, note", [
    ("el grupo mercadillo reanúdalo", "resume", "mercadillo"),
    ("el grupo casa páusalo", "pause", "casa"),
    ("lo del mercadillo retómalo", "resume", "mercadillo"),
    ("las tareas de la boda páusalas", "pause", "boda"),
])
def test_a_group_then_an_enclitic_queue_verb(text, verb, note):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["note"]) for c in doc["commands"]] == [(verb, note)]
