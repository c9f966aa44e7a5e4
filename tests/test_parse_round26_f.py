"""Round 26, part F (holdout22/23's English misses, second pass)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- an id-only correction: "mark T-9 as done. sorry, T-8": the later ids are meant, the first withdrawn
@pytest.mark.parametrize("text, verb, ids", [
    ("skip T-12. sorry, T-13", "skip", ["T-13"]),
    ("retry T-4. oops, I meant T-5", "retry", ["T-05"]),
    ("cancel T-30, no, T-31. T-30 still matters", "cancel", ["T-31"]),
    ("mark T-21 done. my bad, T-22 and T-23", "done", ["T-22", "T-23"]),
    ("reintenta la T-40, perdón, la T-41", "retry", ["T-41"]),
    ("salta la T-50, scusa, la T-51", "skip", ["T-51"]),
    ("annule la T-60, pardon, la T-61", "cancel", ["T-61"]),
    ("überspring T-70, sorry, T-71", "skip", ["T-71"]),
    ("cancela a T-80, desculpa, a T-81", "cancel", ["T-81"]),
])
def test_a_lone_id_after_an_apology_replaces_the_commands_ids(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["tasks"] == [] and doc["unsure"] == []


@pytest.mark.parametrize("text, ids", [
    ("skip T-4, sorry, T-5 too", ["T-04", "T-05"]),  # more than the ids: no correction
    ("cancel T-4 and T-5", ["T-04", "T-05"]),
    ("retry T-6. sorry, T-6", ["T-06"]),  # the same id again
])
def test_no_lone_id_after_an_apology_keeps_the_commands_ids(text, ids):
    assert [c["ids"] for c in parse_at_now(text)["commands"]] == [ids]


def test_an_apology_without_a_command_before_it_is_no_correction():
    doc = parse_at_now("sorry, T-8")
    assert doc["commands"] == [] and doc["unsure"]  # an id named with nothing read about it


# ---- "…and fix whatever breaks": fixing the fallout of the first half is the same job
@pytest.mark.parametrize("text", [
    "upgrade the app to Django 5 and fix whatever breaks",
    "move the CI to Node 22, then fix anything that breaks",
    "have Codex bump eslint to v9 and fix whatever it breaks",
    "actualiza las dependencias del backend y arregla lo que se rompa",
    "aktualisiere die Pakete im Frontend und repariere was kaputt geht",
    "mets à jour la version de Node et corrige ce qui casse",
    "aggiorna le librerie del sito e sistema quello che si rompe",
    "atualiza o Next.js para a 15 e conserta o que quebrar",
])
def test_fixing_the_fallout_is_part_of_the_job(text):
    assert len(parse_at_now(text)["tasks"]) == 1


def test_a_fallout_fix_keeps_a_wait_for_a_task():
    doc = parse_at_now("have Claude Code move the API tests to Vitest and fix whatever breaks, but only after T-31 finishes")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["depends_on"] == ["T-31"]


@pytest.mark.parametrize("text", [
    "upgrade the app to Django 5 and fix the login bug",
    "update the router firmware and fix the printer in the study",
    "actualiza el portátil y arregla la impresora",
])
def test_a_fix_of_something_else_is_its_own_task(text):
    assert len(parse_at_now(text)["tasks"]) == 2


def test_fixing_what_a_run_turns_up_is_a_second_task_on_its_result():
    doc = parse_at_now("run the integration tests and fix whatever fails")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]


# ---- "by Wednesday I need X, plus Y": a need after a date names a second thing after "plus"
@pytest.mark.parametrize("text, second", [
    ("by Friday I need the permission slips signed, plus a list of what to pack", "list"),
    ("by Monday I need the slides reviewed, plus a one-page handout for the board", "handout"),
    ("by tomorrow I need a quote for the roof, plus a second quote for the gutters", "gutters"),
    ("entro venerdì mi serve il preventivo del tetto, e anche un elenco di idraulici a Pavia", "idraulici"),
])
def test_a_dated_need_then_plus_a_noun_is_two_tasks(text, second):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and second in tasks[1]["description"] and tasks[0]["schedule"]["due"]


@pytest.mark.parametrize("text", [
    "by Friday I need a quote for the roof, plus the bill",  # too short for a thing of its own
    "on Friday I need to call the bank about the loan",
])
def test_no_second_need_without_a_dated_need_and_a_noun_phrase(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- "book a table … on Tuesday evening": the date after a booking's object is the booked thing's
@pytest.mark.parametrize("text", [
    "book a table for six at the Thai place on Saturday at 8",
    "book me a cab to the airport on Monday around 5am",
    "reserve two seats at the Globe on Friday evening",
    "reserva una mesa en el Botín el martes a las 21",
    "réserve une table chez Paul samedi à 20h",
    "buche ein Zimmer in Graz am Freitag um 18 Uhr",
    "prenota un tavolo da Gino sabato alle 20",
    "reserva uma mesa no Tasca na sexta às 20h",
])
def test_a_bookings_date_sets_no_start(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["schedule"]["not_before"] is None and tasks[0]["schedule"]["due"] is None


@pytest.mark.parametrize("text, key", [
    ("tomorrow at 9 book a table at Luigi's", "not_before"),  # a date before the verb: when to book
    ("book a table at Luigi's by Friday", "due"),  # a deadline cue
    ("call the garage on Tuesday at 11", "not_before"),  # no booking
])
def test_a_date_outside_a_bookings_object_still_schedules(text, key):
    assert parse_at_now(text)["tasks"][0]["schedule"][key]


# ---- "find who can …, put the options in septic.md": the options put somewhere are the first step's result
@pytest.mark.parametrize("text", [
    "find out which vets near Leek do house calls, put the options in vets.md",
    "look for a dog walker in Hove, then email the shortlist to Sam",
    "search for three quiet hotels in Bath and send the options to Priya",
])
def test_the_options_are_the_result_of_the_search(text):
    assert [t["depends_on"] for t in parse_at_now(text)["tasks"]] == [[], [0]]


@pytest.mark.parametrize("text", [
    "check the bank's website and ask Sam about the options for a loan",  # options of a named thing, not a result (round 36: "ring the bank and ask …" is one job)
    "find a plumber in Ely, and email Sam about the party",
])
def test_options_of_a_named_thing_are_no_result(text):
    assert [t["depends_on"] for t in parse_at_now(text)["tasks"]] == [[], []]


# ---- "have Codex fix the signup form …, parents keep saying the box won't take anything": context, no second ask
@pytest.mark.parametrize("text", [
    "have Codex fix the checkout page on the bakery website, customers keep saying the card field won't accept anything",
    "get Claude Code to look at the upload button on the club site, the coach says it doesn't work on his phone at all",
])
def test_a_statement_after_a_comma_is_context_not_another_task(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and not [r for r in doc["unsure"] if r.startswith("split:")]


def test_an_ask_after_the_context_is_still_doubted():
    doc = parse_at_now("have Codex fix the checkout page on the bakery website, customers keep saying it won't load, "
                       "and sort the newsletter template out too")
    assert len(doc["tasks"]) > 1 or [r for r in doc["unsure"] if r.startswith("split:")]


# ---- "for Mrs Pritchard next door — pick up …": who the requests are for, before a dash, is a header
@pytest.mark.parametrize("text, count", [
    ("for my dad in Hull — renew his bus pass, and book his flu jab at the surgery", 2),
    ("for the new intern — set up her laptop, order her a badge", 2),
    ("para mi madre — pide cita en el médico, y llama al banco", 2),
    ("pour ma voisine — appelle la mairie pour sa poubelle", 1),
])
def test_a_for_whom_before_a_dash_is_no_task(text, count):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == count and not any(t["description"].lower().startswith(("for ", "para ", "pour ")) for t in tasks)


@pytest.mark.parametrize("text", [
    "for the report use the Q3 numbers",  # no dash: left as it was
    "buy stamps — the post office shuts at 5",  # no for-word: the dash is no header of this kind
])
def test_no_for_whom_header_without_a_for_word_and_a_dash(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- "move his 1:1 with Sanjay to Thursday at 2": moving an event on the calendar, the day is the event's
@pytest.mark.parametrize("text", [
    "move my 1:1 with Priya to Wednesday at 3",
    "reschedule the dentist appointment to Monday at 9",
    "push the team sync to Friday at 11",
    "mueve la reunión con Lucía al jueves a las 16",
    "déplace la réunion avec Paul à jeudi 15h",
    "sposta la riunione con Marco a giovedì alle 15",
])
def test_a_moved_events_new_time_sets_no_start(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["schedule"]["not_before"] is None and tasks[0]["type"] == "reminder-scheduling"


@pytest.mark.parametrize("text", [
    "move the boxes to the garage on Friday at 10",  # no event: a start time
    "on Friday at 10 call the bank",
])
def test_a_move_of_no_event_still_has_a_start(text):
    assert parse_at_now(text)["tasks"][0]["schedule"]["not_before"]
