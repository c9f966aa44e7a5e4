"""Round 37, part A (commands and mode): a plan B that drops the task, more ways to say "done" (做好了,
完了扱い), voicing-mark typos of katakana control verbs, the homophone 跳锅 of 跳过, and a wish of someone
else ("… wants X by noon") beside a command as the command's reason."""

import pytest

from parsing import commands_of, parse_at_now

# --- "if …, do A, otherwise forget it": the plan B is dropping it, the queue cannot hold that ---------

@pytest.mark.parametrize("text", [
    "if Jo hasn't answered by six, ring the caterer, otherwise forget it",
    "wenn Jo bis sechs nicht antwortet, ruf den Caterer an, sonst vergiss es",
    "si Jo no contesta antes de las seis, llama al catering, si no, olvídalo",
    "si Jo répond pas avant 18h, appelle le traiteur, sinon laisse tomber",
    "se Jo non risponde entro le sei, chiama il catering, altrimenti lascia perdere",
    "se a Jo não responder até às seis, liga para o buffet, senão esquece",
])
def test_a_plan_b_that_drops_the_task_is_unsure(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    assert doc["unsure"], doc  # "si no, olvídalo" reads as the condition inside it, the others as a plan B


@pytest.mark.parametrize("text", ["call the caterer, no, forget it", "llama al catering, no, olvídalo"])
def test_a_retraction_after_a_bare_no_still_withdraws(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [
    "ring the caterer, forget it if they are closed",
    "laisse tomber le traiteur, appelle la pizzeria",
])
def test_a_retraction_without_otherwise_is_no_plan_b(text):
    doc = parse_at_now(text)
    assert not any("plan B" in reason for reason in doc["unsure"]), doc


# --- more ways to say a task is done ------------------------------------------------------------------

@pytest.mark.parametrize("text, ids", [
    ("T-31做好了，辛苦了", ["T-31"]),
    ("T-4和T-5都做好了", ["T-04", "T-05"]),
    ("T-12 もう終わってるので完了扱いでお願いします", ["T-12"]),
    ("T-3は完了扱いにしてください", ["T-03"]),
])
def test_done_phrasings(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("done", ids, None)], doc
    assert doc["tasks"] == []


def test_done_then_is_still_a_sequence():
    doc = parse_at_now("报告做好了再发给我")
    assert all(command["verb"] != "done" for command in doc["commands"]), doc


# --- typos: a katakana verb with its voicing mark wrong, 跳锅 for 跳过 -----------------------------------

@pytest.mark.parametrize("text, verb, ids", [
    ("T-18 キャンゼルでお願い", "cancel", ["T-18"]),
    ("T-6をキャンゼルして", "cancel", ["T-06"]),
    ("跳锅T-40吧", "skip", ["T-40"]),
    ("T-9跳锅", "skip", ["T-09"]),
])
def test_mistyped_control_verbs(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)], doc
    assert doc["tasks"] == []


def test_a_real_voiced_word_is_no_typo():
    doc = parse_at_now("T-18 キャンセルで")
    assert commands_of(doc) == [("cancel", ["T-18"], None)]
    assert parse_at_now("新しいバッグを探して")["commands"] == []


# --- beside a command, what someone else wants is the reason for it ------------------------------------

@pytest.mark.parametrize("text, ids", [
    ("T-5 is urgent, the dean wants the slides by noon", ["T-05"]),
    ("mach T-5 dringend, die Chefin möchte die Folien bis Mittag", ["T-05"]),
    ("T-5 urgente, la directora quiere las diapositivas antes del mediodía", ["T-05"]),
    ("T-5 c'est urgent, la directrice veut les diapos avant midi", ["T-05"]),
])
def test_a_wish_beside_urgent_is_its_reason(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("urgent", ids, None)], doc
    assert doc["tasks"] == []


def test_a_wish_without_a_command_stays_a_task():
    doc = parse_at_now("the dean wants the slides by noon")
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc


def test_a_request_after_the_wish_stays_a_task():
    doc = parse_at_now("T-5 is urgent, the dean wants slides, book the projector too")
    assert commands_of(doc) == [("urgent", ["T-05"], None)], doc
    assert len(doc["tasks"]) == 1, doc


# --- "salta T-4, T-6 e T-7 che li ho già fatti": a relative clause after a list says why, of the whole list --

@pytest.mark.parametrize("text, verb, ids", [
    ("salta T-14, T-16 e T-17 che li ho già fatti io", "skip", ["T-14", "T-16", "T-17"]),
    ("annule T-4, T-6 et T-7 que j'ai déjà faits", "cancel", ["T-04", "T-06", "T-07"]),
    ("cancela T-3, T-5 y T-6 que ya los hice yo", "cancel", ["T-03", "T-05", "T-06"]),
])
def test_a_relative_reason_keeps_the_list_whole(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)], doc


@pytest.mark.parametrize("text", ["retry T-02, T-04 is done", "riprova T-2, T-4 è fatto"])
def test_a_second_clause_of_its_own_still_parts_the_ids(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("retry", ["T-02"], None), ("done", ["T-04"], None)], doc
