"""The scripted model server itself: each wire format as the real clients parse it (no CLI needed)."""

import json
import threading
import time
import urllib.error
import urllib.request

import pytest

from scripted_model import Reply, ScriptedModel, in_order, is_title_request


def post(url: str, path: str, body: dict, timeout: float = 10):
    request = urllib.request.Request(url + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def sse(text: str) -> list:
    """(event name, data) of each SSE frame."""
    frames = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        data = lines["data"]
        frames.append((lines.get("event"), data if data == "[DONE]" else json.loads(data)))
    return frames


CALL = {"name": "Bash", "arguments": {"command": "ls -la"}}


def test_anthropic_messages_stream_text_and_tool_use():
    with ScriptedModel(in_order(Reply(text="hi", tool_calls=[CALL]))) as model:
        status, headers, body = post(model.url, "/v1/messages?beta=true", {"model": "m", "stream": True,
                                                                              "messages": []})
    assert status == 200 and headers["Content-Type"] == "text/event-stream"
    frames = sse(body)
    assert [name for name, _ in frames] == [
        "message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]
    assert all(name == data["type"] for name, data in frames)
    assert frames[3][1]["delta"] == {"type": "text_delta", "text": "hi"}
    assert frames[5][1]["content_block"]["name"] == "Bash"
    assert json.loads(frames[6][1]["delta"]["partial_json"]) == CALL["arguments"]
    assert frames[8][1]["delta"]["stop_reason"] == "tool_use"
    assert model.requests == [("/v1/messages", {"model": "m", "stream": True, "messages": []})]


def test_responses_stream_message_and_function_call():
    with ScriptedModel(in_order(Reply(text="done", tool_calls=[CALL]))) as model:
        _, _, body = post(model.url, "/v1/responses", {"model": "m", "stream": True})
    frames = sse(body)
    kinds = [data["type"] for _, data in frames]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    items = [data["item"] for _, data in frames if data["type"] == "response.output_item.done"]
    assert items[0]["content"][0] == {"type": "output_text", "text": "done", "annotations": []}
    assert items[1]["type"] == "function_call" and json.loads(items[1]["arguments"]) == CALL["arguments"]
    assert frames[-1][1]["response"]["usage"]["output_tokens"] == 7


def test_chat_completions_stream_tool_call_deltas_usage_and_done():
    with ScriptedModel(in_order(Reply(tool_calls=[CALL, {"name": "read", "arguments": {"filePath": "/x"}}]))) as model:
        _, _, body = post(model.url, "/v1/chat/completions", {"model": "m", "stream": True})
    frames = [data for _, data in sse(body)]
    assert frames[-1] == "[DONE]"
    deltas = [frame["choices"][0]["delta"] for frame in frames[:-2]]
    calls = {}
    for delta in deltas:
        for call in delta.get("tool_calls", ()):
            entry = calls.setdefault(call["index"], {"name": "", "arguments": ""})
            entry["name"] += call.get("function", {}).get("name", "")
            entry["arguments"] += call["function"]["arguments"]
    assert {i: (c["name"], json.loads(c["arguments"])) for i, c in calls.items()} == {
        0: ("Bash", {"command": "ls -la"}), 1: ("read", {"filePath": "/x"})}
    assert frames[-3]["choices"][0]["finish_reason"] == "tool_calls"
    assert frames[-2]["usage"]["total_tokens"] == 19 and frames[-2]["choices"] == []


@pytest.mark.parametrize("path,wire_shape", [("/v1/messages", "type"), ("/v1/chat/completions", "error")])
@pytest.mark.parametrize("status", [401, 429, 500])
def test_errors_carry_the_status_and_a_provider_shaped_body(path, wire_shape, status):
    with ScriptedModel(in_order(Reply(status=status))) as model:
        code, headers, body = post(model.url, path, {"stream": True})
    assert code == status and wire_shape in json.loads(body)
    assert (headers.get("Retry-After") == "0") == (status != 401)


def test_non_streamed_requests_get_a_whole_body():
    with ScriptedModel(in_order(Reply(text="plain"))) as model:
        _, _, chat = post(model.url, "/v1/chat/completions", {"stream": False})
        _, _, messages = post(model.url, "/v1/messages", {})
    assert json.loads(chat)["choices"][0]["message"]["content"] == "plain"
    assert json.loads(messages)["content"] == [{"type": "text", "text": "plain"}]


def test_replies_come_in_order_title_requests_aside_and_the_last_repeats():
    title = {"messages": [{"role": "user", "content": "Generate a title for this conversation:\n"}]}
    assert is_title_request(title) and not is_title_request(dict(title, tools=[{"name": "bash"}]))
    script = in_order(Reply(text="one"), Reply(text="two"))
    assert [script({}, "chat").text, script(title, "chat").text, script({}, "chat").text,
            script({}, "chat").text] == ["one", "Scripted task", "two", "two"]


def test_a_hanging_reply_is_released_when_the_server_stops():
    model = ScriptedModel(in_order(Reply(hang=True)))
    model.__enter__()
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("r", _try_post(model.url)))
    thread.start()
    time.sleep(0.5)
    assert thread.is_alive()  # no answer yet
    began = time.monotonic()
    model.__exit__(None, None, None)
    thread.join(10)
    assert not thread.is_alive() and time.monotonic() - began < 6
    assert outcome["r"] == "closed"


def _try_post(url: str) -> str:
    try:
        post(url, "/v1/messages", {"stream": True}, timeout=30)
    except (urllib.error.URLError, ConnectionError, OSError):
        return "closed"
    return "answered"
