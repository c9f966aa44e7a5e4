"""The dispatch pass that ends every command that changes the queue.

design.md §1: a new task starts at once, not at the next heartbeat. ``add``,
the control commands and ``intake`` all finish with this pass unless
``--no-dispatch`` or ``TASK_RUNNER_AUTO_DISPATCH=0`` says the user wants the
queue filled now and run later.
"""


def follow_up(args, config, store):
    """Run the pass and return its report, or None when auto-dispatch is off."""
    if getattr(args, "no_dispatch", False) or not config.get_bool("TASK_RUNNER_AUTO_DISPATCH", True):
        return None
    from task_runner.dispatch import dispatch_pass

    return dispatch_pass(config, store)


def news(report) -> str:
    """What the pass did that the user should hear (started, finished, blocked, spawn plan); else ''."""
    if report is None or not (report.document.get("events") or report.plan):
        return ""
    return report.text
