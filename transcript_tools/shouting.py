"""Captions typed in capitals: which words of a document are set in capitals because its
captions are (broadcast CEA-608 captions often are), not because an editor capitalised them.

Called by `casing.Truecaser`, which cases those words like lowercase ones.
"""

from __future__ import annotations

from .propernouns import initialisms

_SHOUTED_SHARE = 0.6
"""Share of a document's words set in capitals above which its captions are typed in
capitals (broadcast CEA-608 captions often are), not words an editor capitalised."""


def shouted(texts: list[str]) -> set[int]:
    """The words (indices) set in capitals, where most of the document's words are: its
    captions are typed in capitals; otherwise none (an "NFL" among lowercase words stays)."""
    head = texts[:64]  # most documents show their lowercase at once
    if len(texts) < 3 or sum(map(_capitals, head)) <= _SHOUTED_SHARE * len(head) / 2:
        return set()
    if sum(map(_capitals, texts)) <= _SHOUTED_SHARE * len(texts):
        return set()
    return {i for i, t in enumerate(texts) if t.isupper()}


def _capitals(text: str) -> bool:
    """A word of two letters or more set in capitals, other than what any text writes so: a
    lone "A" or "I", letters with stops ("U.S."), an initialism read only as its letters
    ("NFL", "CEO"), a code with figures ("Q2", "A0", "G20"). (Counted, they made a cleaned
    "The U.S. THE." or "The AND A0." read as shouted.)"""
    core = text.strip("\"'()[],;:?!.")   # (a sentence's stop glued on by now: "AND.")
    if len(core) < 2 or not core.isupper() or "." in core or not core.isalpha() and any(
            ch.isdigit() for ch in core):
        return False
    return core.lower() not in initialisms()
