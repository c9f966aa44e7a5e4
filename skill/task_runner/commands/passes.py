"""``dispatch`` and ``archive``: the passes heartbeats, cron events and the user run."""

from task_runner import render
from task_runner.archive import archive_pass
from task_runner.commands import Result, deliver
from task_runner.config import open_store
from task_runner.dispatch import dispatch_pass
from task_runner.events import acknowledge
from task_runner.timeutil import now


def dispatch(config, quiet: bool = False) -> Result:
    """One pass with housekeeping. Its notices go to the agent that runs it in a heartbeat or cron
    turn (none with ``quiet``); the user's next command still shows them until ``sent``."""
    store = open_store(config)
    report = dispatch_pass(config, store, plan_agents=not quiet, housekeeping=True)
    if quiet:
        return Result(report.document([]), "")
    delivery = deliver(config, store, route="agent")
    delivered = delivery.events if delivery else []
    return Result(report.document(delivered), report.text(delivered), 0, delivery)


def archive(config) -> Result:
    """Exit 3 when an archive file had to be left alone."""
    result = archive_pass(open_store(config), lambda queue: config.effective(queue, "archiveDays"), now())
    text = render.archive_text(result.archived, result.files, result.errors)
    return Result(dict(result.as_dict(), ok=not result.errors), text, 3 if result.errors else 0)


def sent(config) -> Result:
    """``dispatch --sent``: the notices ``dispatch`` printed reached the user (the agent sent them)."""
    store = open_store(config)
    count = acknowledge(store.directory, store.read()) if store.exists() else 0
    return Result({"ok": True, "acknowledged": count}, render.sent_text(count))

