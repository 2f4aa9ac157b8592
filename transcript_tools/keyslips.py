"""Keyslips of a captioner's keyboard: a semicolon typed for the apostrophe beside it before
a clitic ("cunard;s", "don;t", "we;re" -> "cunard's", "don't", "we're").

Called by `artifacts.ArtifactRemover` after its own removals; each is a logged edit.
"""

from __future__ import annotations

import bisect

import regex

from .lazypattern import lazy_regex
from .model import Document

_SLIP = lazy_regex(r"(?<=\p{L});(s|t|ll|re|ve|m|d)(?!\p{L})", regex.I)


def mend_keyslips(doc: Document) -> Document:
    """``doc`` with each semicolon glued between a word and a clitic made an apostrophe ("t"
    only after "n": "don;t"); as is when the source has none."""
    source = doc.source
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
