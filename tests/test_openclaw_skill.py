"""The skill as OpenClaw 2026.9 judges it: its own skill-creator validator, the description length its
docs recommend, and the install route SKILL.md documents (a clone of the repository is the package)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from openclaw.harness import OPENCLAW, PREFIX, SKIP_REASON

VALIDATOR = PREFIX / "lib" / "node_modules" / "openclaw" / "skills" / "skill-creator" / "scripts" / "quick_validate.py"
requires_validator = pytest.mark.skipif(not VALIDATOR.exists(), reason=SKIP_REASON)


def frontmatter(text: str) -> str:
    return text[4:text.index("\n---\n", 4)]


def validate(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(VALIDATOR), str(folder)], capture_output=True, text=True, timeout=60,
                          check=False)


@requires_validator
def test_openclaws_own_validator_accepts_the_installed_skill(cli, workspace, tmp_path):
    cli("install-skill")
    installed = workspace / "skills" / "task-runner"
    result = validate(installed)
    assert result.returncode == 0 and result.stdout.strip() == "Skill is valid!", result.stdout

    # the validator is real: the frontmatter we shipped before (a `compatibility` key) is refused
    old = tmp_path / "old" / "task-runner"
    shutil.copytree(installed, old)
    text = (old / "SKILL.md").read_text(encoding="utf-8")
    (old / "SKILL.md").write_text(text.replace("license: MIT\n", "license: MIT\ncompatibility: Needs Python 3.10+\n"),
                                  encoding="utf-8")
    refused = validate(old)
    assert refused.returncode == 1 and "Unexpected key(s) in SKILL.md frontmatter: compatibility" in refused.stdout


def test_description_is_under_160_characters_and_names_the_triggers():
    head = frontmatter((REPO / "SKILL.md").read_text(encoding="utf-8"))
    description = re.search(r'^description: "(.*)"$', head, re.MULTILINE).group(1)
    assert len(description) < 160, len(description)
    for trigger in ("task status", "skip", "retry", "cancel", "T-NN", "TASK_RUNNER_DISPATCH"):
        assert trigger in description
    assert "compatibility" not in head and "kind: uv" not in head  # uv installs from the registry only


def test_install_from_a_clone_puts_task_runner_on_path_with_the_skill_files(tmp_path):
    """What SKILL.md documents: a clone is the package (`pip install .`); then install-skill."""
    clone = tmp_path / "clone"
    shutil.copytree(REPO, clone, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".openclaw-test", ".agent-clis", "__pycache__", "*.egg-info", "build", "dist",
        ".pytest_cache", ".hypothesis"))
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                              str(clone)], capture_output=True, text=True, timeout=300, check=False)
    if install.returncode != 0 and "Could not find a version that satisfies the requirement setuptools" in install.stderr:
        pytest.skip("pip could not fetch setuptools for the build (no package index reachable)")
    assert install.returncode == 0, install.stderr
    assert "python3 -m pip install --user ." in (REPO / "SKILL.md").read_text(encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(target), HOME=str(tmp_path / "home"))
    env.pop("OPENCLAW_WORKSPACE", None)
    workspace = tmp_path / "ws"
    result = subprocess.run([str(target / "bin" / "task-runner"), "install-skill", "--workspace", str(workspace)],
                            capture_output=True, text=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    installed = workspace / "skills" / "task-runner"
    assert (installed / "SKILL.md").read_bytes() == (REPO / "SKILL.md").read_bytes()
    assert (installed / "HEARTBEAT.md.template").exists() and list((installed / "references").glob("*.md"))


@pytest.mark.skipif(OPENCLAW is None, reason=SKIP_REASON)
def test_openclaw_lists_no_installer_it_cannot_run(tmp_path):
    from openclaw.harness import OpenClawEnv

    env = OpenClawEnv(tmp_path)
    try:
        env.task_runner("install-skill")
        info = env.skill_info()
        assert info["eligible"] is True and info["install"] == []
    finally:
        env.close()
