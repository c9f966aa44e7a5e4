"""Every Chinese table holds its Traditional forms too (lang_zh._traditional), also the tables that
moved out of the rule modules in 0.6.3: a Traditional status question reads as one."""
import pytest

from task_runner.parse import parse_message


@pytest.mark.parametrize("message", ["幫我看看隊列裡有哪些任務", "帮我看看队列里有哪些任务"])
def test_a_status_question_in_either_script(message):
    doc = parse_message(message)
    assert doc["mode"] == "intake" and doc["status"] and not doc["tasks"]


def test_every_zh_table_holds_its_traditional_forms():
    from task_runner.parse import lang_zh

    assert "隊列" in lang_zh.LANGUAGE.cjk_queue_nouns and "队列" in lang_zh.LANGUAGE.cjk_queue_nouns
