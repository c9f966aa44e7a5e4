"""task-runner: a persistent, chat-driven task queue for AI agents.

Kept empty of imports on purpose: every CLI call is a fresh process, so the
package must cost nothing to import.
"""

__version__ = "0.1.0"
