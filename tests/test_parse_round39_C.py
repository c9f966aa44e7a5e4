"""Round 39, part C (types): whom a request is sent to decides messaging, also when the verb carries its
pronoun in a Portuguese infinitive ("enviá-la"), the "to" word is elided onto the noun ("all'amministratore")
or a German infinitive comes after the person it asks ("Herrn Yilmaz fragen, ob …")."""

import pytest

from parsing import tasks_at_now

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
