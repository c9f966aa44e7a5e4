"""Rules of the fourth round (holdout4's categories), each in every language it applies to, worded
apart from the corpus: a start cue that opens a sentence holds for every clause of it, posting in
a group is messaging."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from corpus_scoring import NOW  # noqa: E402
from task_runner.parse import parse_message  # noqa: E402


def _doc(message):
    return parse_message(message, now=NOW)


@pytest.mark.parametrize("message", [
    "tomorrow morning text the plumber the address and post the rota in the family chat",
    "mañana por la mañana llama a la vecina y escríbele al casero lo del agua",
    "morgen früh bitte der Nachbarin den Schlüssel schicken und das Foto in die Familiengruppe posten",
    "明天早上把发票发给会计，顺便在家长群里发一下放假通知",
    "demain matin appelle le vétérinaire et publie les photos sur le groupe de la famille",
    "amanhã cedo liga pro veterinário e posta as fotos no grupo da família",
    "明日の朝、大家さんに写真を送って、家族のグループに予定を流しておいて",
    "domattina chiama il veterinario e pubblica le foto nel gruppo di famiglia",
])
def test_a_start_that_opens_the_sentence_holds_for_each_clause(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2, doc
    assert all(task["schedule"]["not_before"] for task in doc["tasks"]), doc
    assert all(task["type"] == "messaging" for task in doc["tasks"]), doc


@pytest.mark.parametrize("message", [
    "tomorrow morning text the plumber. Also find a new kettle",
    "text the plumber tomorrow morning and find a new kettle",
])
def test_a_start_stays_with_its_own_clause(message):
    doc = _doc(message)
    assert [bool(task["schedule"]["not_before"]) for task in doc["tasks"]] == [True, False], doc


@pytest.mark.parametrize("message", [
    "before I head out, can you tell me which tasks are still running and which ones failed?",
    "antes de salir a correr, ¿me dices qué tareas están en cola y cuáles fallaron?",
    "avant de partir, tu peux me dire ce qui tourne dans la file et ce qui a échoué ?",
    "antes de eu ir pro trabalho, me diz o que tá rodando na fila e o que falhou",
    "prima di uscire, mi dici cosa sta girando nella coda e cosa è fallito?",
    "快下班了，走之前你跟我说一下队列里哪些在跑、哪些失败了",
])
def test_a_status_question_after_a_lead_in(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and doc["status"] and not doc["tasks"], doc


@pytest.mark.parametrize("message", [
    "tell me what you think of the queue at the post office",
    "dime qué opinas de la cola del supermercado",
])
def test_tell_me_about_something_else_is_no_status_question(message):
    assert not _doc(message)["status"]


@pytest.mark.parametrize("message", [
    'forward this to the choir group: "Rehearsal starts at 7, bring your folders!" and also check if the hall has parking',
    'reenvía esto a mis hermanos: "La cena es a las 9, no lleguéis tarde" y también mira si el restaurante tiene terraza',
    'leite das bitte an die Nachbarn weiter: "Am Samstag ist der Hof gesperrt!" und finde außerdem raus, ob der Sperrmüll abgeholt wird',
    '把这句话转发到家长群："周五下午放假，三点接孩子。" 另外帮我查一下周六补课的时间',
    'transfère ça au groupe des voisins : "La cour est fermée samedi !" et regarde aussi si la benne arrive lundi',
    'encaminha isso pro grupo da família: "O almoço é às 13h, não atrasem!" e vê também se o restaurante tem estacionamento',
    'これを家族のグループに転送して：「土曜の昼は13時集合です。」それと駐車場があるか調べておいて',
    'inoltra questo ai vicini: "Sabato il cortile è chiuso!" e informati anche se il cassone arriva lunedì',
])
def test_a_quoted_text_to_forward_stays_with_its_verb(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2, doc
    first, second = doc["tasks"]
    assert first["type"] == "messaging" and ('"' in first["description"] or "「" in first["description"]), doc
    assert second["type"] == "info-lookup", doc


@pytest.mark.parametrize("message, cron", [
    ("every 3rd of the month at 10am download the bank statement", "0 10 3 * *"),
    ("tous les 5 du mois à 7h45 envoie-moi le relevé du compte", "45 7 5 * *"),
    ("ogni 12 del mese alle 8:15 mandami l'estratto conto", "15 8 12 * *"),
    ("todo dia 7 do mês às 6h30 me manda o extrato", "30 6 7 * *"),
    ("cada día 20 del mes a las 6:45 revisa las facturas del gas", "45 6 20 * *"),
])
def test_every_day_of_the_month_with_a_24_hour_time(message, cron):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    assert doc["tasks"][0]["schedule"]["cron"] == cron, doc


@pytest.mark.parametrize("message, cron", [
    ("jeden Dienstag um 5:45 schick mir den Wetterbericht, wegen der Radtour", "45 5 * * 2"),
    ("cada lunes a las 6:15 pásame el parte del tiempo, por lo de la bici", "15 6 * * 1"),
    ("tous les mardis à 5h45 envoie-moi la météo, à cause du vélo", "45 5 * * 2"),
    ("every Tuesday at 5:45 send me the forecast, because of the ride", "45 17 * * 2"),
])
def test_a_recurring_send_with_a_reason_after_it(message, cron):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    assert doc["tasks"][0]["type"] == "messaging" and doc["tasks"][0]["schedule"]["cron"] == cron, doc


def _commands(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and not doc["tasks"], doc
    return [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]]


@pytest.mark.parametrize("message, verb", [
    ("bon, reprenez toute la file d'attente maintenant", "resume"),
    ("mets la file d'attente en pause", "pause"),
    ("sospendi la coda finché non rientro", "pause"),
    ("metti in pausa tutto fino a quando non ti scrivo", "pause"),
    ("pause the queue until I'm back", "pause"),
])
def test_the_whole_queue_paused_or_resumed(message, verb):
    assert _commands(message) == [(verb, [], "all")]


@pytest.mark.parametrize("message, verb", [
    ("T-21, T-22 e T-24 pode pular", "skip"),
    ("T-21 y T-22 puedes cancelarlas", "cancel"),
    ("T-21 und T-22 kannst du abbrechen", "cancel"),
    ("T-21 et T-22 tu peux annuler", "cancel"),
    ("T-21 e T-22 puoi annullarle", "cancel"),
])
def test_ids_then_a_permission_then_the_verb(message, verb):
    commands = _commands(message)
    assert [c[0] for c in commands] == [verb] and commands[0][1][0] == "T-21", commands


@pytest.mark.parametrize("message, note", [
    ("关于T-31：走高速，不要走国道", "走高速，不要走国道"),
    ("答复T-31：用新的账号登录，别用旧的", "用新的账号登录，别用旧的"),
])
def test_an_answer_keeps_its_negative_half(message, note):
    doc = _doc(message)
    assert [(c["verb"], c["note"]) for c in doc["commands"]] == [("answer", note)], doc


def test_a_command_after_an_answer_still_ends_it():
    doc = _doc("answer T-31: the blue one, and cancel T-32")
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [
        ("answer", ["T-31"], "the blue one"), ("cancel", ["T-32"], None)], doc


@pytest.mark.parametrize("message", [
    "read through the last 40 support tickets and give me a summary of the complaints",
    "échale un vistazo a las últimas 60 reseñas del hotel y hazme un resumen de las quejas",
    "épluche les 50 derniers mails des clients et fais-moi une synthèse des demandes",
    "lê os últimos 70 comentários do canal e me faz um resumo das críticas",
    "直近80件の問い合わせを読んで、多い要望をまとめて",
    "leggiti gli ultimi 30 messaggi del forum e fammi una sintesi dei problemi",
])
def test_reading_many_items_then_digesting_them_is_one_job(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("message", [
    "ok so for the move I need you to find a van hire in Leeds and also email the landlord about the deposit",
    "vale, para la mudanza busca una furgoneta en Sevilla y además escríbele al casero lo de la fianza",
    "bon, pour le déménagement trouve un camion à Lyon et aussi écris au proprio Marc pour la caution",
    "allora, per il trasloco cerca un furgone a Bari e anche scrivi alla signora Bianchi per la caparra",
])
def test_a_topic_before_the_request_keeps_the_first_item(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2, doc
    assert [task["type"] for task in doc["tasks"]] == ["info-lookup", "messaging"], doc


@pytest.mark.parametrize("message, kind", [
    ("écris à la voisine Odile pour la fête", "messaging"),
    ("scrivi alla maestra Giulia per la gita", "messaging"),
    ("écris au plombier Marc pour le devis", "messaging"),
    ("écris à la main une carte pour Odile", "file-creation"),
])
def test_writing_to_a_named_person_is_a_message(message, kind):
    doc = _doc(message)
    assert [task["type"] for task in doc["tasks"]] == [kind], doc


@pytest.mark.parametrize("message", [
    "I need an overview of the new parking rules in Bristol, plus a cost sheet in car/costs.xlsx",
    "Ich brauche einen Überblick über die neuen Parkregeln in Köln, außerdem eine Tabelle in auto/kosten.xlsx",
    "我需要一份北京新的停车政策的总结，另外再帮我做个费用表 costs.xlsx",
    "j'ai besoin d'un résumé de la réglementation du stationnement, et en plus d'un tableau des frais dans auto/frais.xlsx",
    "preciso de um resumo das novas regras de estacionamento, e também de uma planilha de custos em carro/custos.xlsx",
    "mi serve un riassunto delle nuove regole sui parcheggi, e in più una tabella dei costi in auto/costi.xlsx",
])
def test_a_needed_thing_plus_another_is_two_tasks(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 2, doc
    assert [task["type"] for task in doc["tasks"]] == ["info-lookup", "file-creation"], doc
    assert ".xlsx" in doc["tasks"][1]["description"], doc


def test_a_summary_of_two_things_stays_one_task():
    doc = _doc("I need a summary of the sales plus the costs")
    assert len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("message", [
    "write a watering calendar into garden/watering.md",
    "escribe un calendario de riego en huerto/riego.md",
    "erstelle einen Kalender für die Aussaat in garten/aussaat.md",
    "écris un calendrier d'arrosage dans jardin/arrosage.md",
    "escreve um calendário de rega em horta/rega.md",
    "scrivi un calendario delle potature in orto/potature.md",
])
def test_a_calendar_written_into_a_file_is_a_file(message):
    assert [task["type"] for task in _doc(message)["tasks"]] == ["file-creation"]


def test_a_reminder_written_is_still_a_reminder():
    assert [task["type"] for task in _doc("crée un rappel pour le dentiste lundi")["tasks"]] == ["reminder-scheduling"]


@pytest.mark.parametrize("message", [
    "- procura um pediatra perto de casa\n- manda pra minha irmã Carla a lista das vacinas",
    "- cerca un pediatra vicino a casa\n- manda a mia sorella Carla la lista dei vaccini",
    "- busca un pediatra cerca de casa\n- manda a mi hermana Carla la lista de las vacunas",
])
def test_a_send_that_names_its_object_after_the_recipient_waits_for_nothing(message):
    doc = _doc(message)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [], doc


def test_a_send_with_no_object_still_sends_what_came_before():
    doc = _doc("find the cheapest plumber in town and send to Bob")
    assert doc["tasks"][1]["depends_on"] == [0], doc


@pytest.mark.parametrize("message", [
    "occupe-toi du machin de l'assurance",
    "sistemami la roba del condominio",
    "kümmer dich mal um die Sachen mit der Versicherung",
    "あの件、適当にやっといて",
])
def test_a_vague_hand_over_is_said_to_be_unsure(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and any(reason.startswith("vague:") for reason in doc["unsure"]), doc


@pytest.mark.parametrize("message, verb", [
    ("帮我重试一下 T-27", "retry"),
    ("重新运行一下T-27吧", "retry"),
    ("跳过一下 T-27", "skip"),
    ("取消一下 T-27", "cancel"),
])
def test_a_chinese_control_verb_softened_by_yixia(message, verb):
    assert _commands(message) == [(verb, ["T-27"], None)]


@pytest.mark.parametrize("message", [
    "il reste quoi dans la file ? et ajoute : trouver un garage pour la vidange",
    "残ってるタスクはどれ？あと、車検の予約ができるか調べて",
])
def test_what_is_left_then_a_new_task(message):
    doc = _doc(message)
    assert doc["status"] and len(doc["tasks"]) == 1, doc


def test_what_is_left_of_something_else_is_no_status():
    assert not _doc("il reste quoi comme pain ?")["status"]


@pytest.mark.parametrize("message", [
    "加到任务里：查一下护照什么时候过期，再找个周末能办的地方",
    "キューに追加して：パスポートの期限を確認する",
])
def test_add_to_the_queue_header_in_cjk_frames_work(message):
    doc = _doc(message)
    assert doc["mode"] == "intake" and not doc["status"] and doc["tasks"], doc


def test_a_japanese_answer_with_its_lead_after_the_id():
    doc = _doc("T-42について：いいえ、来月の第二週にしてください")
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [
        ("answer", ["T-42"], "いいえ、来月の第二週にしてください")], doc


@pytest.mark.parametrize("message", [
    "pon la T-12 la primera",
    "pon el T-12 el primero",
    "põe a T-12 em primeiro",
    "metti la T-12 per prima",
    "mets la T-12 en premier",
])
def test_putting_a_task_first_makes_it_urgent(message):
    assert _commands(message) == [("urgent", ["T-12"], None)]
