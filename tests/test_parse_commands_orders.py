"""Control commands as people write them in eight languages: the id before or after the verb,
one-letter typos, ranges and lists, notes returned exactly as written."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def commands(message: str) -> list[tuple]:
    return [(c["verb"], c["ids"], c["selector"]) for c in parse_message(message, NOW)["commands"]]


@pytest.mark.parametrize("message, verb", [
    ("T-12 skip", "skip"), ("T-12 cancelar", "cancel"), ("T-12 ignorer", "skip"), ("T-12 pular", "skip"),
    ("T-12 reintentar", "retry"), ("T-12 annullare", "cancel"), ("T-12をスキップしてください", "skip"),
    ("T-12は完了しました", "done"), ("T-12 nochmal versuchen", "retry"), ("T-12 取消", "cancel"),
])
def test_id_before_the_verb(message, verb):
    assert commands(message) == [(verb, ["T-12"], None)]


@pytest.mark.parametrize("message", ["the T-12 skip list is long", "T-12 skip this time"])
def test_a_verb_after_the_id_must_end_the_clause(message):
    assert commands(message) == []


@pytest.mark.parametrize("message, verb", [
    ("reintena T-04", "retry"), ("cancle T-04", "cancel"), ("annlue T-04", "cancel"), ("T-04 retyr", "retry"),
    ("sutlta T-04", None),
])
def test_one_letter_typos_in_verbs_of_five_letters(message, verb):
    assert commands(message) == ([(verb, ["T-04"], None)] if verb else [])


def test_a_real_word_is_never_read_as_a_typo():
    assert commands("never mind about T-03") == [("cancel", ["T-03"], None)]  # "about" is not "abort"


@pytest.mark.parametrize("message", [
    "cancel T-03 to T-05", "cancela de T-03 a T-05", "storniere T-03 bis T-05", "取消T-03到T-05",
    "annule de T-03 à T-05", "cancela da T-03 até a T-05", "T-03からT-05までキャンセルして", "annulla da T-03 a T-05",
])
def test_ranges_in_every_language(message):
    assert commands(message) == [("cancel", ["T-03", "T-04", "T-05"], None)]


@pytest.mark.parametrize("message", [
    "skip T-02 and T-06", "salta T-02 y T-06", "überspringe T-02 und T-06", "跳过T-02和T-06",
    "saute T-02 et T-06", "pula T-02 e T-06", "T-02とT-06をスキップして", "salta T-02 e T-06",
])
def test_lists_in_every_language(message):
    assert commands(message) == [("skip", ["T-02", "T-06"], None)]


def test_several_commands_with_different_verbs():
    assert commands("skip T-02, retry T-05 and cancel T-07") == [
        ("skip", ["T-02"], None), ("retry", ["T-05"], None), ("cancel", ["T-07"], None)]


@pytest.mark.parametrize("message, note", [
    ('retry T-04 with "the prod key"', 'with "the prod key"'),
    ("retry T-04 but use `make deploy --env=prod`", "but use `make deploy --env=prod`"),
    ("retry T-04 with https://example.com/a?b=1&c=2", "with https://example.com/a?b=1&c=2"),
    ("retry T-04 with teh «staging» creds", "with teh «staging» creds"),  # the typo repair stays internal
    ("reintenta T-04 con 'la clave nueva'", "con 'la clave nueva'"),
])
def test_notes_come_back_exactly_as_written(message, note):
    (command,) = parse_message(message, NOW)["commands"]
    assert command["note"] == note


@pytest.mark.parametrize("message", [
    "retry all blocked", "reintenta todas las bloqueadas", "alle blockierten nochmal versuchen", "把所有失败的任务重试一遍",
    "relance toutes les tâches bloquées", "ブロックされてるの全部リトライして",
])
def test_retry_all_blocked_in_every_language(message):
    assert commands(message) == [("retry", [], "blocked")]


@pytest.mark.parametrize("message, note", [
    ('réessaie T-14 avec "le token de prod"', 'avec "le token de prod"'),
    ('refaz a T-10 com "a chave de produção"', 'com "a chave de produção"'),
    ("T-09を再実行して、オプションは `--dry-run` で", "オプションは `--dry-run` で"),
    ("riprova T-09 con `make test`", "con `make test`"),
])
def test_notes_in_every_language(message, note):
    (command,) = parse_message(message, NOW)["commands"]
    assert command["note"] == note


def test_a_range_written_with_two_dots_and_a_second_japanese_command():
    assert commands("T-03..T-05 riprova") == [("retry", ["T-03", "T-04", "T-05"], None)]
    assert commands("T-06は完了にして、T-08はキャンセルで") == [("done", ["T-06"], None), ("cancel", ["T-08"], None)]


def test_mark_two_ids_two_ways():
    assert commands("mark T-05 as done and T-06 as skipped") == [("done", ["T-05"], None), ("skip", ["T-06"], None)]


@pytest.mark.parametrize("message", ["annule tout ce qui est en attente", "cancela todo lo que está pendiente",
                                     "cancel everything that is pending", "annulla tutto quello che è in sospeso"])
def test_all_that_is_pending(message):
    assert commands(message) == [("cancel", [], "pending")]


def test_chinese_ba_with_two_ids():
    assert commands("把T-03和T-04都跳过") == [("skip", ["T-03", "T-04"], None)]


@pytest.mark.parametrize("message, verb", [
    ("vuelve a intentar la T-06", "retry"), ("a T-06 já está pronta", "done"), ("rifai la T-06", "retry"),
    ("T-06 n'est plus nécessaire", "cancel"), ("olvídate de la T-06", "cancel"), ("lascia perdere la T-06", "skip"),
    ("T-06はもういらない", "cancel"), ("把T-06标记为已完成", "done"),
])
def test_synonyms_in_every_language(message, verb):
    assert commands(message) == [(verb, ["T-06"], None)]


@pytest.mark.parametrize("message", [
    "salta la T-03 y añade una tarea: comprar pilas", "überspring T-03 und neue Aufgabe: Batterien kaufen",
    "saute T-03 et ajoute une tâche : acheter des piles", "pula a T-03 e adiciona uma tarefa: comprar pilhas",
    "salta la T-03 e aggiungi un'attività: comprare le pile", "跳过T-03，再加一个任务：买电池",
    "T-03はスキップして、新しいタスク：電池を買う",
])
def test_a_command_then_a_new_task(message):
    doc = parse_message(message, NOW)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("skip", ["T-03"], None)]
    assert len(doc["tasks"]) == 1


@pytest.mark.parametrize("message", ["retry T-04 and also email Bob the report", "重试T-04，另外把报告发给Bob",
                                     "T-04を再試行して、あとボブにレポートを送って", "reintenta la T-04 y también manda el informe a Bob"])
def test_a_command_then_also_a_task(message):
    doc = parse_message(message, NOW)
    assert [(c["verb"], c["note"]) for c in doc["commands"]] == [("retry", None)] and len(doc["tasks"]) == 1
