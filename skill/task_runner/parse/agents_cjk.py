"""An item in a script without spaces that hands its work to an agent: an agent word among its first words
("编程助手帮我…", "エージェントに…"), or an agent named in Latin letters ("Codexに直させて", "Claude Codeに
…してもらって", "让Cursor把…改成…"): with the particle that names to whom the work goes after it, or a
delegating verb before it ("Claudeについて調べて" asks about Claude, it hands nothing over)."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import is_cjk

_PARTICLES = lexicon.phrases("agent_particles")
_TOPIC = lexicon.phrases("topic_words")


def cjk_delegates(words: list[str], agent: tuple[int, int]) -> bool:
    """Whether the agent word at ``agent`` (index, length) hands the item's work to it, in CJK text."""
    start, length = agent
    if is_cjk(words[0][:1]):
        return start <= 8
    if start > 8 or not any(is_cjk(word[:1]) for word in words[start:start + 12]):
        return False
    end = start + length
    while end < len(words) and words[end].isascii() and words[end].isalpha() and end < start + 3:
        end += 1  # the rest of its name: "Claude Code"
    return bool(_PARTICLES.at(words, end)) and not _TOPIC.at(words, end) \
        or start > 0 and bool(lexicon.DELEGATE_VERBS.at(words, start - 1)) and is_cjk(words[start - 1][:1])
