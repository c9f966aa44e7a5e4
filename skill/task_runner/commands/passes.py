"""``dispatch`` and ``archive``: the passes heartbeats, cron events and the user run."""

from task_runner import render
from task_runner.archive import archive_pass
from task_runner.commands import Result, deliver
from task_runner.config import open_store
from task_runner.dispatch import dispatch_pass
from task_runner.timeutil import now


def dispatch(config, quiet: bool = False) -> Result:
    """One pass with housekeeping; its notices go to the reader (none with ``quiet``)."""
    store = open_store(config)
    report = dispatch_pass(config, store, plan_agents=not quiet, housekeeping=True)
    if quiet:
        return Result(report.document([]), "")
    delivery = deliver(config, store)
    delivered = delivery.events if delivery else []
    return Result(report.document(delivered), report.text(delivered), 0, delivery)


def archive(config) -> Result:
    """Exit 3 when an archive file had to be left alone."""
    result = archive_pass(open_store(config), lambda queue: config.effective(queue, "archiveDays"), now())
    text = render.archive_text(result.archived, result.files, result.errors)
    return Result(dict(result.as_dict(), ok=not result.errors), text, 3 if result.errors else 0)
