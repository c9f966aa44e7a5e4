"""Round 32, part D (holdout29): mode, types and time.

- a verb that switches a device off or on ("shut down", "apaga", "éteins", "spegni", "desliga", "schalte … aus")
  opens a request, so a timed one is queued work;
- a short-word after a status noun ("point rapide sur la file", "stato veloce della coda") still asks for the status;
- the done-word of a leading condition ("después de que termine la T-44, …") is no request verb, even where another
  language's table has that word as a verb (fr "termine"): the request after the comma decides the type;
- an imperative with an object pronoun written onto it ("mandali", "inviala", "cercali") is that imperative.
"""

import pytest

from task_runner.parse import parse_message


def _tasks(text: str) -> list[dict]:
    doc = parse_message(text)
    assert doc["mode"] == "intake", doc
    return doc["tasks"]


# ---- switch-off / switch-on verbs open a request (a timed one is queued)
@pytest.mark.parametrize("text", [
    "in 2 hours shut down the backup server",
    "tomorrow at 7 switch off the heating in the workshop",
    "dentro de una hora apaga el router del taller",
    "mañana a las 8 enciende la calefacción de la oficina",
    "dans une heure éteins le serveur de jeux",
    "demain à 7h allume le chauffage du garage",
    "tra un'ora spegni il server del gioco",
    "domani alle 8 accendi il riscaldamento in ufficio",
    "daqui a uma hora desliga o servidor do jogo",
    "morgen um 7 schalte die Heizung im Büro aus",
    "morgen um 7 die Heizung im Büro ausschalten",
])
def test_switch_verbs_open_a_request(text):
    tasks = _tasks(text)
    assert len(tasks) == 1 and tasks[0]["schedule"]["not_before"], tasks


@pytest.mark.parametrize("text", [
    "the server was shut down last night, no idea why",
    "la luz se apaga sola cada noche",
])
def test_switch_words_in_a_statement_ask_nothing(text):
    assert parse_message(text)["tasks"] == []


def test_two_timed_switches_split():
    tasks = _tasks("dans une heure éteins le routeur et demain à 8h rallume-le")
    assert len(tasks) == 2 and all(task["schedule"]["not_before"] for task in tasks)


# ---- a short-word after the status noun
@pytest.mark.parametrize("text", [
    "point rapide sur les tâches stp",
    "un point bref sur la file ?",
    "stato veloce della coda?",
    "situazione rapida delle attività",
    "estado rápido de la cola",
    "situação rápida das tarefas",
])
def test_status_noun_then_short_word_asks_status(text):
    doc = parse_message(text)
    assert doc["mode"] == "intake" and doc["status"] and not doc["tasks"], doc


@pytest.mark.parametrize("text", [
    "point rapide sur le budget du mariage",
    "stato veloce della macchina?",
])
def test_short_status_about_something_else_is_no_status(text):
    assert not parse_message(text)["status"]


# ---- the done-word of a leading condition is no request verb
@pytest.mark.parametrize("text, type_", [
    ("después de que termine la T-12, mándale las fotos a Rocío", "messaging"),
    ("después de que termine la T-12, escribe el resumen en resumen.md", "file-creation"),
    ("dopo che finisce la T-12, manda il verbale a Marco", "messaging"),
    ("after T-12 finishes, send the minutes to Marco", "messaging"),
])
def test_condition_done_word_is_no_request_verb(text, type_):
    tasks = _tasks(text)
    assert len(tasks) == 1 and tasks[0]["type"] == type_ and tasks[0]["depends_on"] == ["T-12"], tasks


# ---- an imperative with an attached object pronoun
@pytest.mark.parametrize("text, type_", [
    ("mandali alla signora Bruni", "messaging"),
    ("inviali al commercialista entro venerdì", "messaging"),
    ("cercali su internet e fammi sapere", "info-lookup"),
])
def test_imperative_with_attached_pronoun(text, type_):
    tasks = _tasks(text)
    assert tasks and tasks[0]["type"] == type_, tasks


@pytest.mark.parametrize("text", [
    "fai i turni dei volontari, salvali come turni.xlsx",
    "haz la lista de invitados, guárdalos como invitados.xlsx",
])
def test_keep_plural_object_is_one_job(text):
    tasks = _tasks(text)
    assert len(tasks) == 1 and tasks[0]["type"] == "file-creation", tasks


def test_plural_adjective_is_no_verb():
    from task_runner.parse import lexicon

    assert lexicon.verb_base("listen") is None and lexicon.verb_base("totali") is None


# ---- the day right after a reminder verb is when to remind
@pytest.mark.parametrize("text", [
    "book the cabin if it is under 200, and remind me on Friday to water the plants",
    "reserva la casa rural si cuesta menos de 200, y recuérdame el viernes regar las plantas",
    "buch die Hütte, wenn sie unter 200 kostet, und erinnere mich am Freitag an die Pflanzen",
    "réserve la cabane si c'est moins de 200, et rappelle-moi vendredi d'arroser les plantes",
    "prenota la baita se costa meno di 200, e ricordami venerdì di innaffiare le piante",
    "reserva a cabana se for menos de 200, e me lembra sexta de regar as plantas",
])
def test_day_after_reminder_verb_starts_the_reminder(text):
    tasks = _tasks(text)
    assert len(tasks) == 2 and tasks[1]["type"] == "reminder-scheduling" and tasks[1]["schedule"]["not_before"], tasks
    assert tasks[0]["schedule"]["not_before"] is None


@pytest.mark.parametrize("text", [
    "réserve une table pour vendredi, et rappelle-moi d'acheter du pain",
    "book a table for Friday and call the florist",
])
def test_day_of_the_object_is_no_start(text):
    assert all(task["schedule"]["not_before"] is None for task in _tasks(text))


# ---- a summary written into a named file is that file
@pytest.mark.parametrize("text", [
    "summarize the meeting notes in minutes.md",
    "resume las actas de la reunión en actas.md",
    "fasse die Protokolle in protokoll.md zusammen",
    "résume les comptes rendus dans compte-rendu.md",
    "riassumi i verbali in verbali.md",
    "resume as atas da reunião em atas.md",
])
def test_summary_into_named_file_is_file_creation(text):
    tasks = _tasks(text)
    assert len(tasks) == 1 and tasks[0]["type"] == "file-creation", tasks


@pytest.mark.parametrize("text", [
    "summarize the last 30 emails from the landlord",
    "resume los correos de esta semana",
])
def test_summary_without_a_file_is_a_lookup(text):
    assert _tasks(text)[0]["type"] == "info-lookup"


# ---- ja: a plain verb of two characters last decides the type ("…を探す"), as longer ones do
@pytest.mark.parametrize("text", [
    "1. 去年の議事録をフォルダから探す\n2. 会場の空き状況を調べる",
])
def test_ja_short_plain_verb_last_decides_type(text):
    assert _tasks(text)[0]["type"] == "info-lookup"


# ---- ja: putting an appointment in ("…の予約を入れる") schedules it, as "予定を入れる" does
@pytest.mark.parametrize("text", [
    "1. 美容院の予約を入れて\n2. 駅前の駐輪場の料金を調べて",
    "1. 眼科の予約を入れる\n2. 大家さんにメールする",
])
def test_ja_appointment_put_in_is_scheduling(text):
    assert _tasks(text)[0]["type"] == "reminder-scheduling"


def test_ja_put_into_a_folder_is_no_appointment():
    assert _tasks("1. 会議の資料をフォルダに入れて\n2. 眼科の予約を入れる")[0]["type"] != "reminder-scheduling"


# ---- a one-word vague verb (its pronoun written on) before a vague noun is a vague request, still intake
@pytest.mark.parametrize("text", [
    "trata-me daquilo do seguro, sabes qual é",
    "resolve aquela coisa do banco",
    "arregla lo de la luz",
])
def test_vague_handover_is_intake(text):
    doc = parse_message(text)
    assert doc["mode"] == "intake" and doc["tasks"], doc


def test_vague_verb_with_a_real_object_has_no_doubt():
    doc = parse_message("organiza a viagem a Lisboa")
    assert doc["mode"] == "intake" and not doc["unsure"], doc
