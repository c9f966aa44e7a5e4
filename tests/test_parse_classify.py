"""Task types in the skill's first-match order, read from the leading verb and word classes."""

import pytest

from parsing import NOW
from task_runner.parse import parse_message
from task_runner.parse.classify import classify


@pytest.mark.parametrize("description, kind", [
    ("send the Q3 deck to Maria", "messaging"),
    ("text my brother the mechanic's number", "messaging"),
    ("post the release notes in #announcements", "messaging"),
    ("draft an email to the landlord about the heating", "messaging"),
    ("ask Omar for the final logo files", "messaging"),
    ("remind the team on Slack about the code freeze", "messaging"),
    ("remind me every Friday to submit my hours", "reminder-scheduling"),
    ("schedule a 30 minute call with the Acme team", "reminder-scheduling"),
    ("create a calendar event for the offsite", "reminder-scheduling"),
    ("restart nginx on web-prod-01", "code-execution"),
    ("rerun the nightly ETL for yesterday", "code-execution"),
    ("write a python script that renames my photos", "code-execution"),
    ("check disk usage on the build server", "code-execution"),
    ("write a README for the dotfiles repo", "file-creation"),
    ("make a packing list", "file-creation"),
    ("summarize the article in a markdown file", "file-creation"),
    ("have the coding agent refactor the auth module", "agent-delegation"),
    ("get Claude Code to fix the flaky checkout test", "agent-delegation"),
    ("delegate the bug triage to a subagent", "agent-delegation"),
    ("research standing desks under $500", "info-lookup"),
    ("find out what eventual consistency means", "info-lookup"),
    ("compare Notion, Coda and Airtable", "info-lookup"),
    ("handle the thing", "unknown"),
    ("do the thing we talked about yesterday", "unknown"),
    ("sort it out", "unknown"),
])
def test_types(description, kind):
    assert classify(description) == kind


def test_backticked_command_means_code_execution():
    doc = parse_message("task: `docker compose pull && docker compose up -d` on the homelab box", NOW)
    assert doc["tasks"][0]["type"] == "code-execution"
    assert doc["tasks"][0]["command"] == "docker compose pull && docker compose up -d"


def test_the_vague_word_needs_no_object_to_be_unknown_but_a_named_object_is_work():
    assert classify("fix the issue with the login page") != "unknown"
    assert classify("look into the thing") == "unknown"


def test_reminder_framing_counts_for_the_type():
    document = parse_message("task: add a reminder to renew my passport 6 months before it expires")
    assert [t["type"] for t in document["tasks"]] == ["reminder-scheduling"]
    assert document["tasks"][0]["description"].startswith("renew my passport")


@pytest.mark.parametrize("message, kind", [
    ("écris à Léa pour confirmer", "messaging"), ("escríbele a mi jefe que llego tarde", "messaging"),
    ("scrivi a Sara per confermare", "messaging"), ("write to Bob about the invoice", "messaging"),
    ("write to a file called notes.md", "file-creation"), ("write a README for the dotfiles repo", "file-creation"),
    ("pídele al agente de código que arregle el test", "agent-delegation"),
    ("lass den Coding-Agent die Migration schreiben", "agent-delegation"),
    ("demande à l'agent de code de corriger le bug", "agent-delegation"),
    ("chiedi all'agente di codice di sistemare il bug", "agent-delegation"),
    ("コーディングエージェントにログイン画面のバグを直してもらって", "agent-delegation"),
    ("have the coding agent add pagination to the /users endpoint", "agent-delegation"),
    ("ゆいに10分遅れるって送って", "messaging"), ("領収書用のフォルダを作ってください", "file-creation"),
])
def test_types_in_every_language(message, kind):
    (task,) = parse_message(message, NOW)["tasks"]
    assert task["type"] == kind


@pytest.mark.parametrize("message, kind", [
    ('scrivi nel gruppo di famiglia: "domenica pranzo dalla nonna"', "messaging"),
    ('schreib in die WG-Gruppe: "wer hat meinen Käse gegessen?"', "messaging"),
])
def test_writing_quoted_words_somewhere_is_a_message(message, kind):
    (task,) = parse_message(message, NOW)["tasks"]
    assert task["type"] == kind
