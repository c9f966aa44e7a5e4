"""When, not what about: start cues delay a task (not_before), deadline cues set due, dates that
belong to the object set nothing; recurring schedules in every language."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def schedule(message: str) -> dict:
    (task,) = parse_message(message, NOW)["tasks"]
    return task["schedule"]


@pytest.mark.parametrize("message", [
    "find hotels in Porto for the 14th", "book a table for Saturday", "busca hoteles en Oporto para el 14",
    "such Hotels in Porto für den 14.", "cherche des hôtels à Porto pour le 14", "check the weather for Sunday",
    "task: look up train times from Leeds to York on Saturday",
])
def test_a_date_of_the_object_sets_nothing(message):
    assert schedule(message) == {"cron": None, "due": None, "not_before": None}


@pytest.mark.parametrize("message", [
    "finish the slide deck by Friday", "renew the domain before it expires on the 20th",
    "termina el informe hasta el viernes", "die Präsentation bis Freitag fertig machen", "finis le compte rendu avant vendredi",
    "termina a apresentação até sexta", "finisci la presentazione entro venerdì",
])
def test_a_deadline_is_a_due_date(message):
    found = schedule(message)
    assert found["due"] and not found["not_before"] and not found["cron"]


@pytest.mark.parametrize("message", [
    "at 3pm, call the pharmacy", "tomorrow morning call the garage", "in 2 hours check the backup",
    "after 6pm check the deploy", "mañana por la mañana llama al taller", "después de las 18h revisa el despliegue",
    "morgen früh die Werkstatt anrufen", "in 2 Stunden das Backup prüfen", "demain matin appelle la mairie",
    "après 18h vérifie la mise en prod", "amanhã de manhã liga pro mecânico", "daqui a 2 horas verifica o deploy",
    "domani mattina chiama il meccanico", "tra 2 ore controlla il backup",
])
def test_an_explicit_start_delays_the_task(message):
    found = schedule(message)
    assert found["not_before"] and not found["due"] and not found["cron"]


@pytest.mark.parametrize("message, cron", [
    ("every Monday at 9 send the weekly metrics", "0 9 * * 1"),
    ("todos los lunes a las 9 mándame el resumen de ventas", "0 9 * * 1"),
    ("cada día a las 8 revisa el tiempo en Sevilla", "0 8 * * *"),
    ("jeden Montag um 9 die Wochenzahlen schicken", "0 9 * * 1"),
    ("tous les lundis à 9h envoie le point hebdo", "0 9 * * 1"),
    ("chaque jour à 7h vérifie la météo à Nantes", "0 7 * * *"),
    ("toda segunda às 9h manda o relatório semanal", "0 9 * * 1"),
    ("ogni lunedì alle 9 manda il report settimanale", "0 9 * * 1"),
    ("每周一早上9点发周报给团队", "0 9 * * 1"),
])
def test_recurring_schedules_in_every_language(message, cron):
    assert schedule(message)["cron"] == cron


@pytest.mark.parametrize("message", [
    'manda a Jorge esto: "la reunión pasa a las 11, traed los portátiles"', "escríbele a mi jefe que mañana llego tarde",
    "给老板发消息说我明天晚点到", "部長に明日遅れるって連絡して", "ゆいにLINEで10分遅れるって送って",
    "texto à Manon que j'arrive dans 5 min", "tell Sam that the review moves to Friday", "查一下明天上海的天气",
    "土曜日の夜の鳥貴族の席を予約して",
])
def test_dates_inside_the_message_content_or_describing_the_object_set_nothing(message):
    assert schedule(message) == {"cron": None, "due": None, "not_before": None}


@pytest.mark.parametrize("message, key", [
    ("金曜までに企画書を仕上げて", "due"), ("明日の朝、管理会社に電話して", "not_before"),
    ("2時間後にバックアップを確認して", "not_before"), ("下午五点提醒我去取快递", "not_before"),
    ("email Sam tomorrow that the review moves", "not_before"),
])
def test_chinese_and_japanese_times(message, key):
    assert schedule(message)[key]


@pytest.mark.parametrize("message", ["Lisa wegen Samstag schreiben", "olha minha agenda de quinta"])
def test_a_day_the_object_is_about_sets_nothing(message):
    assert schedule("task: " + message) == {"cron": None, "due": None, "not_before": None}


def test_a_message_saying_a_time_is_content():
    assert schedule("send an email to bob@example.com saying the meeting is at 3pm tomorrow")["not_before"] is None


@pytest.mark.parametrize("message", ["réserve un taxi pour 7h", "book a table for 8pm"])
def test_the_time_of_the_thing_booked_sets_nothing(message):
    assert schedule(message) == {"cron": None, "due": None, "not_before": None}


@pytest.mark.parametrize("message", [
    "on the 1st of every month pay the rent", "el primer día de cada mes paga el alquiler", "am Ersten jedes Monats die Miete überweisen",
    "le premier de chaque mois paie le loyer", "no dia 1 de cada mês paga o aluguel", "il primo di ogni mese paga l'affitto",
    "每月1号交房租", "毎月1日に家賃を払って",
])
def test_a_day_of_every_month_in_every_language(message):
    assert schedule(message)["cron"] == "0 9 1 * *"


def test_a_weekly_reminder_is_recurring():
    assert schedule("Please set up a weekly reminder for Monday 9am to review the budget")["cron"] == "0 9 * * 1"


@pytest.mark.parametrize("message", [
    "programa un recordatorio semanal los lunes a las 9", "stell mir eine wöchentliche Erinnerung für Montag um 9",
    "crée un rappel hebdomadaire le lundi à 9h", "cria um lembrete semanal toda segunda às 9h",
    "imposta un promemoria settimanale il lunedì alle 9", "毎週月曜の9時にリマインダーを設定して",
])
def test_weekly_reminders_in_every_language(message):
    (task,) = parse_message(message, NOW)["tasks"]
    assert (task["type"], task["schedule"]["cron"]) == ("reminder-scheduling", "0 9 * * 1")


@pytest.mark.parametrize("message", [
    "¿puedes buscar qué museos abren los lunes en Madrid?", "finde raus wann der Wertstoffhof samstags aufhat",
    "cherche quels musées ouvrent le lundi", "find a groomer open on Sundays",
])
def test_days_inside_a_question_about_opening_times_set_nothing(message):
    assert schedule(message) == {"cron": None, "due": None, "not_before": None}
