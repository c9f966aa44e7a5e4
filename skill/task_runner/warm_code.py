"""The code a warm server runs (warm.py), and whether the disk still holds it.

A server imported the package and its libraries once; after an upgrade or an edit the files on
disk are other code, which it must not run. Files are compared by size and modification time.
"""

import os
import sys
import time

# A package file changed this recently may have changed while this server imported it.
FRESH_NS = 2_000_000_000


def package_files() -> frozenset:
    """The package's own files (code, schema) with their size and modification time."""
    package = os.path.dirname(os.path.abspath(__file__))
    paths = []
    for folder, folders, names in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        paths += [os.path.join(folder, name) for name in names if name.endswith((".py", ".json"))]
    return _signed(paths)


def imported_files() -> frozenset:
    """The file of every library module imported, with size and modification time (the standard
    library is left out: it changes only with the interpreter, which names the socket)."""
    stdlib = os.path.dirname(os.__file__) + os.sep
    paths = [path for module in list(sys.modules.values()) if (path := getattr(module, "__file__", None))]
    return _signed([path for path in paths if not path.startswith(stdlib) or "site-packages" in path])


def _signed(paths: list[str]) -> frozenset:
    files = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        files.add((path, info.st_size, info.st_mtime_ns))
    return frozenset(files)


def same(known: frozenset) -> bool:
    for path, size, mtime in known:
        try:
            info = os.stat(path)
        except OSError:
            return False
        if info.st_size != size or info.st_mtime_ns != mtime:
            return False
    return True


def fresh(known: frozenset) -> bool:
    """Was one of these files changed so lately that it may have changed while it was imported?"""
    return any(mtime > time.time_ns() - FRESH_NS for _, _, mtime in known)
