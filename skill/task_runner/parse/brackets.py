"""Words inside brackets: "Tシャツ（Lサイズ、品番 5001-01）を30枚注文して", "バグ（issue #58、日付が…件）を直させて",
"order 25 shirts (size M, ref. 3001C) and …". What a bracket holds is an aside about the words before it (a size,
a code, what the bug is), so no comma or "and" inside it starts a request of its own.
"""

_PAIRS = {"(": ")", "（": "）", "[": "]", "【": "】"}
_REACH = 40  # a bracket that does not close within this many words is a smiley or a slip, no aside


def enclosed(words: list[str]) -> frozenset[int]:
    """The indexes of the words between an opening bracket and its closing one."""
    inside: set[int] = set()
    at = 0
    while at < len(words):
        close = _PAIRS.get(words[at])
        end = next((n for n in range(at + 1, min(len(words), at + _REACH)) if words[n] == close), None) if close else None
        if end is None:
            at += 1
            continue
        inside.update(range(at + 1, end))
        at = end + 1
    return frozenset(inside)


def may_hold(text: str) -> bool:
    return any(mark in text for mark in _PAIRS)
