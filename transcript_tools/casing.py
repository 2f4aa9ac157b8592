"""Truecasing: capitalise sentence starts and the pronoun "I" with its contractions.

A pipeline stage run after sentence segmentation (it reads ``sentence_starts``).
"""

from __future__ import annotations

import regex

from .model import Document

_PRONOUN_I = regex.compile(r"^i(?:['’](?:m|ll|ve|d|s))?$")


def _capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


def truecase(doc: Document) -> Document:
    editor = doc.editor()
    starts = set(doc.sentence_starts)
    at_start = False
    for piece in doc.pieces():
        if piece.first in starts:
            at_start = True
        if not piece.text:
            continue
        token = doc.tokens[piece.first]
        if token.kind != "word":
            continue
        new = piece.text
        rule = ""
        if _PRONOUN_I.match(new):
            new, rule = "I" + new[1:], "pronoun-i"
        if at_start:
            new, rule = _capitalise(new), rule or "sentence-start"
        at_start = False
        if new != piece.text:
            editor.replace([piece], new, "case", rule, 0.99)
    return editor.finish()
