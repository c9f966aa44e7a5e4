"""depends_on: order made explicit by sequencers, results, pronouns, definite references, and ids
of existing tasks."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def links(message: str) -> list[list]:
    doc = parse_message(message, NOW)
    return [task["depends_on"] for task in doc["tasks"]]


@pytest.mark.parametrize("message, expected", [
    ("look it up and text it to my wife", [[], [0]]),
    ("download the logs, then grep them for timeouts", [[], [0]]),
    ("run the test suite and fix whatever fails", [[], [0]]),
    ("pull the survey results and with the result build a chart of NPS", [[], [0]]),
    ("1. write the pricing report\n2. book the meeting room\n3. send the report to Ana", [[], [], [0]]),
    ("1. write a short bio\n2. resize my headshot\n3. send both to the organisers", [[], [], [0, 1]]),
    ("1. scrape the listings\n2. dedupe them\n3. email me the list", [[], [0], []]),
    ("1. research standing desks\n2. order the best one", [[], [0]]),
    ("1. call the plumber\n2. buy bread", [[], []]),
    ("check whether the API responds, and if it does, run the integration tests", [[], [0]]),
    ("back up the database. Once the backup is done, upgrade postgres", [[], [0]]),
])
def test_dependencies_within_a_message(message, expected):
    assert links(message) == expected


@pytest.mark.parametrize("message", [
    "add task: after T-06 finishes, email the results to Priya",
    "once T-06 is done, deploy the frontend",
    "queue this after T-06: rebuild the search index",
    "when T-06 is done, send the deck to the board",
])
def test_existing_task_ids(message):
    doc = parse_message(message, NOW)
    assert doc["commands"] == [] and doc["status"] is False
    assert links(message) == [["T-06"]]


@pytest.mark.parametrize("message, task_id", [
    ("quand T-03 est terminée, envoie le résultat à Nicolas", "T-03"),
    ("quando T-02 è finito, manda il risultato a Francesca", "T-02"),
    ("quando a T-02 terminar, manda o resultado pra Fernanda", "T-02"),
    ("等 T-01 完成以后，把结果发给赵老师", "T-01"), ("T-01が終わったら、結果を中村先生に送って", "T-01"),
    ("cuando termine T-02, manda el informe a Raúl", "T-02"), ("wenn T-06 fertig ist, schick das Ergebnis an Frau Schulz", "T-06"),
])
def test_waiting_for_an_existing_task_in_every_language(message, task_id):
    doc = parse_message(message, NOW)
    assert doc["commands"] == [] and not doc["status"]
    (task,) = doc["tasks"]
    assert task["depends_on"] == [task_id]


@pytest.mark.parametrize("message, count", [
    ("福岡で美味しいラーメン屋を探して、鈴木さんに会議のリンクを送って、領収書用のフォルダを作ってください", 3),
    ("先月の売上データをダウンロードして、それからグラフを作ってください", 2),
])
def test_japanese_te_form_requests_split(message, count):
    assert len(parse_message(message, NOW)["tasks"]) == count


@pytest.mark.parametrize("message", [
    "corre los tests y si pasan, despliega a producción", "lance les tests et s'ils passent, déploie en prod",
    "roda os testes e se passarem, faz o deploy", "esegui i test e se passano, fai il deploy", "跑一下测试，如果通过就部署",
    "テストを実行して、通ったらデプロイして", "busca los precios y con los resultados haz una tabla",
])
def test_conditions_and_results_link_to_the_task_before(message):
    first, second = parse_message(message, NOW)["tasks"]
    assert second["depends_on"] == [0]
