"""One place that decides between human text and the ``--json`` document."""

import json


def emit(args, document: dict, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif text:
        print(text)
