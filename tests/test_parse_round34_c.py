"""Round 34, part c (holdout33): task types, dependencies and the cron lines of repetitions. A weekday
range opened by a plural weekday ("montags bis freitags", "每周一到周五", "every Monday to Friday") repeats
on weekdays, not on its first day; "jeden Monatsersten" is the first of every month; a tell-me phrase before a
question word ("me diz quanto …", "sag mir, was …") asks for a lookup, nothing is sent; "danach die zwei …" in
a listed step is its "then"; a one-off step after a standing reminder does not wait for it."""

import pytest

from parsing import tasks_at_now


@pytest.mark.parametrize("text", [
    "montags bis freitags um 7:15 schau nach, ob der Bus nach Freising pünktlich ist",
    "Montags bis Freitags um 7:15 erinnere mich an die Vitamintabletten",
    "每周一到周五早上7点15分查一下地铁10号线有没有延误",
    "every Monday to Friday at 7:15am remind me to pack the gym bag",
])
def test_weekday_range_opened_by_a_weekday_repeats_on_weekdays(text):
    assert tasks_at_now(text)[0]["schedule"]["cron"] == "15 7 * * 1-5"


def test_monatsersten_is_the_first_of_every_month():
    tasks = tasks_at_now("Jeden Monatsersten um 8 Uhr erinner mich an die Stromablesung")
    assert tasks[0]["schedule"]["cron"] == "0 8 1 * *"
    assert tasks[0]["type"] == "reminder-scheduling"


@pytest.mark.parametrize("text", [
    "me diz quanto custa um conserto de geladeira em Campinas",
    "sag mir, was ein Ölwechsel in der Werkstatt Brandt kostet",
    "dis-moi combien coûte un abonnement à la piscine de Rennes, et écris à Paul",
    "dimmi quanto costa un abbonamento in palestra a Parma e scrivi a Sara",
])
def test_tell_me_before_a_question_word_is_a_lookup(text):
    assert tasks_at_now(text)[0]["type"] == "info-lookup"


def test_tell_someone_else_stays_a_message():
    assert tasks_at_now("me diz pra Carla que o jantar ficou para sábado, e marca a mesa")[0]["type"] == "messaging"


@pytest.mark.parametrize("text", [
    "Bitte eintragen:\n1. Hotels in Lübeck für zwei Nächte vergleichen\n2. danach die drei besten an Frau Jansen mailen",
    "Bitte eintragen:\n1. Hotels in Lübeck für zwei Nächte vergleichen\n2. dann die zwei billigsten an Frau Jansen mailen",
])
def test_then_before_a_counted_thing_links_the_listed_step(text):
    assert tasks_at_now(text)[1]["depends_on"] == [0]


def test_then_before_a_time_span_is_no_step():
    tasks = tasks_at_now("Bitte eintragen:\n1. Hotels in Lübeck vergleichen\n2. danach die zwei Wochen Urlaub eintragen")
    assert tasks[1]["depends_on"] == []


@pytest.mark.parametrize("text", [
    "remind me every thursday at 6pm to put the bins out, then find a cheaper broadband deal",
    "平日は毎朝8時に、息子に体操服を持たせるようリマインドして。それから、運動会の弁当箱をネットで探して。",
])
def test_a_one_off_step_does_not_wait_for_a_standing_reminder(text):
    tasks = tasks_at_now(text)
    assert tasks[0]["schedule"]["cron"] and tasks[1]["depends_on"] == []


def test_a_step_after_a_recurring_lookup_keeps_its_link():
    tasks = tasks_at_now("every monday at 9 pull the sales figures, then email them to Priya")
    assert tasks[1]["depends_on"] == [0]
