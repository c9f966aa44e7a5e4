"""Round 39, part B (splits): reading through a pile and writing out what it holds is one job."""

import pytest

from parsing import descriptions_at_now

# --- "go through the statements and pull every fee into one list": the list is what the reading is for ---

@pytest.mark.parametrize("text, word", [
    ("go through the bank statements since March and pull every card fee into one sheet", "statements"),
    ("read through the builder's emails and write out all the dates he promised", "emails"),
    ("revisa los extractos del banco desde marzo y hazme la lista de las comisiones que cobraron", "extractos"),
    ("revisa los correos del casero y apúntame todas las fechas que prometió", "correos"),
    ("geh die Rechnungen vom Handwerker durch und schreib mir alle Beträge raus, die noch offen sind", "Rechnungen"),
    ("把今年的水电账单看一遍，把每个月的金额都整理出来", "水电账单"),
    ("lis les mails du syndic depuis mars et fais-moi la liste des travaux votés", "mails"),
    ("lê os extratos do banco deste ano e faz-me a lista das comissões cobradas", "extratos"),
    ("今年の領収書に目を通して、医療費だけ書き出して", "領収書"),
    ("leggi le mail dell'amministratore da marzo e fammi la lista delle spese approvate", "mail"),
])
def test_reading_then_writing_out_is_one_job(text, word):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 1 and word in descriptions[0]


@pytest.mark.parametrize("text", [
    "call the bank and pull every card out of the drawer",  # no reading verb first: two things, as before
    "appelle le plombier et fais la liste des courses pour samedi",
])
def test_without_reading_first_the_second_half_is_its_own(text):
    assert len(descriptions_at_now(text)) == 2


# --- "…, e mete-me na agenda …": the European Portuguese "put" (meter, pôr with a pronoun) is a request verb ---

@pytest.mark.parametrize("text, second", [
    ("procura um canalizador em Braga, e mete-me na agenda a reunião do condomínio de terça", "mete-me"),
    ("paga a conta da luz e mete na agenda a consulta da Inês", "mete na agenda"),
    ("liga à Ana, e põe-me na agenda o jantar de sábado", "põe-me"),
])
def test_the_portuguese_put_verb_opens_a_second_request(text, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and descriptions[1].startswith(second)
