"""Round 37, part C (when, types, dependencies): a statement whose subject is a noun ("…, the exam is on the
9th") says when that thing is, the close of a window ("dalle 9 alle 17") belongs where its open
does, and a weekday after a negation is no repetition."""

import pytest

from parsing import starts_at_now, tasks_at_now

# --- "…, <the noun> <is> <date/time>": when the thing is, no start of the task -------------------

@pytest.mark.parametrize("text", [
    "cria um resumo do capítulo 3 para a prova, a prova é dia 9 às 14h",
    "haz un resumen del tema 4, el examen es el jueves a las 10",
    "write a one-page summary of chapter 2, the exam is on Thursday at 10am",
    "fais une fiche de révision du chapitre 5, le partiel est jeudi à 10h",
    "schreib eine Zusammenfassung von Kapitel 3, die Prüfung ist am Donnerstag um 10 Uhr",
    "fai un riassunto del capitolo 6, l'esame è giovedì alle 10",
])
def test_a_nouns_statement_sets_no_start(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "write the summary, then send it to Ann at 5pm",         # a request of its own
    "write the summary, the exam is after 5pm so no rush",    # an explicit start cue still starts it
    "escreve o resumo, amanhã às 9h",                         # the time opens the clause: a start
])
def test_a_request_or_a_cue_after_the_comma_still_starts(text):
    assert any(start is not None for start in starts_at_now(text))


# --- a window's close after a time that describes the thing ------------------------------------

@pytest.mark.parametrize("text", [
    "crea un foglio con i turni per il mercatino, che è sabato dalle 9 alle 17",
    "prepara la lista dei volontari per la festa, che è domenica dalle 10 alle 18",
])
def test_a_windows_close_is_the_things_too(text):
    assert starts_at_now(text) == [None]


@pytest.mark.parametrize("text", [
    "chiamami domani dalle 9 alle 11",
    "call me tomorrow from 9 to 11",
    "ruf mich morgen von 9 bis 11 Uhr an",
])
def test_a_window_of_the_task_still_starts(text):
    assert starts_at_now(text)[0] is not None


# --- a weekday right after a negation: the day to leave out, no repetition -----------------------

@pytest.mark.parametrize("text", [
    "such einen Termin beim Zahnarzt für Mia (bloß nicht dienstags, da hat sie Turnen)",
    "find a dentist slot for Sam, not on Tuesdays",
    "busca hora con el dentista para Leo, pero no los martes",
    "cerca un appuntamento dal dentista per Giulia, non il martedì",
    "marca dentista para o Rui, não às terças",
])
def test_an_excluded_weekday_is_no_cron(text):
    assert [task["schedule"]["cron"] for task in tasks_at_now(text)] == [None]


@pytest.mark.parametrize("text", [
    "send the team update to Ann on Tuesdays at 9",
    "schick Anna dienstags um 9 den Wochenbericht",
    "manda el informe a Ana los martes a las 9",
    "manda il report ad Anna il martedì alle 9",
    "envia o relatório à Ana às terças às 9h",
    "send Ann the report every Tuesday, not on Mondays",  # the excluded day comes after the one kept
    "no, los martes a las 9 manda el informe a Ana",      # a comma after the "no": an answer, no exclusion
])
def test_a_weekday_not_negated_still_recurs(text):
    assert tasks_at_now(text)[0]["schedule"]["cron"] == "0 9 * * 2"


# --- entries put into the calendar from a named file: scheduling, not a file to create ------------

@pytest.mark.parametrize("text", [
    "put the dates from dates.txt in my calendar",
    "die Termine aus termine.txt in meinen Kalender eintragen",
    "metti le date di date.txt nel calendario",
    "ajoute les dates de dates.txt dans mon agenda",
    "pon las fechas de fechas.txt en mi calendario",
])
def test_entries_from_a_file_into_the_calendar_are_scheduling(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["reminder-scheduling"]


@pytest.mark.parametrize("text", [
    "create a calendar in calendar.md",                                # the calendar is the file made
    "crea un calendario in calendario.md",
    "die Termine aus termine.txt in eine Tabelle termine.csv eintragen",  # no calendar: a file made
])
def test_a_calendar_file_or_a_table_stays_file_creation(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["file-creation"]


# --- a heading that is its start time said in full, a when-clause at most after it -----------------

@pytest.mark.parametrize("text", [
    "stasera dopo le 21, quando i bimbi dormono:\n- scrivi una mail al prof. Neri\n- prenota il dentista per Luca",
    "tomorrow after 9, when the kids are at school:\n- email Mr Grant about the meeting\n- book the dentist for Ivy",
    "heute Abend nach 21 Uhr, wenn die Kinder schlafen:\n- schreib Herrn Berger wegen des Termins\n- buch den Zahnarzt für Lina",
    "ce soir après 21h:\n- écris à M. Bertin pour le rendez-vous\n- réserve le dentiste pour Lina",
])
def test_a_start_time_heading_starts_every_item(text):
    starts = starts_at_now(text)
    assert len(starts) == 2 and all(starts), starts


@pytest.mark.parametrize("text", [
    "stasera dopo le 21, e poi domani:\n- scrivi una mail al prof. Neri\n- prenota il dentista per Luca",  # no when-clause
    "le cose per la gita delle 21:\n- scrivi una mail al prof. Neri\n- prenota il dentista per Luca",  # a topic, no time alone
])
def test_a_heading_with_more_than_its_time_starts_nothing(text):
    assert starts_at_now(text) == [None, None]
