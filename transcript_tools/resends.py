"""Lines live subtitles send again, grown: a line end marked "_", "|" or a dash, then the same
words once more and further ("we can't track _ ... we can't track the _ ... we can't track the
exact location"): the earlier, shorter copy and its marker go, as roll-up copies do.

Also without a mark (`remove_grown_copies`): six words or more sent again at once, grown
("and this video is trending on bbc.com. one | and this video is trending on bbc. com. one
little | and this video is trending on bbc.com. one little boy who").

Called by `artifacts.ArtifactRemover` after its own removals; each copy is one logged edit.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import attrgetter, is_not, ne

import regex

from . import memos
from .linenoise import CONTROLS
from .memos import WORD_MEMO
from .model import Document
from .scans import indices, numbered, positions

_MARKS = frozenset({"_", "|", "-", "—", "–", "--"})
"""Line-end marks of re-sent subtitle lines (BBC live subtitles)."""
_DASHES = frozenset({"-", "—", "–", "--"})
MIN_COPY = 2
"""Fewest words a copy before "_" or "|" holds (these are never speech)..."""
MIN_DASH_COPY = 3
"""...and before a dash, which speech uses too ("we want - we want peace" is a restart)."""
MAX_COPY = 40
_STRIP = ".,;:?!\"'“”‘’"
_SPACED_DASH = regex.compile(r"\s[-–]\s")
"""A dash between words, on a line or opening the next ("grown -\n", "\n- grown")."""


def remove_resends(doc: Document) -> Document:
    """``doc`` with each re-sent line's earlier copy removed (as is when it has none)."""
    source = doc.source
    # (each pair of characters looked for after its rarer one: a search for two characters
    # runs ~14 us on a page of 3,000 words, one by memchr well under 1)
    # (a "_" opening a line counts as one after a space: the clean text puts the line on one
    # line with the words before it, where its second cleaning would find the copy, fuzz)
    if ("_" not in source or not _spaced_line_mark(source)) and "|" not in source \
            and "—" not in source and not any(
            at and _SPACED_DASH.match(source, at - 1)
            for dash in "-–" for at in positions(source, dash)):
        return doc
    tokens = doc.tokens
    pieces = doc.text_pieces()
    words = [k for k, p in numbered(pieces) if tokens[p.first].kind == "word"]
    keys = [pieces[k].text.lower().strip(_STRIP) for k in words]
    editor = doc.editor()
    found = False
    floor = 0  # word index: a copy may not reach back past an earlier removal
    w = 0  # the next word after the mark
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if p.text not in _MARKS or tokens[p.first].kind != "punct":
            k += 1
            continue
        end = k  # the marks run ("-—")
        while end + 1 < len(pieces) and pieces[end + 1].text in _MARKS \
                and tokens[pieces[end + 1].first].kind == "punct":
            end += 1
        while w < len(words) and words[w] < k:
            w += 1
        least = MIN_DASH_COPY if all(pieces[j].text in _DASHES for j in range(k, end + 1)) \
            else MIN_COPY
        n = _copy_length(keys, floor, w, least)
        if n:
            first = words[w - n]
            editor.replace(pieces[first:end + 1], "", "artifact", "resent-line", 0.9,
                           note="live subtitles sent this line again, grown")
            found = True
            floor = w
        k = end + 1
    return editor.finish() if found else doc


def _spaced_line_mark(source: str) -> bool:
    """Whether a "_" of ``source`` has white space of any kind or a control character right
    before it: line noise removes the control character and the clean text writes a space
    there, where its second cleaning would read the mark as spaced ("0\\x1f_ the and the\\n--
    the and the": make fuzz). The usual spaces by one ``in`` each; else each "_" found by
    memchr (the mark is rare in captions)."""
    if " _" in source or "\n_" in source or "\t_" in source:
        return True
    return any(at and (source[at - 1].isspace() or source[at - 1] in CONTROLS)
               for at in positions(source, "_"))


_LINE_MARKS = frozenset({"_", "|"})
"""The line-end marks no speech writes (a dash may be speech's)."""


def lone_line_marks(doc: Document) -> Document:
    """A "_" or "|" standing alone between words in a document whose live subtitles were
    found sending lines again (a `remove_resends` or `remove_grown_copies` edit): the mark of
    a line sent again whose copy was no grown copy ("the vote is due. | the vote is now
    due"); it is no word and goes, as a logged edit (rule
    ``line-mark``). Without that evidence a lone "|" may be an OCR'd capital I."""
    if not any(e.rule == "resent-line" for e in doc.edits):
        return doc
    source = doc.source
    tokens = doc.tokens
    editor = None
    for p in doc.text_pieces():
        if p.text in _LINE_MARKS and p.stop - p.first == 1 and tokens[p.first].kind == "punct" \
                and source[p.start - 1:p.start].isspace() and source[p.end:p.end + 1].isspace():
            editor = editor or doc.editor()
            editor.replace([p], "", "artifact", "line-mark", 0.9,
                           note="a live subtitle line's end mark, standing alone")
    return editor.finish() if editor is not None else doc


def _copy_length(keys: list[str], floor: int, w: int, least: int) -> int:
    """The most words (``least`` to `MAX_COPY`) just before word ``w`` that the words from
    ``w`` on repeat, not reaching before ``floor``; 0 if fewer."""
    best = 0
    for n in range(least, min(MAX_COPY, w - floor) + 1):
        if w + n > len(keys):
            break
        if keys[w - n:w] == keys[w:w + n]:
            best = n
    return best


MIN_GROWN = 6
"""Fewest words a copy sent again without a mark holds (speech repeats fewer: "we love you we
love you")..."""
MIN_GROWN_CHARS = 24
"""...and fewest letters."""
_ENDS = frozenset({".", "?", "!"})
"""A copy that ends its sentence is a sentence said again, not a line re-sent mid-way."""
_NORM = regex.compile(r"[^\p{L}\p{N}]+")
_KIND = attrgetter("kind")
_FIRST = attrgetter("first")


def remove_grown_copies(doc: Document) -> Document:
    """``doc`` with each earlier copy of a line sent again at once removed: `MIN_GROWN` words
    or more whose letters (case, marks and spaces aside, a zero read as "o") the words right
    after them repeat and go on from ("trending on bbc.com. 0ne | ... trending on bbc. com. one
    little"); not a copy that ends on a sentence's stop (a sentence said again), nor across a
    speaker or story marker. As is when it has none. A copy opens on the same four words as
    the line sent again: only runs of four met before within `MAX_COPY` words are looked at."""
    found = doc.word_pieces()
    if len(found) < 2 * MIN_GROWN:
        return doc
    if len(_NORMS) > 100_000:
        _NORMS.clear()
    norm = list(map(_NORMS.__getitem__, [p.text for p in found]))
    # a copy's first four words come again within MAX_COPY words: only a run of four met
    # before is looked at further (by the place its hash was first met, found at C speed;
    # most pages have a few)
    seen: dict[int, int] = {}
    places = indices(len(norm))  # (shared int objects: `scans.indices`)
    # (the columns by list slices: a list's iterator costs less a word than `islice`'s)
    firsts = list(map(seen.setdefault, map(hash, zip(norm, norm[1:], norm[2:], norm[3:])),
                      places))
    copies = []  # (v, w): a copy at v sent again, grown, at w
    last: dict[int, int] = {}  # a run's first place -> the last place it was met again
    # (a place met first holds its own int object, one of `places`' shared ones: `is_not`,
    # no compare; a page past `indices`' cap walks a range, a new object at each step)
    for w in compress(places, map(is_not if type(places) is list else ne, firsts, places)):
        first = firsts[w]
        met = last.get(first, first)
        last[first] = w
        # (met last more than MAX_COPY words back, as on a long page said twice: none near)
        if w - met > MAX_COPY or first not in firsts[max(0, w - MAX_COPY):w - MIN_GROWN + 1]:
            continue
        v = _last_pair(norm, w)
        if v is None or w - v < MIN_GROWN or norm[v + 2:v + 4] != norm[w + 2:w + 4]:
            continue
        copy = "".join(norm[v:w])
        if len(copy) >= MIN_GROWN_CHARS and "".join(norm[w:2 * w - v + 2]).startswith(copy):
            copies.append((v, w))
    if not copies:
        return doc
    pieces = doc.text_pieces()
    at = {p.first: k for k, p in numbered(pieces)}
    words = [at[p.first] for p in found]
    marked = sorted(m.index for m in doc.markers)
    editor = None
    floor = 0
    for v, w in copies:
        if v < floor:
            continue
        if any(pieces[j].text in _ENDS for j in range(words[w - 1] + 1, words[w])):
            floor = w  # a sentence said again: no copy begins inside it (its rotations
            continue   # repeat too: "goes on. a | sentence ... goes on. a")
        if not _marked(marked, pieces[words[v]].first, pieces[words[w]].first):
            editor = editor or doc.editor()
            editor.replace(pieces[words[v]:words[w]], "", "artifact", "resent-line", 0.9,
                           note="live subtitles sent this line again, grown")
            floor = w
    return editor.finish() if editor is not None else doc


MIN_DRAFT = 3
"""Fewest words of a draft line sent again corrected (`remove_drafts`)."""
MAX_DRAFT = 12
_DRAFT_MARKS = frozenset({",", ".", "?", "!"})
MIN_SPACED = 3
"""Fewest marks typed a space after their words a page must hold for its drafts to go."""
_SPACED_MARK = re.compile(" [" + re.escape("".join(sorted(_DRAFT_MARKS))) + "]")
"""A mark typed a space after its word (`re`: a class after a literal space, found in one
scan)."""


def remove_drafts(doc: Document) -> Document:
    """``doc`` with each draft of a line that live subtitles sent again at once, corrected,
    removed: `MIN_DRAFT` words or more holding a mark typed a space after its word, which the
    next words repeat with no mark so typed ("such meetings later today . meetings later
    today." -> "such meetings later today."; "without or favour . without fear or favour.",
    one word added), on a page of `MIN_SPACED` such marks or more. A speaker's own repeat has
    no spaced mark; not across a marker."""
    source = doc.source
    if ("," not in source or " , " not in source) and " . " not in source \
            and ("?" not in source or " ? " not in source):
        return doc
    # (one scan for the four: `str.count` of each ran ~8 us a 1,000 words, most of it at
    # the page's spaces)
    spots = [m.start() for m in _SPACED_MARK.finditer(source)]
    most = len(spots)
    if most < MIN_SPACED and most + sum(
            e.replacement in _DRAFT_MARKS for e in doc.edits) < MIN_SPACED:
        # the most spaced marks the page can hold: a piece no edit wrote is its token, as the
        # source writes it (" ." there), one an edit wrote that edit's replacement; counted at
        # C speed, where the walk over the pieces below costs ~400 instructions a piece
        return doc
    pieces = doc.text_pieces()
    tokens = doc.tokens
    # the pieces that may be such marks, found without a walk over every piece (~100 ns a
    # piece on a long page, for a few dozen marks): a piece no edit wrote is its token, as
    # the source writes it (after a space there), and one an edit wrote (that edit's
    # replacement) opens at the first token the edit covers
    may = {bisect.bisect_left(pieces, q + 1, key=_START) for q in spots}
    may.update(bisect.bisect_left(pieces, e.start, key=_START) for e in compress(
        doc.edits, map(_DRAFT_MARKS.__contains__, map(_REPLACEMENT, doc.edits))))
    spaced = [k for k in sorted(may) if 0 < k < len(pieces) and (p := pieces[k]).text
              in _DRAFT_MARKS and source[p.start - 1:p.start] == " "
              and tokens[p.first].kind == "punct"]
    if len(spaced) < MIN_SPACED:
        return doc  # (a page typed so: one spaced mark is a slip, not a subtitler's habit)
    # the words near each spaced mark, found by walking the pieces from it (a page-wide list
    # of the word pieces cost ~90 instructions a word on a long page, for a few dozen marks);
    # each word's key is made once, by its piece
    made: dict[int, str] = {}

    def key(j: int) -> str:
        got = made.get(j)
        if got is None:
            got = made[j] = pieces[j].text.lower().strip(_STRIP)
        return got

    marked = sorted(m.index for m in doc.markers)
    spaced_set = set(spaced)
    editor = None
    floor = 0  # piece index of a word: a draft may not reach back past an earlier removal
    for k in spaced:
        # the word before the mark and up to MAX_DRAFT words before it, none before floor
        back: list[int] = []
        j = k - 1
        while j >= floor and len(back) <= MAX_DRAFT:
            if tokens[pieces[j].first].kind == "word":
                back.append(j)
            j -= 1
        if not back:
            continue
        # and up to 2 * MAX_DRAFT + 1 words after it (the page's last word may come first)
        ahead: list[int] = []
        j, end = k + 1, len(pieces)
        while j < end and len(ahead) <= 2 * MAX_DRAFT:
            if tokens[pieces[j].first].kind == "word":
                ahead.append(j)
            j += 1
        back.reverse()
        at = back + ahead  # piece indices of the words around the mark
        near = list(map(key, at))
        a = len(back) - 1  # the word before the mark, in ``at``
        # (where the walk ahead stopped short of the page's end, ``at`` reaches past every
        # word the loops below read, so its end bounds them as the page's end would)
        count = len(at)
        best: tuple[int, int, int] | None = None  # (first draft word, first copy word, n)
        for e in range(a, min(a + MAX_DRAFT, count - MIN_DRAFT)):
            for n in range(MIN_DRAFT, MAX_DRAFT + 1):
                v = e - n + 1
                if v < 0 or v > a or e + 1 + n > count or near[v] != near[e + 1]:
                    continue  # (a copy, grown or not, starts with the draft's first word)
                draft, copy = near[v:e + 1], near[e + 1:e + 1 + n]
                grown = near[e + 1:e + 2 + n]
                if draft == copy or len(grown) == n + 1 and any(
                        grown[:j] + grown[j + 1:] == draft for j in range(1, n)):
                    best = (v, e + 1, n) if best is None or n > best[2] else best
        if best is None:
            continue
        v, c, n = best
        first, start = at[v], at[c]
        stop = at[min(c + n, len(at) - 1)]
        if any(j in spaced_set for j in range(start, stop)) \
                or _marked(marked, pieces[first].first, pieces[start].first):
            continue  # the copy is no corrected line, or a speaker changes between them
        editor = editor or doc.editor()
        editor.replace(pieces[first:start], "", "artifact", "resent-line", 0.9,
                       note="live subtitles sent this line again, corrected")
        floor = start
    return editor.finish() if editor is not None else doc


def _last_pair(norm: list[str], w: int) -> int | None:
    """The last place before ``w``, up to `MAX_COPY` words back, where the two words at ``w``
    stand (its first word found by `list.index`, at C speed), or None."""
    a, b = norm[w], norm[w + 1]
    back = norm[max(0, w - MAX_COPY):w]
    back.reverse()
    j = 0
    while a in back[j:]:
        j = back.index(a, j)
        if norm[w - j] == b:  # (the word after norm[w - 1 - j])
            return w - 1 - j
        j += 1
    return None


class _Norms(dict[str, str]):
    """A word's letters and digits, lowercase, a zero read as "o", by its text (made on first
    use: one lookup a word, at C speed, on a page of words met before)."""

    def __missing__(self, text: str) -> str:
        low = text.lower()
        self[text] = norm = (low if low.isalnum() else _NORM.sub("", low)).replace("0", "o")
        return norm


_NORMS = _Norms()
_TEXT = attrgetter("text")
_START = attrgetter("start")
_REPLACEMENT = attrgetter("replacement")


def _marked(marked: list[int], first: int, last: int) -> bool:
    """Whether a marker stands after token ``first`` and up to token ``last``."""
    k = bisect.bisect_right(marked, first)
    return k < len(marked) and marked[k] <= last

memos.bound_global(_NORMS, WORD_MEMO)
