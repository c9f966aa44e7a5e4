"""Round 32, part A (holdout29): which task waits for which. An item that says "both" waits for the two
before it in every language; "after T-62 and T-63" waits for every id of the list; "and then, totally
separate thing, …" waits for nothing; "once booked" in its plural forms and "una volta/una vez/uma vez"
open a condition; "from those 20" takes up the count of the item before."""

import pytest

from task_runner.parse import parse_message


def _deps(text: str) -> list[list]:
    doc = parse_message(text)
    assert doc["mode"] == "intake", doc
    return [task["depends_on"] for task in doc["tasks"]]


# ---- "when both are ready": the item waits for the two before it
@pytest.mark.parametrize("text", [
    "1. get a quote from the roofer\n2. get a quote from the glazier\n3. when both are in, put them side by side in quotes.md",
    "1. Angebot vom Dachdecker holen\n2. Angebot vom Glaser holen\n3. wenn beide da sind, in angebote.md vergleichen",
    "1. pide presupuesto al pintor\n2. pide presupuesto al carpintero\n3. cuando tengas los dos, compáralos en presupuestos.md",
    "1. demande un devis au couvreur\n2. demande un devis au vitrier\n3. avec les réponses des deux, fais un tableau dans devis.md",
    "1. pede orçamento ao pintor\n2. pede orçamento ao canalizador\n3. com as duas respostas, faz uma tabela em orcamentos.md",
    "1. chiedi un preventivo all'imbianchino\n2. chiedi un preventivo al falegname\n3. quando arrivano entrambi, confrontali in preventivi.md",
    "1. 问一下装修公司的报价\n2. 再问一下隔壁老王家用的那家\n3. 两个都问好以后，把报价整理到 baojia.md",
    "1. 塗装屋さんの見積もりを調べる\n2. 大工さんの見積もりも調べる\n3. 両方わかったら、mitsumori.md にまとめて",
])
def test_both_waits_for_the_two_before(text):
    assert _deps(text)[2] == [0, 1]


def test_both_only_from_the_third_item():
    assert _deps("- zeig mir beide Angebote\n- schreib Lisa, dass es später wird")[0] == []


# ---- "after T-62 and T-63": every id of the list, an article between
@pytest.mark.parametrize("text, ids", [
    ("depois que a T-12 e a T-13 terminarem, junta tudo em resumo.pdf", ["T-12", "T-13"]),
    ("quand la T-12 et la T-13 sont finies, écris un bilan dans bilan.pdf", ["T-12", "T-13"]),
    ("cuando terminen la T-12 y la T-13, junta todo en informe.pdf", ["T-12", "T-13"]),
    ("T-12和T-13完成后，把结果汇总到 huizong.md", ["T-12", "T-13"]),
])
def test_every_listed_id_is_waited_for(text, ids):
    assert _deps(text)[0] == ids


def test_ids_named_without_an_after_word_wait_for_nothing():
    assert all(deps == [] for deps in _deps("send T-12 to Bob and T-13 to Ann"))


# ---- "and then, totally separate thing, …": two items, the second waits for nothing, no doubt
@pytest.mark.parametrize("text", [
    "book the dentist for Joe and then, totally separate thing, find a cheap flight to Dublin",
    "buche den Zahnarzt für Jonas und dann, ganz was anderes, such einen günstigen Flug nach Wien",
    "pide cita con el dentista y luego, otra cosa que no tiene nada que ver, busca un vuelo barato a Bilbao",
    "prends rendez-vous chez le dentiste et puis, autre chose qui n'a rien à voir, cherche un vol pas cher pour Nice",
    "marca o dentista para o Rui e depois, outra coisa que não tem nada a ver, procura um voo barato para o Porto",
    "prenota il dentista per Luca e poi, cosa che non c'entra niente, cercami un volo economico per Bari",
    "帮我约一下牙医，然后，跟这个没关系，查一下去成都的便宜机票",
    "歯医者の予約を取って、それから全然関係ないけど、福岡行きの安い航空券を探して",
])
def test_unrelated_aside_after_then_waits_for_nothing(text):
    doc = parse_message(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], []], doc
    assert not doc["unsure"], doc


def test_then_alone_still_waits():
    assert _deps("book the dentist for Joe and then text Joe the time") == [[], [0]]


# ---- "once booked": a done-word in its plural forms; "una volta/una vez/uma vez" opens the condition
@pytest.mark.parametrize("text", [
    "prenota due posti al cinema e una volta prenotati manda i biglietti a Marta",
    "reserva dos mesas y una vez reservadas avisa a Pedro",
    "reserva dois quartos e uma vez reservados avisa o Rui",
    "download the invoices from the portal and once they're downloaded file them in the accounts folder",
])
def test_once_done_plural_waits(text):
    assert _deps(text) == [[], [0]]


def test_una_volta_as_a_frequency_is_no_condition():
    doc = parse_message("fai il backup del server una volta al mese")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == []


# ---- "from those 20": a definite word and the bare count of the item before
@pytest.mark.parametrize("text", [
    "pick the 10 best photos from the shoot, then print those 10 on A4",
    "busca 3 presupuestos de fontaneros y manda los 3 a Marta",
])
def test_count_taken_up_waits(text):
    assert _deps(text)[1] == [0]


def test_count_with_its_own_noun_names_other_things():
    assert _deps("buy 2 tickets for the concert and book the 2 seats at the restaurant")[1] == []


# ---- zh "先…，再…" after a leading time: the "再" is still a "then"
@pytest.mark.parametrize("text", [
    "两小时后先把备份跑完，再重启数据库",
    "明天上午先把报告写好，再把它发给老王",
])
def test_then_after_first_behind_a_time(text):
    assert _deps(text)[1] == [0]


def test_zai_without_a_first_word_is_also():
    assert _deps("明天上午把报告写好，再查一下明天的天气")[1] == []


# ---- zh "查到以后", "找到以后": after the lookup found it
@pytest.mark.parametrize("text", [
    "帮我找一家修自行车的店，找到以后把地址发给我老婆",
    "查一下周六去杭州的高铁票，查到以后把车次发给张姐",
])
def test_found_then_waits(text):
    assert _deps(text) == [[], [0]]


# ---- "using that file": ja "そのファイルを使って", zh "用那个文件"
@pytest.mark.parametrize("text", [
    "顧客リストをCSVで書き出して、そのファイルを使って未払いの一覧を作って",
    "把客户名单导出成 csv，然后用那个文件做一份未付款名单",
])
def test_using_that_file_waits(text):
    assert _deps(text) == [[], [0]]


def test_a_tool_used_is_no_file_of_the_step_before():
    assert _deps("会議室を予約して、Pythonを使って集計表を作って")[1] == []


# ---- a condition names an item by a word in backticks ("run `make test-all`" … "when the tests pass")
def test_condition_names_an_item_by_its_code():
    deps = _deps("run `pytest -k smoke` on the branch, meanwhile write the changelog. when the smoke tests pass deploy to prod")
    assert deps[2] == [0]


# ---- a condition that names several earlier items waits for every one
@pytest.mark.parametrize("text", [
    "run the backup of the database, write the release notes, and when the backup is done and the notes are written, email the team",
    "lanza la copia de la base de datos, redacta el aviso en aviso.md. cuando acabe la copia y el aviso esté listo, mándalo a los clientes",
])
def test_condition_naming_two_items_waits_for_both(text):
    assert _deps(text)[2] == [0, 1]


def test_condition_naming_one_item_waits_for_it():
    assert _deps("run the backup of the database, write the release notes, and when the backup is done, email the team")[2] == [0]


# ---- "después de comprarlas", "after booking them": the step just done
@pytest.mark.parametrize("text", [
    "- reserva dos mesas en el asador\n- después de reservarlas avisa a Pedro por whatsapp",
    "- book two seats for the play\n- after booking them, text Nerea the times",
])
def test_after_doing_it_waits(text):
    assert _deps(text) == [[], [0]]


def test_after_a_meal_is_no_step():
    assert _deps("- reserva dos mesas en el asador\n- después de comer llama a Pedro")[1] == []


# ---- items named by their numbers with a result word: "1と2の結果をまとめて", "with the results of 1 and 2"
@pytest.mark.parametrize("text", [
    "1. find the opening hours of the pool\n2. find the price of a season ticket\n3. with the results of 1 and 2 write a summary in pool.md",
    "1. 市民プールの営業時間を調べる\n2. 年間パスの値段を調べる\n3. 1と2の結果をまとめて pool.md に書いて",
])
def test_numbers_named_with_results_wait_for_each(text):
    assert _deps(text)[2] == [0, 1]


def test_numbers_as_amounts_name_no_items():
    assert _deps("1. find the opening hours of the pool\n2. find the price of a season ticket\n3. buy 1 and 2 tickets")[2] == []


def test_circled_numbers_do_not_break_the_reading():
    assert _deps("① 写一篇推文，存成 a.md\n② 把阅读数据导出来\n③ 等①写完，发给老刘")[2] == [0]


# ---- the verb of the item before again, with an also-word: the same job on the same thing, no wait
@pytest.mark.parametrize("text", [
    "- traduis le menu en anglais dans menu-en.docx\n- traduis-le aussi en espagnol dans menu-es.docx",
    "- translate the menu into English in menu-en.docx\n- translate it into Dutch too in menu-nl.docx",
    "- traduce el menú al inglés en menu-en.docx\n- tradúcelo también al francés en menu-fr.docx",
])
def test_same_job_again_waits_for_nothing(text):
    assert _deps(text) == [[], []]


def test_another_verb_on_the_result_still_waits():
    assert _deps("- translate the menu into English in menu-en.docx\n- send it to the printer too")[1] == [0]


# ---- a once-condition that ends the item is its wait, no second request and no doubt
@pytest.mark.parametrize("text", [
    "- das Hotel in Graz buchen\n- meinem Bruder Bescheid geben, sobald das Hotel gebucht ist",
    "- book the hotel in Graz\n- let my brother know, once the hotel is booked",
])
def test_wait_at_the_end_is_no_doubt(text):
    doc = parse_message(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], [0]] and not doc["unsure"], doc


def test_a_request_after_the_condition_is_still_a_doubt():
    doc = parse_message("check the weather for tomorrow, if it rains remind me to take an umbrella")
    assert doc["unsure"], doc


# ---- a step header naming an earlier step with its own step noun
@pytest.mark.parametrize("text", [
    "step 1: export the members to members.csv\nstep 2 (needs the file from step 1): find who has not paid\nstep 3: book a room for friday",
    "paso 1: exporta los socios a socios.csv\npaso 2 (necesita el archivo del paso 1): mira quién no ha pagado\npaso 3: reserva una sala para el viernes",
])
def test_step_header_names_its_step(text):
    assert _deps(text) == [[], [0], []]
