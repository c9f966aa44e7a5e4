"""Round 13, part B (holdout10 as the development set, fr/pt/ja/it misses): general rules for
classes of misses, each in every language it applies to, worded differently from the corpus.
Grouped by category: commands and status; splits; schedules; doubts (unsure signals)."""

import pytest

from parsing import commands_of, parse_at_now

# ======================================================================================= commands, status

# ---- the ids, a remark about them, then the control verb with its pronoun BEFORE it (French, Italian,
# ---- Spanish put it before an infinitive or a "you can"), elided ("l'annuler") or dropped (Portuguese)

@pytest.mark.parametrize("text, command", [
    ("j'ai bouclé T-12 hier soir, tu peux la marquer comme terminée", ("done", ["T-12"], None)),
    ("T-8 j'en ai plus besoin, tu peux l'annuler", ("cancel", ["T-08"], None)),
    ("la T-5 l'ho chiusa io, la puoi segnare come fatta", ("done", ["T-05"], None)),
    ("la T-7 non serve più, puoi annullarla", ("cancel", ["T-07"], None)),
    ("la T-9 ya la terminé yo, la puedes marcar como hecha", ("done", ["T-09"], None)),
    ("a T-14 já resolvi eu, podes marcar como feita", ("done", ["T-14"], None)),
])
def test_control_verb_with_its_pronoun_before_it_after_a_remark(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert not doc["tasks"] and not doc["unsure"], doc


def test_two_ids_each_with_its_own_verb_the_second_with_an_elided_pronoun():
    doc = parse_at_now("T-3 c'est fait, et T-6 tu peux l'annuler")
    assert commands_of(doc) == [("done", ["T-03"], None), ("cancel", ["T-06"], None)], doc


# ---- Japanese control phrases: a verbal noun with a polite request ("の再実行をお願い…"), "しといて"
# ---- after a reason, "the answer to T-n's question", a colloquial "もっかい", a drawn-out "ー" ending;
# ---- and "の" alone is not "after" (the dependency phrase "の後で" needs its 後)

@pytest.mark.parametrize("text, command", [
    ("T-12の再実行をお願いできますか", ("retry", ["T-12"], None)),
    ("T-12の再実行をお願いします", ("retry", ["T-12"], None)),
    ("T-15は昨日自分で片付けたので完了にしといて", ("done", ["T-15"], None)),
    ("T-16もっかいリトライで", ("retry", ["T-16"], None)),
    ("キュー再開していいよー", ("resume", [], "all")),
])
def test_japanese_control_phrases(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert not doc["tasks"] and not doc["status"] and not doc["unsure"], doc


def test_japanese_answer_to_a_tasks_question():
    doc = parse_at_now("T-20の質問への回答：締め切りは金曜です")
    assert commands_of(doc) == [("answer", ["T-20"], None)], doc
    assert "金曜" in doc["commands"][0]["note"]


# ---- status: the user's things ("mes trucs", "mis cosas") after a status phrase are the tasks; a
# ---- show-verb with only states said with a relative ("ce qui est fini et ce qui a échoué"); the
# ---- Brazilian pronoun before the show-verb ("me mostra")

@pytest.mark.parametrize("text", [
    "t'en es où avec mes machins ?",
    "montre-moi ce qui est fini et ce qui a échoué",
    "muéstrame lo que terminó y lo que falló",
    "mostrami quello che è finito e quello che è fallito",
    "me mostra o que já foi concluído e o que falhou",
    "me mostra as tarefas",
])
def test_status_requests(text):
    doc = parse_at_now(text)
    assert doc["status"] and not doc["tasks"] and not doc["commands"], doc


def test_a_relative_naming_its_own_things_is_a_task_not_status():
    doc = parse_at_now("run pytest in ~/code/app and tell me which tests fail")
    assert not doc["status"] and len(doc["tasks"]) == 1, doc
