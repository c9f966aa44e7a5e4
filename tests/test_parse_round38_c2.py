"""Round 38, part C2 (types): asking a person named by a role after a "to" word that carries the
article ("pede pro porteiro …", "chiedi alla signora Pina …", "demande à la gardienne …") is a message."""

import pytest

from parsing import tasks_at_now

# --- "<ask verb> <to word> <role> …": a person is asked, so the task sends a message ----------------

@pytest.mark.parametrize("text", [
    "ask the doorman to keep my parcels for me",
    "pregunta al portero si puede quedarse con mis paquetes",
    "pídele a la conserje que me guarde las cartas",
    "frag den Pförtner, ob er meine Pakete annimmt",
    "demande à la gardienne si elle peut garder mes colis",
    "pede pro porteiro segurar meus pacotes",
    "pede à vizinha para regar as plantas",
    "chiedi alla signora Lucia se può tenermi i pacchi",
    "chiedi al portiere di tenermi i pacchi",
])
def test_asking_a_person_named_by_a_role_is_messaging(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] == ["messaging"]
    assert [task["schedule"] for task in tasks] == [{"cron": None, "due": None, "not_before": None}]


@pytest.mark.parametrize("text, kind", [
    ("faz pro cliente um resumo dos pedidos em pedidos.docx", "file-creation"),  # made for a role, no one is asked
    ("chiedi alla banca il saldo del conto", "info-lookup"),                      # an institution is no role
])
def test_a_role_that_is_not_asked_keeps_its_type(text, kind):
    assert [task["type"] for task in tasks_at_now(text)] == [kind]
