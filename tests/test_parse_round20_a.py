"""Round 20, part A (holdout14's misses in en, es, de, zh): a date, then a request frame, then the verb
("antes del viernes hay que mandar …"): the verb decides the type and the item is a request, and a
list of verbs under one frame stays one item; "and after 6pm …" is a start time, no condition."""

import pytest

from parsing import parse_at_now


# ---- a date, a request frame, a verb: "antes del jueves hay que enviar …, y busca …"
@pytest.mark.parametrize("text, first", [
    ("antes del jueves hay que enviar a la cooperativa el informe de kilos, y busca también qué dice la normativa", "messaging"),
    ("antes del viernes hay que mandar al ayuntamiento la solicitud, y mañana busca un cerrajero", "messaging"),
    ("até sexta tem que enviar o relatório pro contador, e amanhã procura um eletricista", "messaging"),
    ("d'ici vendredi il faut envoyer le devis à Paul, et demain cherche un plombier", "messaging"),
    ("entro venerdì bisogna mandare il preventivo a Luca, e domani cerca un idraulico", "messaging"),
])
def test_a_request_frame_after_a_date(text, first):
    doc = parse_at_now(text)
    assert doc["unsure"] == [] and len(doc["tasks"]) == 2
    assert doc["tasks"][0]["type"] == first and doc["tasks"][0]["schedule"]["due"]
    assert doc["tasks"][1]["type"] == "info-lookup" and doc["tasks"][1]["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "d'ici vendredi midi il faut vérifier le relevé de la chambre froide, écrire à Metro pour le bar et imprimer le tableau",
    "antes del viernes hay que revisar la caldera, llamar al técnico y pagar la factura",
])
def test_a_list_of_verbs_under_one_frame_keeps_its_date(text):
    doc = parse_at_now(text)  # the date is the whole list's: never one dated item and undated others
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["due"]


# ---- "…, and after 6pm look up …": a start time, not a condition on the item before
@pytest.mark.parametrize("text", [
    "text the guests the code, and after 6pm look up a plumber",
    "weekdays at 7:30 text the guests the check-in code, and after 6pm today look up a plumber for the tap",
    "email Bob the report, and after 5 pm call the bank",
])
def test_and_after_a_clock_time_is_a_start(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [] and doc["tasks"][1]["schedule"]["not_before"]


def test_and_after_it_is_done_still_waits():
    doc = parse_at_now("write the report, and after it is done email Bob")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]
