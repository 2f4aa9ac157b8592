"""A stage's edits collected over the current pieces, then the new document built from them.

`Document.editor()` makes one for every stage that edits; `model` re-exports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from sys import intern
from typing import Any

from .model import Diagnostic, Document, Edit, EditKind, Piece, _new_edit

_START = attrgetter("start")


class Editor:
    """Collects a stage's edits over the current pieces, then builds the new document.

    ``replace`` takes whole pieces, so a new edit always contains the edits it supersedes.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.edits: list[Edit] = []
        self.suggestions: list[Edit] = []
        self.diagnostics: list[Diagnostic] = []

    def _edit(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float, note: str,
    ) -> Edit:
        if not pieces:
            raise ValueError("an edit needs at least one piece")
        first, last = pieces[0], pieces[-1]
        start, end = first.start, last._end  # (None: its start and its text's length, `Piece`)
        if end is None:
            end = last.start + len(last.text)
        doc = self.document
        # one token's text is the source there: its (shared) string, not a new slice; and
        # a replacement made again and again ("The", "I", "...") kept once (tens of
        # thousands of edits on a long input, ~50 bytes each)
        original = doc.tokens[first.first].text if first is last and \
            first.stop - first.first == 1 else doc.source[start:end]
        return _new_edit(start, end, original, intern(text), kind, rule, confidence, note)

    def replace(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float = 1.0, note: str = "",
    ) -> None:
        self.edits.append(self._edit(pieces, text, kind, rule, confidence, note))

    def suggest(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float, note: str = "",
    ) -> None:
        self.suggestions.append(self._edit(pieces, text, kind, rule, confidence, note))

    def warn(self, code: str, message: str, line: int = 0) -> None:
        self.diagnostics.append(Diagnostic(code, message, line))

    def finish(self, **changes: Any) -> Document:
        doc = self.document
        return doc.replace(
            edits=doc.edits + tuple(sorted(self.edits, key=_START)),
            suggestions=doc.suggestions + tuple(self.suggestions),
            diagnostics=doc.diagnostics + tuple(self.diagnostics),
            **changes,
        )
