"""Round 35, part B (holdout34): how many tasks a message holds. A count announced alone before a comma
("两件事，…", "two things, …") frames what follows like a colon; "写进 x.md", "write it to x.md" keep the
result in a file, part of the task before them; a one-word sequencer written with a capital after a
capitalised word is part of a name ("Ufficio Più"); a CJK item that puts something into the calendar
("在日历里加上…", "…をカレンダーに入れて") is an entry, its day the event's, no doubt."""

import pytest

from parsing import descriptions_at_now, intake_at_now, parse_at_now


# ---- a count announced alone before a comma frames the items after it
@pytest.mark.parametrize("text", [
    "两件事，一是查一下明天深圳的天气，二是给老王发个微信说我晚点到",
    "three things, book the car service and text Dana the new address and find a locksmith",
    "zwei Sachen, vergleich die Stromtarife und schreib Tante Ilse eine Karte",
    "dos cosas, compara los seguros de coche y escríbele a Lucía por lo de la cena",
])
def test_a_count_before_a_comma_is_no_task(text):
    descriptions = descriptions_at_now(text)
    assert not any(d.strip().lower().startswith(("两件事", "three things", "zwei sachen", "dos cosas")) for d in descriptions), descriptions
    assert len(descriptions) >= 2, descriptions


def test_a_count_in_a_request_before_a_comma_stays_the_request():
    descriptions = descriptions_at_now("买两个蛋糕，送到公司")
    assert len(descriptions) == 1 and descriptions[0].startswith("买两个蛋糕"), descriptions


# ---- "写进 x.md", "write them to x.md": keeping the result is part of the task
@pytest.mark.parametrize("text", [
    "把上周的会议记录整理一下，写进 huiyi.md",
    "summarise the supplier emails, write them to suppliers.md",
    "resume las quejas de los clientes, escríbelo en quejas.md",
    "fasse die Kundenbeschwerden zusammen, schreib es in beschwerden.md",
    "riassumi le recensioni del negozio, scrivilo in recensioni.md",
])
def test_writing_the_result_to_a_file_is_part_of_the_task(text):
    doc = intake_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["type"] == "file-creation", doc["tasks"]


def test_writing_a_message_after_a_comma_stays_its_own_task():
    descriptions = descriptions_at_now("查一下明天的天气，写一封邮件给老王说我请假")
    assert len(descriptions) == 2, descriptions


# ---- a capitalised sequencer after a capitalised word is part of a name
@pytest.mark.parametrize("text", [
    "manda una mail a Ufficio Più per ordinare 6 toner",
    "scrivi a Studio Poi per il preventivo del logo",
    "escríbele a Bar Luego por la reserva del sábado",
])
def test_a_sequencer_inside_a_name_is_no_doubt(text):
    doc = intake_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["unsure"] == [], doc


@pytest.mark.parametrize("text", [
    "prends rdv chez le dermato ensuite tu me cherches un cadeau",
    "chiama Mario poi cercami un idraulico a Monza",
])
def test_a_sequencer_in_lower_case_still_doubts_or_cuts(text):
    doc = intake_at_now(text)
    assert len(doc["tasks"]) == 2 or any("sequence word" in reason for reason in doc["unsure"]), doc


# ---- CJK: an item put into the calendar is an entry; its day is the event's
@pytest.mark.parametrize("text", [
    "在日历里加上下周一的牙医复诊。还有帮我查一下停车场",
    "把下周三的家长会加到日历里",
    "来週月曜の歯医者をカレンダーに入れて",
])
def test_a_calendar_entry_without_an_hour_is_no_doubt(text):
    doc = intake_at_now(text)
    assert not any(reason.startswith("date:") for reason in doc["unsure"]), doc


def test_a_reminder_about_the_calendar_still_needs_its_time():
    doc = intake_at_now("下周一提醒我看一下日历")
    assert doc["tasks"][0]["type"] == "reminder-scheduling", doc
    assert doc["tasks"][0]["schedule"]["not_before"] is not None or any(reason.startswith("date:") for reason in doc["unsure"]), doc


# ---- CJK: a count with "only" and a request word after it, a remark set apart before it
@pytest.mark.parametrize("text", [
    "今週は忙しい😵 2つだけお願い：歯医者の予約を調べる、母に「遅くなる」ってLINE",
    "今日はバタバタ 3つだけお願いします：天気を調べる、メモを memo.md に下書き、健一にLINE",
])
def test_a_count_with_only_and_a_request_word_announces_the_items(text):
    assert len(intake_at_now(text)["tasks"]) >= 2


def test_a_count_in_the_middle_of_a_long_japanese_head_still_announces_nothing():
    from task_runner.parse import lists
    assert lists.announced("2つの箱を買って明日までに送ってお願い") == 0


# ---- under a count, a statement among more clauses than counted is why, no task
@pytest.mark.parametrize("text", [
    "zwei Sachen - Lea braucht neue Gummistiefel in Größe 30, such welche mit Futter raus, und erinner mich um 8 an ihre Brotdose",
    "two things - Sam needs a costume for the nativity, find a cheap one online and remind me at 6 to wash his kit",
    "dos cosas - Lucas necesita unas botas de agua, busca unas baratas y recuérdame a las 8 lo de su mochila",
])
def test_a_statement_under_a_count_is_no_task(text):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2, descriptions


def test_statements_that_fill_the_count_stay_tasks():
    descriptions = descriptions_at_now("two things: the boiler is broken and the car needs a service")
    assert len(descriptions) == 2, descriptions


# ---- "X braucht/necesita/precisa Y, such …": a need stated, no entry of a comma list of actions
@pytest.mark.parametrize("text", [
    "Lea braucht neue Gummistiefel, such welche mit Futter raus, und erinner mich morgen um 8 an ihre Brotdose",
    "o Tiago precisa de uma mochila nova, procura uma barata, e lembra-me amanhã às 8 do lanche",
])
def test_a_need_stated_is_no_list_entry(text):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and not any(word in descriptions[0] for word in ("braucht", "precisa")), descriptions


def test_a_noun_entry_in_a_comma_list_of_actions_stays():
    descriptions = descriptions_at_now("groceries (eggs, milk), pick up the package, and call the vet")
    assert len(descriptions) == 3, descriptions


# ---- "und pack noch eine dazu:", "y añade otra:": a frame that adds a task; a statement after it is why
@pytest.mark.parametrize("text", [
    "und pack noch eine dazu: der Drucker im Büro streikt, such einen günstigen Laserdrucker",
    "y añade otra: la nevera está rota, busca una de segunda mano en Valencia",
    "et ajoute une autre : la bouilloire est cassée, cherche une bouilloire en inox",
    "e aggiungine un'altra: la stampante è rotta, cerca una stampante laser economica",
])
def test_a_statement_after_a_frame_that_adds_a_task_is_why(text):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 1, descriptions
    assert not any(word in descriptions[0].lower() for word in ("dazu", "añade", "ajoute", "aggiungine")), descriptions


def test_statements_alone_under_a_frame_stay_tasks():
    descriptions = descriptions_at_now("nuevas tareas: la caldera está rota, el coche necesita revisión")
    assert descriptions, descriptions


def test_a_verb_before_a_colon_that_adds_nothing_is_no_frame():
    from task_runner.parse.clean import frames_a_task
    assert frames_a_task("und pack noch eine dazu") and frames_a_task("y añade otra")
    assert not frames_a_task("pack die Koffer") and not frames_a_task("añade")


# ---- a plain hyphen before a request ("- can you find …") separates clauses as before a verb
@pytest.mark.parametrize("text", [
    "Noah needs a dinosaur costume for the parade - could you find one under 20 pounds, and text Priya that I'm on pickup",
    "Noah braucht ein Dino-Kostüm für den Umzug - kannst du eins unter 20 Euro finden und Priya schreiben, dass ich abhole",
])
def test_a_hyphen_before_a_request_separates_the_statement(text):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and not any(word in descriptions[0] for word in ("needs", "braucht")), descriptions


def test_a_hyphen_between_names_stays():
    assert descriptions_at_now("book the Lisbon - Porto train for friday") == ["book the Lisbon - Porto train for friday"]


# ---- a time phrase, then a request, then a colon with no request after it: the colon opens its content
@pytest.mark.parametrize("text, word", [
    ("tomorrow morning text Ana the quote: front and side windows 2680 total", "2680"),
    ("mañana temprano mándale a Ana el presupuesto: lunas delanteras 2680 en total", "2680"),
    ("明天一早给小王发消息：周五的聚餐改到七点", "七点"),
])
def test_a_timed_request_before_a_colon_keeps_its_content(text, word):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 1 and word in descriptions[0] and descriptions[0][:3] == text[:3], descriptions


@pytest.mark.parametrize("text", [
    "tomorrow morning: call Ann and book the vet",
    "帮忙安排一下：给社长发微信问预算，查查无锡的轰趴馆",
])
def test_a_head_before_requests_still_introduces_them(text):
    assert len(descriptions_at_now(text)) == 2


# ---- run-on dictation: an imperative inside the message of a messaging request is said, no request of ours
@pytest.mark.parametrize("text", [
    "mándale un whatsapp a Lola diciéndole que el viernes recoge ella a los niños",
    "manda un messaggio a Piero dicendo che sabato porta lui la torta",
    "manda uma mensagem ao Rui dizendo que amanhã leva ele o carro",
])
def test_an_imperative_in_a_message_is_said(text):
    assert len(descriptions_at_now(text)) == 1


def test_run_on_requests_without_a_message_still_cut():
    assert len(descriptions_at_now("compra il latte chiama la mamma prenota il dentista")) == 3


# ---- an arrow between two requests is "then": two steps, the second waiting for the first
@pytest.mark.parametrize("text", [
    "run the backup script → send the log to Ana",
    "exporta los pedidos → mándale el csv a Pepe",
    "导出本月订单 → 发给老王",
    "見積書を作成 → 山田さんにメールで送る",
])
def test_an_arrow_between_requests_is_then(text):
    tasks = intake_at_now(text)["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0], tasks


@pytest.mark.parametrize("text", ["rename old.txt → new.txt", "move the dentist appointment Tuesday → Thursday"])
def test_an_arrow_between_things_stays_inside_the_task(text):
    doc = intake_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["unsure"] == [], doc


# ---- ja: a memo ending on the action noun after its object is a request; a statement about it is none
def test_a_japanese_memo_ending_on_the_action_noun_is_a_request():
    assert intake_at_now("サーバーのバックアップを実行")["tasks"][0]["type"] == "code-execution"


def test_a_japanese_statement_that_ran_something_is_no_request():
    assert parse_at_now("スクリプトを実行したらエラーが出た")["mode"] != "intake"


# ---- zh: "帮我建个文件/表格 x：…" is the request with its content (a counter is no count, "帮我" no frame)
def test_a_chinese_file_request_before_a_colon_keeps_its_content():
    descriptions = descriptions_at_now("帮我建一个表格 kaoqin.xlsx：姓名、日期、工时")
    assert len(descriptions) == 1 and descriptions[0].startswith("建一个表格") and "工时" in descriptions[0], descriptions


def test_a_chinese_task_frame_before_a_colon_still_introduces():
    assert descriptions_at_now("待办：买菜、打扫") and not any(d.startswith("待办") for d in descriptions_at_now("待办：买菜、打扫"))
