"""Round 38, part A2 (mode and commands): katakana control verbs typed with a look-alike kana
("キャソセル": ソ for ン), a Japanese-only slip."""

import pytest

from parsing import commands_of, parse_at_now

# --- "T-31はキャソセルで": ソ and ン differ by a stroke's slant only --------------------------------------


@pytest.mark.parametrize("text, verb", [
    ("T-44はキャソセルで", "cancel"),
    ("T-44をキャソセルしてください", "cancel"),
    ("T-44キャソセル", "cancel"),
])
def test_a_look_alike_kana_in_a_control_verb_is_read(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ["T-44"], None)], doc
    assert doc["mode"] == "intake" and doc["tasks"] == [] and not doc["unsure"], doc


def test_a_look_alike_kana_outside_a_control_verb_is_left():
    doc = parse_at_now("ソファの写真をまとめて")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc


# --- "c'est fait pour T-09, …": the done word before "for" and the task it names ------------------------


@pytest.mark.parametrize("text", [
    "c'est fait pour T-52, j'ai rendu les clés à l'agence",
    "c'est réglé pour la T-52",
    "fatto per T-52, ho riportato le chiavi in agenzia",
    "já tá feito pra T-52, devolvi as chaves na imobiliária",
    "feito para T-52",
    "listo lo de T-52, ya devolví las llaves a la inmobiliaria",
    "hecho lo de T-52",
])
def test_a_done_word_before_for_and_an_id_marks_it_done(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("done", ["T-52"], None)], doc
    assert doc["mode"] == "intake" and doc["tasks"] == [] and not doc["unsure"], doc


@pytest.mark.parametrize("text", ["fatto per la riunione?", "listo lo de la reunión", "feito pra amanhã"])
def test_a_done_word_before_for_without_an_id_is_no_command(text):
    assert parse_at_now(text)["commands"] == []


# --- "T-40 ya no hace falta, así que sáltala": a verb with its pronoun attached after the reason's end ------


@pytest.mark.parametrize("text, verb", [
    ("T-61 ya no hace falta, así que sáltala", "skip"),
    ("T-61 ya no hace falta, por eso cancélala", "cancel"),
    ("T-61 n'est plus utile, donc passe-la", "skip"),
    ("T-61 n'est plus utile, du coup saute-la", "skip"),
    ("T-61 não precisa mais, então pula-a", "skip"),
    ("T-61 non serve più, quindi saltala", "skip"),
])
def test_a_verb_with_its_pronoun_after_a_reason_is_the_command(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ["T-61"], None)], doc
    assert doc["mode"] == "intake" and doc["tasks"] == [] and not doc["unsure"], doc


@pytest.mark.parametrize("text, verb", [
    ("T-61 is not needed anymore, so skip it", "skip"),
    ("T-61 wird nicht mehr gebraucht, also überspring sie", "skip"),
    ("T-61はもういらないのでスキップして", "skip"),
])
def test_a_verb_after_a_reason_stays_the_command(text, verb):
    assert commands_of(parse_at_now(text)) == [(verb, ["T-61"], None)]


# --- "pausiern alles bis montag": a queue verb one letter off, opening its clause before "all" -----------


@pytest.mark.parametrize("text, verb", [
    ("pausiern alles bis freitag bitte", "pause"),
    ("pausire tutto fino a venerdì", "pause"),
    ("ok, pausiern alles", "pause"),
])
def test_a_misspelt_queue_verb_before_all_is_the_queue_command(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, [], "all")], doc
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", ["causa todo el problema", "causa tutto il ritardo", "halten alles zusammen"])
def test_a_word_near_a_queue_verb_before_all_is_no_command(text):
    assert parse_at_now(text)["commands"] == []
