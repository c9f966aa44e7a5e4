"""Round 27, part i (holdout24's misses in pt and it): newcomers' polite, long messages. The subject "I" before a
need frame, a summary of messages is a lookup, a cue before the user's own state opens no step, and "I need your
help with X" before the real ask is a preamble."""

import pytest

from parsing import parse_at_now


def _tasks(text):
    return [task["description"] for task in parse_at_now(text)["tasks"]]


# ---- "eu preciso de …", "io ho bisogno di …": the subject "I" before a need frame, and its other tenses
@pytest.mark.parametrize("text", [
    "Eu preciso de um resumo das mensagens do grupo do condomínio",
    "Eu precisava de uma lista de pediatras em Niterói, estou perdida",
    "Precisaria de um orçamento de pintura para a sala",
    "Io ho bisogno di un elenco di idraulici a Bari",
    "Avrei bisogno di una lista di asili nido a Parma, grazie",
    "Io avrei bisogno dei prezzi dei traghetti per la Sardegna",
])
def test_the_subject_i_before_a_need_frame(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "Eu preciso de um tempo para pensar, obrigada",
    "io ho bisogno di un caffè",
])
def test_a_need_of_the_user_alone_is_still_no_summary(text):
    assert len(parse_at_now(text)["tasks"]) <= 1  # read as before: at most one item, never split


# ---- "a summary of the last 80 emails": the messages are read, none sent
@pytest.mark.parametrize("text", [
    "Ho bisogno di un riassunto delle ultime 30 email del condominio",
    "Mi serve una sintesi dei messaggi del gruppo della palestra",
    "Preciso de um resumo dos e-mails da escola desta semana",
    "Preciso de um apanhado das mensagens do grupo da família",
    "I need a summary of the last 40 emails from the club",
    "Necesito un resumen de los mensajes del grupo de padres",
])
def test_a_summary_of_messages_is_a_lookup(text):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] == ["info-lookup"]


@pytest.mark.parametrize("text", [
    "Manda un riassunto delle email a Marco",
    "manda um resumo das mensagens pro Pedro",
    "send a summary of the emails to Dana",
])
def test_a_summary_sent_to_someone_is_a_message(text):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] == ["messaging"]


# ---- "Ainda estou a tentar perceber …": a cue before the user's own state opens no step
@pytest.mark.parametrize("text", [
    "Olá. Ainda estou a tentar perceber como isto funciona… Pode procurar um hotel em Tavira para julho?",
    "Oi! Ainda estou aprendendo a usar isto. Você pode procurar um hotel em Paraty para o feriado?",
    "Bom dia. Também estou meio perdida com isto. Podes marcar-me uma consulta no dentista?",
    "Ciao. Anche sto ancora imparando come funziona. Puoi trovarmi un albergo a Lecce?",
])
def test_a_cue_before_the_users_own_state(text):
    assert len(_tasks(text)) == 1


@pytest.mark.parametrize("text", [
    "procura um hotel em Tavira e também marca o dentista para terça",
    "cerca un albergo a Lecce e poi prenota il treno",
])
def test_a_cue_before_work_still_opens_a_step(text):
    assert len(_tasks(text)) == 2


# ---- "I need your help with X. Can you …": the help asked for is a preamble, the ask follows
@pytest.mark.parametrize("text", [
    "Buongiorno, avrei bisogno del suo aiuto per la festa. Può prenotare un tavolo da Gino per sabato?",
    "Ciao, mi serve una mano con il trasloco. Puoi trovarmi un furgone a noleggio a Pisa?",
    "Bom dia, preciso da sua ajuda com a festa. Pode reservar uma mesa no restaurante Tasca para sábado?",
    "Preciso de uma ajuda com o casamento da minha irmã. Você pode achar um buffet em Campinas?",
    "Good morning, I need your help with the party. Can you book a table at Tasca for saturday?",
    "Necesito tu ayuda con la boda. ¿Puedes buscar un fotógrafo en Sevilla?",
])
def test_help_asked_before_the_ask(text):
    assert len(_tasks(text)) == 1


@pytest.mark.parametrize("text", [
    "Avrei bisogno del tuo aiuto per prenotare un albergo a Roma",
    "Preciso da sua ajuda para reservar um hotel em Lisboa",
    "mi serve una mano a capire la bolletta del gas",
    "I need your help booking a hotel in Rome",
    "help the new intern with the laptop setup",
])
def test_help_with_a_verb_is_the_work(text):
    assert len(_tasks(text)) == 1


@pytest.mark.parametrize("text", [
    "Ho bisogno del tuo aiuto con la dichiarazione dei redditi",
    "Preciso da sua ajuda com a declaração do imposto de renda",
])
def test_help_alone_is_handed_over_never_chat(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and (doc["tasks"] or doc["unsure"])


# ---- "Oi, desculpa incomodar, dá pra tentar de novo …?": a greeting or an apology before a command asks nothing
@pytest.mark.parametrize("text", [
    "Oi, desculpa incomodar, dá pra tentar de novo todas as falhadas?",
    "Bom dia! Desculpe o incômodo, você pode tentar de novo as tarefas bloqueadas?",
    "Olá, com licença, pode tentar de novo as que estão bloqueadas?",
    "Scusa il disturbo, puoi riprovare quelle bloccate? grazie mille",
    "Buongiorno, scusi se la disturbo, potrebbe riprovare le attività bloccate?",
    "Ciao, può riprovare le bloccate?",
    "hi, sorry to bother you, can you retry all the blocked ones?",
    "Perdona las molestias, ¿puedes reintentar las bloqueadas?",
    "Désolé de vous déranger, vous pouvez relancer les tâches bloquées ?",
])
def test_an_apology_before_a_selector_command(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["selector"]) for c in doc["commands"]] == [("retry", "blocked")]


@pytest.mark.parametrize("text", [
    "Oi, devo tentar de novo as bloqueadas?",
    "Ciao, dovrei riprovare quelle bloccate?",
    "hi, should I retry the blocked ones?",
])
def test_a_question_about_a_command_after_a_greeting_stays_a_question(text):
    assert parse_at_now(text)["commands"] == []


# ---- "a che punto siamo con le mie richieste?": what the user asked for, after their possessive, is the queue
@pytest.mark.parametrize("text", [
    "A che punto siamo con le mie richieste?",
    "come siamo messi con le mie richieste?",
    "Em que pé estão as minhas solicitações?",
    "t'en es où avec mes demandes ?",
    "¿cómo vamos con mis encargos?",
])
def test_the_users_requests_are_the_queue(text):
    assert parse_at_now(text)["status"] is True


@pytest.mark.parametrize("text", [
    "a che punto siamo con le richieste di rimborso?",
    "quante richieste ci sono nel modulo del sito?",
    "como estão os meus pedidos da Amazon?",
])
def test_requests_of_something_else_are_no_status(text):
    assert parse_at_now(text)["status"] is False


# ---- "com'è andata la ricerca del corso?": how a piece of the agent's work went asks the queue's state
@pytest.mark.parametrize("text", [
    "com'è andata la ricerca del corso di sommelier?",
    "come sta andando la prenotazione del ristorante?",
    "Oi, como foi a pesquisa do curso de inglês?",
    "como ficou a busca do apartamento?",
    "how's the booking going?",
    "¿cómo va la búsqueda del piso?",
])
def test_how_the_work_went_is_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


def test_how_the_work_went_then_a_new_task():
    doc = parse_at_now("Ciao, com'è andata la prenotazione del B&B? Intanto aggiungi anche: trovare un regalo per Luca")
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "come va la scuola?",
    "como foi a festa?",
    "how was the party?",
])
def test_how_something_else_went_is_small_talk(text):
    doc = parse_at_now(text)
    assert doc["status"] is False and doc["tasks"] == []


# ---- "toda sexta confere se saiu vídeo novo e me manda o link": a standing lookup's result sent back is one recurring job
@pytest.mark.parametrize("text", [
    "toda segunda às 8h confere se tem promoção de passagem pra Recife e me manda o link",
    "todos os dias às 7h confere o trânsito na Marginal e me manda o resumo",
    "ogni venerdì alle 18 controlla le offerte del supermercato e mandami il volantino",
    "ogni mattina controlla il meteo di Torino e mandami le previsioni",
    "every morning check the weather in Leeds and send me the forecast",
    "cada lunes revisa los precios del alquiler en Cádiz y mándame los enlaces",
])
def test_a_standing_lookup_sent_back_is_one_job(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["schedule"]["cron"]


@pytest.mark.parametrize("text", [
    "toda sexta confere os pedidos e manda o resumo pro Pedro",
    "ogni lunedì controlla gli ordini e poi mandami il riepilogo",
    "look up hotels in Porto and send me the options",
    "reinicia o servidor e depois me manda as últimas 50 linhas do log",
])
def test_sent_to_someone_else_a_later_step_or_a_one_off_stays_two(text):
    assert len(_tasks(text)) == 2


# ---- "É possível pedir pro Claude Code ajustar …?", "è possibile …?": a possibility asked is a request …
@pytest.mark.parametrize("text", [
    "É possível pedir pro Claude Code ajustar o script notas.py? Ele tá dando erro",
    "É possível reservar uma mesa no Tasca para sábado?",
    "Será possível marcar uma consulta no dentista pra terça?",
    "È possibile chiedere a Codex di sistemare il mio script spese.py?",
    "È possibile prenotare un tavolo da Gino per sabato?",
])
def test_a_possibility_asked_is_a_request(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


# … but "é possível que …" asks whether something is so
@pytest.mark.parametrize("text", [
    "É possível que chova amanhã?",
    "È possibile che piova domani?",
    "Seria possível que o voo atrase?",
])
def test_a_possibility_that_is_a_question(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == []


# ---- "far aggiungere a Codex …", "fazer o Codex corrigir …": the causative hands the work to the agent
@pytest.mark.parametrize("text", [
    "Sarebbe possibile far aggiungere a Codex un grafico nel mio script corsa.py?",
    "Potresti far sistemare a Claude Code il mio script spese.py?",
    "Seria possível fazer o Codex corrigir o script backup.py?",
    "dá pra mandar o Claude Code ajustar o relatorio.py?",
])
def test_a_causative_delegates(text):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] == ["agent-delegation"]


@pytest.mark.parametrize("text", [
    "fare la spesa per la cena di sabato",
    "faz uma lista de compras pro churrasco",
])
def test_a_causative_verb_without_an_agent(text):
    assert [task["type"] for task in parse_at_now(text)["tasks"]] != ["agent-delegation"]


# ---- "il 5 di ogni mese": a bare number, of, every, month is the day of a monthly schedule
@pytest.mark.parametrize("text, cron", [
    ("il 5 di ogni mese alle 10 scarica l'estratto conto", "0 10 5 * *"),
    ("il 12 di ogni mese paga l'affitto", "0 9 12 * *"),
    ("o 5 de cada mês às 10h baixa o extrato", "0 10 5 * *"),
    ("el 5 de cada mes a las 9 descarga el extracto", "0 9 5 * *"),
    ("le 5 de chaque mois à 10h télécharge le relevé", "0 10 5 * *"),
])
def test_a_bare_day_of_every_month(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


def test_a_count_of_every_month_is_no_day():
    assert parse_at_now("ogni mese controlla le 5 offerte migliori")["tasks"][0]["schedule"]["cron"] == "0 9 1 * *"
