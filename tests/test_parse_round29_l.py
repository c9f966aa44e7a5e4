"""Round 29, part l (holdout26: minutes and forwarded mail, and the misses of es and pt): in pasted
minutes, the action items of other owners are not the user's tasks when the user says which owner
they are; the agenda topics and the user's framing line are no tasks either."""

import pytest

from parsing import parse_at_now


def descriptions(text: str) -> list[str]:
    return [task["description"] for task in parse_at_now(text)["tasks"]]


# ---- minutes: only the items of the owner the user says they are
@pytest.mark.parametrize("text, wanted", [
    ("notes from the PTA call, I'm Dana, just add mine:\n"
     "Present: Dana, Rob, Li\n- Rob: book the school hall\n- Dana: email the parents about the bake sale\n"
     "- Li: print the raffle tickets\n- Dana: order 200 paper cups from Amazon",
     ["email the parents", "order 200 paper cups"]),
    ("action items from today's standup (mine are the ones marked me):\n"
     "1. draft the release notes – me\n2. fix the flaky login test – Priya\n3. update the staging config – me",
     ["draft the release notes", "update the staging config"]),
    ("acta de la reunión de padres, yo soy Lucía, apúntame solo lo mío:\n"
     "- Responsable: Carlos → reservar el polideportivo\n- Responsable: Lucía → comprar las medallas para el torneo\n"
     "- Responsable: Marta → hablar con el entrenador",
     ["comprar las medallas"]),
    ("te pego el acta de la comunidad; las mías son las de Pepe:\n1. Pepe – pedir presupuesto al fontanero\n"
     "2. Ana – limpiar el trastero\n3. Pepe – escribir a la administradora sobre la derrama",
     ["pedir presupuesto al fontanero", "escribir a la administradora"]),
    ("ata da reunião do condomínio, sou a Beatriz, só as minhas:\n- Beatriz: pedir orçamento da pintura da fachada\n"
     "- Rui: trocar as lâmpadas da garagem\n- Beatriz: mandar o aviso da assembleia para os moradores",
     ["pedir orçamento da pintura", "mandar o aviso da assembleia"]),
    ("resumo da reunião da escola, as minhas estão com (eu):\na) comprar o material de artes (eu)\n"
     "b) organizar a rifa – professores\nc) levar os salgados pra festa (eu)",
     ["comprar o material de artes", "levar os salgados"]),
    ("Protokoll der Elternbeiratssitzung, ich bin Katrin, nur meine bitte:\n→ Katrin: Spendenaufruf an alle Eltern schicken\n"
     "→ Uwe: Turnhalle reservieren\n→ Katrin: Angebot vom Caterer einholen",
     ["Spendenaufruf", "Angebot vom Caterer"]),
    ("compte rendu du conseil, je suis Paul, seulement mes actions :\n• Paul — envoyer le planning aux bénévoles\n"
     "• Sarah — commander les affiches\n• Paul — réserver la salle des fêtes pour mars",
     ["envoyer le planning", "réserver la salle des fêtes"]),
    ("verbale della riunione, io sono Marco, solo le mie:\n- Marco: chiedere il preventivo al fioraio\n"
     "- Elena: prenotare il ristorante\n- Marco: mandare gli inviti a tutti i parenti",
     ["chiedere il preventivo al fioraio", "mandare gli inviti"]),
    ("会议记录，我是小李，只加我的：\n- 小王：订会议室\n- 小李：整理本周的客户反馈\n- 小李：给财务发报销单",
     ["整理本周的客户反馈", "给财务发报销单"]),
    ("町内会の議事録です。私（山田）の担当分だけお願いします。\n・会場の予約：田中さん\n・チラシの作成：山田\n・回覧板の準備：佐々木さん",
     ["チラシの作成"]),
])
def test_minutes_keep_only_the_users_items(text, wanted):
    found = descriptions(text)
    assert len(found) == len(wanted), found
    for description, piece in zip(found, wanted):
        assert piece in description


def test_minutes_items_lose_their_owner_and_wait_for_nothing():
    doc = parse_at_now("minutes, I'm Gemma, mine only:\n- ACTION Phil: chase the council\n"
                       "- ACTION Gemma: summarise the quotes for the newsletter\n"
                       "- ACTION Gemma: post the switch-on date in the WhatsApp group")
    assert [t["description"] for t in doc["tasks"]] == ["summarise the quotes for the newsletter",
                                                        "post the switch-on date in the WhatsApp group"]
    assert all(t["depends_on"] == [] for t in doc["tasks"])


# ---- negatives: no owner the user claims, or a plain list that only looks labelled
@pytest.mark.parametrize("text, count", [
    ("my list for the weekend:\n- Saturday: clean the gutters\n- Sunday: call grandma\n- buy a new hose", 3),
    ("para el finde:\n- sábado: limpiar el garaje\n- domingo: llamar a la abuela\n- comprar pilas", 3),
    ("lista do Gabriel, faz tudo:\n- Gabriel: comprar pão\n- Gabriel: pagar a conta de luz", 2),
    ("from the meeting, do all of them:\n- Phil: chase the council\n- Tony: book the electrician", 2),
    ("minhas tarefas de hoje:\n- comprar pão (urgente)\n- pagar a conta de luz\n- ligar pra Ana", 3),
])
def test_lists_without_a_claimed_owner_stay_whole(text, count):
    assert len(descriptions(text)) == count
