"""Numbers and style: captioners' ordinals ``1st``..``9th`` in running text become words
("the very 1st task" -> "the very first task"), ages and amounts take news-style hyphens ("a
17 year-old" -> "a 17-year-old", "77-cents more" -> "77 cents more"); number garbage is
flagged, never changed.

A pipeline stage run after spelling and before sentences. Dates keep their figures
("september 27th", "the 3rd of may"), as news style writes them.
"""

from __future__ import annotations

import calendar
from itertools import compress, repeat
from operator import attrgetter, is_not

import regex

from .model import Document, Editor, Piece
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
        self._shapes: dict[str, _Shape] = {}

    def __call__(self, doc: Document) -> Document:
        editor = doc.editor()
        tokens = doc.tokens
        pieces = doc.text_pieces()
        words = doc.word_pieces()
        texts = list(map(_TEXT, words))
        shapes, shape_of = self._shapes, self._shape
        shaped = [shapes[t] if t in shapes else shape_of(t) for t in texts]
        for i in list(compress(range(len(shaped)), map(is_not, shaped, repeat(_PLAIN)))):
            piece = words[i]
            n, right, garbage, money = shaped[i]
            if n:
                if not right or _in_date(texts, i):
                    continue
                editor.replace([piece], _ORDINAL_WORDS[n - 1], "number", "ordinal-word", 0.95)
            elif garbage or (money and _odd_amount(texts, i)):
                editor.suggest([piece], piece.text, "number", "number-garbage", 0.3,
                               note="a currency or number shape no one says: check the source")
        source = doc.source
        changed = "".join([e.replacement for e in doc.edits])
        if "-old" in source or _DIGIT_HYPHEN.search(source) or "-" in changed \
                or _DIGIT.search(changed):
            _hyphens(pieces, editor)  # (only where a hyphen can meet a number)
        # the pieces that are a currency sign, found without a Python loop over the pieces
        for piece in compress(pieces, map(_SIGNS.__contains__, map(_TEXT, pieces))):
            if tokens[piece.first].kind == "punct":
                nxt = tokens[piece.stop].text if piece.stop < len(tokens) else ""
                if not nxt[:1].isdigit():
                    editor.suggest([piece], piece.text, "number", "number-garbage", 0.3,
                                   note="a currency sign without an amount")
        return editor.finish()

    def _shape(self, text: str) -> _Shape:
        """(ordinal digit, its suffix right, garbage, money-shaped) of a word type, cached;
        `_PLAIN` (the same object) for a word with none of them."""
        m = _ORDINAL.match(text)
        n = int(m.group(1)) if m is not None else 0
        shape = (n, m is not None and m.group(2).lower() == _SUFFIX.get(n, "th"),
                 m is None and _GARBAGE.match(text) is not None,
                 text[:1] in ("$", "£", "€") and text[1:2].isdigit())
        if shape == _PLAIN:
            shape = _PLAIN
        if len(self._shapes) < 100_000:
            self._shapes[text] = shape
        return shape


_TEXT = attrgetter("text")
_SIGNS = frozenset(("$", "£", "€"))
_DIGIT_HYPHEN = regex.compile(r"\d-")
_DIGIT = regex.compile(r"\d")
_AGE = regex.compile(r"^(?:year|month|week|day)-old$", regex.I)
_PLURAL_UNITS = frozenset(
    "cents dollars pounds euros percent degrees miles yards feet inches points years months "
    "weeks days hours minutes seconds".split())
"""Units that a hyphen never joins to a number in the plural ("77-cents more"; the adjective
is singular: "a 77-cent rise")."""


def _hyphens(pieces: list[Piece], editor: Editor) -> None:
    """"17 year-old" -> "17-year-old" (an age as an adjective); "77-cents" -> "77 cents"."""
    for k in compress(range(len(pieces) - 1), map(str.isdigit, map(_TEXT, pieces))):
        num, nxt = pieces[k], pieces[k + 1]
        if not num.text.isdigit() or nxt.start <= num.end:
            if num.text.isdigit() and nxt.text == "-" and nxt.start == num.end \
                    and k + 2 < len(pieces) and pieces[k + 2].start == nxt.end \
                    and pieces[k + 2].text.lower() in _PLURAL_UNITS \
                    and (k + 3 >= len(pieces) or pieces[k + 3].text != "-"):
                unit = pieces[k + 2]
                editor.replace([num, nxt, unit], f"{num.text} {unit.text}", "number",
                               "unit-hyphen", 0.9)
            continue
        if _AGE.match(nxt.text) and (k == 0 or pieces[k - 1].text != "-"):
            editor.replace([num, nxt], f"{num.text}-{nxt.text}", "number", "age-hyphen", 0.9)


_Shape = tuple[int, bool, bool, bool]
_PLAIN: _Shape = (0, False, False, False)


def _in_date(texts: list[str], i: int) -> bool:
    """"september 27th", "the 3rd of may", "may 3rd": a date keeps its figures."""
    before = texts[i - 1].lower() if i > 0 else ""
    after = texts[i + 2].lower() if i + 2 < len(texts) and texts[i + 1].lower() == "of" else ""
    return before in _MONTHS or after in _MONTHS


_AMOUNT = regex.compile(r"^[$£€]\p{N}[\p{N},]*\.00$")


def _odd_amount(texts: list[str], i: int) -> bool:
    """Stenography garbage shaped as money: whole cents ("$29000.00") or an amount right
    after a month name, where a day was said (``texts``: the words as they stand)."""
    word = texts[i].lower()
    if word[:1] not in "$£€" or not word[1:2].isdigit():
        return False
    return bool(_AMOUNT.match(word)) or (i > 0 and texts[i - 1].lower() in _MONTHS)
