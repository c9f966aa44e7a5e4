"""Round 40, part B (splits): an apology before the first verb of a run-on asks nothing and takes no task with it."""

import pytest

from parsing import descriptions_at_now

# --- "sorry find out if …": an apology right before the verb is no part of the task ---

@pytest.mark.parametrize("text, first, second", [
    ("sorry find out if the pharmacy is open on Sunday and then text Owen", "find out if the pharmacy", "text Owen"),
    ("perdona averigua el horario del pediatra y mándale a Lucía el enlace", "averigua el horario", "Lucía"),
    ("pardon cherche un dentiste ouvert samedi et rappelle Hugo", "cherche un dentiste", "Hugo"),
    ("entschuldigung such die Apotheke am Markt raus und schreib Lena", "such die Apotheke", "Lena"),
    ("scusa chiama il pediatra e scrivi a Marco per la visita", "chiama il pediatra", "Marco"),
    ("desculpa procura a farmácia de serviço e manda mensagem ao Rui", "procura a farmácia", "Rui"),
])
def test_an_apology_before_the_verb_keeps_the_first_task(text, first, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and descriptions[0].startswith(first) and second in descriptions[1]


# --- "dictating this in the taxi find out …": the vehicle dictation opener no longer needs "bear with me" ---

@pytest.mark.parametrize("text, first", [
    ("dictating this in the taxi find out when the walk-in clinic closes", "find out when the walk-in clinic"),
    ("dictating this in the cab so bear with me call the pharmacy about Nana's tablets", "call the pharmacy"),
    ("dictating this in the car call the surgery about the repeat prescription", "call the surgery"),
])
def test_a_dictation_opener_with_its_vehicle_asks_nothing(text, first):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 1 and descriptions[0].startswith(first)
