"""A deadline said in a sentence of its own after the request: "have codex fix the booking form, the date
picker breaks on iphones. by thursday ideally", "lass Claude Code den Warenkorb reparieren … bis freitag wär
gut". The sentence is the deadline and a word or two of tone ("ideally", "wär gut", "si possible"), no verb
of its own: it is the task's before it, no new task (tasks.py)."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens, is_cjk

_MOST = 3  # words beside the deadline: "ideally", "wär gut", "se possibile"; more says something else
_MOST_CJK = 4  # characters beside it in Chinese and Japanese: "最好", "までに"


def folded(tasks: list[dict]) -> list[bool]:
    """Which tasks to keep: a task that is only a deadline gives it to the task before it (when that has no
    deadline or repetition of its own) and goes."""
    keep = [True] * len(tasks)
    for index in range(1, len(tasks)):
        task, before = tasks[index], tasks[index - 1]
        schedule, earlier = task["schedule"], before["schedule"]
        rest = _beside_the_deadline(task)
        if rest is None or not schedule["due"] or schedule["cron"] or schedule["not_before"] \
                or task["depends_on"] not in ([], [index - 1]):
            continue
        if keep[index - 1] and not (earlier["due"] or earlier["cron"]):  # a start of its own stays beside the deadline
            earlier["due"] = schedule["due"]
            keep[index] = False
        elif not rest:
            keep[index] = False  # a bare "by Friday" after a task with its own time adds nothing (as before)
    return keep


def _beside_the_deadline(task: dict) -> list[str] | None:
    """The few words of tone beside the task's deadline ([] when it is the deadline alone), or None when
    the task says more than its deadline."""
    item = task["_meta"][0]
    if item.listed or item.framed or not task["schedule_phrase"]:
        return None  # "- by Friday: …" in a list is a step or a header of its own
    said = set(Tokens(task["schedule_phrase"].lower()).words)
    rest = [word for word in Tokens(task["description"][:200].lower()).words if word not in said and any(ch.isalnum() for ch in word)]
    if any(lexicon.is_verb(word) or lexicon.VERB_PHRASES.at(rest, at) for at, word in enumerate(rest)):
        return None
    return rest if len(rest) <= (_MOST_CJK if any(is_cjk(word[:1]) for word in rest) else _MOST) else None


def opened_by_deadline(tasks: list[dict], alone: list[bool]) -> None:
    """"周五之前，把收据整理好": a deadline cut off the request it opens (the task that is only its time,
    about to go) is that request's, when the request has no time of its own."""
    for task, later, cut in zip(tasks, tasks[1:], alone):
        if cut and task["schedule"]["due"] and not any(later["schedule"].values()):
            later["schedule"], later["schedule_phrase"] = task["schedule"], task["schedule_phrase"]
            later["_meta"] = later["_meta"][:2] + (True,)
