"""Round 6 (before holdout5): general rules for classes of misses, each in every language it applies to."""

import pytest

from parsing import parse_at_now

# ---- a count announced before a dash frames the list, as before a colon ("two things — …")

@pytest.mark.parametrize("text", [
    "two things — check if my passport is still valid, and text Tomasz the wifi password",
    "zwei Dinge — prüf meinen Reisepass und schreib Tom eine Nachricht wegen dem WLAN",
    "deux choses — vérifie mon passeport, et écris à Tom le mot de passe wifi",
    "dos cosas — revisa mi pasaporte, y escríbele a Tom la contraseña del wifi",
    "duas coisas — verifica meu passaporte, e manda pro Tom a senha do wifi",
    "due cose — controlla il passaporto, e scrivi a Tom la password del wifi",
    "两件事——查一下我的护照，还有跟老刘说一声聚餐改到周日",
    "three things - check my passport, text Tom the wifi password, book a haircut",
])
def test_a_count_before_a_dash_is_no_task(text):
    doc = parse_at_now(text)
    expected = 3 if text.startswith("three") else 2
    assert len(doc["tasks"]) == expected, [t["description"] for t in doc["tasks"]]
    assert not any(t["description"].lower().startswith(("two", "zwei", "deux", "dos", "duas", "due", "两", "three"))
                   for t in doc["tasks"])


def test_a_dash_after_a_verb_is_no_header():
    doc = parse_at_now("book the goods lift - the building manager says it is free on Friday")
    assert doc["tasks"] and doc["tasks"][0]["description"].startswith("book")


# ---- a status question behind a tell-me lead or a scene-setting clause is that question

@pytest.mark.parametrize("text", [
    "can you tell me what is still running?",
    "kannst du mir sagen, was noch läuft?",
    "tu peux me dire ce qui tourne encore ?",
    "puoi dirmi cosa è ancora in esecuzione?",
    "¿me puedes decir qué sigue pendiente?",
    "você pode me dizer o que está rodando?",
    "你能告诉我还有哪些任务在运行吗？",
    "まだ実行中のタスクがあるか教えてくれる？",
])
def test_a_tell_me_lead_around_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "before I log off, what is still running?",
    "when you get a chance, what failed?",
])
def test_a_scene_setting_lead_before_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "¿cómo va lo de la mudanza? ¿ya terminaste algo?",
    "como vai a mudança? já terminaste alguma coisa?",
    "já acabou alguma coisa?",
])
def test_did_you_finish_anything(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "find a cheap flight to Rome and tell me what it costs",
    "can you check why the deploy failed?",
    "kannst du nachsehen, warum der Job fehlgeschlagen ist?",
])
def test_a_request_with_a_question_stays_a_task(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1, doc


# ---- a numbered item that waits for a named earlier one, not for the one just before

@pytest.mark.parametrize("text", [
    "for the flat:\n1) write a letter to the agency about the leak, save it as leak.docx\n"
    "2) look up what the law says about repairs\n3) once the letter is ready, email it to the agency",
    "für die Wohnung:\n1) schreib einen Brief an die Verwaltung wegen dem Wasserschaden, speicher ihn als brief.docx\n"
    "2) such raus, was das Gesetz zu Reparaturen sagt\n3) sobald der Brief fertig ist, schick ihn per Mail an die Verwaltung",
    "pour l'appart :\n1) rédige une lettre à l'agence pour la fuite, enregistre-la en fuite.docx\n"
    "2) cherche ce que dit la loi sur les réparations\n3) une fois la lettre prête, envoie-la par mail à l'agence",
    "para el piso:\n1) redacta una carta a la inmobiliaria por la fuga, guárdala como fuga.docx\n"
    "2) busca qué dice la ley sobre las reparaciones\n3) cuando la carta esté lista, mándasela por correo a la inmobiliaria",
    "pro apê:\n1) escreve uma carta pra imobiliária sobre o vazamento, salva como vazamento.docx\n"
    "2) pesquisa o que a lei diz sobre reparos\n3) quando a carta estiver pronta, manda por email pra imobiliária",
    "per la casa:\n1) scrivi una lettera all'agenzia per la perdita, salvala come perdita.docx\n"
    "2) cerca cosa dice la legge sulle riparazioni\n3) quando la lettera è pronta, mandala via mail all'agenzia",
    "租房的事：\n1）给房东写一封关于漏水的信，存成 漏水.docx\n2）查一下上海租房维修责任是谁的\n3）信写好以后发邮件给她",
    "賃貸の件：\n1）大家さん宛に水漏れについての手紙を書いて mizumore.docx で保存\n2）東京で修繕費をどちらが負担するか調べて\n"
    "3）手紙ができたら大家さんにメールで送って",
])
def test_a_numbered_item_waits_for_the_item_it_names(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 3, [t["description"] for t in doc["tasks"]]
    assert doc["tasks"][2]["depends_on"] == [0], [t["depends_on"] for t in doc["tasks"]]
    assert doc["tasks"][1]["depends_on"] == []


# ---- a self-correction replaces the item it corrects instead of adding one

@pytest.mark.parametrize("text, kept", [
    ("book a table at Nopi for Friday, no wait, book one at Dishoom instead", "Dishoom"),
    ("reserva mesa en Lhardy para el viernes, no espera, mejor reserva en Botín", "Botín"),
    ("buch einen Tisch im Borchardt für Freitag, nein, doch lieber reservier im Grill Royal", "Grill Royal"),
    ("réserve une table chez Septime pour vendredi, non, plutôt réserve chez Clown Bar", "Clown Bar"),
    ("reserva uma mesa no Fasano pra sexta, não, espera, melhor reserva no Mocotó", "Mocotó"),
    ("prenota un tavolo da Roscioli per venerdì, anzi, prenota da Armando", "Armando"),
    ("帮我订周五的海底捞，不对，订西贝吧", "西贝"),
    ("金曜にスシローを予約して、いや、やっぱり くら寿司を予約して", "くら寿司"),
])
def test_a_correction_with_a_new_request_replaces_the_item(text, kept):
    doc = parse_at_now(text)
    assert [kept in t["description"] for t in doc["tasks"]] == [True], [t["description"] for t in doc["tasks"]]


@pytest.mark.parametrize("text, kept", [
    ("book the goods lift for the move - actually no scratch that, the building manager does it. "
     "just find me a man-with-a-van in Walthamstow for the 9th", "van"),
    ("email Ana the report. Actually, scratch that. Call the bank instead", "bank"),
    ("mándale el informe a Ana, olvídalo, llama al banco", "banco"),
    ("schick Ana den Bericht, nein, vergiss das, ruf die Bank an", "Bank"),
    ("envoie le rapport à Ana, non, laisse tomber, appelle la banque", "banque"),
])
def test_a_retraction_withdraws_the_item_before(text, kept):
    doc = parse_at_now(text)
    assert [kept in t["description"] for t in doc["tasks"]] == [True], [t["description"] for t in doc["tasks"]]


def test_a_correction_of_a_detail_keeps_one_item():
    doc = parse_at_now("book a table for 4 at 7, no wait, make that 8")
    assert len(doc["tasks"]) == 1 and "8" in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text", [
    "check the invoices, actually the ones from March",
    "call the plumber, I mean today if possible",
])
def test_a_correction_word_without_a_new_request_changes_nothing(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- "…, and tomorrow call …": a time phrase between the join and the verb still opens a new request

@pytest.mark.parametrize("text", [
    "renew the insurance and tomorrow call the plumber",
    "renueva el seguro del coche y a partir de las 18:00 escríbele a la gestoría",
    "renueva el seguro del coche, y mañana llama al fontanero",
    "erneuere die Versicherung und morgen ruf den Klempner an",
    "renouvelle l'assurance, et demain appelle le plombier",
    "manda um zap pra Cida, e amanhã liga pro encanador",
    "rinnova l'assicurazione, e domani chiama l'idraulico",
])
def test_a_time_phrase_before_the_second_verb(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2, [t["description"] for t in doc["tasks"]]
    assert doc["tasks"][1]["schedule"]["not_before"] or doc["tasks"][1]["schedule"]["due"]


@pytest.mark.parametrize("text", [
    "book a table for friday and saturday",
    "tomorrow morning first thing, renew my library books",
    "lass die Tests laufen und schreib danach die Release Notes in CHANGELOG.md",
])
def test_a_time_phrase_without_a_new_verb_does_not_cut(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == (2 if "Tests" in text else 1), [t["description"] for t in doc["tasks"]]


# ---- "y luego le escribes a Rubén": after a sequencer, a request in the second person (es, pt) is a new task

@pytest.mark.parametrize("text, kind", [
    ("busca un taller en Vallecas y luego le escribes a mi cuñado Rubén con el presupuesto", "messaging"),
    ("busca un taller y después le mandas el presupuesto a Rubén", "messaging"),
    ("procura uma oficina e depois mandas o orçamento ao Rui", "messaging"),
])
def test_a_second_person_request_after_then(text, kind):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2, [t["description"] for t in doc["tasks"]]
    assert doc["tasks"][1]["type"] == kind


def test_a_plural_noun_after_then_is_no_verb():
    doc = parse_at_now("busca un taller y luego las pruebas del coche")
    assert len(doc["tasks"]) == 1


# ---- Japanese to-do items in the dictionary form, joined by 、 (ja only: the other languages have no such form)

@pytest.mark.parametrize("text, count", [
    ("キューに追加して：車検の期限を確認する、整備工場を探す", 2),
    ("キューに追加して：車検の期限を確認する、整備工場を探す、見積もりを比較する", 3),
    ("やること：牛乳を買う、部長にメールを送る", 2),
])
def test_japanese_plain_form_items_joined_by_a_comma(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]


def test_a_plain_form_inside_one_request_stays_whole():
    doc = parse_at_now("来週行ける整備工場を探して")
    assert len(doc["tasks"]) == 1


# ---- Chinese A-not-A questions ("还有没有", zh only): 还有 there is no "also"

@pytest.mark.parametrize("text, count", [
    ("两件事：第一，帮我查一下周六国安主场的票还有没有；第二，跟老刘说一声聚餐改到周日", 2),
    ("帮我查一下周六的票还有没有，再跟老刘说一声聚餐改到周日", 2),
    ("查一下票还有跟老刘说一声聚餐改到周日", 2),
])
def test_a_not_a_is_no_sequencer(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]
    assert "没有" not in [t["description"] for t in doc["tasks"]] and doc["unsure"] == []


# ---- a verb with its pronoun after a hyphen ("trouve-moi", "cherche-moi", "manda-lhe") is that verb

@pytest.mark.parametrize("text, kinds", [
    ("trouve-moi une recette de blanquette", ["info-lookup"]),
    ("cherche-moi un plombier à Lyon, et écris à Karim", ["info-lookup", "messaging"]),
    ("deux trucs : trouve-moi une recette de blanquette, et rappelle à Karim de ramener les chaises",
     ["info-lookup", "messaging"]),
    ("procura um encanador e manda-lhe uma mensagem", ["info-lookup", "messaging"]),
])
def test_a_verb_with_a_hyphenated_pronoun(text, kinds):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == kinds


# ---- before a "then" step, a verb the tables do not know still opens the first step

@pytest.mark.parametrize("text", [
    "transcodify the videos in ~/clips and then upload them to the NAS",
    "konvertier die Videos in ~/clips nach mp4 und dann lade sie auf den NAS hoch",
    "exporta os pedidos da loja pra uma planilha e aí manda pro contador",
    "exporta los pedidos de la tienda a una hoja y luego mándaselos al contador",
    "convertis les vidéos du dossier clips et ensuite envoie-les sur le NAS",
    "esporta gli ordini del negozio in un foglio e poi manda il foglio al commercialista",
])
def test_an_unknown_verb_before_then(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2, [t["description"] for t in doc["tasks"]]
    assert doc["tasks"][1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "ich war gestern beim Arzt und dann ruf bitte die Apotheke an",
    "trasloco il 22 quindi chiedi preventivi a tre ditte",
])
def test_context_before_then_is_no_step(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- run-on dictation after a polite lead ("porfa busca … pide …"), cut only at the opener's own verbs

@pytest.mark.parametrize("text, count", [
    ("porfa busca una farmacia abierta cerca de casa pide hora para la ITV y pregúntale a Iván si quedamos el sábado", 3),
    ("vê se chegou o boleto da luz paga a internet e pergunta pra Dona Célia se ela pode vir quinta", 3),
    ("per favore compra il latte chiama la mamma prenota il dentista", 3),
])
def test_a_run_on_after_a_polite_lead(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]
    assert not any(t["description"].startswith("cerca") for t in doc["tasks"])


@pytest.mark.parametrize("text", [
    "pregúntale a Iván si quedamos el sábado",
    "pergunta pra Dona Célia se ela pode vir quinta",
])
def test_asking_a_person_is_messaging(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["messaging"]


# ---- asking a named person for something is a message ("frag Lena ob …", "pídele a Andrés …")

@pytest.mark.parametrize("text", [
    "ask Lena if she still has the projector",
    "frag Lena ob sie den Beamer noch hat",
    "pídele a Andrés el contrato firmado",
    "demande à Inès le code du portail",
    "chiedi a Paola le chiavi della cantina",
    "pede pra Bia o link da reunião",
])
def test_asking_a_named_person_is_messaging(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["messaging"]


@pytest.mark.parametrize("text, kind", [
    ("lass den Agenten die Tests im Repo laufen", "agent-delegation"),
    ("demande le prix du billet sur le site de la SNCF", "info-lookup"),
])
def test_asking_without_a_person_keeps_its_type(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == [kind]


@pytest.mark.parametrize("text", [
    "问问小刘周末有没有空",
    "问一下花艺师小周有没有芍药",
    "鈴木さんに鍵のことを聞いて",
    "花屋の小林さんに芍薬があるか聞いて",
])
def test_asking_a_person_in_chinese_and_japanese_is_messaging(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["messaging"]


# ---- an impersonal "have to" frame before a list of infinitives (pt "tem que", like es "hay que", fr "il faut")

@pytest.mark.parametrize("text", [
    "tem que revisar a geladeira, escrever pro fornecedor e imprimir o cardápio",
    "hay que revisar la nevera, escribir a Makro por el pedido y imprimir la carta",
    "il faut vérifier le relevé de température, écrire à Metro pour le bar manquant et imprimer le tableau",
    "bisogna controllare il frigo, scrivere al fornitore e stampare il menù",
])
def test_a_have_to_frame_before_infinitives(text):
    assert len(parse_at_now(text)["tasks"]) == 3


@pytest.mark.parametrize("text", ["gibts was Neues bei meinen Tasks?", "gibt's was Neues bei meinen Tasks?"])
def test_the_german_contraction_gibts_asks_like_gibt_es(text):
    doc = parse_at_now(text)
    assert doc["status"] and doc["tasks"] == []


# ---- writing a named person the thing written ("write Tom the wifi password") is a message

@pytest.mark.parametrize("text, kind", [
    ("write Tom the wifi password", "messaging"),
    ("schreib Tom das WLAN-Passwort", "messaging"),
    ("schreib bitte Herrn Albrecht eine Mail, dass ich später komme", "messaging"),
    ("write a README for the dotfiles repo", "file-creation"),
    ("schreib eine Zusammenfassung in notes.md", "file-creation"),
])
def test_writing_a_person_a_thing(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == [kind]


# ---- plural task nouns before an id range ("annule les tâches T-12 à T-14") and asking verbs in the infinitive

@pytest.mark.parametrize("text", [
    "annule les tâches T-12 à T-14",
    "cancela las tareas T-12 a T-14",
    "cancela as tarefas T-12 a T-14",
    "brich die Aufgaben T-12 bis T-14 ab",
    "cancel tasks T-12 to T-14",
])
def test_cancel_a_range_after_a_plural_task_noun(text):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("cancel", ["T-12", "T-13", "T-14"])] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "duas coisas: comparar planos de celular, e pedir pra Bia o link da reunião",
    "dos cosas: comparar seguros de hogar, y pedir a Marta las llaves",
    "deux choses : comparer les mutuelles, et demander à Inès le code du portail",
    "due cose: confrontare le tariffe della luce, e chiedere a Paola le chiavi",
])
def test_asking_a_person_in_the_infinitive(text):
    assert [t["type"] for t in parse_at_now(text)["tasks"]][1:] == ["messaging"]


def test_the_french_title_m_dot_does_not_end_a_sentence():
    doc = parse_at_now("demain à 9h, écris à M. Dubois pour confirmer le rendez-vous")
    assert [t["type"] for t in doc["tasks"]] == ["messaging"] and "Dubois" in doc["tasks"][0]["description"]


# ---- after a command, "also" + a request and its verb is a new task, not the command's note

@pytest.mark.parametrize("text", [
    "T-22 做完了，另外帮我查一下上海迪士尼的门票价格",
    "T-22 is done, also can you look up the ticket prices for Disneyland",
])
def test_a_request_after_a_command_is_a_task(text):
    doc = parse_at_now(text)
    assert doc["commands"][0]["note"] is None and len(doc["tasks"]) == 1


def test_how_to_retry_after_also_stays_the_note():
    doc = parse_at_now("重试T-04，另外请用测试环境的密钥")
    assert doc["commands"][0]["note"] and doc["tasks"] == []


# ---- "and message me if …", "und mir schicken": telling the user the result is part of the job; after "then" it is a step

@pytest.mark.parametrize("text, count", [
    ("every sunday at 6pm check my bank balance and message me if it's under 500", 1),
    ("jeden Morgen um 6:45 den Verkehr auf der A9 checken und mir schicken", 1),
    ("in 2 hours check whether the logger uploaded to drive, then text me the reading", 2),
])
def test_telling_the_user_the_result(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


def test_spanish_pasar_with_two_pronouns_hands_a_thing_over():
    doc = parse_at_now("redacta una carta de motivación en beca/carta.md y después pásasela a mi tutora Inés para que la revise")
    assert [t["type"] for t in doc["tasks"]] == ["file-creation", "messaging"]
    assert doc["tasks"][1]["depends_on"] == [0]
