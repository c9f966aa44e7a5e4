"""Round 36, part c (holdout35 and holdout34 leftovers): schedules, types and dependencies. A German day number
with its full stop right after a deadline cue ("bis zum 31. bitte: …") is a date; a both-word before the deadline
("…, both before the 31st", "…, les deux avant vendredi") gives it to every task; a "since" word in a statement
after the request ("…, no llegan los mensajes desde el viernes") says how long something has been so, no start;
hours from one clock time to another after a set of days, after the request, are a thing's opening hours; zh
发报价/发合同 sends, it "riavvialo" runs; a bare number after a weekday ("vendredi 18") is a date, no clock time;
a deadline opening the first task holds for what an also-word ("再", "and also") joins to it in the sentence."""

import pytest

from parsing import dues_at_now, starts_at_now, tasks_at_now

END_OF_MONTH = "2026-11-30T17:00:00Z"


@pytest.mark.parametrize("text", [
    "bis zum 30. bitte: den Handyvertrag kündigen und die Mitgliedschaft im Tennisclub kündigen",
    "die Steuerunterlagen zusammensuchen, die müssen bis zum 30. beim Berater sein",
    "den Mietvertrag bis zum 30. unterschreiben",
])
def test_dotted_day_number_after_a_deadline_cue_is_a_date(text):
    assert dues_at_now(text)[0] == END_OF_MONTH


@pytest.mark.parametrize("text", [
    "verlänger die Versicherung vom Auto bevor sie am 30. ausläuft",  # no cue right before: the thing's own date
    "frag Jonas zum 2. Mal nach dem Schlüssel",  # an ordinal ("for the 2nd time")
])
def test_dotted_day_number_without_a_cue_sets_nothing(text):
    assert dues_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "cancel the gym. Close the bank account, both before the 30th",
    "cancela la suscripción del gimnasio. Cierra la cuenta del banco, las dos antes del viernes",
    "Kündige das Fitnessstudio. Schließ das Konto bei der Bank, beide bis Freitag",
    "résilie la salle de sport. Ferme le compte à la banque, les deux avant vendredi",
    "cancela o ginásio. Fecha a conta no banco, os dois até sexta",
    "disdici la palestra. Chiudi il conto in banca, entrambe entro venerdì",
])
def test_both_before_a_deadline_gives_it_to_every_task(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] == dues[1] is not None


@pytest.mark.parametrize("text", [
    "cancel the gym. Close the bank account before the 30th",  # said for the last task only
    "cancela la suscripción del gimnasio. Cierra la cuenta del banco antes del viernes",
    "disdici la palestra. Chiudi il conto in banca entro venerdì",
])
def test_a_deadline_without_a_both_word_stays_the_last_tasks(text):
    dues = dues_at_now(text)
    assert dues[0] is None and dues[1] is not None


@pytest.mark.parametrize("text", [
    "que Claude revise el script de copias, no se ejecuta desde el lunes",
    "que Codex arregle el buscador de la tienda, los pedidos no llegan desde el martes",
    "check the office printer, it hasn't printed since tuesday",
    "schau dir den Drucker im Büro an, er druckt seit Dienstag nicht mehr",
])
def test_since_in_a_statement_is_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "revisa la impresora desde el martes",  # the request's own start
    "controlla la stampante dal martedì",
    "manda el informe a Ana, desde el lunes",  # the time opens the clause
])
def test_since_word_of_the_request_still_starts_it(text):
    assert starts_at_now(text)[0] is not None


@pytest.mark.parametrize("text", [
    "查查办护照要带什么材料，出入境大厅工作日9点到5点",
    "查一下要带什么，窗口每周一9点到5点办公",
    "averigua qué papeles necesito, el registro atiende los lunes de 9 a 14",
    "cerca una palestra, voglio andarci il lunedì dalle 18 alle 20",
])
def test_hours_a_thing_keeps_after_the_request_repeat_nothing(text):
    (task,) = tasks_at_now(text)
    assert task["schedule"] == {"cron": None, "due": None, "not_before": None}


def test_hours_a_thing_keeps_leave_the_tasks_own_start():
    (task,) = tasks_at_now("明天查查办护照要带什么材料，出入境大厅工作日9点到5点")
    assert task["schedule"]["cron"] is None and task["schedule"]["not_before"] == "2026-11-21T09:00:00Z"


@pytest.mark.parametrize("text, cron", [
    ("每周一上午9点到10点提醒我开例会", "0 9 * * 1"),  # the hours open the item: the task's own
    ("每天9点到5点每小时提醒我喝水", "0 9 * * *"),
    ("los lunes de 9 a 14 recuérdame revisar el correo", "0 9 * * 1"),
    ("每个工作日9点提醒我吃药", "0 9 * * 1-5"),  # one clock time, no hours kept
])
def test_hours_that_open_the_request_still_repeat(text, cron):
    assert tasks_at_now(text)[-1]["schedule"]["cron"] == cron


@pytest.mark.parametrize("text", ["给李姐发报价", "明天给王总发合同", "给房东发照片，再问问押金的事"])
def test_zh_sending_a_thing_to_someone_is_a_message(text):
    assert tasks_at_now(text)[0]["type"] == "messaging"


@pytest.mark.parametrize("text", ["帮我查一下发票抬头", "查一下开发文件夹里有什么"])
def test_zh_send_words_inside_other_words_are_no_message(text):
    assert tasks_at_now(text)[0]["type"] == "info-lookup"


@pytest.mark.parametrize("text", ["aggiorna il portatile di Marta e poi riavvialo", "installa gli aggiornamenti sul server e riavvialo"])
def test_it_restarting_it_with_a_pronoun_runs_something(text):
    assert tasks_at_now(text)[-1]["type"] == "code-execution"  # "e poi riavvialo" is a step of its own (round 38 B2)


def test_it_asking_someone_to_restart_stays_a_message():
    assert tasks_at_now("chiama Marta e dille di riavviarlo")[0]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "dis à Marc de poser son lundi 14",
    "diz à Ana para tirar a segunda 14",
    "dile a Marta que se tome el lunes 14",
])
def test_bare_day_number_after_a_weekday_in_the_told_content_is_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "appelle Paul vendredi 18h",  # a clock time after the day still starts it
    "appelle Paul vendredi matin",
    "ruf Paul Freitag 18 Uhr an",
])
def test_clock_or_part_after_a_weekday_still_starts(text):
    assert starts_at_now(text)[0] is not None


@pytest.mark.parametrize("text", [
    "月底之前把宽带销户，再把健身房的卡退了",
    "by friday cancel the broadband and also return the gym card",
    "antes del viernes cancela la fibra y también devuelve el router",
])
def test_deadline_opening_the_first_task_holds_for_what_an_also_word_joins(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] == dues[1] is not None


@pytest.mark.parametrize("text", [
    "月底之前把宽带销户。再把健身房的卡退了",  # another sentence
    "月底之前把宽带销户\n查一下天气",  # another line
    "by friday cancel the broadband, then return the gym card",  # a sequel, after it
])
def test_deadline_opening_the_first_task_stays_its_own_elsewhere(text):
    dues = dues_at_now(text)
    assert dues[0] is not None and dues[1] is None


@pytest.mark.parametrize("text", [
    "o caminhão da mudança chega sábado às 6h, vê se precisa reservar o elevador",
    "a van da mudança chega sábado às 7h, procura no regulamento do prédio se precisa reservar a garagem",
    "il camion del trasloco arriva sabato alle 8, controlla se serve un permesso",
    "el camión de la mudanza llega el sábado a las 8, mira si hace falta un permiso",
    "le camion du déménagement arrive samedi à 8h, regarde s'il faut une autorisation",
    "the moving van arrives saturday at 8, check if we need a permit",
])
def test_time_of_a_thing_in_a_statement_before_a_lookup_is_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "sábado às 6h vê se precisa reservar o elevador",  # the time opens the request: its start
    "amanhã às 10h, vê se a loja abriu",
])
def test_time_opening_a_lookup_still_starts_it(text):
    assert starts_at_now(text)[0] is not None


def test_day_and_month_with_full_stops_stay_a_date():
    assert starts_at_now("am 3.1. die Unterlagen abgeben") == ["2027-01-03T09:00:00Z"]
