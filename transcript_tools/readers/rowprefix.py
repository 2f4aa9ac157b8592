"""A character a caption encoder writes before every caption row ("@electronic messages warning
@drivers of the heavy volume. @here in nashua", "pwill fall before it winds down, lus forecast
for primary day, ptomorrow. p>> one hour to go": a local station's captions of 2016, qa65):
no one's word. Found page-wide before the page is read (`row_prefixes`), each is read as a
space so the words, markers and labels behind it read as they would without it, and goes as a
logged markup edit (`restore`).

Found only on a page that writes it often (`MIN_ROWS` times, once per `WORDS_PER_ROW` words
or more), and for a letter only where it is glued before ">>" twice or more (a marker opens a
row too) and before words it makes unknown ("pwill", "ptomorrow": the letter and the word are
no word, the word without it is one); a word the letter leaves a word ("pit", "pout") keeps it.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

import regex

from ..model import Document, Edit
from ..scans import positions

if TYPE_CHECKING:
    from ..vocabulary import Vocabulary

MIN_ROWS = 12
"""Fewest prefixed words a page needs (a few "@" handles or garbles are no encoder's rows)."""
WORDS_PER_ROW = 20
"""At least one prefixed word per this many words of the page (a caption row holds 4-7)."""
MIN_MARKERS = 2
"""Times a letter must stand glued before ">>" for it to be read as a row's prefix."""
_KNOWN_SHARE = 2 / 3
"""Share of an "@"'s words that must be known words (a list of handles, "@cnn @nbcnews", is
no encoder's rows)."""

_AT_WORD = regex.compile(r"(?<![^\s])@(?=\p{Ll})")
_AT_NUMBER = regex.compile(r"(?<![^\s])@(?=\p{N})")
"""An "@" before a number on such a page ("@74-year-old") is a row's too."""
_WORD = regex.compile(r"(?<![^\s])(\p{Ll})(\p{Ll}+)(?=['\u2019]?[\s.,?!:;]|$)")
_ALONE = r"(?<![^\s]){}(?=\s)"


def _known() -> Vocabulary:
    from ..vocabulary import vocabulary  # (loaded only for a page the cheap hints pass)

    return vocabulary()


def row_prefixes(source: str) -> list[int]:
    """The positions of a row prefix's characters in ``source`` (empty when the page has
    none): every "@" before a lowercase word on a page that writes one so before most of its
    rows, or one letter before ">>", alone, and before words it makes unknown."""
    found: list[int] = []
    if source.count(" @") + source.count("\n@") >= MIN_ROWS:
        found = _at_rows(source)
    if not found and ">>" in source:
        found = _letter_rows(source)
    return found


def _words(source: str) -> int:
    """About how many words ``source`` holds (its spaces and lines)."""
    return source.count(" ") + source.count("\n") + 1


def _at_rows(source: str) -> list[int]:
    ats = [m.start() for m in _AT_WORD.finditer(source)]
    if len(ats) < MIN_ROWS or len(ats) * WORDS_PER_ROW < _words(source):
        return []
    vocab = _known()
    known = 0
    for at in ats:
        word = regex.match(r"\p{Ll}+", source[at + 1:at + 40])
        known += word is not None and word.group() in vocab
    if known < len(ats) * _KNOWN_SHARE:
        return []
    # a letter glued between the "@" and a ">>" ("@p>>") is the row's too
    found = set(ats)
    found.update(m.start() for m in _AT_NUMBER.finditer(source))
    found.update(at for at in _letter_markers(source) if source[at - 1:at] == "@")
    return sorted(found)


def _letter_markers(source: str) -> list[int]:
    """Where a lowercase letter stands glued before ">>" after a space, a line's start or an
    "@" (found by `scans.positions`: a pattern opening on a look-behind would try every
    position of the page)."""
    found = []
    for at in positions(source, ">>"):
        if at and source[at - 1].islower() and source[at - 1].isalpha() \
                and (at == 1 or source[at - 2].isspace() or source[at - 2] == "@"):
            found.append(at - 1)
    return found


def _letter_rows(source: str) -> list[int]:
    markers = _letter_markers(source)
    letters = Counter(source[at] for at in markers)
    if not letters:
        return []
    letter, count = letters.most_common(1)[0]
    if count < MIN_MARKERS:
        return []
    vocab = _known()
    found = []
    for m in _WORD.finditer(source):
        if m.group(1) != letter:
            continue
        whole, rest = m.group(1) + m.group(2), m.group(2)
        if whole not in vocab and rest in vocab:
            found.append(m.start())
    if len(found) < MIN_ROWS or len(found) * WORDS_PER_ROW < _words(source):
        return []
    found.extend(at for at in markers if source[at] == letter)
    found.extend(m.start() for m in regex.finditer(_ALONE.format(regex.escape(letter)), source))
    return sorted(set(found))


def masked(source: str, prefixes: list[int]) -> str:
    """``source`` with each prefix character read as a space (offsets kept)."""
    chars = list(source)
    for at in prefixes:
        chars[at] = " "
    return "".join(chars)


def restore(doc: Document, source: str, prefixes: list[int]) -> Document:
    """``doc`` (read from `masked` text) over the real ``source``: each edit's original taken
    from it, and a markup edit for each prefix character no edit holds."""
    edits = [dataclasses.replace(e, original=source[e.start:e.end])
             if source[e.start:e.end] != e.original else e for e in doc.edits]
    spans = sorted((e.start, e.end) for e in edits)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end of the spans up to each (edits nest or stand apart)
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    new = []
    for at in prefixes:
        k = bisect_right(starts, at)
        if k and reach[k - 1] > at:
            continue  # an edit of the reader's holds it (a label's, the chrome's)
        new.append(Edit(at, at + 1, source[at], "", "markup", "row-prefix", 0.9,
                        note="a character the caption encoder writes before each row"))
    return doc.replace(source=source, edits=tuple(edits + new))
