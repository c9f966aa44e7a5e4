"""task-runner: a persistent, chat-driven task queue for AI agents.

Kept empty of imports on purpose: every CLI call is a fresh process, so the
package must cost nothing to import. The version is written once, in
pyproject.toml, and read from the installed package's metadata on demand.
"""


def __getattr__(name: str):
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("openclaw-task-runner")
        except PackageNotFoundError:
            return "unknown"
    raise AttributeError(name)
