"""Validation against the packaged JSON Schema (``queue.schema.json``).

The schema is the single definition of a valid queue. Checking it with the
``jsonschema`` library costs ~50 ms of imports, too much for every command, so
the hot path walks the schema with the small interpreter below, which knows
exactly the keywords the schema uses (type, enum, pattern, minimum, required,
properties, items, $ref). Only when a document fails does ``jsonschema`` run,
to name the failing schema path authoritatively. A test keeps the two in
agreement on generated documents.
"""

import json
import re
from functools import lru_cache
from importlib import resources

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "null": type(None),
    "boolean": bool,
}


@lru_cache(maxsize=None)
def schema() -> dict:
    return json.loads(resources.files("task_runner").joinpath("queue.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _pattern(text: str):
    return re.compile(text)


def _is_type(value, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def _first_error(value, node: dict, path: str, root: dict) -> str | None:
    """The first violation as ``path: what is wrong``, or None when ``value`` is valid."""
    if "$ref" in node:
        node = _resolve(root, node["$ref"])
    kind = node.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(_is_type(value, k) for k in kinds):
            return f"{path}: expected {' or '.join(kinds)}, got {json.dumps(value, ensure_ascii=False)[:60]}"
    if "enum" in node and value not in node["enum"]:
        return f"{path}: {json.dumps(value, ensure_ascii=False)[:60]} is not one of {', '.join(node['enum'])}"
    if isinstance(value, str) and "pattern" in node and not _pattern(node["pattern"]).search(value):
        return f"{path}: {value[:60]!r} does not match {node['pattern']}"
    if "minimum" in node and _is_type(value, "number") and value < node["minimum"]:
        return f"{path}: {value} is less than the minimum {node['minimum']}"
    if isinstance(value, dict):
        for key in node.get("required", ()):
            if key not in value:
                return f"{path}: required field {key!r} is missing"
        properties = node.get("properties", {})
        for key, item in value.items():
            if key in properties:
                error = _first_error(item, properties[key], f"{path}.{key}", root)
                if error:
                    return error
    if isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            error = _first_error(item, node["items"], f"{path}[{index}]", root)
            if error:
                return error
    return None


def _resolve(root: dict, ref: str) -> dict:
    node = root
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def queue_error(queue) -> str | None:
    """Why ``queue`` is not a valid (completed) queue document, or None."""
    root = schema()
    error = _first_error(queue, root, "$", root)
    if error:
        return f"{error} (schema path: {_schema_path(queue)})"
    seen = set()
    for index, task in enumerate(queue["tasks"]):
        if task["id"] in seen:
            return f"$.tasks[{index}].id: duplicate task id {task['id']}"
        seen.add(task["id"])
    return None


def task_error(task, path: str = "$") -> str | None:
    """Why ``task`` is not a valid task object, or None (used for input batches)."""
    root = schema()
    return _first_error(task, root["$defs"]["task"], path, root)


def _schema_path(queue) -> str:
    """The failing schema path according to the reference implementation."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(schema()).iter_errors(queue))
    if error is None:  # pragma: no cover - the interpreter and jsonschema disagree
        return "?"
    return "/".join(str(part) for part in error.absolute_schema_path)


def is_valid_reference(document) -> bool:
    """The verdict of the ``jsonschema`` library itself (for tests and ``doctor`` checks)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema()).is_valid(document)
