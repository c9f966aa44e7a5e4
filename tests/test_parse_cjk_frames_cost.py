"""Task numbers in CJK frames ("任务4", "タスク7", "T ハイフン 66"; id_frames.py, spoken_ids.py) are looked for
in every message: their patterns (~3.5 ms to compile) are compiled only for a text in those scripts that may
hold one, so a cold `parse` of a Latin message does not pay for them, and a CJK message still reads them."""

import subprocess
import sys

PROBE = """
from task_runner.parse import id_frames, parse_message, spoken_ids
doc = parse_message("remind me at 5pm to call Ana, and retry T-04 with the new key")
assert [c["ids"] for c in doc["commands"]] == [["T-04"]], doc
assert id_frames._pattern.cache_info().currsize == 0, "id frames compiled for a Latin text"
assert spoken_ids._cjk_frames.cache_info().currsize == 0, "spoken CJK ids compiled for a Latin text"
doc = parse_message("重试任务4")
assert [c["ids"] for c in doc["commands"]] == [["T-04"]], doc
assert id_frames._pattern.cache_info().currsize == 1
doc = parse_message("T ハイフン 66 をキャンセル")
assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("cancel", ["T-66"])], doc
assert spoken_ids._cjk_frames.cache_info().currsize == 1
print("ok")
"""


def test_the_cjk_id_patterns_are_compiled_only_for_a_text_in_those_scripts():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
