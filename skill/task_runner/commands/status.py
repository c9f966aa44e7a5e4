"""``status``: the table, read without the lock, with the truth about running attempts."""

from task_runner import admission, budget, probe, render, render_steer
from task_runner.commands import Result, deliver
from task_runner.config import open_store
from task_runner.errors import UserError
from task_runner.timeutil import now


def select(tasks: list[dict], wanted_ids: list[str], status: str | None) -> list[dict]:
    chosen = tasks
    if wanted_ids:
        wanted = set(wanted_ids)
        chosen = [task for task in chosen if task["id"] in wanted]
    if status:
        chosen = [task for task in chosen if task["status"] == status]
    return chosen


def table(config, queue: dict, wanted_ids=(), status_filter: str | None = None, wide: bool = False,
          tally: dict | None = None) -> tuple:
    """(chosen tasks with their views, the table text) of the live queue; ``tally``: its
    render.counts when the caller has them already (one pass over 10,000 tasks, not two)."""
    chosen = select(queue["tasks"], list(wanted_ids), status_filter)
    gate = admission.for_status(queue, config)
    views = probe.views(chosen, queue["tasks"], probe.Settings.from_config(config, now()), gate)
    listed = [dict(task, **{key: view[key] for key in ("live", "waiting_for") if key in view})
              if (view := views.get(task["id"])) else task for task in chosen]
    title = render.header(queue["tasks"], admission.pause_note(queue), tally) if queue["tasks"] else None
    return listed, render.status_table(chosen, queue["tasks"], views, wide, title)


def status(config, wanted_ids: list[str], status_filter: str | None, wide: bool, archived: bool,
           month: str | None) -> Result:
    store = open_store(config)
    delivery = None
    if archived:
        from task_runner.archive import load_archived  # only for --archived

        all_tasks = load_archived(config.dir, month)
        chosen = select(all_tasks, wanted_ids, status_filter)
        text = render.status_table(chosen, all_tasks, None, wide, render.archived_title(len(all_tasks), month))
    else:
        if month:
            raise UserError("--month goes with --archived.", 2)
        queue = store.read()
        all_tasks = queue["tasks"]
        tally = render.counts(all_tasks)
        chosen, text = table(config, queue, wanted_ids, status_filter, wide, tally)
        delivery = deliver(config, store, queue)
        if delivery and delivery.events:
            text = render.away_text(delivery.events, text)
    missing = sorted(set(wanted_ids) - {task["id"] for task in all_tasks})
    if wanted_ids:
        text = "\n".join(filter(None, [text, render_steer.attempt_costs(chosen)]))  # what each attempt cost
    if missing:
        text += "\n" + "\n".join(f"⚠️ {task_id} is not in the queue" for task_id in missing)
    document = {"ok": not missing, "counts": dict(render.counts(all_tasks) if archived else tally, total=len(all_tasks)),
                "tasks": chosen, "missing": missing, "events": delivery.events if delivery else [],
                "spent_usd": budget.spent({"tasks": all_tasks, "cost": None if archived else queue.get("cost")})}
    return Result(document, text, 1 if missing else 0, delivery)
