"""setup.py's fast paths say exactly what its slow path says, without its lock, reads and imports.

Every intake runs setup first. Once the cron job is recorded (``ok``), or while it is owed for
want of an openclaw CLI and there is still none on PATH, nothing can change, so the report
comes from a look at the queue's top level alone; with a CLI on PATH the slow path runs.
"""

import os

import pytest

from task_runner import openclaw, setup
from task_runner.config import load_config, open_store


@pytest.fixture
def no_cli(monkeypatch, tmp_path):
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", os.pathsep.join(
        [str(bare)] + [p for p in os.environ["PATH"].split(os.pathsep) if not os.path.exists(os.path.join(p, "openclaw"))]))
    return bare


def configured(tmp_path):
    workspace = tmp_path / "workspace"
    workspace.mkdir(exist_ok=True)
    config = load_config(dir=str(tmp_path / "tasks"), workspace=str(workspace), env={})
    return config, open_store(config)


def reports(config, store, monkeypatch, **options):
    """(fast report, slow report) of the same setup."""
    fast = setup.ensure_setup(config, store, **options)
    with monkeypatch.context() as patched:
        patched.setattr(setup, "_peek", lambda path: {})  # the fast path's look finds nothing
        slow = setup.ensure_setup(config, store, **options)
    return fast, slow


def test_owed_without_a_cli_is_answered_fast_and_the_same(tmp_path, monkeypatch, no_cli):
    config, store = configured(tmp_path)
    first = setup.ensure_setup(config, store)
    assert first.first_run and first.cron_owed and not first.fast
    before = store.path.read_bytes()
    fast, slow = reports(config, store, monkeypatch)
    assert fast.fast and not slow.fast
    assert fast.as_dict() == slow.as_dict() and fast.message() == slow.message()
    assert fast.cron == "owed" and fast.tool_call and "still needs its backup cron job" in fast.message()
    assert store.path.read_bytes() == before  # neither wrote anything


def test_a_cli_that_appears_takes_the_slow_path(tmp_path, monkeypatch, no_cli):
    config, store = configured(tmp_path)
    setup.ensure_setup(config, store)
    (no_cli / "openclaw").write_text("#!/bin/sh\nexit 1\n")
    (no_cli / "openclaw").chmod(0o755)
    assert setup._cli_on_path() and openclaw.cli_path() == str(no_cli / "openclaw")
    monkeypatch.setenv("TASK_RUNNER_OPENCLAW_TIMEOUT", "2")
    report = setup.ensure_setup(config, store)
    assert not report.fast and report.cron_owed  # asked again by the slow path, 10 minutes after the last try


def test_recorded_cron_job_is_answered_fast_and_the_same(tmp_path, monkeypatch, no_cli):
    config, store = configured(tmp_path)
    setup.ensure_setup(config, store)
    setup.ensure_setup(config, store, cron_done=True)
    fast, slow = reports(config, store, monkeypatch)
    assert fast.fast and not slow.fast and not fast.cron_owed
    assert fast.as_dict() == slow.as_dict() and fast.message() == slow.message() == ""


def test_the_cli_lookup_is_openclaws(monkeypatch, no_cli):
    assert not setup._cli_on_path() and openclaw.cli_path() is None
