"""Round 20, part B (holdout14's misses in fr, pt, ja, it): control verbs with only their accents
or a double letter wrong; ids typed with a space for the hyphen; Italian answers and pauses with
an article joined to the preposition ("risposta alla T-95", "tutta la coda"); an English "done" in
a Japanese command; a Japanese question about what is left in the queue."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a control verb misspelt in its accents only, or with its double letter on the wrong consonant
@pytest.mark.parametrize("text, verb, ids", [
    ("rééssaie la T-12 stp", "retry", ["T-12"]),
    ("reessaie T-12", "retry", ["T-12"]),
    ("anulle la T-77", "cancel", ["T-77"]),
    ("refaca a T-12", "retry", ["T-12"]),
    ("canncelare la T-12", "cancel", ["T-12"]),
    ("ausslasen T-09", "skip", ["T-09"]),
    ("byppas T-05", "skip", ["T-05"]),
])
def test_a_control_verb_with_wrong_accents_or_double_letter(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == []
    assert commands_of(doc) == [(verb, ids, None)]


@pytest.mark.parametrize("text", ["anulke la T-77", "anulie T-12"])
def test_a_word_two_letters_off_is_no_control_verb(text):
    assert commands_of(parse_at_now(text)) == []


# ---- an id typed with a space for its hyphen: "T 77", "t 23"
@pytest.mark.parametrize("text, verb, ids", [
    ("anulle T 77", "cancel", ["T-77"]),
    ("skip T 4 and T 5", "skip", ["T-04", "T-05"]),
    ("t 23 スキップしといて", "skip", ["T-23"]),
    ("annulla la T 12", "cancel", ["T-12"]),
    ("cancela a T 5", "cancel", ["T-05"]),
    ("reintenta la t 31", "retry", ["T-31"]),
    ("überspring T 8", "skip", ["T-08"]),
    ("relance la T 14", "retry", ["T-14"]),
    ("跳过 T 12", "skip", ["T-12"]),
])
def test_an_id_with_a_space(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == []
    assert commands_of(doc) == [(verb, ids, None)]


@pytest.mark.parametrize("text", ["skip art 4 of the contract", "cancel the 5 t-shirts order", "skip t 4pm"])
def test_a_letter_t_that_is_no_spaced_id(text):
    assert all(not ids for _, ids, _ in commands_of(parse_at_now(text)))


# ---- Italian: the article joined to the preposition ("alla", "al") after an answer verb; "tutta la coda"
@pytest.mark.parametrize("text, task_id, note", [
    ("risposta alla T-95: la consegna va fatta in via Tuscolana 212", "T-95", "la consegna va fatta in via Tuscolana 212"),
    ("rispondi al T-12: sì, va bene il rosso", "T-12", "sì, va bene il rosso"),
])
def test_an_italian_answer_with_alla(text, task_id, note):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("answer", [task_id], None)] and doc["tasks"] == []
    assert doc["commands"][0]["note"] == note


def test_an_italian_pause_of_the_whole_queue():
    doc = parse_at_now("metti in pausa tutta la coda per favore")
    assert commands_of(doc) == [("pause", [], "all")] and doc["tasks"] == []


def test_pausing_a_series_is_no_queue_pause():
    assert commands_of(parse_at_now("metti in pausa tutta la serie di Netflix")) == []


# ---- Japanese: an English "done" after the particle
@pytest.mark.parametrize("text, expected", [
    ("T-40はdoneで、T-41はキャンセル", [("done", ["T-40"], None), ("cancel", ["T-41"], None)]),
    ("T-40をdoneにして", [("done", ["T-40"], None)]),
])
def test_a_japanese_command_with_an_english_done(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and doc["unsure"] == []


# ---- Japanese: what is left in the queue
@pytest.mark.parametrize("text", ["いまキューに何が残ってる？", "キューには何が残ってますか", "タスクは何が残ってる？"])
def test_a_japanese_question_about_what_is_left(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == []


def test_what_is_left_in_the_fridge_is_no_status():
    assert parse_at_now("冷蔵庫に何が残ってるか見て")["status"] is False


# ---- a topic, an emoji, then the requests: the emoji sets the topic apart like a colon
@pytest.mark.parametrize("text, first", [
    ("brechó 👗 cria o anúncio da jaqueta em anuncios/jaqueta.md e pesquisa o frete do Sedex pra Recife", "cria o anúncio"),
    ("tabaccheria 🚬 cerca il numero dell'assistenza Lottomatica e crea un foglio in cassa/dicembre.xlsx", "cerca il numero"),
    ("braderie de lille 🛍️ trouve où se garer près du boulevard de la Liberté et fais une liste de prix dans prix.md",
     "trouve où se garer"),
    ("mudanza 📦 busca una empresa de mudanzas en Valencia y escribe a Andrés por WhatsApp", "busca una empresa"),
    ("garden party 🌻 find a caterer in Leeds and text Priya the guest list", "find a caterer"),
    ("Umzug 🚚 such eine Umzugsfirma in Köln und schreib Jonas auf Signal", "such eine Umzugsfirma"),
])
def test_a_topic_set_apart_by_an_emoji(text, first):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2
    assert doc["tasks"][0]["description"].startswith(first)


@pytest.mark.parametrize("text, kept", [
    ("buy milk 🥛 and call mum", "buy milk"),
    ("輪島塗のお椀 🍵 修理できる工房を探して", "輪島塗"),
])
def test_a_request_or_an_object_before_an_emoji_is_no_topic(text, kept):
    doc = parse_at_now(text)
    assert kept in doc["tasks"][0]["description"]


# ---- Portuguese: "dá um ping no Léo" is a message to Léo
@pytest.mark.parametrize("text", ["dá um ping no Léo no Discord sobre as bolas novas", "dá um ping na Carla sobre a reunião"])
def test_a_portuguese_ping_is_a_message(text):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] == ["messaging"]


def test_the_ping_of_a_server_is_no_message():
    assert [task["type"] for task in parse_at_now("verifica o ping do servidor de jogos")["tasks"]] != ["messaging"]
