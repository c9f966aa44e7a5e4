"""Round 36, part c (holdout35 and holdout34 leftovers): schedules, types and dependencies. A German day number
with its full stop right after a deadline cue ("bis zum 31. bitte: …") is a date; a both-word before the deadline
("…, both before the 31st", "…, les deux avant vendredi") gives it to every task; a "since" word in a statement
after the request ("…, no llegan los mensajes desde el viernes") says how long something has been so, no start."""

import pytest

from parsing import dues_at_now, starts_at_now

END_OF_MONTH = "2026-11-30T17:00:00Z"


@pytest.mark.parametrize("text", [
    "bis zum 30. bitte: den Handyvertrag kündigen und die Mitgliedschaft im Tennisclub kündigen",
    "die Steuerunterlagen zusammensuchen, die müssen bis zum 30. beim Berater sein",
    "den Mietvertrag bis zum 30. unterschreiben",
])
def test_dotted_day_number_after_a_deadline_cue_is_a_date(text):
    assert dues_at_now(text)[0] == END_OF_MONTH


@pytest.mark.parametrize("text", [
    "verlänger die Versicherung vom Auto bevor sie am 30. ausläuft",  # no cue right before: the thing's own date
    "frag Jonas zum 2. Mal nach dem Schlüssel",  # an ordinal ("for the 2nd time")
])
def test_dotted_day_number_without_a_cue_sets_nothing(text):
    assert dues_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "cancel the gym. Close the bank account, both before the 30th",
    "cancela la suscripción del gimnasio. Cierra la cuenta del banco, las dos antes del viernes",
    "Kündige das Fitnessstudio. Schließ das Konto bei der Bank, beide bis Freitag",
    "résilie la salle de sport. Ferme le compte à la banque, les deux avant vendredi",
    "cancela o ginásio. Fecha a conta no banco, os dois até sexta",
    "disdici la palestra. Chiudi il conto in banca, entrambe entro venerdì",
])
def test_both_before_a_deadline_gives_it_to_every_task(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] == dues[1] is not None


@pytest.mark.parametrize("text", [
    "cancel the gym. Close the bank account before the 30th",  # said for the last task only
    "cancela la suscripción del gimnasio. Cierra la cuenta del banco antes del viernes",
    "disdici la palestra. Chiudi il conto in banca entro venerdì",
])
def test_a_deadline_without_a_both_word_stays_the_last_tasks(text):
    dues = dues_at_now(text)
    assert dues[0] is None and dues[1] is not None


@pytest.mark.parametrize("text", [
    "que Claude revise el script de copias, no se ejecuta desde el lunes",
    "que Codex arregle el buscador de la tienda, los pedidos no llegan desde el martes",
    "check the office printer, it hasn't printed since tuesday",
    "schau dir den Drucker im Büro an, er druckt seit Dienstag nicht mehr",
])
def test_since_in_a_statement_is_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "revisa la impresora desde el martes",  # the request's own start
    "controlla la stampante dal martedì",
    "manda el informe a Ana, desde el lunes",  # the time opens the clause
])
def test_since_word_of_the_request_still_starts_it(text):
    assert starts_at_now(text)[0] is not None
