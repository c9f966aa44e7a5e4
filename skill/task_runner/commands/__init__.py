"""The commands: thin functions that call the library with explicit values and return a Result.

Only ``cli.py`` sees the command line; a command here gets plain parameters, does its
work through the library (store, lifecycle, dispatch, render) and returns a
``Result``: the ``--json`` document, the human text and the exit code, plus the
notices it shows, which are marked delivered only after the text was written
(events.Delivery). The sequence every queue-changing command shares, apply
under the lock → stop the workers that left ``running`` → follow-up pass →
render, is ``flow.change_queue``; it lives apart so that read-only commands
(status, logs) never import the dispatch pass.
"""


class Result:
    """What a command tells its reader, and the notices to mark delivered once it was told."""

    def __init__(self, document: dict, text: str, exit_code: int = 0, delivery=None):
        self.document = document
        self.text = text
        self.exit_code = exit_code
        self.delivery = delivery

    def delivered(self) -> None:
        if self.delivery is not None:
            self.delivery.done()

    def close(self) -> None:
        if self.delivery is not None:
            self.delivery.close()


def deliver(config, store, queue: dict | None = None, route: str = "reader"):
    """Hold a route's undelivered notices for a command: an events.Delivery, None when there are none.

    "reader": a person reads this command's output. "agent": ``dispatch`` in a heartbeat or cron
    turn, read by the agent, who must pass them on; on first use it starts where the reader is.
    """
    from task_runner import events  # notices: not for parse, which imports this module for Result

    if queue is None:
        if not store.exists():
            return None
        queue = store.read()
    start = (events.offset_of(store.directory, queue, "reader") or 0) if route == "agent" else None
    if not events.has_undelivered(store.directory, queue, route, start):
        return None
    return events.Delivery(store.directory, queue, route, new_route_start=start)
