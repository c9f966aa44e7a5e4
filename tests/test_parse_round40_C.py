"""Round 40, part C (types): a letter, note or card written "to" someone is a message, not a file (a
drafted one stays a document), and a request word between a write verb and its recipient ("schreib bitte
der Pflege …", "écris stp à Léa") does not hide to whom it is written."""

import pytest

from parsing import tasks_at_now

# --- a letter noun, then the recipient word: the piece is sent to that person or body ---------------------

@pytest.mark.parametrize("text, kind", [
    ("write a quick note to the nanny saying we are back late", "messaging"),
    ("write a letter to the housing office about the heating", "messaging"),
    ("schreib einen Brief an die Krankenkasse wegen der Zuzahlung", "messaging"),
    ("schreib bis Freitag den Einspruch an das Finanzamt", "messaging"),
    ("écris une lettre à la mutuelle pour le remboursement", "messaging"),
    ("escribe una carta al seguro médico sobre la factura", "messaging"),
    ("escreve um bilhete para a vizinha sobre o gato", "messaging"),
    ("scrivi una lettera al medico di base per la ricetta", "messaging"),
])
def test_a_letter_written_to_someone_is_messaging(text, kind):
    assert [task["type"] for task in tasks_at_now(text)] == [kind]


@pytest.mark.parametrize("text", [
    "draft a short letter to the school about the trip",
    "write a note to notes.md about the new dosage",
    "write a letter of recommendation for the intern",
])
def test_a_drafted_letter_or_a_note_in_a_file_stays_file_creation(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["file-creation"]


# --- a request word between the write verb and its recipient is read past ---------------------------------

@pytest.mark.parametrize("text", [
    "schreib bitte der Tagespflege, dass Oma morgen nicht kommt",
    "écris stp à Léa que je passe demain",
    "escribe por favor a Marta que llego tarde",
    "escreve por favor pra Ana que chego às oito",
    "scrivi per favore a Sara che passo domani",
])
def test_a_request_word_before_the_recipient_keeps_messaging(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["messaging"]


# --- "once you have X" without a comma: what is had, then the request, whose verb decides the type -----------

@pytest.mark.parametrize("text", [
    "look up the vet's number and once you have the number send it to Jana",
    "such die Nummer vom Pflegedienst raus und sobald du die Nummer hast schick sie an Jana",
    "busca el horario de la farmacia y cuando tengas el horario mándaselo a Inés",
    "cherche le numéro du cabinet, et une fois que t'as l'adresse envoie-la à Chloé",
    "procura o horário da farmácia e quando tiveres o horário manda-o à Inês",
    "cerca il numero della guardia medica e una volta che hai il numero mandalo a Luca",
    "病院の電話番号を調べて、番号がわかったら田中さんに送って",
])
def test_a_step_after_once_you_have_it_keeps_the_type_of_its_request(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] == ["info-lookup", "messaging"]
    assert tasks[1]["depends_on"] == [0]


# --- a put/note verb, then the calendar: an entry put there is reminder-scheduling, whatever the thing is ---

@pytest.mark.parametrize("text", [
    "put in my calendar the flu jab for Dad",
    "apunta en la agenda la vacuna de Leo",
    "noter dans l'agenda le vaccin de Léo le 3 décembre",
    "mets dans l'agenda le contrôle de Léo",
    "anota na agenda a vacina do Leo",
    "segna in agenda il vaccino di Leo",
])
def test_an_entry_put_in_the_calendar_is_reminder_scheduling(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["reminder-scheduling"]


@pytest.mark.parametrize("text", [
    "look in my calendar for a free slot on Tuesday",
    "regarde dans l'agenda si mardi est libre",
    "guarda in agenda cosa c'è venerdì",
])
def test_looking_in_the_calendar_stays_a_lookup(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["info-lookup"]
