"""A pasted table ("Nome | Valor | Pago?", "| Panel | Who | What | By |", "|---|---|"): its header
row names the columns, and a separator row draws a line; neither is a task. The rows under them
are read as they are."""

from task_runner.parse.clean import starts_with_verb
from task_runner.parse.patterns import Lazy

_SEPARATOR = Lazy(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_MAX_HEADER_WORDS = 3


def without_headers(text: str) -> str:
    """The text without the header and separator rows of its pipe tables."""
    if text.count("|") < 4:
        return text
    lines = text.split("\n")
    kept = []
    for index, line in enumerate(lines):
        if _SEPARATOR.match(line):
            continue
        if "|" not in line:
            kept.append(line)
            continue
        following = next((other for other in lines[index + 1:index + 3] if not _SEPARATOR.match(other)), "")
        previous = lines[index - 1] if index else ""
        if _header(line, following) and not _cells(previous):
            continue
        kept.append(line)
    return "\n".join(kept)


def _cells(line: str) -> list[str]:
    if "|" not in line:
        return []
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 and all(cells) else []


def _header(line: str, following: str) -> bool:
    """A first row of short column names, above a row of as many cells."""
    cells, below = _cells(line), _cells(following)
    if not cells or len(below) != len(cells):
        return False
    return all(len(cell.split()) <= _MAX_HEADER_WORDS and not any(char.isdigit() for char in cell) for cell in cells) \
        and not starts_with_verb(cells[0])
