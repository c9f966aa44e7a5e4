"""The Outcome contract: what a worker's result.json may hold, and that its texts are clean."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from task_runner.workers.base import Outcome, judged
from task_runner.workers.signals import strip_escapes

GOOD = {"ok": True, "transient": False, "permanent": False, "summary": "s", "text": "t", "session": None,
        "deliverable": "d", "deliverable_path": None, "blocked": None, "actions": ["a"], "question": None,
        "denials": [], "error": None, "cost_usd": 0.5, "tokens": {"input": 3, "output": 4}}


def test_round_trip_keeps_every_field():
    outcome = Outcome(**GOOD)
    assert Outcome.from_dict(json.loads(json.dumps(outcome.to_dict()))) == outcome
    assert Outcome.from_dict({"ok": False}) == Outcome(ok=False)
    assert Outcome.from_dict(dict(GOOD, future_field=[1, 2])).ok  # a newer writer's extra keys are ignored


@pytest.mark.parametrize("data,named", [
    ([], "outcome is list"), ("x", "outcome is str"), (None, "outcome is NoneType"),
    ({"outcome": "x"}, "outcome.ok is missing"), ({"ok": "yes"}, "outcome.ok"),
    ({"ok": True, "summary": 5}, "outcome.summary is 5, not text"),
    ({"ok": True, "summary": None}, "outcome.summary"),
    ({"ok": True, "actions": "do it"}, "outcome.actions"), ({"ok": True, "actions": [1]}, "outcome.actions"),
    ({"ok": True, "denials": None}, "outcome.denials"), ({"ok": True, "transient": 1}, "outcome.transient"),
    ({"ok": True, "cost_usd": math.inf}, "outcome.cost_usd is inf"),
    ({"ok": True, "cost_usd": math.nan}, "outcome.cost_usd is nan"), ({"ok": True, "cost_usd": "1"}, "outcome.cost_usd"),
    ({"ok": True, "cost_usd": True}, "outcome.cost_usd is true"), ({"ok": True, "tokens": {"input": math.inf}}, "outcome.tokens"),
    ({"ok": True, "tokens": [1]}, "outcome.tokens"), ({"ok": True, "session": {"id": 1}}, "outcome.session"),
])
def test_malformed_shapes_are_refused_with_the_field_named(data, named):
    with pytest.raises(ValueError, match="^" + named.replace("(", r"\(").replace(".", r"\.")):
        Outcome.from_dict(data)


def test_non_finite_numbers_from_json_text_are_refused():
    for text in ('{"ok": true, "cost_usd": NaN}', '{"ok": true, "cost_usd": Infinity}',
                 '{"ok": true, "tokens": {"input": 1e400}}'):
        with pytest.raises(ValueError):
            Outcome.from_dict(json.loads(text))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, st.fixed_dictionaries({}, optional={key: JSON for key in GOOD})))
def test_any_shape_gives_an_outcome_or_a_value_error(data):
    try:
        outcome = Outcome.from_dict(data)
    except ValueError as error:
        assert str(error).startswith("outcome")
        return
    json.dumps(outcome.to_dict(), allow_nan=False)  # what we keep is valid JSON again


ESCAPES = ["\x1b[31mred\x1b[0m", "\x1b]0;owned title\x07", "\x1b]52;c;Y2xpcGJvYXJk\x1b\\", "\x1b[2J\x1b[H",
           "bell\x07", "\x9b31m", "back\x08space", "\x1bc"]


@pytest.mark.parametrize("noise", ESCAPES)
def test_terminal_escapes_never_reach_an_outcome(noise):
    text = f"Done {noise} here.\nDELIVERABLE: wrote {noise} it"
    outcome = judged(False, text, error=f"failed {noise}", stderr=noise)
    for value in (outcome.text, outcome.summary, outcome.error, outcome.deliverable or ""):
        assert "\x1b" not in value and "\x07" not in value and "\x9b" not in value and "\x08" not in value
    stored = Outcome.from_dict({"ok": False, "error": noise, "actions": [noise], "denials": [noise]})
    assert "\x1b" not in stored.error + "".join(stored.actions + stored.denials)


def test_strip_escapes_keeps_text_newlines_and_tabs():
    assert strip_escapes("\x1b[91m\x1b[1mError: \x1b[0mUnexpected error\n\tdetail") == "Error: Unexpected error\n\tdetail"
    assert strip_escapes("naïve — ünïcode ✓") == "naïve — ünïcode ✓"


def test_long_texts_are_bounded():
    outcome = Outcome(ok=False, text="x" * 100_000, error="e" * 10_000)
    assert len(outcome.text) == 20_000 and len(outcome.error) == 2_000


def test_denials_fail_permanently_even_when_the_worker_says_done():
    outcome = judged(True, "DELIVERABLE: all fine", denials=["Bash(rm -rf build)"])
    assert not outcome.ok and outcome.permanent and not outcome.transient
    assert outcome.error == "denied permission for Bash(rm -rf build)"


EVENT_TYPES = ["result", "system", "assistant", "thread.started", "item.completed", "turn.completed", "turn.failed",
               "error", "step_start", "text", "tool_use", "step_finish", "payloads", "status"]
FIELDS = ["subtype", "is_error", "result", "session_id", "errors", "permission_denials", "api_error_status",
          "terminal_reason", "total_cost_usd", "usage", "thread_id", "item", "error", "message", "part",
          "sessionID", "tokens", "cost", "state", "status", "payloads", "meta"]
EVENTS = st.fixed_dictionaries({"type": st.sampled_from(EVENT_TYPES)},
                               optional={name: JSON for name in FIELDS})


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(["claude", "codex", "opencode", "openclaw", "shell", "command"]),
       events=st.lists(EVENTS, max_size=6), noise=st.text(max_size=60), exit_code=st.none() | st.integers(-15, 3),
       timed_out=st.booleans())
def test_any_output_gives_an_outcome(kind, events, noise, exit_code, timed_out):
    from task_runner.workers import backend

    stdout = "\n".join([json.dumps(event) for event in events] + [noise])
    outcome = backend(kind).outcome(stdout, noise, exit_code, timed_out)
    assert isinstance(outcome, Outcome)
    assert Outcome.from_dict(json.loads(json.dumps(outcome.to_dict(), allow_nan=False))) == outcome
    assert not (outcome.transient and outcome.permanent)


def test_a_blocked_worker_with_denials_names_them_where_the_user_reads():
    outcome = judged(True, "BLOCKED: curl was refused\nACTION: allow curl", denials=["Bash(curl x)"])
    assert outcome.blocked == "curl was refused (denied: Bash(curl x))"
    assert outcome.error == "denied permission for Bash(curl x); blocked: curl was refused"
    assert outcome.permanent and outcome.actions == ["allow curl"]


def test_texts_assigned_later_are_cleaned_too():
    outcome = Outcome(ok=False)
    outcome.blocked = "no \x1b]0;title\x07access"
    outcome.actions = ["press \x1b[1mretry\x1b[0m"]
    outcome.deliverable_path = "/tmp/x\x1b[2J.md"
    assert (outcome.blocked, outcome.actions, outcome.deliverable_path) == ("no access", ["press retry"], "/tmp/x.md")
