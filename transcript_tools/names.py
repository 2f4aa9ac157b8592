"""Name correction against the lexicon: spell every mention of a lexicon name as listed.

A stage class built once per lexicon by `pipeline.build_stages`.
"""

from __future__ import annotations

from .lexicon import Lexicon, name_key
from .model import Document, Piece
from .options import Options


class NameCorrector:
    """Writes lexicon names in their listed spelling where the text has the same words."""

    def __init__(self, lexicon: Lexicon, options: Options) -> None:
        self.lexicon = lexicon
        self.options = options
        self.max_words = lexicon.max_words

    def __call__(self, doc: Document) -> Document:
        if not len(self.lexicon):
            return doc
        editor = doc.editor()
        pieces = [p for p in doc.pieces() if p.text]
        words = [(p, name_key(p.text)) for p in pieces]
        i = 0
        while i < len(words):
            hit = self._exact(words, i)
            if hit:
                span, entry_text = hit
                current = " ".join(p.text for p in span)
                if current != entry_text:
                    editor.replace(span, entry_text, "case", "lexicon-exact", 1.0)
                i += len(span)
            else:
                i += 1
        return editor.finish()

    def _exact(self, words: list[tuple[Piece, tuple[str, ...]]],
               i: int) -> tuple[list[Piece], str] | None:
        for n in range(min(self.max_words, len(words) - i), 0, -1):
            key: tuple[str, ...] = ()
            for _, k in words[i:i + n]:
                key += k
            entry = self.lexicon.get(key)
            if entry is not None:
                return [p for p, _ in words[i:i + n]], entry.text
        return None
