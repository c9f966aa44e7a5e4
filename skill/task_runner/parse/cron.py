"""A check of the five-field cron expressions the parser writes, without importing croniter
(the parse path of every CLI call stays light; croniter checks them again when they are stored)."""

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def is_valid(expression: str) -> bool:
    """``*``, ``*/n``, ``a``, ``a-b``, ``a-b/n`` and comma lists of them, each inside its field's range."""
    fields = expression.split()
    return len(fields) == 5 and all(_field_ok(field, low, high) for field, (low, high) in zip(fields, _RANGES))


def _field_ok(field: str, low: int, high: int) -> bool:
    for part in field.split(","):
        body, _, step = part.partition("/")
        if step and not (step.isdigit() and int(step) > 0):
            return False
        if body == "*":
            continue
        first, _, last = body.partition("-")
        if not (first.isdigit() and low <= int(first) <= high):
            return False
        if last and not (last.isdigit() and int(first) <= int(last) <= high):
            return False
    return bool(field)
