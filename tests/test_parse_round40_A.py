"""Round 40, part A (mode, status, commands): the rest of the queue as a selector ("everything else",
"tutto il resto", "其他的都…"), a span of the day after a queue verb ("for today", "por hoje"), and a
German group named as a compound with "-Gruppe"."""

import pytest

from parsing import commands_of, parse_at_now

# --- "pause everything else", "per oggi": the rest of the queue, for a span of the day -------------------


@pytest.mark.parametrize("text", [
    "pause everything else",
    "pause the rest for today, I'm at the clinic",
    "pausiere alles andere",
    "pausiere den Rest",
    "pausa todo por hoy, estoy en urgencias con mi hijo",
    "mets tout le reste en pause",
    "mets tout en pause pour aujourd'hui",
    "pausa tudo o resto",
    "pausa tudo por hoje, estou no pronto-socorro",
    "metti in pausa tutto il resto",
    "metti in pausa tutto per oggi",
    "剩下的全部暂停",
    "今天先暂停所有任务",
    "残りは全部一時停止して",
    "今日は全部一時停止して",
])
def test_the_rest_of_the_queue_or_a_span_of_the_day_pauses_all(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("pause", [], "all")], doc


@pytest.mark.parametrize("text, verb", [
    ("T-5 is urgent and pause everything else", "urgent"),
    ("T-5 urgent et mets tout le reste en pause", "urgent"),
    ("T-5 urgente e pausa todo o resto", "urgent"),
    ("T-5 urgente e metti in pausa tutto il resto", "urgent"),
    ("T-5加急，其他的都暂停", "urgent"),
    ("T-5を急ぎにして、ほかは全部一時停止して", "urgent"),
])
def test_an_id_command_then_the_rest_paused(text, verb):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
    assert commands_of(doc) == [(verb, ["T-05"], None), ("pause", [], "all")], doc


@pytest.mark.parametrize("text", [
    "reprends tout le reste",
    "retoma todo o resto",
])
def test_the_rest_of_the_queue_resumes_all(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == [("resume", [], "all")], doc


@pytest.mark.parametrize("text", ["其他的呢", "the rest is history", "para todo lo demás, pregúntale a Ana"])
def test_the_rest_without_a_queue_verb_commands_nothing(text):
    assert parse_at_now(text)["commands"] == []


# --- "pausier die Fitness-Gruppe": a German group said as one compound ----------------------------------


@pytest.mark.parametrize("text, verb, note", [
    ("pausier mal die Garten-Gruppe", "pause", "Garten"),
    ("pausiere die Chorgruppe", "pause", "Chor"),
    ("mach mit der Garten-Gruppe weiter", "resume", "Garten"),
])
def test_a_german_group_compound_names_the_group(text, verb, note):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
    assert commands_of(doc) == [(verb, [], "all")] and doc["commands"][0]["note"] == note, doc


def test_writing_to_a_german_group_compound_stays_a_task():
    doc = parse_at_now("schreib der Garten-Gruppe, dass ich morgen komme")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc


# --- "T-60 kannste streichen": the spoken German contraction of "kannst du" -------------------------------


@pytest.mark.parametrize("text, verb, ids", [
    ("T-8 kannste streichen", "cancel", ["T-08"]),
    ("T-8 kannste mal überspringen", "skip", ["T-08"]),
    ("T-8 könnteste nochmal probieren", "retry", ["T-08"]),
    ("T-8 und T-9 kannste streichen", "cancel", ["T-08", "T-09"]),
    ("kannste T-8 nochmal versuchen", "retry", ["T-08"]),
])
def test_kannste_before_the_verb_of_an_id_command(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and doc["unsure"] == [], doc
    assert commands_of(doc) == [(verb, ids, None)], doc


@pytest.mark.parametrize("text, other", [
    ("T-8 kannst du streichen", "T-8 kannste streichen"),
    ("T-8 tu peux l'annuler", "T-8 kannste streichen"),
    ("T-8 puedes cancelarla", "T-8 kannste streichen"),
    ("T-8 pode cancelar", "T-8 kannste streichen"),
    ("T-8 puoi annullarla", "T-8 kannste streichen"),
])
def test_kannste_reads_like_you_can_in_every_language(text, other):
    assert commands_of(parse_at_now(text)) == commands_of(parse_at_now(other)) == [("cancel", ["T-08"], None)]


def test_kannste_before_a_task_is_the_request_not_its_words():
    doc = parse_at_now("kannste mal beim Hausarzt anrufen")
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc
    assert doc["tasks"][0]["description"] == "beim Hausarzt anrufen", doc


# --- "che passo venerdì dopo il lavoro": a time of the day said by a meal or work is no "then" step ------


@pytest.mark.parametrize("text", [
    "text Mia that I'll drop by the ward on Friday after dinner",
    "schreib Mia, dass ich Freitag nach der Arbeit vorbeikomme",
    "dile a Marta que paso por el hospital el viernes después del trabajo",
    "dis à Léa que je passe à l'hôpital vendredi après le boulot",
    "avisa o Rui que passo no hospital sexta depois do trabalho",
    "scrivi a Giulia che passo in clinica venerdì dopo il lavoro",
    "告诉小王我下班后过去",
    "田中さんに仕事のあとで寄るって伝えて",
])
def test_a_time_after_work_or_a_meal_is_no_sequence_word(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["type"] == "messaging", doc
    assert doc["unsure"] == [], doc


@pytest.mark.parametrize("text", [
    "scrivi a Giulia e dopo chiama la farmacia",
    "escríbele a Marta y después llama a la farmacia",
])
def test_then_before_a_second_verb_is_still_a_step(text):
    assert len(parse_at_now(text)["tasks"]) == 2


# --- "t'as avancé sur quoi ?": what the agent got on with asks for the queue ------------------------------


@pytest.mark.parametrize("text", [
    "what have you made progress on since yesterday?",
    "woran hast du seit gestern gearbeitet?",
    "was hast du seit gestern geschafft?",
    "¿en qué has avanzado desde ayer?",
    "t'as avancé sur quoi depuis ce matin ?",
    "sur quoi tu as avancé ?",
    "avançaste em quê desde ontem?",
    "em que você avançou desde ontem?",
    "su cosa sei andato avanti?",
    "你从昨天到现在推进了什么？",
    "昨日から何が進んだ？",
])
def test_asking_what_got_progress_is_a_status_question(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == [], doc


def test_progress_question_then_a_new_task_keeps_both():
    doc = parse_at_now("t'as avancé sur quoi ? et rajoute un truc : chercher un dentiste à Lyon")
    assert doc["status"] is True and len(doc["tasks"]) == 1, doc


@pytest.mark.parametrize("text", ["I made progress on my essay", "j'ai avancé sur mon mémoire"])
def test_saying_one_made_progress_asks_nothing(text):
    assert parse_at_now(text)["status"] is False
