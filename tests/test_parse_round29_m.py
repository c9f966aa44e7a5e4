"""Round 29, part m (holdout26: text pasted from elsewhere): one ask over a pasted list is one task with the
list for its object ("order this lot on Tesco: …"), while "do these" over a list asks for each item; the
dates inside the pasted list set nothing on the task, the ask's own words do."""

import pytest

from parsing import parse_at_now


# ---- one ask over a list of things: one task, the list its details
@pytest.mark.parametrize("text, words", [
    ("could you order all of this from Ocado\n- oat milk\n- bananas\n- coffee beans", ["Ocado", "bananas"]),
    ("text this list to my brother\n- charcoal\n- burgers\n- buns", ["brother", "burgers"]),
    ("pourrais-tu commander tout ça sur Carrefour Drive stp\n- 2 packs de lait\n- des pâtes\n- 6 yaourts nature",
     ["Carrefour", "pâtes"]),
    ("Liste pour l'apéro :\n• chips\n• olives\n• rosé x3\nTu peux me trouver le moins cher pour tout ça ?", ["cher", "olives"]),
    ("envoie cette liste à Paul par SMS :\n- pain\n- beurre\n- œufs", ["Paul", "beurre"]),
    ("envoie-moi ces trucs :\n- le devis de la sono\n- le plan de table", ["envoie", "plan de table"]),
    ("ordina questa roba su Esselunga per favore\n- 2 kg di farina\n- lievito\n- mozzarella x3", ["Esselunga", "lievito"]),
    ("mi trovi i prezzi di tutto questo?\n- pane\n- latte\n- burro", ["prezzi", "latte"]),
    ("manda questa lista a Giulia su WhatsApp\n- detersivo\n- carta igienica\n- caffè", ["Giulia", "caffè"]),
    ("Bitte bestell das alles bei dm:\n- Zahnpasta\n- Shampoo\n- Rasierklingen", ["dm", "Shampoo"]),
    ("compra esto en Mercadona por favor\n- leche\n- huevos\n- pan", ["Mercadona", "huevos"]),
    ("manda essa lista pro Jorge\n- feijão\n- arroz\n- farofa", ["Jorge", "arroz"]),
    ("帮我把这些在淘宝上买了\n- 充电线\n- 鼠标垫\n- 键盘", ["淘宝", "键盘"]),
    ("これを全部Amazonで注文して\n・洗剤\n・ティッシュ\n・トイレットペーパー", ["Amazon", "洗剤"]),
])
def test_one_ask_over_a_list_of_things(text, words):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc["tasks"]
    assert all(word in doc["tasks"][0]["description"] for word in words)


# ---- the items are the work: "do these", actions, task nouns, a bare list
@pytest.mark.parametrize("text, count", [
    ("can you do these for me?\n- call the plumber\n- book the dentist\n- renew the car tax", 3),
    ("can you handle these?\n- dentist appointment\n- car insurance renewal", 2),
    ("turn these into tasks\n- dentist\n- car insurance", 2),
    ("occupe-toi de ça stp :\n- appeler le plombier\n- réserver le resto", 2),
    ("fammi queste cose:\n- chiamare il dentista\n- prenotare il treno", 2),
    ("Shopping list\n- milk\n- eggs\n- bread", 3),
    ("以下をお願いします：\n1. 区役所の営業時間を調べる\n2. 田中さんに見積もりを送る\n3. memo.txtを作る", 3),
    ("este es el plan, prográmalo porfa:\n- todos los lunes 7:00 → recordarle a Toño que saque la basura\n"
     "- cada día 15 a las 10 → pagar el internet", 2),
    ("lista della spesa\n- pane\n- latte\n- uova", 3),
])
def test_the_items_are_the_work(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


# ---- dates: the ask's own schedule counts, the list's dates set nothing
def test_the_asks_own_time_schedules_it():
    doc = parse_at_now("please send this list to Mia tomorrow at 9\n- tent\n- sleeping bags\n- torch")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["not_before"]


@pytest.mark.parametrize("text", [
    "commande tout ça chez Picard\n- galettes pour mardi\n- bûche pour le 24 décembre",
    "ordina tutto questo su Amazon\n- regalo per venerdì\n- biglietto per il 24 dicembre",
    "order this lot from Tesco\n- cake for friday\n- crackers for the 24th",
])
def test_the_lists_dates_set_nothing(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1
    assert doc["tasks"][0]["schedule"] == {"cron": None, "due": None, "not_before": None}


def test_a_question_that_asks_for_a_comparison_is_work():
    doc = parse_at_now("mi confronti i prezzi del latte tra Coop e Conad?")
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text, word", [
    ("Courses pour samedi, commande tout ça sur Auchan\n- lait\n- pain\n- beurre", "Auchan"),
    ("Spesa per domenica, ordina tutto questo su Esselunga\n- pane\n- latte\n- uova", "Esselunga"),
    ("Einkaufsliste für Freitag, bestell das bei REWE\n* Käse\n* Brot\n* Milch", "REWE"),
    ("Grocery list for sunday, order this lot from Tesco\n- milk\n- bread\n- eggs", "Tesco"),
])
def test_a_title_before_the_ask_is_the_lists(text, word):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["description"].startswith(("commande", "ordina", "bestell", "order"))
    assert word in doc["tasks"][0]["description"]
    assert doc["tasks"][0]["schedule"] == {"cron": None, "due": None, "not_before": None}


# ---- it: "show me what is done" with a show verb (also "fammi vedere", "mi fai vedere", "mi mostri")
@pytest.mark.parametrize("text, state", [
    ("mostrami cosa è finito", "done"),
    ("dimmi cosa è ancora bloccato", "blocked"),
    ("mi mostri cosa è finito?", "done"),
    ("fammi vedere cosa è finito", "done"),
    ("fammi vedere i task bloccati", "blocked"),
    ("mi fai vedere le attività in coda?", "pending"),
])
def test_italian_show_me_what_is_in_a_state(text, state):
    doc = parse_at_now(text)
    assert doc["status"] and doc["status_query"]["status"] == state and doc["tasks"] == []


def test_italian_status_and_a_new_task():
    doc = parse_at_now("mi fai vedere cosa è finito? e già che ci sei aggiungi: cercare gli orari del traghetto per Capri")
    assert doc["status"] and [t["description"] for t in doc["tasks"]] == ["cercare gli orari del traghetto per Capri"]


@pytest.mark.parametrize("text", [
    "mi fai il backup del server?",
    "fai una ricerca sui voli per Bari",
    "fammi vedere il preventivo di Marco",
])
def test_italian_fai_with_work_is_no_status(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1
