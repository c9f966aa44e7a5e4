"""Round 16, part B (holdout9-11 as development sets, fr/pt/ja/it misses): general rules for classes
of misses, each in every language it applies to, worded differently from the corpus.
Grouped by category: schedules; deadlines; requests; commands; doubts."""

import pytest

from parsing import parse_at_now


def schedules(doc: dict) -> list[dict]:
    return [task["schedule"] or {} for task in doc["tasks"]]


# ======================================================================================= schedules

# ---- a weekday range ("du lundi au vendredi", "de segunda a sexta", "dal lunedì al venerdì",
# ---- 月曜から金曜) with a time is a weekly schedule, also right after a noun ("à la chorale du lundi …"):
# ---- an adverb of several words is no adjective of that noun (the one-word "le rapport mensuel" is)

@pytest.mark.parametrize("text, cron", [
    ("envoie le menu à la cantine du lundi au vendredi à 11h15", "15 11 * * 1-5"),
    ("envoie le menu à la cantine de lundi à vendredi à 11h", "0 11 * * 1-5"),
    ("manda o cardápio à cantina de segunda a sexta às 11h", "0 11 * * 1-5"),
    ("manda o cardápio à cantina de segunda-feira a sexta-feira às 11h", "0 11 * * 1-5"),
    ("manda il menù alla mensa dal lunedì al venerdì alle 11", "0 11 * * 1-5"),
    ("manda il menù alla mensa da lunedì a venerdì alle 11", "0 11 * * 1-5"),
    ("月曜から金曜の11時に食堂へメニューを送って", "0 11 * * 1-5"),
    ("月曜日から金曜日の11時に食堂へメニューを送って", "0 11 * * 1-5"),
])
def test_a_weekday_range_with_a_time_is_weekly(text, cron):
    doc = parse_at_now(text)
    assert [s.get("cron") for s in schedules(doc)] == [cron], doc
    assert not doc["tasks"][0]["schedule"]["not_before"], doc


@pytest.mark.parametrize("text", [
    "envoie le rapport mensuel à la comptable",
    "manda il report mensile alla commercialista",
])
def test_a_one_word_period_after_its_noun_still_describes_it(text):
    doc = parse_at_now(text)
    assert [s.get("cron") for s in schedules(doc)] == [None], doc
