"""Terminal escapes and control characters never reach the screen; printable text is never changed."""

import string

import hypothesis.strategies as st
from hypothesis import given, settings

from task_runner.sanitize import clean

ESC, BEL = "\x1b", "\x07"
C1 = {chr(c) for c in range(0x80, 0xA0)}
BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {"\x7f"} | C1 | BIDI


def test_the_attacks_of_issue_10_are_removed_and_the_words_kept():
    cases = {
        "window title": (f"deploy {ESC}]0;pwned{BEL}now", "deploy now"),
        "window title, ST-terminated": (f"deploy {ESC}]2;pwned{ESC}\\now", "deploy now"),
        "clear screen and home": (f"{ESC}[2J{ESC}[Hhello", "hello"),
        "OSC 52 clipboard": (f"copy {ESC}]52;c;Y3VybCBldmlsfHNo{BEL}this", "copy this"),
        "colours": (f"{ESC}[1;31mred{ESC}[0m text", "red text"),
        "8-bit CSI": ("a\x9b2Jb", "ab"),
        "8-bit OSC": ("a\x9d0;title\x9cb", "ab"),
        "DCS": (f"a{ESC}Pq#0;2;0;0;0{ESC}\\b", "ab"),
        "reset": (f"a{ESC}cb", "ab"),
        "charset": (f"a{ESC}(Bb", "ab"),
        "unterminated OSC": (f"a{ESC}]0;title without end", "a"),
        "cursor up and erase line": (f"ok{ESC}[1A{ESC}[2Kfake", "okfake"),
        "carriage return overwrite": ("real\rfake", "realfake"),
        "bidi override": ("access \u202egnp.exe\u202c", "access gnp.exe"),
        "isolates": ("a\u2066b\u2069c", "abc"),
        "NUL, bell, backspace, DEL": ("a\x00b\x07c\x08d\x7fe", "abcde"),
    }
    for name, (raw, expected) in cases.items():
        assert clean(raw) == expected, name


def test_newlines_and_tabs_stay_or_become_spaces():
    assert clean("one\r\ntwo\tthree\u2028four") == "one\ntwo\tthree\nfour"
    assert clean("one\r\ntwo\tthree\nfour", keep_newlines=False) == "one two three four"
    assert clean(f"a\n{ESC}[31mb", keep_newlines=False) == "a b"


def test_printable_text_is_returned_as_it_is():
    text = "Héllo, 世界! naïve — “quotes” \U0001F600 עברית مرحبا \u200f mark\n\ttab " + string.printable.strip()
    assert clean(text) == text


PRINTABLE = st.text(st.characters(blacklist_categories=("Cc", "Cs"),
                                  blacklist_characters="".join(BIDI) + "\u2028\u2029") | st.sampled_from("\n\t"))
HOSTILE = st.text(st.sampled_from([ESC, BEL, "[", "]", "P", "\\", ";", "0", "2", "J", "m", "\r", "\x9b", "\x9c",
                                   "\x9d", "\x90", "\x00", "\u202e", "\u2066", "a", " ", "\n"])
                  | st.characters(), max_size=60)


@settings(max_examples=500, deadline=None)
@given(st.lists(PRINTABLE | HOSTILE, max_size=6).map("".join))
def test_output_never_holds_escape_c1_controls_or_bidi(text):
    for keep in (True, False):
        out = clean(text, keep_newlines=keep)
        assert not (set(out) & FORBIDDEN), repr(out)
        assert clean(out, keep_newlines=keep) == out  # idempotent: cleaning twice changes nothing more
        if not keep:
            assert "\n" not in out and "\t" not in out


@settings(max_examples=300, deadline=None)
@given(PRINTABLE)
def test_printable_text_is_unchanged(text):
    assert clean(text) == text


def test_a_megabyte_of_output_is_cleaned_fast():
    import time

    noisy = (f"line {ESC}[32mok{ESC}[0m\n" * 40_000) + ("plain words " * 40_000)
    started = time.perf_counter()
    out = clean(noisy)
    assert time.perf_counter() - started < 0.5
    assert ESC not in out and out.count("ok\n") == 40_000
