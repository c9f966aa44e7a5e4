"""Round 41, part C (types, dependencies, when): a courtesy title before a surname ("relance madame
Durand", "cobra o seu Paulo", "pídele a doña Carmen") names the person the request goes to."""

import pytest

from parsing import tasks_at_now

# --- "relance madame Durand …": a courtesy title, then a capitalised name, is a person -------------------


@pytest.mark.parametrize("text", [
    "ask Mrs Byrne whether the quote for the hedge still stands",
    "relance madame Durand pour la facture 12 de septembre",
    "relance monsieur Lefort pour le devis de la cuisine",
    "demande à mademoiselle Roux si la salle est libre samedi",
    "cobra o seu Paulo da fatura atrasada de outubro",
    "pede pra dona Cida a chave do depósito",
    "pregúntale a don Julián si tiene ya el presupuesto",
    "pídele a doña Carmen las llaves del local",
    "chiedi al signor Bianchi se ha il preventivo della caldaia",
    "frag Frau Krüger, ob der Termin am Montag steht",
    "il faut relancer monsieur Perrot pour le devis de la toiture",
    "preciso cobrar o seu Tonho do conserto da bomba",
])
def test_a_courtesy_title_before_a_name_is_a_person_to_message(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] == ["messaging"], tasks



# --- zh "给…发…", "跟…说…": the person addressed first, then the verb that sends or says it -------------


@pytest.mark.parametrize("text", [
    "给那家装修公司的老板发一下新的报价单",
    "给楼下超市的王姐发下周的订货单",
    "二是跟隔壁的李阿姨说明天早上停水",
    "向物业说一下电梯又坏了",
])
def test_the_person_addressed_before_the_verb_is_a_message(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] == ["messaging"], tasks


@pytest.mark.parametrize("text", ["给车做个保养", "查一下给孩子报名的截止时间"])
def test_no_send_or_say_verb_after_the_person_is_no_message(text):
    tasks = tasks_at_now(text)
    assert [task["type"] for task in tasks] != ["messaging"], tasks


# --- "ask your landlord …": any article or possessive before a role names the person asked --------------

@pytest.mark.parametrize("text, kind", [
    ("ask your landlord if the boiler is covered", "messaging"),
    ("ask my landlord if the boiler is covered", "messaging"),
    ("ask Omar if the van is free on Friday", "messaging"),
    ("ask about prices for a new boiler", "info-lookup"),
])
def test_asking_a_person_named_by_a_role_after_any_possessive_is_messaging(text, kind):
    assert [task["type"] for task in tasks_at_now(text)] == [kind]
