"""``python -m task_runner.attempt RUN_DIR…``: what a detached supervisor process runs.

Supervise the attempts, and each time some have ended, run one dispatch pass
in this same process: it records every result this process holds in one
write, starts what may start now, and hands those attempts to this process
too, instead of paying a Python start-up, a lock and a queue write per task
(issue 12 §4); notices are pushed at once. One pass's attempts share one
supervisor, so a queue's work is in the hands of one process that batches
what it records. This is the only module that imports both the supervisor
and the dispatch pass (the two never import each other).
"""

import logging
import sys

from task_runner import notify, supervisor
from task_runner.config import load_config, open_store
from task_runner.dispatch import dispatch_pass
from task_runner.logsetup import setup_logging
from task_runner.rundir import SPEC, RunDir

log = logging.getLogger("task_runner.attempt")
MAX_ADOPTED = 1000  # then this process adopts no more; fresh supervisors take the next ones (bounded logs)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m task_runner.attempt RUN_DIR…", file=sys.stderr)
        return 2
    run_dirs = [RunDir.at(path) for path in argv]
    specs = [run_dir.read_record(SPEC) for run_dir in run_dirs]
    if any(spec is None for spec in specs):
        missing = next(run_dir for run_dir, spec in zip(run_dirs, specs) if spec is None)
        print(f"{missing.file(SPEC)}: missing or not JSON", file=sys.stderr)
        return 2
    queue_dir = specs[0].get("queue_dir")
    setup_logging(queue_dir)
    supervision = supervisor.Supervision()
    adopted, handed, config, store = 0, [], None, None

    def adopt(run_dir: RunDir, spec: dict) -> None:
        """Inside the pass: only the records, so every attempt it started names this process at
        once; the workers start when the pass is over."""
        nonlocal adopted
        handed.append((run_dir, supervisor.adopt(run_dir, spec)))
        adopted += 1

    try:
        supervision.add(list(zip(run_dirs, specs)), adopted=False)
        while supervision.attempts:
            supervision.wait_for_results()
            if not queue_dir:
                continue
            try:
                if config is None:  # one store for the whole run: a queue it wrote itself is not checked again
                    config = load_config(dir=queue_dir, workspace=specs[0].get("workspace"))
                    store = open_store(config)
                report = dispatch_pass(config, store, plan_agents=False, push_inline=not supervision.attempts,
                                       adopt=adopt if adopted < MAX_ADOPTED else None)
                if report.push_since is not None:
                    notify.push(config, report.push_since)
            except Exception:  # the attempts are recorded; a failed pass only delays the next start
                log.exception("the dispatch pass after an attempt in %s failed", run_dirs[0].path.parent)
            supervision.add(handed, adopted=True)
            handed.clear()
    except Exception:
        log.exception("supervising %s failed", ", ".join(str(run_dir.path) for run_dir in run_dirs))
        return 1
    finally:
        supervision.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
