"""Scans at C speed (`str.find`, `str.count`) for the few places a rule can apply, not a
pattern or a test per word. Used by the artifact, number and casing stages and their helpers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from operator import add
from typing import TypeVar

from .model import Marker, Piece

_INDICES_CAP = 1 << 13
"""The longest run of shared index objects `indices` keeps (64 KB of pointers and 256 KB of
ints at most, grown only as far as the documents cleaned need: a page of a few thousand
words; a longer one walks ranges as before)."""
_INDICES: list[int] = []


def indices(start: int, stop: int | None = None) -> Sequence[int]:
    """``range(start, stop)`` (``range(start)`` with one argument), as a list of shared int
    objects when ``stop`` is at most `_INDICES_CAP` and ``start`` not negative: the page-wide
    ``compress(range(n), mask)`` walks made and freed an int object at every position, the
    positions the mask drops too (~100,000 a clean of 3,000 words); a slice of one kept list
    makes none (about half the walk's cost)."""
    global _INDICES
    if stop is None:
        start, stop = 0, start
    if stop > _INDICES_CAP or start < 0:
        return range(start, stop)
    if start >= stop:
        return ()
    shared = _INDICES
    if stop > len(shared):
        # (a new list, not extended in place: another thread may be reading it)
        shared = _INDICES = list(range(max(stop, 2 * len(shared), 1024)))[:_INDICES_CAP]
    return shared[start:stop]


def where(mask: Iterable[object], start: int, stop: int | None = None) -> Iterator[int]:
    """``compress(range(start, stop), mask)`` (``range(start)`` without ``stop``): the
    positions whose ``mask`` item is true, the mask read as lazily as `compress` reads it (a
    list the caller changes at or after the position walked is read as it is then). Up to
    `_INDICES_CAP` as ``compress(indices(...), mask)``; past it a block of the cap at a time
    over the shared ints, a position's own int made only where the mask holds: over a
    `range`, every position made and freed an int object (~110 instructions; the sentences
    stage's 21 sparse walks of a long page, ~12 % of its instructions)."""
    if stop is None:
        start, stop = 0, start
    if stop <= _INDICES_CAP or start < 0:
        return compress(indices(start, stop), mask)
    return chain.from_iterable(_blocks(iter(mask), start, stop))


def _blocks(mask: Iterator[object], start: int, stop: int) -> Iterator[Iterator[int]]:
    """`where`'s hits a block of `_INDICES_CAP` positions at a time, made when the one before
    is spent. (`compress` takes the next position before the mask's next item: a block's
    walk reads as many of the mask's items as it has positions, no more; past the mask's
    end each later block asks the spent iterator once more, which a list's, a bytes' or a
    `map`'s over them answers again with its end.)"""
    shared = indices(_INDICES_CAP)
    for base in range(start, stop, _INDICES_CAP):
        size = stop - base if stop - base < _INDICES_CAP else _INDICES_CAP
        hits = compress(shared if size == _INDICES_CAP else shared[:size], mask)
        yield hits if base == 0 else map(add, hits, repeat(base))


_T = TypeVar("_T")


def numbered(items: Sequence[_T]) -> Iterator[tuple[int, _T]]:
    """``enumerate(items)`` over a sequence (not changed while it is walked), numbered by
    `indices`' shared ints: a page-wide walk makes no int object a word."""
    return zip(indices(len(items)), items)


def places(items: Sequence[_T], item: _T) -> list[int]:
    """Where ``item`` stands in ``items`` (a list or tuple), in order: counted and found by
    `index` at C speed, for a word a few units hold once or twice ("you"), not a test of
    every word in Python."""
    out: list[int] = []
    at = -1
    for _ in range(items.count(item)):
        at = items.index(item, at + 1)
        out.append(at)
    return out


def positions(source: str, text: str) -> Iterator[int]:
    """Where ``text`` stands in ``source``, in order, found at C speed (a pattern opening on
    a class or a look-behind tries every position of the source; the strings looked for
    here are few in a caption: a dash, " k", a cue's closing bracket)."""
    at = source.find(text)
    while at >= 0:
        yield at
        at = source.find(text, at + 1)


def spaces_only(gap: str) -> bool:
    """Whether the source between two words is spaces only: one or more, as the clean text
    writes them as one (its second cleaning must read the gap as the first did)."""
    return gap == " " or gap != "" and not gap.strip(" ")


def next_to(source: str, a: Piece, b: Piece) -> bool:
    """Whether word ``b`` follows word ``a`` one character or only white space apart (spaces,
    or a line break with others: "\r\n", "\n\n", "\n\t", which the clean text writes as
    one space, so its second cleaning must read them as next to each other too)."""
    if b.start - a.end == 1:
        return True
    gap = source[a.end:b.start]
    return gap != "" and gap.isspace()


class Beside:
    """Whether word ``b`` follows word ``a`` next to it in the text the clean writes: white
    space only between them (spaces, a line break: "\\r\\n", "\\n\\n", "\\n\\t", each written as
    one space), or no piece with text between them in the document as it now reads and no
    speaker marker or label: what stands between is white space, pieces an earlier stage
    removed (``text`` "": a repeat's copy, a sound cue), a wall-clock line or a caption cue's
    number and times, none of which the clean text writes ("minist [laughter] er" reads
    "minist er", "boston\\n5:34 am\\nroad" reads "boston road", so the second clean of that
    text finds the words side by side, and the first must too). A mark ("a&b", "a, b"), a kept
    cue, a speaker marker or a label between keeps them apart (the clean text writes the mark,
    the cue, or a turn's break). The one answer to that question for the casing rules
    (streets, regions, towns) and the spelling stage's merges. ``pieces``: the document's
    pieces, removed ones included, and ``markers`` its speaker markers and labels, looked at
    the first time two words are not plainly white space apart (few: the rules'
    candidates)."""

    __slots__ = ("source", "_pieces", "_markers", "_firsts", "_marks")

    def __init__(self, source: str, pieces: Callable[[], Sequence[Piece]],
                 markers: Iterable[Marker] = ()) -> None:
        self.source = source
        self._pieces = pieces
        self._markers = markers
        self._firsts: list[int] | None = None
        self._marks: list[int] = []

    def __call__(self, a: Piece, b: Piece) -> bool:
        if self.source[a.end:b.start].isspace():
            return True
        if b.first < a.stop:
            return False
        firsts = self._firsts
        if firsts is None:
            self._firsts = firsts = [p.first for p in self._pieces() if p.text]
            self._marks = sorted(m.start for m in self._markers)
        if b.first != a.stop:  # a piece between: removed, or b is no word after a
            k = bisect.bisect_left(firsts, a.stop)
            if k == len(firsts) or firsts[k] != b.first:
                return False
        k = bisect.bisect_left(self._marks, a.end)
        return k == len(self._marks) or self._marks[k] >= b.start


def spaces_before(source: str, at: int) -> int:
    """Where the run of spaces that ends at ``at`` begins (``at`` when none stands before
    it): the end of the text before a mark or word typed several spaces after it."""
    while at > 0 and source[at - 1] == " ":
        at -= 1
    return at


def holding(keys: list[str], part: str) -> list[int]:
    """The indices of the keys that hold ``part`` (one character, not a newline), in order:
    found in the keys joined, at C speed (few hold it; a test of each costs a step per word)."""
    # (``holds`` asks whether the key holds the part: ``part.__contains__`` asked the
    # reverse, and a key with a newline in it, which takes that path, was never found, qa60)
    return _joined_hits(keys, lambda key: part in key, lambda joined, pos: joined.find(part, pos))


def matching(keys: list[str], pattern: re.Pattern[str]) -> list[int]:
    """The indices of the keys in which ``pattern`` (one that never matches a newline) finds
    a match, in order: `holding`'s walk with a regular expression's search."""
    def find(joined: str, pos: int) -> int:
        m = pattern.search(joined, pos)
        return -1 if m is None else m.start()
    return _joined_hits(keys, lambda key: pattern.search(key) is not None, find)


def _joined_hits(keys: list[str], holds: Callable[[str], bool],
                 find: Callable[[str, int], int]) -> list[int]:
    """The indices of the keys where ``find`` (a search of the keys joined by newlines from a
    position: the hit's offset, or -1) lands, each key once; ``holds`` tests one key where a
    key holds a newline itself."""
    joined = "\n".join(keys)
    if joined.count("\n") != len(keys) - 1:  # a key holds a newline
        return [i for i, key in numbered(keys) if holds(key)]
    out: list[int] = []
    at = find(joined, 0)
    k, pos = 0, 0  # the key holding ``pos`` in ``joined``
    while at >= 0:
        k += joined.count("\n", pos, at)
        out.append(k)
        pos = joined.find("\n", at)
        if pos < 0:
            break
        at = find(joined, pos)
    return out


def piece_at(starts: list[int], at: int) -> int | None:
    """The index of the piece that begins at source offset ``at``, or None (``starts``: the
    start offsets of a reading's pieces, in order): where a scan of the source found a mark,
    the piece to edit."""
    k = bisect.bisect_left(starts, at)
    return k if k < len(starts) and starts[k] == at else None


def pieces_within(pieces: list[Piece], starts: list[int], start: int, end: int) -> list[Piece]:
    """The pieces from the first beginning at or after ``start`` on, while they end by
    ``end`` (``starts``: their start offsets, in order)."""
    k = bisect.bisect_left(starts, start)
    got: list[Piece] = []
    while k < len(pieces) and pieces[k].end <= end:
        got.append(pieces[k])
        k += 1
    return got
