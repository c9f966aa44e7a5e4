"""The moved word tables filled in pt, de, ja, zh: each message reads as its English twin does."""

from task_runner.parse import parse_message


def _commands(message):
    return [(c["verb"], c["ids"]) for c in parse_message(message)["commands"]]


def _tasks(message):
    return [t["description"] for t in parse_message(message)["tasks"]]


def test_pt_negation_keeps_a_command_from_running():
    assert _commands("não cancela a T-03") == []
    assert _commands("cancela a T-03") == [("cancel", ["T-03"])]


def test_pt_add_to_my_list_keeps_the_item():
    assert _tasks("adiciona pão na minha lista") == ["pão"]
    assert _tasks("adiciona pão e manda pra Ana") != ["pão"]


def test_de_add_to_the_shopping_list_keeps_the_item():
    assert _tasks("setz Milch auf die Einkaufsliste") == ["Milch"]
    assert _commands("brich T-03 ab") == [("cancel", ["T-03"])]


def test_ja_queue_state_is_a_status_question():
    assert parse_message("キューの状況")["status"] is True
    assert parse_message("タスクを追加して：牛乳を買う")["status"] is False


def test_zh_negation_keeps_a_command_from_running():
    assert _commands("不取消T-03") == []
    assert _commands("取消T-03") == [("cancel", ["T-03"])]
