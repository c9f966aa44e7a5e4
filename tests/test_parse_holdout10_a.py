"""Round 13, part A (holdout10 as the development set, en/es/de/zh misses): general rules for
classes of misses, each in every language it applies to, worded differently from the corpus.
Grouped by category: commands and status; splits; when and schedules; types; dependencies."""

import pytest

from parsing import commands_of, parse_at_now

# ======================================================================================= commands, status

# ---- the user's reason after a pause/resume is no part of the command ("pause it all because …",
# ---- es/pt "que …" said as "because"), and a spaced dash sets a clause apart like a comma

@pytest.mark.parametrize("text, command", [
    ("pause the whole queue because the router is being rebooted", ("pause", [], "all")),
    ("pausa la cola un momento que voy a reiniciar el servidor", ("pause", [], "all")),
    ("pausa todo porque se cayó la luz", ("pause", [], "all")),
    ("alles pausieren, bitte, weil der Server neu startet", ("pause", [], "all")),
    ("alles pausieren weil der Server neu startet", ("pause", [], "all")),
    ("mets tout en pause parce que je change de box", ("pause", [], "all")),
    ("pausa tudo que vou trocar a senha", ("pause", [], "all")),
    ("metti in pausa tutto perché cambio il router", ("pause", [], "all")),
    ("暂停所有任务因为我要换路由器", ("pause", [], "all")),
    ("okay – resume the queue", ("resume", [], "all")),
    ("gut — Warteschlange wieder fortsetzen", ("resume", [], "all")),
])
def test_a_reason_or_a_dash_ends_the_queue_clause(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command] and not doc["tasks"], doc


# ---- es voseo "podés" is a request like "puedes" (Río de la Plata)

@pytest.mark.parametrize("text, command", [
    ("ya podés reanudar la cola", ("resume", [], "all")),
    ("¿podés pausar el grupo fotos?", ("pause", [], "all")),
])
def test_voseo_request(text, command):
    assert commands_of(parse_at_now(text)) == [command]


def test_voseo_request_before_a_task():
    doc = parse_at_now("podés buscarme un vuelo a Salta para el viernes")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["description"].startswith("buscarme")


# ---- zh: "that group" (那组) names the group; 都取消掉 / 重新试一下 after the ids (and the common
# ---- homophone misspelling 从新); the to-do list's state and "anything stuck?" are status questions

@pytest.mark.parametrize("text, command, note", [
    ("暂停「装修」那组", ("pause", [], "all"), "装修"),
    ("恢复家务这组的任务", ("resume", [], "all"), "家务"),
])
def test_zh_that_group(text, command, note):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command] and note in doc["commands"][0]["note"], doc


@pytest.mark.parametrize("text, command", [
    ("把T-3到T-5都取消掉", ("cancel", ["T-03", "T-04", "T-05"], None)),
    ("T-7和T-8都删掉吧", ("cancel", ["T-07", "T-08"], None)),
    ("T-12 重新试一下", ("retry", ["T-12"], None)),
    ("T-12 从新跑一下", ("retry", ["T-12"], None)),
])
def test_zh_control_after_the_ids(text, command):
    assert commands_of(parse_at_now(text)) == [command]


@pytest.mark.parametrize("text", ["我的待办清单现在怎么样", "有没有卡住的？", "任務清單現在怎樣？"])
def test_zh_todo_list_state_is_status(text):
    doc = parse_at_now(text)
    assert doc["status"] and not doc["tasks"], doc


def test_zh_adding_to_the_todo_list_is_no_status():
    assert not parse_at_now("把买牛奶加到待办清单")["status"]


# ---- a priority said again after "urgent" ("…, put it ahead of everything") is part of the command

@pytest.mark.parametrize("text, command", [
    ("la T-9 es urgente, ponla al frente", ("urgent", ["T-09"], None)),
    ("la T-9 es urgente, pásala delante de todo", ("urgent", ["T-09"], None)),
    ("la T-9 è urgente, mettila davanti a tutto", ("urgent", ["T-09"], None)),
    ("T-9 is urgent, move it to the front", ("urgent", ["T-09"], None)),
])
def test_priority_restated_after_urgent(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command] and not doc["tasks"], doc


# ======================================================================================= mode (verbs, greetings)

@pytest.mark.parametrize("text", [
    "guck mal ob die Werkstatt Samstag offen hat",
    "bitte die alten Wiki-Seiten nach Confluence migrieren",
    "parce, búscame un hostal en Medellín para el puente",
    "parcera necesito que revises el contrato del arriendo",
])
def test_verbs_and_greetings_read_as_intake(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc


# ======================================================================================= unsure (hedges)

@pytest.mark.parametrize("text", [
    "ocúpate de lo del garaje, ya sabes cómo es",
    "kümmer dich um die Sache mit dem Keller, du weißt ja wie das ist",
    "sort out the garage thing, you know how it is",
])
def test_you_know_how_it_is_is_a_hedge(text):
    assert parse_at_now(text)["unsure"]


# ======================================================================================= when and schedules

def _starts(doc: dict) -> list:
    return [t["schedule"]["not_before"] for t in doc["tasks"]]


# ---- a start time cut off by an order word ("tomorrow morning first, …") still opens the request

@pytest.mark.parametrize("text", [
    "tomorrow morning first, ring the glazier",
    "morgen früh als Erstes den Glaser anrufen",
    "mañana por la mañana primero llama al cristalero",
    "demain matin d'abord appelle le vitrier",
])
def test_start_time_before_an_order_word(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and _starts(doc)[0] is not None, doc


# ---- a day word of its own ("and today still …") is not given the start time that opened the sentence

@pytest.mark.parametrize("text", [
    "morgen früh als Erstes den Glaser anrufen – und heute noch die Rechnung prüfen",
    "tomorrow morning ring the glazier and today check the invoice",
])
def test_own_day_word_keeps_the_opening_start_away(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and _starts(doc)[0] is not None and _starts(doc)[1] is None, doc


# ---- zh "every N hours" with the counting two 两 and the measure word 个 (also traditional)

@pytest.mark.parametrize("text, cron", [
    ("每隔两个小时看一下服务器负载", "0 */2 * * *"),
    ("每兩個小時查一下庫存", "0 */2 * * *"),
    ("每隔三个小时备份一下数据库", "0 */3 * * *"),
])
def test_zh_every_two_hours(text, cron):
    assert [t["schedule"]["cron"] for t in parse_at_now(text)["tasks"]] == [cron]
