"""Round 27, part g (holdout24's misses in en and de, holdout22/23's in de): what comes before the
ask is not the ask; a pronoun in the next sentence stands for the id just named; formal German."""

import pytest

from parsing import commands_of, parse_at_now


# ---- a doubt whether the assistant *can* do it is politeness before the ask: no hedge, no how-to
@pytest.mark.parametrize("text, word", [
    ("not sure if you can do this, but is it possible to find a piano tuner near Harrogate?", "piano tuner"),
    ("I don't know if you can do that, but could you book a table for four at Rosa's on Friday?", "Rosa"),
    ("no idea if this is possible, but please sort the receipts in ~/Documents/tax into one folder per month", "receipts"),
    ("this might be a silly question, but can you draft a thank-you note to Mrs Hale in thanks.docx?", "thanks.docx"),
    ("I'm not sure whether you can manage this, but would it be possible to email the vicar about Sunday's rota?", "vicar"),
    ("Ich weiß nicht, ob Sie so was können, aber wäre es möglich, mir einen Klavierstimmer in Bonn herauszusuchen?", "Klavierstimmer"),
    ("Keine Ahnung, ob das geht, aber schreib bitte Tante Uschi eine Mail wegen Sonntag", "Uschi"),
    ("Ich weiß nicht, ob du das hinkriegst, aber such mir bitte die Öffnungszeiten vom Wertstoffhof raus", "Wertstoffhof"),
    ("Vielleicht ist das eine dumme Frage, aber können Sie mir die Rechnungen vom Zahnarzt zusammenrechnen?", "Zahnarzt"),
])
def test_a_capability_doubt_is_no_hedge(text, word):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["unsure"] == []
    assert len(doc["tasks"]) == 1 and word in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text", [
    "is it possible to add tasks by email?",
    "is it possible to pause the whole queue at once?",
    "wäre es möglich, dass es morgen regnet?",
])
def test_a_possibility_question_about_the_product_stays_an_answer(text):
    assert parse_at_now(text)["mode"] == "none"


# ---- "is it possible to have you …", "is it ok if you …": the request names "you", it is no how-to
@pytest.mark.parametrize("text, word", [
    ("is it possible to have you find a plumber in Leeds for next week?", "plumber"),
    ("is it possible for you to write a packing list for Lapland into packing.md?", "packing.md"),
    ("is it ok if you email the landlord about the boiler?", "landlord"),
    ("would it be ok to book me a table at Luigi's for Friday?", "Luigi"),
    ("would it be possible to get you to summarise the PTA minutes into minutes.md?", "minutes.md"),
])
def test_a_possibility_asked_of_you_is_a_request(text, word):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and word in doc["tasks"][0]["description"]


# ---- one reminder verb for several times: the item after it that is only a time and "to …" is a reminder
@pytest.mark.parametrize("text", [
    "is it possible to have you remind me every Friday at 6pm to water the tomatoes? and every Sunday at 9 to call Mum",
    "remind me every day at 8 to take my pills, and every Sunday at 10 to water the plants",
    "please remind me every Monday at 7 to put the recycling out. and every Thursday at 7 to put the garden waste out",
    "remind me each weekday at 6:30 to stretch and every Saturday at 9 to clean the bike",
    "set a reminder every Tuesday at noon to order the veg box, and every Friday at 5pm to put the bins out",
])
def test_the_time_after_a_reminder_is_a_reminder_too(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and [t["type"] for t in doc["tasks"]] == ["reminder-scheduling"] * 2
    assert all(t["schedule"]["cron"] for t in doc["tasks"])


@pytest.mark.parametrize("text, second", [
    ("remind me every Monday at 8 to call the vet, and every Friday at 9 email the gardener", "messaging"),
    ("remind me every Monday at 8 to call the vet. And every Friday at 10 write the report into report.md", "file-creation"),
])
def test_a_time_with_its_own_verb_keeps_its_type(text, second):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["reminder-scheduling", second]


# ---- a pronoun in the sentence right after an id stands for it: "T-24 didn't work. Can you try it again?"
@pytest.mark.parametrize("text, verb, ids", [
    ("I think T-24 didn't work because the site was down. Would it be ok to try it again?", "retry", ["T-24"]),
    ("sorry! T-31 got stuck last night. Could you please retry it?", "retry", ["T-31"]),
    ("T-12 is something I did myself already. Can you mark it done?", "done", ["T-12"]),
    ("T-40 hat wohl nicht geklappt, weil die Seite nicht erreichbar war. Könnten Sie es bitte noch einmal versuchen?",
     "retry", ["T-40"]),
    ("T-9 hängt seit gestern. Kannst du es erneut starten?", "retry", ["T-09"]),
    ("Guten Morgen, T-104 ging leider schief. Würden Sie es nochmal versuchen?", "retry", ["T-104"]),
])
def test_a_pronoun_in_the_next_sentence_stands_for_the_id(text, verb, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [(verb, ids, None)] and doc["tasks"] == []


def test_the_work_after_the_pronoun_command_stays_a_task():
    doc = parse_at_now("T-24 failed. Please retry it and then email Sam the results")
    assert commands_of(doc) == [("retry", ["T-24"], None)] and len(doc["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "T-5 went fine. Can you book the hotel next and try it again later?",
    "T-9 hat super geklappt. Kannst du das Hotel buchen?",
    "T-3 went fine. Now find me a dentist in York",
])
def test_a_next_sentence_with_other_work_is_no_command_on_the_id(text):
    assert parse_at_now(text)["commands"] == []


# ---- formal German: "Können Sie …", "Lassen Sie Codex …", "als dringend markieren"
@pytest.mark.parametrize("text, word, kind", [
    ("Können Sie mir bitte einen Klempner in Köln suchen?", "Klempner", None),
    ("Würden Sie bitte meiner Schwester eine Mail schreiben, dass ich später komme?", "Schwester", "messaging"),
    ("Lassen Sie doch bitte Codex das alte Makro in ein Python-Skript umbauen", "Makro", "agent-delegation"),
    ("Lassen Sie Claude Code die Tests im Vereinsprojekt reparieren", "Tests", "agent-delegation"),
    ("Man hat mir gesagt, Sie können Aufgaben an Codex weitergeben. Lassen Sie Codex das Skript aufräumen",
     "Skript", "agent-delegation"),
    ("Wären Sie so nett und suchen mir ein Hotel in Lübeck für den 27.?", "Hotel", None),
])
def test_formal_german_requests(text, word, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and word in doc["tasks"][0]["description"]
    assert kind is None or doc["tasks"][0]["type"] == kind


@pytest.mark.parametrize("text, ids", [
    ("Könnten Sie T-18 bitte als dringend markieren? Herr Maier wartet darauf.", ["T-18"]),
    ("kannst du T-7 als dringend markieren", ["T-07"]),
    ("T-7 bitte als dringlich kennzeichnen", ["T-07"]),
])
def test_marked_as_urgent(text, ids):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("urgent", ids, None)] and doc["tasks"] == []


# ---- "can you send emails? if so, …": the question the condition answers is no task, the ask after it is
@pytest.mark.parametrize("text, word", [
    ("I've heard you can pass jobs to Codex? if so, could you have Codex add tests to ~/src/budget.py", "budget.py"),
    ("can you send emails? if so, please email the school that Tom is ill today", "school"),
    ("do you do bookings? if yes, book a table for four at Luigi's on Friday", "Luigi"),
    ("Sie können doch Termine eintragen, oder? Wenn ja, tragen Sie bitte den Zahnarzt am Freitag um 9 in den Kalender ein",
     "Zahnarzt"),
    ("Man hat mir gesagt, Sie geben Aufgaben an Codex weiter? Falls ja, lassen Sie Codex das Skript aufräumen", "Skript"),
    ("Kannst du Mails schreiben? Falls das so ist, schreib bitte Frau Lange, dass ich morgen nicht komme", "Lange"),
])
def test_the_question_before_if_so_is_no_task(text, word):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and word in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text, count", [
    ("can you book the hotel for Friday? if possible, email Sam the confirmation", 2),
    ("find me a plumber in Leeds? and if so, book him for Monday", 2),
])
def test_if_possible_keeps_the_question_before(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


def test_a_question_about_how_stays_an_answer():
    assert parse_at_now("do you do reminders? if so, how?")["mode"] == "none"


# ---- "what can you do? like what sort of things …": a question opened so asks the one before again
@pytest.mark.parametrize("text", [
    "what can you do? like what sort of things am I allowed to ask you?",
    "what are you for? like what can I give you?",
    "what kind of stuff do you handle? I mean, what do people usually ask you?",
    "Was können Sie eigentlich? Also, wobei können Sie mir helfen?",
    "Was kann ich Sie fragen? Ich meine, was darf ich Ihnen geben?",
    "Was machst du so? Sprich, was kann ich dir auftragen?",
])
def test_a_restated_question_is_one_question(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "none" and doc["tasks"] == []


def test_a_like_that_adds_a_detail_is_no_restated_question():
    doc = parse_at_now("can you book a table for Friday? like at Luigi's?")
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


# ---- beside a command, a statement that points back at the task with a pronoun is its reason
@pytest.mark.parametrize("text, verb", [
    ("can you make T-45 urgent please? the solicitor needs it by tomorrow", "urgent"),
    ("please bump T-12 to the top. my landlord wants it by Friday", "urgent"),
    ("T-30 didn't work, retry it please. the bank needs it before noon", "retry"),
    ("mach T-7 dringend, der Chef braucht es bis morgen", "urgent"),
    ("Könnten Sie T-18 bitte als dringend markieren? Herr Maier braucht das bis Freitag.", "urgent"),
    ("T-9 bitte nochmal versuchen. Die Schule braucht das bis Montag", "retry"),
])
def test_the_reason_for_a_command_is_no_task(text, verb):
    doc = parse_at_now(text)
    assert [c["verb"] for c in doc["commands"]] == [verb] and doc["tasks"] == []


@pytest.mark.parametrize("text", [
    "skip T-4. the report must be done by Friday",
    "cancel T-2. also the slides need to be finished by Monday",
    "T-3 abbrechen. Die Präsentation muss bis Freitag fertig sein",
    "retry T-9, my boss wants it today. also email Sam the invoice",
])
def test_work_of_its_own_beside_a_command_stays(text):
    doc = parse_at_now(text)
    assert doc["commands"] and len(doc["tasks"]) == 1


# ---- German writes a weekday and a part of the day as one word: "bis Sonntagabend", "sonntagabends"
@pytest.mark.parametrize("text, field, value", [
    ("schreib mir bis Sonntagabend eine Packliste für die Klassenfahrt", "due", "2026-11-22T18:00:00Z"),
    ("bis Sonntagabend brauch ich eine Packliste für Xanten als packliste.md", "due", "2026-11-22T18:00:00Z"),
    ("schreib am Freitagnachmittag Tante Uschi wegen Weihnachten", "not_before", "2026-11-27T15:00:00Z"),
    ("schick mir sonntagabends die Wochenvorschau", "cron", "0 18 * * 0"),
    ("erinnere mich mittwochabends an die Gelbe Tonne. und schreib Sabine eine Mail", "cron", "0 18 * * 3"),
])
def test_a_weekday_joined_to_a_part_of_the_day(text, field, value):
    assert parse_at_now(text)["tasks"][0]["schedule"][field] == value


@pytest.mark.parametrize("text", [
    "schreib Tante Uschi eine Mail über den Sonntagsbraten",
    "book the Sunday evening table at Luigi's",
])
def test_other_words_with_a_weekday_in_them(text):
    doc = parse_at_now(text)
    assert doc["tasks"][0]["schedule"]["cron"] is None and doc["tasks"][0]["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "eine Klavierlehrerin suchen, die am Dienstagabend frei ist",
    "eine Klavierlehrerin suchen, die am Dienstag abend frei ist",
    "such mir einen Babysitter, der am Freitagabend verfügbar ist",
])
def test_a_relative_clause_of_availability_after_the_date_sets_no_start(text):
    assert parse_at_now(text)["tasks"][0]["schedule"] == {"cron": None, "due": None, "not_before": None}
