"""Round 34, part B (holdout33): how many tasks a message holds and what each description keeps. Beside a
command, a clause of news in prose ("la junta se ha aplazado a enero") is why, no task; "instead of"
("invece che", "en vez de") is a preposition, no "also" to cut at; the commas of a leading time phrase
("esta noche después de cenar, sobre las 22:30, mándale …") join no clauses, and an about-word before
its clock time ("sobre las", "tipo alle", "por volta das") belongs to it; ja "メッセージして" asks."""

import pytest

from parsing import parse_at_now


def _doc(text: str) -> dict:
    doc = parse_at_now(text)
    assert doc["mode"] == "intake", doc
    return doc


# ---- beside a command, a statement of news is its reason, no task
@pytest.mark.parametrize("text", [
    "pausa el grupo vecinos, la junta se ha cambiado a marzo",
    "reanuda el grupo peña, al final la junta es el sábado",
    "annulla T-12, il pranzo di classe è saltato",
    "sospendi il gruppo coro, la prova è spostata a gennaio",
    "reprends le groupe jardin, finalement c'est dimanche",
    "mets tout en pause, je pars chez mes parents à Brest jusqu'à jeudi",
    "pausa o grupo obras, a visita ficou para janeiro",
])
def test_news_beside_a_command_is_no_task(text):
    doc = _doc(text)
    assert doc["commands"] and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "pausa el grupo mudanza, y llama a la empresa de la furgoneta",
    "annulla T-12 e scrivi a Marta che la gita è saltata",
])
def test_a_request_beside_a_command_stays(text):
    doc = _doc(text)
    assert doc["commands"] and len(doc["tasks"]) == 1, doc


# ---- "instead of" is a preposition, no "also"
@pytest.mark.parametrize("text", [
    "scrivi a Bruno che può venire alle 11 invece che alle 9. e cerca quanto costa un deumidificatore",
    "scrivi a Bruno che può venire alle 11 invece di domattina e cerca quanto costa un deumidificatore",
])
def test_instead_of_is_no_cut(text):
    doc = _doc(text)
    assert len(doc["tasks"]) == 2, doc
    assert "9" in doc["tasks"][0]["description"] or "domattina" in doc["tasks"][0]["description"], doc
    assert doc["tasks"][1]["description"].startswith("cerca"), doc


@pytest.mark.parametrize("text", [
    "text Bruno that he can come at 11 instead of 9",
    "mande à Bruno qu'il peut venir à 11h au lieu de 9h",
])
def test_instead_of_raises_no_sequence_doubt(text):
    doc = _doc(text)
    assert len(doc["tasks"]) == 1 and not any("sequence word" in reason for reason in doc["unsure"]), doc


# ---- a leading time phrase: its about-word and commas are its own
@pytest.mark.parametrize("text", [
    "esta noche, sobre las 21:30, mándale a Nuria el horario del gimnasio",
    "mañana, hacia las 10, escríbele a Nuria lo del gimnasio",
    "stasera, tipo alle 22, scrivi a Franco l'indirizzo della palestra",
    "hoje, por volta das 20h, manda mensagem ao Rui sobre o ginásio",
])
def test_about_word_before_a_clock_time_opens_the_request(text):
    doc = _doc(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["not_before"], doc


@pytest.mark.parametrize("text", [
    "mañana después de comer, sobre las 15:30, mándale a Nuria las fotos de la boda de su prima en Cádiz",
    "domani dopo pranzo, verso le 15, scrivi a Franco che le foto del matrimonio di sua cugina sono pronte",
])
def test_commas_of_a_leading_time_phrase_raise_no_split_doubt(text):
    doc = _doc(text)
    assert len(doc["tasks"]) == 1 and doc["unsure"] == [], doc


def test_filler_before_a_clock_time_is_no_request_frame():
    doc = _doc("stasera, tipo alle 21, scrivi a Franco che arrivo alle 10 invece che alle 8. e prenota un tavolo da Gino")
    assert len(doc["tasks"]) == 2, doc


# ---- ja: a message as a request verb
@pytest.mark.parametrize("text", [
    "1時間後に、田中さんに鍵を返しましたってメッセージして",
    "明日の朝、母に荷物が届いたとメッセージしておいて",
])
def test_ja_message_verb_asks(text):
    doc = _doc(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["type"] == "messaging", doc
