"""Helpers shared by the name tests: the name edits and name suggestions of one clean."""

from __future__ import annotations

from transcript_tools import clean


def name_edits(text: str, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """(original -> replacement of each applied name edit, original -> rule of each name
    suggestion) of ``text`` cleaned with the lexicon ``names``; every edit's offsets are
    checked against the source on the way."""
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ({e.original: e.replacement for e in doc.edits if e.kind == "name"},
            {e.original: e.rule for e in doc.suggestions if e.kind == "name"})


def name_changes(text: str, names: list[str], after: int = 0
                 ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """`name_edits` in order, with their rules, for edits and suggestions starting at
    ``after`` or later (a test's lead-in left out): ([(original, replacement, rule)],
    [(original, rule)])."""
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ([(e.original, e.replacement, e.rule) for e in doc.edits
             if e.kind == "name" and e.start >= after],
            [(s.original, s.rule) for s in doc.suggestions
             if s.kind == "name" and s.start >= after])
