"""A negated verb after a request states the trouble ("arregla la impresora, no imprime desde el martes":
it does not print): no self-correction ("no, imprime …" would be one), no dictated request of its own,
and a "since" day in it starts nothing. Found in round 36: the request was withdrawn, or the task was
left waiting until next Tuesday."""

import pytest

from parsing import starts_at_now, tasks_at_now


@pytest.mark.parametrize("text, kept", [
    ("arregla la impresora, no imprime desde el martes", "arregla la impresora"),
    ("conserta a impressora, não imprime desde terça", "conserta a impressora"),
    ("sistema la stampante, non stampa da martedì", "sistema la stampante"),
    ("revisa el router, no conecta desde el lunes", "revisa el router"),
])
def test_a_negated_verb_after_the_request_keeps_the_request_and_starts_nothing(text, kept):
    (task,) = tasks_at_now(text)
    assert task["description"].startswith(kept), task
    assert task["schedule"]["not_before"] is None


@pytest.mark.parametrize("text, described", [
    ("reserva en Nopi, no, reserva en Dishoom", "reserva en Dishoom"),  # a break after the "no": a correction
    ("manda o menu à Ana, não, manda o menu ao Rui", "manda o menu ao Rui"),
])
def test_a_negation_set_apart_is_still_a_correction(text, described):
    assert [task["description"] for task in tasks_at_now(text)] == [described]


@pytest.mark.parametrize("text", [
    "revisa el correo desde el martes",  # the since-day of the request itself is its start
    "conserta a impressora a partir de terça",
])
def test_a_start_in_the_request_itself_still_starts(text):
    assert starts_at_now(text)[0] is not None
