"""Links to a standing reminder: "remind me every weekday at 7:30 …, then find a costume online".

A recurring reminder never finishes (design.md §6: a recurring task waits for its next run) and
hands nothing on, so a one-off step after it does not wait for it: the sequence word only lists
the next thing to do. A step that repeats too keeps its link.
"""


def unlink(tasks: list[dict]) -> None:
    """Drop the in-message links of one-off tasks to recurring reminders (in place)."""
    standing = {index for index, task in enumerate(tasks)
                if task["type"] == "reminder-scheduling" and task["schedule"]["cron"]}
    if not standing:
        return
    for task in tasks:
        if not task["schedule"]["cron"] and any(link in standing for link in task["depends_on"] if isinstance(link, int)):
            task["depends_on"] = [link for link in task["depends_on"] if not (isinstance(link, int) and link in standing)]
