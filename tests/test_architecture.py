"""The shape of the package, checked from its source (issue 8).

- the import graph of ``task_runner`` has no cycle (imports inside functions count too);
- only ``lifecycle.py`` writes a task's ``status`` or its bookkeeping fields;
- no module is over 400 lines (the language word files and their declaration: 600);
- an import inside a function is one of the documented lazy points, each of which keeps a
  command's start-up cheap (bench/bench_imports.py shows what they save).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "skill" / "task_runner"
MODULES = sorted(PACKAGE.rglob("*.py"))

# Fields of a task that record its life; only the lifecycle module may set them.
LIFECYCLE_FIELDS = frozenset((
    "status", "retries", "attempts", "run", "next_strategy", "resume_session", "retry_after",
    "blocked_by", "worker_blocked", "started_at", "completed_at", "blocked_reason",
    "user_action_required", "subagent_session", "strategies_tried",
))
# Imports that may stand inside a function, and why: each is expensive at start-up or needed by
# only one path of one command.
LAZY_POINTS = {
    "jsonschema": "schema errors are explained only when a file is invalid",
    "croniter": "~40 ms, only for a cron shape cron_next.py does not read (L, #, W, H, …)",
    "dateutil": "only when a date is not ISO 8601",
    "portalocker": "~34 ms, only on platforms without fcntl",
    "fcntl": "absent on Windows, where portalocker takes its place",
    "pwd": "only to name a folder's owner in an error message",
    "importlib.metadata": "only for --version",
    "subprocess": "only when a process is started",
    "signal": "only when a process is stopped (rundir.py)",
    "shutil": "~2 ms with bz2 and lzma: only when archived tasks' run folders are removed",
    "task_runner.parse": "the chat parser, only for parse/intake",
    "task_runner.workers": "the worker backends, only when an attempt starts or ends",
    "task_runner.verify": "only when an attempt ends",
    "task_runner.prompt": "only when an attempt starts or ends",
    "task_runner.schedule": "only when a task has a schedule",
    "task_runner.archive": "only when a pass archives, a dependency is archived, or a queue has no lastId",
    "task_runner.commands": "the command modules, only for the command that runs",
    "task_runner.openclaw": "the OpenClaw client, only inside OpenClaw",
    "task_runner.cronjob": "the backup cron job, only when setup has work to do",
    "task_runner.bundle": "the packaged skill files, only when they are written or installed",
    "task_runner.cli": "the whole command line: only when no warm server took the command (launcher.py)",
    "task_runner.config": "the settings and the queue store: every command but parse (cli.py)",
    "task_runner.fsutil": "cli.py's last-resort error message only",
    "task_runner.logsetup": "logging costs ~4 ms: configured only by detached processes and after a crash",
    "task_runner.events": "the notices (and pathlib with them): not for parse, which shares commands.Result",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, tree: ast.AST):
    """(imported module, inside a function?) for every import of our own package."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    functions = {id(node) for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    nested = set()
    for node in ast.walk(tree):
        if id(node) in functions:
            nested.update(id(child) for child in ast.walk(node) if child is not node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, id(node) in nested
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                yield (f"{base}.{alias.name}" if base else alias.name), id(node) in nested


def parsed():
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in MODULES]


def test_the_import_graph_has_no_cycle():
    known = {module_name(path) for path in MODULES}
    graph = {}
    for path, tree in parsed():
        edges = set()
        for target, _ in imports_of(path, tree):
            while target and target not in known:  # "task_runner.x.name" -> "task_runner.x"
                target = target.rpartition(".")[0]
            if target and target != module_name(path) and target != "task_runner":
                edges.add(target)
        graph[module_name(path)] = edges
    state, cycles = {}, []

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]) if nxt in path else f"{node} -> {nxt}")
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def _is_output_document(node: ast.AST) -> bool:
    """A command's ``document`` (its --json output) has a "status" key of its own; it is not a task."""
    return isinstance(node, ast.Name) and node.id == "document"


def _written_fields(tree: ast.AST):
    """(line, field) for every write of a lifecycle field: x["f"] = …, x.update(f=…), x.setdefault("f", …),
    x.pop("f"), del x["f"]."""
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif isinstance(node, ast.Delete):
            targets = node.targets
        for target in targets:
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant) \
                    and target.slice.value in LIFECYCLE_FIELDS and not _is_output_document(target.value):
                yield node.lineno, target.slice.value
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "update":
                for keyword in node.keywords:
                    if keyword.arg in LIFECYCLE_FIELDS:
                        yield node.lineno, keyword.arg
            if node.func.attr in ("setdefault", "pop") and node.args and isinstance(node.args[0], ast.Constant) \
                    and node.args[0].value in LIFECYCLE_FIELDS:
                yield node.lineno, node.args[0].value


def test_only_the_lifecycle_module_writes_a_tasks_status_and_bookkeeping():
    offenders = []
    for path, tree in parsed():
        name = module_name(path)
        if name == "task_runner.lifecycle" or name.startswith("task_runner.parse"):
            continue  # the parser's "status" is the contract's status-request flag, not a task's
        offenders += [f"{path.relative_to(PACKAGE)}:{line} writes {field!r}" for line, field in _written_fields(tree)]
    assert not offenders, "\n".join(offenders)


def test_the_status_check_catches_a_write():
    tree = ast.parse('task["status"] = "done"\ntask.update(retries=1)\ntask.pop("run", None)\n')
    assert [field for _, field in _written_fields(tree)] == ["status", "retries", "run"]


# A language's declaration (parse/lang_xx.py) is data, one table a field: it grows with the words
# the parser knows, not with logic, and a language is one file (issue 13). It has a cap of its own.
# The word files and the declaration of their fields (one field a line) grow with the vocabulary, not with rules.
LANGUAGE_FILES = frozenset(PACKAGE.glob("parse/lang_*.py")) | {PACKAGE / "parse" / "language.py"}


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path):
    limit = 600 if path in LANGUAGE_FILES else 400
    assert len(path.read_text(encoding="utf-8").splitlines()) <= limit


def test_imports_inside_functions_are_documented_lazy_points():
    stray = []
    for path, tree in parsed():
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for child in ast.walk(node):
                if isinstance(child, ast.Import):
                    names = [alias.name for alias in child.names]
                elif isinstance(child, ast.ImportFrom) and not child.level:
                    # "from task_runner import openclaw" imports the module task_runner.openclaw
                    names = [f"{child.module}.{alias.name}" if child.module == "task_runner" else child.module or ""
                             for alias in child.names]
                else:
                    continue
                for name in names:
                    if not any(name == point or name.startswith(point + ".") for point in LAZY_POINTS):
                        stray.append(f"{path.relative_to(PACKAGE)}:{child.lineno} imports {name} inside a function")
    assert not stray, "\n".join(stray)
