"""Caption decoder noise: where a page shows the garbage a failing line-21 decoder writes (box
characters, digits inside words: "e00ve83ry00th0hh", "japan1", "tsunamie1"), the noise glued
to an English word is trimmed ("courtçó" -> "court", "e1japan's" -> "japan's"), noise standing
alone is removed, and a run made mostly of it is removed whole. Called by `artifacts`.

Pages without such noise are left alone: the accented letters and letter-digit words that are
noise here ("çó", "e1") are names and model numbers elsewhere.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter

import regex

from . import memos
from .language import reads_english
from .lazypattern import lazy_re, lazy_regex
from .memos import WORD_MEMO
from .model import Document, Editor, Piece
from .vocabulary import Vocabulary, vocabulary

CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))
BOXES = frozenset("■□▪▫▮▯█�" + CONTROLS)
"""Characters no caption writes: a decoder's stand-in for a byte it could not read, and the
control characters (a stray "\x1f" read as a space by one tool and a mark by another)."""
_BOX_RE = re.compile("[" + re.escape("".join(sorted(BOXES))) + "]")
"""(`re`, not `regex`: a class of literal characters, searched over the whole source ten times
as fast)"""


def _has_box(source: str) -> bool:
    """Whether ``source`` holds one of `BOXES`: in ASCII text only the control characters can
    stand, each looked for by `str.__contains__` (a memchr: ~3 us on a page where the class's
    scan took ~50)."""
    if source.isascii():
        return any(map(source.__contains__, CONTROLS))
    return _BOX_RE.search(source) is not None


MIN_STRONG = 3
"""Strong noise words a page must hold before any noise is touched."""
MIN_RUN = 5
"""Words in a run of noise and unknown words that is removed whole (with `MIN_RUN_NOISE`)."""
MIN_RUN_NOISE = 3
_LEGIT = lazy_regex(r"^(?:\p{L}{1,2}\d+\p{L}?\d*|\d+\p{L}{1,2}|\d+(?:st|nd|rd|th|s)|"
                       r"\p{L}+\d{2,})$")
"""Letter-digit words English writes: "h1n1", "mp3", "g20", "4k", "1990s", "covid19"."""
_STRONG = regex.compile(r"\p{L}{3,}\d\p{L}{0,2}$|\d\p{L}+\d|\p{L}\d+\p{L}{2,}")
_LEADING = lazy_regex(r"^\p{L}{0,2}\d+(?P<rest>\p{L}[\p{L}'’]{2,})$")
_WEAK_CHAR = regex.compile(r"[^\x00-\x7f]")
_WEAK_EDGES = lazy_regex(r"^(?:(?!\p{ASCII})\p{L})+|(?:(?!\p{ASCII})\p{L})+$")
"""Letters no ASCII word has at a word's edges ("ç", "ó"; not a curly apostrophe: "’cause")."""
_LETTERS = lazy_regex(r"^[\p{L}'’]+$")
_NUMBER_WORD_RE = lazy_regex(r"^\d+(?:st|nd|rd|th|s|am|pm)$")
"""A number with an ending ("21st", "1990s", "5am"): no noise."""


@lru_cache(maxsize=65536)
def _strong(word: str) -> bool:
    if any(c in BOXES for c in word):
        return True
    core = word.strip(".,;:?!\"'()[]")
    return bool(_STRONG.search(core)) and not _LEGIT.match(core)


_SUSPECT = lazy_re("[\\d" + re.escape("".join(sorted(BOXES))) + "]+")
"""Runs of the characters every `_strong` word holds one of: a digit (as `_STRONG` reads one)
or a box; in ASCII text (no box there but the control characters), `_ASCII_SUSPECT`: the
same runs, found faster."""
_ASCII_SUSPECT = re.compile("[0-9" + re.escape(CONTROLS) + "]+")
_START = attrgetter("start")


def _strong_count(doc: Document) -> int:
    """How many different words are `_strong`: only tokens holding a `_SUSPECT` character can
    be (found in the source, not by a pass over every token: most pages hold a few digits).
    A decoder's noise does not repeat itself letter for letter; a word written alike three
    times ("weekends on cspan2", "funding for cspan2", qa25) is a name the page uses. A box
    character counts wherever it stands."""
    tokens, source = doc.tokens, doc.source
    n = len(tokens)
    seen: set[int] = set()
    runs = _ascii_suspects(source) if source.isascii() else [
        m.span() for m in _SUSPECT.finditer(source)]
    for a, b in runs:
        k = bisect.bisect_right(tokens, a, key=_START) - 1
        if k < 0 or tokens[k].end <= a:
            k += 1
        while k < n and tokens[k].start < b:  # the tokens that hold part of the run
            seen.add(k)
            k += 1
    strong = [tokens[k].text for k in seen if _strong(tokens[k].text)]
    boxed = sum(not BOXES.isdisjoint(w) for w in strong)  # each a byte the decoder lost
    return boxed + len({w.lower() for w in strong if BOXES.isdisjoint(w)})


def _ascii_suspects(source: str) -> list[tuple[int, int]]:
    """The spans `_ASCII_SUSPECT` finds in an ASCII ``source``, found by `str.find`, a C scan
    per character the source holds (a regular expression tries its class at every offset:
    several times as slow on a page of clock lines)."""
    at: list[int] = []
    for char in _ASCII_SUSPECTS:
        k = source.find(char)
        while k >= 0:
            at.append(k)
            k = source.find(char, k + 1)
    at.sort()
    runs: list[tuple[int, int]] = []
    for k in at:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


_ASCII_SUSPECTS = "0123456789" + CONTROLS


def _noise(word: str) -> bool:
    """Strong noise, or (on a noisy page) a letter-digit word or a word holding a non-ASCII
    letter that English does not know."""
    if _strong(word):
        return True
    core = word.strip(".,;:?!\"'()[]").lower()
    if not core:
        return False
    if any(c.isdigit() for c in core) and any(c.isalpha() for c in core):
        return not _NUMBER_WORD_RE.match(core)
    if _WEAK_CHAR.search(core):
        return core not in vocabulary()
    return _ascii_tail(word) is not None


def _ascii_tail(word: str) -> str | None:
    """On a noisy page, a word English does not know that is a common word and one or two
    letters ("justicexd", "peoplef", "conditionslp"): the common word."""
    vocab = vocabulary()
    low = word.lower()
    if not low[:1].isalpha() or low.rstrip("[]()") in vocab:
        return None
    core = word.rstrip("[]()")
    if any(vocab.zipf(low.rstrip("[]()") + c) >= 3.0 for c in _ALPHABET):
        return None  # a word cut short ("chanc" of "chance"), the spelling stage's
    for cut in (1, 2):
        head, tail = core[:-cut], core[-cut:]
        if len(head) >= 4 and tail.isalpha() and vocab.zipf(head.lower()) >= 3.5 \
                and not (cut == 2 and _VOWELS.intersection(tail.lower())):
            return head  # (two letters with a vowel are a syllable: "nessen", a name)
    return None


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiouy")


def _trim(word: str) -> str | None:
    """The English word inside a noisy one ("courtçó" -> "court", "e1japan's" -> "japan's"),
    or None."""
    vocab = vocabulary()
    core: str = _WEAK_EDGES.sub("", word)
    if core != word and core.isascii() and _LETTERS.match(core) \
            and vocab.zipf(core.lower()) >= 3.0:
        return core  # noise letters at either edge of a word, however short ("iç", "çthe")
    for k in range(len(word) - 1, 2, -1):  # noise after the word: the longest word first
        head, tail = word[:k], word[k:]
        if _LETTERS.match(head) and (_WEAK_CHAR.search(tail) or any(c.isdigit() for c in tail)
                                     or any(c in BOXES for c in tail)) and len(tail) <= 4 \
                and vocab.zipf(head.lower()) >= 3.0:
            return head
    m = _LEADING.match(word)
    if m:
        rest: str = m["rest"]
        if vocab.zipf(rest.lower().replace("’", "'").split("'")[0]) >= 3.0:
            return rest  # noise before the word
    return _ascii_tail(word)


def _glued_count(doc: Document) -> int:
    """How many words carry a letter no English word has glued to an edge, the rest a common
    word ("asç", "heavyç", "çthe"): a decoder writing noise without digits ("ç" for a byte it
    lost). An accented name or loanword ("josé", "café") leaves no common word."""
    if doc.source.isascii() or not reads_english(doc):
        return 0  # (another language writes such letters at a word's edge: "así", "tú")
    vocab = vocabulary()
    count = 0
    for t in doc.tokens:
        text = t.text
        if t.kind == "word" and not text.isascii() \
                and (core := _WEAK_EDGES.sub("", text)) != text:
            count += bool(core) and core.isascii() and vocab.zipf(core.lower()) >= 3.0 \
                and text.lower() not in vocab
    return count


def remove_line_noise(doc: Document) -> Document:
    """``doc`` with decoder noise trimmed or removed, or ``doc`` itself on a clean page."""
    if "\ufffd*" in doc.source:
        doc = _apostrophes(doc)
    if _two_apostrophes(doc.source) and _DOUBLED_APOSTROPHE.search(doc.source):
        doc = _doubled_apostrophes(doc)
    if "@" in doc.source and "@@@" in doc.source:
        doc = _fill_runs(doc)
    if _strong_count(doc) < MIN_STRONG and _glued_count(doc) < MIN_STRONG:
        return _boxes(doc) if _has_box(doc.source) else doc
    pieces = doc.text_pieces()
    tokens = doc.tokens
    vocab = vocabulary()
    editor = doc.editor()
    done: set[int] = set()
    kept: set[int] = set()  # words trimmed of noise (``done`` holds them and the removed)
    words = [p for p in pieces if tokens[p.first].kind == "word" or _strong(p.text)]
    noisy = [_noise(p.text) for p in words]
    # runs of noise and unknown or scrap words, mostly noise: removed whole
    k, n = 0, len(words)
    while k < n:
        j = k
        while j < n and (noisy[j] or _scrap(words[j].text, vocab)):
            j += 1
        if j - k >= MIN_RUN and sum(noisy[k:j]) >= MIN_RUN_NOISE:
            _remove(editor, doc, words[k:j], done)
        k = max(j, k + 1)
    for i, piece in enumerate(words):
        if not noisy[i] or piece.first in done:
            continue
        trimmed = _trim(piece.text)
        if trimmed is not None:
            editor.replace([piece], trimmed, "artifact", "line-noise", 0.9,
                           note="decoder noise glued to the word")
            kept.add(piece.first)
        else:
            editor.replace([piece], "", "artifact", "line-noise", 0.9,
                           note="decoder noise")
        done.add(piece.first)
    _glued_tails(editor, doc, pieces, done, kept)
    return editor.finish()


_GARBAGE = frozenset("+%[](){}<>|\\^~*@#=÷¤¦¬¨¯´¸")
"""Marks no caption glues between words: met glued to noise or to a word's end on a noisy
page ("uniform.0)i8", "you.[5c", "archives.+wb", "coming.÷") they are the decoder's."""
_ENDS = frozenset(".,?!:;")
_SHORT = 3
"""Longest unknown letters glued after a word taken for noise ("wb", "zq")."""


def _glued_tails(editor: Editor, doc: Document, pieces: list[Piece], done: set[int],
                 kept: set[int]) -> None:
    """On a noisy page, what a decoder glued after a word and its stop (no space between):
    marks, digits and short unknown letters around removed noise or a `_GARBAGE` mark
    ("uniform.0)i8" -> "uniform.", "archives.+wb" -> "archives."); a longer unknown word
    stays ("rural(pdnnsylvania": a garbled name). A chunk whose rest holds a word English
    knows is left. ``kept``: the words trimmed of noise, still words."""
    vocab = vocabulary()
    tokens = doc.tokens
    k, n = 0, len(pieces)
    while k < n:
        j = k + 1
        while j < n and pieces[j].start == pieces[j - 1].end:
            j += 1
        chunk, k = pieces[k:j], j
        if len(chunk) < 2:
            continue
        h = 0
        if tokens[chunk[0].first].kind == "word" and (
                chunk[0].first not in done or chunk[0].first in kept):
            h = 1
            while h < len(chunk) and chunk[h].text in _ENDS:
                h += 1
        rest = [p for p in chunk[h:] if p.first not in done]
        if any(tokens[p.first].kind == "sound" for p in rest):
            continue  # a sound cue is the cue stage's
        if not rest or len(rest) == len(chunk[h:]) and not _GARBAGE.intersection(
                "".join(p.text for p in rest)):
            continue  # no noise removed here, no garbage mark
        if any(_known(p.text, vocab) for p in rest if tokens[p.first].kind == "word"):
            continue
        for p in rest:
            if tokens[p.first].kind == "word" and len(p.text) > _SHORT \
                    and not any(c.isdigit() for c in p.text):
                continue
            editor.replace([p], "", "artifact", "line-noise", 0.85,
                           note="decoder noise glued after the word")
            done.add(p.first)


def _known(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    return len(low) >= 3 and not low.isdigit() and low in vocab


_ONE_LETTER_WORDS = frozenset("aio")
"""Letters that are words alone ("a", "I", "O"): one glued to a box stands (`_boxes`)."""


def _boxes(doc: Document) -> Document:
    """On a page with less noise, the box characters alone: no caption writes them, so a
    lone box goes and one at a word's edge is trimmed off it ("week■" -> "week"). One inside
    a word ("starmer�*s", an apostrophe the decoder lost) is that apostrophe; a control
    character of its own goes wherever it stands."""
    editor = doc.editor()
    source = doc.source
    pieces = doc.pieces()
    for k, piece in enumerate(pieces):
        if piece.text and not BOXES.isdisjoint(piece.text) \
                and (source[piece.start - 1:piece.start].isspace() or not piece.start
                     or source[piece.end:piece.end + 1] in ("", " ", "\n")
                     or not piece.text.strip(CONTROLS)):
            kept = "".join(c for c in piece.text if c not in BOXES)
            stray = pieces[k + 1] if not kept and k + 1 < len(pieces) else None
            if stray is not None and stray.start == piece.end and len(stray.text) == 1 \
                    and stray.text.isalpha() and stray.text.lower() not in _ONE_LETTER_WORDS \
                    and source[stray.end:stray.end + 1] in ("", " ", "\n"):
                # "■m": a letter no word is, glued to a box, is what is left of a word the
                # decoder lost (qa34: "■m [captions copyright ...]" read "M")
                editor.replace([piece, stray], "", "artifact", "line-noise", 0.95,
                               note="decoder noise")
                continue
            editor.replace([piece], kept, "artifact", "line-noise", 0.95,
                           note="a decoder's box character" if kept else "decoder noise")
    return editor.finish()


def _apostrophes(doc: Document) -> Document:
    """``doc`` with each box and star a decoder wrote for an apostrophe an apostrophe."""
    pieces = doc.pieces()
    lost = _lost_apostrophes(doc, pieces)
    if not lost:
        return doc
    editor = doc.editor()
    for k in sorted(lost):
        editor.replace([pieces[k], pieces[k + 1]], "'", "artifact", "lost-apostrophe", 0.95,
                       note="a decoder's box and star for an apostrophe")
    return editor.finish()


_DOUBLED_APOSTROPHE = regex.compile(r"(?<=\p{L})['\u2019]{2,}(?=\p{L})")
"""Two or more apostrophes inside a word ("DON'\u2019\u2019T", "IT'\u2019\u2019S"): one
apostrophe converted again and again between encodings; no word writes two."""


def _two_apostrophes(source: str) -> bool:
    """Whether ``source`` holds two apostrophes side by side (plain string searches): else
    `_DOUBLED_APOSTROPHE`, which looks behind at every character, cannot match."""
    return "''" in source or "'\u2019" in source or "\u2019'" in source \
        or "\u2019\u2019" in source


_FILL_RUN = lazy_regex(r"@{3,}(?:[ \t]*@+)*")
"""A run of at signs ("and@@@@ @ @ so"): a stenographic caption's fill where the decoder
lost its words; an address or a handle has letters after its one sign."""


def _fill_runs(doc: Document) -> Document:
    """``doc`` with each run of three or more at signs (and the lone signs it trails off
    into) removed as decoder noise, a logged edit (qa26: a 2009 C-SPAN page)."""
    pieces = doc.pieces()
    starts = [p.start for p in pieces]
    editor = doc.editor()
    for m in _FILL_RUN.finditer(doc.source):
        k = bisect.bisect_left(starts, m.start())
        stop = bisect.bisect_left(starts, m.end(), lo=k)
        run = pieces[k:stop]
        if run and run[0].start == m.start() and run[-1].end == m.end() \
                and all(p.text and set(p.text) == {"@"} for p in run):
            editor.replace(run, "", "artifact", "line-noise", 0.9,
                           note="a caption decoder's fill of at signs")
    return editor.finish()


def _doubled_apostrophes(doc: Document) -> Document:
    """``doc`` with each run of apostrophes inside a word made one (its first), a logged edit
    (qa26: a children's programme's captions, "DON'\u2019\u2019T")."""
    pieces = doc.pieces()
    starts = [p.start for p in pieces]
    editor = doc.editor()
    for m in _DOUBLED_APOSTROPHE.finditer(doc.source):
        k = bisect.bisect_left(starts, m.start())
        run = pieces[k:k + len(m.group())]
        if len(run) == len(m.group()) and run[0].start == m.start() \
                and run[-1].end == m.end() and all(p.text in ("'", "\u2019") for p in run):
            editor.replace(run, m.group()[0], "artifact", "doubled-apostrophe", 0.95,
                           note="one apostrophe written several times by an encoding slip")
    return editor.finish()


def _lost_apostrophes(doc: Document, pieces: list[Piece]) -> set[int]:
    """The pieces (by index) of each box and star a decoder wrote for an apostrophe inside a
    word: "bbc�*s", "starmer�*s" ("bbc's"), a word's letters glued either side; alone ("it.
    �*, .") they are noise."""
    out: set[int] = set()
    source, tokens = doc.source, doc.tokens
    for k in range(1, len(pieces) - 2):
        box, star, after, before = pieces[k], pieces[k + 1], pieces[k + 2], pieces[k - 1]
        if box.text == "\ufffd" and star.text == "*" and star.start == box.end \
                and after.start == star.end and before.end == box.start \
                and tokens[before.first].kind == "word" and tokens[after.first].kind == "word" \
                and after.text.isalpha() and after.text.islower() and len(after.text) <= 2 \
                and source[after.end:after.end + 1] in ("", " ", "\n", ",", ".", "?", "!"):
            out.add(k)
    return out


def _scrap(word: str, vocab: Vocabulary) -> bool:
    core = word.strip(".,;:?!\"'()[]-").lower()
    return len(core) <= 2 or core.isdigit() or core not in vocab


def _remove(editor: Editor, doc: Document, run: list[Piece], done: set[int]) -> None:
    """Remove a run of words, the marks between them and those glued to its end."""
    first, stop, end = run[0].first, run[-1].stop, run[-1].end
    inside = []
    for p in doc.pieces():
        if not p.text or p.first < first:
            continue
        if p.stop <= stop:
            inside.append(p)
        elif p.start == end and doc.tokens[p.first].kind == "punct":
            inside.append(p)
            end = p.end
        else:
            break
    for p in inside:
        editor.replace([p], "", "artifact", "line-noise", 0.85, note="a run of decoder noise")
        done.add(p.first)

memos.bound_global(_strong, WORD_MEMO)
