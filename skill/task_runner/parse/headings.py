"""Headings inside a pasted list: lines that name a group of items and are no item themselves.

A markdown heading ("## Monday") or a title set in brackets on a line of its own ("【买菜】", "[Work]",
"〈仕事〉"), or behind a heading symbol ("■ 仕事", "◆ Home"), is a heading wherever it stands. Between list
items, a short line of its own that ends in a colon ("Week 2:", "生活：") or holds only a time phrase
("Dienstag", "12月5日") heads the items below it too: it is not the wrapped end of the item above.
The items under a heading stay tasks; the heading only groups them.
"""

from task_runner.parse.lists import mark
from task_runner.parse.patterns import Lazy
from task_runner.parse.phrases import Tokens, has_cjk
from task_runner.parse.time_words import is_time_word

_MARKDOWN = Lazy(r"^\s{0,3}#{1,6}\s")
# a bracketed title alone on its line: something inside that is no checkbox state ("[ ]", "[x]")
_BRACKETED = Lazy(r"^\s*(?:【[^】\n]{1,40}】|〖[^〗\n]{1,40}〗|〈[^〉\n]{1,40}〉|《[^》\n]{1,40}》|〔[^〕\n]{1,40}〕"
                  r"|［[^］\n]{2,40}］|\[[^\]\n]{2,40}\])\s*[:：]?\s*$")
_SYMBOL = Lazy(r"^\s*[■◆◇▼▽▲△★☆]\s*(?P<title>[^\n]{1,30})$")  # not "□" (an open box) nor "●" (a bullet to some)
_COLON_END = Lazy(r"^\s*(?P<title>[^\n:：]{1,30})[:：]\s*$")
_CHECKED = frozenset(("x", "✓", "✔"))


def blank_headings(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with every heading blanked (a blank line ends the item above, so nothing joins it), and the
    headings by their line, each with the time it names ("### Antes del 10 de enero", "## Jeden Tag"; else ""):
    that time is the items' below it, up to the next heading."""
    marks = [mark(line) for line in lines]
    heads_list, below = [False] * len(lines), False  # whether the next line that holds something is a list item
    for index in range(len(lines) - 1, -1, -1):
        heads_list[index] = below
        if lines[index].strip():
            below = bool(marks[index] and marks[index].body)
    out, times, seen_item = [], {}, False
    for index, line in enumerate(lines):
        heads = heads_list[index]
        if marks[index] is None and (_titled(line) or heads and _symbol(line) or seen_item and heads and heads_items(line)):
            out.append("")
            title = line.strip().lstrip("#■◆◇▼▽▲△★☆ ").strip("【】〖〗〈〉《》〔〕［］[]:： ")
            times[index] = title if _names_time(title) else ""
            continue
        seen_item = seen_item or bool(marks[index] and marks[index].body)
        out.append(line)
    return out, times


def _names_time(title: str) -> bool:
    """"Antes del 10 de enero", "Jeden Tag", "周五前", "月曜日": a word of the time tables in the title (a CJK
    one is several characters, each a token: its runs of two to four are looked up)."""
    words = Tokens(title).words
    if any(is_time_word(word.lower()) for word in words if not has_cjk(word)):
        return True
    return any(is_time_word("".join(words[at:at + size])) for size in (2, 3, 4) for at in range(len(words) - size + 1)
               if all(has_cjk(word) for word in words[at:at + size]))


def _titled(line: str) -> bool:
    """"## Monday", "【买菜】", "[Work]": a markdown heading or a bracketed title, a heading wherever it stands."""
    if "#" in line and _MARKDOWN.match(line):
        return True
    stripped = line.strip()
    if not stripped or stripped[0] not in "【〖〈《〔［[" or not _BRACKETED.match(stripped):
        return False
    inner = stripped.rstrip(":： ")[1:-1].strip()
    return inner.lower() not in _CHECKED and any(ch.isalnum() for ch in inner)


def _symbol(line: str) -> bool:
    """"■ 仕事", "◆ Home" over list items: a title behind a heading symbol."""
    symbol = _SYMBOL.match(line) if line.strip()[:1] in "■◆◇▼▽▲△★☆" else None
    return bool(symbol) and len(Tokens(symbol.group("title")).words) <= 12


def heads_items(line: str) -> bool:
    """Between list items: a short line ending in a colon, or a time phrase alone, heads the items below."""
    if _COLON_END.match(line):
        return len(Tokens(line).words) <= 8
    words = [word for word in Tokens(line.strip().rstrip(".,")).words if word not in ",.、，"]
    return 0 < len(words) <= 4 and all(is_time_word(word.lower()) or is_time_word(word) for word in words)
