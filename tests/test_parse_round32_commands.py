"""Round 32, part C (holdout29): control commands beside the user's news and a task that waits for them:
an emoji sets the news apart from a pause/resume ("ya firmamos 🎉 reanuda …"); a group named after its
task word ("les tâches mariage", "die Umzugs-Tasks"); a retry said after a failure with how to try next
("T-29 è fallita, riprova con …", "T-52 a planté → réessaye avec …"); a katakana verb whose last kana has
the wrong vowel ("キャンセレ"); a task after a command that waits for it ("retry T-33, and once it's done …");
the user's own state after a pause with the subject left out ("bin bis morgen im Krankenhaus")."""

import pytest

from task_runner.parse import parse_message


def _queue(text: str) -> dict:
    doc = parse_message(text)
    assert doc["mode"] == "intake" and len(doc["commands"]) == 1 and not doc["tasks"], doc
    return doc["commands"][0]


# ---- an emoji between the user's news and a pause/resume sets them apart like a full stop
@pytest.mark.parametrize("text, verb, name", [
    ("the builder called back 👍 you can resume the kitchen ones", "resume", "kitchen"),
    ("ya pagamos 🙌 reanuda lo del viaje", "resume", "viaje"),
    ("Vertrag ist da 🎉 setz die Hochzeitssachen fort", "resume", "Hochzeits"),
    ("le devis est signé 🎉 reprends les tâches cuisine", "resume", "cuisine"),
    ("chegou a resposta 👍 retoma as tarefas viagem", "resume", "viagem"),
    ("è arrivato il preventivo 🙌 riprendi le attività cucina", "resume", "cucina"),
])
def test_emoji_sets_news_apart_from_queue_command(text, verb, name):
    command = _queue(text)
    assert command["verb"] == verb and command["selector"] == "all" and name in (command["note"] or ""), command


def test_emoji_without_a_queue_verb_is_no_command():
    doc = parse_message("the builder called back 👍 book the skip hire for Friday")
    assert not doc["commands"] and len(doc["tasks"]) == 1, doc


# ---- a group named by its task word before the name, or a hyphenated compound's end
@pytest.mark.parametrize("text, verb, name", [
    ("pause sur les tâches jardin, il pleut trop", "pause", "jardin"),
    ("mets en pause les tâches vacances", "pause", "vacances"),
    ("pausa las tareas mudanza", "pause", "mudanza"),
    ("sospendi le attività trasloco", "pause", "trasloco"),
    ("pausa as tarefas mudança", "pause", "mudança"),
    ("die Garten-Tasks bitte pausieren", "pause", "Garten"),
    ("pausier die Hochzeits-Sachen", "pause", "Hochzeits"),
])
def test_group_named_after_its_task_word(text, verb, name):
    command = _queue(text)
    assert command["verb"] == verb and command["note"] == name, command


def test_task_word_alone_is_the_whole_queue():
    assert _queue("reprends les tâches")["note"] is None
    assert _queue("mets en pause toutes les tâches")["note"] is None


# ---- a failure, then a retry verb alone with only how to try next after it
@pytest.mark.parametrize("text, tid", [
    ("T-41 failed, retry with the staging token", "T-41"),
    ("la T-8 falló, reinténtalo con la VPN", "T-08"),
    ("T-12 ist abgestürzt, versuch es nochmal mit dem neuen Token", "T-12"),
    ("T-52 a planté → réessaye avec le compte admin", "T-52"),
    ("a T-33 falhou, volta a tentar com `pip install --user`", "T-33"),
    ("T-29 è fallita, riprova con `npm ci`", "T-29"),
])
def test_retry_after_failure_with_a_note(text, tid):
    doc = parse_message(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("retry", [tid])] and not doc["tasks"], doc


def test_own_try_after_failure_is_no_retry():
    doc = parse_message("T-33 failed, I'll try with another browser")
    assert not doc["commands"], doc


# ---- a katakana control verb whose last kana has the wrong vowel
@pytest.mark.parametrize("text, verb", [
    ("T-40キャンセレでお願い", "cancel"),
    ("T-41はキャンセラで", "cancel"),
    ("T-42をキャンセロして", "cancel"),  # 5+ kana only, like a dropped kana: "スキッパ" is no typo read
])
def test_katakana_last_vowel_typo(text, verb):
    doc = parse_message(text)
    assert [c["verb"] for c in doc["commands"]] == [verb] and not doc["tasks"], doc


def test_katakana_word_that_only_looks_alike_is_no_command():
    doc = parse_message("ノイズキャンセラーのイヤホンを探して")
    assert not doc["commands"] and len(doc["tasks"]) == 1, doc


# ---- a task after a command that waits for it is no note of the command
@pytest.mark.parametrize("text, tid, word", [
    ("retry T-4 pls, and once it's done text Marco the numbers", "T-04", "Marco"),
    ("reintenta la T-4, y cuando termine mándale el informe a Marta", "T-04", "Marta"),
])
def test_task_waiting_for_the_command(text, tid, word):
    doc = parse_message(text)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("retry", [tid], None)], doc
    assert len(doc["tasks"]) == 1 and word in doc["tasks"][0]["description"] and doc["tasks"][0]["depends_on"] == [tid], doc


def test_note_with_a_later_word_stays_a_note():
    doc = parse_message("retry T-4 with the new key once the VPN is up")
    assert doc["commands"][0]["verb"] == "retry" and doc["commands"][0]["note"], doc


# ---- the user's own state after a pause, the subject left out, is its reason
def test_subject_dropped_own_state_after_pause():
    assert _queue("pausier mal alles, bin bis Freitag auf Dienstreise")["verb"] == "pause"
    doc = parse_message("pausier mal alles, bitte ruf morgen den Vermieter an")
    assert doc["commands"] and len(doc["tasks"]) == 1, doc


# ---- a dash sets the user's news apart from an object-first "all blocked … again"
@pytest.mark.parametrize("text", [
    "Netz geht wieder – alle blockierten nochmal versuchen bitte",
    "il wifi è tornato — tutte le bloccate riprova",
    "internet volvió - todas las bloqueadas reintenta",
])
def test_dash_before_selector_then_verb(text):
    doc = parse_message(text)
    assert [(c["verb"], c["selector"]) for c in doc["commands"]] == [("retry", "blocked")] and not doc["tasks"], doc


# ---- Japanese: the reason's end parts the clauses, how to try may come before the verb
@pytest.mark.parametrize("text, verb, tid", [
    ("T-24失敗してたので再実行お願い", "retry", "T-24"),
    ("T-7エラーになったから本番のキーで再試行して", "retry", "T-07"),
    ("T-8落ちてたので `npm ci` でリトライして", "retry", "T-08"),
])
def test_japanese_reason_then_verb_last(text, verb, tid):
    doc = parse_message(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [(verb, [tid])] and not doc["tasks"], doc


def test_japanese_reason_then_other_request_is_no_command():
    doc = parse_message("T-9がまだ終わってないので、先に請求書を送って")
    assert not doc["commands"] and len(doc["tasks"]) == 1, doc


# ---- Italian "fino a …" says how long a pause lasts, as "bis", "hasta", "jusqu'à", "até" do
def test_italian_until_ends_the_pause():
    assert _queue("metti in pausa tutto fino a lunedì, sono al mare senza campo")["verb"] == "pause"
    assert _queue("metti tutto in pausa fino alle otto")["verb"] == "pause"
    doc = parse_message("metti in pausa tutto fino a lunedì, poi chiama il commercialista")
    assert doc["commands"] and len(doc["tasks"]) == 1, doc
