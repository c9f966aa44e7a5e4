"""Round 30, part l (holdout27's misses in es and pt, and relative starts in every language): half of a
time unit ("en media hora", "tra mezz'ora") and the end of a meal ("después de comer", "depois do
almoço", "吃完午饭") are starts."""

import pytest

from parsing import NOW, parse_at_now


def _only_task(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1, doc
    return doc["tasks"][0]


# ---- half of a unit after an in-word: a start half an hour (a half unit) from now
@pytest.mark.parametrize("text", [
    "in half an hour ring the garage about the MOT",
    "en media hora llámame al taller para lo del coche",
    "dentro de media hora escríbele a Marta que ya salgo",
    "daqui a meia hora manda mensagem pra Bia sobre o jantar",
    "em meia hora liga pro mecânico",
    "dans une demi-heure rappelle le plombier",
    "dans une demi heure envoie le lien à Hugo",
    "in einer halben Stunde den Hausmeister anrufen",
    "tra mezz'ora chiama l'idraulico",
    "fra mezzora scrivi a Paolo del preventivo",
])
def test_half_a_unit_is_a_start(text):
    task = _only_task(text)
    assert task["schedule"]["not_before"] == "2026-11-20T10:30:00Z" and task["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "busca una receta de media hora para la cena",      # a half hour of the thing, no in-word
    "procura uma aula de meia hora de ioga",
    "trova una ricetta da mezz'ora per stasera",
])
def test_a_half_hour_thing_sets_no_delay(text):
    doc = parse_at_now(text)
    assert all(t["schedule"]["not_before"] != "2026-11-20T10:30:00Z" for t in doc["tasks"])


# ---- after a meal: a start (today, or the day a day word before it names)
@pytest.mark.parametrize("text", [
    "after lunch text Owen that the match moved to the back pitch",
    "after dinner remind me to put the bins out",
    "después de comer mándale a Rocío el contrato",
    "después del almuerzo llama al fontanero por lo de la cisterna",
    "tras la comida busca vuelos baratos a Oporto",
    "depois do almoço pesquisa quanto custa um pneu novo",
    "depois de almoçar liga pro contador",
    "após o almoço manda o boleto pra Carla",
    "nach dem Mittagessen den Klempner anrufen",
    "après le déjeuner appelle le garage pour la vidange",
    "dopo pranzo chiama il dentista per spostare la visita",
    "oggi dopo pranzo fammi una bozza di post sulla sagra",
    "吃完午饭帮我查一下去苏州的高铁",
    "午饭后提醒我给房东打电话",
    "お昼食べたら、図書館の開館時間を調べといて",
    "昼食後に銀行に電話するようリマインドして",
])
def test_after_a_meal_is_a_start(text):
    task = _only_task(text)
    assert task["schedule"]["not_before"] is not None and task["schedule"]["not_before"] > "2026-11-20T10:00:00Z"
    assert task["schedule"]["due"] is None


@pytest.mark.parametrize("text, day", [
    ("mañana después de comer llama a la gestoría", "2026-11-21"),
    ("amanhã depois do almoço liga pra Dona Cida", "2026-11-21"),
    ("domani dopo pranzo chiama il commercialista", "2026-11-21"),
    ("明日の昼食後に銀行に電話して", "2026-11-21"),
])
def test_a_day_word_before_the_meal_names_its_day(text, day):
    assert _only_task(text)["schedule"]["not_before"].startswith(day)


@pytest.mark.parametrize("text", [
    "llama a Pedro y después de comer escríbele a Lucía",
    "manda o relatório pro chefe e depois do almoço liga pro dentista",
])
def test_the_meal_starts_its_own_step(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2
    assert doc["tasks"][0]["schedule"]["not_before"] is None and doc["tasks"][1]["schedule"]["not_before"] is not None


@pytest.mark.parametrize("text", [
    "cuando termine T-02, manda el informe a Raúl",          # a condition, not a meal
    "quando terminar a T-05, manda o resumo pra Paula",
    "busca un restaurante para comer el sábado",              # a meal that is the thing
    "after the update finishes, email the log to Sam",
])
def test_no_meal_no_meal_start(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and all(t["schedule"]["not_before"] is None for t in doc["tasks"])


def test_after_a_meal_said_later_that_day_has_come():
    from datetime import timedelta

    from task_runner.parse import parse_message

    doc = parse_message("después de comer llama al fontanero", now=NOW + timedelta(hours=8))
    assert doc["tasks"] and doc["tasks"][0]["schedule"]["not_before"] is None


# ---- a start cue with its article contracted: "a partir del lunes", "a partir da segunda"
@pytest.mark.parametrize("text", [
    "a partir del lunes ponte con la declaración de la renta",
    "a partir del miércoles revisa los pedidos pendientes",
    "a partir da segunda-feira revisa as notas fiscais",
    "a partir da quinta manda o relatório semanal pro Rui",
    "a partir do dia 3 organiza as fotos da viagem",
])
def test_a_contracted_start_cue_is_a_start(text):
    task = _only_task(text)
    assert task["schedule"]["not_before"] is not None and task["schedule"]["due"] is None


# ---- early tomorrow in Portuguese: "logo cedo", "bem cedo", "cedinho"
@pytest.mark.parametrize("text", [
    "amanhã logo cedo liga pro banco",
    "amanhã bem cedo manda o comprovante pra imobiliária",
    "amanhã cedinho pesquisa o horário do ônibus pra Campinas",
    "amanhã bem cedinho lembra-me de tirar a roupa da máquina",
])
def test_early_tomorrow_is_a_start(text):
    assert _only_task(text)["schedule"]["not_before"].startswith("2026-11-21T08:00")


# ---- every number word and an about-word before a delay: "en unos veinte minutos", "in about 40 minutes"
@pytest.mark.parametrize("text, at", [
    ("in about 20 minutes call Jo about the keys", "2026-11-20T10:20:00Z"),
    ("in forty minutes check the bread", "2026-11-20T10:40:00Z"),
    ("en unos veinte minutos llama a Pedro", "2026-11-20T10:20:00Z"),
    ("en cuarenta y cinco minutos revisa el horno", "2026-11-20T10:45:00Z"),
    ("dentro de unos minutos mándale a Sara el enlace", "2026-11-20T10:03:00Z"),
    ("daqui a umas duas horas liga pro Pedro", "2026-11-20T12:00:00Z"),
    ("daqui a quarenta minutos liga pro forno da padaria", "2026-11-20T10:40:00Z"),
    ("daqui a alguns minutos manda o link pra Carol", "2026-11-20T10:03:00Z"),
    ("tra circa venti minuti chiama Piero", "2026-11-20T10:20:00Z"),
    ("tra qualche minuto scrivi a Laura", "2026-11-20T10:03:00Z"),
    ("dans environ une heure appelle Paul", "2026-11-20T11:00:00Z"),
    ("dans quarante-cinq minutes appelle le traiteur", "2026-11-20T10:45:00Z"),
    ("in etwa einer Stunde Jonas anrufen", "2026-11-20T11:00:00Z"),
    ("in ein paar Minuten die Oma anrufen", "2026-11-20T10:03:00Z"),
])
def test_a_delay_in_words_is_a_start(text, at):
    assert _only_task(text)["schedule"]["not_before"] == at


# ---- a vague delay ("en un rato", "daqui a pouco", "tra poco", "in a bit"): still a task
@pytest.mark.parametrize("text", [
    "en un rato llama a Pedro",
    "dentro de un ratito mándale las fotos a Vero",
    "daqui a pouco liga pro Pedro",
    "daqui a pouquinho manda o áudio pra Bia",
    "tra poco chiama il meccanico",
    "dans un moment appelle le plombier",
    "in a bit call Jo about dinner",
])
def test_a_vague_delay_is_still_a_task(text):
    _only_task(text)


@pytest.mark.parametrize("text", [
    "compra unos tomates para la cena",
    "cerca un idraulico a Milano",
    "manda a Fabrizio l'orario nuovo. Poi cerca un fornitore di lame",
])
def test_few_words_and_about_words_set_no_start(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and all(t["schedule"]["not_before"] is None for t in doc["tasks"])


# ---- after the working day: a start in the evening
@pytest.mark.parametrize("text", [
    "nach Feierabend Jonas anrufen wegen dem Lauftreff",
    "después del trabajo llama a Pedro por lo del coche",
    "al salir del trabajo recuérdame comprar pan",
    "depois do expediente liga pro Pedro",
    "saindo do trabalho manda mensagem pra Lu",
    "après le boulot appelle Paul pour le vélo",
    "dopo il lavoro chiama Piero per la cena",
    "下班后提醒我买牛奶",
])
def test_after_work_is_a_start(text):
    assert _only_task(text)["schedule"]["not_before"].startswith("2026-11-20T18:00")


def test_then_work_stays_a_step():
    from task_runner.parse import lexicon

    assert "work" not in lexicon.MEAL_WORDS  # a verb: "then work on …" is no start after the working day
    doc = parse_at_now("fix the login bug, then work on the release notes")
    assert doc["tasks"] and all(t["schedule"]["not_before"] is None for t in doc["tasks"])


# ---- this weekday in Spanish and Portuguese: "este jueves", "nesta quinta", "esta sexta"
@pytest.mark.parametrize("text", [
    "este jueves llama a Pedro por lo del seguro",
    "este viernes no, el próximo lunes mándale a Carmen la factura",
    "nesta quinta liga pro Pedro",
    "neste sábado manda as fotos pra vó",
    "esta sexta pesquisa um presente pra Helena",
])
def test_this_weekday_opens_a_task(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["tasks"] and doc["tasks"][0]["schedule"]["not_before"] is not None


# ---- tonight in Italian
@pytest.mark.parametrize("text", [
    "stanotte esporta le foto del telefono su Google Foto",
    "stanotte lancia il backup del NAS",
])
def test_stanotte_is_tonight(text):
    assert _only_task(text)["schedule"]["not_before"].startswith("2026-11-20T22:00")


# ---- Spanish retry with its pronoun on the verb: "la T-63 vuelve a intentarla"
@pytest.mark.parametrize("text, ids", [
    ("la T-63 vuelve a intentarla", ["T-63"]),
    ("T-63 vuelve a intentarlo", ["T-63"]),
    ("la T-12 vuelve a lanzarla, porfa", ["T-12"]),
    ("vuelve a probar la T-40", ["T-40"]),
    ("la T-63 vuelva a intentarla por favor", ["T-63"]),
])
def test_spanish_retry_with_a_pronoun(text, ids):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("retry", ids)] and doc["tasks"] == []


def test_spanish_retry_beside_done():
    doc = parse_at_now("T-51 y T-60 ya están hechas, la T-63 vuelve a ejecutarla")
    assert sorted((c["verb"], tuple(c["ids"])) for c in doc["commands"]) == [("done", ("T-51", "T-60")), ("retry", ("T-63",))]


def test_a_redo_without_an_id_is_no_command():
    assert parse_at_now("vuelve a hacerlo con más cuidado: el informe de ventas")["commands"] == []
