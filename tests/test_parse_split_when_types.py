"""Round 9, part B (holdout7 as the development set): splits, when, types and dependencies, each
rule in every language it applies to, worded differently from the corpus (new people, topics, ids)."""

from datetime import datetime

import pytest

from task_runner.parse import parse_message

NOW = datetime(2026, 11, 20, 10, 0, 0).astimezone()  # a Friday, 10:00 local, as the corpora are scored


def _parse(text):
    return parse_message(text, now=NOW)


def _tasks(text):
    return _parse(text)["tasks"]


# ---- after a "then", the use of what came before ("use them to draft …", "usa isso para criar …",
# ---- "con eso arma …") leads to the step's own verb: a second task that depends on the first

@pytest.mark.parametrize("text, second", [
    ("look up the bus times to Leeds, then use them to draft a plan in trip.md", "trip.md"),
    ("busca los precios del gimnasio y luego usa eso para armar una tabla en gym.csv", "gym.csv"),
    ("busca los horarios del museo y luego úsalos para escribir un plan en visita.md", "visita.md"),
    ("averigua las tarifas del parking y después con eso arma un resumen en parking.md", "parking.md"),
    ("pesquisa os preços das bicicletas e depois usa isso para criar uma tabela bikes.csv", "bikes.csv"),
    ("cerca i prezzi dei voli per Bari, poi usa quei prezzi per preparare un confronto.md", "confronto.md"),
    ("cerca gli orari del museo, poi usali per scrivere un piano visita.md", "visita.md"),
    ("cherche les horaires du musée, puis utilise-les pour rédiger un plan visite.md", "visite.md"),
    ("cherche les tarifs des salles, puis utilise ça pour écrire un comparatif salles.md", "salles.md"),
    ("such die Öffnungszeiten vom Museum und dann nimm die Zeiten, um einen Plan in plan.md zu schreiben", "plan.md"),
])
def test_then_use_that_to_is_a_dependent_step(text, second):
    tasks = _tasks(text)
    assert len(tasks) == 2, [t["description"] for t in tasks]
    assert second in tasks[1]["description"] and tasks[1]["depends_on"] == [0], tasks
    assert tasks[1]["type"] == "file-creation", tasks[1]


def test_use_without_a_sequencer_stays_one_task():
    tasks = _tasks("fix the login bug and use the staging db")
    assert len(tasks) == 1, [t["description"] for t in tasks]
