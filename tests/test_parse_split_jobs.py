"""Splits and types for phrasings the tables missed, in every language they apply to: reading then
digesting stays one job (agrúpalos, épluche … fais-moi une liste, 过一遍…总结), a "while …" clause
before the request, a condition about an existing task followed by its action in the same clause,
a capitalised name is no dictated verb, "it based on that" (ja), "by the way" (zh), "note :" /
"anota aí" openers, and types: a report-back tail does not decide the type, forward verbs are
messaging, document extensions make a file."""
import pytest

from task_runner.parse import parse_message


def _tasks(message):
    doc = parse_message(message)
    return [(task["description"], task["type"], task["depends_on"]) for task in doc["tasks"]]


@pytest.mark.parametrize("message", [
    "revisa las 50 reseñas del hotel y agrúpalas por queja",
    "épluche mes relevés de novembre et fais-moi une liste des abonnements",
    "把这个月的订单过一遍，按客户汇总一下",
    "go through the support tickets from last week and group them by product",
    "leggi le email di oggi e raggruppali per cliente",
])
def test_reading_then_digesting_is_one_job(message):
    assert len(_tasks(message)) == 1


def test_a_while_clause_before_the_request():
    tasks = _tasks("while I'm at the gym, call the plumber about the leak then order more coffee pods")
    assert [t[0] for t in tasks] == ["while I'm at the gym, call the plumber about the leak", "order more coffee pods"]


@pytest.mark.parametrize("message, first", [
    ("after T-07 is done, write the changelog into CHANGES.md and post the link in #dev", ["T-07"]),
    ("nach T-07 bitte die Zahlen in eine Tabelle packen und an Herrn Wolf schicken", ["T-07"]),
])
def test_a_condition_and_its_action_then_a_second_action(message, first):
    tasks = _tasks(message)
    assert len(tasks) == 2 and tasks[0][2] == first


def test_a_condition_alone_still_waits():
    assert [t[2] for t in _tasks("quand T-07 est terminée, envoie le rapport à Paul")] == [["T-07"]]


def test_a_capitalised_name_is_no_dictated_verb():
    tasks = _tasks("manda um zap pra Ana avisando do jantar e também vê se a loja Compre Bem entrega aqui")
    assert len(tasks) == 2 and "Compre Bem" in tasks[1][0]


def test_japanese_based_on_that_is_a_second_task_that_waits():
    tasks = _tasks("報告書を要約して、それをもとに部長へのメールを書いて")
    assert len(tasks) == 2 and tasks[1][2] == [0]


def test_chinese_by_the_way_joins_a_second_task():
    assert len(_tasks("帮我查一下明天的天气，顺便给小王发个微信说会议改到三点")) == 2


@pytest.mark.parametrize("message", [
    "stp note : appeler la banque pour le prêt, et puis relancer le plombier",
    "anota aí primeiro ligar pro dentista depois comprar pilhas",
])
def test_write_down_openers_frame_the_list(message):
    assert len(_tasks(message)) == 2


@pytest.mark.parametrize("message, kind", [
    ("vê o horário do último ônibus e me avisa", "info-lookup"),
    ("busca el horario de la farmacia y avísame", "info-lookup"),
    ("find the opening hours of the museum and let me know", "info-lookup"),
    ("leite die Mail bitte an Herrn Wolf weiter", "messaging"),
    ("reenvía el correo del banco a mi hermana", "messaging"),
    ("schreib Mia bitte, dass das Essen ausfällt", "messaging"),
    ("haz el presupuesto en presupuesto_obra.xlsx", "file-creation"),
    ("prepara la presentación en ventas.pptx", "file-creation"),
    ("明日の朝6時に起こして、それから天気を調べて", "reminder-scheduling"),
])
def test_types(message, kind):
    assert _tasks(message)[0][1] == kind


@pytest.mark.parametrize("message, count", [
    ("やることある：①経費の精算 ②山田さんに電話 ③会議室を予約して", 3),
    ("帮我几件事：①订酒店 ②给妈妈打电话 ③查一下天气", 3),
    ("1 llamar al taller por la revisión 2 pedir cita en el dentista 3 mirar hoteles en Cádiz", 3),
    ("1 ligar pro banco 2 pagar a conta de luz 3 marcar o veterinário", 3),
])
def test_circled_and_bare_numbers_in_one_line(message, count):
    assert len(_tasks(message)) == count


def test_bare_numbers_inside_a_request_are_no_list():
    assert len(_tasks("call 1 client, send 2 emails, check 3 logs")) == 3  # a comma list, not numbered


@pytest.mark.parametrize("message, count", [
    ("夫にLINEでパン買ってきてって送って、あと郵便局が何時までか調べて", 2),
    ("ビルドを実行して、失敗したものを教えて", 1),
    ("結果をまとめて、部長に結果を教えて", 2),
])
def test_japanese_auxiliaries_quotes_and_reporting_back(message, count):
    assert len(_tasks(message)) == count


@pytest.mark.parametrize("message", [
    "prepara el informe de gastos y guárdalo como gastos.pdf, lo necesito el lunes",
    "prepara a ata da reunião e guarda em ata.docx",
    "write the minutes and save them as minutes.md",
    "schreib das Protokoll und speichere es als protokoll.md",
    "rédige le compte rendu et enregistre-le sous cr.docx",
    "scrivi il verbale e salvalo come verbale.docx",
    "議事録を作って、docsフォルダに保存して",
    "把会议纪要整理好，保存为 jiyao.docx",
    "look up the price of the Pixel 9 and save it in prices.md",
])
def test_keeping_the_result_in_a_file_is_part_of_the_job(message):
    doc = parse_message(message)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc["tasks"]


@pytest.mark.parametrize("message, count", [
    ("mi fai queste cose? compra il pane, chiama la nonna", 2),
    ("tu peux faire ces choses ? appelle le garage, achète du pain", 2),
    ("¿puedes hacer estas cosas? llama al taller, compra pan", 2),
    ("could you sort a few things out for me\n1. call the garage\n2. buy bread", 2),
    ("お疲れさまです。以下お願いします\n1. 区役所に電話する\n2. パンを買う", 2),
])
def test_a_line_that_only_points_at_the_list_is_no_task(message, count):
    assert len(_tasks(message)) == count


@pytest.mark.parametrize("message, depends", [
    ("1. find out when the pharmacy closes\n2. email Ana the signed contract", [[], []]),
    ("check if my train is on time and text Leo the arrival time", [[], [0]]),
    ("look up hotels in Porto and send me the options", [[], [0]]),
])
def test_a_send_of_a_definite_thing_waits_only_for_what_it_names(message, depends):
    assert [task[2] for task in _tasks(message)] == depends


@pytest.mark.parametrize("message", [
    "compara os planos de celular, além disso cancela minha assinatura da academia",
    "compara las tarifas del móvil y además cancela mi suscripción al gimnasio",
    "confronta le tariffe del telefono e poi annulla l'abbonamento alla palestra",
    "compare les forfaits mobiles et ensuite annule mon abonnement à la salle",
    "vergleich die Handytarife und kündige dann mein Fitnessstudio-Abo",
])
def test_cancelling_a_subscription_is_a_task_not_a_command(message):
    doc = parse_message(message)
    assert doc["commands"] == [] and len(doc["tasks"]) == 2


def test_a_link_after_a_lookup_is_what_it_found():
    assert [task[2] for task in _tasks("look up the museum's opening hours on Sunday and dm Priya the link")] == [[], [0]]


@pytest.mark.parametrize("message", ["查一下小区的停电通知", "查查这周的快递通知"])
def test_a_leading_chinese_lookup_verb_decides_the_type(message):
    assert _tasks(message)[0][1] == "info-lookup"


@pytest.mark.parametrize("message", [
    "after T-05 is done, write the announcement into NEWS.md and post the link in #general",
    "nach T-05 bitte die Zahlen in eine Tabelle packen und an Herrn Wolf schicken",
])
def test_sending_what_the_item_before_produced(message):
    assert [task[2] for task in _tasks(message)][1] == [0]


@pytest.mark.parametrize("message", [
    "compara las tarifas del gas y además cancela la suscripción de la revista",
    "busca el horario del museo y cancela la reserva del restaurante",
])
def test_a_verb_ending_like_a_pronoun_is_no_pronoun(message):
    assert [task[2] for task in _tasks(message)] == [[], []]


@pytest.mark.parametrize("message, kind", [
    ("lass bitte die Tests in ~/code/app laufen und sag mir, ob was rot ist", "code-execution"),
    ("跑一下 scripts/build.sh，看看有没有报错", "code-execution"),
    ("查一下明天的天气，看看有没有雨", "info-lookup"),
])
def test_running_something_and_reporting_how_it_went_is_one_job(message, kind):
    tasks = _tasks(message)
    assert len(tasks) == 1 and tasks[0][1] == kind


@pytest.mark.parametrize("message", [
    "écris le compte rendu et une fois fini envoie-le à Marc",
    "写周报，写完以后发给老板",
    "write the summary and once it is done send it to Marc",
    "escribe el acta y cuando esté lista mándasela a Marc",
])
def test_once_it_is_done_waits_for_the_item_before(message):
    assert [task[2] for task in _tasks(message)] == [[], [0]]


@pytest.mark.parametrize("message, kind", [
    ("check whether the nightly backup finished", "info-lookup"),
    ("revisa si el servidor de pruebas responde", "info-lookup"),
    ("prüf, ob der Server läuft", "info-lookup"),
    ("controlla se il server risponde", "info-lookup"),
    ("vérifie si le serveur répond", "info-lookup"),
    ("verifica se o servidor está no ar", "info-lookup"),
    ("check disk usage on the build server", "code-execution"),
    ("ask Bob if he can come on Friday", "messaging"),
])
def test_checking_whether_something_is_so_is_a_lookup(message, kind):
    assert _tasks(message)[0][1] == kind


def test_a_japanese_request_after_a_file_name():
    assert _tasks("notes.mdに議事録を書いて")[0][1] == "file-creation"


def test_which_one_refers_to_what_the_item_before_found():
    tasks = _tasks("1. compare the three phone plans\n2. write me a note on which one is best for travel")
    assert [task[2] for task in tasks] == [[], [0]]
