"""Round 14: a start time that opens a sentence holds for a joined second request, except when that
request is a lookup (asked for now) or carries its own "now" cue ("schon mal", "right away"); a start
time cut off the lookup it opens ("morgen früh als Erstes – … nachschauen") stays with it."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from corpus_scoring import NOW  # noqa: E402
from task_runner.parse import parse_message  # noqa: E402


def _starts(message):
    doc = parse_message(message, now=NOW)
    assert doc["mode"] == "intake", doc
    return [(task["type"], bool(task["schedule"]["not_before"])) for task in doc["tasks"]]


@pytest.mark.parametrize("message", [
    "at 4pm text the caretaker the gate code, and post the rota in the staff chat",
    "mañana a las 9 llama al fontanero y escríbele a la vecina lo de la llave",
    "morgen um 10 der Vermieterin die Fotos schicken und den Plan in die Hausgruppe posten",
    "明天上午10点把账单发给房东，顺便在业主群里发一下停水通知",
    "demain à 9h appelle le plombier et envoie les photos à la voisine",
    "amanhã às 9h liga pro encanador e manda as fotos pra vizinha",
    "domani alle 9 chiama l'idraulico e manda le foto alla vicina",
    "明日の朝9時に大家さんに写真を送って、管理会社に連絡しておいて",
])
def test_a_joined_message_keeps_the_start_time(message):
    assert _starts(message) == [("messaging", True), ("messaging", True)]


def test_a_joined_file_keeps_the_start_time():
    assert _starts("at 4pm text the caretaker the gate code, and write the rota into rota.md") == \
        [("messaging", True), ("file-creation", True)]


@pytest.mark.parametrize("message, first", [
    ("at 4pm text the caretaker the gate code, and find out whether the hall has a piano", "messaging"),
    ("a las 4 escríbele al conserje el código y averigua si el salón tiene piano", "messaging"),
    ("um 16 Uhr dem Hausmeister den Code schicken, außerdem herausfinden, ob die Halle ein Klavier hat", "messaging"),
    ("下午4点提醒我给房东交房租，另外帮我查一下附近哪里能修自行车", "reminder-scheduling"),
    ("à 16h envoie le code au gardien, et cherche aussi si la salle a un piano", "messaging"),
    ("às 16h manda o código pro zelador, e pesquisa também se o salão tem piano", "messaging"),
    ("alle 16 manda il codice al custode, e inoltre scopri se la sala ha un pianoforte", "messaging"),
    ("午後4時に管理人に暗証番号を送って、あとホールにピアノがあるか調べて", "messaging"),
])
def test_a_joined_lookup_is_asked_for_now(message, first):
    assert _starts(message) == [(first, True), ("info-lookup", False)]


@pytest.mark.parametrize("message", [
    "in drei Stunden schick Oma die Fotos, und schreib schon mal die Einkaufsliste in liste.md",
    "in three hours send Gran the photos, and right away write the shopping list in list.md",
])
def test_a_joined_request_with_a_now_cue_is_for_now(message):
    assert _starts(message) == [("messaging", True), ("file-creation", False)]


def test_a_start_time_cut_off_its_own_lookup_stays_with_it():
    message = "morgen früh als Erstes – die Öffnungszeiten vom Wertstoffhof nachschauen und heute noch die Miete überweisen"
    assert _starts(message)[0] == ("info-lookup", True)
