"""A scripted model server on loopback that the real agent CLIs talk to as if it were their provider.

Three wire formats, each streamed (SSE) exactly as the real providers do, because the real
clients parse nothing else:

- ``anthropic``: ``POST /v1/messages`` (Claude Code; ``?beta=true`` is ignored), event-named
  ``message_start`` … ``message_stop`` frames; text and ``tool_use`` blocks;
- ``responses``: ``POST /v1/responses`` (Codex), ``response.created`` … ``response.completed``;
  text as a ``message`` item, tool calls as ``function_call`` items;
- ``chat``: ``POST /v1/chat/completions`` (opencode, OpenClaw), ``chat.completion.chunk`` frames
  with ``tool_calls`` deltas, a usage chunk and ``data: [DONE]``.

A request with ``"stream": false`` gets the matching non-streamed JSON body.

Usage::

    with ScriptedModel(in_order(Reply(text="hi"), Reply(status=500))) as model:
        model.url        # "http://127.0.0.1:PORT"
        model.requests   # [(path, parsed JSON body), ...], in arrival order

``script(request, wire) -> Reply`` decides every answer; ``in_order`` builds one from a list.
A ``Reply(hang=True)`` never answers; it is released (the connection closed) when the server
stops, so a test bounds it with the client's own timeout.
"""

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WIRES = {"/v1/messages": "anthropic", "/v1/responses": "responses", "/v1/chat/completions": "chat"}
ERROR_TYPES = {  # Anthropic's error ``type`` per status
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
    404: "not_found_error", 429: "rate_limit_error", 529: "overloaded_error",
}


@dataclass
class Reply:
    """One model answer: text and/or tool calls, or an HTTP error, or silence."""

    text: str = ""
    tool_calls: list = field(default_factory=list)  # [{"name": ..., "arguments": {...}}]
    status: int | None = None  # an error status (500, 429, 401, ...) instead of an answer
    error_body: dict | None = None  # the error's JSON body; a provider-shaped one by default
    hang: bool = False  # never answer


Script = Callable[[dict, str], Reply]


def is_title_request(request: dict) -> bool:
    """opencode's side request for a session title (sent beside the first turn, without tools)."""
    return not request.get("tools") and "Generate a title for this conversation" in json.dumps(request.get("messages"))


def in_order(*replies: Reply, then: Reply | None = None, aside=is_title_request,
             aside_reply: Reply | None = None) -> Script:
    """A script answering each request with the next reply; after the last, ``then`` (default: the last).

    Requests for which ``aside(request)`` is true (by default opencode's title request, which races
    the first turn) get ``aside_reply`` (a short title) and do not take a reply from the list.
    """
    queue = list(replies)
    lock = threading.Lock()

    def script(request: dict, wire: str) -> Reply:
        if aside is not None and aside(request):
            return aside_reply or Reply(text="Scripted task")
        with lock:
            if queue:
                reply = queue.pop(0)
                if not queue and then is None:
                    queue.append(reply)
                return reply
            return then

    return script


class ScriptedModel:
    """The server; a context manager that starts it on a free loopback port and stops it."""

    def __init__(self, script: Script):
        self.script = script
        self.requests: list = []
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self):  # -> ScriptedModel
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping.set()  # releases hanging replies
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def reply_for(self, path: str, body: dict, wire: str) -> Reply:
        self.requests.append((path, body))
        return self.script(body, wire)


def _handler_for(model: ScriptedModel):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep pytest output clean
            pass

        def do_GET(self):  # model lists and health probes: an empty, valid list
            self._send_json(200, {"object": "list", "data": []})

        def do_POST(self):
            path = self.path.split("?", 1)[0]
            body = self._read_json()
            wire = WIRES.get(path)
            if wire is None:
                self._send_json(404, {"error": {"message": f"no such endpoint {path}", "type": "not_found"}})
                return
            reply = model.reply_for(path, body, wire)
            if reply.hang:
                model._stopping.wait()
                self.close_connection = True
                return
            if reply.status:
                self._send_json(reply.status, reply.error_body or _error_body(wire, reply.status))
                return
            if not body.get("stream"):
                self._send_json(200, FULL[wire](body, reply))
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for chunk in STREAM[wire](body, reply):
                    self.wfile.write(chunk.encode())
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _read_json(self) -> dict:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                raw = b""
                while True:
                    size = int(self.rfile.readline().strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        break
                    raw += self.rfile.read(size)
                    self.rfile.readline()
            else:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if (self.headers.get("Content-Encoding") or "").lower() == "gzip":
                import gzip

                raw = gzip.decompress(raw)
            try:
                value = json.loads(raw or b"{}")
            except ValueError:
                value = {"_unparsed": raw.decode("utf-8", "replace")}
            return value if isinstance(value, dict) else {"_body": value}

        def _send_json(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if status == 429 or status >= 500:  # retry at once: the clients' own backoff would slow the tests
                self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _error_body(wire: str, status: int) -> dict:
    message = {401: "invalid x-api-key", 429: "Rate limited: too many requests",
               500: "Internal server error", 529: "Overloaded"}.get(status, f"HTTP {status}")
    if wire == "anthropic":
        return {"type": "error", "error": {"type": ERROR_TYPES.get(status, "api_error"), "message": message}}
    kind = {401: "invalid_request_error", 429: "rate_limit_exceeded"}.get(status, "server_error")
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _sse(data: dict, event: str | None = None) -> str:
    return (f"event: {event}\n" if event else "") + f"data: {json.dumps(data)}\n\n"


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def _model(body: dict) -> str:
    return str(body.get("model") or "scripted-model")


# --- anthropic (Messages API) ---

def _anthropic_blocks(reply: Reply) -> list:
    blocks = [{"type": "text", "text": reply.text}] if reply.text or not reply.tool_calls else []
    blocks += [{"type": "tool_use", "id": _id("toolu"), "name": call["name"], "input": call.get("arguments") or {}}
               for call in reply.tool_calls]
    return blocks


def _anthropic_message(body: dict, reply: Reply, content: list) -> dict:
    return {"id": _id("msg"), "type": "message", "role": "assistant", "model": _model(body), "content": content,
            "stop_reason": "tool_use" if reply.tool_calls else "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 12, "output_tokens": 7, "cache_creation_input_tokens": 0,
                      "cache_read_input_tokens": 0}}


def _anthropic_stream(body: dict, reply: Reply):
    start = _anthropic_message(body, reply, [])
    start["stop_reason"] = None
    start["usage"]["output_tokens"] = 1
    yield _sse({"type": "message_start", "message": start}, "message_start")
    for index, block in enumerate(_anthropic_blocks(reply)):
        if block["type"] == "text":
            yield _sse({"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
                       "content_block_start")
            yield _sse({"type": "ping"}, "ping")
            delta = {"type": "text_delta", "text": block["text"]}
        else:
            opened = dict(block, input={})
            yield _sse({"type": "content_block_start", "index": index, "content_block": opened},
                       "content_block_start")
            delta = {"type": "input_json_delta", "partial_json": json.dumps(block["input"])}
        yield _sse({"type": "content_block_delta", "index": index, "delta": delta}, "content_block_delta")
        yield _sse({"type": "content_block_stop", "index": index}, "content_block_stop")
    yield _sse({"type": "message_delta",
                "delta": {"stop_reason": "tool_use" if reply.tool_calls else "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 7}}, "message_delta")
    yield _sse({"type": "message_stop"}, "message_stop")


# --- responses (OpenAI Responses API) ---

def _responses_items(reply: Reply) -> list:
    items = []
    if reply.text or not reply.tool_calls:
        items.append({"type": "message", "id": _id("msg"), "status": "completed", "role": "assistant",
                      "content": [{"type": "output_text", "text": reply.text, "annotations": []}]})
    items += [{"type": "function_call", "id": _id("fc"), "status": "completed", "call_id": _id("call"),
               "name": call["name"], "arguments": json.dumps(call.get("arguments") or {})}
              for call in reply.tool_calls]
    return items


def _response(body: dict, output: list, status: str) -> dict:
    return {"id": _id("resp"), "object": "response", "created_at": int(time.time()), "status": status,
            "model": _model(body), "output": output,
            "usage": {"input_tokens": 12, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 7,
                      "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 19}}


def _responses_stream(body: dict, reply: Reply):
    created = _response(body, [], "in_progress")
    yield _sse({"type": "response.created", "response": created}, "response.created")
    items = _responses_items(reply)
    for index, item in enumerate(items):
        opened = dict(item, status="in_progress", **({"content": []} if item["type"] == "message" else {}))
        yield _sse({"type": "response.output_item.added", "output_index": index, "item": opened},
                   "response.output_item.added")
        if item["type"] == "message":
            yield _sse({"type": "response.output_text.delta", "item_id": item["id"], "output_index": index,
                        "content_index": 0, "delta": item["content"][0]["text"]}, "response.output_text.delta")
        yield _sse({"type": "response.output_item.done", "output_index": index, "item": item},
                   "response.output_item.done")
    done = dict(_response(body, items, "completed"), id=created["id"])
    yield _sse({"type": "response.completed", "response": done}, "response.completed")


# --- chat (OpenAI Chat Completions) ---

def _chat_tool_calls(reply: Reply) -> list:
    return [{"index": index, "id": _id("call"), "type": "function",
             "function": {"name": call["name"], "arguments": json.dumps(call.get("arguments") or {})}}
            for index, call in enumerate(reply.tool_calls)]


def _chat_stream(body: dict, reply: Reply):
    base = {"id": _id("chatcmpl"), "object": "chat.completion.chunk", "created": int(time.time()),
            "model": _model(body)}

    def chunk(delta: dict, finish=None) -> str:
        return _sse(dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": finish}]))

    yield chunk({"role": "assistant", "content": ""})
    if reply.text:
        yield chunk({"content": reply.text})
    for call in _chat_tool_calls(reply):
        opened = dict(call, function={"name": call["function"]["name"], "arguments": ""})
        yield chunk({"tool_calls": [opened]})
        yield chunk({"tool_calls": [{"index": call["index"], "function": {"arguments": call["function"]["arguments"]}}]})
    yield chunk({}, "tool_calls" if reply.tool_calls else "stop")
    yield _sse(dict(base, choices=[], usage={"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}))
    yield "data: [DONE]\n\n"


def _chat_full(body: dict, reply: Reply) -> dict:
    message = {"role": "assistant", "content": reply.text or None}
    if reply.tool_calls:
        message["tool_calls"] = [{k: v for k, v in call.items() if k != "index"} for call in _chat_tool_calls(reply)]
    return {"id": _id("chatcmpl"), "object": "chat.completion", "created": int(time.time()), "model": _model(body),
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if reply.tool_calls else "stop"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}}


STREAM = {"anthropic": _anthropic_stream, "responses": _responses_stream, "chat": _chat_stream}
FULL = {
    "anthropic": lambda body, reply: _anthropic_message(body, reply, _anthropic_blocks(reply)),
    "responses": lambda body, reply: _response(body, _responses_items(reply), "completed"),
    "chat": _chat_full,
}
