"""Scans at C speed (`str.find`, `str.count`) for the few places a rule can apply, not a
pattern or a test per word. Used by the artifact, number and casing stages and their helpers.
"""

from __future__ import annotations

from collections.abc import Iterator


def positions(source: str, text: str) -> Iterator[int]:
    """Where ``text`` stands in ``source``, in order, found at C speed (a pattern opening on
    a class or a look-behind tries every position of the source; the strings looked for
    here are few in a caption: a dash, " k", a cue's closing bracket)."""
    at = source.find(text)
    while at >= 0:
        yield at
        at = source.find(text, at + 1)


def holding(keys: list[str], part: str) -> list[int]:
    """The indices of the keys that hold ``part`` (one character, not a newline), in order:
    found in the keys joined, at C speed (few hold it; a test of each costs a step per word)."""
    joined = "\n".join(keys)
    if joined.count("\n") != len(keys) - 1:  # a key holds a newline
        return [i for i, key in enumerate(keys) if part in key]
    out: list[int] = []
    at = joined.find(part)
    k, pos = 0, 0  # the key holding ``pos`` in ``joined``
    while at >= 0:
        k += joined.count("\n", pos, at)
        out.append(k)
        pos = joined.find("\n", at)
        if pos < 0:
            break
        at = joined.find(part, pos)
    return out
