"""``python -m task_runner.attempt RUN_DIR``: what a detached supervisor process runs.

Supervise the attempt, then run one dispatch pass in this same process so the
next task starts now rather than at the next heartbeat, and its notice is
pushed at once. When that pass starts attempts, this process adopts the first
and supervises it too (then the pass after it, and so on), instead of paying a
Python start-up and a second pass per task (issue 12 §4); the others get
supervisors of their own. This is the only module that imports both the
supervisor and the dispatch pass (the two never import each other).
"""

import logging
import signal
import sys

from task_runner import notify, supervisor
from task_runner.config import load_config, open_store
from task_runner.dispatch import dispatch_pass
from task_runner.logsetup import setup_logging
from task_runner.rundir import SPEC, RunDir

log = logging.getLogger("task_runner.attempt")
MAX_ADOPTED = 1000  # then this process ends and a fresh supervisor takes the next one (bounded memory, logs)


def _between_attempts(signum, frame) -> None:
    log.info("a stop request arrived between attempts; the attempt it was for has ended")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m task_runner.attempt RUN_DIR", file=sys.stderr)
        return 2
    run_dir = RunDir.at(argv[0])
    spec = run_dir.read_record(SPEC)
    if spec is None:
        print(f"{run_dir.file(SPEC)}: missing or not JSON", file=sys.stderr)
        return 2
    queue_dir = spec.get("queue_dir")
    setup_logging(queue_dir)
    config = store = None
    for count in range(MAX_ADOPTED + 1):
        try:
            supervisor.supervise(run_dir, adopted=count > 0)
        except Exception:
            log.exception("supervising %s failed", run_dir.path)
            return 1
        if not queue_dir:
            return 0
        # Between attempts a SIGTERM can only be a stop meant for one this process supervised
        # (its records name us): the pass must not die of it. A handler, not SIG_IGN, which a
        # hook or supervisor started by the pass would inherit.
        signal.signal(signal.SIGTERM, _between_attempts)
        try:
            if config is None:  # one store for the chain: a queue it wrote itself is not validated again
                config = load_config(dir=queue_dir, workspace=spec.get("workspace"))
                store = open_store(config)
            adopt = supervisor.adopt if count < MAX_ADOPTED else None
            report = dispatch_pass(config, store, plan_agents=False, push_inline=True, adopt=adopt)
            if report.push_since is not None:
                notify.push(config, report.push_since)
        except Exception:  # the attempt is recorded; a failed pass only delays the next start
            log.exception("the dispatch pass after %s failed", run_dir.path)
            return 0
        if report.kept is None:
            return 0
        run_dir = report.kept
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
