"""Common words two neighbouring letters longer than a non-word ("journists" for
"journalists"): found by prefix or suffix among the words of that length, in order.

Used by `namescore.near_word` (captions drop characters in pairs: such a non-word is a typo).
"""

from __future__ import annotations

from bisect import bisect_left

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


class Longer:
    """The words of a frequency table counted at least ``least`` times, by length, sorted
    forwards and by their reversed spelling."""

    def __init__(self, unigrams: dict[str, int], least: int) -> None:
        by_size: dict[int, list[str]] = {}
        for word, count in unigrams.items():
            if count >= least:
                by_size.setdefault(len(word), []).append(word)
        self._forwards = {n: sorted(words) for n, words in by_size.items()}
        self._backwards = {n: sorted(w[::-1] for w in words) for n, words in by_size.items()}

    def words(self, word: str) -> set[str]:
        """The words that are ``word`` with two letters (a-z) put in side by side: what
        ``{a + x + y + b for a, b in splits of word for x, y in a-z}`` holds of them."""
        n = len(word) + 2
        out: set[str] = set()
        for k in range(len(word) + 1):
            head, tail = word[:k], word[k:]
            if len(head) >= len(tail):
                # By the longer side: few words of the length share it.
                table, fixed = self._forwards.get(n, []), head
            else:
                table, fixed = self._backwards.get(n, []), tail[::-1]
            at = bisect_left(table, fixed)
            while at < len(table) and table[at].startswith(fixed):
                w = table[at] if fixed is head else table[at][::-1]
                at += 1
                if w[:k] == head and w[k + 2:] == tail and w[k] in _LETTERS \
                        and w[k + 1] in _LETTERS:
                    out.add(w)
        return out


_LONGER: dict[tuple[int, int], Longer] = {}


def longer(unigrams: dict[str, int], least: int) -> Longer:
    """The `Longer` of this table and count (built once)."""
    key = (id(unigrams), least)
    got = _LONGER.get(key)
    if got is None:
        got = _LONGER[key] = Longer(unigrams, least)
    return got
