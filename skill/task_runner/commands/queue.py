"""``add`` and the control commands (``retry``/``skip``/``cancel``/``done``)."""

from task_runner import control, render, render_steer
from task_runner.commands import Result
from task_runner.commands.flow import change_queue, news
from task_runner.errors import UserError
from task_runner.specs import apply_specs, dedupe_minutes, fixed_settings


def add(config, specs: list, source: str = "task", dispatch: bool = True, allow_duplicate: bool = False) -> Result:
    """Add validated tasks (all or nothing; one already pending or running is not added twice), then start
    what can start."""

    def apply(queue, policy):
        duplicates = []
        added = apply_specs(queue, specs, config.effective(queue, "maxRetries"), config.dir, source,
                            0 if allow_duplicate else dedupe_minutes(config), duplicates, fixed_settings(config))
        said = [render.confirmation(added, queue) if added else "", render_steer.duplicates_text(duplicates)]
        return {"added": added, "duplicates": duplicates, "confirmation": "\n".join(filter(None, said))}

    change = change_queue(config, apply, dispatch)
    text, delivered, delivery = news(config, change)
    document = {"ok": True, "added": change.applied["added"], "duplicates": change.applied["duplicates"],
                "dispatch": change.report.document(delivered) if change.report else None}
    return Result(document, "\n\n".join(filter(None, [change.applied["confirmation"], text])), 0, delivery)


def control_command(config, verb: str, task_ids: list[str], selector: str | None, note: str | None,
                    dispatch: bool = True) -> Result:
    if not task_ids and not selector:
        raise UserError(f"give the task ids to {verb} (e.g. {verb} T-03), or --status.", 2)

    def apply(queue, policy):
        outcome = control.apply(queue, verb, task_ids, selector, note, policy)
        outcome["queue"] = queue
        return outcome

    change = change_queue(config, apply, dispatch)
    outcome = change.applied
    lines = render.control_lines(outcome, outcome.pop("queue"))
    text, delivered, delivery = news(config, change)
    document = {"ok": not outcome["rejected"], "verb": verb, "changed": outcome["changed"],
                "released": outcome["released"], "rejected": outcome["rejected"], "stopped": outcome["stopped"],
                "dispatch": change.report.document(delivered) if change.report else None}
    return Result(document, "\n\n".join(filter(None, ["\n".join(lines), text])),
                  1 if outcome["rejected"] else 0, delivery)
