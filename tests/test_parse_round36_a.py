"""Round 36, part A (commands and mode): typos of control verbs, what a pause waits for, group words after a
preposition, the user's news before a command, status questions, capability questions and vague hand-overs."""

import pytest

from parsing import commands_of, parse_at_now

# --- typos: a kana with the wrong vowel, the input method's homophones of 取消 -----------------------

@pytest.mark.parametrize("text, ids", [
    ("T-12 キャンサルでお願い", ["T-12"]),
    ("T-7 キャンセラして", ["T-07"]),
    ("取销T-40", ["T-40"]),
    ("把T-8取晓了吧", ["T-08"]),
])
def test_misspelt_cancel_is_a_cancel(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("cancel", ids, None)], doc
    assert doc["tasks"] == []


def test_a_real_word_is_no_typo_of_cancel():
    doc = parse_at_now("取笑别人不好")
    assert doc["commands"] == []


# --- a pause, then what it waits for or a statement: no task -------------------------------------

@pytest.mark.parametrize("text, note", [
    ("pause the wedding group, waiting for Sam to call back", "wedding"),
    ("pause the wedding group until Sam and I talk", "wedding"),
    ("pausa el grupo boda hasta que Ana y yo lo hablemos", "boda"),
    ("pausiere die Gruppe Umzug, der Server ist bis Montag down", "Umzug"),
    ("pausier alles aus der Gruppe garten, die Pumpe ist kaputt", "garten"),
    ("暂停“装修”那一组，等我老婆回来再定", "装修"),
    ("暂停装修组，等房东回复", "装修"),
    ("metti in pausa tutto nel gruppo matrimonio, aspettando la risposta di Luca", "matrimonio"),
    ("pausa tudo no grupo casamento", "casamento"),
    ("mets en pause tout dans le groupe mariage, en attendant la réponse de Léa", "mariage"),
])
def test_a_pause_and_what_it_waits_for_is_only_the_pause(text, note):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")], doc
    assert doc["commands"][0]["note"] == note
    assert doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "pause the wedding group until Monday and email Sam the seating plan",
    "pausiere die Gruppe Umzug bis Montag und ruf Ina an",
    "pause everything, email Sam the seating plan",
])
def test_a_request_after_a_pause_stays_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")], doc
    assert len(doc["tasks"]) == 1, doc


# --- the user's news before a command ------------------------------------------------------------

@pytest.mark.parametrize("text", ["back online, resume everything", "back online now, resume the queue"])
def test_back_online_is_news_not_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("resume", [], "all")], doc
    assert doc["tasks"] == []


def test_back_up_online_stays_a_task():
    assert len(parse_at_now("back up the photos online")["tasks"]) == 1


# --- status questions ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hows the garden job going, what's still open?",
    "how is the kitchen going, what is still pending?",
    "how many are still pending?",
    "how many are blocked?",
    "il en reste combien en cours ?",
    "ne restano quante in attesa?",
    "終わったのと止まってるの教えて",
    "完了したのと保留中のを見せて",
    "tu as avancé sur mes tâches ?",
    "avançou com as minhas tarefas?",
    "¿avanzaste con mis tareas?",
    "bist du mit meinen Aufgaben weitergekommen?",
    "hai fatto progressi con i miei task?",
    "did you make any progress on my tasks?",
])
def test_status_questions(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True, doc
    assert doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "t'as avancé sur mes tâches ? et ajoute : appelle le garage pour la Clio",
    "avançou com as tarefas? e coloca mais uma: liga pro encanador amanhã",
])
def test_a_progress_question_then_a_new_task(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("text", [
    "how many are coming to the party?",
    "o Pedro andou com o cachorro?",
    "会議が終わったら教えて",
])
def test_not_status_questions(text):
    assert parse_at_now(text)["status"] is False


def test_a_condition_with_a_state_is_no_status_question():
    doc = parse_at_now("schau bitte nach, welche Papiere ich brauche, und wenn das erledigt ist, mach mir eine Liste in papiere.md?")
    assert doc["status"] is False and len(doc["tasks"]) == 2, doc


# --- capability questions: "what can you do? could you also …?" asks about abilities ---------------

@pytest.mark.parametrize("text", [
    "what can you do exactly? could you handle my invoices?",
    "qué sabes hacer? podrías llevarme la agenda del club?",
    "你都能干些啥？能帮我管家里的开支吗？",
    "qu'est-ce que tu sais faire ? tu peux gérer mes factures ?",
    "che cosa sai fare? mi puoi tenere la contabilità?",
    "o que você consegue fazer? pode cuidar das minhas contas?",
    "cosa puoi fare esattamente?",
])
def test_a_capability_question_and_an_ability_question_are_none(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "what can you do? could you book a table at Luigi's for 8 tonight?",
    "qu'est-ce que tu sais faire ? envoie le devis à Paul",
    "could you handle my invoices?",
])
def test_a_job_of_its_own_after_a_capability_question_stays_a_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"], doc


# --- vague hand-overs: intake, and unsure ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "encárgate tú de lo del seguro",
    "ocúpate tú de lo del garaje que yo no llego",
    "trata-me daquela cena do condomínio, sabes qual é",
    "sistemami la faccenda del box, hai capito quale",
    "sort out the insurance renewal, you know which one",
    "faudrait voir pour le truc de la banque, tu gères ?",
])
def test_vague_hand_overs_are_intake_and_unsure(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and any(reason.startswith("vague:") for reason in doc["unsure"]), doc


@pytest.mark.parametrize("text", [
    "ocúpate tú de llamar al casero el lunes",
    "trata do seguro da carrinha até sexta",
    "faudrait voir pour réserver le resto samedi",
])
def test_a_hand_over_that_names_its_work_is_sure(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and not doc["unsure"], doc


def test_cena_is_a_dinner_in_italian_and_spanish():
    doc = parse_at_now("organizza la cena di classe con i genitori")
    assert len(doc["tasks"]) == 1 and not doc["unsure"], doc


def test_zh_kan_xia_is_a_look_at():
    doc = parse_at_now("看下快递到了没")
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc


# --- a command, the news behind it, then a request: the request is a task ------------------------

@pytest.mark.parametrize("text", [
    "annule T-15, le client a annulé, et envoie un sms à Paul",
    "cancel T-15, the client bought elsewhere, and text Paul",
    "cancela T-15, el cliente compró en otro sitio, y mándale un sms a Paul",
    "storniere T-15, der Kunde hat abgesagt, und schreib Paul eine SMS",
])
def test_news_after_a_command_then_a_request(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("cancel", ["T-15"], None)], doc
    assert len(doc["tasks"]) == 1, doc


def test_a_note_that_instructs_goes_on_past_and():
    doc = parse_at_now("retry T-4 with the new key, and make sure to use staging")
    assert commands_of(doc) == [("retry", ["T-04"], None)] and doc["tasks"] == [], doc
    assert doc["commands"][0]["note"].startswith("with the new key")


# --- ja 考えて last: "come up with", a request ----------------------------------------------------

@pytest.mark.parametrize("text", ["メルカリに出す自転車の説明文考えて", "店のお知らせの文章考えといて", "帮我想个店庆的标题"])
def test_think_up_is_a_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("text", ["よく考えてから返事するね", "ちょっと考えてみる"])
def test_the_users_own_thinking_is_no_request(text):
    assert parse_at_now(text)["tasks"] == []


# --- "can you X or only Y?": which things the assistant can do ----------------------------------

@pytest.mark.parametrize("text", [
    "can you listen to voice notes or only read text?",
    "¿puedes escuchar audios o solo lees texto?",
    "você consegue ler pdf ou só texto?",
    "riesci ad ascoltare i vocali o solo leggere il testo?",
    "tu peux écouter les vocaux ou seulement lire du texte ?",
    "你能听语音还是只能看文字？",
])
def test_can_you_or_only_asks_about_abilities(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "can you send the invoice to Bob or just draft it?",
    "can you book the 8pm table or only the 9pm one?",
    "can you listen to the voice note from Sam?",
])
def test_a_named_or_dated_choice_is_a_job(text):
    assert parse_at_now(text)["tasks"], text


# --- the queue named inside a clause of another question is no status question --------------------

@pytest.mark.parametrize("text", [
    "quick one, do you delete my notes once the tasks are finished?",
    "do you keep my files after the tasks are done or are they wiped?",
])
def test_a_question_about_what_happens_after_the_tasks(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and doc["tasks"] == [], doc


@pytest.mark.parametrize("text", ["do I have any tasks pending?", "are my tasks done?"])
def test_the_queue_asked_about_directly_is_still_status(text):
    assert parse_at_now(text)["status"] is True


@pytest.mark.parametrize("text, asked", [
    ("what can you do? can you also call Bob?", "call Bob"),
    ("was kannst du alles? kannst du auch Herrn Meier anrufen?", "Herrn Meier anrufen"),
    ("qué puedes hacer? me puedes reservar una mesa en Casa Lucio?", "reservar una mesa en Casa Lucio"),
])
def test_a_follow_up_that_names_someone_or_somewhere_is_a_job_not_chat(text, asked):
    """Never dropped as chat: a name in the can-you question after "what can you do?" makes it a request.
    German capitalises every noun, so there "auch Briefe schreiben?" reads as a job too (a task the agent
    can cancel, rather than a request silently answered as chat)."""
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and asked in [task["description"] for task in doc["tasks"]], doc
