"""The parser on messages written blind (by someone who saw only the contract, never the parser).

tests/corpus/blind/dev.jsonl was scored on first sight and then used to find general rules;
holdout.jsonl was scored once, near the end, and never tuned on; holdout3.jsonl was scored on
first sight and then was the development set of the third round (holdout2 stayed held out); holdout4.jsonl
likewise of the fourth, holdout5.jsonl of the seventh, holdout6.jsonl of the eighth, holdout7.jsonl of the ninth, holdout8.jsonl of the tenth
(after round 9, which watched every corpus: holdout 0.919, holdout2 0.920, holdout4 0.933, holdout5
0.962, holdout6 0.929 exact).
SCORES.md records both. The
floors sit slightly below what was reached, so a regression fails while the figures are printed
(`pytest -s tests/test_blind_corpus.py`).
"""
import json
from pathlib import Path

import pytest

from corpus_scoring import blind_figures, check_case, parse_or_error, print_blind

BLIND = Path(__file__).parent / "corpus" / "blind"
# name → floors on: exact (whole message), mode, silently_wrong (max), unsure (max)
FLOORS = {
    "dev": {"exact": 0.97, "mode": 0.99, "silently_wrong": 0.02, "unsure": 0.05},  # reached 0.953 / 1.00 / 0.047 / 0.047; round 7: 0.965 / 1.00 / 0.032 / 0.05
    "holdout": {"exact": 0.92, "mode": 0.98, "silently_wrong": 0.07, "unsure": 0.04},  # never seen: 0.656 / 0.90 / 0.344 / 0.019; round 6: 0.844 / 0.969 / 0.156 / 0.019
    "holdout2": {"exact": 0.93, "mode": 0.96, "silently_wrong": 0.06, "unsure": 0.03},  # never seen: 0.785 / 0.91 / 0.215 / 0.0; round 6: 0.875 / 0.955 / 0.10 / 0.03; round 7: 0.88 / 0.955 / 0.095 / 0.03
    # the development set of the third round: first sight 0.716 / 0.888 / 0.281 / 0.006, reached 0.972 / 0.984 / 0.022 / 0.025
    "holdout3": {"exact": 0.97, "mode": 0.98, "silently_wrong": 0.02, "unsure": 0.03},
    # the development set of the fourth round: first sight 0.637 / 0.908 / 0.333 / 0.050, reached 0.862 / 0.979 / 0.129 / 0.042
    # round 6 (general rules, before holdout5): 0.90 / 0.983 / 0.096 / 0.038; round 7: 0.917 / 0.988 / 0.079 / 0.042
    # round 11 (unsure signals from the first-sight errors of holdout5–8): 0.933 / 0.992 / 0.050 / 0.058
    # round 19: 0.938 / 0.992 / 0.050 / 0.054
    # round 20: 0.954 / 0.992 / 0.038 / 0.050
    "holdout4": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.05, "unsure": 0.05},
    # the development set of the seventh round: first sight 0.709 / 0.938 / 0.287 / 0.019 (on 790b2d3),
    # 0.728 / 0.938 / 0.269 / 0.019 on af19e5f before the round; reached 0.953 / 0.997 / 0.034 / 0.041
    "holdout5": {"exact": 0.97, "mode": 0.99, "silently_wrong": 0.02, "unsure": 0.05},
    # never seen until round 8: first sight 0.775 / 0.925 / 0.208 / 0.038 on 6d8d16a, reached 0.871 / 0.979 / 0.117 / 0.038
    # round 11: 0.929 / 0.996 / 0.046 / 0.058
    # round 19: 0.942 / 0.996 / 0.033 / 0.058
    # round 20: 0.950 / 0.996 / 0.029 / 0.054
    "holdout6": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.03, "unsure": 0.05},
    # the development set of round 9: first sight 0.781 / 0.941 / 0.209 / 0.028 on 3940912, reached 0.991 / 0.994 / 0.009 / 0.034
    # the development set of round 10: first sight 0.875 / 0.969 / 0.122 / 0.022 on 0e05061 (after round 9),
    # reached 0.962 / 0.994 / 0.038 / 0.019
    "holdout8": {"exact": 0.96, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.04},
    # never seen until round 12: first sight 0.784 / 0.941 / 0.203 / 0.044 on 441c963; the development set
    # of round 12, reached 0.856 / 0.972 / 0.134 / 0.041
    # round 16 (both parts): 0.925 / 1.00 / 0.053 / 0.062; round 17: 0.944 / 1.00 / 0.038 / 0.056
    # round 19: 0.950 / 1.00 / 0.034 / 0.053
    "holdout9": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.06},
    # never seen until round 13: first sight 0.794 / 0.962 / 0.150 / 0.091 on f7d80c1 (after rounds 11 and 12);
    # the development set of round 13 (both parts merged): 0.866 / 0.988 / 0.103 / 0.072
    # round 16 (both parts): 0.925 / 1.00 / 0.050 / 0.075
    # round 19: 0.938 / 1.00 / 0.044 / 0.066
    "holdout10": {"exact": 0.93, "mode": 0.99, "silently_wrong": 0.05, "unsure": 0.07},
    # never seen until round 15: first sight 0.897 / 0.991 / 0.081 / 0.056 on 206a879 (after rounds 13 and 14);
    # the development set of round 15 (both parts merged): 0.916 / 0.994 / 0.072 / 0.047
    # round 16 (both parts): 0.950 / 1.00 / 0.038 / 0.050
    # round 19: 0.962 / 1.00 / 0.028 / 0.047
    "holdout11": {"exact": 0.96, "mode": 0.99, "silently_wrong": 0.03, "unsure": 0.05},
    # never seen until round 17: first sight 0.831 / 0.988 / 0.119 / 0.088 on a7ac647 (after round 15);
    # after round 16 (tuned on holdout9-11 only): 0.841 / 0.994 / 0.106 / 0.091;
    # the development set of round 17 (both parts merged): 0.975 / 1.00 / 0.022 / 0.044
    "holdout12": {"exact": 0.97, "mode": 0.99, "silently_wrong": 0.03, "unsure": 0.05},
    # never seen until after round 17: first sight 0.853 / 0.966 / 0.125 / 0.050 on 657e973 (after rounds 16-17),
    # and the same 0.853 / 0.969 / 0.122 / 0.053 on a7ac647 (before them): the rounds changed 2 of its 320 cases
    # the development set of round 18 (its mode misses): 0.875 / 0.991 / 0.103 / 0.056
    # round 19 (both parts merged): 0.944 / 0.997 / 0.056 / 0.038
    "holdout13": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.05, "unsure": 0.05},
    # never seen until after round 18: first sight 0.841 / 0.966 / 0.134 / 0.059 on 92b26fd
    # after round 19 (tuned on holdout13 only, never on it): 0.853 / 0.972 / 0.122 / 0.059
    # the development set of round 20 (both parts merged): 0.938 / 1.00 / 0.053 / 0.044
    "holdout14": {"exact": 0.94, "mode": 0.99, "silently_wrong": 0.05, "unsure": 0.06},
    # never seen until after round 19: first sight 0.872 / 0.981 / 0.097 / 0.075 on eae0657
    # after round 20 (never tuned on it): 0.881 / 0.988 / 0.091 / 0.072
    # the development set of round 21 (both parts merged): 0.931 / 0.997 / 0.047 / 0.075
    "holdout15": {"exact": 0.93, "mode": 0.99, "silently_wrong": 0.05, "unsure": 0.08},
    # never seen until after round 20: first sight 0.866 / 0.975 / 0.109 / 0.066 on 0f5b33c
    # the development set of round 22 (both parts merged): 0.925 / 0.997 / 0.050 / 0.072 (after round 21 too)
    # after rounds 23-24: 0.941 / 0.997 / 0.037 / 0.069
    "holdout16": {"exact": 0.94, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.07},
    # never seen, held out from every round: first sight 0.862 / 0.994 / 0.106 / 0.075 on 039c3b5
    # after rounds 21-24, never tuned on: 0.884 / 0.994 / 0.094 / 0.066; after rounds 26-28: 0.894 / 0.994 / 0.084 / 0.066
    "holdout17": {"exact": 0.89, "mode": 0.99, "silently_wrong": 0.09, "unsure": 0.07},
    # never seen until after rounds 21-22: first sight 0.819 / 0.997 / 0.134 / 0.097 on c4a7d9c (work)
    # the development set of round 23 (four parts merged) and after round 24: 0.900 / 0.997 / 0.078 / 0.072
    "holdout18": {"exact": 0.90, "mode": 0.99, "silently_wrong": 0.08, "unsure": 0.08},
    # never seen until after rounds 21-22: first sight 0.850 / 0.991 / 0.116 / 0.097 on c4a7d9c (private life)
    # the development set of round 23 (four parts merged) and after round 24: 0.925 / 1.00 / 0.059 / 0.075
    "holdout19": {"exact": 0.92, "mode": 0.99, "silently_wrong": 0.06, "unsure": 0.08},
    # never seen until after round 23: first sight 0.838 / 0.988 / 0.109 / 0.106 on 5428024 (written in a hurry)
    # the development set of round 24 (four parts merged): 0.916 / 0.997 / 0.053 / 0.081
    "holdout20": {"exact": 0.91, "mode": 0.99, "silently_wrong": 0.06, "unsure": 0.09},
    # never seen, held out: first sight 0.888 / 0.994 / 0.097 / 0.056 on d360042 (after round 24)
    "holdout21": {"exact": 0.88, "mode": 0.99, "silently_wrong": 0.10, "unsure": 0.06},
    # never seen until after round 24: first sight 0.791 / 0.953 / 0.175 / 0.084 on aa15516
    # a development set of rounds 26-27: 0.947 / 1.00 / 0.034 / 0.066
    "holdout22": {"exact": 0.94, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.07},
    # never seen: first sight 0.734 / 0.962 / 0.203 / 0.109 on 6645f7a
    # a development set of rounds 26-27: 0.884 / 0.991 / 0.084 / 0.081
    "holdout23": {"exact": 0.88, "mode": 0.99, "silently_wrong": 0.09, "unsure": 0.09},
    # never seen: first sight 0.759 / 0.931 / 0.197 / 0.100 on 34524bd (the parser of a04b16b);
    # after round 26, never tuned on: 0.769 / 0.941 / 0.188 / 0.094; the development set of round 27:
    # 0.903 / 1.00 / 0.078 / 0.066 (0.906 after round 28)
    "holdout24": {"exact": 0.90, "mode": 0.99, "silently_wrong": 0.08, "unsure": 0.07},
    # never seen: first sight 0.719 / 0.925 / 0.197 / 0.119 on d1a08c5 (after round 26); after round 27,
    # never tuned on: 0.722 / 0.925 / 0.197 / 0.119; the development set of round 28: 0.812 / 0.969 / 0.122 / 0.112
    "holdout25": {"exact": 0.81, "mode": 0.96, "silently_wrong": 0.13, "unsure": 0.12},
    # never seen: first sight 0.747 / 0.981 / 0.200 / 0.091 on a97b00e (after round 28); the development
    # set of round 29: 0.844 / 0.991 / 0.112 / 0.084
    "holdout26": {"exact": 0.84, "mode": 0.99, "silently_wrong": 0.12, "unsure": 0.09},
    # never seen: first sight 0.784 / 0.959 / 0.175 / 0.100 on b156075 (= a97b00e's parser); after round 29,
    # never tuned on: the same; the development set of round 30: 0.897 / 0.991 / 0.075 / 0.097
    "holdout27": {"exact": 0.89, "mode": 0.99, "silently_wrong": 0.08, "unsure": 0.10},
    # never seen: first sight 0.769 / 0.962 / 0.166 / 0.106 on 6343498 (after round 29); after round 30,
    # never tuned on: 0.772 / 0.966 / 0.159 / 0.109
    # the development set of round 31: 0.959 / 1.00 / 0.034 / 0.047
    "holdout28": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.06},
    # never seen: first sight 0.759 / 0.969 / 0.191 / 0.109 on f6bde2b (after round 30); after round 31,
    # never tuned on: 0.769 / 0.969 / 0.188 / 0.103; the development set of round 32: 0.944 / 0.988 / 0.041 / 0.062
    "holdout29": {"exact": 0.94, "mode": 0.98, "silently_wrong": 0.05, "unsure": 0.07},
    # never seen, held out from rounds 31-32: first sight 0.803 / 0.959 / 0.162 / 0.059 on f90d165 (after round 30);
    # after rounds 31-32, never read: 0.803 / 0.962 / 0.162 / 0.059
    "holdout30": {"exact": 0.80, "mode": 0.95, "silently_wrong": 0.17, "unsure": 0.06},
    # never seen: first sight 0.812 / 0.988 / 0.175 / 0.100 on 04f265f (after rounds 31-32; 0.800 on f6bde2b)
    # the development set of round 33 (with holdout32): 0.938 / 0.988 / 0.062 / 0.088
    "holdout31": {"exact": 0.93, "mode": 0.98, "silently_wrong": 0.07, "unsure": 0.09},
    # never seen: first sight 0.834 / 0.978 / 0.131 / 0.072 on 080ade5 (the parser of the end of round 32)
    # the development set of round 33 (four parts merged): 0.900 / 0.981 / 0.078 / 0.066; after round 34: 0.903
    "holdout32": {"exact": 0.90, "mode": 0.98, "silently_wrong": 0.08, "unsure": 0.07},
    # never seen: first sight 0.847 / 0.997 / 0.119 / 0.091 on 020d6b8 (before round 33, written beside it);
    # after round 33, never read: 0.853 / 0.997 / 0.112 / 0.091
    # the development set of round 34 (four parts merged): 0.934 / 1.00 / 0.050 / 0.072
    "holdout33": {"exact": 0.93, "mode": 0.99, "silently_wrong": 0.06, "unsure": 0.08},
    # never seen, held out from round 34: first sight 0.841 / 0.972 / 0.131 / 0.069 on 7dfe31e (after round 33;
    # 0.834 on 020d6b8, before it); after round 34, never read: 0.847 / 0.972 / 0.125 / 0.069
    # the development set of round 35: 0.928 / 0.975 / 0.066 / 0.041 after it; 0.962 after round 36
    "holdout34": {"exact": 0.96, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.05},
    # never seen, held out from round 35: first sight 0.869 / 0.978 / 0.106 / 0.075 on accfe63 (after round 34);
    # after round 35, never read: 0.875 / 0.978 / 0.103 / 0.072; the development set of round 36:
    # 0.956 / 1.00 / 0.031 / 0.069 after it
    "holdout35": {"exact": 0.95, "mode": 0.99, "silently_wrong": 0.04, "unsure": 0.07},
    # never seen, held out from round 36: first sight 0.853 / 0.978 / 0.125 / 0.059 on f31e00a (after round 35);
    # after round 36, never read: 0.856 / 0.981 / 0.122 / 0.056; the development set of round 37: 0.909 /
    # 0.981 / 0.075 / 0.059 after it
    "holdout36": {"exact": 0.90, "mode": 0.98, "silently_wrong": 0.08, "unsure": 0.06},
    # never seen: first sight 0.909 / 0.969 / 0.075 / 0.059 on 95036f9 (after round 36; 0.912 on d09b946, 0.909 on accfe63)
    # held out from round 37: 0.919 / 0.969 / 0.066 / 0.059 after it, never read
    # a development set of round 38: 0.931 / 0.975 / 0.056 / 0.056
    "holdout37": {"exact": 0.93, "mode": 0.97, "silently_wrong": 0.06, "unsure": 0.06},
    # never seen: first sight 0.825 / 0.966 / 0.144 / 0.078 on 171b743 (after round 37; 0.822 on accfe63, before round 35)
    # a development set of round 38: 0.894 / 0.988 / 0.091 / 0.062
    "holdout38": {"exact": 0.89, "mode": 0.98, "silently_wrong": 0.10, "unsure": 0.07},
    # never seen: first sight 0.847 / 0.978 / 0.128 / 0.088 on 51a8179 (after round 37; 0.844 on accfe63)
    # after round 38, never read: the same; the development set of round 39: 0.906 / 0.991 / 0.075 / 0.081
    "holdout39": {"exact": 0.90, "mode": 0.99, "silently_wrong": 0.08, "unsure": 0.09},
    # never seen: first sight 0.866 / 0.981 / 0.109 / 0.075 on 51a8179 (after round 37)
    # after rounds 38 and 39, never read: 0.872 / 0.984 / 0.106 / 0.072
    # the development set of round 40: 0.912 / 0.991 / 0.069 / 0.066
    "holdout40": {"exact": 0.91, "mode": 0.99, "silently_wrong": 0.07, "unsure": 0.07},
    # never seen: first sight 0.856 / 0.984 / 0.125 / 0.072 on 4e74284 (after round 39; 0.853 on 51a8179, 0.850 on accfe63)
    # after round 40, never read: the same; the development set of round 41: 0.900 / 0.984 / 0.094 / 0.059
    "holdout41": {"exact": 0.89, "mode": 0.98, "silently_wrong": 0.10, "unsure": 0.07},
    # never seen: first sight 0.841 / 0.981 / 0.112 / 0.100 on 7e33f5d (after round 40; 0.838 on 51a8179, 0.831 on accfe63)
    # after round 41, never read: 0.847 / 0.981 / 0.109 / 0.097
    # the development set of round 42: 0.912 / 0.988 / 0.066 / 0.081
    "holdout42": {"exact": 0.90, "mode": 0.98, "silently_wrong": 0.07, "unsure": 0.09},
    "holdout7": {"exact": 0.99, "mode": 0.99, "silently_wrong": 0.01, "unsure": 0.04},
}


def _load(name):
    path = BLIND / (name + ".jsonl")
    if not path.exists():
        pytest.skip(f"{path.name} is not written yet")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_corpus_is_well_formed(name):
    cases = _load(name)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for case in cases:
        check_case(case, blind=True)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_corpus_figures(name):
    from task_runner.parse import parse_message

    cases = _load(name)
    docs = {c["id"]: parse_or_error(parse_message, c["message"]) for c in cases}
    rates, aspects, misses = blind_figures(cases, docs)
    print_blind(name, rates, aspects, misses)
    got, floor = rates["all"], FLOORS[name]
    assert got["exact"] >= floor["exact"] and got["mode"] >= floor["mode"], got
    assert got["silently_wrong"] <= floor["silently_wrong"] and got["unsure"] <= floor["unsure"], got
