"""Round 34, part a (holdout33): when a task may start or is due, in every language. A bare date or time
in a statement after the request ("find a train for Gran, she has to be at the clinic at 9:15") says when
something else happens, no start of the task; a start cue in that clause still starts it."""

import pytest

from parsing import dues_at_now, starts_at_now


# ---- a time in a statement after the request is the statement's
@pytest.mark.parametrize("text", [
    "find a coach from Leeds to York for my uncle, he has to be at the clinic at 9:15 on Thursday",
    "check the parking near the stadium, my brother said saturday 3pm",
    "busca un autobús de Vigo a Lugo para mi tía, ella tiene que estar en el hospital a las 10:30",
    "such eine Zugverbindung nach Kassel für Oma, sie muss um 9:40 beim Arzt sein",
    "cherche un bus de Nantes à Angers pour mon oncle, il doit être à la gare à 8h20",
    "vê os comboios de Braga para o Porto, o meu pai tem de estar no tribunal às 9h30",
    "controlla i treni da Parma a Modena, mia madre deve essere in ospedale alle 10:15",
])
def test_a_time_in_a_statement_after_the_request_starts_nothing(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "email the landlord about the boiler, but only after 6pm",
    "die Datei mit dem Skript aktualisieren, aber erst nach dem Feierabend um 18 Uhr",
    "send Marco the slides, tomorrow at 9",
    "envía a Marta el presupuesto, mañana a las 9",
])
def test_a_start_in_the_later_clause_still_starts(text):
    assert starts_at_now(text)[0] is not None


# ---- a weekday right before the deadline cue opens a range of days: the thing's, no deadline
@pytest.mark.parametrize("text", [
    "such eine Putzhilfe in Sülz, die dienstags bis freitags vormittags kann",
    "find a dog walker who can do mondays until thursdays",
    "busca una canguro que pueda de martes hasta viernes por la tarde",
    "cherche une baby-sitter libre du mardi jusqu'au vendredi",
])
def test_a_weekday_range_is_no_deadline(text):
    assert dues_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "schick Jana den Bericht bis Freitag",
    "send Omar the draft by Friday",
])
def test_a_deadline_after_no_weekday_stays(text):
    assert dues_at_now(text)[0] is not None
