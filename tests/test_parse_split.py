"""Splitting a message into tasks: list styles, sequencers, compound imperatives, and the traps
(noun phrases, protected spans, lead-ins, sign-offs)."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def descriptions(message: str) -> list[str]:
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake", doc
    return [task["description"] for task in doc["tasks"]]


@pytest.mark.parametrize("message", [
    "1. book the dentist\n2. renew the car insurance\n3. order printer ink",
    "1) book the dentist\n2) renew the car insurance\n3) order printer ink",
    "(1) book the dentist\n(2) renew the car insurance\n(3) order printer ink",
    "a) book the dentist\nb) renew the car insurance\nc) order printer ink",
    "i. book the dentist\nii. renew the car insurance\niii. order printer ink",
    "- book the dentist\n- renew the car insurance\n- order printer ink",
    "* book the dentist\n* renew the car insurance\n* order printer ink",
    "• book the dentist\n• renew the car insurance\n• order printer ink",
    "+ book the dentist\n+ renew the car insurance\n+ order printer ink",
    "- [ ] book the dentist\n- [ ] renew the car insurance\n- [ ] order printer ink",
    "todo: 1. book the dentist 2. renew the car insurance 3. order printer ink",
    "please handle: (1) book the dentist (2) renew the car insurance (3) order printer ink",
    "work on these: i) book the dentist ii) renew the car insurance iii) order printer ink",
    "1 - book the dentist\n2 - renew the car insurance\n3 - order printer ink",
])
def test_every_list_style_gives_one_task_per_item(message):
    assert descriptions(message) == ["book the dentist", "renew the car insurance", "order printer ink"]


def test_ticked_checkboxes_are_already_done():
    message = "sprint:\n- [x] write the changelog\n- [ ] tag the release\n- [X] bump the version\n- [ ] announce it"
    assert descriptions(message) == ["tag the release", "announce it"]


def test_continuation_lines_stay_with_their_item():
    message = "1. email the landlord about the heating\n   mention it broke on Sunday\n2. pay the water bill"
    assert descriptions(message) == ["email the landlord about the heating mention it broke on Sunday", "pay the water bill"]


@pytest.mark.parametrize("message, expected", [
    ("look it up and text it to my wife", ["look it up", "text it to my wife"]),
    ("first back up the database, then run the migration, and finally restart the app server",
     ["back up the database", "run the migration", "restart the app server"]),
    ("download the invoices. Next, rename them by month. Also archive last year's folder.",
     ["download the invoices", "rename them by month", "archive last year's folder"]),
    ("fetch the exchange rates, convert the totals, and save the result",
     ["fetch the exchange rates", "convert the totals", "save the result"]),
    ("water the plants and then feed the cat", ["water the plants", "feed the cat"]),
])
def test_sequencers_and_compound_imperatives_split(message, expected):
    assert descriptions(message) == expected


@pytest.mark.parametrize("message", [
    "task: compare Notion, Coda and Airtable",
    "task: buy salt and pepper grinders",
    "task: summarize the R&D and marketing budgets",
    "task: benchmark read and write speed of the new disk",
    "task: find a hotel with a pool and a gym near the venue",
    "task: research and compare standing desks",
])
def test_noun_phrases_and_shared_objects_stay_whole(message):
    assert len(descriptions(message)) == 1


@pytest.mark.parametrize("message, kept", [
    ('task: reply "sounds good, then let\'s meet" to Ana', 'reply "sounds good, then let\'s meet" to Ana'),
    ("task: run `make build && make test` on the CI box", "run `make build && make test` on the CI box"),
    ("task: read https://example.com/a-b/c?x=1&y=2 and summarize it", None),
    ("task: email Dr. Smith about the v2.3 release notes, e.g. the API changes",
     "email Dr. Smith about the v2.3 release notes, e.g. the API changes"),
    ("task: clean up ~/Downloads/old-stuff/ and /tmp/build. Then empty the trash", None),
])
def test_protected_spans_are_never_cut(message, kept):
    found = descriptions(message)
    if kept:
        assert found == [kept]
    assert not any(d.endswith(("Dr", "v2", "e.g", "https://example")) for d in found)
    assert all(d.count("`") % 2 == 0 and d.count('"') % 2 == 0 for d in found)


def test_code_block_stays_inside_its_task():
    message = "can you run this on the db box:\n```bash\nfor f in *.sql; do gzip \"$f\"; done\n```"
    doc = parse_message(message, NOW)
    assert len(doc["tasks"]) == 1 and "```" in doc["tasks"][0]["description"]
    assert doc["tasks"][0]["command"].startswith("for f in")


def test_lead_ins_and_sign_offs_are_not_tasks():
    message = ("Hey! Can you do these for me:\n- renew the domain\n- update the card on file\n"
               "thanks so much, nothing else rn 🙏")
    assert descriptions(message) == ["renew the domain", "update the card on file"]


def test_meta_lead_in_sentences_are_dropped():
    message = "I need you to do two things. One: find out when the pharmacy closes. Two: order my refill."
    assert descriptions(message) == ["find out when the pharmacy closes", "order my refill"]


def test_long_brain_dump_splits_into_every_item():
    chores = ["renew passport", "book flights to Lima", "find a hotel in Miraflores", "get travel insurance quotes",
              "ask Carla to feed the cat", "buy a universal adapter", "check visa rules for Peru",
              "download offline maps", "pause the newspaper", "set up an out-of-office reply", "exchange money",
              "make a packing list", "charge the camera batteries", "print the boarding passes", "water the plants",
              "cancel the gym class", "pay the credit card bill", "back up the laptop", "call grandma",
              "pick up the dry cleaning", "return the library books", "clean the fridge", "take out the trash",
              "schedule the car service", "email the team about the trip"]
    message = "brain dump, queue all of this:\n" + "\n".join(f"{i}. {c}" for i, c in enumerate(chores, 1))
    assert descriptions(message) == chores


def test_goal_is_one_clean_sentence():
    doc = parse_message("task: - check disk usage on the build server  ", NOW)
    goal = doc["tasks"][0]["goal"]
    assert goal[0].isupper() and goal.endswith(".") and goal.count(".") == 1


def test_markdown_headings_emphasis_and_strikethrough():
    message = ("## Today\n- call the bank\n- **email** the accountant\n### Later\n- renew the lease\n"
               "- ~~cancel the gym~~\n- check snake_case_names in utils_py")
    assert descriptions(message) == ["call the bank", "email the accountant", "renew the lease",
                                     "check snake_case_names in utils_py"]


def test_statements_give_context_and_the_action_after_them_is_the_task():
    message = ("the car is making a weird noise so book a mechanic. Mom's birthday is sunday - order flowers. "
               "The printer is broken, order a new one.")
    assert descriptions(message) == ["book a mechanic", "order flowers", "order a new one"]


def test_conditional_single_task():
    assert descriptions("If it fails, retry the upload") == ["If it fails, retry the upload"]


def test_a_lone_verb_after_a_comma_is_its_own_task():
    tasks = parse_message("do these please: rename the S3 bucket, update the env vars, redeploy")["tasks"]
    assert [t["description"] for t in tasks] == ["rename the S3 bucket", "update the env vars", "redeploy"]
    # an ambiguous word is not taken for a verb on its own
    assert len(parse_message("please sort the photos by date, newest first")["tasks"]) == 1


def test_a_verb_used_as_an_adjective_does_not_glue_two_actions():
    tasks = parse_message("cna you chekc if teh pharmacy is open adn pick up my prescription")["tasks"]
    assert [t["description"] for t in tasks] == ["check if the pharmacy is open", "pick up my prescription"]


@pytest.mark.parametrize("message, first", [
    ("add these:\n* research standing desks under $400\n  - must be electric\n  - needs to fit 140cm\n* order ink",
     "research standing desks under $400 (must be electric; needs to fit 140cm)"),
    ("- Ferienwohnung an der Ostsee suchen\n  - mit Hund erlaubt\n- Oma anrufen", "Ferienwohnung an der Ostsee suchen (mit Hund erlaubt)"),
    ("・箱根の温泉旅館を探す\n  ・露天風呂付き\n・母に電話する", "箱根の温泉旅館を探す (露天風呂付き)"),
])
def test_indented_sub_bullets_describe_their_parent(message, first):
    tasks = parse_message(message, NOW)["tasks"]
    assert [task["description"] for task in tasks][:1] == [first] and len(tasks) == 2


@pytest.mark.parametrize("message", [
    "go through my last 200 emails and summarize them", "read every file in the contracts folder and list the renewal dates",
    "can you check the ticket site and lmk if there are any seats left", "revisa los últimos 100 tickets y resume los problemas",
    "geh meine letzten 150 Mails durch und fass sie zusammen", "lê meus últimos 200 emails e faz um resumo",
    "leggi le mie ultime 200 email e fammi un riassunto", "最近のメール200件に目を通して要約して", "把我最近200封邮件看一遍，总结一下",
])
def test_reading_then_digesting_or_reporting_back_is_one_job(message):
    (task,) = parse_message(message, NOW)["tasks"]
    assert task["type"] == "info-lookup"


@pytest.mark.parametrize("message", [
    "cherche le numéro du service client de Free et envoie-le à Paul", "busca recetas de lentejas y mándaselas a mi madre",
    "cerca il numero dell'assistenza Fastweb e mandalo a mia sorella", "finde heraus wann die Post offen hat und schreib es Paul",
])
def test_a_lookup_then_sending_it_is_two_linked_tasks(message):
    first, second = parse_message(message, NOW)["tasks"]
    assert (first["type"], second["type"], second["depends_on"]) == ("info-lookup", "messaging", [0])


@pytest.mark.parametrize("message, count", [
    ('manda questo al dott. Ferri: "la consegna slitta al 12"', 1),
    ("busca el precio del iPhone 16, pide cita en la peluquería y encarga las pizzas", 3),
    ("baixa os extratos de outubro e depois monta uma tabela de gastos", 2),
])
def test_abbreviated_titles_and_more_verbs(message, count):
    assert len(parse_message(message, NOW)["tasks"]) == count


def test_a_clause_that_opens_with_an_object_pronoun_is_a_new_task():
    tasks = parse_message("peux-tu trouver un plombier et lui envoyer un message demain matin", NOW)["tasks"]
    assert [task["type"] for task in tasks] == ["info-lookup", "messaging"]


def test_japanese_quotative_to_is_not_and():
    (task,) = parse_message("山田さんにメールで「明日の会議は中止です」と伝えて", NOW)["tasks"]
    assert task["type"] == "messaging" and task["schedule"]["not_before"] is None


@pytest.mark.parametrize("message, count", [
    ("Ich muss die Steuererklärung machen, die Versicherung kündigen und einen Termin beim Arzt ausmachen", 3),
    ("Milch und Brot kaufen", 1),
])
def test_german_infinitive_lists(message, count):
    assert len(parse_message(message, NOW)["tasks"]) == count
