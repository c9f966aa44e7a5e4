"""Round 38, part B2 (splits): an imperative with its object pronoun written onto it ("prenotalo") opens a
step after a then-word with no comma, and opens a request that a later "and" cuts again."""

import pytest

from parsing import descriptions_at_now

# --- "cerca un albergo poi prenotalo": the then-word cuts before an imperative with its pronoun on -----

@pytest.mark.parametrize("text, first, second", [
    ("look for a cheap hotel in Bari then book it for two nights", "hotel", "book it"),
    ("busca un hotel barato en Bari luego resérvalo para dos noches", "hotel", "resérvalo"),
    ("such ein günstiges Hotel in Bari dann buch es für zwei Nächte", "Hotel", "buch es"),
    ("找一家巴里的便宜酒店然后订两晚", "酒店", "订两晚"),
    ("cherche un hôtel pas cher à Bari puis réserve-le pour deux nuits", "hôtel", "réserve-le"),
    ("procura um hotel barato em Bari depois reserva-o para duas noites", "hotel", "reserva-o"),
    ("cerca un albergo economico a Bari poi prenotalo per due notti", "albergo", "prenotalo"),
    ("cerca un albergo economico a Bari, poi prenotala per due notti", "albergo", "prenotala"),
    ("trova il numero del dentista poi chiamalo per spostare l'appuntamento", "dentista", "chiamalo"),
])
def test_a_then_word_cuts_before_an_imperative_with_its_pronoun_on(text, first, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and first in descriptions[0] and descriptions[1].startswith(second)


@pytest.mark.parametrize("text, words", [
    ("cerca un treno per Napoli per sabato poi prenotalo per due e manda i biglietti a Giulia",
     ["treno", "prenotalo", "Giulia"]),
    ("busca un tren a Valencia para el sábado luego resérvalo para dos y manda los billetes a Lucía",
     ["tren", "resérvalo", "Lucía"]),
    ("look for a train to Naples for Saturday then book it for two and send the tickets to Giulia",
     ["train", "book it", "Giulia"]),
])
def test_and_cuts_again_after_the_step_with_its_pronoun_on(text, words):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 3 and all(word in description for word, description in zip(words, descriptions))


@pytest.mark.parametrize("text", [
    "prendi il PDF che ha scaricato e riassumilo in 10 righe",  # the result of the first verb: one job (as before)
    "fammi una tabellina coi prezzi delle palestre e salvala in palestre.xlsx",
])
def test_a_pronoun_verb_after_a_plain_and_stays_one_job(text):
    assert len(descriptions_at_now(text)) == 1
