"""Round 39, part C (types): whom a request is sent to decides messaging, also when the verb carries its
pronoun in a Portuguese infinitive ("enviá-la"), the "to" word is elided onto the noun ("all'amministratore")
or a German infinitive comes after the person it asks ("Herrn Yilmaz fragen, ob …")."""

import pytest

from parsing import starts_at_now, tasks_at_now

# --- pt: an infinitive whose r falls before its pronoun ("enviá-la", "mandá-lo") is that verb --------------

@pytest.mark.parametrize("text, kind", [
    ("enviá-la à contabilista do condomínio", "messaging"),
    ("mandá-lo ao senhorio ainda hoje", "messaging"),
    ("depois enviá-los ao Rui por email", "messaging"),
    ("escrevê-lo num ficheiro orcamento.md", "file-creation"),
    ("pesquisá-lo no site da EDP", "info-lookup"),
])
def test_pt_infinitive_with_its_pronoun_keeps_the_verb_type(text, kind):
    assert [task["type"] for task in tasks_at_now(text)] == [kind]


def test_pt_dependent_step_with_the_pronoun_on_the_infinitive_is_messaging():
    tasks = tasks_at_now("- descarregar o recibo da água do site dos SMAS\n- quando o tiveres, enviá-lo à senhoria")
    assert [task["type"] for task in tasks] == ["info-lookup", "messaging"]
    assert tasks[1]["depends_on"] == [0]


# --- it: "alla"/"allo" elided onto a role or a name ("all'idraulico", "all'Enel") says to whom it is written ---

@pytest.mark.parametrize("text", [
    "scrivi all'idraulico per il preventivo della caldaia",
    "scrivi all'amministratore per il rumore dell'ascensore",
    "scrivi all'Acea per la bolletta sbagliata",
    "chiedi all'avvocato se la disdetta è valida",
])
def test_it_elided_to_word_before_a_person_is_messaging(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["messaging"]


@pytest.mark.parametrize("text", [
    "scrivi all'inizio del file spesa.md il totale",   # "all'inizio" is a place in the file, no one written to
    "scrivi all'interno del documento una nota sulle spese",
])
def test_it_elided_to_word_before_a_thing_is_no_recipient(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["file-creation"]


# --- de: the person first, the asking infinitive last ("Herrn Yilmaz fragen, ob …") ------------------------

@pytest.mark.parametrize("text", [
    "Herrn Kaya fragen, ob er die Fliesen noch hat",
    "Frau Roth fragen, ob sie am Samstag Zeit hat",
    "den Hausmeister fragen, ob der Keller abgeschlossen ist",
    "Jonas fragen",
])
def test_de_person_then_asking_infinitive_is_messaging(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["messaging"]


@pytest.mark.parametrize("text", [
    "beim Bürgeramt nach den Öffnungszeiten fragen",   # asked about a place's hours: a lookup
    "Preise für Laminat bei Obi vergleichen",
])
def test_de_asking_no_person_stays_a_lookup(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["info-lookup"]


@pytest.mark.parametrize("text", [
    "ask Mr Kaya whether he still has the tiles",
    "pregúntale al señor Kaya si todavía tiene los azulejos",
    "demande à M. Kaya s'il a encore les carreaux",
    "pergunta ao senhor Kaya se ainda tem os azulejos",
    "chiedi al signor Kaya se ha ancora le piastrelle",
])
def test_asking_a_person_stays_messaging_in_the_other_languages(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["messaging"]


# --- when: a part of the day right after a clock time ("at 10 in the evening") puts the hour in that half ----

@pytest.mark.parametrize("text, start", [
    ("call the neighbour and remind me today at 9 at night to lock the shed", "2026-11-20T21:00:00Z"),
    ("call the neighbour and remind me tomorrow at 8 in the evening to lock the shed", "2026-11-21T20:00:00Z"),
    ("llama a la vecina y recuérdame hoy a las 9 de la noche cerrar el cobertizo", "2026-11-20T21:00:00Z"),
    ("llama a la vecina y recuérdame mañana a las 8 de la noche cerrar el cobertizo", "2026-11-21T20:00:00Z"),
    ("liga à vizinha e lembra-me hoje às 9 da noite de fechar o anexo", "2026-11-20T21:00:00Z"),
    ("chiama la vicina e ricordami oggi alle 9 di sera di chiudere la rimessa", "2026-11-20T21:00:00Z"),
    ("appelle la voisine et rappelle-moi aujourd'hui à 9 heures du soir de fermer l'abri", "2026-11-20T21:00:00Z"),
    ("ruf die Nachbarin an und erinnere mich heute um 9 Uhr abends, den Schuppen abzuschließen", "2026-11-20T21:00:00Z"),
    ("给邻居打个电话，然后提醒我今天晚上九点锁上棚子", "2026-11-20T21:00:00Z"),   # zh/ja say the part first: already read
    ("隣の人に電話して、今夜9時に物置の鍵をかけるようリマインドして", "2026-11-20T21:00:00Z"),
])
def test_part_of_the_day_after_the_hour_is_the_evening(text, start):
    assert starts_at_now(text)[-1] == start


@pytest.mark.parametrize("text, start", [
    ("call the neighbour and remind me tomorrow at 6 in the morning to lock the shed", "2026-11-21T06:00:00Z"),
    ("llama a la vecina y recuérdame mañana a las 6 de la mañana cerrar el cobertizo", "2026-11-21T06:00:00Z"),
    ("appelle la voisine et rappelle-moi demain à 6h du matin de fermer l'abri", "2026-11-21T06:00:00Z"),
    ("chiama la vicina e ricordami domani alle 6 di mattina di chiudere la rimessa", "2026-11-21T06:00:00Z"),
])
def test_a_morning_after_the_hour_keeps_it_before_noon(text, start):
    assert starts_at_now(text)[-1] == start


# --- depends_on: "once you've got it", "when you have it" wait for the step before -------------------------

@pytest.mark.parametrize("text", [
    "1. find the boiler warranty\n2. once you've got it, email the installer a copy",
    "1. find the boiler warranty\n2. when you've found it, email the installer a copy",
    "1. find the boiler warranty\n2. when you have it, email the installer a copy",
    "1. cerca la garanzia della caldaia\n2. una volta che ce l'hai, mandane una copia all'installatore",
])
def test_having_what_the_step_before_found_waits_for_it(text):
    assert [task["depends_on"] for task in tasks_at_now(text)] == [[], [0]]


def test_when_you_get_a_chance_waits_for_nothing():
    text = "1. find the boiler warranty\n2. when you get a chance, email the installer about the service"
    assert [task["depends_on"] for task in tasks_at_now(text)] == [[], []]


# --- when: the day after a reminder noun and its "for" is when the reminder goes off ----------------------

@pytest.mark.parametrize("text, start", [
    ("call the vet and set a reminder for Tuesday to pick up the worming tablets", "2026-11-24T09:00:00Z"),
    ("call the vet and put a reminder in for Tuesday at 8 to pick up the tablets", "2026-11-24T08:00:00Z"),
    ("llama al veterinario y pon un recordatorio para el martes para recoger las pastillas", "2026-11-24T09:00:00Z"),
    ("ruf den Tierarzt an und stell eine Erinnerung für Dienstag ein, die Tabletten abzuholen", "2026-11-24T09:00:00Z"),
    ("appelle le vétérinaire et mets un rappel pour mardi pour récupérer les comprimés", "2026-11-24T09:00:00Z"),
    ("chiama il veterinario e metti un promemoria per martedì per ritirare le pastiglie", "2026-11-24T09:00:00Z"),
    ("liga ao veterinário e cria um lembrete para terça-feira para ir buscar os comprimidos", "2026-11-24T09:00:00Z"),
])
def test_a_reminders_own_day_is_its_start(text, start):
    assert starts_at_now(text)[-1] == start


def test_the_day_of_what_a_reminder_is_about_sets_nothing():
    assert starts_at_now("call the vet and set a reminder about the vaccination for Tuesday")[-1] is None


# --- type: a sheet to make ("hazme una hoja con …", "fais-moi une feuille avec …") is a file, as "a sheet" is --

@pytest.mark.parametrize("text", [
    "make me a sheet with what the bathroom has cost so far",
    "hazme una hoja con lo que llevamos gastado en el baño",
    "haz una planilla con los gastos del baño",
    "faz-me uma folha com o que já gastámos na casa de banho",
    "fais-moi une feuille avec ce qu'on a dépensé pour la salle de bain",
    "fammi un foglio con quello che abbiamo speso per il bagno",
    "mach mir eine Tabelle mit dem, was das Bad bisher gekostet hat",
    "帮我做一张表格，列出卫生间装修到现在花了多少钱",
    "お風呂のリフォームにいくら使ったか表を作って",
])
def test_a_sheet_to_make_is_file_creation(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["file-creation"]


@pytest.mark.parametrize("text", [
    "busca la hoja de reclamaciones del súper",   # a lookup verb decides before the noun
    "cherche la feuille de soins de janvier",
    "procura a folha de pagamento de outubro",
])
def test_a_sheet_looked_for_stays_a_lookup(text):
    assert [task["type"] for task in tasks_at_now(text)] == ["info-lookup"]


# --- type: a later time and then a bare infinitive shares the reminder verb before it (es) ----------------

def test_es_time_then_infinitive_is_a_reminder_too():
    tasks = tasks_at_now("recuérdame cada lunes a las 9 pagar el agua, y todos los viernes a las 8 sacar el reciclaje")
    assert [task["type"] for task in tasks] == ["reminder-scheduling", "reminder-scheduling"]
    assert [task["schedule"]["cron"] for task in tasks] == ["0 9 * * 1", "0 8 * * 5"]


def test_de_time_then_its_own_verb_keeps_its_type():
    tasks = tasks_at_now("jeden Montag um 9 Uhr an den Müll erinnern und jeden Freitag um 8 Uhr schauen, wie das Wetter wird")
    assert [task["type"] for task in tasks] == ["reminder-scheduling", "info-lookup"]
