"""Round 10 part B (holdout8 as the development set, fr/it/pt misses): general rules for classes of
misses, each in every language it applies to, worded differently from the corpus."""

import pytest

from parsing import commands_of, parse_at_now

# ---- a control verb misspelt by one letter is compared without accents ("reesaie" is one letter from
# ---- "réessaie", "rélance" from "relance")

@pytest.mark.parametrize("text, command", [
    ("reesaie T-17 stp", ("retry", ["T-17"], None)),
    ("T-05 rélance", ("retry", ["T-05"], None)),
    ("annlue T-21", ("cancel", ["T-21"], None)),
    ("reintena T-08 por favor", ("retry", ["T-08"], None)),
    ("cancle T-33", ("cancel", ["T-33"], None)),
    ("riporva T-12", ("retry", ["T-12"], None)),
    ("canclea a T-14", ("cancel", ["T-14"], None)),
])
def test_misspelt_control_verb_compared_without_accents(text, command):
    doc = parse_at_now(text)
    assert commands_of(doc) == [command], doc
    assert doc["tasks"] == [], [t["description"] for t in doc["tasks"]]
