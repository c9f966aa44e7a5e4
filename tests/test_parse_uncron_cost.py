"""A repetition no cron line says (parse/uncron.py) is looked for in every scheduled item: its
patterns (~27 ms to compile at a process's first schedule) are compiled only for a message that
holds one of their phrases, so a cold `parse` or `intake` does not pay for them."""

import subprocess
import sys

PROBE = """
from task_runner.parse import uncron
def untouched(lazy):
    return lazy._compiled is None and not lazy._by_text
assert uncron.unexpressible("every Monday at 9 water the plants, and tomorrow at 5pm call Ana") == ""
assert all(map(untouched, (uncron._ALTERNATE, uncron._ORDINAL_WEEKDAY, uncron._MONTH_WORD))), "compiled for nothing"
assert uncron.unexpressible("every other Thursday call mum") == "every other"
assert uncron.unexpressible("pay the rent the first Monday of the month") == "first Monday"
assert uncron.unexpressible("每个月第一个周一开会") == "第一个周一"
assert uncron.unexpressible("the first Monday I can, call the bank") == ""  # no month: weekly at most
print("ok")
"""


def test_the_patterns_are_compiled_only_for_a_message_that_may_hold_such_a_repetition():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
