"""The day right after a reminder verb is when to remind: "remind me on Wednesday to …", "rappelle-moi jeudi
de …", "me lembra sexta de …", "ricordami mercoledì di …", "erinnere mich am Freitag an …". A day after
another verb may be the object's ("book the boat for Saturday"); after "remind me" it is the reminder's own,
so it starts the task as a date before the verb does."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens


def reminds_right_before(head: str) -> bool:
    """Whether ``head`` (the item's text before the date) ends in a reminder verb ("… et rappelle-moi")."""
    words = Tokens(head[-60:]).words
    return bool(words) and bool(lexicon.REMINDER_ONLY.ending_at(words, len(words)))
