"""Marks typed apart from their word: one space after it ("our country . the"), or parted by a
clock line or a removed cue; and a comma glued to the word after it ("the hurricane,named":
its space left out). `casing` joins each to its word in the edit that cases the word, and
asks `glued_to_mark` whether a word glued to a sentence mark may open a sentence. A stop
typed twice after a word is one (`double_stops`, called by `artifacts`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter

import regex

from .lazypattern import lazy_regex
from .linenoise import BOXES, CONTROLS
from .model import Document, EditKind, Editor, Piece, Token
from .scans import piece_at, positions, spaces_before

_START = attrgetter("start")
_APART = lazy_regex(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029)\]♪♫][ \t]*[.,?!:;](?=\s|$)")
"""A mark at a line's start or after a cue: perhaps parted from its word (`_apart_marks`)."""
_LINE_MARK = re.compile(r"\n[ \t]*[.,?!:;]")
"""The quick test for `_APART` at a line's start (opening on a character, the scan runs at C
speed; a pattern opening on a class tries every position); after a cue, `_APART` is tried
where one ends."""
_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The line breaks other than "\n" (`str.splitlines`'), which the reader takes as line breaks
too: a lone carriage return (an old Mac file's lines), a Unicode line separator."""
_BREAK_MARK = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029][ \t]*[.,?!:;]")
"""`_LINE_MARK` after one of `_BREAKS` (make fuzz: "the\r: the" kept its space where "the\n:
the" lost it), tried only where the source holds one."""


def _after_space(source: str, mark: str) -> Iterator[int]:
    """Where a space stands before ``mark`` (at 1 or later), in order; none at all when the
    source opens on the space and the mark. Each mark found by memchr and the character
    before it looked at: a search for the two characters together (a space first) ran about
    five times slower on caption text, which is mostly letters and spaces. A box or control
    character right before the mark counts as its space: line noise removes it, and the
    clean text writes the mark apart ("we said \\x1b, yes" read "We said , yes": make fuzz;
    `spaced_marks` wants the noise removed)."""
    if source.startswith(" " + mark):
        return
    at = source.find(mark, 1)
    while at > 0:
        before = source[at - 1]
        if before == " " or before in BOXES:
            yield at - 1
        at = source.find(mark, at + 1)


def spaced_marks(doc: Document, pieces: list[Piece]) -> dict[int, Piece]:
    """Word token -> the mark piece a space after it ("our country . the", "in the paper :
    with", or several; not one of a spaced ellipsis; a colon or semicolon after a letter
    only), for words whose text (another stage's edit included: "deal areship"
    merged to "dealership") ends on a letter or digit. Found with ``str.find``: the usual
    text has none, or a few."""
    source = doc.source
    n = len(source)
    found: dict[int, Piece] = {}
    tokens = doc.tokens
    last = len(pieces)
    for mark in ".,?!:;":
        for at in _after_space(source, mark):
            m = at + 1  # the mark
            after = source[m + 1:m + 4]
            w = spaces_before(source, at)  # (one space or more: "country  .")
            if w and not (source[w - 1].isalnum() or source[w - 1] == ","):
                w = _over_gone(source, pieces, tokens, w)
            if mark in ":;" and not (w and source[w - 1].isalpha()):
                pass  # a colon after a figure may be a score or a ratio ("won 3 : 1")
            elif w and (source[w - 1].isalnum() or source[w - 1] == "," and (
                    w > 1 and source[w - 2].isalnum()
                    or w > 2 and source[w - 2] == " " and source[w - 3].isalnum())) \
                    and (m + 1 == n or after[:1].isspace() or after[:1] in CONTROLS) \
                    and (after.lstrip(" \t")[:1] not in (".", "?", "!")
                         or _next_mark_gone(source, pieces, m)):
                k = bisect.bisect_left(pieces, m, key=_START)
                if 0 < k < last and pieces[k].start == m:
                    j = k - 1
                    while j > 0 and not pieces[j].text and tokens[pieces[j].first].kind \
                            == "punct" and spaces_before(source, pieces[j].start) \
                            == pieces[j - 1].end:
                        j -= 1  # over a removed mark by the word ("jeezy, .", "over , .")
                    word, got = pieces[j], pieces[k]
                    if got.text in (".", ",", "?", "!", ":", ";") and got.stop - got.first == 1 \
                            and (word.end == w or j < k - 1 and pieces[k - 1].end == w) \
                            and tokens[word.first].kind == "word" \
                            and word.text[-1:].isalnum():
                        found[word.first] = got
    if _LINE_MARK.search(source) or any(b in source for b in _BREAKS) and \
            _BREAK_MARK.search(source) or any(
            _APART.match(source, at) for cue in ")]♪♫" for at in positions(source, cue)):
        _apart_marks(doc, pieces, found)
    return found


def _over_gone(source: str, pieces: list[Piece], tokens: Sequence[Token], w: int) -> int:
    """Where the text before ``w`` ends once the removed marks there are passed over
    (spaces between them): a control character gone as line noise between a word and its
    spaced mark ("the \x1b : the", make fuzz, ux11), which a second clean, reading no such
    character, joined; ``w`` itself when no removed mark ends there."""
    k = bisect.bisect_left(pieces, w, key=_START) - 1
    while k > 0 and pieces[k].end == w and not pieces[k].text \
            and tokens[pieces[k].first].kind == "punct":
        w = spaces_before(source, pieces[k].start)
        k -= 1
    return w


def _next_mark_gone(source: str, pieces: list[Piece], m: int) -> bool:
    """Whether the marks a space after the mark at ``m`` are all removed (the second of two
    spaced stops, "boiled . . then", gone as a stray mark: `artifacts`), so that the mark at
    ``m`` ends its word's sentence: no spaced ellipsis ("boiled . . . then" keeps its three)
    nor a mark run stands after it. Without this the first clean left "boiled ." and the
    second, reading no second stop, joined it (make fuzz, ux10)."""
    k = bisect.bisect_left(pieces, m + 1, key=_START)
    at = m + 1
    while True:
        nxt = source[at:at + 8]
        gap = len(nxt) - len(nxt.lstrip(" \t"))
        if nxt[gap:gap + 1] not in (".", "?", "!"):
            return at > m + 1
        at += gap
        while k < len(pieces) and pieces[k].start < at:
            k += 1
        if k == len(pieces) or pieces[k].start != at or pieces[k].text \
                or pieces[k].end != at + 1:
            return False  # a mark that stands (or one glued to more)
        at = pieces[k].end
        if source[at:at + 1] not in ("", " ", "\t", "\n"):
            return False


def _apart_marks(doc: Document, pieces: list[Piece], found: dict[int, Piece]) -> None:
    """Add to ``found`` the marks parted from their word by more than a space and no text: a
    clock line ("an actress\\n1:02 am\\n. or"), a removed sound cue ("why [laughter]. okay");
    not across a speaker change, nor a spaced ellipsis's first mark."""
    source, tokens = doc.source, doc.tokens
    marked = {m.index for m in doc.markers}
    for m in _APART.finditer(source):
        k = bisect.bisect_left(pieces, m.end() - 1, key=_START)
        if not 0 < k < len(pieces) or pieces[k].start != m.end() - 1:
            continue
        mark = pieces[k]
        j = k - 1
        while j >= 0 and not pieces[j].text:
            j -= 1  # over removed pieces
        if j < 0 or mark.stop - mark.first != 1 or tokens[mark.first].kind != "punct" \
                or mark.text != tokens[mark.first].text \
                or source[mark.end:].lstrip(" \t")[:1] in (".", "?", "!"):
            continue
        word = pieces[j]
        if mark.text in (":", ";") and not word.text[-1:].isalpha():
            continue  # as `spaced_marks`: a colon after a figure may be a score ("3\n: 1")
        # (a word another stage changed too, as `spaced_marks` takes it: "çavuşoğlu\n: the"
        # cased to the listed "Çavuşoğlu" by the names stage)
        if tokens[word.first].kind == "word" and word.text[-1:].isalnum() \
                and not any(word.stop <= i <= mark.first for i in marked):
            found[word.first] = mark


_GLUED_COMMA = regex.compile(r"(?<=\p{Ll}{2}),(?=\p{L}{2})")
"""A comma glued between two words (letters both sides: "1,000" is a number)."""


def glued_commas(doc: Document, pieces: list[Piece]) -> dict[int, Piece]:
    """Word token -> the comma glued before it and after the word before ("the
    hurricane,named gustav"): `casing` writes the two as ", named" in the edit that cases the
    word (the layout reads an edit's text whole: a space added in the comma's own edit would
    be lost in the cues)."""
    source = doc.source
    if "," not in source:
        return {}
    found: dict[int, Piece] = {}
    tokens = doc.tokens
    starts: list[int] | None = None
    for m in _GLUED_COMMA.finditer(source):
        if starts is None:
            starts = [p.start for p in pieces]
        k = piece_at(starts, m.start())
        if not k or k == len(pieces) - 1:  # (a piece needed either side)
            continue
        before, comma, word = pieces[k - 1], pieces[k], pieces[k + 1]
        if comma.text == "," and comma.stop - comma.first == 1 and before.end == m.start() \
                and word.start == m.end() and before.text and word.text[:1].isalpha() \
                and tokens[before.first].kind == "word" and tokens[word.first].kind == "word":
            found[word.first] = comma
    return found


_SENTENCE_MARKS = frozenset(".?!")
"""A word glued to a sentence mark with no space ("service.ffice", "twins.?nm": letters lost
or line noise) is no clear sentence start: it keeps its case."""


def glued_to_mark(source: str, start: int) -> bool:
    """Whether the word at ``start`` is glued to a sentence mark ("service.ffice", "kennedy
    .t the"), unless that mark is a stray one typed apart after a sentence's own ("die.
    .often")."""
    k = start
    while k > 0 and source[k - 1] in _SENTENCE_MARKS:
        k -= 1
    if k == start:
        return False
    j = k
    while j > 0 and source[j - 1] in " \t":
        j -= 1
    return not (j < k and source[j - 1:j] in _SENTENCE_MARKS)


_TWO_STOPS = re.compile(r"(?<![.])\.\.(?![.])")
"""Two stops, not three (the quick test of `double_stops`)."""


def double_stops(doc: Document) -> Document:
    """A stop typed twice right after a word ("a life jacket.. the south korean", "from
    2.. >>") becomes one: the sentence ends there. Not an abbreviation's own stop and the
    sentence's ("u.s..", "a.m..": the sentence stage reads the end from it, then ends the
    sentence on the abbreviation's own stop, `sentenceends.close_sentence`), not a spaced
    ". ..", not "..." (an ellipsis). Called by `artifacts`."""
    source = doc.source
    found = [m.start() for m in _TWO_STOPS.finditer(source)] if ".." in source else []
    tokens = doc.tokens

    def typed_twice(pieces: list[Piece], k: int, at: int) -> bool:
        if not k or pieces[k].text != "..":  # (and a piece before it)
            return False
        prev = pieces[k - 1]
        return prev.end == at and tokens[prev.stop - 1].kind == "word" \
            and prev.text[-1:].isalnum() and source[at + 2:at + 3] in ("", " ", "\n", "\t")

    return _replace_marks(doc, found, typed_twice, ".", "artifact", "stray-mark", 0.9,
                          "a stop typed twice")


_BACKTICK = re.compile(r"(?<=[A-Za-z])`(?=(?:[tTsSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])(?![A-Za-z]))")
"""A backtick typed for an apostrophe inside a contraction or a possessive ("won`t",
"there`s", "the company`s", as a news network's transcripts write it: qa46)."""


def backtick_apostrophes(doc: Document) -> Document:
    """A backtick standing for an apostrophe (`_BACKTICK`) becomes one: "couldn`t" reads
    "couldn't". Not a backtick quoting a word ("the `run` key"), nor one before other letters.
    Called by `artifacts`."""
    source = doc.source
    found = [m.start() for m in _BACKTICK.finditer(source)] if "`" in source else []
    return _replace_marks(doc, found, _backtick_at, "'", "artifact", "backtick-apostrophe", 0.95,
                          "a backtick typed for an apostrophe")


def _backtick_at(pieces: list[Piece], k: int, at: int) -> bool:
    """Whether piece ``k`` is a backtick standing alone at ``at``."""
    return pieces[k].start == at and pieces[k].text == "`"


_CONTRACTED = {"s": "", "t": "n", "m": "i", "ll": "", "re": "", "ve": "", "d": ""}
"""A contraction's or possessive's ending after its apostrophe, and what the word before it
must end with ("didn' t": "n"; "i' m": the word "i"; `spaced_apostrophes`)."""
_APOSTROPHES = ("'", "\u2019")


def spaced_apostrophes(doc: Document) -> Document:
    """A contraction or possessive a caption line writes with a space after its apostrophe
    ("let' s", "didn' t", "i' m", "tonight' s": a station's caption encoder spaces every
    apostrophe so, qa65) is made whole ("let's"): a word of letters, the apostrophe glued to
    it, one space, then one of `_CONTRACTED`'s endings standing alone ("t" after a word
    ending in "n", "m" after "i"). A quote opening after a word ("he said ' so long'") and
    an apostrophe before other words stay. One edit each. Called by `artifacts`."""
    source = doc.source
    if "' " not in source and "\u2019 " not in source:
        return doc
    found = sorted(at for mark in _APOSTROPHES for at in positions(source, mark + " "))
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    bounds = {m.index for m in doc.markers} | {a.index for a in doc.anchors}
    editor: Editor | None = None
    for at in found:
        k = piece_at(starts, at)
        if k is None or not 0 < k < len(pieces) - 1:
            continue
        word, mark, end = pieces[k - 1], pieces[k], pieces[k + 1]
        if mark.text not in _APOSTROPHES or mark.stop - mark.first != 1 \
                or word.end != at or end.start != at + 2 \
                or tokens[word.first].kind != "word" or tokens[end.first].kind != "word" \
                or mark.first in bounds or end.first in bounds:
            continue
        ending = end.text.lower()
        need = _CONTRACTED.get(ending)
        if need is None or not word.text.isalpha() \
                or (need == "i" and word.text.lower() != "i") \
                or (need == "n" and not word.text.lower().endswith("n")):
            continue
        editor = editor or doc.editor()
        editor.replace([word, mark, end], f"{word.text}{mark.text}{end.text}", "artifact",
                       "spaced-apostrophe", 0.9,
                       note="a space after a contraction's apostrophe")
    return doc if editor is None else editor.finish()


_DASH_BEFORE = frozenset(".,;:!?'\")]_")
"""What may end the text before a backtick standing for a dash besides a letter or figure."""
_DASH_AFTER = frozenset("\"'(_")
"""What may open the text after it besides a letter or figure."""


def _spaced_backtick(source: str, at: int) -> bool:
    """Whether the backtick at ``at`` stands between white space of any kind (spaces, a line
    break, a separator control character the reader takes as a space)."""
    return at > 0 and source[at - 1].isspace() and source[at + 1:at + 2].isspace()


def backtick_dashes(doc: Document) -> Document:
    """A backtick standing alone between white space after a word or a mark and before a word
    ("THE MOVE ` WHY FARMERS") becomes an em dash: a captioner's dash sent through a
    character set without one (New Zealand's live captions write every dash so: qa49), "the
    move — why farmers". The text before and after is read as the clean text writes it:
    across a line break ("left\\n` the", which the clean text joins, so that its second
    clean would read the dash: make fuzz, session 30) and removed pieces. Not a backtick
    against a word (an apostrophe's, `backtick_apostrophes`, or a quoting one: "the `run`
    key"), nor one opening or closing the text. Called by `artifacts`."""
    source = doc.source
    found = [at for at in positions(source, "`") if _spaced_backtick(source, at)] \
        if "`" in source else []

    def between_words(pieces: list[Piece], k: int, at: int) -> bool:
        if not (0 < k < len(pieces) - 1 and _backtick_at(pieces, k, at)):
            return False
        before, after = pieces[k - 1].text[-1:], pieces[k + 1].text[:1]
        return (before.isalnum() or before in _DASH_BEFORE) \
            and (after.isalnum() or after in _DASH_AFTER)

    return _replace_marks(doc, found, between_words, "\u2014", "artifact", "backtick-dash",
                          0.95, "a backtick typed for an em dash")


_AFTER_CHEVRON = re.compile(r"\s+\w")
"""White space of any kind after a half marker, then a word: a line break too (">\\nthe": the
clean text joins the lines, make fuzz, ux14)."""


def _lone_chevrons(source: str) -> list[int]:
    """Where a ">" stands alone after a sentence's stop (or at a line's or the text's start)
    and before a word: half a ">>" speaker marker. Found by `scans.positions` (a page holds
    ">>" markers by the hundred; a character scan would try every position)."""
    found = []
    for at in positions(source, ">"):
        if source[at + 1:at + 2] != ">" and (at == 0 or source[at - 1] != ">"):
            before = source[max(0, at - 3):at].rstrip(" \t")
            if (at == 0 or before == "" and at < 3 or before[-1:] in (".", "?", "!", "\n")) \
                    and _AFTER_CHEVRON.match(source, at + 1):
                found.append(at)
    return found


def lone_chevrons(doc: Document) -> Document:
    """A ">" standing alone between a sentence's stop and the next word ("that violence is
    reportedly escalating. > whiteout. a powerful blizzard"): half of a ">>" marker the
    captioner or the decoder lost a character of, no word of the speech; it goes. A ">"
    between words ("if x > y") stays. Called by `artifacts`."""
    found = _lone_chevrons(doc.source) if ">" in doc.source else []
    tokens = doc.tokens

    def half_marker(pieces: list[Piece], k: int, at: int) -> bool:
        p = pieces[k]
        if p.text != ">" or p.stop - p.first != 1 or tokens[p.first].kind != "punct":
            return False
        # (an earlier edit may have changed the word before: no stop there now)
        return k == 0 or pieces[k - 1].text[-1:] in (".", "?", "!", "")

    return _replace_marks(doc, found, half_marker, "", "markup", "marker-fragment", 0.9,
                          "half of a '>>' speaker marker")


def _replace_marks(doc: Document, found: list[int],
                   test: Callable[[list[Piece], int, int], bool], new: str, kind: EditKind,
                   rule: str, confidence: float, note: str) -> Document:
    """``doc`` with each piece that opens at a position of ``found`` and passes ``test(pieces,
    k, position)`` replaced by ``new`` (one edit each, of ``kind`` and ``rule``); ``doc``
    itself when none does. The shared walk of the mark mends above."""
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    editor: Editor | None = None
    for at in found:
        k = piece_at(starts, at)
        if k is not None and test(pieces, k, at):
            editor = editor or doc.editor()
            editor.replace([pieces[k]], new, kind, rule, confidence, note=note)
    return doc if editor is None else editor.finish()
