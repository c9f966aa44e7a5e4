"""Round 10, part A (holdout8 as the development set; ja, en, es, de, zh): general rules for classes of
misses, each in every language it applies to, worded differently from the corpus."""

import pytest

from parsing import parse_at_now

# ---- a lookup whose result is kept in a named file ("… and save it in oats.md", "… y dejarlo en
# ---- hoteles.csv", "… in hotels.md ablegen", "…，整理到 hotels.md") is one task that makes that file

@pytest.mark.parametrize("text", [
    "look up the price of oats in Leeds and save it in oats.md",
    "¿me haces esto? comparar precios de hoteles en Quito y dejarlo en hoteles.csv",
    "busca el horario del ferry a Ibiza y guárdalo en ferry.md",
    "Preise für drei Hotels in Graz vergleichen und das Ergebnis in hotels.md ablegen",
    "帮我比较一下两家健身房的月费，整理到 gym.md",
    "查一下去成都的高铁票价，保存到 tickets.md",
    "cherche les horaires du musée d'Orsay et enregistre-le dans musee.md",
    "cerca gli orari del museo egizio e salvalo in museo.md",
    "pesquisa o preço do passe em Braga e guarda em passe.md",
    "京都の紅葉スポットを調べて koyo.md に保存して",
])
def test_a_lookup_kept_in_a_named_file_is_one_file_task(text):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == ["file-creation"], [(t["description"], t["type"]) for t in doc["tasks"]]
