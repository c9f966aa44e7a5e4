"""Round 41, part C (types, dependencies, when): a courtesy title before a surname ("relance madame
Durand", "cobra o seu Paulo", "pídele a doña Carmen") names the person the request goes to."""

import pytest

from parsing import tasks_at_now

# --- "relance madame Durand …": a courtesy title, then a capitalised name, is a person -------------------


@pytest.mark.parametrize("text", [
    "ask Mrs Byrne whether the quote for the hedge still stands",
    "relance madame Durand pour la facture 12 de septembre",
    "relance monsieur Lefort pour le devis de la cuisine",
    "demande à mademoiselle Roux si la salle est libre samedi",
    "cobra o seu Paulo da fatura atrasada de outubro",
    "pede pra dona Cida a chave do depósito",
    "pregúntale a don Julián si tiene ya el presupuesto",
    "pídele a doña Carmen las llaves del local",
    "chiedi al signor Bianchi se ha il preventivo della caldaia",
    "frag Frau Krüger, ob der Termin am Montag steht",
])
def test_a_courtesy_title_before_a_name_is_a_person_to_message(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] == ["messaging"], tasks

