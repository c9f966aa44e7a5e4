"""Round 34 part d: control commands said in more ways, status questions, and pause fillers."""

import pytest

from task_runner.parse import parse_message


def _commands(message):
    return [(c["verb"], c["ids"]) for c in parse_message(message)["commands"]]


@pytest.mark.parametrize("message, expected", [
    ("T-7 devient urgente. et saute T-8", [("urgent", ["T-07"]), ("skip", ["T-08"])]),
    ("T-30 et T-31 c'est bon, je les ai finis", [("done", ["T-30", "T-31"])]),
    ("T-12 : je l'ai terminé", [("done", ["T-12"])]),
    ("ya están terminadas la T-21 y la T-22", [("done", ["T-21", "T-22"])]),
    ("já estão prontas a T-5 e a T-6", [("done", ["T-05", "T-06"])]),
    ("T-50とT-51、両方とも完了です", [("done", ["T-50", "T-51"])]),
    ("T-50 and T-51, both done", [("done", ["T-50", "T-51"])]),
])
def test_done_and_urgent_phrases(message, expected):
    doc = parse_message(message)
    assert _commands(message) == expected
    assert doc["tasks"] == [] and not doc["unsure"]


@pytest.mark.parametrize("message", ["¿ya está terminada la T-9?", "já está pronta a T-9?"])
def test_a_state_before_the_ids_in_a_question_asks_it(message):
    doc = parse_message(message)
    assert doc["commands"] == [] and doc["status"] is True


def test_a_comma_before_the_next_commands_verb_still_parts_them():
    assert _commands("取消T-7，跳过T-8") == [("cancel", ["T-07"]), ("skip", ["T-08"])]


def test_an_answer_after_a_joining_word():
    doc = parse_message("T-70をキャンセルして。あとT-71について：はい、午前中でお願いします")
    assert _commands("T-70をキャンセルして。あとT-71について：はい、午前中でお願いします") == [
        ("cancel", ["T-70"]), ("answer", ["T-71"])]
    assert doc["tasks"] == []


@pytest.mark.parametrize("message", [
    "T-9 failed again?? rerun it please, the server is back now",
    "T-9 a encore planté ?! relance-la, le serveur remarche",
    "T-9 ist wieder fehlgeschlagen?! versuch es nochmal, der Server läuft wieder",
])
def test_a_retry_said_with_a_pronoun_after_a_question_and_its_reason(message):
    doc = parse_message(message)
    assert _commands(message) == [("retry", ["T-09"])]
    assert doc["status"] is False and doc["tasks"] == []
    assert doc["commands"][0]["note"]


def test_a_pronoun_retry_then_a_new_task_keeps_the_task():
    doc = parse_message("T-9 failed again. retry it, then email Bob the report")
    assert any("Bob" in t["description"] for t in doc["tasks"])


@pytest.mark.parametrize("message", ["como é que estão as minhas tarefas?", "como é que vão os meus pedidos?"])
def test_pt_status_question_with_e_que(message):
    doc = parse_message(message)
    assert doc["mode"] == "intake" and doc["status"] is True


def test_pt_how_to_with_e_que_stays_a_how_to():
    assert parse_message("como é que eu adiciono uma tarefa?")["mode"] == "none"


def test_ja_pause_for_a_while():
    doc = parse_message("当分全部一時停止しておいて。来週は出張なので")
    assert [(c["verb"], c["selector"]) for c in doc["commands"]] == [("pause", "all")]
    assert doc["tasks"] == []
