"""A dot between two ids ends a sentence; it is no range. "skip T-3. T-9 I'm not sure yet" skipped
T-03 to T-09, seven tasks where the user named one. Two dots or more ("T-03..T-05", "T-3...T-5")
are still a range, as the CLI writes it."""
import pytest

from parsing import commands_of, parse_at_now


@pytest.mark.parametrize("text, command", [
    ("skip T-3. T-9 I'm not sure yet", ("skip", ["T-03"], None)),
    ("cancel T-3. T-9 is fine", ("cancel", ["T-03"], None)),
    ("salta la T-3. la T-9 no sé", ("skip", ["T-03"], None)),
    ("überspring T-3. T-9 weiß ich noch nicht", ("skip", ["T-03"], None)),
    ("annule T-3. T-9 on verra", ("cancel", ["T-03"], None)),
    ("pula a T-3. a T-9 ainda não sei", ("skip", ["T-03"], None)),
    ("salta T-3. T-9 non so ancora", ("skip", ["T-03"], None)),
    ("跳过T-3. T-9再说", ("skip", ["T-03"], None)),
    ("T-3はスキップして. T-9はまだいい", ("skip", ["T-03"], None)),
])
def test_a_dot_between_two_ids_ends_the_command(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert doc["unsure"], "the id after the dot is named with nothing to do: the parser says so"


@pytest.mark.parametrize("text, command", [
    ("skip T-3. T-9 is done", [("skip", ["T-03"], None), ("done", ["T-09"], None)]),
    ("pula a T-24. a T-26 tá feita", [("skip", ["T-24"], None), ("done", ["T-26"], None)]),
])
def test_a_second_command_after_the_dot_is_its_own(text, command):
    assert commands_of(parse_at_now(text)) == command


@pytest.mark.parametrize("text", ["cancel T-03..T-05", "T-03..T-05 riprova", "annulla T-3...T-5", "retry T-3 … T-5",
                                  "cancel T-03 to T-05"])
def test_two_dots_or_more_are_a_range(text):
    (command,) = commands_of(parse_at_now(text))
    assert command[1] == ["T-03", "T-04", "T-05"]
