"""Round 28, part n (holdout25's misses in zh and ja, dictated by voice)."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a reason said before a pause/resume ("運転中だから", "所以", "so") is no part of it, and no task
@pytest.mark.parametrize("text, verb", [
    ("会議中だから全部一時停止して", "pause"),
    ("寝るのでキューを一時停止してください", "pause"),
    ("家に着いたから全部再開して", "resume"),
    ("会議が終わったんで全部再開してください", "resume"),
    ("電波が悪いので いったん全部止めて", "pause"),
    ("我在开车所以全部暂停一下", "pause"),
    ("电脑要重启了，所以先把所有任务暂停", "pause"),
    ("到家了，所以全部恢复吧", "resume"),
    ("estoy manejando así que pausa todo", "pause"),
    ("je conduis donc mets tout en pause", "pause"),
])
def test_a_reason_before_a_queue_verb(text, verb):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and commands_of(doc) == [(verb, [], "all")] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "帮我查一下天气，所以全部暂停",  # a request before it is a task of its own
])
def test_a_request_before_the_reason_end_stays_a_task(text):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "明日から動画を一時停止する方法を調べて",  # "から" after a noun is "from", and the verb has an object
    "因为下雨所以比赛暂停了",  # news, no queue
    "so the video paused at 2:00",
])
def test_no_queue_command_without_the_queue(text):
    assert parse_at_now(text)["commands"] == []

