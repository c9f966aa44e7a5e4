"""Round 26, part E (holdout22/23: French, and in all languages a pause/resume of a group named by its
topic without the word "group": "pause the fundraiser stuff", "mets en pause tout ce qui concerne Chambord")."""

import pytest

from parsing import parse_at_now


def _queue(doc: dict) -> list[tuple]:
    return [(c["verb"], c["ids"], c["selector"], c["note"]) for c in doc["commands"]]


# ---- a group named by its topic: a head before it, a tail or a compound's end after it
@pytest.mark.parametrize("text, verb, note", [
    ("pause the garden stuff for now", "pause", "garden"),
    ("resume the wedding tasks please", "resume", "wedding"),
    ("pause everything to do with the school trip", "pause", "school trip"),
    ("pausa lo de la mudanza hasta el lunes", "pause", "mudanza"),
    ("reanuda todo lo de las fiestas del pueblo", "resume", "fiestas del pueblo"),
    ("mets en pause tout ce qui concerne le mariage de Julie", "pause", "mariage de Julie"),
    ("reprends les tâches du club de foot", "resume", "club de foot"),
    ("metti in pausa le cose della festa di Anna", "pause", "festa di Anna"),
    ("riprendi tutto quello del trasloco", "resume", "trasloco"),
    ("pausa tudo da festa junina", "pause", "festa junina"),
    ("retoma as tarefas do casamento", "resume", "casamento"),
    ("pausier die Gartensachen bis Montag", "pause", "Garten"),
    ("mach mit der Steuererklärung weiter", "resume", "Steuererklärung"),
    ("婚礼相关的任务先暂停", "pause", "婚礼"),
    ("搬家那组可以继续了", "resume", "搬家"),
    ("結婚式関係は全部一時停止して", "pause", "結婚式"),
    ("大掃除のグループ、再開して", "resume", "大掃除"),
    ("metti in pausa il gruppo gita scolastica", "pause", "gita scolastica"),
])
def test_a_group_named_by_its_topic(text, verb, note):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and _queue(doc) == [(verb, [], "all", note)]


@pytest.mark.parametrize("text, verb", [
    ("pause everything", "pause"),
    ("pause all the tasks for now", "pause"),
    ("pausa todo", "pause"),
    ("mets tout en pause", "pause"),
    ("reprends toutes les tâches", "resume"),
    ("riprendi tutto", "resume"),
    ("pausa tudo por enquanto", "pause"),
    ("alles pausieren", "pause"),
    ("暂停所有任务", "pause"),
])
def test_the_whole_queue_names_no_group(text, verb):
    doc = parse_at_now(text)
    assert _queue(doc) == [(verb, [], "all", None)]


@pytest.mark.parametrize("text", [
    "pause the video at 2:00 and note the score",
    "stop by the garden stuff shop tomorrow",
    "write the wedding stuff list for Anna",
    "Gruppe tischtennis fortsezen",
])
def test_no_topic_where_the_clause_is_no_group_pause(text):
    doc = parse_at_now(text)
    assert not any(c["verb"] in ("pause", "resume") and c["note"] not in (None, "tischtennis") for c in doc["commands"])


# ---- French: a question about the agent's own progress asks the queue's state, whatever its topic
@pytest.mark.parametrize("text", [
    "t'en es où avec la déclaration d'impôts ?",
    "vous en êtes où avec le devis du plombier ?",
    "où on en est sur le mariage ?",
    "on en est où avec tout ça ?",
    "ça avance avec le dossier de la mutuelle ?",
])
def test_a_french_progress_question_on_a_topic(text):
    doc = parse_at_now(text)
    assert doc["status"] is True and doc["tasks"] == []


def test_a_french_progress_question_then_a_task():
    doc = parse_at_now("t'en es où avec la mutuelle ? et au passage trouve-moi le numéro du garage Renault")
    assert doc["status"] is True and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "qu'est-ce qui reste pour la recette ?",
    "ça donne quoi pour le gâteau ?",
])
def test_what_is_left_for_a_thing_is_no_progress_question(text):
    assert parse_at_now(text)["status"] is False


# ---- whom a request is for, two people joined by "and": an aside, no task of its own
@pytest.mark.parametrize("text", [
    "tu peux regarder si la piscine a des créneaux le samedi ? c'est pour ma fille et la petite",
    "réserve le resto samedi. c'est pour mon frère et sa femme",
    "cherche un pédiatre à Lyon. c'est pour Léo et la petite",
])
def test_whom_it_is_for_is_no_task(text):
    assert len(parse_at_now(text)["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "pour le mariage et tu peux trouver un DJ",
    "so for the wedding and can you find a DJ",
])
def test_a_topic_then_a_request_stays_a_task(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- French: "urgent sur T-51", "mets la priorité sur T-12": urgent, the id after "sur"
@pytest.mark.parametrize("text, ids", [
    ("urgent sur T-51 stp", ["T-51"]),
    ("urgence sur la T-9, le client attend", ["T-09"]),
    ("mets la priorité sur T-12 et T-13", ["T-12", "T-13"]),
    ("T-40 c'est fait. Et urgent sur T-41 stp", ["T-41"]),
])
def test_french_urgent_on_an_id(text, ids):
    doc = parse_at_now(text)
    assert [c["ids"] for c in doc["commands"] if c["verb"] == "urgent"] == [ids] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "T-12 a priorité sur T-13 ?",
    "c'est urgent de trouver un plombier sur Nantes",
])
def test_priority_over_is_no_urgent_command(text):
    assert not [c for c in parse_at_now(text)["commands"] if c["verb"] == "urgent"]


# ---- an ellipsis character ends a sentence like "...": "longue journée… trouve-moi …"
@pytest.mark.parametrize("text", [
    "longue journée… trouve-moi les horaires de la piscine de Saumur",
    "quelle semaine… réserve-moi un taxi pour la gare",
    "long day… find me the opening hours of the tip in Leeds",
    "vaya día… búscame una farmacia de guardia en Sevilla",
])
def test_an_ellipsis_ends_a_sentence(text):
    assert parse_at_now(text)["mode"] == "intake" and len(parse_at_now(text)["tasks"]) == 1


def test_an_ellipsis_inside_a_task_keeps_one_task():
    assert len(parse_at_now("appelle le garage… pour le pneu avant")["tasks"]) == 1
