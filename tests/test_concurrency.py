"""Many writers at once, and writers killed mid-write: nothing lost, nothing duplicated, never corrupt."""

import json
import random
import signal
import subprocess
import sys
import textwrap
import time

from task_runner.store import load_document

WRITER = textwrap.dedent("""
    import sys
    from task_runner.cli import main
    name, count = sys.argv[1], int(sys.argv[2])
    for i in range(count):
        assert main(["add", f"{name} task {i}", "--no-dispatch", "--json"]) == 0
""")


def test_eight_processes_adding_25_tasks_each_get_exactly_t01_to_t200(cli):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, f"w{n}", "25"], env=cli.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for n in range(8)]
    outputs = [w.communicate(timeout=120) for w in writers]
    assert all(w.returncode == 0 for w in writers), [err for _, err in outputs]
    queue = cli.queue()
    ids = [task["id"] for task in queue["tasks"]]
    assert ids == [f"T-{n:02d}" for n in range(1, 201)]
    assert queue["lastId"] == "T-200"
    descriptions = {task["description"] for task in queue["tasks"]}
    assert descriptions == {f"w{n} task {i}" for n in range(8) for i in range(25)}
    # every id a writer was told it got is the task it added
    by_id = {task["id"]: task["description"] for task in queue["tasks"]}
    for stdout, _ in outputs:
        decoder = json.JSONDecoder()
        position = 0
        while position < len(stdout.strip()):
            document, end = decoder.raw_decode(stdout, position)
            position = end + 1
            for task in document["added"]:
                assert by_id[task["id"]] == task["description"]


KILLED_WRITER = textwrap.dedent("""
    import sys
    from task_runner.cli import main
    i = 0
    while True:
        main(["add", f"killed writer task {i} " + "x" * 200, "--no-dispatch", "--json"])
        i += 1
""")


def test_sigkill_of_a_writer_at_a_random_moment_never_corrupts_or_loses_acknowledged_tasks(cli):
    cli("add", *[f"seed {n} " + "y" * 300 for n in range(300)], "--no-dispatch")  # a big file: long writes
    rng = random.Random(20261120)
    for _ in range(25):
        writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER], env=cli.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        time.sleep(rng.uniform(0.15, 0.6))
        writer.send_signal(signal.SIGKILL)
        stdout, _ = writer.communicate()
        queue = load_document(cli.queue_path, cli.queue_path.read_bytes())  # parses and validates
        present = {task["id"] for task in queue["tasks"]}
        acknowledged = [json.loads(line)["added"][0]["id"] for line in _documents(stdout)]
        assert set(acknowledged) <= present
    ids = [task["id"] for task in queue["tasks"]]
    assert ids == [f"T-{n:02d}" for n in range(1, len(ids) + 1)]
    assert len(ids) > 300


def _documents(stdout: str):
    """Complete JSON documents a killed writer managed to print (the last one may be cut)."""
    decoder = json.JSONDecoder()
    position, text = 0, stdout
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        try:
            document, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return
        yield json.dumps(document)
