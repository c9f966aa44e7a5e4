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


# ---- an English control verb with the language's verb ending next to the ids: "skippen", "retryen",
# "skippala", "skipea", "skipa" (loan_context_endings)
@pytest.mark.parametrize("text, verb, ids", [
    ("T-21 und T-22 skippen", "skip", ["T-21", "T-22"]),
    ("T-23 bitte nochmal retryen", "retry", ["T-23"]),
    ("T-24 droppen, brauchen wir nicht", "cancel", ["T-24"]),
    ("T-25 skippala pure", "skip", ["T-25"]),
    ("skippa la T-26", "skip", ["T-26"]),
    ("skipea la T-27", "skip", ["T-27"]),
    ("canceleen la T-28 y la T-29", "cancel", ["T-28", "T-29"]),
    ("skipa a T-30", "skip", ["T-30"]),
])
def test_loan_verb_with_the_language_ending(text, verb, ids):
    assert _commands(text) == [(verb, ids)]


@pytest.mark.parametrize("text", [
    "wir müssen das Intro skippen, schreib Lea wegen des Videos",
    "skippare la colazione non è una buona idea, cerca ricette veloci",
])
def test_loan_verb_without_ids_is_no_command(text):
    assert parse_message(text)["commands"] == []


# ---- a Chinese verb complement ("一下", "一遍", "掉") completes an English verb, before or after the ids
@pytest.mark.parametrize("text, verb, ids", [
    ("T-31 retry 一下", "retry", ["T-31"]),
    ("T-32 skip 一下吧", "skip", ["T-32"]),
    ("cancel 掉 T-33 到 T-35，不做了", "cancel", ["T-33", "T-34", "T-35"]),
    ("取消掉 T-36", "cancel", ["T-36"]),
])
def test_zh_complement_after_an_english_verb(text, verb, ids):
    assert _commands(text) == [(verb, ids)]


def test_zh_negated_english_verb_with_complement():
    assert parse_message("T-37 不要 cancel 掉")["commands"] == []


# ---- a final state said again after the first one, up to the next clause, is the one meant: "T-38 不用做了
# skip 掉，另外…" skips it (and what follows the comma is the text's again)
def test_restated_final_state_in_its_own_clause():
    doc = parse_message("T-38 不用做了 skip 掉，另外帮我写个会议纪要存成 notes.md")
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("skip", ["T-38"])]
    assert len(doc["tasks"]) == 1 and "notes.md" in doc["tasks"][0]["description"]


# ---- in Chinese and Japanese a reason may come between the ids and a verb that ends the clause; an
# opener ("retry") ends it too: "T-39 换个 key 再 retry"
@pytest.mark.parametrize("text, ids", [
    ("T-39 换个 key 再 retry", ["T-39"]),
    ("T-40 用新的 token 再 retry 一下", ["T-40"]),
])
def test_cjk_clause_ending_in_an_english_verb(text, ids):
    assert _commands(text) == [("retry", ids)]


def test_cjk_english_verb_inside_the_clause_is_no_command():
    assert parse_message("T-41 的 retry 逻辑有问题，帮我看看代码")["commands"] == []


# ---- a selector first, then a control verb that ends the clause ("alle failed Tasks bitte skippen",
# "把所有 blocked 的都 retry 一遍"), also after a request ("kannst du alle … nochmal retryen?")
@pytest.mark.parametrize("text, verb, selector", [
    ("alle failed Tasks bitte skippen", "skip", "blocked"),
    ("kannst du alle blocked Tasks nochmal retryen?", "retry", "blocked"),
    ("kannst du alle blockierten nochmal versuchen?", "retry", "blocked"),
    ("all blocked tasks: retry", "retry", "blocked"),
    ("todas las bloqueadas: reintenta", "retry", "blocked"),
    ("tutte le bloccate skippale", "skip", "blocked"),
    ("把所有 blocked 的都 retry 一遍", "retry", "blocked"),
    ("把所有 pending 的任务都 cancel 掉", "cancel", "pending"),
])
def test_selector_then_a_verb_ending_the_clause(text, verb, selector):
    doc = parse_message(text)
    assert [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]] == [(verb, [], selector)]
    assert doc["tasks"] == []


@pytest.mark.parametrize("text", ["all the tasks are done", "alle blockierten Aufgaben retry ich morgen selbst"])
def test_selector_without_a_closing_verb_is_no_command(text):
    assert parse_message(text)["commands"] == []


# ---- an English verb after the language's light verb or preposition: "faz retry na T-5", "dá um retry na T-5",
# "hazle un retry a la T-5", "retry na T-5" (Portuguese na/no = em + a/o before the id)
@pytest.mark.parametrize("text, ids", [
    ("retry na T-11", ["T-11"]),
    ("faz retry no T-12 com a chave nova", ["T-12"]),
    ("dá um retry na T-13", ["T-13"]),
    ("hazle un retry a la T-14", ["T-14"]),
])
def test_light_verb_with_an_english_verb(text, ids):
    doc = parse_message(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("retry", ids)] and doc["tasks"] == []


def test_na_before_an_id_without_a_verb_is_no_command():
    assert parse_message("trabalha na T-15 depois do almoço")["commands"] == []


# ---- a selector after a filler ("dale retry a todo lo que esté blocked") and with the subjunctive ("esté")
@pytest.mark.parametrize("text", ["dale retry a todo lo que esté blocked", "reintenta todo lo que esté bloqueado",
                                  "reintenta a todas las bloqueadas"])
def test_spanish_selector_forms(text):
    doc = parse_message(text)
    assert [(c["verb"], c["selector"]) for c in doc["commands"]] == [("retry", "blocked")]
