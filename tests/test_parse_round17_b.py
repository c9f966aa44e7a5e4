"""Round 17, part B (holdout12 as the development set, fr/pt/ja/it misses): general rules for
classes of misses, each in every language it applies to, worded differently from the corpus."""

import pytest

from parsing import parse_at_now

# ---- a deadline first, then a need, a comma and a second request: the need is the first task's request
# ---- ("d'ici lundi il me faut …, et cherche aussi …"), so the request after the comma is a task of its own


@pytest.mark.parametrize("text, second", [
    ("pour mardi il me faut les badges en pdf, et trouve un photographe à Rennes", "photographe"),
    ("for monday I need the seating plan in seats.xlsx, and find a florist in Leeds too", "florist"),
])
def test_a_need_after_a_leading_for_date_then_a_second_request(text, second):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and not doc["unsure"] and second in doc["tasks"][1]["description"], doc


@pytest.mark.parametrize("text, second", [
    ("d'ici jeudi il me faut le planning dans planning.xlsx, et cherche aussi un traiteur à Nantes", "traiteur"),
    ("até sexta preciso do orçamento em orcamento.xlsx, e procura também um buffet em Recife", "buffet"),
    ("entro martedì mi serve il preventivo in pdf, e cerca anche un fotografo a Bari", "fotografo"),
    ("before tuesday I need the seating plan in seats.xlsx, and find a florist in Leeds too", "florist"),
])
def test_a_need_after_a_leading_deadline_then_a_second_request(text, second):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and not doc["unsure"], doc
    first, other = doc["tasks"]
    assert first["schedule"]["due"] and second in other["description"] and not other["schedule"]["due"], doc
    assert other["type"] == "info-lookup", doc


def test_a_leading_deadline_and_need_without_a_comma_stays_one_task():
    doc = parse_at_now("d'ici jeudi il me faut le planning et le menu dans planning.xlsx")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["due"], doc
