"""Captions typed in capitals: which words of a document are set in capitals because its
captions are (broadcast CEA-608 captions often are), not because an editor capitalised them.

Called by `casing.Truecaser`, which cases those words like lowercase ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress

from .propernouns import initialisms
from .scans import numbered, where

_MC_CAPITALS = re.compile(r"Mc[A-Z]{2,}(?:['’][Ss])?")
"""A name's "Mc" set in capitals the captioners' way ("McAVOY", "McCONNELL'S", qa39): the
small "c" is the prefix's, the rest shouted like the words around it."""

_SHOUTED_SHARE = 0.6
"""Share of a document's words set in capitals above which its captions are typed in
capitals (broadcast CEA-608 captions often are), not words an editor capitalised."""


_SHOUTED_RUN = 8
"""Words in capitals a stretch with no lowercase word must hold to be captions typed in
capitals inside a document otherwise in mixed case (a page's header over captions in
capitals; a narrator's lines in capitals, the rest not): no heading runs so long."""


def shouted(texts: list[str], written: Callable[[], list[str]] | None = None) -> set[int]:
    """The words (indices) set in capitals, where most of the document's words are: its
    captions are typed in capitals; otherwise those of each long stretch in capitals
    (`_SHOUTED_RUN`) as the source wrote the words (``written()``, by default ``texts``: a
    name an earlier stage cased inside the stretch does not cut it); otherwise none (an
    "NFL" among lowercase words stays). A page in capitals by this count (words) need not be
    one for `artifacts._capitals_page`, which asks whether nearly every letter of the page
    is (`artifacts.CAPITALS_PAGE`) before it reads a bracketed heading in title case as the
    host's, and finds no stretches."""
    head = texts[:64]  # most documents show their lowercase at once
    if len(texts) < 3:
        return set()
    if sum(map(_capitals, head)) > _SHOUTED_SHARE * len(head) / 2 \
            and sum(map(_capitals, texts)) > _SHOUTED_SHARE * len(texts):
        return {i for i, t in numbered(texts) if t.isupper() or _MC_CAPITALS.fullmatch(t)
                or _capitals_but_first(t)}
    # (the words in capitals counted at C speed first: fewer than a run, with the lone "A"
    # and "I" counted too, means too few of two letters or more)
    if sum(map(str.isupper, texts)) < _SHOUTED_RUN or sum(
            1 for t in compress(texts, map(str.isupper, texts)) if len(t) > 1) < _SHOUTED_RUN:
        return set()  # (most texts: too few words in capitals for any stretch)
    return _stretches(texts, written() if written is not None else texts)


def _stretches(texts: list[str], written: list[str]) -> set[int]:
    """The words set in capitals of each stretch without a lowercase letter that holds at
    least `_SHOUTED_RUN` words in capitals (`_capitals`; "A", "I", figures and marks
    neither break nor count)."""
    out: set[int] = set()
    # a stretch holds `_SHOUTED_RUN` words that are `_capitals`, each `str.isupper`: only the
    # runs of words with no lowercase letter around those are read (found at C speed; a long
    # page in mixed case has a few hundred, where `str.upper` of every word cost ~100 ns a word)
    n = len(written)
    end = 0  # the end of the last run read
    for k in where(map(str.isupper, written), n):
        if k < end:
            continue  # (in the run read)
        start = k
        while start > end and written[start - 1].upper() == written[start - 1]:
            start -= 1
        end = k + 1
        while end < n and written[end].upper() == written[end]:
            end += 1
        if end - start >= _SHOUTED_RUN and sum(
                1 for j in range(start, end) if _capitals(written[j])) >= _SHOUTED_RUN:
            out.update(j for j in range(start, end) if texts[j].isupper())
    return out


def _capitals_but_first(text: str) -> bool:
    """Whether a word is in capitals but its first letter ("aA", "iOS"): a sentence's start
    writes it all in capitals ("AA"), so it counts as one in capitals, and in a page typed in
    capitals it is lowered with them (else the clean text's "AA" tipped its second clean's
    count: "aA the AND" read "AA the AND…", cleaned again "Aa the and…", make fuzz, ux14)."""
    return text[:1].islower() and text[1:].isupper()


def _capitals(text: str) -> bool:
    """A word of two letters or more set in capitals, other than what any text writes so: a
    lone "A" or "I", letters with stops ("U.S."), an initialism read only as its letters
    ("NFL", "CEO"), a code with figures ("Q2", "A0", "G20"). (Counted, they made a cleaned
    "The U.S. THE." or "The AND A0." read as shouted.)"""
    core = text.strip("\"'()[],;:?!.")   # (a sentence's stop glued on by now: "AND.")
    if len(core) < 2 or not (core.isupper() or _capitals_but_first(core)) or "." in core \
            or not core.isalpha() and any(ch.isdigit() for ch in core):
        return False
    return core.lower() not in initialisms()
