"""Round 41, part B (splits): a dictation opener that asks to take the message down while the user is
on the move ("note this down, I'm driving", "schreib mit, ich lauf grad zum Bus") is no task of its own."""

import pytest

from parsing import descriptions_at_now

# --- "take this down, I'm on the bus": the opener before dictated requests asks nothing ---------------


@pytest.mark.parametrize("text, want", [
    ("take this down I'm on the bus call the plumber and book the van service",
     ["call the plumber", "book the van service"]),
    ("note this down, I'm driving: call the plumber and book the van service",
     ["call the plumber", "book the van service"]),
    ("apunta esto que voy conduciendo llama al fontanero y reserva la revisión de la furgoneta",
     ["llama al fontanero", "reserva la revisión de la furgoneta"]),
    ("schreib mit ich lauf grad zum bus ruf den Klempner an und buch den Werkstatttermin",
     ["ruf den Klempner an", "buch den Werkstatttermin"]),
    ("note ça, je conduis : appelle le plombier et réserve la révision du camion",
     ["appelle le plombier", "réserve la révision du camion"]),
    ("anota aí que tô dirigindo: liga pro encanador e marca a revisão da van",
     ["liga pro encanador", "marca a revisão da van"]),
    ("segnati questo che sto guidando chiama l'idraulico e prenota il tagliando del furgone",
     ["chiama l'idraulico", "prenota il tagliando del furgone"]),
])
def test_a_dictation_opener_on_the_move_is_no_task(text, want):
    assert descriptions_at_now(text) == want
