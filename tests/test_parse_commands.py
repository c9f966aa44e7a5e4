"""Control commands and status requests: verbs and synonyms, ids, ranges, selectors, notes,
commands mixed with new tasks, and the look-alikes that are not commands."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def commands(message: str) -> list[tuple]:
    doc = parse_message(message, NOW)
    return [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]]


@pytest.mark.parametrize("message, verb", [
    ("skip T-03", "skip"), ("pass on T-03 for now", "skip"), ("leave out T-03", "skip"),
    ("retry T-03", "retry"), ("try T-03 again", "retry"), ("rerun T-03", "retry"), ("redo T-03", "retry"),
    ("re-run T-03", "retry"), ("give T-03 another go", "retry"), ("run T-03 again please", "retry"),
    ("cancel T-03", "cancel"), ("drop T-03", "cancel"), ("forget about T-03", "cancel"),
    ("nevermind T-03", "cancel"), ("never mind about T-03", "cancel"), ("scrap T-03", "cancel"),
    ("done T-03", "done"), ("mark T-03 done", "done"), ("mark T-03 as complete", "done"),
    ("T-03 is finished", "done"), ("T-03's done", "done"), ("I already did T-03", "done"),
])
def test_verbs_and_everyday_synonyms(message, verb):
    assert commands(message) == [(verb, ["T-03"], None)]


@pytest.mark.parametrize("written, normalised", [("t3", "T-03"), ("T3", "T-03"), ("t-3", "T-03"), ("T-03", "T-03"),
                                                 ("T-100", "T-100"), ("t-1234", "T-1234")])
def test_ids_are_normalised(written, normalised):
    assert commands(f"retry {written}") == [("retry", [normalised], None)]


@pytest.mark.parametrize("message, ids", [
    ("retry T-02 and T-05", ["T-02", "T-05"]),
    ("cancel T-03, T-04 and T-06", ["T-03", "T-04", "T-06"]),
    ("skip t3 t4", ["T-03", "T-04"]),
    ("retry T-03 to T-05", ["T-03", "T-04", "T-05"]),
    ("retry T-03 through T-06", ["T-03", "T-04", "T-05", "T-06"]),
    ("cancel T-08-T-10", ["T-08", "T-09", "T-10"]),
])
def test_several_ids_and_ranges(message, ids):
    assert [ids for _, ids, _ in commands(message)] == [ids]


@pytest.mark.parametrize("message, verb, selector", [
    ("retry all blocked", "retry", "blocked"),
    ("retry the failed ones", "retry", "blocked"),
    ("cancel everything pending", "cancel", "pending"),
    ("skip all pending tasks", "skip", "pending"),
    ("cancel all tasks", "cancel", "all"),
    ("clear the queue", "cancel", "all"),
])
def test_selectors_stay_unresolved(message, verb, selector):
    assert commands(message) == [(verb, [], selector)]


def test_notes_keep_the_extra_words():
    doc = parse_message("retry T-12 but use the staging credentials", NOW)
    assert doc["commands"][0]["note"] == "but use the staging credentials"
    doc = parse_message("retry T-16, the VPN was down earlier", NOW)
    assert "VPN" in doc["commands"][0]["note"]
    assert parse_message("retry T-12", NOW)["commands"][0]["note"] is None


def test_commands_and_new_tasks_together():
    doc = parse_message("skip T-04 and add: book the venue for Friday's party", NOW)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("skip", ["T-04"])]
    assert [t["description"] for t in doc["tasks"]] == ["book the venue for Friday's party"]
    doc = parse_message("retry T-02, and also add a task to back up the photos to the NAS", NOW)
    assert doc["commands"][0]["note"] is None
    assert [t["description"] for t in doc["tasks"]] == ["back up the photos to the NAS"]


def test_two_verbs_in_one_message():
    assert commands("skip T-03 and retry T-05") == [("skip", ["T-03"], None), ("retry", ["T-05"], None)]


@pytest.mark.parametrize("message", [
    "should I retry T-03?",
    "what happens if I skip T-04?",
    "don't cancel T-05",
    "once T-06 is done, deploy the site",
    "after T-02 finishes, email Bob",
])
def test_look_alikes_are_not_commands(message):
    assert commands(message) == []


@pytest.mark.parametrize("message, ids, status", [
    ("show tasks", [], None), ("Show me my tasks", [], None), ("task status?", [], None),
    ("what's in the queue?", [], None), ("pending tasks?", [], "pending"), ("show me the blocked ones", [], "blocked"),
    ("anything running?", [], "running"), ("is T-04 done yet?", ["T-04"], None), ("how's T-07 going?", ["T-07"], None),
    ("give me a rundown of the task queue", [], None), ("what tasks are still pending?", [], "pending"),
    ("queue status pls", [], None), ("how many tasks are left?", [], "pending"),
])
def test_status_requests_in_any_phrasing(message, ids, status):
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake" and doc["status"] is True and doc["tasks"] == []
    assert doc["status_query"] == {"ids": ids, "status": status}


@pytest.mark.parametrize("message", [
    "check the status page for GitHub and restart the deploy",
    "send me the list of open PRs",
    "My tasks:\n- call the bank\n- pay rent",
])
def test_tasks_that_mention_status_words_are_not_status_requests(message):
    doc = parse_message(message, NOW)
    assert doc["status"] is False and "status_query" not in doc and doc["tasks"]


def test_hedged_requests_are_commands_but_questions_about_them_are_not():
    assert commands("hmm maybe retry all the failed ones?") == [("retry", [], "blocked")]
    assert commands("after you finish T-08, start on the landing page copy") == []
    assert commands("T-04: mark as done") == [("done", ["T-04"], None)]
    assert commands("push T-09 back to pending") == [("retry", ["T-09"], None)]
    assert commands("T-26 can be cancelled") == [("cancel", ["T-26"], None)]


@pytest.mark.parametrize("message, expected", [
    ("skip tasks 4 to 6", [("skip", ["T-04", "T-05", "T-06"], None)]),
    ("cancel whatever is still pending", [("cancel", [], "pending")]),
    ("drop all of them", [("cancel", [], "all")]),
    ("retry T-4 and T-5 but with verbose logging, and skip T-6",
     [("retry", ["T-04", "T-05"], None), ("skip", ["T-06"], None)]),
])
def test_more_command_shapes(message, expected):
    assert commands(message) == expected


@pytest.mark.parametrize("message, note", [
    ("rerun T-9 (the token expired)", "the token expired"),
    ("skip T-11 for now, will do it myself", "for now, will do it myself"),
    ("retry T-4 and T-5 but with verbose logging, and skip T-6", "but with verbose logging"),
    ("done with T-12, thanks", None),
])
def test_note_edges(message, note):
    assert parse_message(message, NOW)["commands"][0]["note"] == note


@pytest.mark.parametrize("message, ids", [
    ("list my todos", []), ("what's on my plate?", []), ("any updates?", []), ("show me T-03", ["T-03"]),
    ("what is T-05 doing", ["T-05"]), ("how many tasks do I have?", []), ("do I have anything pending?", []),
    ("muéstrame todas las tareas", []), ("what are my tasks", []),
])
def test_more_status_phrasings(message, ids):
    doc = parse_message(message, NOW)
    assert doc["status"] is True and doc["status_query"]["ids"] == ids and doc["tasks"] == []


@pytest.mark.parametrize("message", ["what's left to do on the website redesign?", "what do I need to buy for the party?",
                                     "what's on my calendar today?"])
def test_questions_that_are_not_about_the_queue(message):
    assert parse_message(message, NOW)["status"] is False


def test_a_status_question_in_two_halves_is_one_status_request():
    document = parse_message("what's done and what's not?")
    assert document["status"] is True and document["tasks"] == []


def test_a_status_phrase_that_is_the_object_of_work_is_a_task():
    document = parse_message("add task: every Thursday at 3pm send the weekly status update to the client")
    assert document["status"] is False
    assert [t["description"] for t in document["tasks"]] == [
        "every Thursday at 3pm send the weekly status update to the client"]
    assert parse_message("send me a status update")["status"] is True
    assert parse_message("prepare a status update for the board")["status"] is False


def test_a_question_about_managing_tasks_in_general_is_not_a_status_request():
    assert parse_message("what's the best app for managing tasks and notes?")["mode"] == "none"
    assert parse_message("anything done yet on my tasks?")["status"] is True


def test_chinese_show_verb_asks_for_status():
    document = parse_message("显示被阻塞的任务")
    assert document["mode"] == "intake" and document["status"] is True
