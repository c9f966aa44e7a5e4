"""When, not what about (issue 13 §4), for cues the tables missed: deadlines that open a clause
("bevor sie … ausläuft", "prima che si rinnovi il 31", "antes del día 30"), starts named by a part
of today or tomorrow ("esta tarde", "domattina", "a primera hora", "1時間後に"), a start that has
already come ("today"), dates about what is asked (subordinators of every language), a weekday
name that is another language's word ("mon abonnement"), and German dates after the object."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from corpus_scoring import NOW  # noqa: E402
from task_runner.parse import parse_message  # noqa: E402


def _schedule(message, count=1):
    doc = parse_message(message, now=NOW)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == count, doc
    return {key: bool(value) for key, value in doc["tasks"][0]["schedule"].items()}


@pytest.mark.parametrize("message", [
    "die Versicherung kündigen, bevor sie am Montag verlängert wird",
    "disdici la palestra prima che si rinnovi il 15",
    "cancela el gimnasio antes de que se renueve el lunes",
    "cancela o streaming antes que renove na segunda",
    "résilie l'assurance avant qu'elle se renouvelle lundi",
    "ordena las facturas antes del día 28",
    "cancel the trial before it renews on the 28th",
])
def test_a_deadline_that_opens_a_clause(message):
    assert _schedule(message) == {"cron": False, "due": True, "not_before": False}


@pytest.mark.parametrize("message", [
    "esta tarde llama al fontanero",
    "mañana a primera hora revisa el contrato",
    "domattina per prima cosa chiama il medico",
    "stasera controlla il conto",
    "hoje à tarde liga pro mecânico",
    "cet après-midi appelle le plombier",
    "1時間後に在庫を確認してください",
    "30分後にメールを確認して",
])
def test_a_start_named_by_a_part_of_the_day_or_a_delay(message):
    assert _schedule(message) == {"cron": False, "due": False, "not_before": True}


@pytest.mark.parametrize("message", [
    "call the bank today", "vê o preço da gasolina hoje", "revisa el correo hoy",
])
def test_today_without_a_later_hour_delays_nothing(message):
    assert _schedule(message) == {"cron": False, "due": False, "not_before": False}


@pytest.mark.parametrize("message", [
    "rausfinden, wann die Bibliothek samstags aufhat",
    "averigua cuándo abre la piscina el domingo",
    "scopri quando apre il museo domenica",
    "descubra quando abre o mercado no domingo",
])
def test_a_date_about_what_is_asked_sets_nothing(message):
    assert _schedule(f"1. {message}\n2. Brot kaufen", count=2) == {"cron": False, "due": False, "not_before": False}


def test_a_weekday_abbreviation_that_is_a_word_of_another_language():
    assert _schedule("résilie mon abonnement à la salle") == {"cron": False, "due": False, "not_before": False}
    assert _schedule("call the landlord on Mon at 9") == {"cron": False, "due": False, "not_before": True}


@pytest.mark.parametrize("message, start", [
    ("den Friseurtermin am Donnerstag absagen", False),
    ("Theaterkarten für Hamlet am Samstag besorgen", False),
    ("am Donnerstag den Friseur anrufen", True),
    ("morgen den Friseur anrufen", True),
])
def test_german_dates_after_the_object_are_the_objects(message, start):
    assert _schedule(message)["not_before"] is start


@pytest.mark.parametrize("message", [
    "manda il report settimanale al team", "envía el informe semanal a Marta", "envoie le rapport mensuel à Paul",
    "manda o relatório mensal pro João",
])
def test_a_period_adjective_after_its_noun_is_no_schedule(message):
    assert _schedule(message)["cron"] is False


@pytest.mark.parametrize("message", [
    "manda il report settimanalmente al team", "imposta un promemoria settimanale il lunedì alle 9", "send the report weekly",
])
def test_period_adverbs_and_reminders_still_recur(message):
    assert _schedule(message)["cron"] is True


def test_an_italian_hour_after_dopo_le():
    doc = parse_message("dopo le 18 chiama il tecnico", now=NOW)
    assert doc["tasks"][0]["schedule"]["not_before"].startswith("2026-11-20T18:00")
    french = parse_message("appelle le plombier après le 25", now=NOW)
    assert french["tasks"][0]["schedule"]["not_before"].startswith("2026-11-25")


@pytest.mark.parametrize("message", ["美容院の予約を来週に変更して", "把牙医的预约改到下周三", "会議を金曜に変更してください"])
def test_the_date_a_thing_moves_to_is_no_start(message):
    assert _schedule(message)["not_before"] is False


@pytest.mark.parametrize("message, due", [
    ("prepara el informe, lo necesito para el miércoles", True),
    ("write the brief, I need it for Thursday", True),
    ("find a hotel, I need a room for Saturday", False),
])
def test_needed_by_a_day_is_a_deadline(message, due):
    assert _schedule(message)["due"] is due


@pytest.mark.parametrize("message", [
    "dentro de 2 horas revisa el servidor", "daqui a 2 horas verifica o servidor", "después de las 6 llama a mamá",
    "a partir das 18 liga pra mãe", "dalle 18 chiama la mamma",
])
def test_delays_and_hours_after_a_start_cue(message):
    assert _schedule(message) == {"cron": False, "due": False, "not_before": True}


@pytest.mark.parametrize("message", ["金曜までにレポートを送って", "周五之前把报告发给安娜", "by Friday send the report to Ana"])
def test_by_the_weekday_it_is_today_means_today(message):
    doc = parse_message(message, now=NOW)  # NOW is a Friday
    assert doc["tasks"][0]["schedule"]["due"].startswith("2026-11-20")
