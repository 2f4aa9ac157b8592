"""Numbers and style: captioners' ordinals ``1st``..``9th`` in running text become words
("the very 1st task" -> "the very first task"), ages and amounts take news-style hyphens ("a
17 year-old" -> "a 17-year-old", "77-cents more" -> "77 cents more"); number garbage is
flagged, never changed.

A pipeline stage run after spelling and before sentences. Dates keep their figures
("september 27th", "the 3rd of may"), as news style writes them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

import regex

from .lazypattern import lazy_regex
from .linenoise import CONTROLS
from .model import Document, Editor, Piece, Token
from .numberwords import ABOVE_ONE, TENS
from .options import Options
from .scans import holding, matching, piece_at, positions, spaces_only, where

# Spelled-out ordinals: news style (AP) writes first to ninth in words.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth")
_ORDINAL = regex.compile(r"^([1-9])(st|nd|rd|th),?$", regex.I)
"""A figure ordinal; the comma is one the artifacts stage put after it (a lyric's repeat kept
apart, `stutters.sung_apart`: "1st ♪ first" -> "1st, first"), which the word keeps: as a
token of its own, as the next clean reads it, the comma left the ordinal to this stage (make
fuzz, ux9)."""
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
ORDINAL_FIGURES = {w: f"{n}{_SUFFIX.get(n, 'th')}" for n, w in enumerate(_ORDINAL_WORDS, 1)}
"""Ordinal word -> the figure this stage writes as that word ("first" -> "1st"): the
artifacts stage keys repeats by it, so "first 1st" is one word said twice (else this stage
makes it "first first", a repeat the next cleaning would remove)."""
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
        texts = [p.text for p in words]
        shapes, shape_of = self._shapes, self._shape
        # only a word holding a figure 1-9 or a currency sign has a shape other than `_PLAIN`
        # (`_ORDINAL` opens on a figure, every branch of `_GARBAGE` holds a sign, money opens
        # on one): those words are found in the texts joined, at C speed
        for i in matching(texts, _FIGURE_OR_SIGN):
            text = texts[i]
            shape = shapes[text] if text in shapes else shape_of(text)
            if shape is _PLAIN:
                continue
            piece = words[i]
            n, right, garbage, money = shape
            if n:
                if not right or _in_date(texts, i):
                    continue
                editor.replace([piece], _ORDINAL_WORDS[n - 1] + text[len(text.rstrip(",")):],
                               "number", "ordinal-word", 0.95)
            elif garbage or (money and _odd_amount(texts, i)):
                editor.suggest([piece], piece.text, "number", "number-garbage", 0.3,
                               note="a currency or number shape no one says: check the source")
        source = doc.source
        ptexts = [p.text for p in pieces]
        changed = "".join([e.replacement for e in doc.edits])
        if "-old" in source or _DIGIT_HYPHEN.search(source) or "-" in changed \
                or _DIGIT.search(changed):
            _hyphens(pieces, ptexts, editor)  # (only where a hyphen can meet a number)
        if _BARE_POINT.search(source):
            _leading_zeros(pieces, tokens, editor)
        _compounds(words, texts, source, editor)
        if "," in source and _SPLIT_YEAR.search(source):  # (a year's halves follow a comma)
            _split_years(words, texts, source, editor)
        if _CLOCK_SUFFIX.search(source):
            _clock_suffixes(pieces, source, editor)
        if any(_digit_before(source, at)  # (the figure before each " k": a fast scan)
               for gap in _K_GAPS if gap in source for k in (gap + "k", gap + "K")
               for at in positions(source, k) if at):
            _thousands(words, texts, source, editor)
        # the pieces that are a currency sign, found without a Python loop over the pieces
        signs = [] if _SIGNS.isdisjoint(ptexts) else [p for p in pieces if p.text in _SIGNS]
        for piece in signs:
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


_FIGURE_OR_SIGN = re.compile("[1-9$£€]")
"""A figure 1-9 or a currency sign: the words holding one are the only ones with a shape
but `_PLAIN` (found by `scans.matching`: few words hold one)."""


_SIGNS = frozenset(("$", "£", "€"))
_DIGIT_HYPHEN = regex.compile(r"-(?<=\d-)")  # (opening on the hyphen: a fast scan)
_DIGIT = regex.compile(r"\d")
_AGE = lazy_regex(r"^(?:year|month|week|day)-old$", regex.I)
_PLURAL_UNITS = frozenset(
    "cents dollars pounds euros percent degrees miles yards feet inches points years months "
    "weeks days hours minutes seconds".split())
"""Units that a hyphen never joins to a number in the plural ("77-cents more"; the adjective
is singular: "a 77-cent rise")."""


def _hyphens(pieces: list[Piece], texts: list[str], editor: Editor) -> None:
    """"17 year-old" -> "17-year-old" (an age as an adjective); "77-cents" -> "77 cents".
    ``texts``: the pieces' texts. Either way a figure comes before a piece holding a hyphen
    ("-", "year-old"): only those pieces are looked at."""
    for k in [k - 1 for k in holding(texts, "-") if k and texts[k - 1].isdigit()]:
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


_UNITS = frozenset(
    "degree mile yard inch point year month week day hour minute game run".split())
"""Units that take a hyphen after a number when the pair describes a noun: the unit stays
singular there ("a 10-yard line", "the three-month anniversary"; "10 yards", "3 months").
Not money, which news style writes with its sign ("a $5 bill")."""
_AGE_UNITS = frozenset("year month week day".split())
"""An age with "old" after its singular unit is one compound ("a 12-year-old boy", "the
five-year-old"); in the plural it is a measure ("12 years old")."""
_SPELLED = ABOVE_ONE | {"hundred", "thousand"}
"""Spelled numbers above one ("one day we" is no compound)."""
_NOT_NOUN = frozenset(
    "a an the of and or nor but if than with from for by into as to in on at off out up down "
    "over under back away ago old later earlier long before after below above apart behind "
    "ahead per each high wide deep tall i we you he she they it this that these those".split())
"""Words after "number unit" that show no noun follows: the pair is a measure ("10 degree
below", "two day ago" as mis-heard), left as written."""
_DATE_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name))
"""A month or weekday after "number unit" opens a date, no noun the pair describes ("the low
dropped to 16 degree january 8th", qa20)."""


_K_GAPS = " \n\t\r" + "".join(c for c in CONTROLS + "\x1c\x1d\x1e\x1f" if c not in "\n\t\r")
"""What may part a figure and its "k": white space, which the clean text writes as one space,
and the control characters line noise removes ("0\\x1fK", "5 \\x1b k": the clean text read
"0 K", which its second clean joined; make fuzz, ux14)."""


def _digit_before(source: str, at: int) -> bool:
    """Whether a digit stands before the gap character at ``source[at]`` with only `_K_GAPS`
    between ("20 k", "20  k", "20\\nk"): the quick look before `_thousands` reads the words."""
    before = at
    while before > 0 and source[before - 1] in _K_GAPS:
        before -= 1
    return before > 0 and source[before - 1].isdigit()


def _thousands(words: list[Piece], texts: list[str], source: str, editor: Editor) -> None:
    """"a shot at 20 k" -> "20K", "the 5 k run" -> "5K": a figure and a lone "k" a space
    apart are one amount (news style writes thousands so); not a "k." that opens a run of
    initials ("k. j. smith")."""
    for k in range(1, len(words)):
        unit, num = words[k], words[k - 1]
        if texts[k] not in ("k", "K") or not texts[k - 1].isdigit() \
                or source[num.end:unit.start].strip(_K_GAPS) or num.end == unit.start \
                or _INITIAL_AFTER.match(source, unit.end):
            continue
        editor.replace([num, unit], texts[k - 1] + "K", "number", "thousands-k", 0.9)


_INITIAL_AFTER = regex.compile(r"\. ?\p{L}\.")
"""A stop and another initial after a letter ("k. j."): initials, not a "k" of thousands."""
_BARE_POINT = regex.compile(r"(?<!\S)\.\d")
"""A decimal point typed alone before its digits: the quick look before the scan."""


def _compounds(words: list[Piece], texts: list[str], source: str, editor: Editor) -> None:
    """"the three month anniversary" -> "the three-month anniversary", "the 10 yard line" ->
    "the 10-yard line", "a 12 year old boy" -> "a 12-year-old boy": a number above one, a
    singular unit and a noun (or an age's "old") after them (``words``:
    the word pieces, ``texts`` their texts; a unit is never cased before the casing stage)."""
    units = [] if _UNITS.isdisjoint(texts) else \
        list(where(map(_UNITS.__contains__, texts), len(texts)))
    for k in units:
        if not 0 < k < len(words) - 1:
            continue
        num, unit, nxt = words[k - 1], words[k], words[k + 1]
        n, after = texts[k - 1].lower(), texts[k + 1].lower()
        age = after == "old" and texts[k] in _AGE_UNITS  # "a 12 year old boy"
        if not (n in _SPELLED or n.isdigit() and n != "1") \
                or not after.isalpha() or after in _NOT_NOUN and not age or after in _SPELLED \
                or after in _DATE_WORDS \
                or not spaces_only(source[num.end:unit.start]) \
                or not spaces_only(source[unit.end:nxt.start]):
            continue
        run = [num, unit, nxt] if age else [num, unit]
        if k >= 2 and texts[k - 2].lower() in TENS and n in _SPELLED and len(n) <= 5 \
                and spaces_only(source[words[k - 2].end:num.start]):
            run.insert(0, words[k - 2])  # "a twenty five year plan": the whole number
        editor.replace(run, "-".join(p.text for p in run), "number", "compound-hyphen", 0.85)


_SPLIT_YEAR = regex.compile(r"\b(?:1[5-9]|20) +\d\d\b")
"""A century's two figures and two more a space apart: the quick look before the scan."""


def _split_years(words: list[Piece], texts: list[str], source: str, editor: Editor) -> None:
    """"15 july, 19 69" -> "1969", "july 20, 20 19" -> "2019": a year a caption typed in
    two halves (as it is said, "nineteen sixty-nine"). Only in a date: a month among the two
    words before, and a comma right before the year (a day's "july 19 69 people" stays, and
    so does a count, "we had 19 69 times")."""
    for k in range(2, len(words) - 1):
        century, rest = texts[k], texts[k + 1]
        if len(century) != 2 or len(rest) != 2 or not century.isdigit() \
                or not rest.isdigit() or not ("15" <= century <= "20") \
                or not spaces_only(source[words[k].end:words[k + 1].start]) \
                or not source[words[k - 1].end:words[k].start].strip() == "," \
                or not (texts[k - 1].lower() in _MONTHS or texts[k - 2].lower() in _MONTHS):
            continue
        if k + 2 < len(words) and texts[k + 2][:1].isdigit() \
                and spaces_only(source[words[k + 1].end:words[k + 2].start]):
            continue  # (a third figure: a count, not a year's halves)
        editor.replace([words[k], words[k + 1]], century + rest, "number", "split-year", 0.9)


_PERCENT = regex.compile(r"^\d+%$")
_PERCENT_WORDS = frozenset(("percent", "percentage", "per"))


def _leading_zeros(pieces: list[Piece], tokens: Sequence[Token], editor: Editor) -> None:
    """".1%" -> "0.1%", ".8 percent" -> "0.8 percent": a decimal point the captioner typed
    alone before a share takes its leading zero (news style), and so stays with its digits
    (the sentence stage would otherwise read the point as a stop). Only before a percent:
    a batting average keeps its bare point ("a .500 team")."""
    for k in range(len(pieces) - 1):
        dot, num = pieces[k], pieces[k + 1]
        if dot.text != "." or tokens[dot.first].kind != "punct" or num.start != dot.end \
                or not num.text[:1].isdigit() or (k and pieces[k - 1].end == dot.start):
            continue
        after = pieces[k + 2].text.lower() if k + 2 < len(pieces) else ""
        if _PERCENT.match(num.text) or num.text.isdigit() and after in _PERCENT_WORDS:
            editor.replace([dot, num], "0." + num.text, "number", "leading-zero", 0.9)


_Shape = tuple[int, bool, bool, bool]
_PLAIN: _Shape = (0, False, False, False)


_CLOCK_SUFFIX = re.compile(r"[mM](?<= [apAP].)(?![^\W_]|['’]|\.[^\W\d_])")
"""The "m" of an "am"/"pm" after a space (the match is the "m": the suffix starts one before).
The scan opens on the "m" (a rarer letter than "a": ~56 against ~66 us on the sample opening
on "a"/"p", ~136 on every run of spaces)."""
_CLOCK_LINE = re.compile(r"\[?\d{1,2}:\d{2}")
_CLOCK_BEFORE = lazy_regex(
    r"(?:^|[^\p{L}\d:])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)$", regex.I)
"""A clock time's "am"/"pm" as a caption types it ("around two pm", "at 7 am"): news style
writes "a.m."/"p.m."; "am" only after a figure ("no one am i" is no time)."""


_HOUR = re.compile(r"1[0-2]|0?[1-9]")
_MINUTES = re.compile(r"[0-5]\d")
_FIGURE_BEFORE = re.compile(r"[\d.,:]+")


def _spaced_clock(pieces: list[Piece], k: int) -> bool:
    """Whether the two pieces before the "am"/"pm" at ``k`` are a clock time's hour and
    minutes with a space for its colon ("it is 6 00 pm", "at 7 30 am", as a video site's
    automatic captions type them, qa44), no figure or mark before the hour ("2019 45 pm",
    "6, 30 pm" are none)."""
    return k >= 2 and _HOUR.fullmatch(pieces[k - 2].text) is not None \
        and _MINUTES.fullmatch(pieces[k - 1].text) is not None \
        and (k == 2 or _FIGURE_BEFORE.fullmatch(pieces[k - 3].text) is None)


def _clock_suffixes(pieces: list[Piece], source: str, editor: Editor) -> None:
    """``"two pm"`` -> ``"two p.m."``; before a stop ("7 am.") the stop ends both; ``"6 00
    pm"`` -> ``"6:00 p.m."``."""
    starts: list[int] = []
    for m in _CLOCK_SUFFIX.finditer(source):
        at = m.start() - 1
        suffix = source[at:at + 2]
        gap = at - 1  # (the spaces before it: one or more)
        while gap and source[gap - 1] == " ":
            gap -= 1
        if suffix not in ("am", "pm") \
                or _CLOCK_LINE.fullmatch(source, source.rfind("\n", 0, at) + 1, gap):
            continue  # (a wall-clock line, "5:34 am", is the reader's)
        starts = starts or [p.start for p in pieces]
        k = piece_at(starts, at)
        if k is None or pieces[k].text != suffix:
            continue
        spaced = _spaced_clock(pieces, k)
        if spaced:
            editor.replace(pieces[k - 2:k], f"{pieces[k - 2].text}:{pieces[k - 1].text}",
                           "number", "clock-time", 0.9,
                           note="a clock time typed with a space for its colon")
        elif suffix == "am" and not source[gap - 1].isdigit() \
                or _CLOCK_BEFORE.search(source[max(0, gap - 8):gap]) is None \
                or k and pieces[k - 1].text != source[pieces[k - 1].start:pieces[k - 1].end]:
            continue  # (a figure an earlier stage read otherwise: "1 am" -> "I am")
        stop = k + 1 < len(pieces) and pieces[k + 1].text == "." \
            and pieces[k + 1].start == pieces[k].end  # the stop stands for both: "a.m."
        editor.replace([pieces[k]], suffix[0] + (".m" if stop else ".m."), "number",
                       "clock-suffix", 0.9)


def _in_date(texts: list[str], i: int) -> bool:
    """"september 27th", "the 3rd of may", "may 3rd", "Wednesday 6th March": a date keeps
    its figures. A month right after the figure (the British order) counts unless it is a
    lowercase "may", "march" or "mar", which are verbs and nouns too ("the 2nd may come", "the 1st
    march"), and is read as a date then only written as a month, "6th May" (qa41)."""
    before = texts[i - 1].lower() if i > 0 else ""
    after = texts[i + 2].lower() if i + 2 < len(texts) and texts[i + 1].lower() == "of" else ""
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    return before in _MONTHS or after in _MONTHS or nxt.lower() in _MONTHS and (
        nxt.lower() not in _VERB_MONTHS or nxt[:1].isupper())


_VERB_MONTHS = frozenset(("may", "march", "mar"))


_AMOUNT = regex.compile(r"^[$£€]\p{N}[\p{N},]*\.00$")


def _odd_amount(texts: list[str], i: int) -> bool:
    """Stenography garbage shaped as money: whole cents ("$29000.00") or an amount right
    after a month name, where a day was said (``texts``: the words as they stand)."""
    word = texts[i].lower()
    if word[:1] not in "$£€" or not word[1:2].isdigit():
        return False
    return bool(_AMOUNT.match(word)) or (i > 0 and texts[i - 1].lower() in _MONTHS)
