"""Round 22, part D (holdout16's misses in fr, pt, ja, it): a question word opens a status question
without its mark; the last final state ordered for an id decides; a final state takes only a note
that a note opener starts; a delegation after a leading dependency clause."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a sentence that opens with a question word asks, mark or not
@pytest.mark.parametrize("text", [
    "qu'est-ce qui est fini depuis hier soir",
    "cosa è stato completato stanotte",
    "what is done since last night",
])
def test_a_question_word_opens_a_status_question_without_its_mark(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == []
    assert doc["status_query"]["status"] == "done"


@pytest.mark.parametrize("text", [
    "quand T-04 est fini, lance le build",
    "quando T-04 è finito, lancia il build",
])
def test_a_condition_opened_by_a_question_word_is_no_status_question(text):
    doc = parse_at_now(text)
    assert not doc["status"] and len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == ["T-04"]
