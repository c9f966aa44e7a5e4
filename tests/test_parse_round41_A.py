"""Round 41, part A (mode, status, commands): a selector said first, as a free relative clause
("whatever's failed", "lo que esté bloqueado", "alles, was blockiert ist"), then the control verb
with the selector taken up again by a pronoun or "all" ("retry them", "vuelve a intentarlo todo")."""

import pytest

from parsing import commands_of, parse_at_now

# --- "whatever's blocked right now, retry them": the selector first, the verb after its comma ------------


@pytest.mark.parametrize("text", [
    "whatever's blocked right now, retry them",
    "everything that is blocked, retry the lot",
    "alles, was blockiert ist, bitte nochmal versuchen",
    "alles, was hängt, nochmal versuchen",
    "lo que esté bloqueado, vuelve a intentarlo todo",
    "ce qui est bloqué, réessaie tout",
    "quello che è bloccato, riprova tutto",
    "o que está bloqueado, tenta de novo",
    "ブロックされてるのは、全部リトライして",
])
def test_a_selector_said_first_then_the_verb_retries_it(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and doc["status"] is False, doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


@pytest.mark.parametrize("text", [
    "whatever you need, send it to me",
    "alles, was du brauchst, schick mir",
    "lo que necesites, mándamelo",
])
def test_a_free_relative_without_a_state_is_no_selector(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [], doc


# --- "terminada la T-68", "T-89 ist inzwischen erledigt", "a T-02 já foi": done said as a state ------------


@pytest.mark.parametrize("text, ids", [
    ("T-31 is btw done", ["T-31"]),
    ("T-31 is also done, thanks", ["T-31"]),
    ("T-31 ist inzwischen erledigt", ["T-31"]),
    ("T-31 und T-32 sind mittlerweile fertig", ["T-31", "T-32"]),
    ("terminada la T-31", ["T-31"]),
    ("hechas la T-31 y la T-32", ["T-31", "T-32"]),
    ("terminée la T-31", ["T-31"]),
    ("feita a T-31", ["T-31"]),
    ("a T-31 já foi, resolvi eu", ["T-31"]),
    ("fatta la T-31", ["T-31"]),
    ("T-31做完了", ["T-31"]),
    ("T-31は終わった", ["T-31"]),
])
def test_done_said_as_a_state_around_the_id(text, ids):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and doc["unsure"] == [], doc
    assert commands_of(doc) == [("done", ids, None)], doc


@pytest.mark.parametrize("text", [
    "a T-31 já foi enviada?",
    "el hecho es que T-31 falla",
])
def test_a_state_word_inside_a_question_or_a_noun_is_no_done(text):
    doc = parse_at_now(text)
    assert all(verb != "done" for verb, _, _ in commands_of(doc)), doc


# --- "T-04重新来一遍": the Chinese "do it over again" after the id retries it ----------------------------------


@pytest.mark.parametrize("text", [
    "T-12重新来一遍",
    "所以T-12重来一次",
    "T-12再来一遍吧",
    "T-12重新做一遍",
    "T-12をやり直して",
])
def test_do_it_over_again_after_the_id_retries_it(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and doc["unsure"] == [], doc
    assert commands_of(doc) == [("retry", ["T-12"], None)], doc


# --- "réessaie T-15, et T-18 tu peux l'annuler": a second id with its own "you can" + verb ----------------


@pytest.mark.parametrize("text", [
    "réessaie T-15 et T-16, et T-18 tu peux l'annuler",
    "réessaie T-15 et T-16, et T-18 tu peux l'annuler, merci",
    "überspring T-15 und T-16, und T-18 kannst du abbrechen",
    "salta la T-15 e la T-16, e la T-18 puoi annullarla",
    "pula a T-15 e a T-16, e a T-18 pode cancelar",
    "reintenta T-15 y T-16, y T-18 la puedes cancelar",
])
def test_a_later_id_with_its_own_you_can_verb_is_a_command_of_its_own(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
    verbs = {verb: ids for verb, ids, _ in commands_of(doc)}
    assert verbs.pop("cancel") == ["T-18"] and list(verbs.values()) == [["T-15", "T-16"]], doc


def test_you_can_with_a_verb_that_goes_on_is_no_command():
    doc = parse_at_now("sobre a T-13: pode marcar com o restaurante na terça às 20h")
    assert [verb for verb, _, _ in commands_of(doc)] != ["done"], doc
