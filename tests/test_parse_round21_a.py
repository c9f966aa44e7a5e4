"""Round 21, part A (holdout15's misses in en, es, de, zh): a file path, a URL or an address is a name,
never our schedule ("templates/weekly.md")."""

import pytest

from parsing import parse_at_now


# ---- a path, a URL, an address: its words are a name, not a schedule
@pytest.mark.parametrize("text", [
    "每周一上午10点提醒团队交周报，还有帮我写个周报模板放到 templates/weekly.md",
    "remind the team every monday at 10 to send their reports, and write a template to templates/weekly.md",
    "recuérdale al equipo cada lunes a las 10 que mande el informe, y escribe una plantilla en plantillas/weekly.md",
    "erinnere das Team jeden Montag um 10 an den Bericht, und schreib eine Vorlage nach vorlagen/daily.md",
])
def test_a_path_names_no_schedule(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][0]["schedule"]["cron"] and doc["tasks"][1]["schedule"]["cron"] is None


@pytest.mark.parametrize("text, cron", [
    ("every monday write a summary to reports/daily.md", "0 9 * * 1"),
    ("write the summary to reports/notes.md every friday", "0 9 * * 5"),
    ("jeden Montag die Zusammenfassung nach berichte/daily.md schreiben", "0 9 * * 1"),
])
def test_words_outside_the_path_still_schedule(text, cron):
    assert parse_at_now(text)["tasks"][0]["schedule"]["cron"] == cron


# ---- a group's name the user quoted: the name without its quotes
@pytest.mark.parametrize("text, verb, note", [
    ("恢复“西湖”那一组的任务", "resume", "西湖"),
    ("暂停家务这一组", "pause", "家务"),
    ('pause the "deploy" group', "pause", "deploy"),
    ("pausa el grupo «casa»", "pause", "casa"),
])
def test_a_quoted_group_name(text, verb, note):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["note"]) for c in doc["commands"]] == [(verb, note)]


# ---- "pause it all, because …": a clause a reason word opens is the pause's reason, no task
@pytest.mark.parametrize("text", [
    "pausa toda la cola, que estoy sin datos hasta el lunes",
    "pause everything, because I'm offline until monday",
    "alles pausieren, weil ich bis Montag kein Netz habe",
])
def test_a_reason_after_a_pause(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [c["verb"] for c in doc["commands"]] == ["pause"]


@pytest.mark.parametrize("text", [
    "pausa toda la cola, y busca un hotel para el lunes",
    "pause everything, then book a hotel for monday",
])
def test_work_after_a_pause_stays_a_task(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and [c["verb"] for c in doc["commands"]] == ["pause"]


# ---- "encárgate de lo de …", "deal with the Gary situation": an object that names nothing is vague
@pytest.mark.parametrize("text", [
    "encárgate de lo de la talabartería, que ya sabes cómo está el tema",
    "encárgate de lo del seguro",
    "can you deal with the Gary situation",
    "sort out the situation with the landlord",
])
def test_an_object_that_names_nothing(text):
    doc = parse_at_now(text)
    assert any(reason.startswith("vague:") for reason in doc["unsure"])


@pytest.mark.parametrize("text", [
    "email the bank the receipts, you know what I mean",
    "book the usual table for friday, you know what I mean",
])
def test_you_know_what_i_mean_hedges(text):
    assert any(reason.startswith("vague:") for reason in parse_at_now(text)["unsure"])


@pytest.mark.parametrize("text", [
    "encárgate de comprar pan",
    "email Ana the situation report",
    "lo mandas a Juan mañana",
    "write a summary of the situation in Kenya to notes/kenya.md",
])
def test_an_object_that_names_something_is_no_doubt(text):
    assert not any(reason.startswith("vague:") for reason in parse_at_now(text)["unsure"])


# ---- es "crea un evento en el calendario": an event or a calendar entry is scheduled, not a file
@pytest.mark.parametrize("text, kind", [
    ("crea un evento en el calendario para la prueba de sonido del viernes a las 5", "reminder-scheduling"),
    ("crea un evento para la cena del viernes", "reminder-scheduling"),
    ("escribe un post sobre el evento", "file-creation"),
    ("crea un archivo calendario.md con las fechas", "file-creation"),
])
def test_es_an_event_is_scheduled(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == [kind]


# ---- a listed infinitive ("escribir a …") is typed like its imperative; "a la AMPA" names a body
@pytest.mark.parametrize("text, kind", [
    ("* buscar semillas de tomate\n* escribir a la AMPA antes del jueves para pedir el presupuesto", "messaging"),
    ("* buscar semillas de tomate\n* escribir a la DGT para preguntar por la multa", "messaging"),
    ("* buscar semillas de tomate\n* escribir un resumen del libro en resumen.md", "file-creation"),
    ("* buscar semillas de tomate\n* crear una hoja de cálculo con los gastos", "file-creation"),
])
def test_es_listed_infinitives(text, kind):
    assert [t["type"] for t in parse_at_now(text)["tasks"]] == ["info-lookup", kind]


# ---- "bis 15.12. den Antrag schicken": a day.month. date, and its full stop ends no sentence
@pytest.mark.parametrize("text, day", [
    ("bis 15.12. den Förderantrag an die Stadt schicken", "2026-12-15"),
    ("bis zum 15.12. den Antrag schicken", "2026-12-15"),
    ("bis 15.12.2026 den Antrag schicken", "2026-12-15"),
    ("manda el informe a Ana antes del 20.12.", "2026-12-20"),
])
def test_a_dotted_date_is_due(text, day):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and (doc["tasks"][0]["schedule"]["due"] or "").startswith(day)


@pytest.mark.parametrize("text", ["um 15.12 Uhr Frau Lang anrufen", "Version 2.1. installieren"])
def test_a_clock_time_or_a_version_is_no_date(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["due"] is None


# ---- "die Plakate drucken lassen": a verb with "lassen" after it is the clause's verb
@pytest.mark.parametrize("text", [
    "Kannst du Frau Özdemir anschreiben, ob die Lesung am 4.12. steht, und die Plakate drucken lassen?",
    "Kannst du Frau Özdemir anschreiben, ob die Lesung steht, und die Plakate drucken lassen?",
])
def test_de_verb_and_lassen_opens_a_task(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["description"] == "die Plakate drucken lassen"
    assert doc["tasks"][0]["schedule"]["due"] is None and doc["tasks"][0]["schedule"]["not_before"] is None


# ---- "the minutes from Tuesday": a time unit after an article is a noun, and the day is its day
@pytest.mark.parametrize("text", [
    "write up the minutes from Tuesday into minutes-2026-12.docx",
    "email the bridge club secretary, Maureen, and write up the minutes from Tuesday",
])
def test_the_minutes_from_a_day(text):
    doc = parse_at_now(text)
    assert doc["tasks"] and doc["tasks"][-1]["schedule"]["not_before"] is None


@pytest.mark.parametrize("text", ["email Tom from monday", "from tuesday write the minutes into minutes.docx"])
def test_from_a_day_is_still_a_start(text):
    assert parse_at_now(text)["tasks"][0]["schedule"]["not_before"]


# ---- "in two hours message Kevin, and book … for tuesday": a booking's own day keeps it off the opening delay
@pytest.mark.parametrize("text", [
    "dentro de dos horas mándale un mensaje a Kevin para recordarle lo de las arepas del sábado, y agenda una cita con el gestor para el martes",
    "in two hours text Kevin about the party, and book an appointment with the accountant for tuesday",
])
def test_a_booking_with_its_own_day(text):
    doc = parse_at_now(text)
    assert [bool(t["schedule"]["not_before"]) for t in doc["tasks"]] == [True, False]


def test_a_booking_without_a_day_takes_the_opening_time():
    doc = parse_at_now("mañana por la mañana escríbele a Ana y agenda una reunión con el equipo")
    assert [bool(t["schedule"]["not_before"]) for t in doc["tasks"]] == [True, True]


# ---- "两件事：一是…，问…；二是…": the announced items go on in the next sentence, so none is cut to the count
@pytest.mark.parametrize("text, count", [
    ("两件事：一是给烤鸭店的李师傅发邮件，问下周的鸭坯能不能多送50只；二是对比一下三家果木炭供应商的价格", 2),
    ("Zwei Sachen: den Stellplatz anfragen, ob Strom da ist. Zweitens die Plakate drucken", 2),
])
def test_an_announced_list_goes_on_after_its_sentence(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


def test_an_announced_count_in_one_sentence_still_cuts():
    doc = parse_at_now("两件事：给李师傅发邮件，问下周的鸭坯能不能多送50只")
    assert len(doc["tasks"]) == 2


# ---- zh "…，没有的话你就处理一下": a vague verb after the plan-B word is a request too
@pytest.mark.parametrize("text", ["看看阿芳有没有交装修尾款，没有的话你就处理一下", "查一下快递到了没有，否则你就弄一下"])
def test_zh_a_vague_plan_b(text):
    assert any(reason.startswith("split:") for reason in parse_at_now(text)["unsure"])


def test_zh_no_request_after_the_plan_b_word():
    assert parse_at_now("看看阿芳有没有交装修尾款，没有的话就算了")["unsure"] == []


# ---- indented bullets under an action line are its requirements; a "then" line after a list is a step of its own
@pytest.mark.parametrize("text", [
    "write the speed-cubing comp schedule to comp/schedule.pdf by Wednesday\n  • 3x3 rounds in the morning\n  • blindfold after lunch\nthen send it to Hamish",
    "Schreib den Plan in plan.md bis Freitag\n  - Vormittag: Training\n  - Nachmittag: Spiel\ndanach schick ihn an Jonas",
])
def test_indented_bullets_under_an_action_line(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and [t["depends_on"] for t in doc["tasks"]] == [[], [0]]
    assert doc["tasks"][0]["schedule"]["due"] and doc["tasks"][0]["schedule"]["not_before"] is None


def test_a_then_line_after_bullets_is_a_step():
    doc = parse_at_now("- book the hall\n- order the cake\nthen email everyone the details")
    assert [t["description"] for t in doc["tasks"]] == ["book the hall", "order the cake", "email everyone the details"]


@pytest.mark.parametrize("text, count", [
    ("- book the hall for\nthe party on friday\n- order the cake", 2),
    ("book the hall\n- order cake\n- buy candles", 3),
])
def test_continuations_and_plain_bullets_stay(text, count):
    assert len(parse_at_now(text)["tasks"]) == count


# ---- "- danach an Frau Köhler schicken": a then-word before a recipient opens the step (the verb comes last)
@pytest.mark.parametrize("text", [
    "- Elternbrief schreiben, als elternbrief.docx\n- danach an Frau Köhler schicken",
    "- Brief schreiben als brief.docx\n- dann an den Hausmeister schicken",
])
def test_de_then_before_a_recipient(text):
    doc = parse_at_now(text)
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]]
    assert not doc["tasks"][1]["description"].lower().startswith(("danach", "dann"))


def test_then_before_a_time_is_no_step_opener():
    doc = parse_at_now("depois do Natal a gente vê o resto")
    assert doc["tasks"] == []


# ---- "email Fergus the set list for the ceilidh": a noun after an object cue is what the work is for, no result
@pytest.mark.parametrize("text", [
    "can you sort these out for me\n1. find out what the hall hire costs at St Aidan's for the ceilidh on the 21st\n"
    "2. email Fergus the set list for the ceilidh\n3. make a file called ceilidh-budget.md with the band fees",
    "find out what the venue costs for the wedding, and email Tom the guest list for the wedding",
])
def test_a_shared_purpose_is_no_dependency(text):
    assert all(t["depends_on"] == [] for t in parse_at_now(text)["tasks"])


@pytest.mark.parametrize("text", [
    "find a caterer for the party, and email Ana the caterer's number",
    "write a report on the sales for the board, and email the report to Bob",
])
def test_a_result_sent_on_still_waits(text):
    assert [t["depends_on"] for t in parse_at_now(text)["tasks"]] == [[], [0]]


# ---- es "la T-130 es urgente, pásala delante": the clause after the comma says the same, no task
@pytest.mark.parametrize("text", ["la T-130 es urgente, pásala delante. la T-128 ya está hecha", "la T-12 es urgente, súbela arriba"])
def test_es_urgent_and_move_it_up(text):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and doc["commands"][0]["verb"] == "urgent"


def test_es_urgent_then_other_work_stays_a_task():
    doc = parse_at_now("la T-12 es urgente, y busca un hotel en Cádiz")
    assert doc["commands"][0]["verb"] == "urgent" and len(doc["tasks"]) == 1
