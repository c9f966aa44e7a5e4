"""Round 19 part A (holdout13's misses in en, es, de, zh): a written message to a person named
after a title, before "about"/"wegen" or a which-question, or in the dative before a verb-final
"schreiben"; a sequencer right after the verb ("schreib dann Jutta …") that makes the step wait."""

import pytest

from parsing import parse_at_now


def _types(text: str) -> list[str]:
    return [task["type"] for task in parse_at_now(text)["tasks"]]


# ---- a write verb whose object is a person: a message, not a document
@pytest.mark.parametrize("text", [
    "schreib Herrn Pichler lieber",                        # a title, then a name
    "schreib Korbinian wegen dem Kranwagen",               # the name, then what it is about
    "write Tom about the party",
    "schreib Jutta welches am billigsten ist",             # the name, then a which-question
    "schreib danach Detlef den Termin",                    # a sequencer between the verb and the name
    "escribe luego a Marta",
    "scrivi poi a Marco",
    "seiner Mutter schreiben",                             # verb-final, a person in the dative before it
    "dem Vermieter schreiben",
])
def test_a_write_verb_to_a_person_is_messaging(text):
    assert _types(text) == ["messaging"]


@pytest.mark.parametrize("text", [
    "schreib einen Bericht über den Umsatz",
    "schreib dann einen Bericht",
    "einen Brief schreiben",
    "an dem Bericht schreiben",
])
def test_a_write_verb_with_a_thing_stays_a_document(text):
    assert _types(text) == ["file-creation"]


# ---- a "then" right after the second item's verb: it waits for the first
@pytest.mark.parametrize("text", [
    "such einen Elektriker und schreib danach Detlef den Termin",
    "such drei Angebote und schreib dann Jutta welches am billigsten ist",
    "trouve un électricien et appelle ensuite Paul",
    "busca un electricista y escribe luego a Marta",
    "cerca un elettricista e scrivi poi a Marco",
])
def test_a_then_after_the_verb_is_a_dependency(text):
    doc = parse_at_now(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], [0]]


@pytest.mark.parametrize("text", [
    "such einen Elektriker und schreib Detlef den Termin",
    "busca un electricista y escribe a Marta",
])
def test_no_then_no_dependency(text):
    doc = parse_at_now(text)
    assert [task["depends_on"] for task in doc["tasks"]] == [[], []]


# ---- several commands: an id-first command whose verb comes last, before "and" and another command
@pytest.mark.parametrize("text, want", [
    ("make T-40 urgent and skip T-41", [("urgent", ["T-40"]), ("skip", ["T-41"])]),
    ("T-12 skip and retry T-13", [("skip", ["T-12"]), ("retry", ["T-13"])]),
    ("T-40 dringend und T-41 überspringen", [("urgent", ["T-40"]), ("skip", ["T-41"])]),
    ("mach T-40 dringend und überspring T-41", [("urgent", ["T-40"]), ("skip", ["T-41"])]),
    ("T-12 skip and T-13 retry", [("skip", ["T-12"]), ("retry", ["T-13"])]),
])
def test_a_verb_last_command_before_another_command(text, want):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["ids"]) for c in doc["commands"]] == want


def test_a_verb_last_command_before_a_task_keeps_the_task():
    """The task after "and" is no second command (round 19 part B reads the skip itself)."""
    doc = parse_at_now("T-12 skip and email Bob the notes")
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("skip", ["T-12"])]
    assert len(doc["tasks"]) == 1 and "Bob" in doc["tasks"][0]["description"]


# ---- a verb that places the command word: "pon urgente la T-60" (no task "pon" is left)
@pytest.mark.parametrize("text", [
    "pon urgente la T-60",
    "pon urgente la T-60 y reintenta la T-61",
    "haz urgente la T-60",
    "mets urgent la T-60",
])
def test_a_placing_verb_before_the_command_word(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and doc["commands"][0]["verb"] == "urgent"


def test_a_task_before_a_command_stays():
    doc = parse_at_now("email Bob and retry T-04")
    assert [t["description"] for t in doc["tasks"]] == ["email Bob"]


# ---- a control verb misspelt by one letter before a selector
@pytest.mark.parametrize("text, verb, selector", [
    ("reintnta todas las bloqueadas", "retry", "blocked"),
    ("bueno, cancelr todas las pendientes", "cancel", "pending"),
    ("retyy all blocked", "retry", "blocked"),
    ("überspirng alle blockierten", "skip", "blocked"),
])
def test_a_misspelt_verb_before_a_selector(text, verb, selector):
    doc = parse_at_now(text)
    assert [(c["verb"], c["selector"]) for c in doc["commands"]] == [(verb, selector)]


@pytest.mark.parametrize("text", ["order all pending parts for the bike", "reintnta"])
def test_no_selector_no_repair(text):
    assert parse_at_now(text)["commands"] == []


# ---- CJK numerals before an enumeration comma: "一、… 二、… 三、…"
@pytest.mark.parametrize("text, count", [
    ("帮我做三件事：一、查乒乓球拍的价格 二、写个比赛通知.md 三、把通知发到群里", 3),
    ("两件事：一、订周六的电影票 二、给老王打电话", 2),
    ("やること：一、ホテルを予約して 二、母に電話して", 2),
])
def test_cjk_numerals_number_a_list(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count
    assert not any(task["description"][-1] in "一二三" for task in doc["tasks"])


def test_a_weekday_list_is_no_numbered_list():
    doc = parse_at_now("每周一、三、五早上8点提醒我跑步")
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["cron"] == "0 8 * * 1,3,5"


# ---- a keyword that ends a file's name does not type the task
@pytest.mark.parametrize("text, kind", [
    ("写个比赛通知.md", "file-creation"),
    ("写个比赛通知", "messaging"),
    ("把比赛通知.md发给老王", "messaging"),
])
def test_a_keyword_inside_a_file_name(text, kind):
    assert _types(text) == [kind]


# ---- a count first, then its topic after an object cue, before a dash: "two things for … — …"
@pytest.mark.parametrize("text", [
    "two things for the window cleaning round — text Declan the new rota, and find a supplier for pure water filters",
    "dos cosas para el club de remo de Vigo — escribe a Montse y busca un DJ",
])
def test_a_count_then_its_topic_before_a_dash(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and not any("things" in t["description"] or "cosas" in t["description"] for t in doc["tasks"])


def test_a_long_sentence_with_a_count_inside_is_no_header():
    doc = parse_at_now("we had two things planned for the weekend at the lake house with the whole family: nothing worked")
    assert doc["mode"] == "none" or len(doc["tasks"]) != 2


# ---- a word right after "for" is its object, not another language's "also" (it. "pure")
@pytest.mark.parametrize("text", ["find a supplier for pure water filters"])
def test_no_join_right_after_an_object_cue(text):
    assert len(parse_at_now(text)["tasks"]) == 1


def test_an_also_word_after_a_comma_still_joins():
    doc = parse_at_now("cerca un idraulico a Bari, pure chiama Marco")
    assert len(doc["tasks"]) == 2
