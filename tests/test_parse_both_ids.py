""""T-01 e T-02 riprova tutte e due" (retry both of them) retried every finished task of the queue:
"tutte" was read as the selector all. A "both" phrase after named ids means those ids; where the
parser cannot place them it applies nothing and says so, never a command over the whole queue."""
import pytest

from parsing import parse_at_now


@pytest.mark.parametrize("text", ["T-82 e T-83 riprova tutte e due", "T-82 et T-83 relance-les toutes les deux",
                                  "T-3 and T-4, retry both of them"])
def test_both_after_named_ids_is_no_selector_over_the_queue(text):
    doc = parse_at_now(text)
    assert not any(command["selector"] for command in doc["commands"]), doc
    assert doc["commands"] or doc["unsure"], "what is not read is said"


@pytest.mark.parametrize("text, selector", [("retry all", "all"), ("riprova tutte", "all"),
                                            ("retry all of them", "all"), ("riprova tutte le bloccate", "blocked")])
def test_all_alone_is_still_a_selector(text, selector):
    (command,) = parse_at_now(text)["commands"]
    assert command["selector"] == selector


def test_intake_retries_no_task_the_user_did_not_name(cli):
    cli("add", "task a", "task b", "task c", "--no-dispatch")
    cli("cancel", "T-01", "T-02", "T-03")
    cli("intake", "T-01 e T-02 riprova tutte e due", env={"TASK_RUNNER_AUTO_DISPATCH": "0"})
    assert [task["status"] for task in cli.queue()["tasks"]][2] == "skipped", "T-03 was not named"
