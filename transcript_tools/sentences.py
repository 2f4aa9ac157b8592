"""Sentence segmentation: where sentences start, from the punctuation the text now has.

A pipeline stage run after the stages that add or remove punctuation; casing and turns read
``Document.sentence_starts``.
"""

from __future__ import annotations

from .model import Document

_ENDS = (".", "?", "!", "…")


def mark_sentences(doc: Document) -> Document:
    """Set ``sentence_starts``: the first token, each token after a sentence-ending piece
    (an abbreviation such as ``u.s.`` ends one only before a capital or a marker), and each
    speaker or story marker."""
    starts: set[int] = {0} if doc.tokens else set()
    starts.update(m.index for m in doc.markers if m.index < len(doc.tokens))
    pieces = [p for p in doc.pieces() if p.text]
    for prev, nxt in zip(pieces, pieces[1:]):
        text = prev.text.rstrip("\"'”’)")
        if text.endswith(_ENDS) and not _is_abbreviation(text):
            starts.add(nxt.first)
    return doc.replace(sentence_starts=tuple(sorted(starts)))


def _is_abbreviation(text: str) -> bool:
    word = text.rsplit(" ", 1)[-1]
    return word.count(".") >= 2 and len(word) <= 6
