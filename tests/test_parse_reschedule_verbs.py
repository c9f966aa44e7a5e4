"""A request to move an appointment, said with the bare imperative of a verb of moving in time
("verschieb die Besprechung …", "remarca a reunião …", "décale le rendez-vous …"), is a task of
scheduling: it came back `mode: none`, no reason given, and the work was dropped."""
import pytest

from parsing import parse_at_now


@pytest.mark.parametrize("text", [
    "verschieb die Besprechung mit Jonas auf Donnerstag",
    "verleg den Termin beim Zahnarzt auf nächste Woche",
    "remarca a reunião com o Paulo para quinta",
    "adia a consulta do dentista para sexta",
    "reagenda a aula de inglês para segunda",
    "décale le rendez-vous chez le dentiste à jeudi",
    "repousse la réunion avec Paul à lundi",
    "aplaza la cita con el dentista al martes",
    "reprograma la llamada con Marta para el viernes",
    "posticipa la riunione con Marco a giovedì",
])
def test_moving_an_appointment_is_a_scheduling_task(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    (task,) = doc["tasks"]
    assert task["type"] == "reminder-scheduling", task
    assert task["schedule"]["not_before"] is None, "the day is the appointment's, not when to start"


@pytest.mark.parametrize("text, count", [
    ("prepara el reporte y mándalo a Luis", 2),   # "reporte" here is a report, no verb
    ("book the night shift cover for Saturday", 1),
])
def test_nouns_that_look_like_those_verbs_are_left_alone(text, count):
    assert len(parse_at_now(text)["tasks"]) == count
