"""``python -m task_runner.attempt RUN_DIR``: what a detached supervisor process runs.

Supervise the attempt, then run one dispatch pass in this same process so the
next task starts now rather than at the next heartbeat, and its notice is
pushed at once. This is the only module that imports both the supervisor and
the dispatch pass (the two never import each other).
"""

import logging
import sys

from task_runner import supervisor
from task_runner.config import load_config, open_store
from task_runner.dispatch import dispatch_pass
from task_runner.logsetup import setup_logging
from task_runner.rundir import SPEC, RunDir

log = logging.getLogger("task_runner.attempt")


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
    try:
        supervisor.supervise(run_dir)
    except Exception:
        log.exception("supervising %s failed", run_dir.path)
        return 1
    if queue_dir:
        try:
            config = load_config(dir=queue_dir, workspace=spec.get("workspace"))
            dispatch_pass(config, open_store(config), plan_agents=False, push_inline=True)
        except Exception:  # the attempt is recorded; a failed pass only delays the next start
            log.exception("the dispatch pass after %s failed", run_dir.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
