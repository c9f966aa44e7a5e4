"""Round 26, part B (holdout22/23's misses in Spanish and Portuguese)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- "all the ones that got blocked": a relative with "quedar"/"ficar" before the state
@pytest.mark.parametrize("text, selector", [
    ("vuelve a intentar todas las que se quedaron bloqueadas", "blocked"),
    ("reintenta las que se han quedado bloqueadas", "blocked"),
    ("reintenta todas las que quedaron pendientes", "pending"),
    ("tenta de novo todas as que ficaram bloqueadas", "blocked"),
    ("tenta de novo as que ficaram pendentes", "pending"),
])
def test_retry_the_ones_that_got_stuck(text, selector):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == [("retry", [], selector)]


# ---- a sentence end inside a run of ids, a verb before and one after: two commands
@pytest.mark.parametrize("text, commands", [
    ("pula a T-24 e a T-25; a T-26 tá feita", [("skip", ["T-24", "T-25"], None), ("done", ["T-26"], None)]),
    ("cancela a T-3. a T-4 já está pronta", [("cancel", ["T-03"], None), ("done", ["T-04"], None)]),
    ("salta la T-3; la T-4 ya está hecha", [("skip", ["T-03"], None), ("done", ["T-04"], None)]),
    ("omite la T-10 y la T-11. la T-12 está terminada", [("skip", ["T-10", "T-11"], None), ("done", ["T-12"], None)]),
    ("skip T-3; T-4 is done", [("skip", ["T-03"], None), ("done", ["T-04"], None)]),
])
def test_a_sentence_end_parts_two_commands(text, commands):
    assert commands_of(parse_at_now(text)) == commands


@pytest.mark.parametrize("text, commands", [
    ("cancela la T-3; la T-4 también", [("cancel", ["T-03", "T-04"], None)]),
    ("cancela la T-3 y la T-5. Gracias", [("cancel", ["T-03", "T-05"], None)]),
    ("pula a T-7; a T-8 também", [("skip", ["T-07", "T-08"], None)]),
])
def test_ids_without_a_verb_after_keep_the_verb_before(text, commands):
    assert commands_of(parse_at_now(text)) == commands


# ---- "tell me quickly what is left pending today", "make me a summary of what is pending"
@pytest.mark.parametrize("text", [
    "hazme un resumen de lo que quedó pendiente hoy",
    "dame un resumen de lo que está bloqueado",
    "dime rápido lo que está pendiente",
    "dime lo que quedó pendiente de hoy",
    "me diz rapidinho o que ficou pendente de hoje",
    "me faz um resumo do que ficou pendente",
    "faz um resumo das tarefas pendentes",
])
def test_a_summary_of_the_states_is_a_status_request(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["tasks"] == [] and doc["commands"] == []


@pytest.mark.parametrize("text", [
    "lee mis correos y hazme un resumen",
    "hazme un resumen del informe de ventas",
    "hazme un resumen de lo que dijo Juan en la reunión",
    "hazme un resumen de los correos que están pendientes de respuesta",
    "lê meus emails e faz um resumo",
    "faz um resumo do relatório",
    "me diz rapidinho o preço do pão na padaria",
])
def test_a_summary_of_something_else_is_work(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1


# ---- a self-correction between two runs of ids: the ids said last are meant
@pytest.mark.parametrize("text, commands", [
    ("reintenta la T-12, digo la T-13", [("retry", ["T-13"], None)]),
    ("cancela la T-20, quiero decir la T-21, que la otra sigue en pie", [("cancel", ["T-21"], None)]),
    ("salta la T-5, no, la T-6", [("skip", ["T-06"], None)]),
    ("pula a T-30. digo, T-31", [("skip", ["T-31"], None)]),
    ("cancela a T-8, quer dizer, a T-9", [("cancel", ["T-09"], None)]),
    ("tenta de novo a T-14, digo a T-15, me enganei", [("retry", ["T-15"], None)]),
    ("retry T-57, I mean T-67", [("retry", ["T-67"], None)]),
])
def test_a_corrected_id_replaces_the_one_before(text, commands):
    doc = parse_at_now(text)
    assert commands_of(doc) == commands and doc["tasks"] == []


@pytest.mark.parametrize("text, commands", [
    ("reintenta la T-12 y la T-13", [("retry", ["T-12", "T-13"], None)]),
    ("salta la T-3, la T-4 ya está hecha", [("skip", ["T-03"], None), ("done", ["T-04"], None)]),
    ("pula a T-30 e a T-31", [("skip", ["T-30", "T-31"], None)]),
])
def test_ids_without_a_correction_are_all_kept(text, commands):
    assert commands_of(parse_at_now(text)) == commands


@pytest.mark.parametrize("text", ["compra pan, digo, leche", "compra pão, digo, leite"])
def test_a_corrected_detail_keeps_the_task(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- "para todo", "pare tudo": the imperative of parar/parar stops the whole queue
@pytest.mark.parametrize("text", [
    "para todo un momento, que me he liado con los horarios",
    "para todo hasta el lunes porfa",
    "pará todo ya",
    "para la cola un rato",
    "pare tudo por enquanto",
    "para tudo agora, deu problema no servidor",
])
def test_stop_everything_pauses_the_queue(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "pide pizza para todos",
    "compra regalos para toda la familia",
    "para todo el equipo: reserva mesa en el italiano",
    "para todo lo demás, pregúntale a Ana",
    "compra pão para todos na padaria",
])
def test_para_as_a_preposition_pauses_nothing(text):
    doc = parse_at_now(text)
    assert doc["commands"] == [] and len(doc["tasks"]) == 1


# ---- an id-first command, then the user's reason: the command ends at the reason
@pytest.mark.parametrize("text, commands", [
    ("la T-76 márcala como hecha que ya lo pagué yo", [("done", ["T-76"], None)]),
    ("la T-5 sáltala, y la T-6 márcala como hecha porque ya la hice", [("skip", ["T-05"], None), ("done", ["T-06"], None)]),
    ("a T-40 marca como feita que eu já resolvi", [("done", ["T-40"], None)]),
    ("a T-41 marca como feita porque já paguei", [("done", ["T-41"], None)]),
])
def test_an_id_first_command_then_its_reason(text, commands):
    doc = parse_at_now(text)
    assert commands_of(doc) == commands and doc["tasks"] == []


@pytest.mark.parametrize("text", ["la T-76 márcala como hecha", "a T-40 marca como feita"])
def test_an_id_first_command_alone(text):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == ["done"]


# ---- "pero …", "mas …", "ah, y …": openers before a request, as "but", "oh, and" are in English
@pytest.mark.parametrize("text, keyword", [
    ("la T-35 sáltala, ya no hace falta. pero busca un taller abierto 24h cerca de casa", "taller"),
    ("la T-36 está hecha, ya llamé yo. ah, y busca un regalo para el amigo invisible", "regalo"),
    ("a T-35 pula, não precisa mais. mas procura uma farmácia 24h perto de casa", "farmácia"),
    ("a T-36 tá feita. ah, e acha um presente pro amigo secreto", "presente"),
])
def test_a_request_after_a_command_opened_by_but_or_oh(text, keyword):
    doc = parse_at_now(text)
    assert len(doc["commands"]) == 1 and len(doc["tasks"]) == 1 and keyword in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text", ["pero busca un taller abierto 24h", "mas procura um borracheiro 24h", "oh, busca un hotel en Cádiz"])
def test_but_before_a_request_alone(text):
    assert len(parse_at_now(text)["tasks"]) == 1


@pytest.mark.parametrize("text", ["mas o carro tá na oficina", "pero el coche está en el taller"])
def test_but_before_a_statement_asks_nothing(text):
    assert parse_at_now(text)["tasks"] == []


# ---- a send that takes up what the step before found or made: "pásale las opciones a …", "mándaselo a …"
@pytest.mark.parametrize("text", [
    "busca un fontanero en Getafe y pásale las opciones a mi madre",
    "busca hoteles en Cádiz y pásales los enlaces a mis primos",
    "prepara un documento con el presupuesto y mándaselo a Marta",
    "redacta la carta de presentación y envíaselo a la gestora",
    "escribe el acta de la reunión y pásasela a Luis",
])
def test_a_send_takes_up_the_earlier_result(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0] and tasks[1]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "compra flores y pásale la dirección a Marta",
    "llama al fontanero y pásale el recado a mi madre",
    "busca un fontanero en Getafe y llama a mi madre",
])
def test_a_send_of_something_else_waits_for_nothing(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == []


# ---- "e depois, com esses horários, marca …": a step that works with what the one before found opens a
# clause of its own and waits for it
@pytest.mark.parametrize("text", [
    "procura os horários do dentista e depois, com esses horários, marca uma consulta",
    "procura os preços das passagens e, com esses preços, faz uma tabela",
    "busca los horarios del tren y después, con esos horarios, reserva los billetes",
    "busca tres presupuestos de pintores y luego, con esos precios, haz una tabla comparativa",
])
def test_a_step_with_the_earlier_results(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "compra o mais barato dos dois",
    "reserva una mesa con la mejor vista del restaurante",
])
def test_a_superlative_inside_one_request(text):
    assert len(parse_at_now(text)["tasks"]) == 1


@pytest.mark.parametrize("text", ["diseña un logo para la peña", "diseña una invitación para el cumple de Lucía"])
def test_design_makes_a_file(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["type"] == "file-creation"


@pytest.mark.parametrize("text", [
    "reintenta la T-12, digo la T-13, perdón",
    "pula a T-30. digo, T-31, me confundi",
    "retry T-57, I mean T-67",
])
def test_a_corrected_id_leaves_no_doubt(text):
    assert parse_at_now(text)["unsure"] == []


@pytest.mark.parametrize("text, named", [("la T-9 ya veremos, digo yo", "T-09"), ("a T-9 e a T-10, sei lá", "T-09, T-10")])
def test_an_id_left_unread_is_still_doubted(text, named):
    assert any(f"names {named} but" in reason for reason in parse_at_now(text)["unsure"])


# ---- "¿ya terminaste lo del seguro?", "já terminou aquilo do carro?": whether a task named by its topic is done
@pytest.mark.parametrize("text, tasks", [
    ("¿ya terminaste lo de la mudanza?", 0),
    ("¿ya está listo lo del dentista?", 0),
    ("oye, ¿acabaste lo del seguro? y de paso apúntame otra: llamar al taller", 1),
    ("já terminou aquilo do seguro do carro?", 0),
    ("acabou o do dentista?", 0),
])
def test_whether_a_topic_is_done_is_a_status_question(text, tasks):
    doc = parse_at_now(text)
    assert doc["status"] and len(doc["tasks"]) == tasks


@pytest.mark.parametrize("text", ["termina lo del seguro del coche", "acaba lo de la mudanza antes del viernes",
                                  "já terminou o relatório, então manda pro chefe"])
def test_finishing_a_topic_is_work(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1
