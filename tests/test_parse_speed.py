"""The parser stays cheap to start (issue 13 §7, issue 12 §5): every CLI call is a fresh process
that parses one message, so what ``import task_runner.parse`` loads and compiles is paid on every
call. Checked in fresh interpreters: the modules it imports, the regexes it compiles, and that
the schedule rules, datetime and croniter stay out of the way of a message that does not need
them. bench/bench_parse.py has the timings; the only timing here is a generous bound."""

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from task_runner.goal import LIST_MARK, make_goal

# Never on the parse path: croniter (~40 ms, our own check of the cron expressions we write is
# parse/cron.py), dateutil (only for a calendar date), the queue's modules, and stdlib modules
# that cost milliseconds where a cheaper route exists.
NEVER = ("croniter", "dateutil", "jsonschema", "json", "pathlib", "shutil", "ipaddress", "urllib", "dataclasses",
         "argparse", "typing", "subprocess", "logging", "task_runner.lifecycle", "task_runner.store",
         "task_runner.config", "task_runner.render", "task_runner.events")
SCHEDULE_MODULES = ("datetime", "task_runner.timeutil", "task_runner.parse.schedule", "task_runner.parse.schedule_once",
                    "task_runner.parse.schedule_cjk", "task_runner.parse.times")

PROBE = textwrap.dedent("""
    import json, re, sys
    compiled = set()
    original = re._compile
    def counting(pattern, flags):
        if isinstance(pattern, str):
            compiled.add((pattern, int(flags)))
        return original(pattern, flags)
    re._compile = counting
    before = set(sys.modules)
    from task_runner.parse import parse_message
    at_import, modules = len(compiled), set(sys.modules) - before
    for message in sys.argv[1:]:
        parse_message(message)
    print(json.dumps({"import_regexes": at_import, "regexes": len(compiled), "imported": sorted(modules),
                      "after": sorted(set(sys.modules) - before),
                      "lexicon": sorted(vars(sys.modules["task_runner.parse.lexicon"]))}))
""")


def probe(*messages: str) -> dict:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TASK_RUNNER_")}
    done = subprocess.run([sys.executable, "-c", PROBE, *messages], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_importing_the_parser_loads_none_of_the_costly_modules():
    found = probe()
    assert not [name for name in found["imported"] if name.split(".")[0] in NEVER or name in NEVER]
    assert not set(SCHEDULE_MODULES) & set(found["imported"])


@pytest.mark.parametrize("message", [
    "book a table",
    "retry T-12 but use the staging credentials",
    "what's still pending?",
    "Do these:\n1. renew the domain\n2. email Ana the invoice\n3. run the backup script",
])
def test_a_message_without_a_time_loads_no_schedule_rules(message):
    found = probe(message)
    assert not set(SCHEDULE_MODULES) & set(found["after"])
    assert not [name for name in found["after"] if name.split(".")[0] in NEVER or name in NEVER]


ITEM_RULES = ("task_runner.parse.tasks", "task_runner.parse.classify", "task_runner.parse.depends",
              "task_runner.parse.priority", "task_runner.parse.runon")


@pytest.mark.parametrize("message", ["retry T-12 but use the staging credentials", "what's still pending?",
                                     "pause everything", "for T-04: use the staging db", "skip T-03 and T-05"])
def test_a_message_without_items_loads_no_item_rules(message):
    found = probe(message)
    assert not set(ITEM_RULES) & set(found["after"])
    assert not {"SCHEDULE_WORDS", "TIME_PHRASE_WORDS", "CLAUSE_WORDS"} & set(found["lexicon"])  # built on first use


def test_a_message_with_items_loads_the_item_rules():
    assert set(ITEM_RULES) <= set(probe("book a table and email Ana the invoice")["after"])


@pytest.mark.parametrize("message", [
    "every Monday at 9am send me the sales report",
    "remind me every 2 hours to stretch",
    "pay the rent by Friday 5pm",
    "todos los lunes a las 9 envíame el informe",
    "每天早上9点提醒我喝水",
    "tomorrow at 3pm call the bank",
])
def test_a_schedule_is_read_without_croniter(message):
    found = probe(message)
    assert "task_runner.parse.schedule" in found["after"]
    assert not [name for name in found["after"] if name.split(".")[0] in NEVER or name in NEVER]


def test_the_parse_command_does_not_import_croniter(tmp_path):
    script = ("import runpy, sys; sys.argv = ['task_runner', 'parse', '--json', sys.argv[1]]\n"
              "try:\n    runpy.run_module('task_runner', run_name='__main__')\n"
              "except SystemExit:\n    pass\n"
              "sys.stderr.write(' '.join(sys.modules))")
    env = dict(os.environ, TASK_RUNNER_DIR=str(tmp_path / "tasks"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script, "every Monday at 9am send me the sales report"],
                          capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout)["tasks"][0]["schedule"]["cron"] == "0 9 * * 1"
    assert not {"croniter", "dateutil", "jsonschema"} & {name.split(".")[0] for name in done.stderr.split()}


@given(st.text(alphabet=st.sampled_from(list(" \t\n-*•+1234567890.)[]xX ab.;,:!Zé\u00a0\u2003\u3000٣①²")), max_size=40))
def test_the_goal_skips_the_list_mark_pattern_only_where_none_can_be(description):
    plain = " ".join(re.sub(LIST_MARK, "", description).split()).rstrip(" .;,:!")
    assert make_goal(description) == (plain[:1].upper() + plain[1:] + "." if plain else "")


# ---- patterns compiled per text (parse/patterns.py) ---------------------------------------------

def _slotted_patterns() -> dict:
    """Every Lazy pattern of the parser that has Words slots, by module.name."""
    import importlib
    import pkgutil

    import task_runner.parse as package
    from task_runner.parse.patterns import Lazy

    found = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"task_runner.parse.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Lazy) and value._slots:
                found[f"{info.name}.{name}"] = value
    return found


SLOTTED = _slotted_patterns()


def _vocabulary() -> list[str]:
    words = sorted({phrase for pattern in SLOTTED.values() for slot in pattern._slots for phrase in slot.phrases})
    return words + [w.upper() for w in words[::5]] + [w.title() for w in words[::7]] + list(
        "0123456789 \t\n,.;:!?-–/@'’\"()İıſé") + ["5pm", "9am", "10:30", "14h", "3rd", "2026-12-01", "T-04", "the", "by", "at"]


def _same_matches(text: str) -> None:
    from task_runner.parse.patterns import Lazy

    for name, pattern in SLOTTED.items():
        whole = re.compile(pattern._source.source(), pattern._flags)
        fresh = Lazy(pattern._source, pattern._flags)._for(text)  # compiled for this text only
        assert [(m.span(), m.groups()) for m in fresh.finditer(text)] == \
               [(m.span(), m.groups()) for m in whole.finditer(text)], (name, text)
        for method in ("match", "fullmatch"):
            a, b = getattr(fresh, method)(text), getattr(whole, method)(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, method, text)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_vocabulary()), min_size=1, max_size=12).map(" ".join))
def test_a_pattern_compiled_for_a_text_matches_as_the_whole_pattern(text):
    _same_matches(text)


@pytest.mark.parametrize("text", ["every Monday at 9am", "todos los lunes a las 9", "bis Freitag 17 Uhr", "每天早上9点",
                                  "jeden Montag", "tıme at 5pm ſunday", "EVERY MONDAY", "in 2 hours", "", "à 14h",
                                  "next friday eod", "le 3 décembre à 10h", "毎週月曜の9時に", "by the 25th"])
def test_a_pattern_compiled_for_a_text_matches_as_the_whole_pattern_on_examples(text):
    _same_matches(text)


def _required_as_re_reads_it(pattern) -> set:
    """The slots of ``pattern`` every match passes through, read by re's own parser: each slot
    replaced by a private-use character, then the characters every path of the parse tree holds."""
    from re import _constants as c
    from re import _parser

    from task_runner.parse.patterns import Words

    marks: dict = {}
    source = "".join(chr(0xF0000 + marks.setdefault(part, len(marks))) if isinstance(part, Words) else part
                     for part in pattern._source.parts)

    def required(items) -> set:
        found = set()
        for op, av in items:
            if op is c.LITERAL and av >= 0xF0000:
                found.add(av - 0xF0000)
            elif op is c.SUBPATTERN:
                found |= required(av[3])
            elif op is c.BRANCH:
                found |= set.intersection(*(required(branch) for branch in av[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                found |= required(av[2])
            elif op is c.ASSERT:
                found |= required(av[1])
            elif op is c.ATOMIC_GROUP:
                found |= required(av)
        return found

    by_mark = {mark: slot for slot, mark in marks.items()}
    return {by_mark[mark] for mark in required(_parser.parse(source, pattern._flags))}


def test_the_slots_every_match_needs_are_those_re_reads():
    """patterns.Template.required_slots reads the regex text itself (re's parser would cost as much
    as the compile it saves); it must name exactly the slots re's parse tree requires, so that a
    text without one of them is never matched by a pattern that could match it."""
    from task_runner.parse.patterns import Lazy

    slotted = [pattern for pattern in Lazy.made if pattern._slots]
    assert len(slotted) >= 40
    assert sum(bool(pattern._source.required_slots()) for pattern in slotted) >= 10
    for pattern in slotted:
        assert set(pattern._source.required_slots()) == _required_as_re_reads_it(pattern), pattern._source.source()[:80]


@pytest.mark.parametrize("source, required", [
    ("a(?:{w})b", {"w"}), ("a(?:{w})?b", set()), ("(?:{w}|x)", set()), ("(?:{w}|{w}x)", {"w"}),
    ("(?!{w})x", set()), ("(?<={w})x", {"w"}), ("(?:{w}){{2,3}}", {"w"}), ("(?:{w}){{0,3}}", set()),
    ("[(|]{w}", {"w"}), (r"\({w}\)", {"w"}), ("(?P<n>{w})+?", {"w"}), ("x|{w}", set()), ("{w}*", set()),
    ("(?i:{w})", {"w"}), ("(?P=n){w}", set()), ("(?(1){w}|{w})", set()), ("(?:{w})|(?:{v}{w})", {"w"}),
])
def test_the_required_slots_of_small_templates(source, required):
    from task_runner.parse.patterns import Template, Words

    slots = {"w": Words(["one", "two"]), "v": Words(["three"])}
    parts, rest = [], source
    while rest:
        at = min((rest.find("{" + name + "}"), name) for name in slots if "{" + name + "}" in rest) if any(
            "{" + name + "}" in rest for name in slots) else (len(rest), None)
        parts.append(rest[:at[0]].replace("{{", "{").replace("}}", "}"))
        if at[1] is None:
            break
        parts.append(slots[at[1]])
        rest = rest[at[0] + len(at[1]) + 2:]
    template = Template(tuple(part for part in parts if part != ""))
    assert {name for name, slot in slots.items() if slot in template.required_slots()} == required


def test_a_pattern_is_not_compiled_for_a_text_without_a_phrase_it_needs():
    """A cold parse of a Latin message compiled ~10 patterns that begin with a cue the message does
    not hold ("by", "every", a meal word): they cannot match, and now they are not compiled."""
    probe_code = textwrap.dedent("""
        from task_runner.parse import parse_message, patterns
        parse_message("remind me at 5pm to call Ana")
        texts = [p for p in patterns.Lazy.made if p._slots and p._required]
        skipped = [p for p in texts if not p._by_text and p._compiled is None]
        print(len(texts), len(skipped))
    """)
    done = subprocess.run([sys.executable, "-c", probe_code], capture_output=True, text=True, check=True)
    asked, skipped = map(int, done.stdout.split())
    assert asked >= 5 and skipped == asked


def test_the_letters_re_folds_unlike_lower_are_known():
    """Under IGNORECASE re matches "ı" to "i"; the per-text check lowercases the text, so a text
    with such a letter must use the whole pattern (patterns.UNSURE_CASE)."""
    from task_runner.parse.patterns import UNSURE_CASE

    alphabet = {char for pattern in SLOTTED.values() for slot in pattern._slots for phrase in slot.phrases for char in phrase}
    assert all(len(char.lower()) == 1 for char in alphabet)
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    folded_otherwise = {found for char in alphabet if not char.isspace()
                        for found in re.findall(re.escape(char), everything, re.IGNORECASE) if found.lower() != char.lower()}
    assert folded_otherwise <= UNSURE_CASE


CORPUS_DUMP = textwrap.dedent("""
    import json, sys
    from datetime import datetime, timezone
    from task_runner.parse import parse_message, patterns
    patterns._TEXTS_BEFORE_WHOLE = int(sys.argv[1])
    now = datetime(2026, 3, 11, 14, 7, tzinfo=timezone.utc)
    for path in sys.argv[2:]:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                print(json.dumps(parse_message(json.loads(line)["message"], now), ensure_ascii=False))
""")


def test_the_corpus_parses_the_same_with_patterns_per_text_and_whole():
    corpus = [os.path.join(os.path.dirname(__file__), "corpus", name) for name in ("intake.jsonl", "blind/dev.jsonl")]
    outputs = [subprocess.run([sys.executable, "-c", CORPUS_DUMP, limit, *corpus], capture_output=True, text=True,
                              check=True).stdout for limit in ("1000000000", "0")]
    assert outputs[0] == outputs[1] and outputs[0].count("\n") > 900


# ---- phrase tables indexed only when asked about a word they hold (parse/phrases.py) -----------

def _tables() -> list:
    from task_runner.parse import lexicon
    from task_runner.parse.phrases import Phrases

    found = [value for value in vars(lexicon).values() if isinstance(value, Phrases)]
    found += [table for value in vars(lexicon).values() if isinstance(value, dict) for table in value.values()
              if isinstance(table, Phrases)]
    return found + [Phrases(*ODD_SPECS)]


# and one made up for the corners of the phrase syntax: Latin runs beside Chinese characters,
# an inner "?", a "?" before a "/"
ODD_SPECS = ("T-01完成以后|做完T-02|给Bob发|好的ok?|一下?abc|a?b c|x?/y z|zz? d|请 帮我/帮忙 查", "Bob")
TABLES = _tables()
TABLE_WORDS = sorted({word for table in TABLES for spec in table._specs for phrase in spec.split("|")
                      for part in phrase.replace("?", " ").split() for word in part.split("/")})
# pieces of words too ("do" is in "done", "t" in "t-01完成") and every Chinese/Japanese character
TABLE_WORDS += sorted({piece for word in TABLE_WORDS[::4] for piece in (word[:2], word[1:], word[:-1]) if piece}
                      | {char for word in TABLE_WORDS for char in word if ord(char) > 0x3000})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TABLE_WORDS[::2] + ["xyz", "qq", "t-04", "?", ",", "の", "了", "T-01", "T-02", "Bob", "ok", "abc",
                                                                    "a?b", "x?", "y", "帮", "后"]), max_size=10))
def test_a_table_answers_the_same_before_and_after_it_is_indexed(words):
    from task_runner.parse.phrases import Phrases

    for table in TABLES:  # each question to a fresh table: the first one it holds a word of indexes it
        indexed = Phrases(*table._specs)
        indexed._first, indexed._last = indexed._index(False), indexed._index(True)
        for index in range(len(words) + 1):
            assert Phrases(*table._specs).at(words, index) == indexed.at(words, index), (table._specs[0][:40], words, index)
            assert Phrases(*table._specs).ending_at(words, index) == indexed.ending_at(words, index), \
                (table._specs[0][:40], words, index)
        assert Phrases(*table._specs).find(words) == indexed.find(words)


@pytest.mark.parametrize("words", [["T-01"], ["T-02"], ["Bob"], ["ok"], ["abc"], ["a?b", "c"], ["x?", "z"], ["y", "z"],
                                   ["zz", "d"], ["做", "完", "T-02"], ["T-01", "完", "成", "以", "后"], ["给", "Bob", "发"],
                                   ["好", "的", "ok"], ["请", "帮", "我", "查"]])
def test_the_odd_corners_of_the_phrase_syntax_answer_the_same_before_and_after_indexing(words):
    from task_runner.parse.phrases import Phrases

    indexed = Phrases(*ODD_SPECS)
    indexed._first, indexed._last = indexed._index(False), indexed._index(True)
    for index in range(len(words) + 1):
        assert Phrases(*ODD_SPECS).at(words, index) == indexed.at(words, index), index
        assert Phrases(*ODD_SPECS).ending_at(words, index) == indexed.ending_at(words, index), index
