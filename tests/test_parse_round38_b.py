"""Round 38, part B (splits): a counted list whose next item opens the next sentence with a joining
word, and a deadline cut off by a comma from the request it opens."""

import pytest

from parsing import commands_of, descriptions_at_now, dues_at_now, parse_at_now, starts_at_now

# --- "two things: by Friday, X. and Y": the count goes on in the next sentence, X is not cut ----------

@pytest.mark.parametrize("text, first, second", [
    ("two things: by Friday, save the receipts in claims.xlsx. and call my mother about Sunday", "claims.xlsx", "mother"),
    ("dos cosas: antes del viernes, guarda los recibos en gastos.xlsx. y llama a mi madre por el domingo", "gastos.xlsx", "madre"),
    ("zwei Sachen: bis Freitag die Belege in kosten.xlsx speichern. außerdem ruf meine Mutter wegen Sonntag an", "kosten.xlsx", "Mutter"),
    ("两件事：周五之前，把收据整理到报销.xlsx里。另外给我妈打个电话问问周日的事", "报销.xlsx", "我妈"),
    ("deux choses : d'ici vendredi, range les reçus dans frais.xlsx. et appelle ma mère pour dimanche", "frais.xlsx", "mère"),
    ("duas coisas: até sexta, salva os recibos em gastos.xlsx. e liga pra minha mãe sobre domingo", "gastos.xlsx", "mãe"),
    ("2つお願い：金曜までに、領収書をまとめてkeihi.xlsxに保存。それと母に日曜のことで電話して", "keihi.xlsx", "母"),
    ("due cose: entro venerdì, salva le ricevute in spese.xlsx. e poi chiama mia madre per domenica", "spese.xlsx", "madre"),
])
def test_a_counted_list_goes_on_after_a_joining_word(text, first, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and first in descriptions[0] and second in descriptions[1]
    dues = dues_at_now(text)
    assert dues[0] and not dues[1]


@pytest.mark.parametrize("text", [
    "two things: check the train times, book the hotel",  # the count is met by the sentence itself (as before)
    "两件事：查一下火车时刻，订酒店",
])
def test_a_counted_list_in_one_sentence_is_still_cut(text):
    assert len(descriptions_at_now(text)) == 2


# --- "周五之前，把…": a deadline cut off by a comma is the request's it opens -------------------------

@pytest.mark.parametrize("text", [
    "周五之前，把收据整理到报销.xlsx里",
    "下周一之前，给房东发个消息说水管漏了",
])
def test_a_deadline_cut_off_by_a_comma_is_the_next_requests(text):
    descriptions, dues = descriptions_at_now(text), dues_at_now(text)
    assert len(descriptions) == 1 and not descriptions[0].startswith(("周五", "下周一")) and dues[0]


def test_a_request_with_its_own_time_keeps_it():
    text = "周五之前，明天上午10点给房东打电话"
    assert descriptions_at_now(text) == ["明天上午10点给房东打电话"] and starts_at_now(text)[0]


# --- "retry T-15. this time search by …": the note in the next sentence is the retry's, no task -------

@pytest.mark.parametrize("text, word", [
    ("retry T-15. this time search by the booking code QX7", "QX7"),
    ("T-15 nochmal versuchen. diesmal mit dem Buchungscode QX7 suchen", "QX7"),
    ("reintenta T-15. esta vez busca con el código QX7", "QX7"),
    ("relance T-15. cette fois cherche avec le code QX7", "QX7"),
    ("tenta de novo a T-15. desta vez procura pelo código QX7", "QX7"),
    ("riprova T-15. stavolta cerca con il codice QX7", "QX7"),
    ("重试T-15。这次用订单号QX7查", "QX7"),
    ("T-15をもう一度やって。今度は予約番号QX7で検索して", "QX7"),
])
def test_a_retry_note_in_the_next_sentence_is_no_task(text, word):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("retry", ["T-15"], None)] and doc["tasks"] == []
    assert word in doc["commands"][0]["note"]


@pytest.mark.parametrize("text, task", [
    ("retry T-15. this time search by the code QX7. and call my mother", "call my mother"),
    ("T-15をもう一度やって。今度は予約番号で検索して。それと母に電話して", "母に電話して"),
])
def test_a_request_after_the_note_stays_a_task(text, task):
    assert descriptions_at_now(text) == [task]


# --- "重试T-102，用公司的账号发，不要用我私人的": a "don't …" after a retry's note goes on in the note ---------

@pytest.mark.parametrize("text, word", [
    ("重试T-102，用公司的账号发，不要用我私人的账号", "私人"),
    ("重试T-102，用顺丰寄，别用邮政", "邮政"),
    ("retry T-102 using the company account, don't use my personal one", "personal"),
    ("reintenta T-102 usando la cuenta de la empresa, no uses mi cuenta personal", "personal"),
    ("T-102 nochmal mit dem Firmenkonto, nicht mit meinem privaten", "privaten"),
    ("relance T-102 avec le compte de la boîte, n'utilise pas mon compte perso", "perso"),
    ("tenta de novo a T-102 usando a conta da empresa, não usa a minha pessoal", "pessoal"),
    ("riprova T-102 usando l'account aziendale, non usare il mio personale", "personale"),
    ("T-102をもう一度、会社のアカウントで送って、個人のは使わないで", "個人"),
])
def test_a_refusal_after_a_retry_note_is_part_of_the_note(text, word):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("retry", ["T-102"], None)] and doc["tasks"] == []
    assert word in doc["commands"][0]["note"]


def test_a_cancel_with_its_own_id_after_a_retry_note_is_still_a_command():
    doc = parse_at_now("重试T-102，用公司的账号发，不要T-103了")
    assert commands_of(doc) == [("retry", ["T-102"], None), ("cancel", ["T-103"], None)]


# --- "设置自动回复，说…": an auto-reply is a message whose words follow it, as "发个消息，说…" ------------------

@pytest.mark.parametrize("text, word", [
    ("帮我设置一下邮箱自动回复，说我下周一之前在休假，有事找小王", "休假"),
    ("邮箱开个自动回复，说这周在外地出差", "出差"),
    ("set up an out-of-office reply saying I'm away until Monday", "Monday"),
    ("configura una respuesta automática diciendo que vuelvo el lunes", "lunes"),
    ("richte eine automatische Antwort ein, dass ich bis Montag weg bin", "Montag"),
    ("mets une réponse automatique disant que je reviens lundi", "lundi"),
    ("configura uma resposta automática dizendo que volto segunda", "segunda"),
    ("imposta una risposta automatica dicendo che torno lunedì", "lunedì"),
])
def test_what_an_auto_reply_says_is_the_same_task(text, word):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 1 and word in descriptions[0]


def test_a_request_of_its_own_after_an_auto_reply_is_cut():
    assert len(descriptions_at_now("设置一下邮箱自动回复，帮我查一下明天的天气")) == 2


# --- "the train is cancelled: find a later ferry and write to …": the statement is why, the request stays ----

@pytest.mark.parametrize("text, first, second", [
    ("the train is cancelled and we miss the ferry at Dover: find a later crossing for tonight and write to the B&B that we arrive tomorrow", "crossing", "B&B"),
    ("el tren está cancelado y perdemos el ferry en Dover: busca otro cruce para esta noche y escríbele al hostal que llegamos mañana", "cruce", "hostal"),
    ("unser Zug ist ausgefallen: such eine spätere Fähre für heute Abend und schreib der Pension, dass wir morgen kommen", "Fähre", "Pension"),
    ("火车取消了，我们赶不上多佛的渡轮：查一下今晚晚一点的船，再给民宿发消息说我们明天到", "船", "民宿"),
    ("notre train a deux heures de retard : cherche un autre ferry pour ce soir et écris à la chambre d'hôte qu'on arrive demain", "ferry", "chambre d'hôte"),
    ("o trem foi cancelado e vamos perder a balsa em Dover: procura outra travessia pra hoje à noite e escreve pra pousada que chegamos amanhã", "travessia", "pousada"),
    ("電車が運休でドーバーのフェリーに間に合わない：今夜の遅い便を探して、民宿に明日着くと連絡して", "遅い便", "民宿"),
    ("il treno è cancellato e perdiamo il traghetto a Dover: cerca un'altra traversata per stasera e scrivi al B&B che arriviamo domani", "traversata", "B&B"),
])
def test_a_statement_before_a_colon_is_why_and_the_request_after_it_stays(text, first, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and first in descriptions[0] and second in descriptions[1]
    assert ":" not in descriptions[0] and "：" not in descriptions[0]


# --- "dictating this in the taxi so bear with me …": where the user dictates from is no task, the asks stay --

@pytest.mark.parametrize("text, first, second", [
    ("ok dictating this in the cab so bear with me I need you to find out when the museum opens and also text Anna that I'm late", "museum", "Anna"),
    ("bueno te dicto porque voy manejando necesito que busques a qué hora abre el museo y que le escribas a Ana que llego tarde", "museo", "Ana"),
    ("ich diktier das im Taxi, such mir die Öffnungszeiten vom Museum raus und schreib Anna, dass ich später komme", "Museum", "Anna"),
    ("je dicte dans le taxi, cherche les horaires du musée et écris à Anna que j'arrive plus tard", "musée", "Anna"),
    ("tô ditando no táxi, procura o horário do museu e manda mensagem pra Ana que vou chegar tarde", "museu", "Ana"),
    ("sto dettando in taxi, cerca gli orari del museo e scrivi ad Anna che arrivo tardi", "museo", "Anna"),
])
def test_where_the_user_dictates_from_is_no_part_of_the_asks(text, first, second):
    descriptions = descriptions_at_now(text)
    assert len(descriptions) == 2 and first in descriptions[0] and second in descriptions[1]
    assert not any(word in descriptions[0].lower() for word in ("dict", "ditando", "dettando", "taxi", "táxi", "cab"))
