"""Short status questions in every language: two task states, or anything finished."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


@pytest.mark.parametrize("message", [
    "done vs pending?", "anything finished overnight?", "¿ya terminó algo?",
    "oye, ¿me dices qué tareas siguen pendientes y cuáles están bloqueadas?", "quelque chose de fini cette nuit ?",
    "tu peux me dire ce qui est terminé, ce qui est en cours et ce qui est bloqué ?", "ça avance mes tâches ?",
    "alguma coisa terminou durante a noite?", "me fala o que já foi feito, o que tá pendente e o que travou?",
    "è finito qualcosa stanotte?", "mi dici cosa è già fatto, cosa è in corso e cosa è bloccato?",
    "昨晚有完成的吗", "夜のうちに終わったのある？",
])
def test_short_status_questions(message):
    doc = parse_message(message, NOW)
    assert (doc["mode"], doc["status"], doc["tasks"]) == ("intake", True, [])


@pytest.mark.parametrize("message", ["did you finish the essay?", "finish the essay?"])
def test_a_question_with_an_action_is_not_a_status_request(message):
    assert not parse_message(message, NOW)["status"]


@pytest.mark.parametrize("message, kind", [
    ("txt jen that i'm running late", "messaging"), ("lmk if the seats are gone", "messaging"),
    ("texto à Manon que j'arrive", "messaging"), ("微信跟小美说我十分钟后到", "messaging"),
])
def test_chat_verbs(message, kind):
    (task,) = parse_message(message, NOW)["tasks"]
    assert task["type"] == kind


@pytest.mark.parametrize("message, count", [
    ("duas coisas: descobre quanto custa o passaporte, e avisa meu chefe", 2),
    ("due cose: scopri quanto costa la carta d'identità, e avvisa il capo", 2),
    ("今天的任务：\n1）看看测试服务器有没有挂\n2）订周六的位子", 2),
    ("・箱根の温泉旅館を探す\n・母に電話する", 2),
])
def test_counted_enumerations_and_east_asian_list_marks(message, count):
    assert len(parse_message(message, NOW)["tasks"]) == count


def test_a_tell_me_status_question_in_german():
    doc = parse_message("kannst du mir kurz sagen welche Aufgaben noch offen sind und ob irgendwas hängt?", NOW)
    assert (doc["status"], doc["tasks"]) == (True, [])


@pytest.mark.parametrize("message", ["was läuft gerade?", "¿qué falló?", "今実行中のタスクは？", "what failed?"])
def test_what_plus_a_state_is_a_status_question(message):
    doc = parse_message(message, NOW)
    assert (doc["status"], doc["tasks"]) == (True, [])


@pytest.mark.parametrize("message, status", [
    ("mostra le attività bloccate", "blocked"), ("mostre as tarefas bloqueadas", "blocked"),
    ("montre-moi les tâches en cours", "running"), ("muéstrame las tareas terminadas", "done"),
    ("cosa sta girando adesso?", "running"), ("qu'est-ce qui tourne en ce moment ?", "running"),
    ("¿qué se está ejecutando ahora?", "running"), ("o que está rodando agora?", "running"),
])
def test_show_and_what_questions_name_the_state(message, status):
    doc = parse_message(message, NOW)
    assert doc["status"] and doc["status_query"]["status"] == status


@pytest.mark.parametrize("message", ["any updates?", "where are we at?", "gibt es was Neues?", "du nouveau ?", "alguma novidade?",
                                     "novità?", "有什么新进展吗？", "何か進展ある？", "¿alguna novedad?"])
def test_any_news_is_a_status_question(message):
    assert parse_message(message, NOW)["status"]


@pytest.mark.parametrize("message, kept", [
    ("compare Notion, Coda and Airtable for the team wiki", "Coda"),  # it. coda = the queue
    ("Do these:\n1. compare Notion and Coda\n2. book the room", "Coda"),
    ("bitte vergleiche Jira, Queue und Linear für das Team", "Queue"),
    ("compara Trello, Lista y Asana para el equipo", "Lista"),
    ("confronta Todoist, Tasks e Things per il gruppo", "Tasks"),
])
def test_a_name_listed_after_a_task_verb_is_not_a_status_request(message, kept):
    """A word that is the queue in some language's status table, listed among the objects of a
    task, stays in that task's words (it once vanished from the description)."""
    doc = parse_message(message, NOW)
    assert doc["status"] is False
    assert any(kept in task["description"] for task in doc["tasks"]), doc["tasks"]


@pytest.mark.parametrize("message", ["hey, task status", "ok, queue status pls", "mostrami la coda", "la coda",
                                     "hola, ¿la lista?"])
def test_a_bare_queue_noun_is_still_a_status_request(message):
    assert parse_message(message, NOW)["status"] is True
