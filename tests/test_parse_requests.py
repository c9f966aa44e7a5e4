"""Requests as people write them: "I need …" / "help me with …" in every language, verb-final
Japanese, chat verbs, and items that open with a number."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def descriptions(message: str) -> list[str]:
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake", doc
    return [task["description"] for task in doc["tasks"]]


@pytest.mark.parametrize("message, description", [
    ("I need a summary of the board minutes", "a summary of the board minutes"),
    ("help me with the cover letter for Acme", "the cover letter for Acme"),
    ("ayúdame con la carta de presentación", "la carta de presentación"),
    ("hilf mir mit der Bewerbung bei Siemens", "der Bewerbung bei Siemens"),
    ("j'ai besoin d'un résumé du rapport annuel", "résumé du rapport annuel"),
    ("aide-moi avec ma lettre de motivation", "ma lettre de motivation"),
    ("me ajuda com o currículo", "o currículo"),
    ("ho bisogno di un riassunto del bilancio", "un riassunto del bilancio"),
    ("aiutami con la lettera di presentazione", "la lettera di presentazione"),
    ("この3本の論文の要約が必要です", "この3本の論文の要約が必要です"),
])
def test_need_and_help_frames_are_requests(message, description):
    assert descriptions(message) == [description]


def test_a_need_frame_before_a_verb_stays_a_request_opener():
    assert descriptions("I need you to email Bob the slides") == ["email Bob the slides"]


@pytest.mark.parametrize("message", ["14日のポルトのホテルを探して", "2時間後にバックアップが終わったか確認して"])
def test_japanese_items_that_open_with_a_number(message):
    assert descriptions(message) == [message]


@pytest.mark.parametrize("message, kind", [
    ("die Präsi für den Kunden muss bis Freitag fertig sein", None), ("morgen früh die Werkstatt anrufen wegen dem Termin", "messaging"),
    ("今日のタスク：\n1）サーバーを確認\n2）席を予約", None),
])
def test_german_verb_last_deadline_statements_and_fullwidth_numbers(message, kind):
    tasks = parse_message(message, NOW)["tasks"]
    assert tasks and (kind is None or tasks[0]["type"] == kind)
    assert len(tasks) == message.count("）") or "）" not in message


def test_a_request_after_a_leading_time_phrase():
    tasks = parse_message("hey so first thing tomorrow can you check if the deploy went through, then ping the team", NOW)["tasks"]
    assert len(tasks) == 2 and tasks[0]["schedule"]["not_before"]


@pytest.mark.parametrize("message, description", [
    ("ti chiedo di mandare la fattura a Giulia", "mandare la fattura a Giulia"),
    ("me faz um favor: liga pro encanador", "liga pro encanador"),
    ("¿me haces el favor de llamar al fontanero?", "llamar al fontanero"),
])
def test_polite_request_openers(message, description):
    assert descriptions(message) == [description]


@pytest.mark.parametrize("message", ["寄一下快递给妈妈", "帮我问一下房东什么时候修水管", "市役所に住民票を申請して", "来週までに書類を提出して",
                                     "inscríbete en el curso de inglés", "renouvelle mon abonnement", "preenche o formulário",
                                     "compila il modulo", "bestätige den Termin"])
def test_everyday_verbs_in_every_language_are_requests(message):
    assert len(descriptions(message)) == 1
