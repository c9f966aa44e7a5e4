"""File scopes: the files and folders a task will touch, so two never edit them at once in one tree.

A task's scope is what ``--files`` lists plus the paths its description names
(``README.md``, ``src/app.py``, ``docs/``). Each is resolved against the folder
the task runs in, so tasks in separate worktrees never share a path, and two
tasks in the same folder that name the same file, or a file inside a folder
the other names, overlap: the second waits until the first is done.
"""

import os
import re

_URL = (r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_PATH = (r"(?<![\w/@.-])(?:~/|\.{1,2}/|/)?[\w.-]+(?:/[\w.-]*)*",)
_NOT_PATHS = frozenset(("and/or", "w/", "n/a", "i/o", "24/7", "a/b"))


def named_paths(text: str | None) -> list[str]:
    """Paths a sentence names: a word with a known file extension, or one with a slash in it."""
    if not text or ("/" not in text and "." not in text):  # most descriptions: no path can be in them
        return []
    from task_runner.verify import FILE_EXTENSIONS  # the verifier's table, loaded by a text that may need it

    found = []
    # re.compile's own cache: compiled by the first description that may name a path, not at import
    for word in re.compile(*_PATH).findall(re.compile(*_URL).sub(" ", text)):
        word = word.rstrip(".")
        if word.lower() in _NOT_PATHS or not any(ch.isalpha() for ch in word):
            continue
        extension = word.rsplit(".", 1)[-1].lower() if "." in os.path.basename(word) else ""
        if ("/" in word or extension in FILE_EXTENSIONS) and word not in found:
            found.append(word)
    return found


def scope(task: dict, workdir: str) -> list[str]:
    """The absolute, normalised paths ``task`` touches when it runs in ``workdir``."""
    named = list(task.get("files") or ()) + named_paths(task.get("description"))
    base = os.path.expanduser(workdir)
    return sorted({os.path.normpath(os.path.join(base, os.path.expanduser(path))) for path in named})


def overlap(first: list[str], second: list[str]) -> str | None:
    """A path both scopes touch (the same file, or one inside a folder of the other); None if apart."""
    for a in first:
        for b in second:
            if a == b or a.startswith(b.rstrip(os.sep) + os.sep) or b.startswith(a.rstrip(os.sep) + os.sep):
                return a if len(a) >= len(b) else b
    return None
