"""Spanish, German and Chinese: delegation lead-ins, list splitting, control verbs, status; and
typos in English trigger words."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def doc(message: str) -> dict:
    return parse_message(message, NOW)


@pytest.mark.parametrize("message, count", [
    ("¿Puedes hacer esto por mí? primero reserva un hotel en Sevilla y luego busca vuelos baratos", 2),
    ("Necesito que: 1. llames al fontanero 2. pagues la luz 3. compres pan", 3),
    ("Kannst du das für mich machen: die Flüge nach Wien buchen und danach ein Hotel suchen", 2),
    ("Bitte erledige: - Rechnungen herunterladen\n- Tabelle erstellen\n- an Jonas schicken", 3),
    ("帮我查一下明天的天气，然后发给我老婆", 2),
    ("请帮我：1、订机票 2、订酒店 3、发邮件给老板", 3),
])
def test_lead_ins_and_splitting(message, count):
    parsed = doc(message)
    assert parsed["mode"] == "intake" and len(parsed["tasks"]) == count, parsed


@pytest.mark.parametrize("message, verb", [
    ("omite T-03", "skip"), ("reintenta T-03", "retry"), ("cancela T-03", "cancel"), ("marca T-03 como hecha", "done"),
    ("überspringe T-03", "skip"), ("T-03 bitte nochmal versuchen", "retry"), ("lösche T-03", "cancel"),
    ("markiere T-03 als erledigt", "done"), ("跳过 T-03", "skip"), ("重试T-03", "retry"), ("取消 T-03", "cancel"),
    ("T-03 已经完成了", "done"),
])
def test_control_verbs(message, verb):
    assert [(c["verb"], c["ids"]) for c in doc(message)["commands"]] == [(verb, ["T-03"])]


@pytest.mark.parametrize("message", [
    "muéstrame las tareas pendientes", "¿qué hay en la cola?", "estado de mis tareas",
    "zeig mir alle offenen Aufgaben", "Wie ist der Status von T-04?", "Aufgabenstatus",
    "任务状态？", "显示我的任务", "T-04 完成了吗？",
])
def test_status(message):
    parsed = doc(message)
    assert parsed["status"] is True and parsed["tasks"] == [] and parsed["commands"] == []


@pytest.mark.parametrize("message", ["¿Cuál es la capital de Portugal?", "danke dir, super!", "法国的首都是哪里？"])
def test_foreign_questions_and_thanks_are_not_tasks(message):
    assert doc(message)["mode"] == "none"


@pytest.mark.parametrize("message", [
    "cna you pls check teh server logs adn restart the api",
    "Cna you retyr T-04",
    "shwo me my taks",
])
def test_typos_in_trigger_words(message):
    parsed = doc(message)
    assert parsed["mode"] == "intake" and (len(parsed["tasks"]) == 2 or parsed["commands"] or parsed["status"])


@pytest.mark.parametrize("message, verb, selector", [
    ("cancela las tareas pendientes", "cancel", "pending"),
    ("把所有失败的任务重试一遍", "retry", "blocked"),
    ("取消所有待处理的任务", "cancel", "pending"),
])
def test_selectors_in_other_languages(message, verb, selector):
    assert [(c["verb"], c["selector"]) for c in doc(message)["commands"]] == [(verb, selector)]


@pytest.mark.parametrize("message, expected", [
    ("Necesito que busques un hotel en Madrid y que me mandes las opciones", [[], [0]]),
    ("Bitte such mir einen Flug nach Berlin und schick mir die Optionen per Mail", [[], [0]]),
    ("¿Me ayudas con esto? 1) buscar un regalo 2) envolverlo 3) mandarlo por correo", [[], [0], [1]]),
    ("Hola, ¿me puedes ayudar con estas tareas? - pagar la factura del gas - llamar al dentista", [[], []]),
])
def test_dependencies_in_other_languages(message, expected):
    assert [t["depends_on"] for t in doc(message)["tasks"]] == expected


def test_every_language_declares_every_field_and_a_missing_one_is_an_error():
    from task_runner.parse import lang_fr, lexicon
    from task_runner.parse.language import Language

    assert [lang.code for lang in lexicon.LANGUAGES] == ["en", "es", "de", "zh", "fr", "pt", "ja", "it"]
    values = {name: getattr(lang_fr.LANGUAGE, name) for name in Language.FIELDS}
    del values["control_after"]
    with pytest.raises(TypeError, match="missing \\['control_after'\\]"):
        Language(**values)
    values["control_after"] = {"redo": "encore"}
    with pytest.raises(ValueError, match="unknown keys \\['redo'\\]"):
        Language(**values)
    values["control_after"] = "encore"
    with pytest.raises(TypeError, match="control_after must be a dict"):
        Language(**values)


@pytest.mark.parametrize("code", ["en", "es", "de", "zh", "fr", "pt", "ja", "it"])
def test_the_tables_every_language_needs_are_filled(code):
    from task_runner.parse import lexicon

    lang = next(lang for lang in lexicon.LANGUAGES if lang.code == code)
    assert lang.verbs or lang.verb_phrases
    assert set(lang.control_before) | set(lang.control_after) == {"retry", "skip", "cancel", "done",
                                                                  "answer", "urgent", "pause", "resume"}
    assert {"pause", "resume"} <= set(lang.control_before)  # the queue verbs open their clause (queue_verbs.py)
    assert lang.group_words and lang.queue_fillers and lang.urgent_marks
    assert set(lang.status_words) == {"pending", "running", "blocked", "done", "skipped"}
    assert lang.weekdays and lang.day_parts and (lang.periods or lang.period_adverbs)
    assert lang.seq_then and lang.sign_offs and lang.greetings


def test_no_rule_module_imports_a_language_module():
    """Rule modules read the merged tables of lexicon.py, never one language directly."""
    import pathlib

    import task_runner.parse as package

    folder = pathlib.Path(package.__file__).parent
    for path in folder.glob("*.py"):
        if path.name.startswith("lang_") or path.name in ("lexicon.py", "language.py"):
            continue
        assert "import lang_" not in path.read_text(encoding="utf-8") and " lang_" not in path.read_text(encoding="utf-8"), path.name


def test_no_function_word_is_declared_a_verb():
    from task_runner.parse import lexicon

    function_words = set("""a an the of de la le les el los las un una une il lo i o os as e y et und oder der die das ein
    eine en em no na do da ao à al del du des per con com mit for to in on at by is es est ist sono son se si que che qui""".split())
    assert function_words & lexicon.VERBS == set()


def test_no_typo_repair_of_one_language_breaks_another():
    """The typo tables of all languages are merged into one: a slip listed in two languages with two
    repairs would be repaired one way for both, and a slip that is a verb of another language would
    rewrite that language's word (a round-24 helper's "cancle" → "cancela" hid English's "cancel")."""
    from task_runner.parse import lexicon

    repairs, problems = {}, []
    for lang in lexicon.LANGUAGES:
        for slip, repair in lang.typos.items():
            if repairs.setdefault(slip, (lang.code, repair))[1] != repair:
                problems.append(f"{slip!r}: {repairs[slip]} and {(lang.code, repair)}")
            problems += [f"{slip!r} ({lang.code}) is a verb of {other.code}" for other in lexicon.LANGUAGES
                         if other is not lang and slip in other.verbs]
    assert not problems, problems
