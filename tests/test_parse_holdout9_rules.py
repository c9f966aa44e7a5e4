"""Round 12 (holdout9 as the development set): general rules for classes of misses, each in every
language it applies to, worded differently from the corpus. Grouped by category: mode, commands and
status; splits; when and schedules; types; dependencies."""

import pytest

from parsing import commands_of, parse_at_now


def _types(doc: dict) -> list[str]:
    return [t["type"] for t in doc["tasks"]]


# ======================================================================================= commands, status

# ---- after a join word the range word is the article again: "a T-31 e a T-34" lists two ids, where
# ---- "da T-31 à T-34" is a range

@pytest.mark.parametrize("text, command", [
    ("cancela a T-31 e a T-34", ("cancel", ["T-31", "T-34"], None)),
    ("salta a T-7 e a T-9, já não interessam", ("skip", ["T-07", "T-09"], None)),
    ("cancela da T-31 à T-33", ("cancel", ["T-31", "T-32", "T-33"], None)),
    ("reintenta de la T-5 a la T-7", ("retry", ["T-05", "T-06", "T-07"], None)),
])
def test_range_word_after_a_join_word_is_an_article(text, command):
    assert commands_of(parse_at_now(text)) == [command]


# ---- "turn back to try" and "unpause" verbs: pt "volta a tentar", it "torna a provare", pt/es "despausar"

@pytest.mark.parametrize("text, command", [
    ("volta a tentar a T-58", ("retry", ["T-58"], None)),
    ("volte a tentar todas as bloqueadas", ("retry", [], "blocked")),
    ("torna a provare la T-58", ("retry", ["T-58"], None)),
    ("podes despausar a fila", ("resume", [], "all")),
    ("despausa la cola porfa", ("resume", [], "all")),
])
def test_again_periphrases_and_unpause(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert doc["tasks"] == []


# ---- "again" in a pause/resume clause is one of its fillers, in every language

@pytest.mark.parametrize("text", [
    "reanuda la cola de nuevo", "riprendi la coda di nuovo", "reprends la file à nouveau",
    "retoma a fila de novo", "Warteschlange wieder fortsetzen", "resume the queue again",
])
def test_again_in_a_queue_clause(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("resume", [], "all")], doc
    assert doc["tasks"] == []


# ---- the answer noun alone before the id ("respuesta T-4: …"), an arrow instead of the colon, and
# ---- "as for T-4:" leads ("en cuanto a", "quant à", "quanto à", "quanto alla")

@pytest.mark.parametrize("text, note", [
    ("respuesta T-41: el rojo", "el rojo"),
    ("réponse T-41 : le rouge", "le rouge"),
    ("risposta T-41: il rosso", "il rosso"),
    ("resposta T-41: o vermelho", "o vermelho"),
    ("Antwort T-41: das rote", "das rote"),
    ("answer T-41 -> the red one", "the red one"),
    ("respuesta T-41 → el rojo", "el rojo"),
    ("en cuanto a la T-41: el rojo", "el rojo"),
    ("quant à la T-41 : le rouge", "le rouge"),
    ("quanto à T-41: o vermelho", "o vermelho"),
    ("quanto alla T-41: il rosso", "il rosso"),
])
def test_answer_noun_arrow_and_as_for(text, note):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("answer", ["T-41"], note)], doc


# ---- a control verb with no object that opens its own clause and ends the sentence is said of the
# ---- ids before it ("T-4 failed again, retry please")

@pytest.mark.parametrize("text", [
    "T-64 failed again, retry please",
    "a T-64 deu erro de novo, volta a tentar pf",
    "la T-64 falló otra vez, reintenta porfa",
    "la T-64 a encore planté, réessaie stp",
])
def test_bare_control_verb_after_the_ids_clause(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("retry", ["T-64"], None)], doc
    assert doc["tasks"] == []


def test_bare_control_verb_with_an_object_is_still_a_task():
    doc = parse_at_now("T-64 failed, retry the backup script")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc


# ---- ids typed full-width on a CJK keyboard ("Ｔ－８７") are ids; Japanese loanword verbs typed in
# ---- hiragana ("きゃんせる") are the same verbs; "…しといて" is "…しておいて"; a reason after 、

@pytest.mark.parametrize("text, command", [
    ("Ｔ－４２を最優先にして", ("urgent", ["T-42"], None)),
    ("ｔ－４２ 取消", ("cancel", ["T-42"], None)),
    ("T-42 きゃんせる", ("cancel", ["T-42"], None)),
    ("T-42 すきっぷして", ("skip", ["T-42"], None)),
    ("T-42は飛ばしといて", ("skip", ["T-42"], None)),
    ("T-42〜T-44 全部キャンセルして、雨で中止", ("cancel", ["T-42", "T-43", "T-44"], None)),
    ("T-42 再跑一遍", ("retry", ["T-42"], None)),
    ("跳过 T-41，T-42 再跑一次", None),
])
def test_cjk_keyboard_forms_of_commands(text, command):
    doc = parse_at_now(text)
    if command is None:
        assert commands_of(doc) == [("skip", ["T-41"], None), ("retry", ["T-42"], None)], doc
    else:
        assert commands_of(doc) == [command], doc
    assert doc["tasks"] == []


# ---- status phrases: "Stand der Dinge?", "state of play", "¿en qué va la cola?"

@pytest.mark.parametrize("text", ["Stand der Dinge?", "wie ist der Stand der Dinge?", "what's the state of play?",
                                  "¿en qué van las tareas?"])
def test_state_of_affairs_is_status(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == [], doc


# =============================================================================================== splits

# ---- pt/es "D." (Dona, Dom, Don, Doña) before a name is a title, not the end of a sentence

@pytest.mark.parametrize("text, keyword", [
    ("manda isto à D. Amélia, por favor: \"a encomenda chegou\"", "Amélia"),
    ("escríbele a D. Ramiro que el pedido ya llegó", "Ramiro"),
    ("liga para o D. Duarte. depois compra pão", "Duarte"),
])
def test_title_d_is_no_sentence_end(text, keyword):
    doc = parse_at_now(text)
    assert keyword in doc["tasks"][0]["description"] and doc["tasks"][0]["type"] == "messaging", doc


# ================================================================================================ types

# ---- a kin or role title before the name ("zia Carla", "tante Odile", "aunt Carla") still names a
# ---- person asked: a message, in every language with such titles

@pytest.mark.parametrize("text", [
    "ask aunt Rita whether she still has the tent",
    "pregunta a tía Rita si todavía tiene la tienda",
    "frag Onkel Bernd, ob er den Anhänger noch hat",
    "demande à tonton Marcel s'il a encore la tente",
    "chiedi a nonna Pina se ha ancora la ricetta",
    "pergunta ao tio Zé se ainda tem a tenda",
])
def test_kin_title_before_a_name_is_a_person_asked(text):
    assert _types(parse_at_now(text)) == ["messaging"]


def test_zh_forward_to_is_messaging():
    assert _types(parse_at_now("把这张海报转给舞蹈队的群")) == ["messaging"]


# ========================================================================================= dependencies

# ---- once a "then" has begun the chain, an order word ("finally", "por último", "alla fine") is its
# ---- next step

@pytest.mark.parametrize("text", [
    "find a courier, then book the pickup and finally email the client the tracking number",
    "busca un mensajero, luego reserva la recogida y por último escríbele al cliente",
    "cerca un corriere, poi prenota il ritiro e alla fine scrivi al cliente",
    "cherche un coursier, puis réserve l'enlèvement et enfin écris au client",
])
def test_finally_after_then_waits_for_the_step_before(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0], [1]], doc


# ---- "when T-47 is done, …" waits for that existing task only, not for the item before it

@pytest.mark.parametrize("text", [
    "check the cocoa price, and when T-47 is done, email the coop",
    "vérifie le prix du cacao, et quand T-47 sera terminé, écris à Lucie",
    "revisa el precio del cacao y cuando T-47 esté lista, escríbele a Lucía",
])
def test_once_an_existing_id_is_done_waits_for_it_only(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], ["T-47"]], doc


# ===================================================================================== when, schedules

def _crons(doc: dict) -> list:
    return [t["schedule"]["cron"] for t in doc["tasks"]]


# ---- "weekdays" said as "days of the week" (fr Québec "jours de semaine", es/pt "días/dias de semana"),
# ---- zh 每个月 like 每月, and lists of weekdays after the CJK every-word

@pytest.mark.parametrize("text, cron", [
    ("tous les jours de semaine à 8h, envoie-moi le trafic", "0 8 * * 1-5"),
    ("todos los días de semana a las 8 mándame el tráfico", "0 8 * * 1-5"),
    ("todos os dias de semana às 8 me manda o trânsito", "0 8 * * 1-5"),
    ("每个月5号上午9点提醒我交房租", "0 9 5 * *"),
    ("每周一和周三晚上8点在群里发练习链接", "0 20 * * 1,3"),
    ("毎週月曜と水曜の20時にグループに練習のリンクを送って", "0 20 * * 1,3"),
])
def test_weekday_and_month_schedules(text, cron):
    assert _crons(parse_at_now(text)) == [cron]


# ---- a bare hour 1-6 is the afternoon in chat, unless the message says the morning

@pytest.mark.parametrize("text, cron", [
    ("toda terça às 5 da manhã me manda a maré", "0 5 * * 2"),
    ("every tuesday at 5 in the morning send me the tide table", "0 5 * * 2"),
    ("ogni martedì alle 5 di mattina mandami la marea", "0 5 * * 2"),
    ("every tuesday at 5 send me the tide table", "0 17 * * 2"),
])
def test_bare_early_hour_with_a_morning_word(text, cron):
    assert _crons(parse_at_now(text)) == [cron]


# ---- "24h" is round the clock, not a clock time (hours run to 23)

@pytest.mark.parametrize("text", ["find a 24h pharmacy near Leeds", "busca una farmacia 24h cerca de Lugo",
                                  "cherche une pharmacie 24h près de Nantes"])
def test_24h_is_no_clock_time(text):
    doc = parse_at_now(text)
    assert [t["schedule"]["not_before"] for t in doc["tasks"]] == [None], doc
