"""Round 21, part B (holdout15's misses in fr, pt, ja, it): a list opened by a request that is
written in a question's words ("Est-ce que tu pourrais : 1) …"); after "then", a next step asked in the
second person with its subject "you" ("puis tu l'envoies à …", "e depois você manda …"); a control
verb after the id in the second person ("T-13 tu passes", "a T-14 você tenta de novo")."""

import pytest

from parsing import commands_of, parse_at_now


def _descriptions(doc: dict) -> list[str]:
    return [task["description"] for task in doc["tasks"]]


# ---- a request opener in a question's words asks for the listed work
@pytest.mark.parametrize("text, count", [
    ("Est-ce que tu pourrais : 1) chercher le prix d'une location 2) écrire un mail à l'échevin", 2),
    ("Est-ce que vous pourriez :\n1) chercher le prix d'une location\n2) écrire un mail à l'échevin", 2),
])
def test_a_request_in_question_words_before_a_list_asks_for_work(text, count):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == count


@pytest.mark.parametrize("text", [
    "Est-ce que tu sais : 1) le prix d'une location 2) l'adresse de l'échevin ?",
    "Comment est-ce que je fais : 1) chercher le prix 2) écrire un mail ?",
])
def test_a_question_before_a_list_still_asks_nothing(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- after "then", "you" and a verb in the second person ask for the next step
@pytest.mark.parametrize("text, second, kind", [
    ("cherche un hôtel à Aix puis tu l'envoies à Paul", "l'envoies à Paul", "messaging"),
    ("prends rendez-vous chez le coiffeur ensuite tu me trouves un resto pour samedi", "me trouves un resto pour samedi", "info-lookup"),
    ("find a hotel in Leeds and then you send the link to Ana", "send the link to Ana", "messaging"),
    ("procura um hotel em Braga e depois você manda o link para a Ana", "manda o link para a Ana", "messaging"),
    ("cerca un albergo a Bari e poi tu lo mandi a Luca", "lo mandi a Luca", "messaging"),
    ("busca un hotel en Cádiz y luego tú le escribes a Rubén", "le escribes a Rubén", "messaging"),
    ("faut que tu compares les prix des calissons et après ça tu fais un tableau dans prix.xlsx puis tu l'envoies à Mathilde",
     "l'envoies à Mathilde", "messaging"),
])
def test_you_and_a_verb_after_then_is_the_next_step(text, second, kind):
    doc = parse_at_now(text)
    assert _descriptions(doc)[-1] == second and doc["tasks"][-1]["type"] == kind
    assert doc["tasks"][-1]["depends_on"] == [len(doc["tasks"]) - 2]


@pytest.mark.parametrize("text, count", [
    ("cherche un hôtel à Aix puis tu es libre", 1),    # "tu es": no verb of ours after "you"
    ("tu fais quoi ce soir ?", 0),                   # no "then": a question
    ("cherche un hôtel à Aix et tu me dis le prix", 1),  # telling back is part of the same job
])
def test_you_without_then_and_a_verb_is_no_step(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


# ---- a control verb after its id, said to "you"
@pytest.mark.parametrize("text, expected", [
    ("ok alors: T-12 c'est fait, T-13 tu passes, et T-14 tu réessaies avec la nouvelle clé",
     [("done", ["T-12"], None), ("skip", ["T-13"], None), ("retry", ["T-14"], None)]),
    ("T-13 tu la passes", [("skip", ["T-13"], None)]),
    ("T-14 vous relancez", [("retry", ["T-14"], None)]),
    ("a T-13 você pula e a T-14 você tenta de novo", [("skip", ["T-13"], None), ("retry", ["T-14"], None)]),
])
def test_a_control_verb_after_the_id_in_the_second_person(text, expected):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and commands_of(doc) == expected


def test_a_note_after_a_second_person_retry_is_kept():
    doc = parse_at_now("T-14 tu réessaies avec la nouvelle clé")
    assert doc["commands"][0]["note"] == "avec la nouvelle clé"


@pytest.mark.parametrize("text", ["tu passes à la banque après T-13 ?", "tu passes chez Paul demain ?"])
def test_you_pass_by_is_no_skip(text):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == []
