"""Round 42, part A (commands): an article that is also an opener ("pula do T-42", "resposta do T-53"),
a passive said with "got" ("everything that got blocked"), German "durch" for done, a control verb with
its object pronoun after a hyphen ("retente-le"), a bracket verb around "die blockierten (alle)", and
"on attend …" as the reason of a pause."""

import pytest

from parsing import commands_of, parse_at_now

# --- "pula do T-42", "resposta do T-53": "do" is the article here, the verb is the word before it ---------


@pytest.mark.parametrize("text, want", [
    ("pula do T-42 até o T-44, isso ficou pro ano que vem", [("skip", ["T-42", "T-43", "T-44"], None)]),
    ("salta do T-10", [("skip", ["T-10"], None)]),
    ("resposta do T-53: o título é Mais segurança", [("answer", ["T-53"], None)]),
    ("responde do T-12: sim", [("answer", ["T-12"], None)]),
    ("do T-42 again", [("retry", ["T-42"], None)]),   # unchanged: "do … again" still retries
    ("cancela a T-08", [("cancel", ["T-08"], None)]),
])
def test_an_article_that_is_also_an_opener_leaves_the_verb_before_it(text, want):
    assert commands_of(parse_at_now(text)) == want


# --- "everything that got blocked": the passive with "got" names a state -----------------------------------


@pytest.mark.parametrize("text", [
    "can you have another go at everything that got blocked",
    "redo everything that got stuck",
    "retry whatever got stuck",
    "everything that got stuck, retry it",
    "retry everything that's blocked",   # unchanged
])
def test_got_before_a_state_names_it(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


def test_got_before_no_state_stays_a_task():
    doc = parse_at_now("send everything that got signed to Bob")
    assert commands_of(doc) == [] and len(doc["tasks"]) == 1, doc


# --- "T-78 und T-79 sind durch": German "durch" after ist/sind is done ----------------------------------


@pytest.mark.parametrize("text, ids", [
    ("T-78 und T-79 sind durch", ["T-78", "T-79"]),
    ("T-12 ist durch", ["T-12"]),
    ("T-12 und T-13 sind jetzt durch", ["T-12", "T-13"]),
    ("T-78 ist schon durch", ["T-78"]),
])
def test_durch_after_ist_or_sind_is_done(text, ids):
    assert commands_of(parse_at_now(text)) == [("done", ids, None)]


def test_durch_as_a_particle_is_no_done():
    assert commands_of(parse_at_now("geh T-78 durch")) == []


# --- "retente-le", "relance-les": a control verb with its object pronoun after a hyphen --------------------


@pytest.mark.parametrize("text", [
    "tout ce qui est bloqué, retente-le stp",
    "tout ce qui a échoué, relance-le",
    "retente-les toutes les bloquées",
    "relance-les toutes les bloquées",
])
def test_a_hyphenated_object_pronoun_keeps_the_control_verb(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


def test_a_hyphenated_verb_with_an_id_still_reads():
    assert commands_of(parse_at_now("retente-le T-05")) == [("retry", ["T-05"], None)]


# --- "versuch die blockierten (bitte alle) nochmal": the bracket's second part ends the selector ----------


@pytest.mark.parametrize("text", [
    "versuch die blockierten bitte alle nochmal",
    "versuch die blockierten nochmal",
    "versuch die fehlgeschlagenen nochmal",
    "versuch die fehlgeschlagenen bitte alle nochmal",
    "versuch alle blockierten nochmal",   # unchanged
    "try the failed ones again",          # unchanged
])
def test_the_after_part_of_a_bracket_verb_closes_a_state(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] == [], doc
    assert commands_of(doc) == [("retry", [], "blocked")], doc


def test_a_bracket_around_a_plain_noun_is_no_selector():
    assert commands_of(parse_at_now("versuch die Rechnung nochmal")) == []


# --- "pause le groupe asso, on attend le vote": what the pause waits for is no task ------------------------


@pytest.mark.parametrize("text", [
    "pause le groupe asso stp, on attend le vote du bureau",
    "pause tout, on attend le feu vert",
    "pause tout, j'attends la réponse de Paul",
    "pause everything, we're waiting for the vote",
    "pausa tudo, estamos esperando o padre",
])
def test_a_wait_after_a_pause_is_its_reason(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
    assert [c["verb"] for c in doc["commands"]] == ["pause"], doc


# --- "refaz o T-55 e coloca como urgente": a second control verb said of the same ids after a join ---------


@pytest.mark.parametrize("text, second", [
    ("refaz o T-55 e coloca como urgente", "urgent"),
    ("wiederhole T-55 und setz sie auf dringend", "urgent"),
    ("relance T-55 et mets-la en urgent", "urgent"),
    ("rifai la T-55 e mettila come urgente", "urgent"),
    ("retry T-55 and mark it as done", "done"),
])
def test_a_second_verb_after_a_join_takes_the_same_ids(text, second):
    got = commands_of(parse_at_now(text))
    assert got == [("retry", ["T-55"], None), (second, ["T-55"], None)], got


@pytest.mark.parametrize("text, want", [
    ("refaz o T-55 e manda pro João", [("retry", ["T-55"], None)]),   # a new action, no control verb
    ("skip T-04 and T-05", [("skip", ["T-04", "T-05"], None)]),
    ("T-55 e coloca como urgente", [("urgent", ["T-55"], None)]),
])
def test_a_join_without_a_second_control_verb_adds_none(text, want):
    assert commands_of(parse_at_now(text)) == want


# --- "T-86 urgente, la lettera va spedita entro oggi": Italian "va" + participle states, a reason -----------


@pytest.mark.parametrize("text", [
    "T-86 urgente, la lettera al tribunale va spedita entro oggi",
    "T-12 urgente, i moduli vanno consegnati domani",
    "T-86 urgent, the letter to the court has to go out today",   # unchanged
])
def test_a_need_stated_after_an_urgent_mark_is_no_task(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc
    assert [c["verb"] for c in doc["commands"]] == ["urgent"], doc


def test_va_bene_still_leaves_the_request():
    doc = parse_at_now("va bene, manda la mail a Giorgio")
    assert [t["type"] for t in doc["tasks"]] == ["messaging"], doc
