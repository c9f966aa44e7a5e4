"""An id typed with another dash than "-": a phone's or a word processor's non-breaking hyphen
("T‑12", U+2011), an en dash, a minus sign, a full-width dash. Each is the id; a word that only ends
in t before such a dash is not."""
import pytest

from parsing import commands_of, parse_at_now
from task_runner.parse.text import sanitize

NB = "\u2011"


@pytest.mark.parametrize("text, command", [
    (f"annule T{NB}25 stp", ("cancel", ["T-25"], None)),
    (f"cancella T{NB}21", ("cancel", ["T-21"], None)),
    (f"T{NB}26 取り消して", ("cancel", ["T-26"], None)),
    (f"把T{NB}19改成加急，刘总明早就要", ("urgent", ["T-19"], None)),
    (f"make T{NB}12 urgent", ("urgent", ["T-12"], None)),
    ("retry T\u201304", ("retry", ["T-04"], None)),
    ("salta t\u221207", ("skip", ["T-07"], None)),
    ("überspring T\uff0d9", ("skip", ["T-09"], None)),
    (f"cancel T{NB}03 to T{NB}05", ("cancel", ["T-03", "T-04", "T-05"], None)),
])
def test_an_id_with_another_dash_is_the_id(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert doc["tasks"] == [], doc


@pytest.mark.parametrize("text", [f"call the Art{NB}3 office about the frames", "book the Mozart\u20131 hall for Sunday"])
def test_a_word_ending_in_t_before_a_dash_is_no_id(text):
    assert sanitize(text) == text
    doc = parse_at_now(text)
    assert doc["commands"] == [] and len(doc["tasks"]) == 1, doc


def test_a_range_written_with_an_en_dash_between_two_ids_keeps_its_dash():
    assert sanitize("T-03\u2013T-05") == "T-03\u2013T-05"
    assert commands_of(parse_at_now("cancel T-03\u2013T-05")) == [("cancel", ["T-03", "T-04", "T-05"], None)]
