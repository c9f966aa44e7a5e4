"""Steering in chat (issue 14): answer, urgent, pause, resume and a task's priority, in every language.

The shapes are the ones intake applies (task_runner/steering.py): answer/urgent carry ids, pause/resume
ids [] and the selector "all" with the group's name as note; a task marked urgent carries "priority": "high".
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from task_runner.parse import parse_message
from task_runner.parse.contract import problems


def commands(message):
    doc = parse_message(message)
    assert problems(doc) == [], doc
    return [(c["verb"], c["ids"], c["selector"], c["note"]) for c in doc["commands"]], doc


ANSWERS = [
    ("en", "answer T-04 use the staging db", "use the staging db"),
    ("en", "for T-04: use the staging db", "use the staging db"),
    ("en", "T-04: the password is in 1Password", "the password is in 1Password"),
    ("en", "ok, re T-04: eu-1, the staging one", "eu-1, the staging one"),
    ("es", "responde a T-04: usa la base de datos de staging", "usa la base de datos de staging"),
    ("es", "para T-04: la contraseña está en 1Password", "la contraseña está en 1Password"),
    ("de", "antworte auf T-04: nimm die Staging-DB", "nimm die Staging-DB"),
    ("de", "zu T-04: das Passwort liegt in 1Password", "das Passwort liegt in 1Password"),
    ("zh", "回答T-04：用staging数据库", "用staging数据库"),
    ("zh", "T-04：密码在1Password里", "密码在1Password里"),
    ("fr", "réponds à T-04 : utilise la base de staging", "utilise la base de staging"),
    ("fr", "pour T-04: le mot de passe est dans 1Password", "le mot de passe est dans 1Password"),
    ("pt", "responde a T-04: usa o banco de staging", "usa o banco de staging"),
    ("ja", "T-04への回答：eu-1でお願いします", "eu-1でお願いします"),
    ("ja", "T-04：パスワードは1Passwordにあります", "パスワードは1Passwordにあります"),
    ("it", "rispondi a T-04: usa il db di staging", "usa il db di staging"),
    ("it", "per T-04: la password è in 1Password", "la password è in 1Password"),
]


@pytest.mark.parametrize("lang, message, note", ANSWERS, ids=[f"{lang}:{message[:24]}" for lang, message, _ in ANSWERS])
def test_an_answer_keeps_the_rest_exactly_as_written(lang, message, note):
    found, doc = commands(message)
    assert found == [("answer", ["T-04"], None, note)] and doc["tasks"] == []


def test_an_answer_stops_before_a_new_command_and_may_be_missing():
    assert commands("answer T-04 eu-1, and skip T-05")[0] == [("answer", ["T-04"], None, "eu-1"),
                                                               ("skip", ["T-05"], None, None)]
    assert commands("answer T-04")[0] == [("answer", ["T-04"], None, None)]  # intake asks for the answer itself


@pytest.mark.parametrize("message", ["write tests for T-04", "T-04: what is its status?", "T-04: mark as done",
                                     "retry T-04: the token expired"])
def test_an_id_with_a_colon_is_no_answer_when_something_else_reads_it(message):
    assert all(verb != "answer" for verb, *_ in commands(message)[0])


URGENT = [
    ("en", "T-04 is urgent"), ("en", "do T-04 first"), ("en", "prioritize T-04"), ("en", "move T-04 to the front"),
    ("es", "T-04 es urgente"), ("es", "haz T-04 primero"), ("es", "prioriza T-04"),
    ("de", "T-04 ist dringend"), ("de", "mach T-04 zuerst"), ("de", "priorisiere T-04"),
    ("zh", "T-04很急"), ("zh", "优先T-04"), ("zh", "先做T-04"),
    ("fr", "T-04 est urgent"), ("fr", "fais T-04 en premier"), ("fr", "priorise T-04"),
    ("pt", "T-04 é urgente"), ("pt", "faz T-04 primeiro"), ("pt", "prioriza T-04"),
    ("ja", "T-04は至急"), ("ja", "T-04を優先して"), ("ja", "T-04を先にして"),
    ("it", "T-04 è urgente"), ("it", "fai T-04 per primo"), ("it", "priorizza T-04"),
]


@pytest.mark.parametrize("lang, message", URGENT, ids=[f"{lang}:{message}" for lang, message in URGENT])
def test_urgent_moves_a_task_to_the_front(lang, message):
    found, doc = commands(message)
    assert found == [("urgent", ["T-04"], None, None)] and doc["tasks"] == []


QUEUE = [
    ("en", "pause everything", "pause", None), ("en", "hold the queue", "pause", None),
    ("en", "can you pause the queue for now?", "pause", None), ("en", "pause group deploy", "pause", "deploy"),
    ("en", "pause the deploy group", "pause", "deploy"), ("en", "resume", "resume", None),
    ("en", "carry on", "resume", None), ("en", "resume group deploy", "resume", "deploy"),
    ("es", "pausa todo", "pause", None), ("es", "pon en pausa la cola", "pause", None),
    ("es", "pausa el grupo deploy", "pause", "deploy"), ("es", "reanuda la cola", "resume", None),
    ("es", "sigue", "resume", None),
    ("de", "pausiere alles", "pause", None), ("de", "die Warteschlange bitte anhalten", "pause", None),
    ("de", "pausiere die Gruppe deploy", "pause", "deploy"), ("de", "mach weiter", "resume", None),
    ("zh", "暂停所有任务", "pause", None), ("zh", "暂停deploy组", "pause", "deploy"), ("zh", "继续", "resume", None),
    ("zh", "恢复队列", "resume", None),
    ("fr", "mets tout en pause", "pause", None), ("fr", "suspends la file", "pause", None),
    ("fr", "mets en pause le groupe deploy", "pause", "deploy"), ("fr", "reprends", "resume", None),
    ("pt", "pausa tudo", "pause", None), ("pt", "pausa o grupo deploy", "pause", "deploy"),
    ("pt", "retoma a fila", "resume", None), ("pt", "continua", "resume", None),
    ("ja", "キューを一時停止してください", "pause", None), ("ja", "deployグループを一時停止して", "pause", "deploy"),
    ("ja", "再開して", "resume", None),
    ("it", "metti in pausa tutto", "pause", None), ("it", "sospendi il gruppo deploy", "pause", "deploy"),
    ("it", "riprendi", "resume", None), ("it", "vai avanti", "resume", None),
]


@pytest.mark.parametrize("lang, message, verb, group", QUEUE, ids=[f"{lang}:{message}" for lang, message, *_ in QUEUE])
def test_pause_and_resume_the_queue_or_a_group(lang, message, verb, group):
    found, doc = commands(message)
    assert found == [(verb, [], "all", group)] and doc["tasks"] == []


def test_a_pause_beside_other_work_leaves_the_work():
    found, doc = commands("buy milk and pause everything")
    assert found == [("pause", [], "all", None)] and [t["description"] for t in doc["tasks"]] == ["buy milk"]
    found, _ = commands("ok, pause everything, then retry T-03")
    assert found == [("pause", [], "all", None), ("retry", ["T-03"], None, None)]


@pytest.mark.parametrize("message", ["pause the video at 2:00", "resume esse pdf", "hold on, I need to check",
                                     "continue writing the report", "should we pause the queue?", "继续写报告",
                                     "resume T-04"])
def test_a_clause_with_other_words_is_no_pause_or_resume(message):
    assert all(verb not in ("pause", "resume") for verb, *_ in commands(message)[0])


PRIORITY = [
    ("en", "urgent: renew the passport", "renew the passport"),
    ("en", "do this first: call the bank", "call the bank"),
    ("en", "Urgent, call the bank", "call the bank"),
    ("es", "urgente: renovar el pasaporte", "renovar el pasaporte"),
    ("de", "dringend: ruf die Bank an", "ruf die Bank an"),
    ("zh", "紧急：给银行打电话", "给银行打电话"),
    ("fr", "urgent : appelle la banque", "appelle la banque"),
    ("pt", "urgente: liga para o banco", "liga para o banco"),
    ("ja", "至急：銀行に電話して", "銀行に電話して"),
    ("it", "urgente: chiama la banca", "chiama la banca"),
]


@pytest.mark.parametrize("lang, message, description", PRIORITY, ids=[f"{lang}:{m}" for lang, m, _ in PRIORITY])
def test_a_task_marked_urgent_is_high_priority(lang, message, description):
    _, doc = commands(message)
    assert [(t["description"], t["priority"]) for t in doc["tasks"]] == [(description, "high")]


def test_an_urgent_header_covers_its_list_and_nothing_else():
    _, doc = commands("buy milk.\nurgent:\n- renew the passport\n- call the bank")
    assert [(t["description"], t["priority"]) for t in doc["tasks"]] == [
        ("buy milk", None), ("renew the passport", "high"), ("call the bank", "high")]
    _, doc = commands("the urgent care clinic closes at 6, call them")
    assert all(t["priority"] is None for t in doc["tasks"])


_FILLERS = ["please", "the queue", "everything", "for now", "all tasks", "just", "ok", "can you", "now"]
_CONTENT = ["video", "song", "download", "meeting", "timer", "music", "printer", "game"]


@given(st.lists(st.sampled_from(_FILLERS), max_size=3), st.sampled_from(["pause", "hold", "resume", "carry on"]),
       st.lists(st.sampled_from(_FILLERS), max_size=3), st.sampled_from(_CONTENT))
def test_a_queue_verb_among_fillers_steers_and_one_content_word_stops_it(before, verb, after, content):
    expected = "pause" if verb in ("pause", "hold") else "resume"
    text = " ".join(before + [verb] + after)
    assert commands(text)[0] == [(expected, [], "all", None)]
    with_content = " ".join(before + [verb, "the", content] + after)
    assert all(found[0] not in ("pause", "resume") for found in commands(with_content)[0])


def test_an_urgent_opener_does_not_make_the_next_clause_a_question():
    assert commands("do T-04 first, then retry T-05")[0] == [("urgent", ["T-04"], None, None), ("retry", ["T-05"], None, None)]
    assert commands("hmm, should I retry T-03?")[0] == []


def test_the_parsed_documents_are_what_intake_applies(cli, pinned_env):
    """parse → intake's apply step (steering.apply_command) on a real queue: the shapes fit."""
    from task_runner.commands.flow import change_queue
    from task_runner.commands.intake import _apply_parsed
    from task_runner.config import load_config

    def apply(message):
        return change_queue(load_config(), _apply_parsed(load_config(), parse_message(message)), dispatch=False).applied

    cli.env["TASK_RUNNER_WORKER"] = "agent"
    cli("add", "Book the venue", "--no-dispatch")
    cli("dispatch")
    cli("report", "T-01", "--question", "The 4th or the 11th?")
    cli("add", "Order the cake", "--no-dispatch")
    assert apply("for T-01: the 11th, in the big room")["lines"][0].startswith("💬 T-01 answered")
    answered = next(t for t in cli.queue()["tasks"] if t["id"] == "T-01")
    assert answered["answers"][0]["answer"] == "the 11th, in the big room"
    assert apply("pause everything")["lines"][0].startswith("⏸️ Queue paused")
    assert apply("do T-02 first, then carry on")["lines"] == ["⏫ T-02 moved to the front of the queue.", "▶️ Resumed the queue."]
    added = apply("urgent: renew the passport")["added"]
    assert added[0]["priority"] == "high" and "paused" not in cli.queue()
