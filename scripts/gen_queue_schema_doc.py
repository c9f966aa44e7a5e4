#!/usr/bin/env python3
"""Regenerate the field tables of references/queue-schema.md from the packaged JSON Schema.

The schema (skill/task_runner/queue.schema.json) is the one definition of a valid
queue; the tables between the GENERATED markers are rendered from it, so the
document cannot drift (tests/test_skill_md.py fails when it has).

    python scripts/gen_queue_schema_doc.py          # rewrite the tables
    python scripts/gen_queue_schema_doc.py --check  # exit 1 if they are out of date
"""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "skill" / "task_runner" / "queue.schema.json"
DOC = REPO / "references" / "queue-schema.md"
BEGIN = "<!-- BEGIN GENERATED from skill/task_runner/queue.schema.json: do not edit by hand -->"
END = "<!-- END GENERATED -->"


def _resolve(schema: dict, node: dict) -> tuple[dict, str | None]:
    ref = node.get("$ref")
    if not ref:
        return node, None
    name = ref.rsplit("/", 1)[-1]
    return schema["$defs"][name], name


def describe_type(schema: dict, node: dict, bounds: bool = True) -> str:
    """A short human type: ``integer ≥ 1``, ``string (T-NN) or null``, ``array of attempt``."""
    target, ref_name = _resolve(schema, node)
    if "enum" in target:
        return "one of " + ", ".join(f"`{value}`" for value in target["enum"])
    kinds = target.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    words = []
    for kind in kinds:
        if kind == "array" and "items" in target:
            item, item_ref = _resolve(schema, target["items"])
            named = item_ref if item.get("type") == "object" else None
            words.append(f"array of {named or describe_type(schema, item, bounds=False)}")
        else:
            words.append(kind)
    text = " or ".join(words)
    if ref_name == "optionalTimestamp":
        text = "ISO 8601 time or null"
    elif "pattern" in target:
        text += f" matching `{target['pattern']}`"
    if "minimum" in target:
        text += f", ≥ {target['minimum']}"
    if not bounds:
        return text
    if "maximum" in target:
        text += f", ≤ {target['maximum']:,}"
    if "maxLength" in target:
        text += f", at most {target['maxLength']:,} characters"
    if "maxItems" in target:
        text += f", at most {target['maxItems']:,} items"
    return text


def table(schema: dict, node: dict) -> str:
    required = set(node.get("required", ()))
    rows = ["| Field | Type | Always present | Meaning |", "| --- | --- | --- | --- |"]
    for name, prop in node["properties"].items():
        description = prop.get("description") or _resolve(schema, prop)[0].get("description") or "—"
        rows.append(f"| `{name}` | {describe_type(schema, prop)} | {'yes' if name in required else 'no'} "
                    f"| {description} |")
    return "\n".join(rows)


def render(schema: dict) -> str:
    defs = schema["$defs"]
    return "\n".join([
        BEGIN, "",
        "### Top level", "", table(schema, schema), "",
        "### Each task (`tasks[]`)", "", table(schema, defs["task"]), "",
        "### Each attempt (`strategies_tried[]`)", "", table(schema, defs["attempt"]), "",
        "### `schedule`", "", table(schema, defs["schedule"]), "",
        END,
    ])


def updated(doc: str, schema: dict) -> str:
    start, stop = doc.index(BEGIN), doc.index(END) + len(END)
    return doc[:start] + render(schema) + doc[stop:]


def main(argv: list[str]) -> int:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = DOC.read_text(encoding="utf-8")
    new = updated(doc, schema)
    if "--check" in argv:
        if new != doc:
            print(f"{DOC} is out of date: run python scripts/gen_queue_schema_doc.py", file=sys.stderr)
            return 1
        return 0
    if new != doc:
        DOC.write_text(new, encoding="utf-8")
        print(f"updated {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
