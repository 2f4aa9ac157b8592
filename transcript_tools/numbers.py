"""Numbers and style: captioners' ordinals ``1st``..``9th`` in running text become words
("the very 1st task" -> "the very first task"); number garbage is flagged, never changed.

A pipeline stage run after spelling and before sentences. Dates keep their figures
("september 27th", "the 3rd of may"), as news style writes them.
"""

from __future__ import annotations

import calendar

import regex

from .model import Document
from .options import Options

# Spelled-out ordinals: news style (AP) writes first to ninth in words.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth")
_ORDINAL = regex.compile(r"^([1-9])(st|nd|rd|th)$", regex.I)
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_MONTHS = frozenset(m.lower() for m in calendar.month_name if m) | frozenset(
    m.lower() for m in calendar.month_abbr if m)
# Currency or number shapes that no speaker says: "$$", "5$", "$.", a lone "£".
_GARBAGE = regex.compile(r"^(?:[$£€]{2,}.*|\p{N}+[$£€]|[$£€](?!\p{N}).*)$")


class NumberStyler:
    def __init__(self, options: Options) -> None:
        self.options = options
        self._shapes: dict[str, tuple[int, bool, bool]] = {}

    def __call__(self, doc: Document) -> Document:
        editor = doc.editor()
        pieces = [p for p in doc.pieces() if p.text]
        words = [p for p in pieces if doc.tokens[p.first].kind == "word"]
        keys = [p.text.lower() for p in words]
        shapes = self._shapes
        for i, piece in enumerate(words):
            shape = shapes.get(piece.text)
            if shape is None:   # per word type: (ordinal digit, its suffix right, garbage)
                m = _ORDINAL.match(piece.text)
                n = int(m.group(1)) if m is not None else 0
                shape = (n, m is not None and m.group(2).lower() == _SUFFIX.get(n, "th"),
                         m is None and _GARBAGE.match(piece.text) is not None)
                if len(shapes) < 100_000:
                    shapes[piece.text] = shape
            n, right, garbage = shape
            if n:
                if not right or _in_date(keys, i):
                    continue
                editor.replace([piece], _ORDINAL_WORDS[n - 1], "number", "ordinal-word", 0.95)
            elif garbage or _odd_amount(keys, i):
                editor.suggest([piece], piece.text, "number", "number-garbage", 0.3,
                               note="a currency or number shape no one says: check the source")
        for piece in pieces:
            if doc.tokens[piece.first].kind == "punct" and piece.text in ("$", "£", "€"):
                nxt = doc.tokens[piece.stop].text if piece.stop < len(doc.tokens) else ""
                if not nxt[:1].isdigit():
                    editor.suggest([piece], piece.text, "number", "number-garbage", 0.3,
                                   note="a currency sign without an amount")
        return editor.finish()


def _in_date(keys: list[str], i: int) -> bool:
    """"september 27th", "the 3rd of may", "may 3rd": a date keeps its figures."""
    before = keys[i - 1] if i > 0 else ""
    after = keys[i + 2] if i + 2 < len(keys) and keys[i + 1] == "of" else ""
    return before in _MONTHS or after in _MONTHS


_AMOUNT = regex.compile(r"^[$£€]\p{N}[\p{N},]*\.00$")


def _odd_amount(keys: list[str], i: int) -> bool:
    """Stenography garbage shaped as money: whole cents ("$29000.00") or an amount right
    after a month name, where a day was said."""
    word = keys[i]
    if word[:1] not in "$£€" or not word[1:2].isdigit():
        return False
    return bool(_AMOUNT.match(word)) or (i > 0 and keys[i - 1] in _MONTHS)
