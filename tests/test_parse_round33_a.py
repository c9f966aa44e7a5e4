"""Round 33, part a (holdout31, holdout32): when a task may start or is due, in the Latin-script
languages. A calendar entry's date and hour ("put the dentist on the 9th at 3:40 in my calendar") are the
entry's, no start; a reminder's hour ("at 10pm remind me …, and text Jo …") is not the next item's start; an
order word that opens a deadline cue ("e prima di venerdì …") stays with its date; the colon of a clock
time ends no describing clause ("look up if the 10:40 … is running tomorrow"); "to confirm Thursday 8:30"
after a message verb is what the message says; a deadline heading the sentence before a colon is every
task's after it."""

import pytest

from parsing import dues_at_now, starts_at_now, tasks_at_now


# ---- a calendar entry: its date and hour are the entry's, the task is done now
@pytest.mark.parametrize("text", [
    "two things:\n1. email Priya the invoice\n2. put the physio session (Thursday 16:15) in my calendar",
    "dos cosas:\n1. escribe a Lucía por lo del piso\n2. apunta en el calendario la revisión del coche, jueves a las 9:30",
    "zwei Sachen:\n1. schreib Jonas wegen der Miete\n2. trag die Elternsprechstunde am 14.12. um 17:20 in meinen Kalender ein",
    "deux choses :\n1. écris à Margaux pour le loyer\n2. note dans l'agenda le passage du ramoneur, vendredi à 10h",
    "duas coisas:\n1. escreve à Inês sobre a renda\n2. põe na agenda a revisão do carro, quinta às 9h30",
    "due cose:\n1. scrivi a Ilaria per l'affitto\n2. segna in calendario il tagliando della macchina, giovedì alle 9:30",
])
def test_a_calendar_entry_s_date_starts_nothing(text):
    assert starts_at_now(text) == [None, None]


@pytest.mark.parametrize("text", [
    "two things:\n1. email Priya the invoice\n2. at 16:15 remind me to update the calendar",
    "due cose:\n1. scrivi a Ilaria\n2. alle 16 ricordami di aggiornare il calendario",
])
def test_a_reminder_about_the_calendar_keeps_its_hour(text):  # guard: the calendar rule leaves a reminder alone
    assert starts_at_now(text)[1] is not None


# ---- a reminder's hour is the reminder's, the next item is asked for now
@pytest.mark.parametrize("text", [
    "at 9pm remind me to take the bins out and text my brother Ruairi that Sunday lunch is at mum's",
    "a las 21h recuérdame sacar la basura y escríbele a mi hermano Iker que el domingo comemos en casa",
    "um 21 Uhr erinnere mich an den Müll und schreib meinem Bruder Lenz, dass wir Sonntag bei Mama essen",
    "à 21h rappelle-moi de sortir les poubelles et écris à mon frère Gaël qu'on mange chez maman dimanche",
    "às 21h lembra-me de tirar o lixo e escreve ao meu irmão Tiago que domingo almoçamos na mãe",
    "alle 21 ricordami di portare fuori la spazzatura e scrivi a mio fratello Nicola che domenica pranziamo dalla mamma",
])
def test_a_reminder_s_hour_does_not_start_the_next_item(text):
    starts = starts_at_now(text)
    assert len(starts) == 2 and starts[0] is not None and starts[1] is None


# ---- "e prima di venerdì …": the order word opens a deadline, it stays with its date
@pytest.mark.parametrize("text", [
    "domani alle 9 prenota la visita dal dentista, e prima di giovedì manda a Serena il preventivo",
    "domattina prenota il tavolo, e prima di sabato manda a Serena il preventivo",
])
def test_an_order_word_that_opens_a_deadline_keeps_its_date(text):
    tasks = tasks_at_now(text)
    assert len(tasks) == 2 and tasks[1]["description"].startswith("prima d")
    assert tasks[1]["schedule"]["due"] is not None and tasks[1]["schedule"]["not_before"] is None


# ---- the colon of a clock time inside an asked-about clause
@pytest.mark.parametrize("text", [
    "two things:\n- check if the 18:05 to Leeds is running tomorrow\n- email Bob the rota",
    "dos cosas:\n- mira si el de las 18:05 a Zaragoza sale mañana\n- escribe a Bea",
    "zwei Sachen:\n- schau nach, ob der um 18:05 nach Leipzig morgen fährt\n- schreib Bea",
    "deux choses :\n- regarde si le train de 18:05 circule demain\n- écris à Bea",
    "duas coisas:\n- vê se o comboio das 18:05 circula amanhã\n- escreve à Bea",
    "due cose:\n- controlla se il regionale delle 18:05 viaggia domani\n- scrivi a Bea",
])
def test_a_clock_colon_does_not_end_the_asked_about_clause(text):
    assert starts_at_now(text) == [None, None]


# ---- "text X to confirm Thursday 8:30": the message's content
@pytest.mark.parametrize("text", [
    "text Mr Doyle the electrician to confirm Thursday 8:30",
    "manda un whatsapp a Paco el fontanero para confirmar el jueves a las 8:30",
    "envoie un texto à M. Le Gall pour confirmer jeudi 8h30",
    "manda uma mensagem ao sr. Rui para confirmar quinta às 8h30",
    "manda un messaggio al sig. Bruno per confermare giovedì alle 8:30",
])
def test_a_date_to_confirm_is_the_message_s(text):
    assert starts_at_now(text) == [None]


# ---- a deadline heading the sentence before a colon
@pytest.mark.parametrize("text", [
    "By 15:00, please: find out whether my passport is valid for Serbia, and tell Anke on WhatsApp",
    "Antes de las 15:00, por favor: mira si mi DNI vale para Serbia, y escríbele a Anke por WhatsApp",
    "Bis 15 Uhr bitte: finde raus, ob mein Reisepass für Serbien reicht, und sag Anke per WhatsApp Bescheid",
])
def test_a_heading_deadline_is_every_task_s(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] is not None and dues[1] == dues[0]


@pytest.mark.parametrize("text", [  # guards: read so before this round, by the header rule of the item context
    "Before 3pm pls: find out whether my passport is valid for Serbia, and tell Anke on WhatsApp",
    "Avant 15h s'il te plaît : vérifie si mon passeport suffit pour la Serbie, et dis-le à Anke sur WhatsApp",
    "Até às 15h, por favor: vê se o meu passaporte serve para a Sérvia e avisa a Anke no WhatsApp",
    "Entro le 15 per favore: controlla se il mio passaporto va bene per la Serbia e scrivi ad Anke su WhatsApp",
])
def test_a_heading_deadline_stays_every_task_s(text):
    dues = dues_at_now(text)
    assert len(dues) == 2 and dues[0] is not None and dues[1] == dues[0]
