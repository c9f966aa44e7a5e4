"""The ``task-runner`` command line (design.md §4).

Each subcommand names its handler as ``module:function``; the module is only
imported when that command runs, so ``task-runner status`` never pays for the
parser, the workers or jsonschema.
"""

import argparse
import importlib
import sys

from task_runner import __version__
from task_runner.errors import TaskRunnerError

HANDLERS = {
    "parse": "task_runner.intake:run_parse",
    "intake": "task_runner.intake:run",
    "add": "task_runner.add:run",
    "dispatch": "task_runner.dispatch:run",
    "status": "task_runner.status:run",
    "retry": "task_runner.control:run",
    "skip": "task_runner.control:run",
    "cancel": "task_runner.control:run",
    "done": "task_runner.control:run",
    "attach": "task_runner.dispatch:run_attach",
    "report": "task_runner.dispatch:run_report",
    "logs": "task_runner.logs:run",
    "archive": "task_runner.archive:run",
    "setup": "task_runner.setup:run",
    "install-skill": "task_runner.install_skill:run",
}
STATUS_CHOICES = ("pending", "running", "done", "blocked", "skipped")
TYPE_CHOICES = ("messaging", "reminder-scheduling", "code-execution", "file-creation",
                "agent-delegation", "info-lookup", "unknown")


def _common(suppress: bool) -> argparse.ArgumentParser:
    """--json/--dir/--workspace, accepted before and after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="print one JSON document on stdout and nothing else")
    common.add_argument("--dir", default=default, metavar="DIR", help="queue folder (TASK_RUNNER_DIR)")
    common.add_argument("--workspace", default=default, metavar="DIR",
                        help="agent workspace holding HEARTBEAT.md, TOOLS.md, AGENTS.md")
    return common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that subcommand is built (argparse setup of all of them
    costs ~9 ms, a sixth of a command's budget)."""
    parser = argparse.ArgumentParser(
        prog="task-runner", parents=[_common(False)],
        description="A persistent, chat-driven task queue for AI agents.")
    parser.add_argument("--version", action="version", version=f"task-runner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = [_common(True)]

    def command(name: str, help: str) -> argparse.ArgumentParser:
        if only and name != only:
            return argparse.ArgumentParser(add_help=False)  # built and thrown away: cheap
        return sub.add_parser(name, parents=common, help=help, description=help)

    p = command("parse", "parse a chat message (no side effects)")
    p.add_argument("message", help="the message, or - to read it from stdin")

    p = command("intake", "set up, parse a chat message, apply it and start tasks")
    p.add_argument("message", help="the message, or - to read it from stdin")
    p.add_argument("--no-dispatch", action="store_true", help="do not run the dispatch pass afterwards")

    p = command("add", "add tasks without natural-language parsing")
    p.add_argument("descriptions", nargs="*", metavar="DESCRIPTION", help="one task per argument")
    p.add_argument("--type", choices=TYPE_CHOICES, help="task type (default: unknown)")
    p.add_argument("--goal", help="one-sentence objective (default: cleaned description)")
    p.add_argument("--after", action="append", default=[], metavar="T-NN",
                   help="depends on this task (repeatable)")
    p.add_argument("--cron", metavar="EXPR", help="recurring schedule, e.g. '0 9 * * 1'")
    p.add_argument("--due", metavar="WHEN", help="deadline (ISO 8601 or a date dateutil reads)")
    p.add_argument("--not-before", metavar="WHEN", help="earliest start")
    p.add_argument("--command", dest="task_command", metavar="CMD", help="shell command (shell worker)")
    p.add_argument("--workdir", metavar="DIR", help="folder the worker runs in")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="per-attempt timeout")
    p.add_argument("--worker", metavar="KIND", help="worker kind for these tasks")
    p.add_argument("--max-retries", type=int, metavar="N", help="retry budget of these tasks")
    p.add_argument("--stdin-json", action="store_true", help="read a JSON array of task objects from stdin")
    p.add_argument("--no-dispatch", action="store_true", help="do not run a dispatch pass afterwards")

    p = command("dispatch", "run one dispatch pass (heartbeat, cron, finishing workers)")
    p.add_argument("--quiet", action="store_true", help="print nothing (used by worker supervisors)")

    p = command("status", "show the task table")
    p.add_argument("ids", nargs="*", metavar="ID", help="only these tasks")
    p.add_argument("--status", dest="status_filter", choices=STATUS_CHOICES, help="only tasks in this status")
    p.add_argument("--wide", action="store_true", help="show descriptions whole")
    p.add_argument("--archived", action="store_true", help="show archived tasks instead")
    p.add_argument("--month", metavar="YYYY-MM", help="with --archived: only this month")

    for verb, help in (("retry", "put tasks back to pending with a fresh retry budget"),
                       ("skip", "skip tasks"), ("cancel", "cancel tasks (skipped, 'cancelled by user')"),
                       ("done", "mark tasks done")):
        p = command(verb, help)
        p.add_argument("ids", nargs="*", metavar="ID", help="task ids (t3, T-03 and T-03..T-05 all work)")
        p.add_argument("--status", dest="selector", choices=STATUS_CHOICES,
                       help="also every task in this status (e.g. retry --status blocked)")
        p.add_argument("--note", help="a note the next attempt's worker will see")
        p.add_argument("--no-dispatch", action="store_true", help="do not run a dispatch pass afterwards")

    p = command("attach", "record the agent session that runs a task (agent worker)")
    p.add_argument("id")
    p.add_argument("--session", required=True, metavar="KEY", help="the sub-agent's session key")
    p.add_argument("--run", metavar="RUN_ID", help="the spawn's run id")

    p = command("report", "record the outcome of an agent-run task (agent worker)")
    p.add_argument("id")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--ok", action="store_true", help="the task succeeded")
    outcome.add_argument("--failed", action="store_true", help="the attempt failed")
    p.add_argument("--result", default="", metavar="TEXT", help="what the worker delivered or said")
    p.add_argument("--deliverable-path", metavar="PATH")
    p.add_argument("--reason", metavar="TEXT", help="why it failed")
    p.add_argument("--action", nargs="+", default=[], metavar="STEP", help="steps that would unblock it")

    p = command("logs", "show a task's worker output")
    p.add_argument("id")
    p.add_argument("--attempt", type=int, metavar="K", help="attempt number (default: latest)")
    p.add_argument("--follow", "-f", action="store_true", help="keep printing while the worker runs")

    command("archive", "move old finished tasks to archive/YYYY-MM.json")

    p = command("setup", "first-run setup (idempotent)")
    p.add_argument("--cron-done", action="store_true", help="the agent has created the backup cron job")

    p = command("install-skill", "copy the skill files into an agent's skills folder")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--global", dest="global_", action="store_true", help="~/.openclaw/skills/task-runner/")
    where.add_argument("--claude", action="store_true", help="~/.claude/skills/task-runner/")
    return parser


def _handler(command: str):
    module_name, function = HANDLERS[command].split(":")
    return getattr(importlib.import_module(module_name), function)


def main(argv: list[str] | None = None) -> int:
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else argv
    wanted = next((word for word in argv if not word.startswith("-")), None)
    args = build_parser(wanted if wanted in HANDLERS else None).parse_args(argv)
    from task_runner.config import load_config

    try:
        config = load_config(dir=args.dir, workspace=args.workspace)
        return _handler(args.command)(args, config) or 0
    except TaskRunnerError as error:
        if args.json:
            import json

            print(json.dumps({"ok": False, "error": str(error), "exit_code": error.exit_code},
                             ensure_ascii=False))
        print(f"task-runner: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, RecursionError) as error:  # last resort (issue 10): one line, never a traceback
        from task_runner.fsutil import last_resort_message

        print(f"task-runner: error: {last_resort_message(error)}", file=sys.stderr)
        return 3
