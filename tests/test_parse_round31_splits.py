"""Round 31, part C (holdout28): where items are cut and which type they get when a message mixes
languages: an English verb borrowed with another language's ending ("booker", "schedulare",
"checkear", "forwardar") is read as that English verb, for the task's type and where a clause starts."""

import pytest

from task_runner.parse import loans, parse_message


def _tasks(text: str) -> list[dict]:
    doc = parse_message(text)
    assert doc["mode"] == "intake", doc
    return doc["tasks"]


# ---- rule 1: an English verb with another language's ending is that English verb (loans.loan_verb_before_object)
@pytest.mark.parametrize("text, kind", [
    ("booker un créneau chez le dentiste pour mardi", "reminder-scheduling"),
    ("checker si le serveur de staging répond", "info-lookup"),  # "check whether": a lookup, not code
    ("forwarder le devis à Chloé", "messaging"),
    ("schedulare una call con il commercialista", "reminder-scheduling"),
    ("checkare se la build è passata", "info-lookup"),
    ("forwardare il preventivo a Chiara", "messaging"),
    ("bookear una sala para el lunes", "reminder-scheduling"),
    ("checkear si el deploy terminó", "info-lookup"),
    ("forwardear el correo a Marta", "messaging"),
    ("forwardar o e-mail para a Bia", "messaging"),
    ("checkear se o backup rodou", "info-lookup"),
])
def test_borrowed_english_verb_decides_the_type(text, kind):
    tasks = _tasks(text)
    assert [task["type"] for task in tasks] == [kind], tasks


@pytest.mark.parametrize("text, kinds", [
    ("booker un meeting avec Hugo pour jeudi pis checker si la salle est libre", ["reminder-scheduling", "info-lookup"]),
    ("schedulare un meeting con Paolo e checkare se la sala è libera", ["reminder-scheduling", "info-lookup"]),
    ("bookear una reunión con Lucas y checkear si la sala está libre", ["reminder-scheduling", "info-lookup"]),
    ("bookar uma reunião com o Caio e checkear se a sala está livre", ["reminder-scheduling", "info-lookup"]),
    ("faut que tu forwardes le deck à Inès, que tu merges la PR #12 et que tu me fasses le recap", None),
])
def test_borrowed_english_verb_starts_a_clause(text, kinds):
    tasks = _tasks(text)
    if kinds is None:
        assert len(tasks) == 3 and tasks[0]["type"] == "messaging", tasks
    else:
        assert [task["type"] for task in tasks] == kinds, tasks


@pytest.mark.parametrize("word, after", [
    ("printer", "is"),      # an English noun of an English verb, followed by no object
    ("reminder", "for"),
    ("booker", "said"),
    ("checker", ""),
    ("check", "si"),       # the English verb itself is read by the verb tables
    ("posta", "la"),       # too short a stem for the Italian ending
])
def test_not_a_borrowed_verb(word, after):
    assert loans.loan_verb_before_object(word, after) is None


def test_english_nouns_of_verbs_stay_nouns():
    tasks = _tasks("printer is jammed again, order toner")
    assert [task["description"] for task in tasks] == ["order toner"], tasks
    tasks = _tasks("the booker said the venue is free, forward the contract to Ana")
    assert [task["type"] for task in tasks] == ["messaging"], tasks


# ---- rule 2: one job in chat register: a reading verb then a digest ("go thru … and summarize", "leggi … e
# fammi un sunto", "… e fais-moi un récap"), a result dropped into a document, a German "und mir Bescheid geben"
@pytest.mark.parametrize("text", [
    "go thru the last 30 support emails and summarize the complaints",
    "leggi le recensioni di ottobre e fammi un sunto",
    "lis les avis clients de la semaine et fais-moi un récap",
    "revisa los tickets de ayer y hazme un recap de los problemas",
    "lê os comentários da live e me faz um recap dos pedidos",
    "jeden Morgen die Paketstation checken und mir Bescheid geben",
    "pull the sales figures from Stripe and drop them into the Q4 deck",
])
def test_one_job_in_chat_register(text):
    tasks = _tasks(text)
    assert len(tasks) == 1, tasks


@pytest.mark.parametrize("text, count", [
    ("go thru the invoices, then email Ana", 2),  # a step after "then" is a task of its own
    ("check the shipping rates, then put them in rates.csv", 2),  # a file made of the result is its own task
])
def test_not_one_job(text, count):
    assert len(_tasks(text)) == count


# ---- rule 3: a slang term of address before the ask is a greeting, not words of the task
@pytest.mark.parametrize("text, description", [
    ("yaar can u pull the churn numbers from Mixpanel", "pull the churn numbers from Mixpanel"),
    ("mate can you book the dentist for friday", "book the dentist for friday"),
    ("güey, busca el vuelo a Monterrey", "busca el vuelo a Monterrey"),
    ("mano, manda o orçamento pro Caio", "manda o orçamento pro Caio"),
    ("digga, ruf mal den Vermieter an", "ruf mal den Vermieter an"),
    ("frérot, envoie le devis à Paul", "envoie le devis à Paul"),
    ("raga mandate il file a Sara", "mandate il file a Sara"),
])
def test_slang_address_is_a_greeting(text, description):
    assert [task["description"] for task in _tasks(text)] == [description]


def test_address_word_inside_the_task_stays():
    assert [task["description"] for task in _tasks("send the invite to my mate Tom")] == ["send the invite to my mate Tom"]


# ---- rule 4: chat short forms of a verb or a joining word read as the full ones: zh 查下/对比下 (查一下),
# ja しといて (しておいて) and a katakana loan verb with して (マージして, リスケして), pt "e tb" (e também),
# it "giralo" (gira + lo), ja "それが終わったら" (once that is done: then)
@pytest.mark.parametrize("text, kinds", [
    ("帮我查下下周去成都的高铁票", ["info-lookup"]),
    ("两件事：一是对比下这两家快递的运费，二是给 HR 发个邮件", ["info-lookup", "messaging"]),
    ("来月の売上をまとめて共有フォルダに保存しといて", ["file-creation"]),  # where the result goes: one job
    ("明日の面談を16時にリスケして", ["reminder-scheduling"]),
    ("preciso do orçamento da obra, e tb marca uma visita com o pedreiro", ["info-lookup", "reminder-scheduling"]),
    ("scrivi il verbale della riunione, poi giralo a Marco", ["file-creation", "messaging"]),
    ("develop を main にマージして、それが終わったらステージングにデプロイして", ["code-execution", "code-execution"]),
])
def test_chat_short_forms(text, kinds):
    tasks = _tasks(text)
    assert [task["type"] for task in tasks] == kinds, tasks


def test_once_that_is_done_waits_for_the_step_before():
    tasks = _tasks("develop を main にマージして、それが終わったらステージングにデプロイして")
    assert tasks[1]["depends_on"] == [0]


# ---- rule 5: after "also" ("あと", "and also") a second ask is its own task, never where the first one's result goes
@pytest.mark.parametrize("text", [
    "ホテルを調べといて あと 候補をhotels.csvに保存しといて",
    "look up the three hotels and also save the list in hotels.md",
])
def test_also_announces_a_task(text):
    assert len(_tasks(text)) == 2


def test_result_saved_without_also_is_one_job():
    assert len(_tasks("look up the three hotels and save them in hotels.md")) == 1


# ---- rule 6: a to-do's verbal noun or colloquial verb decides the type: ja "…の作成" makes a document,
# zh 约一下 arranges a meeting
@pytest.mark.parametrize("text, kind", [
    ("議事録の作成（金曜までに）", "file-creation"),
    ("约一下王律师下周二见面", "reminder-scheduling"),
])
def test_todo_noun_or_colloquial_verb_decides_the_type(text, kind):
    assert [task["type"] for task in _tasks(text)] == [kind]


def test_a_made_file_sent_is_a_message():
    assert [task["type"] for task in _tasks("作成したファイルを田中さんに送って")] == ["messaging"]
