"""Round 30, part m (holdout27: deadline vs start, and times of the object): a start cue before a date
("da lunedì", "a partir del lunes") delays the task, a deadline cue beside it adds the due date; a date
after an opening-hours word ("un gommista aperto sabato", "une pharmacie ouverte dimanche") is the
thing's, not ours."""

import pytest

from parsing import parse_at_now


def _schedule(text: str, index: int = 0) -> dict:
    return parse_at_now(text)["tasks"][index]["schedule"]


# ---- a start cue before a date (every language's own forms, contracted with the article too)
@pytest.mark.parametrize("text", [
    "da lunedì chiama il commercialista per il 730",
    "da domani ricordami di bere più acqua",
    "dal 3 dicembre manda il report settimanale a Chiara",
    "a partire dal 7 gennaio aggiorna il foglio delle presenze",
    "à partir du 3 décembre appelle la banque pour le prêt",
    "a partir del lunes llama al banco por la hipoteca",
    "a partir do dia 5 liga para o banco sobre o empréstimo",
])
def test_a_start_cue_before_the_date_delays_the_task(text):
    schedule = _schedule(text)
    assert schedule["not_before"] and not schedule["due"]


# ---- a start and a deadline in one task: both set
@pytest.mark.parametrize("text", [
    "da lunedì prossimo, e comunque entro il 18, sistema le fatture del condominio",
    "dal 2 dicembre, e non oltre il 20, raccogli le quote per il regalo della maestra",
    "à partir de lundi, et au plus tard le 15, compare les devis pour la toiture",
    "a partir del lunes, y como muy tarde el 18, compara los presupuestos del seguro",
    "a partir de segunda, e até o dia 18 no máximo, compara os orçamentos do seguro",
])
def test_a_start_and_a_deadline_set_both(text):
    schedule = _schedule(text)
    assert schedule["not_before"] and schedule["due"]


# ---- a date after an opening-hours word describes the thing
@pytest.mark.parametrize("text", [
    "trovami un gommista aperto sabato pomeriggio a Cantù",
    "cerca una farmacia aperta domenica mattina vicino a casa",
    "trouve un garage ouvert samedi après-midi près de Lyon",
    "cherche une boulangerie ouverte dimanche matin dans le quartier",
    "busca una farmacia abierta el sábado por la tarde cerca de casa",
    "acha uma farmácia aberta sábado à tarde perto de casa",
    "such mir eine Apotheke, geöffnet am Sonntag, in der Nähe",
])
def test_a_date_after_an_opening_word_is_the_things(text):
    schedule = _schedule(text)
    assert schedule["not_before"] is None and schedule["due"] is None


# ---- negatives: a date with no opening word, or a plain start, keeps its start
@pytest.mark.parametrize("text", [
    "sabato pomeriggio trovami un gommista a Cantù",
    "samedi après-midi trouve un garage près de Lyon",
    "el sábado por la tarde búscame una farmacia cerca de casa",
    "lunedì prossimo chiama la banca",
    "demain à 9h appelle le garage",
])
def test_a_plain_start_still_delays(text):
    assert _schedule(text)["not_before"]
