"""Control commands as people chat them, in every language they apply to: ranges with articles,
ids that take the verb of the command before them, a verb that places the ids ("make T-3
urgent"), object pronouns glued to the verb, reasons between an id and its verb (ja, zh), the
command said twice, and pause/resume clauses with a polite opener, "only" or an "until" part."""
import pytest

from task_runner.parse import parse_message


def _commands(message):
    doc = parse_message(message)
    return {(c["verb"], c["selector"]): c["ids"] for c in doc["commands"]}, doc


@pytest.mark.parametrize("message, ids", [
    ("annule de la T-11 à la T-13", ["T-11", "T-12", "T-13"]),
    ("cancela desde la T-11 hasta la T-13", ["T-11", "T-12", "T-13"]),
    ("cancela da T-11 até a T-13", ["T-11", "T-12", "T-13"]),
    ("annulla dalla T-11 alla T-13", ["T-11", "T-12", "T-13"]),
    ("cancel T-11 through the T-13", ["T-11", "T-12", "T-13"]),
    ("storniere die T-11 bis die T-13", ["T-11", "T-12", "T-13"]),
    ("cancel T-11 and the task T-14", ["T-11", "T-14"]),
])
def test_ranges_and_lists_with_articles(message, ids):
    found, _ = _commands(message)
    assert found == {("cancel", None): ids}


@pytest.mark.parametrize("message, verb, ids", [
    ("T-05 done, and T-08 as well", "done", ["T-05", "T-08"]),
    ("reintenta la T-05, y también la T-08", "retry", ["T-05", "T-08"]),
    ("T-05 ist erledigt 👍 und auch T-08", "done", ["T-05", "T-08"]),
    ("salta T-05 e anche T-08", "skip", ["T-05", "T-08"]),
    ("annule T-05, et aussi T-08", "cancel", ["T-05", "T-08"]),
    ("pula a T-05 e também a T-08", "skip", ["T-05", "T-08"]),
])
def test_an_id_joined_to_a_command_takes_its_verb(message, verb, ids):
    found, doc = _commands(message)
    assert found == {(verb, None): ids} and doc["tasks"] == []


def test_an_id_after_a_new_action_keeps_its_own_reading():
    found, doc = _commands("cancel T-05 and then T-08 — look at its log")
    assert found == {("cancel", None): ["T-05"]} and len(doc["tasks"]) == 1


@pytest.mark.parametrize("message", [
    "and make T-07 urgent", "mets la T-07 en tête", "pon la T-07 primero", "metti T-07 in cima",
    "y la T-07 ponla como urgente", "coloca a T-07 como urgente",
])
def test_a_verb_that_places_the_ids_belongs_to_the_command(message):
    found, doc = _commands(message)
    assert found == {("urgent", None): ["T-07"]} and doc["tasks"] == []


@pytest.mark.parametrize("message, verb", [
    ("T-21 saltala", "skip"), ("T-21 annullala", "cancel"), ("T-21 cancélala", "cancel"), ("T-21 pula-a", "skip"),
])
def test_a_control_verb_with_its_object_pronoun_attached(message, verb):
    found, _ = _commands(message)
    assert found == {(verb, None): ["T-21"]}


@pytest.mark.parametrize("message, verb", [
    ("T-21は先方から不要と連絡があったのでキャンセルで", "cancel"),
    ("T-21は昨日自分で片付けたので完了にしておいて", "done"),
    ("T-21我昨天自己已经做完了", "done"),
])
def test_a_reason_between_the_id_and_its_verb(message, verb):
    found, doc = _commands(message)
    assert found == {(verb, None): ["T-21"]} and doc["tasks"] == []


@pytest.mark.parametrize("message, verb", [
    ("T-21 habe ich schon erledigt, bitte abhaken", "done"),
    ("T-21 is done, mark it", "done"),
    ("abbrechen T-21", "cancel"),
    ("abrechen T-21", "cancel"),  # one letter off
    ("annule T-20, T-21 on passe", None),
])
def test_more_verbs_and_the_command_said_twice(message, verb):
    found, doc = _commands(message)
    if verb is None:
        assert found == {("cancel", None): ["T-20"], ("skip", None): ["T-21"]}
    else:
        assert found == {(verb, None): ["T-21"]}
        assert doc["tasks"] == [] and all(c["note"] is None for c in doc["commands"])


@pytest.mark.parametrize("message, verb, note", [
    ("could you pause everything until Monday", "pause", None),
    ("pausiere alles bis ich wieder da bin", "pause", None),
    ("pausa todo hasta el lunes", "pause", None),
    ("mets tout en pause jusqu'à lundi", "pause", None),
    ("vous pouvez reprendre la file", "resume", None),
    ("kannst du die Warteschlange fortsetzen", "resume", None),
    ("halte bitte die Gruppe garten an", "pause", "garten"),
    ("resume only the group inbox", "resume", "inbox"),
    ("reanuda solo el grupo casa", "resume", "casa"),
    ("retoma só o grupo escola", "resume", "escola"),
    ("riprendi solo il gruppo casa", "resume", "casa"),
    ("reprends seulement le groupe maison", "resume", "maison"),
])
def test_pause_and_resume_clauses(message, verb, note):
    doc = parse_message(message)
    assert [(c["verb"], c["selector"], c["note"]) for c in doc["commands"]] == [(verb, "all", note)]
    assert doc["tasks"] == []


def test_a_pause_of_something_else_is_no_command():
    assert parse_message("pause the video until 2:00")["commands"] == []


@pytest.mark.parametrize("message", [
    "riprova tutte quelle fallite", "relance toutes celles qui ont échoué", "tenta de novo todas aquelas que falharam",
    "reintenta todas esas fallidas", "retry all those failed", "把所有被卡住的任务重试一下", "重试所有被卡住的任务",
])
def test_retry_all_blocked_with_a_pronoun_or_a_passive(message):
    found, doc = _commands(message)
    assert found == {("retry", "blocked"): []} and not doc["status"]


@pytest.mark.parametrize("message", [
    "resposta pro T-08: o de sempre", "resposta pra T-08: o de sempre",
])
def test_answer_openers(message):
    doc = parse_message(message)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("answer", ["T-08"], "o de sempre")]


def test_add_after_a_command_is_a_new_task_not_a_note():
    doc = parse_message("saute T-09, et ajoute : acheter du pain")
    assert [(c["verb"], c["note"]) for c in doc["commands"]] == [("skip", None)]
    assert [t["description"] for t in doc["tasks"]] == ["acheter du pain"]


@pytest.mark.parametrize("note", ["„`0`“", "\"use `make prod` now\"", "«`--dry-run`»"])
def test_a_note_with_code_inside_quotes_comes_back_as_written(note):
    doc = parse_message(f"retry T-04 with {note}")
    assert [c["note"] for c in doc["commands"]] == [f"with {note}"]


@pytest.mark.parametrize("message, note", [
    ("retry T-10 with `-v` and once it's done email the log to Sven", "with `-v`"),
    ("retry T-10 and then email the log to Sven", None),
    ("retry T-10 with the new key, then post the result in #ops", "with the new key"),
    ("reintenta la T-10 y cuando termine manda el log a Sven", None),
    ("relance T-10 et quand c'est fini envoie le log à Paul", None),
    ("riprova T-10 e quando è finito manda il log a Sara", None),
])
def test_a_task_after_a_retry_waits_for_it(message, note):
    doc = parse_message(message)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("retry", ["T-10"], note)]
    assert [task["depends_on"] for task in doc["tasks"]] == [["T-10"]]


def test_an_action_after_a_note_is_a_task_of_its_own():
    doc = parse_message("retry T-04 with more memory and restart the pod")
    assert [c["note"] for c in doc["commands"]] == ["with more memory"]
    assert [task["description"] for task in doc["tasks"]] == ["restart the pod"]


@pytest.mark.parametrize("message", [
    "depois que a T-21 terminar, publica o post",
    "cuando la T-21 termine, publica el aviso",
    "sobald T-21 fertig ist, den Beitrag posten",
])
def test_waiting_for_an_existing_task_in_more_languages(message):
    assert [task["depends_on"] for task in parse_message(message)["tasks"]] == [["T-21"]]


@pytest.mark.parametrize("message, verb, note", [
    ("mets le groupe jardin en pause", "pause", "jardin"),
    ("metti il gruppo casa in pausa", "pause", "casa"),
    ("pon el grupo casa en pausa", "pause", "casa"),
    ("coloca o grupo escola em pausa", "pause", "escola"),
    ("setz die Gruppe garten fort", "resume", "garten"),
    ("put everything on hold", "pause", None),
    ("暂停学校组", "pause", "学校"),
    ("恢复学校组", "resume", "学校"),
    ("学校グループを一時停止して", "pause", "学校"),
    ("学校グループを再開して", "resume", "学校"),
])
def test_queue_verbs_around_their_object_and_group_names_of_several_characters(message, verb, note):
    doc = parse_message(message)
    assert [(c["verb"], c["note"]) for c in doc["commands"]] == [(verb, note)] and doc["tasks"] == []


def test_a_japanese_skip_with_its_particle_has_no_note():
    assert [(c["verb"], c["note"]) for c in parse_message("T-07はスキップで")["commands"]] == [("skip", None)]
