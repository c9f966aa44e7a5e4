"""Notices: ``events.jsonl``, delivered exactly once per route, never dropped.

Every notice a pass produces (a task started, done, blocked, lost, stalled) is
appended to ``events.jsonl`` inside the queue transaction that made it true:

- ``eventsCommitted`` (in the queue file) is the size of events.jsonl that
  belongs to a persisted queue. Events are appended *before* the queue is
  written, and the new size goes into that queue write. A pass that crashes in
  between leaves bytes past ``eventsCommitted``; the next transaction truncates
  them and, redoing the same work from the unchanged queue, appends them again.
- Delivery is separate from the queue: ``events.cursor.json`` holds one offset
  per route ("reader": the person reading a command's output; "notify": the
  user's hook; "wake": OpenClaw's main session). A route reads its undelivered
  events under a small lock of its own, writes them out, and only when the
  writing succeeded (stdout flushed, hook ran) moves its offset. A pass killed
  before that, or whose stdout is full, leaves them for the next reader.
"""

import json
import os
from contextlib import suppress
from pathlib import Path

from task_runner.errors import QueueError
from task_runner.fsutil import atomic_write_json, file_lock, fs_error, open_private, read_private

EVENTS_FILE = "events.jsonl"
CURSOR_FILE = "events.cursor.json"
DELIVERY_LOCK = "events.lock"
ROUTES = ("reader", "agent", "notify", "wake")
READ_ROUTES = ("reader", "agent")  # read by a person or the agent; notify and wake push
DELIVERY_WAIT_S = 2.0
MARK_WAIT_S = 15.0  # recording a pushed notice waits out a reader printing: it must not be pushed twice
READ_LIMIT = 4 * 1024 * 1024  # more undelivered notices than this wait for the next reader


class Events:
    """The events of one locked transaction; create it right after taking the queue lock."""

    def __init__(self, directory: Path, queue: dict):
        self.path = Path(directory) / EVENTS_FILE
        if os.path.islink(self.path):
            _remove_planted(Path(directory))
        self.committed, leftover = _committed(self.path, queue)
        if leftover:  # appended by a pass that crashed before its queue write
            _truncate(self.path, self.committed)
        self.pending: list = []

    def add(self, kind: str, task_id: str, text: str, when: str) -> None:
        self.pending.append({"ts": when, "type": kind, "id": task_id, "text": text})

    def compact(self, queue: dict, older_than_iso: str, push_routes=()) -> bool:
        """Empty events.jsonl when ``compaction_due`` (before this transaction added any event)."""
        if self.pending or not compact(self.path.parent, queue, older_than_iso, push_routes):
            return False
        self.committed = 0
        return True

    def commit(self, queue: dict) -> list:
        """Append this transaction's events and record the new size; returns them.

        Call as the last step inside the transaction: the queue write that
        follows is what makes the appended bytes count.
        """
        added, self.pending = self.pending, []
        if added:
            data = encode(added)
            fd = open_private(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                os.write(fd, data)
                os.fsync(fd)
            except OSError as error:
                raise fs_error(error, self.path, "record the notices", "Nothing was changed.") from None
            finally:
                os.close(fd)
            self.committed += len(data)
        queue["eventsCommitted"] = self.committed
        return added


def encode(events: list) -> bytes:
    """The bytes ``events`` take in events.jsonl (one JSON object a line)."""
    return "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events).encode()


def _committed(path: Path, queue: dict) -> tuple[int, bool]:
    """(committed size, leftover bytes past it?) for the file as it is and the queue as persisted."""
    try:
        size = os.lstat(path).st_size
    except FileNotFoundError:
        size = 0
    committed = queue.get("eventsCommitted")
    if not isinstance(committed, int) or isinstance(committed, bool) or not 0 <= committed <= size:
        committed = size  # first run, or the file was removed or rotated by hand
    return committed, size > committed


def _cursors(directory: Path, queue: dict, committed: int) -> dict:
    """The delivered offset of each route in use.

    With no cursor file yet, the reader starts where an older queue's own
    ``eventsCursor`` was (or at the beginning); a route not in the file is not
    in use and has no offset (``Delivery`` starts it at the current end, so a
    newly configured route does not replay history).
    """
    try:
        data = json.loads(read_private(directory / CURSOR_FILE, READ_LIMIT))
    except (OSError, QueueError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        old = queue.get("eventsCursor")
        data = {"reader": old if isinstance(old, int) else 0}
    return {route: value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= committed
            else committed for route, value in data.items() if route in ROUTES}


def has_undelivered(directory: Path, queue: dict, route: str = "reader", start: int | None = None) -> bool:
    """Are there notices ``route`` has not delivered? A route not in use yet counts from ``start``
    (None: from now, nothing)."""
    committed, _ = _committed(Path(directory) / EVENTS_FILE, queue)
    return _cursors(Path(directory), queue, committed).get(route, committed if start is None else start) < committed


def offset_of(directory: Path, queue: dict, route: str) -> int | None:
    """How far ``route`` has delivered (None: not in use)."""
    committed, _ = _committed(Path(directory) / EVENTS_FILE, queue)
    return _cursors(Path(directory), queue, committed).get(route)


def acknowledge(directory: Path, queue: dict, shown: str = "agent", reached: str = "reader") -> int:
    """What route ``shown`` delivered has reached the person too: move ``reached`` up to it.

    The agent, told the notices by ``dispatch`` in a heartbeat or cron turn, sends them on with its
    message tool and then says so (``dispatch --sent``); until then the user's next command still
    shows them. Returns how many notices were acknowledged.
    """
    directory = Path(directory)
    with file_lock(directory / DELIVERY_LOCK, MARK_WAIT_S):
        committed, _ = _committed(directory / EVENTS_FILE, queue)
        cursors = _cursors(directory, queue, committed)
        start, end = cursors.get(reached, 0), cursors.get(shown, 0)
        if end <= start:
            return 0
        count = len(_read(directory / EVENTS_FILE, start, end)[0])
        cursors[reached] = end
        atomic_write_json(directory / CURSOR_FILE, cursors)
        return count


def has_leftover(directory: Path, queue: dict) -> bool:
    return _committed(Path(directory) / EVENTS_FILE, queue)[1]


class Delivery:
    """The undelivered events of one route, held under the delivery lock until ``close``.

    ``events`` is what to write out; call ``done()`` once it was written, then
    ``close()`` (a ``with`` block closes). Without ``done()`` nothing is marked.
    A route whose lock is busy for more than a moment delivers nothing now: the
    other reader is showing those very notices.
    """

    def __init__(self, directory: Path, queue: dict, route: str = "reader", new_route_start: int | None = None):
        self.directory = Path(directory)
        self.route = route
        self.events: list = []
        self.ends: list = []  # byte offset just past each event, for delivering one at a time
        self._lock = file_lock(self.directory / DELIVERY_LOCK, DELIVERY_WAIT_S)
        try:
            self._lock.__enter__()
        except Exception:  # busy or unusable: deliver nothing now, lose nothing
            self._lock = None
            return
        committed, _ = _committed(self.directory / EVENTS_FILE, queue)
        self.cursors = _cursors(self.directory, queue, committed)
        self.end = committed
        if route not in self.cursors:  # first use of this route: it starts now (or where the caller says)
            self.cursors[route] = committed if new_route_start is None else max(0, min(new_route_start, committed))
            atomic_write_json(self.directory / CURSOR_FILE, self.cursors)
        self.events, self.ends = _read(self.directory / EVENTS_FILE, self.cursors[route], committed)

    def done(self) -> None:
        if self._lock is None or not self.events:
            return
        self.cursors[self.route] = self.end
        if self.route == "reader" and self.cursors.get("agent", self.end) < self.end:
            self.cursors["agent"] = self.end  # what the user read, the agent need not pass on
        atomic_write_json(self.directory / CURSOR_FILE, self.cursors)

    def offset(self, route: str) -> int | None:
        """Where ``route`` has delivered up to (None: not in use), as read with this delivery."""
        return getattr(self, "cursors", {}).get(route)

    def close(self) -> None:
        if self._lock is not None:
            with suppress(Exception):
                self._lock.__exit__(None, None, None)
            self._lock = None

    def __enter__(self) -> "Delivery":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def mark_delivered(directory: Path, queue: dict, route: str, offset: int) -> None:
    """Move ``route``'s offset forward to ``offset`` (an ``ends`` entry of a Delivery).

    For a route that delivers its events one by one without holding the
    delivery lock while it does (a notification hook may take seconds, and the
    reader must not wait for it): only that route's own pusher moves it.
    """
    directory = Path(directory)
    with file_lock(directory / DELIVERY_LOCK, MARK_WAIT_S):
        try:  # the file as it is now: other routes may have moved past our (older) queue's size
            size = (directory / EVENTS_FILE).stat().st_size
        except FileNotFoundError:
            return
        cursors = _cursors(directory, queue, size)
        if cursors.get(route, 0) < offset:
            cursors[route] = offset
            atomic_write_json(directory / CURSOR_FILE, cursors)


def start_route(directory: Path, queue: dict, route: str, offset: int) -> None:
    """Put a route not in use yet at ``offset`` (the first event it must deliver); no-op otherwise.

    A pusher calls this before it hands its notices on: whichever pusher then
    runs first, the route starts early enough for all of them.
    """
    directory = Path(directory)
    try:
        data = json.loads((directory / CURSOR_FILE).read_bytes())
        if isinstance(data, dict) and route in data:
            return
    except (OSError, ValueError, RecursionError):
        pass
    with Delivery(directory, queue, route, new_route_start=offset):
        pass


def _read(path: Path, start: int, end: int) -> tuple[list, list]:
    """(events, the byte offset just past each) between ``start`` and ``end``."""
    if end <= start:
        return [], []
    end = min(end, start + READ_LIMIT)
    try:
        fd = open_private(path, os.O_RDONLY)
    except (OSError, QueueError):  # gone or a planted link: nothing to deliver from it
        data = b""
    else:
        try:
            data = os.pread(fd, end - start, start)
        finally:
            os.close(fd)
    events, ends, position = [], [], start
    for raw in data.splitlines(keepends=True):
        position += len(raw)
        try:
            event = json.loads(raw.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError):
            continue
        if isinstance(event, dict) and isinstance(event.get("text"), str) and isinstance(event.get("type"), str):
            events.append(event)
            ends.append(position)
    return events, ends


def compaction_due(directory: Path, queue: dict, older_than_iso: str, push_routes=()) -> bool:
    """Has every route in use delivered all of events.jsonl, whose newest entry is older than
    ``older_than_iso``? (A cheap look: the file's size and its last few entries.)

    In use: the reader and agent routes, and of the push routes (notify, wake) those configured
    now (``push_routes``): a hook the user has removed, or an OpenClaw gone from PATH, leaves a
    cursor behind that must not keep every notice forever (the reader has delivered them all)."""
    directory = Path(directory)
    path = directory / EVENTS_FILE
    committed, _ = _committed(path, queue)
    cursors = {route: offset for route, offset in _cursors(directory, queue, committed).items()
               if route in READ_ROUTES or route in push_routes}
    if not committed or min(cursors.values(), default=committed) < committed:
        return False
    last, _ = _read(path, max(0, committed - 4096), committed)
    return not (last and str(last[-1].get("ts", "")) >= older_than_iso)


def compact(directory: Path, queue: dict, older_than_iso: str, push_routes=()) -> bool:
    """Inside the queue transaction: empty events.jsonl when ``compaction_due``. True when it was emptied."""
    directory = Path(directory)
    path = directory / EVENTS_FILE
    if not compaction_due(directory, queue, older_than_iso, push_routes):
        return False
    cursors = _cursors(directory, queue, _committed(path, queue)[0])
    with file_lock(directory / DELIVERY_LOCK, DELIVERY_WAIT_S):
        _truncate(path, 0)
        atomic_write_json(directory / CURSOR_FILE, dict.fromkeys(cursors, 0))
    queue["eventsCommitted"] = 0
    queue.pop("eventsCursor", None)
    return True


def _remove_planted(directory: Path) -> None:
    """events.jsonl is a link someone planted: remove the link (never its target) and start a
    new file, which every route in use reads from its beginning."""
    with file_lock(directory / DELIVERY_LOCK, DELIVERY_WAIT_S):
        cursors = _cursors(directory, {}, 0)
        try:
            os.unlink(directory / EVENTS_FILE)
        except OSError as error:
            raise fs_error(error, directory / EVENTS_FILE, "remove the planted link") from None
        atomic_write_json(directory / CURSOR_FILE, dict.fromkeys(cursors, 0))


def _truncate(path: Path, size: int) -> None:
    """Cut events.jsonl to ``size`` bytes, never through a link."""
    fd = open_private(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
    except OSError as error:
        raise fs_error(error, path, "truncate the notices file") from None
    finally:
        os.close(fd)
