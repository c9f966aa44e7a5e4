"""Round 37, part B (splits): a line above a list that only says how or by when to take the items, and
titles abbreviated with a full stop ("profa.", "prof.ssa") inside a sentence."""

import pytest

from parsing import dues_at_now, tasks_at_now

# --- a line above a list of only an order word, or of a time and a request end: no task -------------

@pytest.mark.parametrize("text", [
    "in order please\n1. export the survey answers\n2. email the summary to Priya",
    "der Reihe nach bitte\n1. die Umfrage exportieren\n2. die Zusammenfassung an Priya schicken",
    "en orden\n1. exporta las respuestas\n2. envía el resumen a Priya",
    "dans l'ordre\n1. exporte les réponses\n2. envoie le résumé à Priya",
    "uma de cada vez\n1. exporta as respostas\n2. manda o resumo pra Priya",
    "in ordine\n1. esporta le risposte\n2. manda il riassunto a Priya",
    "上から順番にお願いします\n1. アンケートの回答を書き出す\n2. まとめを佐藤さんに送る",
    "按顺序来\n1. 导出问卷结果\n2. 把总结发给小王",
])
def test_an_order_line_above_a_list_is_no_task(text):
    assert len(tasks_at_now(text)) == 2


@pytest.mark.parametrize("text", [
    "今週中にお願いします\n・アンケートの回答を書き出す\n・まとめを佐藤さんに送る",
    "金曜までにお願い\n・アンケートの回答を書き出す\n・まとめを佐藤さんに送る",
])
def test_a_deadline_and_a_request_end_above_a_list_is_the_items_deadline(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] and dues[0] == dues[1]


@pytest.mark.parametrize("text, count", [
    ("レポートの添削お願い\n・誤字\n・構成", 3),  # work named above the points stays (as before)
    ("順番に資料を並べ替えて\n1. 表紙\n2. 目次", 3),  # an order word before work of its own is work
    ("sort the files in order\n1. photos\n2. scans", 3),
])
def test_a_line_that_names_work_above_a_list_stays(text, count):
    assert len(tasks_at_now(text)) == count


# --- abbreviated titles: no sentence ends at their full stop ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("manda um email pra profa. Helena perguntando da banca e reserva a sala 12", "Helena"),
    ("escribe a la profa. Ruiz preguntando por la revisión y reserva el aula 3", "Ruiz"),
    ("scrivi alla prof.ssa Conti chiedendo del colloquio e prenota l'aula 5", "Conti"),
])
def test_an_abbreviated_title_keeps_its_name_in_the_task(text, name):
    tasks = tasks_at_now(text)
    assert name in tasks[0]["description"], tasks


def test_a_sentence_that_ends_in_the_plain_word_still_ends():
    tasks = tasks_at_now("manda o email pra Ana. Depois reserva a sala 12")
    assert len(tasks) == 2


# --- an opener before the first comma is no entry of a comma list ---------------------------------

@pytest.mark.parametrize("text", [
    "allora, prenota il campo, poi cercami un buono e infine ricordami domani di firmare il diario",
    "bueno, reserva la pista, luego búscame un vale y por último recuérdame mañana firmar el papel",
    "alors, réserve le terrain, puis trouve-moi un bon et enfin rappelle-moi demain de signer le carnet",
])
def test_an_opener_before_a_comma_list_is_no_task(text):
    tasks = tasks_at_now(text)
    assert len(tasks) == 3, tasks
    assert tasks[0]["description"].split()[0] in ("prenota", "reserva", "réserve")


def test_a_comma_list_of_actions_still_splits():
    tasks = tasks_at_now("compra il latte, prenota il campo, chiama la nonna")
    assert len(tasks) == 3


# --- unbroken CJK: "最后"/"最後に" after a "then" and before a verb opens the last step ----------------

@pytest.mark.parametrize("text, last", [
    ("先订场地然后查一下优惠券最后提醒我明天签字", "提醒我明天签字"),
    ("先把照片整理好然后发给小王最后帮我订一张明天的火车票", "订一张明天的火车票"),
    ("まず資料を集めてそれから表にまとめて最後に佐藤さんに送って", "佐藤さんに送って"),
])
def test_a_closing_order_word_after_then_cuts_the_last_step(text, last):
    tasks = tasks_at_now(text)
    assert len(tasks) == 3, tasks
    assert last in tasks[-1]["description"]


@pytest.mark.parametrize("text, count", [
    ("先订场地然后把最后一天的票退了", 2),  # "最后一天": the last day, a noun
    ("把最后一页打印出来", 1),
])
def test_last_as_an_adjective_cuts_nothing(text, count):
    assert len(tasks_at_now(text)) == count


# --- zh: an email or a text whose verb ends its clause, then what it asks ----------------------------

@pytest.mark.parametrize("text", [
    "给王老师发个邮件，问问明天的会改到几点",
    "晚上给房东发信息，问一下暖气什么时候修",
    "给张经理写封邮件，说报价单下周一给他",
])
def test_an_email_then_what_it_asks_is_one_task(text):
    assert len(tasks_at_now(text)) == 1


@pytest.mark.parametrize("text", [
    "给王老师发个邮件，帮我查一下明天的天气",
    "给王老师发邮件，订一下周六的餐厅",
])
def test_an_email_then_a_request_of_its_own_is_two_tasks(text):
    assert len(tasks_at_now(text)) == 2


# --- after an infinitive opener, an infinitive behind "I can't"/"eu não vou" states, asks nothing -----

@pytest.mark.parametrize("text", [
    "me ajuda a renovar os livros pelo site, o prazo é hoje e eu não vou conseguir ir lá",
    "ayúdame a renovar los libros en la web porque hoy no puedo ir a la biblioteca",
    "aiutami a rinnovare i libri sul sito perché io devo lavorare tutto il giorno",
])
def test_an_infinitive_after_a_negated_or_subject_auxiliary_is_no_request(text):
    assert len(tasks_at_now(text)) == 1


@pytest.mark.parametrize("text", [
    "tienes que llamar al dentista reservar la pista y comprar el pan",
    "devi prenotare il campo mandare la mail a Luca e comprare il pane",
])
def test_dictated_infinitives_still_split(text):
    assert len(tasks_at_now(text)) == 3


# --- a message that already says "that …": a comma and another that-word go on with what it says ----

@pytest.mark.parametrize("text", [
    "escribe en el grupo que la cena es el viernes, que confirmen antes del miércoles",
    "escreve no grupo que o jantar é sexta, que confirmem até quarta",
    "écris au groupe que le dîner est vendredi, qu'ils confirment avant mercredi",
])
def test_a_second_that_clause_is_more_of_the_message(text):
    tasks = tasks_at_now(text)
    assert len(tasks) == 1 and tasks[0]["type"] == "messaging", tasks


def test_a_request_after_the_message_still_splits():
    assert len(tasks_at_now("escribe a Ana que llego tarde, reserva la mesa para las 9")) == 2
