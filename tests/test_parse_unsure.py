"""The parser says when it is unsure (`unsure`: reasons), and stays sure on plain messages."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message


def reasons(message: str) -> list[str]:
    return parse_message(message, NOW)["unsure"]


@pytest.mark.parametrize("message", [
    "can you please 이 파일 정리해서 팀장님께 보내 주세요 before lunch", "busca esto porfa: Пожалуйста, найди билеты в Казань",
    "이 파일 정리해서 보내 주세요",
])
def test_words_in_a_language_we_do_not_read(message):
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake" and [r.split(":")[0] for r in doc["unsure"]] == ["language"]


@pytest.mark.parametrize("message", [
    "sort out the thing with the bank and the insurance", "organiza a festa e os convites", "sistema il sito e la newsletter",
    "regarde l'imprimante et le wifi", "arregla lo de la luz y lo del seguro",
])
def test_one_item_that_may_be_two_tasks(message):
    assert [r.split(":")[0] for r in reasons(message)] == ["split"]


@pytest.mark.parametrize("message", [
    "do the usual for the quarterly thing, you know the day", "kümmer dich um die Sache mit dem Auto, du weißt schon",
    "把那个事和上次说的那个一起弄一下", "règle le truc avec la banque", "例の件とあの件、いつもの感じでよろしく",
])
def test_a_message_that_names_nothing_is_handed_over_not_dropped(message):
    from task_runner.parse.doubts import doubtful_tasks

    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake" and doc["unsure"] and doc["unsure"][0].split(":")[0] in ("vague", "split")
    assert doubtful_tasks(doc) == set(range(len(doc["tasks"])))  # nothing is applied without a doubt named


@pytest.mark.parametrize("message", [
    "erinner mich am Brückentag an die Steuererklärung", "rappelle-moi le jour de la réunion de commander les fournitures",
])
def test_a_reminder_whose_day_we_cannot_place(message):
    assert [r.split(":")[0] for r in reasons(message)] == ["date"]


@pytest.mark.parametrize("message", [
    "retry T-04", "buy eggs and milk", "get milk and eggs", "compare Notion, Coda and Airtable", "remind me tomorrow at 9 to call mom",
    "What is the capital of France?", "thanks for the stuff", "email Олег the slides",
])
def test_plain_messages_are_sure(message):
    assert reasons(message) == []


def test_the_doubtful_tasks_are_named_by_index_and_the_contract_checks_reasons():
    from task_runner.parse.contract import problems
    from task_runner.parse.doubts import doubtful_tasks

    doc = parse_message("1. compra pão\n2. organiza a festa e os convites", NOW)
    assert doubtful_tasks(doc) == {1} and problems(doc) == []
    assert problems(dict(doc, unsure=["maybe"])) and problems(dict(doc, unsure="split: x"))


@pytest.mark.parametrize("message", [
    "il faudrait voir avec le notaire pour la succession et prévenir mon frère",
    "haría falta tramitar lo de la herencia con la notaría",
    "man müsste mal die Sache mit der Kaution klären lassen",
])
def test_a_request_whose_verb_we_cannot_read_is_handed_over(message):
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake" and doc["tasks"] == [] and [r.split(":")[0] for r in doc["unsure"]] == ["vague"]


@pytest.mark.parametrize("message", [
    "vielleicht den Keller entrümpeln oder so, mal schauen",
    "talvez trocar de academia, não sei",
    "faudrait peut-être changer d'opérateur… ou pas, je sais pas",
    "organizza la cena di classe con i genitori, vedi tu",
    "quizás cambiar de compañía de luz, no sé",
    "maybe look into a new phone plan or something",
])
def test_a_hedged_request_says_so(message):
    doc = parse_message(message, NOW)
    assert doc["mode"] == "intake" and [r.split(":")[0] for r in doc["unsure"]] == ["vague"]


@pytest.mark.parametrize("message", [
    "ayúdame con el discurso de la boda, no sé ni por dónde empezar",  # the hedge is part of the request
    "could you tell me a joke", "can you help me?", "maybe retry the failed ones?",
    "whatever you think is best for the logo, just send it to Ana",
])
def test_hedges_inside_a_request_and_plain_questions_stay_sure(message):
    assert reasons(message) == []


@pytest.mark.parametrize("message", [
    "prends rendez-vous chez le coiffeur ensuite un resto pour samedi",  # no verb after "ensuite" ("tu me trouves" is cut, round 21)
    "compara los seguros del coche y además date de alta en la biblioteca",
    "guarda il meteo di domani poi di' a Sara che si parte alle otto",
])
def test_a_sequence_word_inside_an_item_the_splitter_kept_whole(message):
    assert [r.split(":")[0] for r in reasons(message)] == ["split"]


@pytest.mark.parametrize("message", [
    "organizza la cena (menu anche vegetariano, budget 30 euro)",  # inside brackets
    "等 T-25 跑完了再把数据导出成 csv",  # 再 is "and then" of one request
    "compara le offerte, poi scegli la più economica",  # cut at the comma already
])
def test_sequence_words_that_are_no_doubt(message):
    assert reasons(message) == []


@pytest.mark.parametrize("message", [
    "查一下周末北京的天气，如果下雪就提醒我带手套",
    "check the forecast for Saturday, and if it rains remind me to cancel the picnic",
    "regarde la météo de samedi, et si il pleut préviens Paul",
])
def test_a_condition_inside_one_item(message):
    doc = parse_message(message, NOW)
    if len(doc["tasks"]) == 1:
        assert [r.split(":")[0] for r in doc["unsure"]] == ["split"]


def test_a_condition_in_brackets_is_a_detail():
    assert reasons("Grillfest für Paul planen (ca. 20 Leute; drinnen, falls es regnet)") == []


@pytest.mark.parametrize("message", [
    "tweet 'v2.3 is out — faster, smaller, and also cheaper to run'",
    "schreib in die Gruppe: „Training fällt aus, und dann treffen wir uns am Freitag“",
])
def test_a_sequence_word_inside_quoted_text_is_no_doubt(message):
    assert reasons(message) == []


@pytest.mark.parametrize("message", [
    "para la fiesta:\n- servilletas\n- vasos de papel\n- hielo ¿puedes pedirlo todo en Glovo?",
    "for the picnic:\n- paper plates\n- lemonade\n- ice, can you order it all from Ocado?",
    "pour le pique-nique :\n- assiettes en carton\n- citronnade\n- glaçons, tu peux tout commander chez Carrefour ?",
    "per la festa:\n- tovaglioli\n- bicchieri\n- ghiaccio, puoi ordinare tutto su Glovo?",
])
def test_listed_objects_of_one_request_say_so(message):
    doc = parse_message(message, NOW)
    assert doc["unsure"] and all(r.startswith("split:") for r in doc["unsure"])


def test_a_plain_shopping_list_is_sure():
    assert reasons("groceries:\n- milk\n- eggs\n- bread") == []


@pytest.mark.parametrize("message", ["レンタカーを比較して予約しといてホテルも", "新しいパソコンを比較して決めといてマウスも"])
def test_something_added_after_a_japanese_request(message):
    assert [r.split(":")[0] for r in reasons(message)] == ["split"]
