"""Round 38, part A (mode and commands): a leading "while …" clause (mientras, während, pendant que, mentre,
enquanto) before the request, as English "while" already was."""

import pytest

from parsing import parse_at_now

# --- "while I'm away, text Joe …": the clause says for how long, the request follows its comma ------------

@pytest.mark.parametrize("text, cron", [
    ("while I'm in Lisbon, every Monday at 9 text Joe asking about the plants", "0 9 * * 1"),
    ("mientras estoy en Lisboa, todos los lunes a las 9 escríbele a Joe preguntando por las plantas", "0 9 * * 1"),
    ("während ich in Lissabon bin, schick Joe jeden Montag um 9 Uhr eine Nachricht", "0 9 * * 1"),
    ("pendant que je suis à Lisbonne, envoie un message à Joe pour les plantes", None),
    ("pendant qu'on est en vacances, envoie un message à Joe pour les plantes", None),
    ("enquanto eu estiver em Lisboa, toda segunda às 9h manda mensagem pro Joe perguntando das plantas", "0 9 * * 1"),
    ("mentre sono a Lisbona, ogni lunedì alle 9 scrivi a Joe per chiedere delle piante", "0 9 * * 1"),
    ("我在里斯本期间，每周一早上9点给Joe发消息问问植物怎么样", "0 9 * * 1"),
    ("リスボンにいる間、Joeに植物の様子を聞くメッセージを送って", None),
])
def test_a_leading_while_clause_opens_a_request(text, cron):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    assert doc["tasks"][0]["type"] == "messaging" and doc["tasks"][0]["schedule"]["cron"] == cron, doc
    assert not doc["commands"] and not doc["unsure"], doc


@pytest.mark.parametrize("text", [
    "mientras estamos fuera, el gato come en casa de Ana",
    "während wir weg sind, ist die Katze bei Anna",
    "mentre siamo via, il gatto sta da Anna",
    "enquanto estivermos fora, o gato fica com a Ana",
])
def test_a_while_clause_before_a_statement_asks_for_nothing(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
