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


# ---- a pasted mail under the ask: the ask's material, one task that keeps what the mail says
@pytest.mark.parametrize("text, piece", [
    ("forward this to Sam please:\n\nHi all,\nThe office will be closed on Friday for the carpet cleaning. "
     "Please take your laptops home.\nThanks,\nJo\nFacilities", "carpet cleaning"),
    ("---------- Forwarded message ---------\nFrom: Oak Dental <desk@oak.example>\nSubject: Check-up\n\nDear Ms Reed,\n"
     "Your check-up is due. Please call us to book a slot.\nKind regards,\nOak Dental", None),
    ("reenvíale esto a mi hermana:\n\nHola Marta:\nLa cena de empresa será el 12 en el restaurante Lúculo. "
     "Confirma antes del lunes.\nUn saludo,\nRecursos Humanos", "Lúculo"),
    ("responde esse email dizendo que eu topo:\n\nOi, Carla!\nVamos marcar o churrasco no sábado? Traga a sua cadeira de praia.\n"
     "Abraços,\nPedro", "churrasco"),
    ("encaminha esse e-mail pro Rui:\n\nPrezados,\nA reunião de condomínio foi adiada. Enviem as sugestões até sexta.\n"
     "Atenciosamente,\nA administração", "condomínio"),
    ("leite die Mail an Jens weiter:\n\nHallo zusammen,\nder Server wird am Samstag gewartet. Bitte speichert eure Arbeit vorher.\n"
     "Viele Grüße\nIT-Team", "Server"),
    ("transfère ça à Léa :\n\nBonjour à tous,\nLa réunion de parents aura lieu mardi à 18h. Merci de confirmer votre présence.\n"
     "Cordialement,\nLa direction", "réunion de parents"),
    ("inoltra questa mail a Paolo:\n\nCiao a tutti,\nla gita è spostata a giovedì. Portate il pranzo al sacco.\nA presto,\nLa maestra",
     "gita"),
    ("このメールを佐藤さんに転送して。\n\n件名：忘年会のお知らせ\n皆様\n12月20日に忘年会を行います。出欠を返信してください。\n幹事 田中", "忘年会を行います"),
])
def test_a_pasted_mail_is_the_material_of_one_ask(text, piece):
    doc = parse_at_now(text)
    if piece is None:  # a mail forwarded with no words of the user's: no task of its own
        assert doc["tasks"] == []
        return
    assert len(doc["tasks"]) == 1, [t["description"] for t in doc["tasks"]]
    assert piece in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text", [
    "here's an email from the school, sort it out:\n\nDear parents,\nThe trip fee is now due. Please pay online.\n"
    "Kind regards,\nMrs Smith",
    "te reenvío el correo del banco, haz lo que haga falta\n\nEstimado cliente:\nSu tarjeta caduca en enero. Pase por su oficina.\n"
    "Atentamente,\nBanco Sur",
    "olha o que a escola mandou, vê isso aí\n\nPrezados pais,\nA mensalidade de dezembro vence dia 10.\nAtenciosamente,\nSecretaria",
    "hier die Mail vom Hausmeister, kümmer dich drum\n\nSehr geehrter Herr Wolf,\nbitte räumen Sie den Keller bis Freitag.\n"
    "Mit freundlichen Grüßen\nK. Maier",
])
def test_a_mail_handed_over_is_never_chat(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["unsure"]


@pytest.mark.parametrize("text, count", [
    ("ok so\nhello, can you do these:\n- call mom\n- buy milk", 2),
    ("my list:\n- call Sam\n- book the vet\nthanks!", 2),
    ("hola!\nllama a Ana mañana para lo del piso\ngracias", 1),
    ("oi\nOlá, Bia!\nliga pro dentista amanhã e marca a limpeza", 2),
])
def test_greetings_and_thanks_alone_open_no_mail(text, count):
    assert len(descriptions(text)) == count


# ---- a pasted table: its header and separator rows are no task
@pytest.mark.parametrize("text, count", [
    ("from the club sheet:\nName | Paid | Amount\nTom | no | £20\nAnna | yes | £20\ntext Tom a polite reminder about the £20", 1),
    ("da planilha do churrasco:\n| Nome | Trouxe |\n|---|---|\n| Caio | carvão |\n| Lia | gelo |\nmanda um oi pro Caio agradecendo", 1),
    ("de la hoja del grupo:\nNombre | Pagado\nLuis | no\nescríbele a Luis para recordarle el pago", 1),
    ("aus der Tabelle:\n| Name | Bezahlt |\n| Jan | nein |\nschreib Jan wegen der 15 Euro", 1),
    ("表格里的：\n| 姓名 | 已交 |\n| 小刘 | 否 |\n提醒小刘交班费", 1),
])
def test_a_tables_header_row_is_no_task(text, count):
    found = descriptions(text)
    assert len(found) == count, found
    assert not any("|" in description for description in found)


@pytest.mark.parametrize("text", [
    "run `grep foo | sort | uniq` in the repo",
    "cambia el formato a A | B | C en el informe",
])
def test_pipes_in_one_line_are_no_table(text):
    assert len(descriptions(text)) == 1


# ---- es: "¿ya está lo del …?" asks how a piece of work stands
@pytest.mark.parametrize("text, count", [
    ("buenas, ¿ya está lo del seguro del coche? y apúntame: llamar al taller", 1),
    ("¿ya quedó lo del banco?", 0),
    ("oye, ya esta lo de la factura? y busca un hotel en Cádiz", 1),
])
def test_ya_esta_lo_de_asks_the_status(text, count):
    doc = parse_at_now(text)
    assert doc["status"] is True and len(doc["tasks"]) == count


@pytest.mark.parametrize("text", [
    "busca lo de siempre en el súper online",
    "está lloviendo, busca un paraguas barato en Amazon",
])
def test_other_esta_lo_sentences_are_no_status(text):
    assert parse_at_now(text)["status"] is False
