"""Round 41, part B (splits): a dictation opener that asks to take the message down while the user is
on the move ("note this down, I'm driving", "schreib mit, ich lauf grad zum Bus") is no task of its own."""

import pytest

from parsing import descriptions_at_now

# --- "take this down, I'm on the bus": the opener before dictated requests asks nothing ---------------


@pytest.mark.parametrize("text, want", [
    ("take this down I'm on the bus call the plumber and book the van service",
     ["call the plumber", "book the van service"]),
    ("note this down, I'm driving: call the plumber and book the van service",
     ["call the plumber", "book the van service"]),
    ("apunta esto que voy conduciendo llama al fontanero y reserva la revisión de la furgoneta",
     ["llama al fontanero", "reserva la revisión de la furgoneta"]),
    ("schreib mit ich lauf grad zum bus ruf den Klempner an und buch den Werkstatttermin",
     ["ruf den Klempner an", "buch den Werkstatttermin"]),
    ("note ça, je conduis : appelle le plombier et réserve la révision du camion",
     ["appelle le plombier", "réserve la révision du camion"]),
    ("anota aí que tô dirigindo: liga pro encanador e marca a revisão da van",
     ["liga pro encanador", "marca a revisão da van"]),
    ("segnati questo che sto guidando chiama l'idraulico e prenota il tagliando del furgone",
     ["chiama l'idraulico", "prenota il tagliando del furgone"]),
])
def test_a_dictation_opener_on_the_move_is_no_task(text, want):
    assert descriptions_at_now(text) == want


# --- "go through … and make me a list of …": reading, then the list it yields, is one job ------------


@pytest.mark.parametrize("text", [
    "go through all the quotes in my inbox from this year and make me a list of who accepted and for how much",
    "geh alle Angebote von diesem Jahr im Postfach durch und mach mir eine Übersicht, welche angenommen wurden",
    "把邮箱里今年所有的报价过一遍，整理出谁接受了多少钱",
    "revisa todos los presupuestos de este año en el correo y hazme una lista de quién aceptó y por cuánto",
    "passe en revue tous les devis de cette année dans ma boîte mail et fais-moi un tableau de qui a accepté et pour combien",
    "revisa todos os orçamentos deste ano no email e me faz uma tabela de quem aceitou e por quanto",
    "passa in rassegna tutti i preventivi di quest'anno nella posta e fammi una tabella di chi ha accettato e per quanto",
    "今年のメールの見積もりに全部目を通して、誰が承諾したか一覧にまとめて",
])
def test_reading_then_a_list_made_for_me_is_one_task(text):
    assert descriptions_at_now(text) == [text]


@pytest.mark.parametrize("text", [
    "把邮箱里今年所有的报价过一遍，整理出谁接受了、接受了多少钱、付没付定金",
    "把这个月的发票看一遍，列出哪些没付、欠多少",
])
def test_the_points_of_a_chinese_digest_are_no_tasks(text):
    assert descriptions_at_now(text) == [text]
