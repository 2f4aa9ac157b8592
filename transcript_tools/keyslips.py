"""Keyslips of a captioner's keyboard: a semicolon typed for the apostrophe beside it before
a clitic ("cunard;s", "don;t", "we;re" -> "cunard's", "don't", "we're"), and the space after
a comma left out between two words ("the hurricane,named gustav" -> "hurricane, named").

Called by `artifacts.ArtifactRemover` after its own removals; each is a logged edit.
"""

from __future__ import annotations

import bisect

import regex

from .model import Document

_SLIP = regex.compile(r"(?<=\p{L});(s|t|ll|re|ve|m|d)(?!\p{L})", regex.I)
_NO_SPACE = regex.compile(r"(?<=\p{Ll}{2}),(?=\p{L}{2})")
"""A comma glued between two words (letters both sides: "1,000" is a number)."""


def mend_keyslips(doc: Document) -> Document:
    """``doc`` with each semicolon glued between a word and a clitic made an apostrophe ("t"
    only after "n": "don;t"); as is when the source has none."""
    source = doc.source
    if "," in source:
        doc = _comma_spaces(doc)
    if ";" not in source:
        return doc
    found = list(_SLIP.finditer(source))
    if not found:
        return doc
    pieces = doc.text_pieces()
    ends = [p.end for p in pieces]
    editor = doc.editor()
    mended = False
    for m in found:
        k = bisect.bisect_left(ends, m.start())
        if k + 2 >= len(pieces) or ends[k] != m.start():
            continue
        word, mark, clitic = pieces[k], pieces[k + 1], pieces[k + 2]
        if mark.text != ";" or mark.start != m.start() or clitic.text != m[1] \
                or clitic.start != mark.end or not word.text[-1:].isalpha() \
                or m[1].lower() == "t" and word.text[-1:].lower() != "n":
            continue
        editor.replace([word, mark, clitic], f"{word.text}'{clitic.text}", "spelling",
                       "keyslip", 0.9, note="a semicolon typed for the apostrophe beside it")
        mended = True
    return editor.finish() if mended else doc


def _comma_spaces(doc: Document) -> Document:
    """Each `_NO_SPACE` comma standing as a piece of its own between two words gets its
    space ("hurricane,named" -> "hurricane, named"); an address or a number is one token."""
    found = list(_NO_SPACE.finditer(doc.source))
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    editor = doc.editor()
    mended = False
    for m in found:
        k = bisect.bisect_left(starts, m.start())
        if not 0 < k < len(pieces) - 1 or starts[k] != m.start() or pieces[k].text != "," \
                or pieces[k].stop - pieces[k].first != 1:
            continue
        before, after = pieces[k - 1], pieces[k + 1]
        if before.end != m.start() or after.start != m.end() \
                or tokens[before.first].kind != "word" or tokens[after.first].kind != "word":
            continue
        editor.replace([pieces[k]], ", ", "punctuation", "comma-space", 0.9,
                       note="the space after a comma left out")
        mended = True
    return editor.finish() if mended else doc
