"""Round 42, part B (splitting a message into tasks): where one request ends and the next begins."""

import pytest

from parsing import parse_at_now


def descriptions(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake", doc
    return [task["description"] for task in doc["tasks"]]


# --- "e in più ricorda ad Andrea di …": the Italian verb for reminding someone else opens a request ------------


@pytest.mark.parametrize("text, second", [
    ("compra i biglietti per il concerto di Natale, e in più ricorda ad Andrea di ritirare i pacchi", "Andrea"),
    ("compra i biglietti per il concerto, e anche ricorda ad Andrea di ritirare i pacchi", "Andrea"),
    ("compra i biglietti, poi ricorda a Marco di portare le sedie", "Marco"),
    ("prenota il tavolo per sabato, e ricordagli di portare la torta", "torta"),
    ("compra los boletos del concierto, y también recuérdale a Andrea que recoja los paquetes", "Andrea"),
    ("buy the concert tickets, and also remind Andrea to pick up the parcels", "Andrea"),
])
def test_reminding_someone_else_after_a_join_is_a_request_of_its_own(text, second):
    tasks = descriptions(text)
    assert len(tasks) == 2 and second in tasks[1], tasks


@pytest.mark.parametrize("text", [
    "ricorda a Marco di portare le sedie sabato",
    "ogni lunedì ricorda al team di compilare il foglio ore",
])
def test_one_reminder_for_someone_else_stays_one_task(text):
    assert len(descriptions(text)) == 1


# --- "tra due ore manda un messaggio a X: ricordagli …": a count of time is no count of items -------------------


@pytest.mark.parametrize("text, kept", [
    ("tra due ore manda un messaggio a mio marito: ricordagli di passare a prendere Tommaso alle 18", "marito"),
    ("dentro de dos horas manda un mensaje a mi marido: recuérdale que recoja a Tommaso a las 18", "marido"),
    ("dans deux heures envoie un message à Paul : rappelle-lui de prendre les clés", "Paul"),
    ("in zwei Tagen schreib Paul: erinnere ihn an die Schlüssel", "Paul"),
    ("in two hours send a message to my husband: remind him to pick up Tommaso at 6", "husband"),
])
def test_a_message_after_a_time_count_is_the_content_of_the_send(text, kept):
    tasks = descriptions(text)
    assert len(tasks) == 1 and kept in tasks[0], tasks


@pytest.mark.parametrize("text", [
    "due cose: compra il latte e chiama Marco",
    "dos cosas: compra la leche y llama a Marco",
    "two things: buy milk and call Marco",
])
def test_a_count_of_things_still_announces_the_items(text):
    assert len(descriptions(text)) == 2


# --- "mi serve una petizione …, e una volta pronta mandala a Giorgio": a need, then a step once it is ready ------


@pytest.mark.parametrize("text, second", [
    ("entro martedì mi serve una petizione in pdf, con lo spazio per 100 firme, e una volta pronta mandala a Giorgio", "Giorgio"),
    ("by Tuesday I need a petition as a pdf, and once it's ready send it to Giorgio", "Giorgio"),
    ("para el martes necesito una petición en pdf, y una vez lista mándasela a Giorgio", "Giorgio"),
    ("bis Dienstag brauche ich eine Petition als PDF, und sobald sie fertig ist, schick sie an Giorgio", "Giorgio"),
    ("pour mardi il me faut une pétition en pdf, et une fois prête envoie-la à Giorgio", "Giorgio"),
    ("até terça preciso de um abaixo-assinado em pdf, e quando estiver pronto manda pro Giorgio", "Giorgio"),
])
def test_a_need_then_a_step_once_it_is_ready_are_two_tasks(text, second):
    doc = parse_at_now(text)
    tasks = [task["description"] for task in doc["tasks"]]
    assert len(tasks) == 2 and second in tasks[1], tasks
    assert doc["tasks"][1]["depends_on"] == [0], doc


@pytest.mark.parametrize("text", [
    "I need a petition as a pdf and once it's ready send it to Giorgio",  # no comma: one doubted run-on
    "mi serve una petizione in pdf e una volta pronta mandala a Giorgio",
])
def test_without_a_need_and_its_comma_the_condition_is_not_cut_this_way(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1, doc
