"""A sorted word list searched in place: one string loaded from the disk cache, searched by a
bisection over sampled keys and one `str.find` in a block of lines, so no set or dict of a
hundred thousand words is built at start-up.

Used by `pronounce` (the CMU dictionary) and `spelling` (the english-words lists).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

STRIDE = 4096
"""Characters between the lines a table samples for its index (`WordTable._sample`): a
lookup bisects the sampled keys in C, then finds the key's line in one block of about this
many characters by one `str.find` (also in C: 5-6 us a lookup against 10-13 for a binary
search of the block in Python, some 7 steps)."""


class WordTable:
    """Lines ``key`` or ``key<TAB>value``, sorted by key; ``in`` and ``get`` search the one
    block of lines the key would be in (a lookup costs microseconds; callers memoise per word
    type)."""

    __slots__ = ("_text", "_values", "_index")

    def __init__(self, text: str, values: dict[int, int] | None = None) -> None:
        """``values``: a `str.translate` table applied to every value read (a table may
        store its values in stand-in characters: see `pronounce.cmu`)."""
        self._text = text if text.startswith("\n") else "\n" + text + "\n"
        self._values = values
        self._index: tuple[list[str], list[int]] | None = None

    def _sample(self) -> tuple[list[str], list[int]]:
        """The keys of the first line after every `STRIDE` characters, and the separator
        before each (built at the first lookup, in about a millisecond)."""
        text = self._text
        last = len(text) - 1
        keys: list[str] = []
        seps: list[int] = []
        sep = text.find("\n", STRIDE)
        while 0 <= sep < last:
            line = text[sep + 1:text.find("\n", sep + 1)]
            tab = line.find("\t")
            keys.append(line if tab < 0 else line[:tab])
            seps.append(sep)
            sep = text.find("\n", sep + STRIDE)
        return keys, seps

    @staticmethod
    def pack(items: Iterable[tuple[str, str]] | Iterable[str]) -> str:
        """The text of a table of keys (or key, value pairs): sorted lines, "\\n" around."""
        pairs = sorted((item, "") if isinstance(item, str) else item for item in items)
        if not pairs:
            return "\n"
        return "\n" + "\n".join(f"{k}\t{v}" if v else k for k, v in pairs) + "\n"

    def _line(self, key: str) -> str | None:
        if "\t" in key:
            return None   # (no key holds a tab: a line's key ends at its first)
        text = self._text
        index = self._index
        if index is None:
            index = self._index = self._sample()
        keys, seps = index
        # the block the key's line would lie in: after the last sampled key not above it,
        # up to the separator before the next sampled line (whose key is above it); there
        # the first line that begins with the key, found in C, is the key's own line if the
        # table has one (lines are sorted: a key comes before the longer keys it begins)
        k = bisect_right(keys, key)
        lo = seps[k - 1] if k else 0
        hi = seps[k] + 1 if k < len(seps) else len(text) - 1   # (not the closing "\n")
        start = text.find(f"\n{key}", lo, hi) + 1
        if not start or text[start + len(key)] not in "\t\n":
            return None
        return text[start:text.find("\n", start)]

    def __contains__(self, key: str) -> bool:
        return "\n" not in key and self._line(key) is not None

    def get(self, key: str, default: str | None = None) -> str | None:
        line = self._line(key) if "\n" not in key else None
        if line is None:
            return default
        tab = line.find("\t")
        if tab < 0:
            return ""
        return line[tab + 1:] if self._values is None else line[tab + 1:].translate(self._values)

    def items(self) -> Iterator[tuple[str, str]]:
        """Every key and its value ("" for a key alone), in key order."""
        for line in self._text[1:-1].split("\n") if len(self._text) > 1 else ():
            key, _, value = line.partition("\t")
            yield key, value if self._values is None else value.translate(self._values)

    def __getitem__(self, key: str) -> str:
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got
