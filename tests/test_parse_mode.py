"""Mode decision: dispatcher only for system events, none for what should be answered directly,
intake for everything that asks for queued or managed work; and the document contract."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message
from task_runner.parse.contract import problems


@pytest.mark.parametrize("message", [
    "TASK_RUNNER_DISPATCH: check queue and run pending tasks",
    "  TASK_RUNNER_DISPATCH: anything",
    "HEARTBEAT: task-runner dispatcher check",
    "[heartbeat] Task Runner Dispatcher: check the queue",
])
def test_dispatcher_only_for_system_events(message):
    assert parse_message(message, NOW) == {"mode": "dispatcher", "status": False, "commands": [], "tasks": [], "unsure": []}


def test_other_heartbeat_polls_are_system_messages_not_work():
    poll = ("Read HEARTBEAT.md if it exists (workspace context). Follow it strictly. "
            "If nothing needs attention, reply HEARTBEAT_OK.")
    assert parse_message(poll, NOW)["mode"] == "none"


@pytest.mark.parametrize("message", [
    "What is the capital of France?", "What time is it?", "what's 15% of 240?",
    "Remind me in 20 minutes to take a break", "remind me every Monday at 9am to submit my timesheet",
    "set a timer for 10 minutes", "Search for best pizza recipes", "google the opening hours of the Louvre",
    "look up the capital of Australia", "Thanks, that looks great!", "lol thanks", "👍", "ok cool",
    "How do I use the message tool?", "how do I retry a failed task in Airflow?",
    "what's the difference between a task and a project in Asana?", "what is a task runner?",
    "Can you explain how cron tasks work in Linux?", "translate 'good morning' into Japanese",
    "what does a good todo list look like, e.g. 1. buy milk 2. call mom",
    "for example: 1. wash the car 2. pay rent",
    "Which of these should I do first? 1. taxes 2. laundry",
    "why do I keep seeing 'TASK_RUNNER_DISPATCH: check queue' in my chat?",
    "what does TASK_RUNNER_DISPATCH mean?", "I think I'll skip the gym today lol",
])
def test_none(message):
    assert parse_message(message, NOW) == {"mode": "none", "status": False, "commands": [], "tasks": [], "unsure": []}


@pytest.mark.parametrize("message", [
    "Add these tasks for me: 1. Look up the weather in Paris 2. Create a summary file",
    "Do this for me: search for the latest AI news and summarize it in a markdown file",
    "task: verify the backup script ran successfully last night",
    "I need you to pull the weekly sales numbers and create a summary report",
    "can you refactor the billing module to drop the legacy tax code",
    "Restart nginx on web-prod-01",
    "compare Notion, Coda and Airtable",
    "every Monday at 9am email me the sales dashboard",
])
def test_intake(message):
    parsed = parse_message(message, NOW)
    assert parsed["mode"] == "intake" and parsed["tasks"]


@pytest.mark.parametrize("message", [
    "Add these tasks for me: 1. Look up the weather in Paris 2. Create a summary file",
    "retry T-12 but use the staging credentials", "show me the blocked ones", "What time is it?",
    "HEARTBEAT: task-runner dispatcher check", "skip T-04 and add: every Monday at 9am email the report by Friday",
])
def test_documents_honour_the_contract(message):
    assert problems(parse_message(message, NOW)) == []


def test_contract_checker_catches_broken_documents():
    good = parse_message("retry T-02 and then email Bob the logs", NOW)
    assert problems(good) == []
    assert problems({**good, "mode": "maybe"})
    assert problems({**good, "tasks": [{**good["tasks"][0], "depends_on": [0]}]})
    assert problems({**good, "commands": [{"verb": "retry", "ids": ["T-2"], "selector": None, "note": None}]})
    assert problems({**good, "status": True})


def test_default_clock_is_used_when_now_is_missing():
    parsed = parse_message("task: call the caterer tomorrow at 5pm")
    assert parsed["tasks"][0]["schedule"]["not_before"]


@pytest.mark.parametrize("message", [
    "I got a message saying TASK_RUNNER_DISPATCH: check queue and run pending tasks, should I worry?",
    "Here's what my old assistant did each morning: - check mail - brief me on news. Can you explain how you'd differ?",
])
def test_stories_ending_in_a_question_are_answered_directly(message):
    assert parse_message(message, NOW)["mode"] == "none"


def test_a_story_that_asks_for_work_is_intake():
    parsed = parse_message("My printer ran out of ink again, can you order a new cartridge?", NOW)
    assert parsed["mode"] == "intake" and len(parsed["tasks"]) == 1


@pytest.mark.parametrize("message", [
    "¿cómo cancelo una tarea?", "wie lösche ich eine Aufgabe?", "comment annuler une tâche ?", "como cancelo uma tarefa?",
    "come annullo un'attività?", "タスクをキャンセルする方法は？", "怎么取消任务？",
    "¿cuál es la capital de Australia?", "quelle heure est-il ?", "qual è la capitale del Canada?", "今日の天気は？",
    "la reunión fue el lunes", "会議は金曜日でした", "merci beaucoup !", "obrigado!",
])
def test_questions_and_statements_in_every_language_are_none(message):
    assert parse_message(message, NOW)["mode"] == "none"


@pytest.mark.parametrize("message", ["can you help me?", "kannst du mir helfen?", "¿me puedes ayudar?", "tu peux m'aider ?",
                                     "pode me ajudar?", "mi puoi aiutare?", "你能帮我吗？", "手伝ってくれる？"])
def test_asking_for_help_names_no_work(message):
    assert parse_message(message, NOW)["mode"] == "none"


def test_help_before_the_work_keeps_the_work():
    doc = parse_message("Hallo, kannst du mir helfen? Ich muss die Steuererklärung machen und die Versicherung kündigen", NOW)
    assert [task["description"] for task in doc["tasks"]] == ["die Steuererklärung machen", "die Versicherung kündigen"]


@pytest.mark.parametrize("message", ["qual è la migliore app per le attività?", "有什么好用的任务管理软件？",
                                     "¿qué app de tareas me recomiendas?", "おすすめのタスク管理アプリは？"])
def test_questions_about_task_software_are_not_status_requests(message):
    assert parse_message(message, NOW)["mode"] == "none"
