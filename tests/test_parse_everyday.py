"""Everyday requests the tables did not read yet, in every language they apply to: more verbs,
polite and need forms ("il me faudrait …", "…していただけますでしょうか", "…ておいて"), short status
questions, and enumerations announced by a count ("two things: …", "2つお願い。…")."""
import pytest

from task_runner.parse import parse_message


def _descriptions(message):
    doc = parse_message(message)
    return doc["mode"], [task["description"] for task in doc["tasks"]]


@pytest.mark.parametrize("message", [
    "junta las facturas del gas en un solo pdf",
    "reúne los recibos de la farmacia",
    "publica el aviso en el tablón del edificio",
    "vê quanto custa a revisão da moto",
    "veja se a farmácia abre no domingo",
    "marcar revisão da bicicleta",
    "junta as notas fiscais do mês numa pasta",
    "publie l'annonce sur le site de l'école",
    "épluche les relevés de la banque",
    "disdici il contratto del telefono fisso",
    "pubblica il volantino sul gruppo del quartiere",
    "beim Vermieter wegen der Heizung nachfragen",
    "das Protokoll im Teamkanal posten",
])
def test_everyday_verbs(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1


@pytest.mark.parametrize("message", [
    "il me faudrait un résumé des réunions de la semaine",
    "il nous faut un devis pour la cuisine",
    "faut que tu appelles la pharmacie pour l'ordonnance",
    "il faudrait que tu réserves le gîte pour août",
    "お手数ですが、来月の旅行の見積もりを作成していただけますでしょうか。",
    "会議の資料を共有フォルダに入れておいてください",
    "この記事を社内のSlackに投稿して",
    "その表をNotionに貼っておいて",
    "娘の自由研究を手伝ってほしい、夏休み中に",
])
def test_polite_and_need_forms(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1


@pytest.mark.parametrize("message", [
    "進捗どう？", "進み具合はどう？", "进度怎么样？", "¿cómo vamos?", "como está indo?", "come procede?",
    "wie ist der Stand?", "ça avance ?",
])
def test_short_status_questions(message):
    doc = parse_message(message)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == []


@pytest.mark.parametrize("message, count", [
    ("two things: the dentist and the car wash", 2),
    ("three things: call the plumber, book the vet and renew the passport", 3),
    ("dos cosas: el seguro del coche y la cita del médico", 2),
    ("zwei Sachen: den Keller ausräumen und die Lampe reparieren", 2),
    ("deux choses : le dossier de la CAF et le rendez-vous chez le kiné", 2),
    ("duas coisas: marcar o dentista e comprar pilhas", 2),
    ("due cose: il bollo dell'auto e la visita dal dentista", 2),
    ("两件事：一是订机票，二是问问酒店有没有早餐", 2),
    ("3つお願い。ひとつは請求書の確認、もうひとつは会議室の予約、三つ目は議事録の送付", 3),
])
def test_an_announced_count_splits_the_items(message, count):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == count, tasks


def test_a_count_that_is_no_announcement_changes_nothing():
    mode, tasks = _descriptions("I have two kids and a dog: help me plan a trip")
    assert (mode, tasks) == ("intake", ["plan a trip"])


@pytest.mark.parametrize("message", [
    "家族のグループにこれ転送して：「明日は七時集合です」",
    "跑一下 scripts/build.sh",
    "把上周的工单过一遍，按优先级总结一下",
])
def test_cjk_requests_before_a_quote_a_path_or_a_digest(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1, tasks


@pytest.mark.parametrize("message", [
    "il me faut le planning pour lundi, tu peux le préparer dans planning.xlsx ?",
    "I need the budget by Friday, can you put it in budget.xlsx",
    "necesito el informe para el lunes, ¿puedes hacerlo en informe.docx?",
])
def test_a_thing_needed_then_how_to_make_it_is_one_task(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1, tasks


def test_two_needs_stay_two_tasks():
    mode, tasks = _descriptions("I need the budget by Friday. Call the bank about the loan.")
    assert len(tasks) == 2


@pytest.mark.parametrize("message", [
    "allora prenota il dentista per giovedì", "bueno llama al fontanero", "also schick Papa die Rechnung",
    "então liga pro encanador", "alors appelle le plombier",
])
def test_a_discourse_word_before_a_verb_is_an_opener(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1 and not tasks[0].lower().startswith(("allora", "bueno", "also", "então", "alors"))


@pytest.mark.parametrize("message", ["¿qué falta?", "was fehlt noch?", "qu'est-ce qui reste ?", "还剩什么？", "残りは？", "cosa manca?"])
def test_what_is_left_asks_for_the_queue(message):
    doc = parse_message(message)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == []


@pytest.mark.parametrize("message", ["¿qué falta para la receta de lentejas?", "was fehlt noch für die Party?"])
def test_what_is_left_for_something_else_is_no_status_request(message):
    assert not parse_message(message)["status"]


def test_an_answer_lead_in_brazilian_portuguese():
    doc = parse_message("pro T-04: usa o banco de teste")
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("answer", ["T-04"], "usa o banco de teste")]


def test_a_long_japanese_object_before_the_verb():
    mode, tasks = _descriptions("来月の社員旅行の貸切バスと昼食会場の見積もりを三社分まとめといて")
    assert mode == "intake" and len(tasks) == 1


@pytest.mark.parametrize("message", [
    "me hace falta una cita con el dentista", "j'aurais besoin d'un rendez-vous chez le dentiste",
    "昨夜のバックアップがなぜ止まったか調べてもらえますか？",
])
def test_more_need_and_polite_request_forms(message):
    mode, tasks = _descriptions(message)
    assert mode == "intake" and len(tasks) == 1


def test_the_question_a_request_asks_stays_in_its_task():
    doc = parse_message("kannst du nachsehen, warum der nächtliche Job fehlgeschlagen ist?")
    assert not doc["status"] and "fehlgeschlagen" in doc["tasks"][0]["description"]
    assert parse_message("e aí, como tá a fila?")["status"]
