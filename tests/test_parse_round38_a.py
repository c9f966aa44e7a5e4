"""Round 38, part A (mode and commands): a leading "while …" clause (mientras, während, pendant que, mentre,
enquanto) before the request, as English "while" already was."""

import pytest

from parsing import commands_of, parse_at_now

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


# --- "how many tasks failed?": a count of the tasks in a state, no how-to question -------------------------

@pytest.mark.parametrize("text, state", [
    ("how many tasks failed while I was on the train?", "blocked"),
    ("how many tasks finished overnight?", "done"),
    ("¿cuántas tareas fallaron mientras dormía?", "blocked"),
    ("wie viele Aufgaben sind fehlgeschlagen?", "blocked"),
    ("有多少任务失败了？", "blocked"),
    ("combien de tâches ont échoué ?", "blocked"),
    ("quantas tarefas falharam?", "blocked"),
    ("quante attività sono fallite?", "blocked"),
    ("失敗したタスクはいくつ？", "blocked"),
])
def test_how_many_tasks_in_a_state_asks_for_the_status(text, state):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] and not doc["tasks"], doc
    assert doc["status_query"]["status"] == state, doc


def test_how_many_of_something_else_is_still_no_status():
    assert not parse_at_now("how many tasks should I add for the move?")["status"]


# --- "gibt's was Blockiertes?": the state as a noun (German) -------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("gibt's was Blockiertes?", "blocked"),
    ("gibt es irgendwas Fertiges?", "done"),
    ("gibt es noch was Offenes?", "pending"),
    ("ist was Fehlgeschlagenes dabei?", "blocked"),
])
def test_a_nominalised_state_after_anything_asks_for_the_status(text, state):
    doc = parse_at_now(text)
    assert doc["status"] and doc["status_query"]["status"] == state and not doc["tasks"], doc


def test_a_nominalised_state_inside_a_request_is_no_status():
    doc = parse_at_now("schreib was Offenes über die Reise")
    assert not doc["status"] and len(doc["tasks"]) == 1, doc


# --- "ブロックされてるやつある？": a state, then "one/anything" (CJK, a token a character) -----------------------

@pytest.mark.parametrize("text", ["ブロックされてるやつある？", "失敗したのある？", "卡住的有吗？", "失败的有没有？"])
def test_a_cjk_state_then_anything_asks_for_the_status(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["status_query"]["status"] == "blocked" and not doc["tasks"], doc


def test_a_cjk_state_then_a_request_is_a_task():
    doc = parse_at_now("ブロックされてるやつを直して")
    assert not doc["status"] and len(doc["tasks"]) == 1, doc


# --- "T-30、急ぎで！": "urgent" may end the sentence after a comma, like the other control verbs ----------------

@pytest.mark.parametrize("text", [
    "T-30、急ぎで！",
    "T-30は先方が待ってるので、急ぎでお願い",
    "T-30，加急！",
    "T-30, urgent!",
    "T-30, urgente por favor",
    "T-30, dringend!",
    "T-30, c'est urgent !",
    "T-30, é urgente!",
    "T-30, urgente!",
])
def test_urgent_after_a_comma_marks_the_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("urgent", ["T-30"], None)] and not doc["tasks"] and not doc["unsure"], doc


# --- Rioplatense voseo: "pausá todo hasta …", "retomá todo" ------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("pausá todo hasta que volvamos de Salta", "pause"),
    ("pausá la fila hasta el lunes", "pause"),
    ("poné en pausa todo hasta el lunes", "pause"),
    ("retomá todo", "resume"),
    ("reanudá la fila, ya llegamos", "resume"),
])
def test_voseo_queue_verbs(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, [], "all")] and not doc["tasks"], doc


# --- "T-36はもういらないのでスキップ": what is said of the ids, then "so", then the verb: the verb is the command -----

@pytest.mark.parametrize("text, ids", [
    ("T-36はもういらないのでスキップ", ["T-36"]),
    ("T-36とT-38はもういらないからスキップして", ["T-36", "T-38"]),
    ("T-36不需要了，所以跳过吧", ["T-36"]),
    ("T-36 is no longer needed, so skip it", ["T-36"]),
    ("T-36 brauchen wir nicht mehr, also überspringen", ["T-36"]),
    ("T-36 não é mais necessária, então pula", ["T-36"]),
    ("T-36 non serve più, quindi saltala", ["T-36"]),
])
def test_the_verb_after_a_reason_is_the_command(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("skip", ids, None)] and not doc["tasks"], doc


@pytest.mark.parametrize("text", ["T-36はもういらない", "T-36はもういらないのでキャンセル", "T-36不需要了"])
def test_no_longer_needed_alone_still_cancels(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("cancel", ["T-36"], None)], doc


# --- checking in for a flight is an action in every language (einchecken, 办理值机, チェックインして) ----------------

@pytest.mark.parametrize("text", [
    "in 2 hours check me in online for BA 123",
    "en 2 horas haz el check-in online del vuelo IB 123",
    "in 2 Stunden bitte für LH 123 online einchecken",
    "明天早上7点帮我办理值机，CA 123",
    "dans 2 heures fais l'enregistrement en ligne du vol AF 123",
    "daqui a 2 horas faz o check-in online do voo TP 123",
    "2時間後にJL123のオンラインチェックインをして",
    "tra 2 ore fai il check-in online del volo AZ 123",
])
def test_a_check_in_is_a_task_with_its_start(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    assert doc["tasks"][0]["schedule"]["not_before"], doc


# --- a negated condition without a comma: "if Rosa hasn't replied send her a reminder" --------------------------

@pytest.mark.parametrize("text", [
    "if Rosa hasn't replied send her a reminder",
    "si Rosa no ha contestado mándale un recordatorio",
    "wenn Rosa nicht geantwortet hat schick ihr eine Erinnerung",
    "如果Rosa还没回复就给她发个提醒",
    "si Rosa n'a pas répondu envoie-lui un rappel",
    "se a Rosa não respondeu manda um lembrete pra ela",
    "Rosaから返事がなかったらリマインドを送って",
    "se Rosa non ha risposto mandale un promemoria",
])
def test_a_negated_condition_without_a_comma_then_the_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and doc["tasks"][0]["type"] == "messaging", doc


@pytest.mark.parametrize("text", [
    "if Rosa hasn't replied I will call her myself",
    "si Rosa no contesta no pasa nada",
    "si Rosa no contesta yo la llamo",
    "se Rosa non risponde non fa niente",
])
def test_a_negated_condition_then_a_statement_asks_for_nothing(text):
    assert parse_at_now(text)["tasks"] == []


# --- the input method's homophone 恢服 of 恢复 (huīfù) ----------------------------------------------------------

@pytest.mark.parametrize("text", ["恢服所有任务吧", "队列全部恢服"])
def test_the_homophone_of_resume(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("resume", [], "all")] and not doc["tasks"], doc


def test_a_word_holding_a_near_homophone_of_cancel_is_left_alone():
    doc = parse_at_now("帮我写一份提取效率的报告")
    assert not doc["commands"] and "提取效率" in doc["tasks"][0]["description"], doc
