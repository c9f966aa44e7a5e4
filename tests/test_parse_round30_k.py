"""Round 30, part K (holdout27): a clock time said in words or loosely, in every language ("half past six",
"quarter to nine", "halb sieben", "Viertel vor neun", "sept heures moins le quart", "las siete y media",
"às nove e meia", "alle tre meno un quarto", "差一刻九点", "9時15分前") sets the time of the start,
deadline or repetition it belongs to (clock_phrases.py)."""

import pytest

from parsing import parse_at_now
from task_runner.parse import clock_phrases


def _one(text: str) -> dict:
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    return doc["tasks"][0]["schedule"]


# ---- the phrase is read as the clock: hour and minute
@pytest.mark.parametrize("text, clock", [
    ("text Priya at half past seven about the keys", "07:30"),  # "at 7:30" keeps the English afternoon rule
    ("tomorrow at quarter past ten ring the garage about the MOT", "10:15"),
    ("at a quarter to eleven tomorrow email Sam the agenda", "10:45"),
    ("tomorrow at ten to nine send Olu the invoice", "08:50"),
    ("tomorrow at twenty past eight remind me to water the plants", "08:20"),
    ("tomorrow at eleven o'clock call the bank", "11:00"),
    ("tomorrow at quarter to 12 message the landlord", "11:45"),
    ("morgen um halb zehn Anna wegen des Schlüssels anrufen", "09:30"),
    ("morgen um Viertel nach acht die Mails an Herrn Roth schicken", "08:15"),
    ("morgen um Viertel vor elf das Angebot an die Firma schicken", "10:45"),
    ("morgen um zehn nach neun Oma anrufen", "09:10"),
    ("morgen um zehn Uhr den Zahnarzt anrufen", "10:00"),
    ("demain à neuf heures et demie appelle le garage", "09:30"),
    ("demain à dix heures moins le quart envoie le devis à Paul", "09:45"),
    ("demain à onze heures et quart écris à Claire", "11:15"),
    ("mañana a las diez y media llama al fontanero", "10:30"),
    ("mañana a las once menos cuarto escríbele a Lucía", "10:45"),
    ("mañana a las nueve y cuarto manda el informe a Pedro", "09:15"),
    ("amanhã às dez e meia liga para o dentista", "10:30"),
    ("amanhã às nove e um quarto manda o orçamento para o Rui", "09:15"),
    ("amanhã um quarto para as onze manda mensagem para a Ana", "10:45"),
    ("domani alle dieci e mezza chiama il meccanico", "10:30"),
    ("domani alle undici meno un quarto scrivi a Giulia", "10:45"),
    ("domani alle nove e un quarto manda il preventivo a Marco", "09:15"),
    ("domani alle otto e mezzo chiama Paolo per la riunione", "08:30"),
    ("明天差一刻十点给王老师打电话", "09:45"),
    ("明天九点一刻给李经理发邮件", "09:15"),
    ("明日の10時15分前に田中さんにメールを送って", "09:45"),
])
def test_a_clock_said_in_words_is_the_start(text, clock):
    assert _one(text)["not_before"][11:16] == clock


@pytest.mark.parametrize("text, cron", [
    ("every monday at half past eight post the rota in #team", "30 8 * * 1"),
    ("jeden Montag um Viertel nach sieben den Wochenplan an das Team schicken", "15 7 * * 1"),
    ("tous les lundis à huit heures et demie envoie le planning à l'équipe", "30 8 * * 1"),
    ("todos los lunes a las ocho y media manda el plan al equipo", "30 8 * * 1"),
    ("toda segunda às oito e meia manda a escala para a equipe", "30 8 * * 1"),
    ("ogni lunedì alle otto e mezza manda il piano al gruppo", "30 8 * * 1"),
])
def test_a_clock_said_in_words_sets_the_cron(text, cron):
    assert _one(text)["cron"] == cron


def test_a_clock_in_words_is_no_chat():
    doc = parse_at_now("at quarter to nine tomorrow ping Leo about the ferry and at half past six remind me to buy milk")
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2
    assert all(task["schedule"]["not_before"] for task in doc["tasks"])


# ---- negatives: a range, a quantity, a duration are no clock
@pytest.mark.parametrize("text", [
    "from five to ten people said yes",
    "halb zwei Stunden",
    "cut the recipe in half",
    "two and a half kilos",
    "dos horas y media",
    "compra due e mezzo litri di latte",
    "um zehn Prozent",
    "a quarter of the budget",
])
def test_no_clock_in_words(text):
    assert clock_phrases.edits(text) == []


@pytest.mark.parametrize("text", [
    "order five to ten chairs for the hall",
    "bestell fünf bis zehn Stühle für den Saal",
])
def test_a_range_sets_no_time(text):
    assert _one(text)["not_before"] is None


# ---- a clock a colon follows (the message it introduces): still the clock; a colon and digits are more clock
@pytest.mark.parametrize("text, clock", [
    ("envoie à Paul à 18h: j'arrive dans dix minutes", "18:00"),
    ("manda à Rita às 19h: já estou a caminho", "19:00"),
    ("text Maya at 6pm: dinner is ready", "18:00"),
    ("schick Jonas um 18 Uhr: bin gleich da", "18:00"),
    ("escríbele a Pablo a las 20h: ya voy", "20:00"),
])
def test_a_clock_before_a_colon(text, clock):
    assert _one(text)["not_before"][11:16] == clock


# ---- Portuguese "quinze pras oito" (para as, contracted), Japanese 晩 (evening) before an hour
@pytest.mark.parametrize("text, clock", [
    ("amanhã às quinze pras nove liga pro encanador", "08:45"),
    ("amanhã às dez pras sete manda mensagem pra Júlia", "06:50"),
    ("amanhã um quarto pras dez avisa o Pedro da reunião", "09:45"),
])
def test_minutes_to_the_hour_in_portuguese(text, clock):
    assert _one(text)["not_before"][11:16] == clock


@pytest.mark.parametrize("text, cron", [
    ("毎晩9時に薬を飲むようにリマインドして", "0 21 * * *"),
    ("毎晩10時に日記を書くようにリマインドして", "0 22 * * *"),
    ("毎朝7時に天気を調べて", "0 7 * * *"),
])
def test_every_evening_at_an_hour_in_japanese(text, cron):
    assert _one(text)["cron"] == cron


@pytest.mark.parametrize("text", ["晩ご飯のレシピを調べて", "昨晩の会議の議事録をまとめて"])
def test_evening_meals_set_no_time(text):
    assert _one(text) == {"cron": None, "due": None, "not_before": None}


# ---- after a command, a new action its time leads is a task, not the command's note
@pytest.mark.parametrize("text, verb", [
    ("cancel T-30 - instead the day after tomorrow look up trains to Leeds", "cancel"),
    ("skip T-12, and tomorrow morning call the plumber", "skip"),
    ("T-8 is done, and on monday email the invoice to Tara", "done"),
    ("brich T-82 ab, und morgen früh als erstes den Zählerstand im Portal eintragen", "cancel"),
    ("T-86 ist erledigt, dafür morgen Herrn Berg die Übergabe bestätigen", "done"),
    ("brich T-7 ab, stattdessen morgen den Vermieter anrufen", "cancel"),
    ("T-3 ist fertig, und heute Abend die Rechnung an Frau Meier schicken", "done"),
])
def test_a_timed_action_after_a_command(text, verb):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == [verb] and len(doc["tasks"]) == 1
    assert doc["tasks"][0]["schedule"]["not_before"]


@pytest.mark.parametrize("text", [
    "cancel T-9, we moved it to next week",
    "T-12 abbrechen, brauchen wir nicht mehr",
    "T-12 ist erledigt, hat Tom schon gemacht",
    "annule T-52, le stage de cirque est reporté",
    "pode pular a T-125, o show caiu",
])
def test_a_reason_after_a_command_is_no_task(text):
    doc = parse_at_now(text)
    assert len(doc["commands"]) == 1 and doc["tasks"] == []


# ---- a house number after a clock word is where, not when
@pytest.mark.parametrize("text", [
    "get me two quotes for a boiler service on the flat at 22 Elm Road",
    "book a cleaner for the house at 3 Baker Street",
    "find a locksmith near the office at 7 Station Lane",
    "drop the parcel at 12 Rue Victor Hugo",
])
def test_a_house_number_is_no_clock(text):
    assert _one(text)["not_before"] is None


@pytest.mark.parametrize("text, clock", [
    ("tomorrow at 9 call the court about the fine", "09:00"),
    ("morgen um 8 Oma anrufen", "08:00"),
    ("morgen um 9 Herrn Weber wegen der Miete anrufen", "09:00"),
])
def test_a_clock_before_a_name_stays_the_clock(text, clock):
    doc = parse_at_now(text)
    assert doc["tasks"] and doc["tasks"][0]["schedule"]["not_before"][11:16] == clock


# ---- German "wieder aufnehmen" resumes a group or the queue
@pytest.mark.parametrize("text, note", [
    ("Gruppe Umzug wieder aufnehmen", "Umzug"),
    ("die Gruppe Steuer bitte wieder aufnehmen", "Steuer"),
    ("alles wieder aufnehmen", None),
    ("die Warteschlange wieder aufnehmen", None),
])
def test_wieder_aufnehmen_resumes(text, note):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["note"]) for c in doc["commands"]] == [("resume", note)]


def test_wieder_aufnehmen_of_a_thing_is_no_command():
    assert parse_at_now("den Kontakt mit Herrn Roth wieder aufnehmen")["commands"] == []
