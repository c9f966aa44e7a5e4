"""Round 20, part A (holdout14's misses in en, es, de, zh): a date, then a request frame, then the verb
("antes del viernes hay que mandar …"): the verb decides the type and the item is a request, and a
list of verbs under one frame stays one item; "and after 6pm …" is a start time, no condition; a
task id typed with a space ("t 75", "la T 115", "T 121 跳过") is an id in every language; a write
verb, a name, a comma and a question word ("schreib Katrin, wann …") is a message."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a date, a request frame, a verb: "antes del jueves hay que enviar …, y busca …"
@pytest.mark.parametrize("text, first", [
    ("antes del jueves hay que enviar a la cooperativa el informe de kilos, y busca también qué dice la normativa", "messaging"),
    ("antes del viernes hay que mandar al ayuntamiento la solicitud, y mañana busca un cerrajero", "messaging"),
    ("até sexta tem que enviar o relatório pro contador, e amanhã procura um eletricista", "messaging"),
    ("d'ici vendredi il faut envoyer le devis à Paul, et demain cherche un plombier", "messaging"),
    ("entro venerdì bisogna mandare il preventivo a Luca, e domani cerca un idraulico", "messaging"),
])
def test_a_request_frame_after_a_date(text, first):
    doc = parse_at_now(text)
    assert doc["unsure"] == [] and len(doc["tasks"]) == 2
    assert doc["tasks"][0]["type"] == first and doc["tasks"][0]["schedule"]["due"]
    assert doc["tasks"][1]["type"] == "info-lookup" and doc["tasks"][1]["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "d'ici vendredi midi il faut vérifier le relevé de la chambre froide, écrire à Metro pour le bar et imprimer le tableau",
    "antes del viernes hay que revisar la caldera, llamar al técnico y pagar la factura",
])
def test_a_list_of_verbs_under_one_frame_keeps_its_date(text):
    doc = parse_at_now(text)  # the date is the whole list's: never one dated item and undated others
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["due"]


# ---- "…, and after 6pm look up …": a start time, not a condition on the item before
@pytest.mark.parametrize("text", [
    "text the guests the code, and after 6pm look up a plumber",
    "weekdays at 7:30 text the guests the check-in code, and after 6pm today look up a plumber for the tap",
    "email Bob the report, and after 5 pm call the bank",
])
def test_and_after_a_clock_time_is_a_start(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [] and doc["tasks"][1]["schedule"]["not_before"]


def test_and_after_it_is_done_still_waits():
    doc = parse_at_now("write the report, and after it is done email Bob")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]


# ---- a task id typed with a space: one id, in every word order and in lists
@pytest.mark.parametrize("text, verb, ids", [
    ("cancel t-71, t-72 and t 75", "cancel", ["T-71", "T-72", "T-75"]),
    ("skip T 12", "skip", ["T-12"]),
    ("sáltate la T 115", "skip", ["T-115"]),
    ("cancela la t 8 y la t 9", "cancel", ["T-08", "T-09"]),
    ("T 44 überspringen", "skip", ["T-44"]),
    ("T 121 跳过", "skip", ["T-121"]),
    ("annule la T 30", "cancel", ["T-30"]),
    ("pula a T 19", "skip", ["T-19"]),
    ("t 23 スキップしといて", "skip", ["T-23"]),
    ("salta la T 40", "skip", ["T-40"]),
])
def test_a_spaced_task_id(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == []
    assert commands_of(doc) == [(verb, ids, None)]


@pytest.mark.parametrize("text", ["take the T 5 bus to the market and email Bob the times",
                                  "busca el horario del bus T 12 y escríbele a Ana"])
def test_a_letter_and_a_number_in_a_task_are_no_command(text):
    doc = parse_at_now(text)
    assert doc["commands"] == [] and len(doc["tasks"]) == 2
    assert "T 5" in doc["tasks"][0]["description"] or "T 12" in doc["tasks"][0]["description"]


# ---- a write verb, a name, a comma, then what is asked ("schreib Katrin, wann wir losfahren"): a message
@pytest.mark.parametrize("text", [
    "schreib Katrin, wann wir losfahren",
    "schreib Jonas, ob er am Samstag Zeit hat",
    "write Tom, whether the party is still on",
    "write Priya, where we park on Sunday",
])
def test_a_name_then_a_comma_and_a_question_word_is_a_message(text):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == ["messaging"]


@pytest.mark.parametrize("text", ["schreib eine Liste, wann wir was brauchen", "write a list of where we park"])
def test_a_thing_written_then_a_question_word_is_a_file(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["file-creation"]


# ---- Spanish subjunctive write verbs after "que" ("necesito que le escribas a Facu …"): a write verb like "escribe"
@pytest.mark.parametrize("text, kind", [
    ("necesito que le escribas a Facu que el pedido sale el lunes", "messaging"),
    ("quiero que le escribas a la vecina que mañana no hay agua", "messaging"),
    ("necesito que escribas un resumen de la reunión en resumen.md", "file-creation"),
    ("quiero que redactes una carta para el casero", "file-creation"),
])
def test_a_spanish_subjunctive_write_verb(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == [kind]


# ---- zh "把这个月的…": "this month" is a time, not "this" (把这个) of what an earlier item found
@pytest.mark.parametrize("text", [
    "帮我安排：\n1. 给陈师傅发微信，说釉料下周到\n2. 月底前新建一个 订单汇总.xlsx，把这个月的订单列进去",
    "帮我安排：\n1. 查一下快递费\n2. 新建一个 会议.md，把这个星期的会议记录写进去",
])
def test_zh_this_month_is_no_result(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == []


def test_zh_this_of_what_came_before_still_waits():
    doc = parse_at_now("帮我安排：\n1. 写一份周报\n2. 把这个发给老王")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]


# ---- zh "…，6点以后再重启…": a clause that opens with a clock time, "以后" and "再", then a verb, is a request of its own
@pytest.mark.parametrize("text, second", [
    ("让Codex把后台管理的登录页改成Vue3，6点以后再重启测试环境", "code-execution"),
    ("让Claude把首页改成React，8点以后再部署到服务器", "code-execution"),
    ("给老王发消息，5点以后再发给小李", "messaging"),
])
def test_zh_a_clock_time_then_a_verb_after_a_comma(text, second):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["type"] == second
    assert doc["tasks"][0]["schedule"]["not_before"] is None and doc["tasks"][1]["schedule"]["not_before"]


def test_zh_a_clock_time_without_a_verb_stays_in_its_item():
    doc = parse_at_now("查一下从北京到上海的高铁票，8点以后的")
    assert len(doc["tasks"]) == 1


# ---- after a message, "…, remind him to …" / "，提醒他…" says what the message tells that person: one task
@pytest.mark.parametrize("text", [
    "加个定时任务：每月1号上午10点给房东发消息，提醒他收物业费的事",
    "给房东发消息，告诉他下周修水管",
    "text the landlord, remind him to collect the fee",
    "email Priya, tell her the venue changed",
    "schreib dem Vermieter, erinner ihn an die Heizung",
    "manda uma mensagem pro síndico, avisa ele que a reunião mudou",
])
def test_a_person_pronoun_after_a_message_is_its_content(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["messaging"]


@pytest.mark.parametrize("text, types", [
    ("text the landlord, remind me to pay rent", ["messaging", "reminder-scheduling"]),
    ("write the report, tell him it is late", ["file-creation", "messaging"]),
])
def test_a_pronoun_of_the_user_or_after_no_message_is_a_task(text, types):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == types


# ---- zh "恢复“葡挞”那个分组": "that group" with 分组 as with 组
@pytest.mark.parametrize("text, verb, name", [
    ("恢复“葡挞”那个分组", "resume", "葡挞"),
    ("暂停“葡挞”那个分组", "pause", "葡挞"),
    ("暂停发货这个分组", "pause", "发货"),
])
def test_zh_that_group(text, verb, name):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and commands_of(doc) == [(verb, [], "all")]
    assert doc["commands"][0]["note"] == name


def test_zh_a_group_word_inside_a_task_is_no_pause():
    doc = parse_at_now("帮我查一下那个分组讨论的时间")
    assert doc["commands"] == []


# ---- "…, plus/also dm Kieran the … link": an ask added on, not one that waits for what the lookup finds
@pytest.mark.parametrize("text", [
    "look up the Penzance to Scilly ferry times for 3 May plus dm Kieran the sea glass stall booking link",
    "check the train times to Leeds, also text Maria the booking link for the hotel",
])
def test_an_added_ask_sends_its_own_thing(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], []]


@pytest.mark.parametrize("text", [
    "check if my flight is on time, and text Maria the arrival time",
    "check the ferry times and text Kieran the times",
])
def test_a_plain_and_still_sends_what_the_lookup_found(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]


# ---- "fnid", "ifnd": a letter swap in "find" is repaired like one in "search" or "check"
@pytest.mark.parametrize("text, count", [
    ("pls fnid a vet who does donkey teeth near Lichfeild 🙏 and txt Sandra the numbr", 2),
    ("ifnd a cheap hotel in Leeds for friday", 1),
])
def test_a_swapped_find(text, count):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == count and doc["tasks"][0]["type"] == "info-lookup"


def test_a_word_near_find_is_no_find():
    assert parse_at_now("what a fiend of a week, thanks")["mode"] == "none"


# ---- es "que Claude Code revise …": the request opener "que" with an agent after it hands the work on
@pytest.mark.parametrize("text, types", [
    ("que Claude Code revise el DAG de Airflow que carga las ventas, y después de las 6 de la tarde reinicia el scheduler",
     ["agent-delegation", "code-execution"]),
    ("que el agente revise el DAG de Airflow, y busca un hotel en Lima", ["agent-delegation", "info-lookup"]),
    ("que Codex arregle el bug del login", ["agent-delegation"]),
])
def test_a_request_handed_to_an_agent_by_que(text, types):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["unsure"] == [] and [t["type"] for t in doc["tasks"]] == types


@pytest.mark.parametrize("text, types", [
    ("que le escribas a Claude que llego tarde", ["messaging"]),
    ("que me busques un hotel en Lima", ["info-lookup"]),
])
def test_que_with_a_verb_first_is_no_delegation(text, types):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == types


# ---- de "und schrieb Marco, dass …": the swapped "schreib" of a request is repaired
@pytest.mark.parametrize("text, types", [
    ("bitte such mir ne Physiopraxis in Winterthur die Samstags offen hat und schrieb Marco dass ich erst um 10 kann",
     ["info-lookup", "messaging"]),
    ("schrieb Marco dass ich später komme", ["messaging"]),
])
def test_a_swapped_schreib(text, types):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == types
    assert all(t["schedule"]["not_before"] is None for t in doc["tasks"])  # "um 10" is what the message says


def test_a_story_with_schrieb_asks_no_message():
    doc = parse_at_now("ich schrieb ihm gestern, kannst du nachfragen ob er es gelesen hat?")
    assert "messaging" not in [t["type"] for t in doc["tasks"]]


# ---- "… then email the florist Jen asking if peonies are doable": a message with its own question waits for nothing
@pytest.mark.parametrize("text", [
    "find a ceilidh band near Perth for the 12th of June then email the florist Jen asking if peonies are doable in June",
    "busca un fotógrafo en Toledo para el 19 de septiembre luego escríbele a la de las flores que si tiene paniculata",
    "cerca un quartetto d'archi a Firenze per il 27 giugno poi scrivi alla fiorista Chiara se ha le peonie",
])
def test_a_message_with_its_own_question_after_then(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], []] and doc["tasks"][1]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "lies bitte die Kommentare im PR #212 durch und fass sie zusammen und dann schreib Jonas ob wir das mergen können",
    "look up the ferry times, then text them to Kieran asking if he can make one",
])
def test_a_question_after_a_reading_or_about_the_result_still_waits(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]


# ---- "check if the booking site is back up and email Hal the pitch numbers": a yes-or-no check finds nothing to send
@pytest.mark.parametrize("text", [
    "tomorrow morning check if the caravan park booking site is back up and email Hal the pitch numbers",
    "check whether the shop is open and text Bob the address of the hall",
])
def test_a_yes_or_no_check_finds_no_numbers(text):
    assert [t["depends_on"] for t in parse_at_now(text)["tasks"]] == [[], []]


@pytest.mark.parametrize("text", [
    "check if my flight is on time, and text Maria the arrival time",
    "find the plumber's number and text Maria the number",
])
def test_a_lookup_that_finds_the_thing_sent_still_waits(text):
    assert [t["depends_on"] for t in parse_at_now(text)["tasks"]] == [[], [0]]


# ---- zh dictated with spaces between requests ("查查… 跟小芳说一声…"): each space between two requests ends one
@pytest.mark.parametrize("text, types", [
    ("臭豆腐摊的事帮我记一下 查查长沙哪里批发豆腐最便宜 跟小芳说一声周六她看摊 还有做个成本表存成成本.csv",
     ["info-lookup", "messaging", "file-creation"]),
    ("查一下明天北京的天气 给老王发个微信说我晚点到", ["info-lookup", "messaging"]),
])
def test_zh_requests_between_spaces(text, types):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == types


@pytest.mark.parametrize("text", [
    "帮我查一下 北京明天的天气",
    "下午3点以后把本周末的帐篷租赁订单导出成 订单.csv",
])
def test_zh_a_space_inside_one_request(text):
    assert len(parse_at_now(text)["tasks"]) == 1
