"""Round 35, part c (holdout34): task types, dependencies and schedules. A Japanese reminder noun that ends
the request ("…に電話するってリマインド", "…のリマインドをお願い") reminds of what is quoted before it; a
one-character Chinese verb before its command ("跑 `check.sh`") runs it, and "完了再" is a then; a summary
written with no object of its own right after a lookup sums up what the lookup found."""

import pytest

from parsing import tasks_at_now


@pytest.mark.parametrize("text", [
    "・請求書を送る\n・15時に大家さんに電話するってリマインド",
    "・請求書を送る\n・明日の朝に歯医者に電話するのリマインドをお願い",
    "・請求書を送る\n・金曜に佐藤さんにメールするってリマインダー",
])
def test_reminder_noun_last_reminds_of_the_quoted_task(text):
    assert tasks_at_now(text)[1]["type"] == "reminder-scheduling"


@pytest.mark.parametrize("text", [
    "・請求書を送る\n・リマインドのメールを佐藤さんに送って",  # the reminder word names the mail sent
    "・請求書を送る\n・佐藤さんにリマインド",  # reminding someone else: a message to them
])
def test_reminder_noun_not_quoting_a_task_stays_a_message(text):
    assert tasks_at_now(text)[1]["type"] == "messaging"


def test_one_character_verb_before_a_command_runs_it_and_waits():
    tasks = tasks_at_now("今晚10点执行 `~/bin/sync.sh` 同步照片，完了再跑 `~/bin/verify.sh` 检查一下")
    assert [t["type"] for t in tasks] == ["code-execution", "code-execution"]
    assert tasks[1]["depends_on"] == [0]


def test_one_character_verb_inside_a_word_is_no_command():
    tasks = tasks_at_now("帮我查一下跑鞋的价格")
    assert tasks[0]["type"] == "info-lookup"


@pytest.mark.parametrize("text", [
    "- compare the two climbing gyms near Leeds\n- write a summary in gyms.md",
    "- busca vuelos baratos a Lisboa\n- escribe un resumen en vuelos.md",
    "- vergleiche die zwei Stromtarife\n- schreib eine Zusammenfassung in tarife.md",
    "- compare les deux mutuelles\n- écris un résumé dans mutuelles.md",
    "- compara os dois planos de internet\n- escreve um resumo em planos.md",
    "- confronta i due corsi di yoga\n- scrivi un riassunto in yoga.md",
])
def test_summary_after_a_lookup_waits_for_it(text):
    assert tasks_at_now(text)[1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "- compare the two climbing gyms near Leeds\n- write a summary of the lease in lease.md",  # its own object
    "- vergleiche die zwei Stromtarife\n- schreib eine Zusammenfassung der Sitzung",
    "- confronta i due corsi di yoga\n- scrivi un riassunto del verbale in verbale.md",
    "- book a table for friday at Nonna's\n- write a summary in notes.md",  # no lookup before it
])
def test_summary_of_its_own_or_after_no_lookup_waits_for_nothing(text):
    assert tasks_at_now(text)[1]["depends_on"] == []


@pytest.mark.parametrize("text", [
    "from monday to saturday at 7:30pm remind me to lock the back gate",
    "de lunes a sábado a las 19:30 recuérdame cerrar la verja",
    "von Montag bis Samstag um 19:30 erinnere mich ans Hoftor",
    "周一到周六晚上7点30提醒我锁后门",
    "du lundi au samedi à 19h30, rappelle-moi de fermer le portail",
    "de segunda a sábado às 19h30 lembra-me de fechar o portão",
    "月曜から土曜の19時30分に裏口の鍵をリマインドして",
    "dal lunedì al sabato alle 19:30 ricordami di chiudere il cancello",
])
def test_weekday_range_at_a_clock_time_repeats_on_those_days(text):
    schedule = tasks_at_now(text)[0]["schedule"]
    assert (schedule["cron"], schedule["not_before"]) == ("30 19 * * 1-6", None)


def test_monday_to_sunday_is_every_day():
    assert tasks_at_now("dal lunedì alla domenica alle 7 ricordami di dare le medicine al gatto")[0]["schedule"]["cron"] == "0 7 * * *"


@pytest.mark.parametrize("text", [
    "book the cabin at Loch Tay from friday to sunday",  # no clock time: the days the thing takes
    "reserva la sala de lunes a miércoles, y recuérdame mañana a las 9 pagar la fianza",  # the time is another clause's
])
def test_weekday_range_without_its_own_clock_time_repeats_nothing(text):
    assert all(task["schedule"]["cron"] is None for task in tasks_at_now(text))


@pytest.mark.parametrize("text", [
    "get codex to fix the signup page, the captcha never loads. by friday ideally",
    "lass Codex die Anmeldeseite reparieren, das Captcha lädt nie. bis freitag wär gut",
    "que Codex arregle la página de registro, el captcha no carga. antes del viernes idealmente",
    "manda a fatura à Marta. até sexta se possível",
    "envoie la facture à Marta. avant vendredi si possible",
    "send Marta the invoice. by friday please",
])
def test_a_deadline_in_a_sentence_of_its_own_is_the_task_before(text):
    tasks = tasks_at_now(text)
    assert len(tasks) == 1 and tasks[0]["schedule"]["due"] is not None


@pytest.mark.parametrize("text", [
    "email Jo the slides. call the vet by friday",  # a request of its own with its deadline
    "email Jo the slides. by friday book the room for the offsite",
])
def test_a_later_sentence_with_its_own_request_stays_a_task(text):
    tasks = tasks_at_now(text)
    assert len(tasks) == 2 and tasks[0]["schedule"]["due"] is None and tasks[1]["schedule"]["due"] is not None


def test_a_listed_deadline_is_not_folded_into_the_step_before():
    tasks = tasks_at_now("- email Jo the slides\n- call the vet by friday please")
    assert len(tasks) == 2 and tasks[0]["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "- order the flowers from Petals on Mill Road\n- send the seating plan to the venue",
    "- buy the paint at B&Q\n- send the colour chart to my sister",
])
def test_a_definite_thing_sent_after_a_purchase_is_other_news(text):
    assert tasks_at_now(text)[1]["depends_on"] == []


@pytest.mark.parametrize("text", [
    "- buy the train tickets to York\n- send the confirmation to Ana",  # what the purchase gives
    "- write the minutes into minutes.md\n- send the link to the board",  # what the write-up makes
])
def test_what_a_purchase_or_a_write_up_makes_is_still_sent_after_it(text):
    assert tasks_at_now(text)[1]["depends_on"] == [0]


def test_a_possessive_weekday_after_a_deadline_cue_is_the_deadline():
    tasks = tasks_at_now("before saturday's car boot sale:\n1. price the books in prices.csv\n2. text Dev to bring the table")
    assert all(task["schedule"]["due"] is not None for task in tasks)
    assert tasks_at_now("send Ola the slides before friday’s meeting")[0]["schedule"]["due"] is not None


@pytest.mark.parametrize("text", [
    "print tomorrow's boarding passes for me and Sam",  # the thing's day, no cue
    "draft the agenda for friday's meeting in agenda.md",
])
def test_a_possessive_day_without_a_deadline_cue_sets_nothing(text):
    schedule = tasks_at_now(text)[0]["schedule"]
    assert (schedule["due"], schedule["not_before"]) == (None, None)


@pytest.mark.parametrize("text", [
    "have codex fix the newsletter signup, the emails haven't gone out since tuesday",
    "get Claude Code to fix the login page, the client demo is on friday at 10",
    "lass Claude Code die Login-Seite reparieren, die Kundin kommt am Freitag um 10",
])
def test_a_date_in_a_statement_after_a_handed_over_request_starts_nothing(text):
    assert tasks_at_now(text)[0]["schedule"]["not_before"] is None


def test_a_start_cue_after_a_handed_over_request_still_starts_it():
    assert tasks_at_now("have codex fix the contact form, but only after friday")[0]["schedule"]["not_before"] is not None


@pytest.mark.parametrize("text", [
    "帮我查一下南山哪家牙科周六上午有号",
    "查查哪家超市周日开门",
    "查一下什么店周五晚上还营业",
])
def test_a_date_inside_a_which_question_starts_nothing(text):
    assert tasks_at_now(text)[0]["schedule"]["not_before"] is None


def test_a_date_before_the_lookup_verb_still_starts_it():
    assert tasks_at_now("周六上午查一下哪家牙科有号")[0]["schedule"]["not_before"] is not None
