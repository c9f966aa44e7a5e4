"""Round 29, part k (holdout26: text pasted from elsewhere; English and German, and checklists in every
language): a line that only asks to take a pasted list's items is no task; an item noted as done or
withdrawn ("← did this one", "(erledigt)", "✓", "~~struck~~ note") is none; a question about what the
assistant does, with examples after it, is chat."""

import pytest

from parsing import parse_at_now


def _descriptions(text: str) -> list[str]:
    return [task["description"] for task in parse_at_now(text)["tasks"]]


_EN_LIST = "- [x] pick a date\n- [ ] find a printer in Leeds\n- [ ] email Marta about the foyer"
_DE_LIST = "- [x] Aushang aufhängen\n- [ ] bei der Hausverwaltung nachfragen\n- [ ] Frau Yilmaz eine Nachricht schicken"
_EN_OPEN = ["find a printer in Leeds", "email Marta about the foyer"]
_DE_OPEN = ["bei der Hausverwaltung nachfragen", "Frau Yilmaz eine Nachricht schicken"]


# ---- the line around a list that only asks to take its items
@pytest.mark.parametrize("text, expected", [
    ("copied this from my notes, can you take care of the ones that aren't ticked\n" + _EN_LIST, _EN_OPEN),
    ("do the ones not ticked pls\n" + _EN_LIST, _EN_OPEN),
    ("please handle whatever's still open on this list\n" + _EN_LIST, _EN_OPEN),
    ("from my notes, sort out the ones I haven't crossed off:\n" + _EN_LIST, _EN_OPEN),
    (_EN_LIST + "\ncan you queue the unticked ones?", _EN_OPEN),
    (_EN_LIST + "\nadd the rest as tasks", _EN_OPEN),
    (_EN_LIST + "\nqueue these (not the first one obvs)", _EN_OPEN),
    ("put these in as weekly reminders please\n- water the plants\n- charge the bike", ["water the plants", "charge the bike"]),
    ("hab das aus Notion kopiert, kannst du die offenen Punkte übernehmen?\n" + _DE_LIST, _DE_OPEN),
    ("mach bitte die, die noch nicht abgehakt sind:\n" + _DE_LIST, _DE_OPEN),
    ("kümmer dich bitte um den Rest\n" + _DE_LIST, _DE_OPEN),
    ("leg die nicht erledigten als Aufgaben an\n" + _DE_LIST, _DE_OPEN),
    (_DE_LIST + "\n\nkannst du mir das als wiederkehrende Aufgaben anlegen?", _DE_OPEN),
    (_DE_LIST + "\nkannst du alle drei in die Warteschlange packen?", _DE_OPEN),
    ("- orçar as bandeirinhas\n- achar um violeiro\npode colocar os dois na fila", ["orçar as bandeirinhas", "achar um violeiro"]),
])
def test_a_line_that_only_takes_the_list_is_no_task(text, expected):
    assert _descriptions(text) == expected


@pytest.mark.parametrize("text, first", [
    ("email the ones that aren't ticked to Marta\n" + _EN_LIST, "email the ones that aren't ticked to Marta"),
    ("schick die offenen Punkte an Frau Yilmaz\n" + _DE_LIST, "schick die offenen Punkte an Frau Yilmaz"),
])
def test_a_line_that_names_more_than_the_list_stays(text, first):
    assert _descriptions(text)[0] == first


@pytest.mark.parametrize("text, last", [
    (_EN_LIST + "\ncan you also book the MOT", "book the MOT"),
    (_EN_LIST + "\nkannst du auch den TÜV-Termin buchen?", "den TÜV-Termin buchen"),
])
def test_an_ask_below_the_list_is_no_continuation_of_its_last_item(text, last):
    found = _descriptions(text)
    assert found[-1] == last and found[-2] == "email Marta about the foyer"


# ---- an item noted as done or withdrawn
@pytest.mark.parametrize("text", [
    "☐ ring the window fitter  ← did this one this morning\n☐ email the broker the photos\n☐ pay the deposit",
    "- ring the window fitter (done)\n- email the broker the photos\n- pay the deposit",
    "- ring the window fitter ✓\n- email the broker the photos\n- pay the deposit",
    "1. ring the window fitter - already done\n2. email the broker the photos\n3. pay the deposit",
    "i. ring the window fitter — actually scrap that one, I'll do it myself\nii. email the broker the photos\niii. pay the deposit",
    "- [ ] ~~ring the window fitter~~ Sam does it\n- [ ] email the broker the photos\n- [ ] pay the deposit",
])
def test_an_item_noted_done_is_no_task_en(text):
    assert _descriptions(text) == ["email the broker the photos", "pay the deposit"]


@pytest.mark.parametrize("text", [
    "1) Blutwerte anfordern\n2) Überweisung abholen – ne, hab ich schon\n3) bei der Kasse fragen",
    "- Blutwerte anfordern\n- Überweisung abholen (erledigt)\n- bei der Kasse fragen",
    "- Blutwerte anfordern\n- Überweisung abholen ✅\n- bei der Kasse fragen",
    "- Blutwerte anfordern\n- Überweisung abholen – mach ich selber\n- bei der Kasse fragen",
    "- Blutwerte anfordern\n- Überweisung abholen, schon erledigt\n- bei der Kasse fragen",
])
def test_an_item_noted_done_is_no_task_de(text):
    assert _descriptions(text) == ["Blutwerte anfordern", "bei der Kasse fragen"]


@pytest.mark.parametrize("text, count", [
    ("- [x] prenotare la sala\n- [ ] cercare un catering\n- [ ] ~~comprare le tovaglie~~ le porta la Giulia", 1),
    ("- reservar el salón (hecho)\n- buscar un fotógrafo\n- pedir el pastel", 2),
    ("- réserver la salle (déjà fait)\n- chercher un traiteur\n- commander le gâteau", 2),
])
def test_an_item_noted_done_in_other_languages(text, count):
    assert len(_descriptions(text)) == count


@pytest.mark.parametrize("text, count", [
    ("1. Fundament ausrechnen\n2. Holz bestellen, sobald Punkt 1 erledigt ist\n3. Frau Yilmaz schreiben", 3),
    ("- order the poster (done by Friday)\n- email the broker the photos", 2),
    ("- check the roof is done properly\n- email the broker", 2),
])
def test_a_done_word_that_is_no_note_keeps_the_item(text, count):
    assert len(_descriptions(text)) == count


# ---- a question about what the assistant does, examples after it
@pytest.mark.parametrize("text", [
    "what can you actually do with stuff i paste in? like lists and emails",
    "what exactly can you do? such as shopping lists",
    "what can you really do with forwarded mails? for example newsletters",
    "was kannst du eigentlich mit Sachen machen, die ich reinkopiere? z.B. Listen oder Mails",
    "wobei kannst du mir helfen? zum Beispiel bei Einkaufslisten?",
    "was können Sie eigentlich alles?",
])
def test_a_capability_question_with_examples_is_chat(text):
    assert parse_at_now(text)["mode"] == "none"


@pytest.mark.parametrize("text", [
    "what can you do? like, call the vet for me?",
    "was kannst du alles? ruf bitte Oma an",
    "was kannst du alles? etwa Termine eintragen, ruf Oma an",
])
def test_a_capability_question_with_work_after_it_is_no_chat(text):
    assert parse_at_now(text)["mode"] == "intake"


# ---- a pasted checklist's open boxes are work: what is left is left of the list, no story, no status
@pytest.mark.parametrize("text, expected", [
    ("✔ luces\n☐ ponche\n☐ rentar 40 sillas\nme ayudas con lo que falta?", ["ponche", "rentar 40 sillas"]),
    ("- [x] call Tom\n- [ ] book the MOT\n- [ ] pay the deposit\nhelp me with what is left?", ["book the MOT", "pay the deposit"]),
    ("- [x] Tom anrufen\n- [ ] TÜV buchen\n- [ ] Kaution zahlen\nwas ist noch offen?", ["TÜV buchen", "Kaution zahlen"]),
    ("☐ TÜV buchen\n☐ Kaution zahlen\nwas fehlt noch?", ["TÜV buchen", "Kaution zahlen"]),
    (_DE_LIST + "\nkannst du auch den TÜV-Termin buchen?", _DE_OPEN + ["den TÜV-Termin buchen"]),
])
def test_open_boxes_are_work_and_what_is_left_is_theirs(text, expected):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and not doc["status"] and _descriptions(text) == expected


@pytest.mark.parametrize("text", [
    "what is left?",
    "was ist noch offen?",
    "- [ ] book the MOT\nwhat's the status of T-12?",
])
def test_a_status_question_without_open_boxes_or_with_ids_stays(text):
    assert parse_at_now(text)["status"]


def test_a_list_in_a_story_without_boxes_is_still_a_question():
    assert parse_at_now("the author's routine is:\n1) wake at 5\n2) cold shower\nDo you think it works?")["mode"] == "none"
