"""The edit log replayed: edits into disjoint intervals, the text they make (`Rendering`,
`apply_edits`) and the pieces a document now reads as (`Document.pieces`).

Called through `model` (`Document.pieces`, `Document.rendering`), which re-exports its names.
"""

from __future__ import annotations

import bisect
import re
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, islice
from operator import and_, itemgetter
from typing import Any, cast

from .model import Edit, Piece, Token, _new_piece, _piece_slots
from .scans import indices


class OverlapError(ValueError):
    """Two edits partly overlap: neither contains the other."""


def _replay(edits: Iterable[Edit],
            start: tuple[list[int], list[int], list[Edit]] | None = None
            ) -> tuple[list[int], list[int], list[Edit]]:
    """Replay edits in order into sorted, disjoint intervals (starts, ends, winning edits).

    The log is a few long runs sorted by start (one per stage, see `Editor.finish`): a long
    run is merged into the intervals in one pass instead of edit by edit (each insertion
    into the middle of a list costs its length, so one by one is quadratic). Short runs, and
    any run the merge finds a problem in, go one by one, which raises the same errors.
    ``start``: the intervals of the log before ``edits`` (not changed: copied when needed).
    """
    seq = edits if isinstance(edits, (list, tuple)) else list(edits)
    starts: list[int]
    ends: list[int]
    winners: list[Edit]
    if start is None:
        starts, ends, winners = [], [], []
    else:
        starts, ends, winners = list(start[0]), list(start[1]), list(start[2])
    i, n = 0, len(seq)
    while i < n:
        j = i + 1
        while j < n and seq[j].start >= seq[j - 1].start:
            j += 1
        merged = _merge_run(starts, ends, winners, seq[i:j]) \
            if starts and j - i >= _MERGE_MIN else None
        if merged is not None:
            starts, ends, winners = merged
        else:
            _insert_each(starts, ends, winners, seq[i:j])
        i = j
    return starts, ends, winners


_MERGE_MIN = 32


def _insert_each(starts: list[int], ends: list[int], winners: list[Edit],
                 edits: Sequence[Edit]) -> None:
    for edit in edits:
        s, e = edit.start, edit.end
        if e <= s:
            raise ValueError(f"edit at {s} has an empty span")
        lo = bisect.bisect_left(starts, s)
        hi = lo
        while hi < len(starts) and starts[hi] < e:
            if ends[hi] > e:
                raise OverlapError(f"edit [{s}, {e}) partly overlaps [{starts[hi]}, {ends[hi]})")
            hi += 1
        if lo > 0 and ends[lo - 1] > s:
            raise OverlapError(
                f"edit [{s}, {e}) partly overlaps [{starts[lo - 1]}, {ends[lo - 1]})")
        starts[lo:hi] = [s]
        ends[lo:hi] = [e]
        winners[lo:hi] = [edit]


def _merge_run(starts: list[int], ends: list[int], winners: list[Edit],
               run: Sequence[Edit]) -> tuple[list[int], list[int], list[Edit]] | None:
    """Intervals after applying ``run`` (sorted by start) in order, as `_insert_each` would;
    None at the first problem (the caller then replays the run one by one to raise it)."""
    new_s: list[int] = []
    new_e: list[int] = []
    new_w: list[Edit] = []
    p, m = 0, len(starts)
    for edit in run:
        s, e = edit.start, edit.end
        if e <= s:
            return None
        while p < m and starts[p] < s:  # untouched intervals before this edit
            new_s.append(starts[p])
            new_e.append(ends[p])
            new_w.append(winners[p])
            p += 1
        while new_s and new_s[-1] >= s:  # an earlier edit of this run at the same start
            if new_e[-1] > e:
                return None
            new_s.pop()
            new_e.pop()
            new_w.pop()
        if new_e and new_e[-1] > s:
            return None
        while p < m and starts[p] < e:  # intervals this edit contains: superseded
            if ends[p] > e:
                return None
            p += 1
        new_s.append(s)
        new_e.append(e)
        new_w.append(edit)
    new_s.extend(starts[p:])
    new_e.extend(ends[p:])
    new_w.extend(winners[p:])
    return new_s, new_e, new_w


_CACHE_LOCK = threading.Lock()
_REPLAYS: dict[int, tuple[tuple[Edit, ...], tuple[list[int], list[int], list[Edit]]]] = {}
_BASES: dict[int, tuple[tuple[Token, ...], list[Piece], Sequence[int], bytes, bytes]] = {}
_CACHE_SIZE = 2


def _remember(cache: dict[int, Any], key: int, value: Any) -> None:
    with _CACHE_LOCK:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            del cache[next(iter(cache))]


def clear_caches() -> None:
    """Drop the remembered per-token pieces and all but the last replay (`Cleaner.run` calls
    it when the stages are done: on long inputs the pieces are tens of MB; the writers replay
    the finished document's edits, and that replay is a few lists as long as the edit log)."""
    with _CACHE_LOCK:
        while len(_REPLAYS) > 1:
            del _REPLAYS[next(iter(_REPLAYS))]
        _BASES.clear()
        _SLOTS[0] = None
        _LAST[0] = -1


def last_use(tokens: Sequence[Token]) -> None:
    """The next `Document.pieces` over ``tokens`` is the last before `clear_caches`: it
    takes the remembered per-token pieces out of the cache (`Cleaner.run` calls this before
    the last stage that reads pieces), so that they live only as long as that stage holds
    its list (tens of MB on a long input, freed before the stage's own peak)."""
    with _CACHE_LOCK:
        _LAST[0] = id(tokens)


_LAST = [-1]
"""The id of the token tuple whose remembered pieces go with their next use (-1: none)."""
Reading = tuple[list[Piece | None], bytearray, bytearray]
"""`_reading`: pieces by first token, and per token whether its piece has text / is a word."""
_SLOTS: list[tuple[Sequence[Token], tuple[Edit, ...], Reading] | None] = [None]
"""The last `_reading` built, with its tokens and edit log: the next stage's log extends it
by its own edits, and only those are joined."""


def _replayed(edits: Iterable[Edit]) -> tuple[list[int], list[int], list[Edit]]:
    """`_replay`, remembered for the last few edit tuples (stages that add no edits, the
    layout and the writers all replay the same log); the lists returned are shared, read-only."""
    if type(edits) is not tuple:
        return _replay(edits)
    hit = _REPLAYS.get(id(edits))
    if hit is not None and hit[0] is edits:
        return hit[1]
    value = None
    for before, replayed in list(_REPLAYS.values()):
        # a log that extends a remembered one (a stage adds its run at the end): only the
        # new edits are replayed, onto the remembered intervals (replay is a left fold)
        k = len(before)
        if 0 < k < len(edits) and edits[k - 1] is before[-1] and edits[:k] == before:
            value = _replay(edits[k:], replayed)
            break
    if value is None:
        value = _replay(edits)
    _remember(_REPLAYS, id(edits), (edits, value))
    return value


def _base(tokens: Sequence[Token]) -> tuple[list[Piece], Sequence[int], bytes, bytes]:
    """One piece per token, the tokens' start offsets (an `array` on a long page), and per
    token whether its text is not empty (b"" when every token's is) and whether it is also a
    word; remembered for the last few token tuples: every stage reads the same tokens, mostly
    unedited."""
    hit = _BASES.get(id(tokens)) if type(tokens) is tuple else None
    if hit is not None and hit[0] is tokens:
        if _LAST[0] == id(tokens):
            with _CACHE_LOCK:
                _BASES.pop(id(tokens), None)
                _LAST[0] = -1
        return hit[1], hit[2], hit[3], hit[4]
    # one int object for a piece's stop and the next's first (`scans.indices`' shared ones on
    # a page of up to 8,192 tokens: none made), in a list; past the cap `_index_ints` makes
    # them, a third of them the tokens' own offset ints (mem30: 3.6 MB less on x100)
    index = indices(len(tokens) + 1)
    long = type(index) is range
    if long:
        index = _index_ints(tokens)
    starts = [t.start for t in tokens]
    texts = [t.text for t in tokens]
    # each piece's end as its token keeps it (`model._SpanEnd`: None where it is the start
    # and the text's length, as for every token a reader makes: no int object for it)
    base = _piece_slots(index, islice(index, 1, None), starts, [t._end for t in tokens], texts)
    worded = bytes([t.kind == "word" for t in tokens])
    if all(texts):
        texted = b""  # every token has text: kept as "all", not a byte a token
    else:  # an empty token (never one the readers make)
        texted = bytes(map(bool, texts))
        worded = bytes(map(and_, texted, worded))
    # on a long page the starts kept for `_join`'s searches are 4-byte values, not a list of
    # pointers to the tokens' own ints (1.2 MB less on a 300,000-token page, held as long as
    # the pieces; the array costs ~300 instructions a token to fill: not worth it below)
    held: Sequence[int] = starts
    if long:
        try:
            held = array("i", starts)
        except (OverflowError, TypeError):  # (a source past 2**31 characters; not ints)
            pass
    del starts
    if type(tokens) is tuple:
        _remember(_BASES, id(tokens), (tokens, base, held, texted, worded))
    return base, held, texted, worded


def _index_ints(tokens: Sequence[Token]) -> list[int]:
    """``list(range(len(tokens) + 1))`` for a long document (past `scans.indices`' cap), each
    value a token's start offset has taken from that offset's int object: one int object
    less a position for about a sixth of the positions below the page's length in characters
    (a long page's pieces hold these ints from the first stage to the turns; a token is a
    word and a space, ~6 characters; its end has no int object to share, `model._SpanEnd`)."""
    n = len(tokens)
    index: list[Any] = [None] * (n + 1)
    for token in tokens:  # (in order of offsets: the walk stops at the first start past n)
        offset = token.start
        if type(offset) is int and 0 <= offset <= n:
            index[offset] = offset
        elif offset > n:
            break
    return [i if v is None else v for i, v in enumerate(index)]



_SPACE_RE = re.compile(r"\s")  # the characters str.isspace() accepts (Py_UNICODE_ISSPACE)


def _spliced(edit: Edit) -> str:
    """What an edit leaves in the raw text: its replacement; a removed word leaves a space,
    removed markup (a tag, a clock line) leaves nothing."""
    if edit.replacement or edit.kind == "markup":
        return edit.replacement
    return " "


class Rendering:
    """The text as the edit log makes it, for the whole source or any span of it.

    This is the one definition of the clean text: edits are replayed in order (a later edit
    supersedes those inside its span), replacements are spliced into the source, and every
    run of whitespace becomes one space.
    """

    def __init__(self, source: str, edits: Iterable[Edit]) -> None:
        self.source = source
        self.starts, self.ends, self.edits = _replayed(edits)

    def raw(self, start: int = 0, end: int | None = None) -> str:
        """``source[start:end]`` with the edits inside it spliced in, whitespace as is."""
        return "".join(self._segments(start, len(self.source) if end is None else end))

    def _segments(self, start: int, end: int) -> Iterator[str]:
        """`raw`'s text in consecutive parts: source runs and spliced replacements."""
        pos = start
        starts, ends, edits, source = self.starts, self.ends, self.edits, self.source
        k = bisect.bisect_left(ends, start + 1)
        while k < len(starts) and starts[k] < end:
            s, e = starts[k], ends[k]
            if s >= pos and e <= end:
                yield source[pos:s]
                yield _spliced(edits[k])
                pos = e
            k += 1
        yield source[pos:end]

    def text(self, start: int = 0, end: int | None = None) -> str:
        end = len(self.source) if end is None else end
        if end - start <= _LONG_SPAN:
            return " ".join(self.raw(start, end).split())
        return " ".join(_words_joined(self._segments(start, end)))

    def separated(self, left_end: int, right_start: int) -> bool:
        """Whether the text has a space between two pieces that end/start at these offsets."""
        k = bisect.bisect_left(self.ends, left_end + 1)
        if k >= len(self.starts) or self.starts[k] >= right_start:
            gap = self.source[left_end:right_start]  # no edit inside: the source as is
        else:
            gap = self.raw(left_end, right_start)
        return gap == " " or _SPACE_RE.search(gap) is not None


_LONG_SPAN = 1 << 16
"""Source characters above which `Rendering.text` collapses whitespace a block at a time."""


def _words_joined(segments: Iterable[str], block_size: int = _LONG_SPAN) -> Iterator[str]:
    """The words of the joined segments a block of about ``block_size`` characters at a time,
    each block's words joined by single spaces: ``" ".join`` of these is
    ``" ".join("".join(segments).split())``, without the raw text whole or a string object
    for every word of it (a long transcript's words are tens of MB as separate strings)."""
    block: list[str] = []
    size = 0
    carry = ""  # a word that may go on in the next segment
    for segment in segments:
        block.append(segment)
        size += len(segment)
        if size >= block_size:
            text = carry + "".join(block)
            block.clear()
            size = 0
            words = text.split()
            carry = words.pop() if words and not text[-1].isspace() else ""
            if words:
                yield " ".join(words)
    words = (carry + "".join(block)).split()
    if words:
        yield " ".join(words)


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """Rebuild the clean text from the source and the edit log alone (see `Rendering`)."""
    return Rendering(source, edits).text()


def _pieces(source: str, tokens: Sequence[Token], edits: Iterable[Edit]) -> list[Piece]:
    return list(filter(None, _reading(tokens, edits)[0]))


def _text_pieces(tokens: Sequence[Token], edits: Iterable[Edit]) -> list[Piece]:
    slots, texted, _ = _reading(tokens, edits)
    return list(compress(cast("list[Piece]", slots), texted))


def _word_pieces(tokens: Sequence[Token], edits: Iterable[Edit]) -> list[Piece]:
    slots, _, worded = _reading(tokens, edits)
    return list(compress(cast("list[Piece]", slots), worded))


def _reading(tokens: Sequence[Token], edits: Iterable[Edit]) -> Reading:
    """The pieces by first token (None at a token inside a piece), and per token whether a
    piece starting there has text and whether it is also a word: the per-token pieces with
    each replayed interval's tokens joined into one piece. A log that extends the last one
    read (a stage adds its edits to a log of hundreds) joins only its new edits, into a copy
    of the last reading. Shared and read-only."""
    last = _LAST[0] == id(tokens)
    starts, ends, winners = _replayed(edits)
    base, tok_starts, texted, worded = _base(tokens)
    hit = _SLOTS[0]
    got: Reading | None = None
    if hit is not None and hit[0] is tokens and type(edits) is tuple:
        before = hit[1]
        k = len(before)
        if before is edits:
            got = hit[2]
        elif 0 < k < len(edits) and edits[k - 1] is before[-1] and edits[:k] == before:
            got = list(hit[2][0]), bytearray(hit[2][1]), bytearray(hit[2][2])
            _join(got, base, tokens, tok_starts, worded,
                  _won(edits[k:], starts, ends, winners))
    if got is None:
        got = (list(base), bytearray(texted) if texted else bytearray(b"\x01") * len(base),
               bytearray(worded))
        _join(got, base, tokens, tok_starts, worded, zip(starts, ends, winners, strict=True))
    if type(edits) is tuple and type(tokens) is tuple:
        with _CACHE_LOCK:
            _SLOTS[0] = None if last else (tokens, edits, got)
    return got


def _won(new: Sequence[Edit], starts: list[int], ends: list[int], winners: list[Edit]
         ) -> list[tuple[int, int, Edit]]:
    """The intervals (start, end, edit) of the edits ``new`` that won theirs in the replay,
    by start (``new`` may hold several stages' sorted runs)."""
    won = []
    for edit in new:
        k = bisect.bisect_left(starts, edit.start)
        if k < len(starts) and winners[k] is edit:
            won.append((edit.start, ends[k], edit))
    won.sort(key=_FIRST)
    return won


_FIRST = itemgetter(0)


def _join(reading: Reading, base: list[Piece], tokens: Sequence[Token], tok_starts: Sequence[int],
          words: bytes, intervals: Iterable[tuple[int, int, Edit]]) -> None:
    """Each interval's tokens joined into one piece in ``reading`` (at its first token; None
    at the others); ``words``: whether each token is a word. An interval covers whole pieces
    of the reading or none."""
    slots, texted, worded = reading
    n = len(tok_starts)
    for s, e, edit in intervals:
        i = bisect.bisect_left(tok_starts, s)
        if i >= n or tok_starts[i] >= e:
            continue  # the edit covers no token start (a clock line, a marker)
        # the tokens starting inside the edit: [i, j) (mostly one: no search); the last must
        # end inside it too
        j = i + 1
        if j < n and tok_starts[j] < e:
            j = bisect.bisect_left(tok_starts, e, j + 1)
        last = tokens[j - 1]
        last_end = last._end  # (None: its start and its text's length, `Token`)
        if last_end is None:
            last_end = last.start + len(last.text)
        if last_end > e:
            raise OverlapError(f"edit [{s}, {e}) splits a token at {last.start}")
        # first and stop: the base pieces' int objects (one per index, 32 bytes a token on
        # a long input, however many lists of pieces are alive)
        text = edit.replacement
        slots[i] = _new_piece(base[i].first, base[j - 1].stop, tokens[i].start, last_end, text)
        if text:
            texted[i] = 1
            worded[i] = words[i]
        else:
            texted[i] = worded[i] = 0
        if j - i > 1:
            slots[i + 1:j] = [None] * (j - i - 1)
            texted[i + 1:j] = worded[i + 1:j] = bytes(j - i - 1)
