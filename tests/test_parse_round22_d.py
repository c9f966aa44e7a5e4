"""Round 22, part D (holdout16's misses in fr, pt, ja, it): a question word opens a status question
without its mark; the last final state ordered for an id decides; a final state takes only a note
that a note opener starts; a delegation after a leading dependency clause."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a sentence that opens with a question word asks, mark or not
@pytest.mark.parametrize("text", [
    "qu'est-ce qui est fini depuis hier soir",
    "cosa è stato completato stanotte",
    "what is done since last night",
])
def test_a_question_word_opens_a_status_question_without_its_mark(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == []
    assert doc["status_query"]["status"] == "done"


@pytest.mark.parametrize("text", [
    "quand T-04 est fini, lance le build",
    "quando T-04 è finito, lancia il build",
])
def test_a_condition_opened_by_a_question_word_is_no_status_question(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == ["T-04"]


# ---- the last final state ordered for an id is the one meant
@pytest.mark.parametrize("text, verb", [
    ("T-22 on laisse tomber, annule", "cancel"),
    ("T-22 on passe, annule-la", "cancel"),
    ("T-22 cancel, skip it", "skip"),
])
def test_a_later_order_of_another_final_state_decides(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ["T-22"], None)] and doc["tasks"] == []


@pytest.mark.parametrize("text, verb", [
    ("t-79 sáltatela, ya no hace falta", "skip"),  # a description after the order gives its reason
    ("T-04 is done, mark it", "done"),
    ("T-22, annule", "cancel"),
])
def test_a_reason_after_an_order_does_not_change_it(text, verb):
    doc = parse_at_now(text)
    assert [c[0] for c in commands_of(doc)] == [verb] and doc["tasks"] == []


# ---- a final state (done, skip, cancel) has no next attempt: a bare clause after it is no note
@pytest.mark.parametrize("text", [
    "T-18 c'est fait, je l'ai envoyé moi-même",
    "T-16 fatto, l'ho sistemato io",
    "skip T-03, T-07 and T-09 - Dad's appointment moved",
])
def test_a_bare_clause_after_a_final_state_is_no_note(text):
    doc = parse_at_now(text)
    assert doc["commands"] and all(c["note"] is None for c in doc["commands"]) and doc["tasks"] == []


@pytest.mark.parametrize("text, verb, note", [
    ("skip T-04 (the API is down)", "skip", "the API is down"),
    ("cancel T-04, because the client left", "cancel", "because the client left"),
    ("retry T-04, the token expired", "retry", "the token expired"),
    ("skip T-11 for now, will do it myself", "skip", "for now, will do it myself"),
])
def test_an_opened_note_stays_and_a_retry_keeps_its_free_note(text, verb, note):
    doc = parse_at_now(text)
    assert [(c["verb"], c["note"]) for c in doc["commands"]] == [(verb, note)]


# ---- a delegation after a leading dependency clause
@pytest.mark.parametrize("text", [
    "ajoute une tâche : une fois T-07 terminée, demande à Codex de migrer le catalogue",
    "põe na fila: depois que a T-15 terminar, pede pro Claude Code refatorar o endpoint /reservas da API",
    "metti in coda: quando la T-15 è finita, chiedi a Codex di aggiungere i test al modulo pagamenti",
    "after T-07 is done, ask Codex to migrate the catalogue",
])
def test_a_delegation_after_a_dependency_clause(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["type"] == "agent-delegation" and tasks[0]["depends_on"]


def test_a_person_asked_after_a_dependency_clause_gets_a_message():
    tasks = parse_at_now("une fois T-07 terminée, demande à Paul de migrer le catalogue")["tasks"]
    assert [t["type"] for t in tasks] == ["messaging"]


# ---- scheduling an event: a reminder-scheduling task done now, the day and hour are the event's
@pytest.mark.parametrize("text", [
    "planifie une réunion avec l'équipe rivets mardi 15h",
    "agenda uma reunião com a transportadora quinta às 14h",
    "jazz:\n• fissa una riunione col service audio mercoledì alle 11\n• crea la scaletta in scaletta.txt",
    "松江の件\n1) 火曜15時に観光協会との打ち合わせを予定に入れて\n2) パンフレットの原稿を pamphlet.docx に作って",
    "schedule a meeting with the rivets team tuesday 3pm",
])
def test_scheduling_an_event_is_done_now(text):
    tasks = parse_at_now(text)["tasks"]
    assert tasks and tasks[0]["type"] == "reminder-scheduling"
    assert tasks[0]["schedule"]["not_before"] is None and tasks[0]["schedule"]["due"] is None


@pytest.mark.parametrize("text, kind", [
    ("mardi 15h planifie une réunion avec l'équipe", "reminder-scheduling"),  # a date before the verb: do it then
    ("cherche une salle pour la réunion de mardi", "info-lookup"),
])
def test_a_date_not_after_a_scheduled_event_keeps_its_reading(text, kind):
    tasks = parse_at_now(text)["tasks"]
    assert [t["type"] for t in tasks] == [kind]
    if "15h" in text:
        assert tasks[0]["schedule"]["not_before"] is not None


def test_a_meeting_room_is_no_meeting():
    tasks = parse_at_now("会議室予約システムの料金を比較して")["tasks"]
    assert [t["type"] for t in tasks] == ["info-lookup"]
