"""Round 21, part B (holdout15's misses in fr, pt, ja, it): a list opened by a request that is
written in a question's words ("Est-ce que tu pourrais : 1) …")."""

import pytest

from parsing import parse_at_now


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
