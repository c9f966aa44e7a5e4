"""Round 31, part A (holdout28): control commands written with English (or mixed) verbs and states inside
sentences of other languages, id-first orders, and the forms such verbs take there."""

import pytest

from task_runner.parse import parse_message


def _commands(text: str) -> list[tuple[str, list[str]]]:
    doc = parse_message(text)
    assert doc["mode"] == "intake", doc
    return [(c["verb"], c["ids"]) for c in doc["commands"]]


# ---- an English state word after the language's copula ("T-5 ist done", "T-5 c'est done", "T-5 è done")
# or after its "as" ("marca la T-5 como done") is that state: done, or urgent
@pytest.mark.parametrize("text, verb, ids", [
    ("T-41 ist done, danke", "done", ["T-41"]),
    ("T-42 und T-43 sind done", "done", ["T-42", "T-43"]),
    ("T-44 ist urgent, der Kunde wartet", "urgent", ["T-44"]),
    ("markier T-45 als done", "done", ["T-45"]),
    ("T-46 c'est done", "done", ["T-46"]),
    ("T-47 est done depuis hier", "done", ["T-47"]),
    ("marque la T-48 comme done", "done", ["T-48"]),
    ("T-49 è done", "done", ["T-49"]),
    ("T-50 è urgentissimo", "urgent", ["T-50"]),
    ("segna la T-51 come done", "done", ["T-51"]),
    ("marca la T-52 como done", "done", ["T-52"]),
    ("la T-53 ya está done", "done", ["T-53"]),
    ("marca a T-54 como done", "done", ["T-54"]),
    ("a T-55 já tá done", "done", ["T-55"]),
])
def test_copula_with_an_english_state(text, verb, ids):
    assert _commands(text) == [(verb, ids)]


@pytest.mark.parametrize("text", [
    "wenn du done bist, schick mir den Bericht",
    "quand c'est done, envoie le lien à Marc",
    "quando è done manda il file a Gianni",
])
def test_a_state_word_without_an_id_orders_nothing(text):
    assert parse_message(text)["commands"] == []


# ---- French "on" + an English verb after the ids ("T-5 on skip"), as "on saute"
@pytest.mark.parametrize("text, ids", [
    ("T-61 on skip, c'est pas prioritaire", ["T-61"]),
    ("T-62 et T-63 on les skippe", ["T-62", "T-63"]),
])
def test_french_on_with_an_english_verb(text, ids):
    assert _commands(text) == [("skip", ids)]


def test_french_on_skip_without_an_id_is_no_command():
    assert parse_message("on skip le dessert ce soir ?")["commands"] == []


# ---- a small kana typed full size in a katakana control verb ("キヤンセル" for キャンセル, "スキツプ" for スキップ)
@pytest.mark.parametrize("text, verb", [
    ("T-71をキヤンセルして", "cancel"),
    ("T-72はスキツプで", "skip"),
    ("T-73をリトライして", "retry"),
])
def test_small_kana_typed_full_size(text, verb):
    assert _commands(text) == [(verb, [text[:4]])]


def test_full_size_kana_outside_a_command_is_no_command():
    assert parse_message("キヤンセル待ちの航空券を探して")["commands"] == []


# ---- an id-first command whose verb is followed by a word for the ids just named ("cancel all three")
@pytest.mark.parametrize("text, verb, ids", [
    ("T-81, T-82, T-83 — cancel all three", "cancel", ["T-81", "T-82", "T-83"]),
    ("T-84 and T-85: skip both", "skip", ["T-84", "T-85"]),
    ("T-86 y T-87 — cancela las dos", "cancel", ["T-86", "T-87"]),
    ("T-88 e T-89 riprova tutte e due", "retry", ["T-88", "T-89"]),
    ("T-90 et T-91 — annule les deux", "cancel", ["T-90", "T-91"]),
])
def test_verb_then_both_after_the_ids(text, verb, ids):
    assert _commands(text) == [(verb, ids)]


def test_both_after_a_verb_without_ids_is_no_id_command():
    assert parse_message("cancel both subscriptions to the gym and the magazine")["commands"] == []


# ---- typos of control verbs declared by their language ("réesaye" → réessaye; "重是" → 重试, an IME homophone)
@pytest.mark.parametrize("text", ["réesaye T-92", "réessaye T-92", "重是 T-92", "T-92 重是一下"])
def test_control_verb_typos(text):
    assert _commands(text) == [("retry", ["T-92"])]
