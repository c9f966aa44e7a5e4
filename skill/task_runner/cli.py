"""The ``task-runner`` command line (design.md §4).

The only code that sees the argument parser (argv.py): each command's arguments become explicit
parameters of a function in ``task_runner.commands``, which returns a Result;
``main`` prints it (text or ``--json``) and, once the output was written
without error, marks the notices it showed as delivered.
"""

import gc
import importlib
import json
import os
import sys

from task_runner import ids, inputs
from task_runner.argv import Command, Exit, Opt, Parser
from task_runner.errors import TaskRunnerError, UsageError, UserError
from task_runner.kinds import Status, TaskType
from task_runner.sanitize import clean
from task_runner.validate import check_number, check_whole

MAX_TIMEOUT_S = 7 * 86400


def _dispatch_flag(args) -> bool:
    return not getattr(args, "no_dispatch", False)


def _add_specs(args) -> tuple[list, str]:
    if args.stdin_json:
        if args.descriptions:
            raise UsageError("give descriptions as arguments or --stdin-json, not both.")
        return inputs.read_json_stdin(), "stdin-json task"
    if not args.descriptions:
        raise UsageError("give at least one task description (or --stdin-json).")
    shared = {
        "type": args.type, "goal": args.goal, "depends_on": args.after or None, "cron": args.cron,
        "due": args.due, "not_before": args.not_before, "command": args.task_command,
        "workdir": os.path.abspath(os.path.expanduser(args.workdir)) if args.workdir else None,
        "timeout_s": None if args.timeout is None else check_number(args.timeout, "--timeout", 1, MAX_TIMEOUT_S),
        "worker": args.worker,
        "maxRetries": None if args.max_retries is None else check_whole(args.max_retries, "--max-retries", 0, 100),
        "priority": args.priority, "group": args.group, "files": args.files or None, "after_group": args.after_group,
    }
    shared = {key: value for key, value in shared.items() if value is not None}
    return [dict(shared, description=description) for description in args.descriptions], "task"


def _edit_changes(args) -> dict:
    """The fields ``edit`` was told to change (``--after none`` clears the dependencies)."""
    given = {"description": args.description, "goal": args.goal, "command": args.task_command, "type": args.type,
             "due": args.due, "not_before": args.not_before, "priority": args.priority}
    changes = {key: value for key, value in given.items() if value is not None}
    if args.after:
        changes["depends_on"] = [] if args.after == ["none"] else args.after
    return changes


# command name -> (module under task_runner.commands, adapter from the parsed arguments to the command function).
# The module is imported only when its command runs, so `status` never pays for the parser,
# the workers or jsonschema.
COMMANDS = {
    "parse": ("parse", lambda m, a, c: m.parse(inputs.read_message(a.message))),
    "intake": ("intake", lambda m, a, c: m.intake(c, inputs.read_message(a.message), _dispatch_flag(a))),
    "add": ("queue", lambda m, a, c: m.add(c, *_add_specs(a), dispatch=_dispatch_flag(a),
                                           allow_duplicate=a.allow_duplicate)),
    "dispatch": ("passes", lambda m, a, c: m.sent(c) if a.sent else m.dispatch(c, quiet=a.quiet)),
    "status": ("status", lambda m, a, c: m.status(c, ids.expand(a.ids), a.status_filter, a.wide, a.archived,
                                                   a.month)),
    "attach": ("agent", lambda m, a, c: m.attach(c, a.id, a.session, a.run)),
    "report": ("agent", lambda m, a, c: m.report(c, a.id, bool(a.ok), a.result, a.deliverable_path, a.reason,
                                                  a.action, a.session, a.run, a.question)),
    "logs": ("logs", None),
    "answer": ("steer", lambda m, a, c: m.answer(c, a.id, sys.stdin.read() if a.text == ["-"] else " ".join(a.text),
                                                  _dispatch_flag(a))),
    "pause": ("steer", lambda m, a, c: m.pause(c, a.group, a.stop, _dispatch_flag(a))),
    "resume": ("steer", lambda m, a, c: m.resume(c, a.group, _dispatch_flag(a))),
    "group": ("steer", lambda m, a, c: m.group(c, a.name, a.parallel, _dispatch_flag(a))),
    "urgent": ("steer", lambda m, a, c: m.urgent(c, ids.expand(a.ids), _dispatch_flag(a))),
    "edit": ("steer", lambda m, a, c: m.edit(c, a.id, _edit_changes(a), _dispatch_flag(a))),
    "diff": ("steer", lambda m, a, c: m.diff(c, a.id, a.stat)),
    "archive": ("passes", lambda m, a, c: m.archive(c)),
    "wait": ("wait", lambda m, a, c: m.wait(c, ids.expand(a.ids), a.status_filter, a.timeout)),
    "serve": ("serve", lambda m, a, c: m.serve(c)),
    "setup": ("setup", lambda m, a, c: m.remove(c) if a.uninstall else m.setup(c, a.cron_done)),
    "install-skill": ("setup", lambda m, a, c: m.install_skill(
        c, "global" if a.global_ else "claude" if a.claude else "workspace")),
}
for _verb in ("retry", "skip", "cancel", "done"):
    COMMANDS[_verb] = ("queue", lambda m, a, c: m.control_command(c, a.command, ids.expand(a.ids), a.selector,
                                                                 a.note, _dispatch_flag(a)))
QUEUE_FREE = frozenset({"parse"})  # commands that read no settings and no queue
STATUS_CHOICES = Status.ALL
TYPE_CHOICES = TaskType.ALL
PRIORITY_CHOICES = ("high", "normal", "low")


def build_parser() -> Parser:
    """Every command's arguments, as data: building all of them costs ~0.2 ms (argv.py)."""
    common = [Opt(("--json",), "json", "flag", default=False, help="print one JSON document on stdout and nothing else"),
              Opt(("--dir",), "dir", metavar="DIR", help="queue folder (TASK_RUNNER_DIR)"),
              Opt(("--workspace",), "workspace", metavar="DIR",
                  help="agent workspace holding HEARTBEAT.md, TOOLS.md, AGENTS.md")]
    commands = []

    def command(name: str, help: str) -> Command:
        commands.append(Command(name, help))
        return commands[-1]

    p = command("parse", "parse a chat message (no side effects)")
    p.arg("message", help="the message, or - to read it from stdin")

    p = command("intake", "set up, parse a chat message, apply it and start tasks")
    p.arg("message", help="the message, or - to read it from stdin")
    _no_dispatch(p)

    p = command("add", "add tasks without natural-language parsing")
    p.arg("descriptions", "*", "DESCRIPTION", help="one task per argument")
    p.opt("--type", choices=TYPE_CHOICES, help="task type (default: unknown)")
    p.opt("--goal", help="one-sentence objective (default: cleaned description)")
    p.opt("--after", kind="append", metavar="T-NN", help="depends on this task (repeatable)")
    p.opt("--cron", metavar="EXPR", help="recurring schedule, e.g. '0 9 * * 1'")
    p.opt("--due", metavar="WHEN", help="deadline (ISO 8601 or a date dateutil reads)")
    p.opt("--not-before", metavar="WHEN", help="earliest start")
    p.opt("--command", dest="task_command", metavar="CMD", help="shell command (shell worker)")
    p.opt("--workdir", metavar="DIR", help="folder the worker runs in")
    p.opt("--timeout", metavar="SECONDS", help="per-attempt timeout (1 s to 7 days)")
    p.opt("--worker", metavar="KIND", help="worker kind for these tasks")
    p.opt("--max-retries", metavar="N", help="retry budget of these tasks (0 to 100)")
    p.opt("--priority", choices=PRIORITY_CHOICES, help="dispatch order: high, normal (default), low")
    p.opt("--group", metavar="NAME", help="put these tasks in a group (its own limit, pause, phase)")
    p.opt("--after-group", metavar="NAME", help="start only when every task of that group is done")
    p.opt("--files", kind="append", metavar="PATH",
          help="a file or folder the task changes (repeatable); such tasks never overlap in one tree")
    p.opt("--allow-duplicate", kind="flag", help="add it even if the same task is already pending or running")
    p.opt("--stdin-json", kind="flag", help="read a JSON array of task objects from stdin")
    _no_dispatch(p)

    p = command("dispatch", "run one dispatch pass (heartbeat, cron, finishing workers)")
    p.opt("--quiet", kind="flag", help="print nothing (used by worker supervisors)")
    p.opt("--sent", kind="flag", help="the notices dispatch printed were sent to the user (message tool); mark them")

    p = command("status", "show the task table")
    p.arg("ids", "*", "ID", help="only these tasks")
    p.opt("--status", dest="status_filter", choices=STATUS_CHOICES, help="only tasks in this status")
    p.opt("--wide", kind="flag", help="show descriptions whole")
    p.opt("--archived", kind="flag", help="show archived tasks instead")
    p.opt("--month", metavar="YYYY-MM", help="with --archived: only this month")

    for verb, help in (("retry", "put tasks back to pending with a fresh retry budget"),
                       ("skip", "skip tasks"), ("cancel", "cancel tasks (skipped, 'cancelled by user')"),
                       ("done", "mark tasks done")):
        p = command(verb, help)
        p.arg("ids", "*", "ID", help="task ids (t3, T-03 and T-03..T-05 all work)")
        p.opt("--status", dest="selector", choices=STATUS_CHOICES,
              help="also every task in this status (e.g. retry --status blocked)")
        p.opt("--note", help="a note the next attempt's worker will see")
        _no_dispatch(p)

    p = command("attach", "record the agent session that runs a task (agent worker)")
    p.arg("id")
    p.opt("--session", required=True, metavar="KEY", help="the sub-agent's session key")
    p.opt("--run", metavar="RUN_ID", help="the spawn's run id")

    p = command("report", "record the outcome of an agent-run task (agent worker)")
    p.arg("id")
    p.opt("--ok", kind="flag", help="the task succeeded")
    p.opt("--failed", kind="flag", help="the attempt failed")
    p.opt("--question", metavar="TEXT", help="the worker cannot go on without the user's answer")
    p.one_of.append((True, ("ok", "failed", "question")))
    p.opt("--result", default="", metavar="TEXT", help="what the worker delivered or said")
    p.opt("--deliverable-path", metavar="PATH")
    p.opt("--reason", metavar="TEXT", help="why it failed")
    p.opt("--session", metavar="KEY", help="the sub-agent session this report is about")
    p.opt("--run", metavar="RUN_ID", help="the spawn's run id this report is about")
    p.opt("--action", kind="many", metavar="STEP", help="steps that would unblock it")

    p = command("answer", "answer the question a task's worker asked; it resumes the same session")
    p.arg("id")
    p.arg("text", "+", "TEXT", help="the answer (or - to read it from stdin)")
    _no_dispatch(p)

    _steering(command)

    p = command("logs", "show a task's worker output")
    p.arg("id")
    p.opt("--attempt", type=int, metavar="K", help="attempt number (default: latest)")
    p.opt("--follow", "-f", kind="flag", help="keep printing while the worker runs")
    p.opt("--raw", kind="flag", help="the output exactly as written, terminal escapes included")

    command("archive", "move old finished tasks to archive/YYYY-MM.json")

    p = command("wait", "block until tasks finish (exit 0 all done, 1 any blocked/skipped, 124 timeout)")
    p.arg("ids", "*", "ID", help="these tasks (default: every unfinished task)")
    p.opt("--status", dest="status_filter", choices=STATUS_CHOICES, help="also every task in this status")
    p.opt("--timeout", type=float, metavar="SECONDS", help="give up after this long (exit 124)")

    command("serve", "run the queue's clock in the foreground (for a systemd/launchd service)")

    p = command("setup", "first-run setup (idempotent)")
    p.opt("--cron-done", kind="flag", help="the agent has created the backup cron job")
    p.opt("--uninstall", kind="flag", help="remove the dispatcher block from the heartbeat scratch and HEARTBEAT.md")

    p = command("install-skill", "copy the skill files into an agent's skills folder")
    p.opt("--global", dest="global_", kind="flag", help="~/.openclaw/skills/task-runner/")
    p.opt("--claude", kind="flag", help="~/.claude/skills/task-runner/")
    p.one_of.append((False, ("global_", "claude")))
    return Parser("task-runner", "A persistent, chat-driven task queue for AI agents.", common, commands, _version)


def _no_dispatch(p: Command) -> None:
    p.opt("--no-dispatch", kind="flag", help="do not run a dispatch pass afterwards")


def _steering(command) -> None:
    """pause, resume, group, urgent, edit, diff (answer is above, with the agent protocol)."""
    p = command("pause", "start nothing new (in a group, or anywhere) until resume")
    p.opt("--group", metavar="NAME", help="only this group")
    p.opt("--stop", kind="flag", help="also stop what runs (back to pending, session kept)")
    _no_dispatch(p)
    p = command("resume", "lift a pause")
    p.opt("--group", metavar="NAME", help="only this group")
    _no_dispatch(p)
    p = command("group", "show a group, or set how many of its tasks run at once")
    p.arg("name")
    p.opt("--parallel", type=int, metavar="N", help="at most N of its tasks at once")
    _no_dispatch(p)
    p = command("urgent", "move pending tasks to the front of the queue")
    p.arg("ids", "+", "ID")
    _no_dispatch(p)
    p = command("edit", "change a pending or blocked task (recorded in its history)")
    p.arg("id")
    p.opt("--description")
    p.opt("--goal")
    p.opt("--command", dest="task_command", metavar="CMD")
    p.opt("--type", choices=TYPE_CHOICES)
    p.opt("--after", kind="append", metavar="T-NN", help="its dependencies (none: no more)")
    p.opt("--not-before", metavar="WHEN")
    p.opt("--due", metavar="WHEN")
    p.opt("--priority", choices=PRIORITY_CHOICES)
    _no_dispatch(p)
    p = command("diff", "show the change a coding task made on its branch task-runner/T-NN")
    p.arg("id")
    p.opt("--stat", kind="flag", help="only the diff stat")


def _version() -> str:
    """--version, read from the package metadata only when asked (importlib.metadata costs ~15 ms)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"task-runner {version('openclaw-task-runner')}\n"
    except PackageNotFoundError:
        return "task-runner unknown (not installed)\n"


def _run(args, config):
    module_name, adapter = COMMANDS[args.command]
    module = importlib.import_module(f"task_runner.commands.{module_name}")
    if args.command == "logs":
        run_dir, result = module.logs(config, args.id, args.attempt, raw=args.raw)
        if args.follow and not args.json:
            print(f"📜 {result.document['id']} attempt {result.document['attempt']} ({run_dir.path}), following…")
            module.follow(run_dir, raw=args.raw)
            return None
        return result
    return adapter(module, args, config)


def _emit(args, result) -> int:
    """Print the result; mark its notices delivered only when stdout took all of it."""
    try:
        if args.json:
            # Indented for a person at a terminal; compact for a program, by json's C encoder (indent
            # makes it fall back to Python: a 10,000-task status document took 90 ms instead of 15).
            indent = 2 if sys.stdout.isatty() else None
            sys.stdout.write(json.dumps(result.document, ensure_ascii=False, indent=indent) + "\n")
        elif result.text:  # whatever a command says, no escape sequence reaches the terminal (but logs --raw)
            sys.stdout.write((result.text if getattr(args, "raw", False) else clean(result.text)) + "\n")
        sys.stdout.flush()
    except OSError as error:
        result.close()
        print(f"task-runner: error: could not write the output ({error.strerror or error}); "
              "its notices stay undelivered for the next reader.", file=sys.stderr)
        return 3
    result.delivered()
    result.close()
    return result.exit_code


def _record_crash(config, error: Exception) -> str | None:
    """Where the traceback of an unexpected error was logged; None when even that failed."""
    try:
        from task_runner.logsetup import record_crash  # logging costs ~4 ms: only after a crash

        return record_crash(config.dir if config else None, error)
    except Exception:  # the one line below must reach the user whatever broke
        return None


LONG_RUNNING = frozenset({"serve", "wait", "logs"})  # may live for hours: they keep the garbage collector


def run(after=None) -> None:
    """A command run in this process (launcher.py, when no warm server took it): ``main``, then
    ``after`` (starting a warm server for the next command), then leave at once.

    A command lives a few tens of milliseconds. The cyclic garbage collector
    only costs it time (a 10,000-task queue makes it run dozens of times while
    it is parsed), and the interpreter's teardown frees every object one by one
    (~2 ms). Nothing is left to do at exit: no threads, no atexit handlers,
    every file is closed and the log handlers write through; stdout and stderr
    are flushed here.
    """
    if not LONG_RUNNING & set(sys.argv[1:]):
        gc.disable()
    os._exit(finish(main(), after))


def finish(code: int, after=None) -> int:
    """Flush the output of a command that is done (its process leaves with ``os._exit``)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:  # a closed or full stdout was already reported by main (on stderr)
            pass
    if after:
        after()
    return code


def main(argv: list[str] | None = None) -> int:
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else argv
    try:
        inputs.check_arguments(argv)
    except UserError as error:
        if "--json" in argv:
            print(json.dumps({"ok": False, "error": str(error), "exit_code": error.exit_code}))
        print(f"task-runner: error: {error}", file=sys.stderr)
        return error.exit_code
    try:
        args = build_parser().parse_args(argv)
    except Exit as done:  # -h, --version, or a usage error already explained on stderr
        if done.code and "--json" in argv:  # --json promises one JSON document on stdout, even now
            print(json.dumps({"ok": False, "error": done.message, "exit_code": done.code}, ensure_ascii=False))
        return done.code
    config = None
    try:
        if args.command not in QUEUE_FREE:
            from task_runner.config import load_config  # settings and the store: not needed by parse

            config = load_config(dir=args.dir, workspace=args.workspace)
        result = _run(args, config)
        return 0 if result is None else _emit(args, result)
    except TaskRunnerError as error:
        if args.json:
            print(json.dumps({"ok": False, "error": str(error), "exit_code": error.exit_code},
                             ensure_ascii=False))
        print(f"task-runner: error: {clean(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, RecursionError) as error:  # last resort (issue 10): one line, never a traceback
        from task_runner.fsutil import last_resort_message  # only on this error path

        print(f"task-runner: error: {last_resort_message(error)}", file=sys.stderr)
        return 3
    except Exception as error:  # a bug of ours: the user gets one line, the log gets the traceback
        where = _record_crash(config, error)
        print(f"task-runner: internal error: {type(error).__name__}: {error}"[:500]
              + (f" (details in {where})" if where else "") + ". Please report it; nothing else was changed "
              "by this command after the point it failed.", file=sys.stderr)
        return 3
