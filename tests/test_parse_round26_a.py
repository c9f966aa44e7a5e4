"""Round 26, part A (holdout22/23's misses in English): ids said first with "can both/all/also be …";
a pause "for tonight" and a resume "with the queue"; a yes/no question whether a task named by its
topic finished, followed by a new task."""

import pytest

from parsing import commands_of, parse_at_now


# ---- "T-07 and T-08 can both be skipped": a word between the modal and "be" keeps the command
@pytest.mark.parametrize("text, verb, ids", [
    ("T-11 and T-12 can both be skipped, the party is off", "skip", ["T-11", "T-12"]),
    ("T-3, T-4 and T-5 can all be cancelled", "cancel", ["T-03", "T-04", "T-05"]),
    ("t21 could also be dropped", "cancel", ["T-21"]),
    ("T-6 and T-7 can both be retried now the wifi is back", "retry", ["T-06", "T-07"]),
    ("T-2 and T-3 can both be marked done", "done", ["T-02", "T-03"]),
    ("T-14 and T-15 can both wait", "skip", ["T-14", "T-15"]),
])
def test_ids_first_with_both_all_also(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "T-05 can't be skipped, it's the rent",
    "both of the invitations can also be printed at the library",
])
def test_no_command_without_its_words(text):
    assert all(c["verb"] not in ("skip", "cancel") for c in parse_at_now(text)["commands"])


# ---- a pause for a part of the day, a resume "with the queue"
@pytest.mark.parametrize("text, verb", [
    ("pause everything for tonight, I'll pick it up tomorrow", "pause"),
    ("pause the queue for today", "pause"),
    ("hold everything for the weekend please", "pause"),
    ("ok I'm back, carry on with the queue", "resume"),
    ("you can continue with the tasks now", "resume"),
    ("keep going with everything", "resume"),
])
def test_queue_wide_pause_and_resume(text, verb):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, [], "all")] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "book a table for tonight",
    "finish the slides for today, the pitch is at 4",
])
def test_a_task_with_the_same_words_stays_a_task(text):
    doc = parse_at_now(text)
    assert doc["commands"] == [] and len(doc["tasks"]) == 1


# ---- "did the B&B search ever finish? also add: …": a yes/no question whether one task finished
@pytest.mark.parametrize("text", [
    "did the hotel search in Rye ever finish?",
    "has my passport renewal gone through yet?",
    "is Mum's parcel tracking done?",
    "was the school uniform order completed?",
    "did that council tax lookup actually work?",
])
def test_a_question_whether_one_task_finished(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == [] and doc["commands"] == []


@pytest.mark.parametrize("text, keyword", [
    ("did the dentist search ever finish? also add: text Priya the new address", "Priya"),
    ("is the car insurance comparison done yet? and add one: book the MOT for Friday", "MOT"),
])
def test_that_question_then_a_new_task(text, keyword):
    doc = parse_at_now(text)
    assert doc["status"] and len(doc["tasks"]) == 1 and keyword in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text", [
    "did the plumber say when he can come round?",
    "is the draft complete enough to send to Jo?",
    "check if the upload to the drive finished",
    "did Sam finish?",
])
def test_no_finished_question_without_its_shape(text):
    assert not parse_at_now(text)["status"]


# ---- "cancel it. actually no, just skip it": a command corrected to another verb on the same tasks
@pytest.mark.parametrize("text, verb, ids", [
    ("task 6 can go, cancel it. actually no, just skip it for now", "skip", ["T-06"]),
    ("cancel T-12, no wait, skip it instead", "skip", ["T-12"]),
    ("retry T-3 and T-4, actually no, cancel them", "cancel", ["T-03", "T-04"]),
    ("skip T-20. sorry no, mark it done, I did it myself", "done", ["T-20"]),
    ("annulla T-04, anzi no, saltala", "skip", ["T-04"]),
])
def test_a_command_corrected_to_another_verb(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["tasks"] == []


def test_work_after_the_corrected_command_stays_a_task():
    doc = parse_at_now("retry T-05. actually no, cancel it and book a taxi for 6pm")
    assert commands_of(doc) == [("cancel", ["T-05"], None)] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text, verb", [
    ("cancel T-04, no wait, don't cancel it", "cancel"),  # a negated correction: no rule here
    ("skip T-09, actually no, skip it", "skip"),
])
def test_no_new_verb_no_change(text, verb):
    assert [c["verb"] for c in parse_at_now(text)["commands"]] == [verb]


def test_a_correction_of_a_task_is_no_command_correction():
    doc = parse_at_now("book the 7pm table, actually no, cancel that and book 8pm")
    assert all(c["ids"] == [] for c in doc["commands"])


# ---- "…, then using the cheapest one draft a reply": a lead naming the earlier step's pick opens a dependent task
@pytest.mark.parametrize("text, keyword", [
    ("compare four quotes for loft insulation, then using the cheapest one email the installer to book", "installer"),
    ("find three florists near Ely, then with the closest one order a bouquet for Saturday", "bouquet"),
    ("get quotes from two removal firms and then using the cheapest quote text Sam to confirm", "Sam"),
])
def test_a_lead_naming_the_pick_opens_a_dependent_task(text, keyword):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 2 and keyword in tasks[1]["description"] and tasks[1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "book the cheapest one for Friday",
    "email the closest one to Dad",
])
def test_the_pick_inside_one_task_splits_nothing(text):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["depends_on"] == []
