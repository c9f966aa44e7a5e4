"""Round 31, part C (holdout28): where items are cut and which type they get when a message mixes
languages: an English verb borrowed with another language's ending ("booker", "schedulare",
"checkear", "forwardar") is read as that English verb, for the task's type and where a clause starts."""

import pytest

from task_runner.parse import lexicon, parse_message


def _tasks(text: str) -> list[dict]:
    doc = parse_message(text)
    assert doc["mode"] == "intake", doc
    return doc["tasks"]


# ---- rule 1: an English verb with another language's ending is that English verb (lexicon.loan_verb)
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
    assert lexicon.loan_verb(word, after) is None


def test_english_nouns_of_verbs_stay_nouns():
    tasks = _tasks("printer is jammed again, order toner")
    assert [task["description"] for task in tasks] == ["order toner"], tasks
    tasks = _tasks("the booker said the venue is free, forward the contract to Ana")
    assert [task["type"] for task in tasks] == ["messaging"], tasks
