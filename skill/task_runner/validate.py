"""Validation against the packaged JSON Schema (``queue.schema.json``).

The schema is the single definition of a valid queue. Checking it with the
``jsonschema`` library costs ~50 ms of imports, too much for every command, so
the hot path compiles the schema into small checking functions, which know
exactly the keywords the schema uses (type, enum, pattern, minimum, maximum,
maxLength, maxItems, required, properties, items, $ref). Only when a document fails does ``jsonschema`` run,
to name the failing schema path authoritatively. A test keeps the two in
agreement on generated documents.
"""

import json
import math
import os
import re
from functools import cache

from task_runner.errors import UserError

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "queue.schema.json")  # os.path: parse never imports pathlib
# Longest free text (description, command, note) and name (path, session, strategy) the schema allows.
TEXT_LIMIT = 1_048_576
NAME_LIMIT = 4096


@cache
def checker_identity() -> str:
    """Which checker vouches for a fingerprint in ``task-queue.json.checked`` (store.py): size and
    modification time of the files that define a valid queue (and, lifecycle.py, a complete one),
    so an upgrade checks and completes every queue once again rather than trusting a verdict of
    the code it replaced."""
    parts = []
    here = os.path.dirname(__file__)
    for path in (__file__, SCHEMA_PATH, os.path.join(here, "store.py"), os.path.join(here, "lifecycle.py")):
        try:
            info = os.stat(path)
            parts.append(f"{info.st_size}.{info.st_mtime_ns}")
        except OSError:
            parts.append("?")
    return "-".join(parts)


@cache
def schema() -> dict:
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        return json.load(handle)


def _type_check(kinds: list):
    """A predicate for JSON Schema types (booleans are not integers, integers are numbers)."""
    plain = {"object": dict, "array": list, "string": str, "null": type(None), "boolean": bool}
    classes = tuple(plain[k] for k in kinds if k in plain)
    numbers = "number" in kinds
    integers = "integer" in kinds

    def check(value) -> bool:
        if isinstance(value, bool):
            return bool in classes
        if isinstance(value, classes):
            return True
        if isinstance(value, int):
            return numbers or integers
        # NaN and infinities are not JSON: never valid, whatever the schema allows
        return numbers and isinstance(value, float) and math.isfinite(value)

    return check


def _compile(node: dict, root: dict):
    """Turn a schema node into a function ``value -> None | (path parts, message)``.

    Compiling once per process makes checking a 1,000-task queue a few
    milliseconds; the error path is only built when something is wrong.
    """
    if "$ref" in node:
        node = _resolve(root, node["$ref"])
    checks = []
    if "type" in node:
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        is_type = _type_check(kinds)
        label = " or ".join(kinds)

        def type_check(value):
            if not is_type(value):
                return [], f"expected {label}, got {_preview(value)}"
        checks.append(type_check)
    if "enum" in node:
        allowed = node["enum"]

        def enum_check(value):
            if value not in allowed:
                return [], f"{_preview(value)} is not one of {', '.join(allowed)}"
        checks.append(enum_check)
    if "pattern" in node:
        search = re.compile(node["pattern"]).search
        text = node["pattern"]

        def pattern_check(value):
            if isinstance(value, str) and not search(value):
                return [], f"{value[:60]!r} does not match {text}"
        checks.append(pattern_check)
    if "minimum" in node:
        minimum = node["minimum"]

        def minimum_check(value):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < minimum:
                return [], f"{_short_number(value)} is less than the minimum {minimum}"
        checks.append(minimum_check)
    if "maximum" in node:
        maximum = node["maximum"]

        def maximum_check(value):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value > maximum:
                return [], f"{_short_number(value)} is more than the maximum {maximum}"
        checks.append(maximum_check)
    if "maxLength" in node:
        max_length = node["maxLength"]

        def length_check(value):
            if isinstance(value, str) and len(value) > max_length:
                return [], f"text of {len(value):,} characters is longer than the limit of {max_length:,}"
        checks.append(length_check)
    if "maxItems" in node:
        max_items = node["maxItems"]

        def count_check(value):
            if isinstance(value, list) and len(value) > max_items:
                return [], f"{len(value):,} items are more than the limit of {max_items:,}"
        checks.append(count_check)
    if "required" in node or "properties" in node:
        required = tuple(node.get("required", ()))
        properties = {key: _compile(sub, root) for key, sub in node.get("properties", {}).items()}

        def object_check(value):
            if not isinstance(value, dict):
                return None
            for key in required:
                if key not in value:
                    return [], f"required field {key!r} is missing"
            for key, item in value.items():
                check = properties.get(key)
                if check is not None:
                    error = check(item)
                    if error:
                        return [f".{key}"] + error[0], error[1]
        checks.append(object_check)
    if "items" in node:
        item_check = _compile(node["items"], root)

        def items_check(value):
            if not isinstance(value, list):
                return None
            for index, item in enumerate(value):
                error = item_check(item)
                if error:
                    return [f"[{index}]"] + error[0], error[1]
        checks.append(items_check)

    def run(value):
        for check in checks:
            error = check(value)
            if error:
                return error
        return None

    return run


def _short_number(value) -> str:
    """A number for a message: a 5,000-digit integer is named by its size, not printed."""
    if isinstance(value, int) and abs(value) >= 10**18:
        return f"an integer of about {int(abs(value).bit_length() * 0.30103) + 1} digits"
    return f"{value}"


def _preview(value) -> str:
    """At most ~60 characters of any value, cheap even for a huge or deeply nested one."""
    if isinstance(value, (dict, list)):
        return f"{'an object' if isinstance(value, dict) else 'an array'} of {len(value)} items"
    if isinstance(value, int) and not isinstance(value, bool):
        return _short_number(value)
    if isinstance(value, str):
        return json.dumps(value[:60], ensure_ascii=False)
    return json.dumps(value)


def _resolve(root: dict, ref: str) -> dict:
    node = root
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def compile_checks() -> None:
    """Read and compile the schema now: the warm server does it once, before it forks (its
    check of its files covers the schema, so a changed schema is never checked by an old one)."""
    _validator(None)
    _validator("task")


@cache
def _validator(definition: str | None):
    root = schema()
    return _compile(root["$defs"][definition] if definition else root, root)


def _first_error(value, definition: str | None, path: str) -> str | None:
    error = _validator(definition)(value)
    return None if error is None else f"{path}{''.join(error[0])}: {error[1]}"


def queue_error(queue, skip_tasks: list[bool] | None = None) -> str | None:
    """Why ``queue`` is not a valid (completed) queue document, or None.

    ``skip_tasks[i]`` true means task i is known valid already (unchanged
    since it was read), so a write re-checks only what it changed.
    """
    if skip_tasks is None:
        error = _first_error(queue, None, "$")
    else:
        error = _first_error(dict(queue, tasks=[]), None, "$")
        tasks = queue["tasks"]
        unknown = [index for index, known in enumerate(skip_tasks[:len(tasks)]) if not known]
        unknown += range(len(skip_tasks), len(tasks))  # a short list leaves the rest unknown
        for index in unknown:
            if error:
                break
            error = _first_error(tasks[index], "task", f"$.tasks[{index}]")
    if error:
        return f"{error} (schema path: {_schema_path(queue)})"
    if len({task["id"] for task in queue["tasks"]}) == len(queue["tasks"]):
        return None  # no twin: the common case, decided in one set
    seen = set()
    for index, task in enumerate(queue["tasks"]):
        if task["id"] in seen and task.get("idConflict") is not True:  # archive.py keeps a flagged twin
            return f"$.tasks[{index}].id: duplicate task id {task['id']}"
        seen.add(task["id"])
    return None


def _schema_path(queue) -> str:
    """The failing schema path according to the reference implementation."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    try:
        error = best_match(Draft202012Validator(schema()).iter_errors(queue))
    except (ValueError, RecursionError):  # jsonschema repr()s the value: a 5,000-digit int cannot be
        return "?"
    if error is None:  # pragma: no cover - the interpreter and jsonschema disagree
        return "?"
    return "/".join(str(part) for part in error.absolute_schema_path)


def is_valid_reference(document) -> bool:
    """The verdict of the ``jsonschema`` library itself (for tests and ``doctor`` checks)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema()).is_valid(document)


def check_number(value, name: str, minimum: float, maximum: float) -> float:
    """``value`` (a flag's text, or a number from stdin-json or a setting) as a finite float within
    ``[minimum, maximum]``; otherwise a UserError naming ``name`` and the range."""
    wanted = f"give a number from {minimum:g} to {maximum:g}"
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text) if len(text) <= 40 else math.inf
        except ValueError:
            raise UserError(f"{name}: {_preview(text)} is not a number; {wanted}.") from None
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an integer too big for a float
            number = math.inf
    else:
        raise UserError(f"{name}: expected a number, got {_preview(value)}; {wanted}.")
    if not math.isfinite(number):
        raise UserError(f"{name}: {_preview(value)} is not a finite number; {wanted}.")
    if not minimum <= number <= maximum:
        raise UserError(f"{name}: {_preview(value)} is out of range; {wanted}.")
    return number


def check_whole(value, name: str, minimum: int, maximum: int) -> int:
    """``value`` (a flag's text or a JSON number) as a whole number within ``[minimum, maximum]``;
    otherwise a UserError naming ``name`` and the range (1.5, 1e400 and 10**5000 included)."""
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit() and len(value.strip()) <= 40:
        value = int(value.strip())
    number = check_number(value, name, minimum, maximum)
    if isinstance(value, str) or number != int(number):
        raise UserError(f"{name}: {_preview(value)} is not a whole number; give one from {minimum} to {maximum}.")
    return int(number)


def check_text(value, name: str, limit: int = TEXT_LIMIT) -> str:
    """``value`` if it is text that can be stored: valid UTF-8 (no lone surrogates, which is how
    Python hands over invalid bytes of argv or a ``\\ud800`` escape) of at most ``limit`` characters."""
    if not isinstance(value, str):
        raise UserError(f"{name}: expected text, got {_preview(value)}.")
    if len(value) > limit:
        raise UserError(f"{name}: {len(value):,} characters is over the limit of {limit:,}; shorten it, "
                        "or write the details to a file and name the file.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        char = value[error.start]
        what = (f"byte 0x{ord(char) - 0xDC00:02x} is not valid UTF-8" if "\udc80" <= char <= "\udcff"
                else "it holds half a character (a lone surrogate)")
        raise UserError(f"{name}: {what} (at character {error.start}); send the text as UTF-8.") from None
    return value
