"""Fixed word sequences ("thanks for having me", "up next") found in a unit's words in one
pass, by an index of each phrase's first and second word.

Built at import from the cue modules' phrase lists; used by `speakercues`, `promos`, `clips`,
`introductions` and `voices`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_Entry = tuple[int, int, tuple[str, ...]]
"""(group number, rank in the order the phrases were given, phrase)."""


class Phrases:
    """Phrases in numbered groups (the order of the arguments), indexed by first word, then
    second word: a phrase is compared only where its first two words stand."""

    __slots__ = ("firsts", "_next", "_seconds", "_singles")

    def __init__(self, *groups: Iterable[tuple[str, ...]]) -> None:
        by_first: dict[str, list[_Entry]] = {}
        rank = 0
        for g, group in enumerate(groups):
            for phrase in group:
                by_first.setdefault(phrase[0], []).append((g, rank, phrase))
                rank += 1
        self._next: dict[str, dict[str, list[_Entry]]] = {}
        self._singles: dict[str, list[_Entry]] = {}
        for first, entries in by_first.items():
            nxt: dict[str, list[_Entry]] = {}
            for e in entries:
                if len(e[2]) == 1:
                    self._singles.setdefault(first, []).append(e)
                else:
                    nxt.setdefault(e[2][1], []).append(e)
            self._next[first] = nxt
        self._seconds = {first: frozenset(nxt) for first, nxt in self._next.items()}
        self.firsts = frozenset(by_first)
        """The phrases' first words (a cheap test: no phrase where none of them stands)."""

    def _entries(self, words: tuple[str, ...]) -> Iterable[tuple[int, _Entry]]:
        """(start, entry) of each phrase in words, by first word (in no set order)."""
        n = len(words)
        for first in self.firsts.intersection(words):
            singles = self._singles.get(first)
            if singles:
                at = [i for i, w in enumerate(words) if w == first]
                yield from ((i, e) for e in singles for i in at)
            if self._seconds[first].isdisjoint(words):
                continue  # none of its phrases' second words anywhere: no phrase here
            by_next = self._next[first]
            i = -1
            for _ in range(words.count(first)):
                i = words.index(first, i + 1)
                if i + 1 < n:
                    for e in by_next.get(words[i + 1], ()):
                        if words[i:i + len(e[2])] == e[2]:
                            yield i, e

    def groups(self, words: Sequence[str]) -> set[int]:
        """The numbers of the groups with a phrase in ``words``."""
        if self.firsts.isdisjoint(words):
            return set()
        return {e[0] for _, e in self._entries(tuple(words))}

    def found(self, words: Sequence[str]) -> bool:
        """Whether any phrase occurs in ``words``."""
        if self.firsts.isdisjoint(words):
            return False
        return next(iter(self._entries(tuple(words))), None) is not None

    def after(self, words: Sequence[str]) -> list[int]:
        """Where the words after each phrase in ``words`` start, for the phrases in the order
        they were given, each phrase's places in text order."""
        found = sorted((e[1], i, i + len(e[2])) for i, e in self._entries(tuple(words)))
        return [end for _, _, end in found]
