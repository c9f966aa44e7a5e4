"""Round 31, part B (holdout28): mode and status in messages that mix languages and registers. An English
verb borrowed with another language's ending or particle ("deployen", "gegenchecken", "deploya", "deployar",
"check 一下") is that language's verb; a Japanese request drawn out with "〜" ends its clause there; chat
abbreviations ("fwd", "rn"); a lead that only announces a question ("quick q", "kurze Frage"); a size word
before a status topic ("kurzes Update", "petit update"); a spaced dash between clauses; a now-phrase at a
status question's end; tech jargon for finished work ("shipped", "merged", "ya quedó"); and a yes/no
question whether one task finished with the state first ("¿ya terminó lo de …?") or with only its "?"
("le deploy d'hier est passé ?")."""

import pytest

from task_runner.parse import lexicon, parse_message


def _tasks(text: str) -> list[dict]:
    doc = parse_message(text)
    assert doc["mode"] == "intake" and not doc["status"], doc
    return doc["tasks"]


def _status(text: str) -> bool:
    doc = parse_message(text)
    return doc["mode"] == "intake" and doc["status"]


# ---- an English verb with the language's verb ending (and a German separable prefix) is a verb
@pytest.mark.parametrize("text, kind", [
    ("bitte das Release heute Abend auf Staging deployen", "code-execution"),
    ("bitte die Rechnung von Müller nochmal gegenchecken", "info-lookup"),
    ("bitte die Angebote der Lieferanten checken", "info-lookup"),
    ("deploya la build nuova sul server di test", "code-execution"),
    ("deployar la versión 2.3 en el servidor de pruebas", "code-execution"),
    ("deploya a versão nova no servidor de homologação", "code-execution"),
])
def test_loan_verb_with_the_languages_ending(text, kind):
    tasks = _tasks(text)
    assert len(tasks) == 1 and tasks[0]["type"] == kind


def test_loan_verb_needs_an_english_stem_of_five_letters():
    assert lexicon.loan_verb("deployen") == "deploy" and lexicon.loan_verb("gegenchecken") == "check"
    for word in ("posta", "taken", "given", "planta", "listen", "printer", "carta"):
        assert lexicon.loan_verb(word) is None, word
    assert parse_message("la planta baja está cerrada hoy")["mode"] == "none"


# ---- an English verb, then the particle that makes it a zh/ja verb
@pytest.mark.parametrize("text", [
    "下午 check 一下 服务器的日志",
    "明天帮我 review 一下 合同草稿",
    "この見積もりを check しといて",
])
def test_loan_verb_before_its_particle(text):
    assert len(_tasks(text)) == 1


def test_loan_verb_particle_negative():
    assert parse_message("我check了一下，没问题")["mode"] == "none"  # told, not asked


# ---- a Japanese request drawn out with a wave dash ends its clause there
def test_wave_dash_after_a_request():
    assert len(_tasks("来週の会議の議事録まとめといて〜 急ぎじゃないよ")) == 1
    assert parse_message("10時〜12時の会議")["mode"] == "none"


# ---- chat abbreviations of a verb and of "now"
def test_chat_abbreviations():
    tasks = _tasks('fwd this to Maria in accounts: "the audit starts Monday"')
    assert len(tasks) == 1 and tasks[0]["type"] == "messaging"
    assert _status("what's running rn")


# ---- a lead that only announces a question asks nothing itself
@pytest.mark.parametrize("text", [
    "quick q what's pending vs blocked",
    "kurze Frage: was läuft gerade?",
    "pregunta rápida: ¿qué está pendiente y qué está bloqueado?",
    "petite question : qu'est-ce qui est bloqué et qu'est-ce qui est fini ?",
    "domanda veloce: cosa è in corso e cosa è bloccato?",
])
def test_question_lead(text):
    assert _status(text)


def test_question_lead_keeps_the_request():
    assert len(_tasks("quick q can you book the flights to Oslo")) == 1


# ---- a size word before a status topic; a spaced dash between clauses
@pytest.mark.parametrize("text", [
    "kurzes Update bitte",
    "kurzes Update bitte – was hängt noch?",
    "petit update ?",
    "petit update sur ce qui tourne ?",
    "kurzes Update zu T-04?",
])
def test_size_word_before_the_topic(text):
    assert _status(text)


def test_size_word_topic_about_something_else():
    assert parse_message("petit update sur le déménagement ?")["status"] is False


# ---- a now-phrase at a status question's end only says when it asks
@pytest.mark.parametrize("text", [
    "petit update sur ce qui tourne en ce moment ?",
    "what's blocked right now?",
])
def test_now_phrase_at_the_end(text):
    assert _status(text)


# ---- tech jargon and slang for finished work
@pytest.mark.parametrize("text", [
    "anything shipped since this morning?",
    "anything merged while I was out?",
    "¿ya quedó algo?",
])
def test_jargon_for_done(text):
    assert _status(text)


def test_jargon_inside_a_task_is_no_question():
    assert len(_tasks("check whether the parcel shipped")) == 1


# ---- one task finished? the state first, or only the "?" asking
@pytest.mark.parametrize("text", [
    "¿ya terminó la búsqueda de hotel?",
    "já acabou a busca do apartamento?",
    "è già finita la ricerca dell'hotel?",
    "la ricerca dell'hotel è finita?",
    "le rapport de Paul est fini ?",
    "o orçamento da cozinha ficou pronto?",
])
def test_finished_yes_no_question(text):
    assert _status(text)


def test_finished_question_then_a_task():
    doc = parse_message("¿ya terminó lo de la mudanza? y de paso agrega: reservar la furgoneta")
    assert doc["status"] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "le rapport est fini",  # no "?": a statement
    "la réunion est finie, envoie le compte rendu à Paul",
])
def test_finished_statement_is_no_question(text):
    assert parse_message(text)["status"] is False


# ---- a reading verb of several words opens a request as a one-word verb does
@pytest.mark.parametrize("text", [
    "passe en revue les contrats de location de Paul",
    "look through the photos from Sunday's match",
])
def test_multiword_reading_verb_opens_a_request(text):
    assert len(_tasks(text)) == 1


def test_multiword_reading_verb_negative():
    assert parse_message("les vacances sont passées en revue dans le journal, c'est drôle")["tasks"] == []


# ---- "revoke" (a leaked token, an access) is a verb in every language
@pytest.mark.parametrize("text", [
    "revoke the API key Sam pasted in the channel",
    "revoca el token de Slack de Marta",
    "revoga o token antigo do Jenkins",
    "revoca il token del bot di Telegram",
    "révoque le jeton d'accès de Claire",
    "bitte den Zugang von Herrn Kaya widerrufen",
    "吊销旧的 SSL 证书",
    "古いAPIトークンを失効させて",
])
def test_revoke_is_a_verb(text):
    assert len(_tasks(text)) == 1


# ---- a request with its subject dropped (Singlish "can help me …")
def test_request_without_its_subject():
    tasks = _tasks("can help me book a table for 6 at the Jumbo seafood place tonight")
    assert len(tasks) == 1 and tasks[0]["description"].startswith("book")
    assert parse_message("the new hire can help me with the boxes later")["tasks"] == []


# ---- "or not" closing a whether-clause is that question's other half, no hedge
@pytest.mark.parametrize("text", [
    "check if the quote from the plumber includes VAT or not",
    "schau nach, ob die Rechnung von Frau Weber bezahlt ist oder nicht",
    "mira si el pedido de Lucía ya salió o no",
    "vérifie si le colis de Paul est parti ou pas",
    "vê se o boleto da escola foi pago ou não",
    "controlla se il pacco di Marco è partito o no",
])
def test_whether_alternative_is_no_hedge(text):
    doc = parse_message(text)
    assert len(doc["tasks"]) == 1 and doc["unsure"] == [], doc


def test_whether_alternative_still_hedges_without_whether():
    assert parse_message("book the hotel or not, up to you")["unsure"]
